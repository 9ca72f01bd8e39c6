"""`marsad export`: a corpus's tables (or the part a search selects) as JSONL, CSV, XLSX or Parquet."""
from __future__ import annotations

import sys

from ..errors import InputError
from ..store import DEFAULT_PATH


def register(sub) -> None:
    from ..corpus.export import FORMATS, TABLES
    p = sub.add_parser("export", help="write the corpus's tables as JSONL, CSV, XLSX or Parquet",
                       description="Write documents, entities, mentions, quotes and claims, one file per table "
                                   "(DIR/<table>.<format>), with flat typed columns (see the README's data "
                                   "dictionary). --query/--entity/--from/--to/--source export only the articles "
                                   "they select, and what those articles hold.")
    p.add_argument("--db", default=DEFAULT_PATH, metavar="FILE", help=f"corpus database (default {DEFAULT_PATH})")
    p.add_argument("--out", required=True, metavar="DIR", help="folder for the files (created if missing)")
    p.add_argument("--format", choices=FORMATS, default=None, help="file format (default parquet; csv with --excel)")
    p.add_argument("--excel", action="store_true",
                   help="CSV for Excel: UTF-8 with a byte-order mark, so Arabic opens as Arabic (implies --format csv "
                        "unless another is given)")
    p.add_argument("--tables", metavar="NAMES", default=",".join(TABLES),
                   help=f"comma-separated subset of {', '.join(TABLES)}")
    p.add_argument("--query", metavar="QUERY", help="only articles matching this search (as `marsad search`)")
    p.add_argument("--entity", metavar="NAME", help="only articles naming this entity (a name or an id like LOC:SA)")
    p.add_argument("--from", dest="date_from", metavar="YYYY-MM-DD", help="only articles published on or after")
    p.add_argument("--to", dest="date_to", metavar="YYYY-MM-DD", help="only articles published on or before")
    p.add_argument("--source", metavar="OUTLET", help="only articles of this outlet (e.g. aawsat)")
    p.set_defaults(run=run)


def run(args) -> int:
    from ..corpus.export import TABLES, Selection, export
    from ..input.loader import check_date
    from ._corpus import open_store
    check_date(args.date_from, "--from")
    check_date(args.date_to, "--to")
    tables = [t.strip() for t in args.tables.split(",") if t.strip()]
    unknown = [t for t in tables if t not in TABLES]
    if unknown:
        raise InputError(f"unknown table(s) {', '.join(unknown)}; choose from {', '.join(TABLES)}")
    fmt = args.format or ("csv" if args.excel else "parquet")
    if args.excel and fmt != "csv":
        raise InputError("--excel is for CSV files (XLSX opens in Excel as it is)")
    selection = Selection(query=args.query, entity=args.entity, date_from=args.date_from, date_to=args.date_to,
                          outlet=args.source)
    with open_store(args.db) as store:
        counts = export(store, args.out, fmt, tables, selection=selection, excel=args.excel)
    for table, n in counts.items():
        print(f"{args.out}/{table}.{fmt}: {n:,} row(s)", file=sys.stderr)
    return 0
