"""`marsad ingest`: analyse articles (files, folders, JSONL, zipped JSON, batch shards, URLs, feeds, sitemaps)
into a corpus database."""
from __future__ import annotations

import sys

from ..errors import InputError
from ._fetch import add_fetch_options, fetch_settings
from .options import add_analysis_options, add_workers_option, analysis_options, workers

DEFAULT_DB = "marsad.db"      # marsad.store.DEFAULT_PATH, without importing the store to build the parser


def register(sub) -> None:
    p = sub.add_parser("ingest", help="analyse articles and store them in a corpus database",
                       description="Analyse articles and store their records in one local database file "
                                   "(SQLite, WAL: readers keep working while ingest writes). Articles already "
                                   "stored (same text at the same URL) are skipped, so a rerun after an "
                                   "interruption stores only what is missing. URLs, feeds and sitemaps are "
                                   "fetched politely; a URL stored before is not fetched again from a feed or "
                                   "sitemap, and asked for conditionally when given by itself.")
    p.add_argument("paths", nargs="*", metavar="PATH",
                   help="text or HTML files, folders, JSONL, JSON arrays, zip archives of them (e.g. SaudiNewsNet's "
                        "*.zip), Parquet shards written by `marsad batch`, or http(s) URLs of article pages")
    p.add_argument("--urls", metavar="FILE", action="append", default=[],
                   help="a file with one article URL a line (- for standard input)")
    p.add_argument("--feed", metavar="URL", action="append", default=[], help="an RSS or Atom feed: its articles")
    p.add_argument("--sitemap", metavar="URL", action="append", default=[],
                   help="a sitemap, sitemap index or news sitemap: its articles")
    p.add_argument("--outlet", metavar="NAME", help="the outlet of fetched articles (default: the feed's title, "
                                                    "the page's site name, its host)")
    p.add_argument("--alerts-out", metavar="FILE", help="append each alert firing as a JSON line to FILE (- for "
                                                        "standard output)")
    p.add_argument("--db", default=DEFAULT_DB, metavar="FILE", help=f"corpus database (default {DEFAULT_DB})")
    add_workers_option(p, None)
    p.add_argument("--batch-size", type=int, default=64, metavar="N", help="articles per write transaction")
    add_analysis_options(p)
    p.add_argument("--no-progress", action="store_true", help="no progress bar")
    p.add_argument("--no-stories", action="store_true", help="do not group copies of one story after storing")
    p.add_argument("--quiet", action="store_true", help="no per-article error lines (the summary still counts them)")
    add_fetch_options(p)
    p.set_defaults(run=run)


def run(args) -> int:
    from ..alerts import AlertRunner, JsonLines
    from ..store.ingest import ingest
    from ..fetch import is_url
    from ..store import Store
    options = analysis_options(args)
    n = workers(args)
    files = [p for p in args.paths if not is_url(p)]
    urls = [p.strip() for p in args.paths if is_url(p)] + _read_urls(args.urls)
    if not (files or urls or args.feed or args.sitemap):
        raise InputError("nothing to ingest: give paths or URLs, --urls FILE, --feed URL or --sitemap URL")
    settings = fetch_settings(args)
    progress = not args.no_progress and sys.stderr.isatty()

    def on_error(message: str) -> None:
        if not args.quiet:
            print(f"marsad: skipped: {message}", file=sys.stderr)

    sink = JsonLines(args.alerts_out) if args.alerts_out else None
    failed = 0
    with Store(args.db) as store:
        alerts = AlertRunner(store, sinks=[sink] if sink else [],
                             on_error=lambda line: print(f"marsad: {line}", file=sys.stderr))
        if files:
            report = ingest(files, store, options=options, workers=n, batch_size=max(1, args.batch_size),
                            progress=progress, stories=not args.no_stories, on_error=on_error)
            # Exit 3 only when an article could not be read or analysed; empty records are not failures.
            failed += report.failed
            print(f"marsad: {report.added:,} new article(s) stored, {report.present:,} already stored, "
                  f"{report.empty:,} empty, {report.failed:,} failed; {report.seconds:.1f} s, "
                  f"{report.rate:.1f} articles/s; {store.count():,} in {args.db}", file=sys.stderr)
            if report.empty:
                shown = ", ".join(report.empties[:3]) + (", …" if report.empty > 3 else "")
                print(f"marsad: {report.empty:,} empty record(s) (no title and no text) not stored: {shown}",
                      file=sys.stderr)
            if report.stories:
                print(f"marsad: stories: {report.stories['pairs']:,} verified copy pair(s) among "
                      f"{report.stories['candidates']:,} LSH candidate(s)", file=sys.stderr)
            alerts.after_articles()
        if urls or args.feed or args.sitemap:
            failed += _ingest_web(args, store, urls, settings, options, on_error, alerts)
            print(f"marsad: {store.count():,} article(s) in {args.db}", file=sys.stderr)
        alerts.after_stories()
        if sink:
            sink.close()
    if alerts.fired:
        print(f"marsad: {alerts.fired} alert firing(s)", file=sys.stderr)
    return InputError.exit_code if failed else 0


def _read_urls(files: list[str]) -> list[str]:
    from ..fetch import is_url
    from ..input.loader import open_lines
    urls = []
    for path in files:
        stream = open_lines(path)
        try:
            for number, raw in enumerate(stream, 1):
                line = raw.decode("utf-8", "replace").strip()
                if not line or line.startswith("#"):
                    continue
                if not is_url(line):
                    raise InputError(f"{path}:{number}: not an http(s) URL: {line[:100]!r}")
                urls.append(line)
        finally:
            if stream is not sys.stdin.buffer:
                stream.close()
    return urls


def _ingest_web(args, store, urls, settings, options, on_error, alerts) -> int:
    """Fetch, analyse (through marsad.run) and store URLs, feeds and sitemaps; returns how many failed."""
    import time

    from ..fetch import Fetcher, FetchError, Link, read_feed, read_sitemap
    from ..run import analyse_to_record
    from ..watch.harvest import Harvester, HarvestReport
    from ..watch.state import FetchState
    started = time.perf_counter()
    total = HarvestReport()
    listings_unchanged = 0
    state = FetchState(store)
    with Fetcher(settings) as fetcher:
        harvester = Harvester(store, fetcher, analyse=lambda doc: analyse_to_record(doc, options),
                              published=args.published, on_error=on_error, on_added=lambda _: alerts.after_articles())
        if urls:
            total.merge(harvester.links([Link(u) for u in urls], outlet=args.outlet, refetch=True))
        for targets, read in ((args.feed, read_feed), (args.sitemap, read_sitemap)):
            for target in targets:
                try:
                    listing = read(fetcher, target, state.validators)
                except FetchError as exc:
                    total.failed += 1
                    on_error(str(exc))
                    continue
                for line in listing.errors:
                    on_error(line)
                listings_unchanged += listing.unchanged
                total.merge(harvester.links(listing.links, outlet=args.outlet or listing.outlet))
                state.save_validators(listing.validators, None)
        requests = fetcher.requests
    if (total.added_ids or store.ungrouped()) and not args.no_stories:
        store.update_stories(total.added_ids)
    seconds = time.perf_counter() - started
    unchanged = total.unchanged + listings_unchanged
    print(f"marsad: web: {total.added:,} new article(s) stored, {total.seen_before + total.present:,} stored before, "
          f"{unchanged:,} unchanged (304), {total.failed:,} failed; {requests:,} request(s) in {seconds:.1f} s",
          file=sys.stderr)
    return total.failed
