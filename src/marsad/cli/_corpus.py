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


def shown_of(page: dict, one: str, many: str) -> str:
    """`20–40 of 412 quotes (430 stored: copies of one story counted once)`, or `none`."""
    total, items = page["total"], page["items"]
    if not total:
        return f"no {many}"
    if not items:
        return f"none past {page['offset']:,} of {total:,} {many if total != 1 else one}"
    first, last = page["offset"] + 1, page["offset"] + len(items)
    if (first, last) == (1, total):
        shown = f"all {total:,}" if total > 1 else "1"
    else:
        shown = f"{first:,}–{last:,} of {total:,}"
    stored = page.get("stored")
    copies = f" ({stored:,} stored: copies of one story counted once)" if stored and stored != total else ""
    return f"{shown} {many if total != 1 else one}{copies}"
