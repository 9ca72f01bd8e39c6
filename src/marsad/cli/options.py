"""The analysis options every command that analyses takes (analyze, ingest, batch, serve): one set,
read into one `marsad.run.Options`, so an option means the same in all of them."""
from __future__ import annotations

import os

from ..errors import InputError
from ..input.decode import DEFAULT_MAX_BYTES


def add_analysis_options(p, *, published_help: str = "publication date for articles that carry none "
                                                       "(relative dates resolve against it)") -> None:
    p.add_argument("--published", metavar="YYYY-MM-DD", help=published_help)
    kind = p.add_mutually_exclusive_group()
    kind.add_argument("--html", dest="html", action="store_const", const=True,
                      help="treat the input as an HTML page")
    kind.add_argument("--plain", dest="html", action="store_const", const=False,
                      help="treat the input as plain text")
    p.add_argument("--max-bytes", type=int, default=DEFAULT_MAX_BYTES, metavar="N",
                   help=f"refuse articles larger than N bytes (default {DEFAULT_MAX_BYTES:,}; 0 for no limit)")
    p.add_argument("--ner-model", metavar="PATH_OR_ID",
                   help="tag entities with this Hugging Face token-classification model instead of the built-in "
                        "one (needs pip install 'marsad[hf]')")


def add_workers_option(p, default: int | None, what: str = "analysis processes") -> None:
    shown = f"default {default}" if default is not None else f"default: one per core, here {os.cpu_count()}"
    p.add_argument("--workers", type=int, default=default, metavar="N", help=f"{what} ({shown})")


def analysis_options(args):
    """The `Options` of parsed arguments (a bad date or size is an InputError, exit status 3)."""
    from ..run import Options
    if args.max_bytes is not None and args.max_bytes < 0:
        raise InputError("--max-bytes must be 0 (no limit) or more")
    return Options(published=args.published, html=args.html, max_bytes=args.max_bytes or None,
                   ner_model=args.ner_model or None)


def workers(args) -> int:
    n = args.workers if args.workers is not None else (os.cpu_count() or 1)
    if n < 1:
        raise InputError("--workers must be at least 1")
    return n
