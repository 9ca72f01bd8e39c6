"""`marsad export`: a corpus's tables as JSONL, CSV or Parquet for pandas, DuckDB, Spark."""
from __future__ import annotations

import sys

from ..errors import InputError
from ..store import DEFAULT_PATH


def register(sub) -> None:
    from ..corpus.export import FORMATS, TABLES
    p = sub.add_parser("export", help="write the corpus's tables as JSONL, CSV or Parquet",
                       description="Write documents, entities, mentions, quotes and claims, one file per table "
                                   "(DIR/<table>.<format>), with flat typed columns.")
    p.add_argument("--db", default=DEFAULT_PATH, metavar="FILE", help=f"corpus database (default {DEFAULT_PATH})")
    p.add_argument("--out", required=True, metavar="DIR", help="folder for the files (created if missing)")
    p.add_argument("--format", choices=FORMATS, default="parquet", help="file format (default parquet)")
    p.add_argument("--tables", metavar="NAMES", default=",".join(TABLES),
                   help=f"comma-separated subset of {', '.join(TABLES)}")
    p.set_defaults(run=run)


def run(args) -> int:
    from ..corpus.export import TABLES, export
    from ._corpus import open_store
    tables = [t.strip() for t in args.tables.split(",") if t.strip()]
    unknown = [t for t in tables if t not in TABLES]
    if unknown:
        raise InputError(f"unknown table(s) {', '.join(unknown)}; choose from {', '.join(TABLES)}")
    with open_store(args.db) as store:
        counts = export(store, args.out, args.format, tables)
    for table, n in counts.items():
        print(f"{args.out}/{table}.{args.format}: {n:,} row(s)", file=sys.stderr)
    return 0
