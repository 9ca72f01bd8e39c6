"""`marsad who`: an entity across the corpus — its articles, quotes and claims, newest first.

Counts and first/last dates are computed over every stored mention, quote and claim
(`Store.entity_overview`), never over the lines shown; each list says how many of
how many it shows. `--json` prints every mention, quote and claim (or `--limit` of each).
"""
from __future__ import annotations

from ..errors import InputError
from ..readable import outlet_name
from ._corpus import add_db_option, open_store, print_json, shown_of

DEFAULT_LIMIT = 20


def register(sub) -> None:
    p = sub.add_parser("who", help="an entity's articles, quotes and claims across the corpus, newest first",
                       description="Find entities by name (or id, e.g. LOC:SA) and list what the corpus says about "
                                   "them: the articles naming them, their direct quotes, the claims they make. "
                                   "Counts and dates cover everything stored; the lists show --limit lines each.")
    p.add_argument("name", metavar="NAME")
    add_db_option(p)
    p.add_argument("--limit", type=int, default=None, metavar="N",
                   help=f"lines per list (default {DEFAULT_LIMIT}; with --json: everything)")
    p.add_argument("--offset", type=int, default=0, metavar="N", help="skip the first N lines of each list")
    p.add_argument("--oldest", action="store_true", help="oldest first")
    p.set_defaults(run=run)


def run(args) -> int:
    if (args.limit is not None and args.limit < 1) or args.offset < 0:
        raise InputError("--limit must be at least 1 and --offset at least 0")
    with open_store(args.db) as store:
        ids = store.resolve_entity(args.name, limit=10)
        if not ids:
            raise InputError(f"no entity named {args.name!r} in {args.db}")
        if args.json:
            print_json([store.entity(i, limit=args.limit) for i in ids])
            return 0
        sort = "oldest" if args.oldest else "newest"
        limit = args.limit or DEFAULT_LIMIT
        for entity_id in ids:
            _print_entity(store, entity_id, sort, limit, args.offset)
    return 0


def _print_entity(store, entity_id: str, sort: str, limit: int, offset: int) -> None:
    ent = store.entity_overview(entity_id)
    totals = ent["totals"]
    known = ", ".join(x for x in (ent.get("english"), (ent.get("kind") or "").replace("_", " "), ent.get("country"))
                      if x)
    print(f"{ent['name']}  [{ent['id']}]  {ent['label']}{f' ({known})' if known else ''}: "
          f"{totals['mentions']:,} mention(s) in "
          f"{totals['documents']:,} article(s), {totals['quotes']:,} quote(s), {totals['claims']:,} claim(s)")
    if ent["first"]:
        undated = f" ({totals['undated_mentions']:,} mention(s) undated)" if totals["undated_mentions"] else ""
        print(f"  first {ent['first']}, last {ent['last']}{undated}")
    docs = store.entity_documents(entity_id, sort=sort, limit=limit, offset=offset)
    print(f"  articles ({sort} first): {shown_of(docs, 'story', 'stories')}")
    for d in docs["items"]:
        print(f"    {d['published'] or '????-??-??'}  {_outlets(d['outlets'])}  #{d['id']}  ×{d['mentions']}  "
              f"{d['title'] or ''}")
    quotes = store.quote_page(speaker=entity_id, sort=sort, limit=limit, offset=offset)
    if quotes["total"]:
        print(f"  quotes: {shown_of(quotes, 'quote', 'quotes')}")
        for q in quotes["items"]:
            print(f"    {q['published'] or '????-??-??'}  {_outlets(q['outlets'])}  #{q['doc_id']}: “{q['text']}”")
    claims = store.claim_page(source=entity_id, sort=sort, limit=limit, offset=offset)
    if claims["total"]:
        print(f"  claims: {shown_of(claims, 'claim', 'claims')}")
        for c in claims["items"]:
            cue = c["cue"]["text"] if c["cue"] else ""
            print(f"    {c['published'] or '????-??-??'}  {c['stance']}  {cue}: {c['content']['text']}  "
                  f"({_outlets(c['outlets'])} #{c['doc_id']})")
    print()


def _outlets(codes: list[str]) -> str:
    """The first outlet by its Arabic name, and how many others carried the same copy."""
    if not codes:
        return "-"
    more = f" +{len(codes) - 1}" if len(codes) > 1 else ""
    return f"{outlet_name(codes[0])}{more}"
