"""`marsad search`: ranked, Arabic-aware full-text search over a corpus database."""
from __future__ import annotations

import sys

from ._corpus import add_db_option, mark, open_store, print_json


def register(sub) -> None:
    p = sub.add_parser("search", help="search the stored articles",
                       description="Search stored articles. Words match in any form the analyzer folds together "
                                   "(معاهدة finds المعاهدة and والمعاهدة); \"quoted words\" must stand together in "
                                   "this order; -word leaves out articles with the word.")
    p.add_argument("query", metavar="QUERY", help="words, \"a phrase\", -excluded (an empty query lists the newest)")
    add_db_option(p)
    p.add_argument("--from", dest="date_from", metavar="YYYY-MM-DD", help="published on or after")
    p.add_argument("--to", dest="date_to", metavar="YYYY-MM-DD", help="published on or before")
    p.add_argument("--source", metavar="OUTLET", help="only this outlet (e.g. aawsat)")
    p.add_argument("--entity", metavar="NAME", help="only articles naming this entity (a name or an id like LOC:SA)")
    p.add_argument("--speaker", metavar="NAME", help="only articles quoting this speaker or reporting their claims")
    p.add_argument("--limit", type=int, default=10, metavar="N")
    p.add_argument("--offset", type=int, default=0, metavar="N")
    p.set_defaults(run=run)


def run(args) -> int:
    from ..input.loader import check_date
    check_date(args.date_from, "--from")
    check_date(args.date_to, "--to")
    with open_store(args.db) as store:
        page = store.search(args.query, date_from=args.date_from, date_to=args.date_to, source=args.source,
                            entity=args.entity, speaker=args.speaker, limit=args.limit, offset=args.offset)
    if args.json:
        print_json(page)
        return 0
    tty = sys.stdout.isatty()
    shown = len(page["hits"])
    print(f"{page['total']:,} article(s)" + (f", {args.offset + 1}–{args.offset + shown}" if shown else ""))
    for hit in page["hits"]:
        print(f"\n#{hit['id']}  {hit['published'] or '????-??-??'}  {hit['source'] or '-'}  "
              f"(score {hit['score']:.2f})\n{hit['title'] or ''}")
        if hit["snippet"]:
            print("  " + mark(hit["snippet"], hit["highlights"], tty))
    return 0
