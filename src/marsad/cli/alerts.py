"""`marsad alerts`: save watches on the corpus (a person quoted, a claim on a topic, a story spreading),
list them and what they fired."""
from __future__ import annotations

import json
import sys

from ..errors import InputError

DEFAULT_PATH = "marsad.db"      # marsad.store.DEFAULT_PATH, without importing the store to build the parser


def register(sub) -> None:
    p = sub.add_parser("alerts", help="saved alerts: add, list, remove; their firings",
                       description="Alerts are checked on every article stored afterwards by `marsad ingest` and "
                                   "`marsad watch`; each fires once per article (per story for story alerts) and "
                                   "is kept in the corpus, shown by `marsad serve` under /ui/alerts, written as "
                                   "JSON lines with --alerts-out, and posted to its webhook.")
    p.add_argument("--db", default=DEFAULT_PATH, metavar="FILE", help=f"corpus database (default {DEFAULT_PATH})")
    actions = p.add_subparsers(dest="action", metavar="ACTION")
    actions.required = True
    add = actions.add_parser("add", help="save an alert")
    add.add_argument("kind", choices=["entity", "claim", "story"],
                     help="entity: TARGET is quoted or makes a claim; claim: a claim matching TARGET appears; "
                          "story: a story (matching TARGET, if given) reaches --outlets outlets")
    add.add_argument("target", nargs="?", metavar="TARGET", help="a name or corpus entity id; a claim or story query")
    add.add_argument("--stance", help="claim alerts: only claims with this stance (deny, doubt, accuse ...)")
    add.add_argument("--outlets", type=int, metavar="N", help="story alerts: how many outlets")
    add.add_argument("--webhook", metavar="URL", help="POST each firing to this URL as JSON")
    add.add_argument("--name", help="a name for the alert")
    actions.add_parser("list", help="the saved alerts")
    rm = actions.add_parser("remove", help="delete an alert and its firings")
    rm.add_argument("id", type=int)
    fired = actions.add_parser("firings", help="what the alerts fired, newest first (JSON lines)")
    fired.add_argument("--new", action="store_true", help="only the firings not marked seen")
    fired.add_argument("--mark-seen", action="store_true", help="then mark them seen")
    fired.add_argument("--limit", type=int, default=100)
    p.set_defaults(run=run)


def run(args) -> int:
    from ..alerts import Alerts
    from ..store import Store
    readonly = args.action in ("list",) or (args.action == "firings" and not args.mark_seen)
    try:
        store = Store(args.db, readonly=readonly)
    except InputError:
        if not readonly:
            raise
        store = Store(args.db)           # an older schema: opening it for writing upgrades it
    with store:
        saved = Alerts(store)
        if args.action == "add":
            alert = saved.add(args.kind, args.target, name=args.name, stance=args.stance, min_outlets=args.outlets,
                              webhook=args.webhook)
            print(json.dumps(alert.as_dict(), ensure_ascii=False))
            print(f"marsad: alert {alert.id} saved: {alert.describe()}; checked on articles stored from now on",
                  file=sys.stderr)
        elif args.action == "list":
            for alert in saved.list():
                print(json.dumps({**alert.as_dict(), "description": alert.describe()}, ensure_ascii=False))
        elif args.action == "remove":
            if not saved.remove(args.id):
                raise InputError(f"no alert {args.id}")
            print(f"marsad: alert {args.id} removed", file=sys.stderr)
        else:
            items = saved.firings(new_only=args.new, limit=max(1, args.limit))
            for item in items:
                print(json.dumps(item, ensure_ascii=False))
            if args.mark_seen and items:
                saved.mark_seen([item["id"] for item in items])
    return 0
