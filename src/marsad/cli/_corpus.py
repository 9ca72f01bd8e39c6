"""Shared bits of the corpus commands: the --db option, opening the store, printing JSON."""
from __future__ import annotations

import json
import sys
from pathlib import Path

from ..errors import InputError
from ..store import DEFAULT_PATH


def add_db_option(p) -> None:
    p.add_argument("--db", default=DEFAULT_PATH, metavar="FILE", help=f"corpus database (default {DEFAULT_PATH})")
    p.add_argument("--json", action="store_true", help="print JSON instead of text")


def open_store(path: str):
    from ..store import Store
    if not Path(path).exists():
        raise InputError(f"{path}: no corpus database here (create one with `marsad ingest --db {path} PATH...`)")
    return Store(path, readonly=True)


def print_json(value) -> None:
    sys.stdout.write(json.dumps(value, ensure_ascii=False, indent=1) + "\n")


def mark(text: str, highlights: list[list[int]], tty: bool) -> str:
    """The text with its highlighted ranges bold (terminal) or in [brackets]."""
    on, off = ("\033[1m", "\033[0m") if tty else ("[", "]")
    out, pos = [], 0
    for start, end in highlights:
        out += [text[pos:start], on, text[start:end], off]
        pos = end
    out.append(text[pos:])
    return "".join(out)
