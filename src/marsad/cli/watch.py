"""`marsad watch CONFIG`: follow feeds, sitemaps and pages; store what is new; check alerts."""
from __future__ import annotations

import signal
import sys

from ._fetch import add_fetch_options, fetch_settings

DEFAULT_PATH = "marsad.db"      # marsad.store.DEFAULT_PATH, without importing the store to build the parser


def register(sub) -> None:
    p = sub.add_parser("watch", help="poll feeds, sitemaps and pages listed in a TOML file, storing new articles",
                       description="Poll the sources of a TOML configuration at their intervals; fetch, analyse and "
                                   "store each new article, and check the saved alerts on it. The state (seen URLs, "
                                   "validators, failures per source) is kept in the corpus database, so a restart "
                                   "resumes without fetching anything twice. SIGTERM or Ctrl-C stops it between "
                                   "two articles.")
    p.add_argument("config", metavar="CONFIG", help="TOML file with [[source]] tables (see the README)")
    p.add_argument("--db", default=DEFAULT_PATH, metavar="FILE", help=f"corpus database (default {DEFAULT_PATH})")
    p.add_argument("--once", action="store_true", help="poll every source once, then exit (for cron or a timer)")
    p.add_argument("--alerts-out", metavar="FILE", help="append each alert firing as a JSON line to FILE (- for "
                                                        "standard output)")
    p.add_argument("--quiet", action="store_true", help="only failures and alert firings on standard error")
    add_fetch_options(p)
    p.set_defaults(run=run)


def run(args) -> int:
    from ..alerts import AlertRunner, JsonLines
    from ..fetch import Fetcher
    from ..store import Store
    from ..watch.config import load_config
    from ..watch.poller import Watcher
    config = load_config(args.config)
    settings = fetch_settings(args, config.fetch)

    def say(line: str) -> None:
        if not args.quiet or line.startswith(("failed", "alert")):
            print(f"marsad: watch: {line}", file=sys.stderr, flush=True)

    sink = JsonLines(args.alerts_out) if args.alerts_out else None
    with Store(args.db) as store, Fetcher(settings) as fetcher:
        def stop(signum, frame):
            say(f"stopping ({signal.Signals(signum).name}): after the article in hand")
            fetcher.stop()
        previous = {s: signal.signal(s, stop) for s in (signal.SIGTERM, signal.SIGINT)}
        alerts = AlertRunner(store, sinks=[sink] if sink else [], on_error=say)
        try:
            say(f"{len(config.sources)} source(s) into {args.db}" + ("" if args.once else "; SIGTERM stops"))
            Watcher(store, config.sources, fetcher, alerts=alerts, say=say).run(once=args.once)
        finally:
            for s, handler in previous.items():
                signal.signal(s, handler)
            if sink:
                sink.close()
        say(f"stopped; {alerts.fired} alert firing(s) in this run, {store.count():,} articles in {args.db}")
    return 0
