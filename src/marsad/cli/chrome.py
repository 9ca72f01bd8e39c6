"""`marsad chrome`: the site chrome learned per outlet from the corpus (lines its articles repeat)."""
from __future__ import annotations

from ..errors import InputError
from ._corpus import add_db_option, open_store, print_json


def register(sub) -> None:
    p = sub.add_parser("chrome", help="site chrome learned per outlet: the lines its articles repeat",
                       description="List the lines learned as an outlet's chrome while articles were ingested or "
                                   "watched: a line recurring in enough distinct articles of one outlet that "
                                   "carries a sign of furniture and is no sentence (datelines and bylines recur "
                                   "too and stay article). Later articles of that outlet get those lines marked "
                                   "as boilerplate, with the reason 'repeated in N articles of OUTLET'. Without "
                                   "--outlet: the outlets and how many lines each has learned. --remark analyses "
                                   "the outlet's stored articles again with what is learned now.")
    p.add_argument("--outlet", metavar="NAME", help="the outlet (as stored: SaudiNewsNet's source, a site's name)")
    p.add_argument("--min-articles", type=int, default=None, metavar="N",
                   help="learned at N distinct articles (default: marsad.corpus.chrome.MIN_ARTICLES)")
    p.add_argument("--limit", type=int, default=50, metavar="N", help="lines listed (0: all)")
    p.add_argument("--remark", action="store_true",
                   help="re-analyse the outlet's stored articles so that their learned chrome is marked")
    add_db_option(p)
    p.set_defaults(run=run)


def run(args) -> int:
    from ..corpus import chrome
    least = chrome.MIN_ARTICLES if args.min_articles is None else args.min_articles
    if least < 2:
        raise InputError("--min-articles must be at least 2: a line of one article is no outlet's chrome")
    if args.remark:
        if not args.outlet:
            raise InputError("--remark needs --outlet NAME")
        from ..store import Store
        from ..store.remark import remark
        with Store(args.db) as store:
            changed, seen = remark(store, args.outlet, min_articles=least)
        print(f"{seen:,} stored article(s) of {args.outlet} analysed again, {changed:,} with chrome marked anew")
        return 0
    with open_store(args.db) as store:
        conn = store.connection()
        if not args.outlet:
            rows = chrome.outlets(conn, least)
            if args.json:
                print_json([{"outlet": o, "lines": n} for o, n in rows])
            for o, n in rows if not args.json else ():
                print(f"{n:6,}  {o}")
            return 0
        found = chrome.learned(conn, args.outlet, least)
    if not found and not args.json:
        print(f"nothing learned as chrome of {args.outlet} (at {least} articles) in {args.db}")
        return 0
    shown = found if args.limit <= 0 else found[:args.limit]
    if args.json:
        print_json([{"outlet": f.outlet, "shape": f.shape, "articles": f.articles, "example": f.example}
                    for f in shown])
        return 0
    print(f"{len(found):,} line(s) learned as chrome of {args.outlet} (articles  line as first seen):")
    for f in shown:
        print(f"{f.articles:6,}  {f.example}")
    return 0
