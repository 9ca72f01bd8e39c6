"""`marsad claims`: claims about a topic, grouped by stance and by who made them, over time."""
from __future__ import annotations

from ._corpus import add_db_option, open_store, print_json


def register(sub) -> None:
    p = sub.add_parser("claims", help="claims matching a topic, grouped by stance and source over time",
                       description="Claims whose content matches TOPIC (same analyzer as search), grouped by stance "
                                   "and by who made them, groups in order of their first date: the timeline "
                                   "behind \"denied, then confirmed\".")
    p.add_argument("topic", metavar="TOPIC")
    add_db_option(p)
    p.add_argument("--limit", type=int, default=10, metavar="N", help="items shown per group (default 10)")
    p.set_defaults(run=run)


def run(args) -> int:
    with open_store(args.db) as store:
        timeline = store.claims_timeline(args.topic)
    if args.json:
        print_json(timeline)
        return 0
    groups = timeline["groups"]
    print(f"{sum(len(g['items']) for g in groups):,} claim(s) in {len(groups)} group(s) about {args.topic!r}")
    for g in groups:
        span = g["first"] if g["first"] == g["last"] else f"{g['first']} … {g['last']}"
        print(f"\n{g['stance'].upper()}  {g['source'] or '(unattributed)'}  {span or ''}  ({len(g['items'])})")
        for c in g["items"][:args.limit]:
            cue = c["cue"]["text"] if c["cue"] else ""
            print(f"  {c['published'] or '????-??-??'}  {c['outlet'] or '-'}  #{c['doc_id']}  {cue}: "
                  f"{c['content']['text']}")
    return 0
