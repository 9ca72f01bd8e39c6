"""`marsad claims`: claims about a topic, grouped by stance and by who made them, over time.

A claim is about TOPIC when its content matches it, or its article does and the
content names part of it. A claim reprinted in copies of one story is counted once
(its outlets listed). The first lines say how many claims of each stance the corpus
holds about the topic, so a denial is never hidden on a later page of groups.
"""
from __future__ import annotations

from ..errors import InputError
from ..readable import outlet_name
from ._corpus import add_db_option, open_store, print_json


def register(sub) -> None:
    p = sub.add_parser("claims", help="claims matching a topic, grouped by stance and source over time",
                       description="Claims about TOPIC (same analyzer as search), grouped by stance and by who "
                                   "made them, groups in order of their first date: the timeline behind "
                                   "\"denied, then confirmed\". Copies of one story count once.")
    p.add_argument("topic", metavar="TOPIC")
    add_db_option(p)
    p.add_argument("--stance", metavar="STANCE", help="only this stance (assert, deny, doubt, confirm ...)")
    p.add_argument("--source", dest="outlet", metavar="OUTLET", help="only articles of this outlet (e.g. aawsat)")
    p.add_argument("--from", dest="date_from", metavar="YYYY-MM-DD", help="published on or after")
    p.add_argument("--to", dest="date_to", metavar="YYYY-MM-DD", help="published on or before")
    p.add_argument("--groups", type=int, default=10, metavar="N", help="groups shown (default 10)")
    p.add_argument("--offset", type=int, default=0, metavar="N", help="skip the first N groups")
    p.add_argument("--limit", type=int, default=5, metavar="N", help="claims shown per group (default 5)")
    p.set_defaults(run=run)


def run(args) -> int:
    from ..input.loader import check_date
    check_date(args.date_from, "--from")
    check_date(args.date_to, "--to")
    if args.groups < 1 or args.limit < 1 or args.offset < 0:
        raise InputError("--groups and --limit must be at least 1, --offset at least 0")
    with open_store(args.db) as store:
        timeline = store.claims_timeline(args.topic, stance=args.stance, outlet=args.outlet,
                                         date_from=args.date_from, date_to=args.date_to,
                                         items=None if args.json else args.limit,
                                         group_limit=None if args.json else args.groups,
                                         group_offset=0 if args.json else args.offset)
    if args.json:
        print_json(timeline)
        return 0
    groups = timeline["groups"]
    copies = (f" ({timeline['total']:,} with reprinted copies)" if timeline["total"] != timeline["distinct"] else "")
    print(f"{timeline['distinct']:,} claim(s) about {args.topic!r}{copies}")
    if timeline["stances"]:
        print("stances: " + ", ".join(f"{stance} {n:,}" for stance, n in timeline["stances"].items()))
    if not groups:
        return 0
    first, last = args.offset + 1, args.offset + len(groups)
    narrowed = f" {args.stance}" if args.stance else ""
    print(f"groups{narrowed} {first:,}–{last:,} of {timeline['groups_total']:,}, in order of their first date"
          + (f" (--offset {last} for more)" if last < timeline["groups_total"] else ""))
    for g in groups:
        span = g["first"] if g["first"] == g["last"] else f"{g['first']} … {g['last']}"
        more = f", {g['count'] - len(g['items']):,} more" if g["count"] > len(g["items"]) else ""
        print(f"\n{g['stance'].upper()}  {g['source'] or '(unattributed)'}  {span or ''}  ({g['count']:,}{more})")
        for c in g["items"]:
            cue = c["cue"]["text"] if c["cue"] else ""
            outlets = "، ".join(outlet_name(o) for o in c["outlets"]) or "-"
            print(f"  {c['published'] or '????-??-??'}  {outlets}  #{c['doc_id']}  {cue}: {c['content']['text']}")
    return 0
