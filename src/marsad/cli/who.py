"""`marsad who`: an entity across the corpus — its mentions, quotes and claims in date order."""
from __future__ import annotations

from ..errors import InputError
from ._corpus import add_db_option, open_store, print_json


def register(sub) -> None:
    p = sub.add_parser("who", help="an entity's mentions, quotes and claims across the corpus, in date order",
                       description="Find entities by name (or id, e.g. LOC:SA) and list what the corpus says about "
                                   "them: mentions by date and outlet, their direct quotes, the claims they make.")
    p.add_argument("name", metavar="NAME")
    add_db_option(p)
    p.add_argument("--limit", type=int, default=20, metavar="N", help="items shown per list (default 20)")
    p.set_defaults(run=run)


def run(args) -> int:
    with open_store(args.db) as store:
        ids = store.resolve_entity(args.name, limit=10)
        found = [store.entity(i, limit=max(args.limit, 1) if not args.json else 1000) for i in ids]
    if not found:
        raise InputError(f"no entity named {args.name!r} in {args.db}")
    if args.json:
        print_json(found)
        return 0
    for ent in found:
        known = ", ".join(x for x in (ent.get("english"), (ent.get("kind") or "").replace("_", " "),
                                      ent.get("country")) if x)
        print(f"{ent['name']}  [{ent['id']}]  {ent['label']}{f' ({known})' if known else ''}: "
              f"{ent['mention_count']:,} mention(s) in {ent['documents']:,} article(s)")
        mentions = ent["mentions"]
        if mentions:
            dates = [m["published"] for m in mentions if m["published"]]
            if dates:
                print(f"  first {dates[0]}, last {dates[-1]}")
            by_doc = {}
            for m in mentions:
                by_doc.setdefault(m["doc_id"], m)
            for m in list(by_doc.values())[:args.limit]:
                print(f"  {m['published'] or '????-??-??'}  {m['source'] or '-'}  #{m['doc_id']}  «{m['text']}»")
        if ent["quotes"]:
            print("  quotes:")
            for q in ent["quotes"][:args.limit]:
                print(f"    {q['published'] or '????-??-??'}  {q['source'] or '-'}  #{q['doc_id']}: “{q['text']}”")
        if ent["claims"]:
            print("  claims:")
            for c in ent["claims"][:args.limit]:
                cue = c["cue"]["text"] if c["cue"] else ""
                print(f"    {c['published'] or '????-??-??'}  {c['stance']}  {cue}: {c['content']['text']}  "
                      f"({c['outlet'] or '-'} #{c['doc_id']})")
        print()
    return 0
