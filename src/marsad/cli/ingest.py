"""`marsad ingest`: analyse articles (files, folders, JSONL, zipped JSON, batch shards) into a corpus database."""
from __future__ import annotations

import sys

from ..errors import InputError
from .options import add_analysis_options, add_workers_option, analysis_options, workers

DEFAULT_DB = "marsad.db"      # marsad.store.DEFAULT_PATH, without importing the store to build the parser


def register(sub) -> None:
    p = sub.add_parser("ingest", help="analyse articles and store them in a corpus database",
                       description="Analyse articles and store their records in one local database file "
                                   "(SQLite, WAL: readers keep working while ingest writes). Articles already "
                                   "stored (same text at the same URL) are skipped, so a rerun after an "
                                   "interruption stores only what is missing.")
    p.add_argument("paths", nargs="+", metavar="PATH",
                   help="text or HTML files, folders, JSONL, JSON arrays, zip archives of them (e.g. SaudiNewsNet's "
                        "*.zip), or Parquet shards written by `marsad batch`")
    p.add_argument("--db", default=DEFAULT_DB, metavar="FILE", help=f"corpus database (default {DEFAULT_DB})")
    add_workers_option(p, None)
    p.add_argument("--batch-size", type=int, default=64, metavar="N", help="articles per write transaction")
    add_analysis_options(p)
    p.add_argument("--no-progress", action="store_true", help="no progress bar")
    p.add_argument("--no-stories", action="store_true", help="do not group copies of one story after storing")
    p.add_argument("--quiet", action="store_true", help="no per-article error lines (the summary still counts them)")
    p.set_defaults(run=run)


def run(args) -> int:
    from ..corpus.ingest import ingest
    from ..store import Store
    options = analysis_options(args)
    n = workers(args)
    progress = not args.no_progress and sys.stderr.isatty()

    def on_error(message: str) -> None:
        if not args.quiet:
            print(f"marsad: skipped: {message}", file=sys.stderr)

    with Store(args.db) as store:
        report = ingest(args.paths, store, options=options, workers=n, batch_size=max(1, args.batch_size),
                        progress=progress, stories=not args.no_stories, on_error=on_error)
        total = store.count()
    print(f"marsad: {report.added:,} new article(s) stored, {report.present:,} already stored, "
          f"{report.empty:,} empty, {report.failed:,} failed; {report.seconds:.1f} s, {report.rate:.1f} articles/s; "
          f"{total:,} in {args.db}", file=sys.stderr)
    if report.empty:
        shown = ", ".join(report.empties[:3]) + (", …" if report.empty > 3 else "")
        print(f"marsad: {report.empty:,} empty record(s) (no title and no text) not stored: {shown}", file=sys.stderr)
    if report.stories:
        print(f"marsad: stories: {report.stories['pairs']:,} verified copy pair(s) among "
              f"{report.stories['candidates']:,} LSH candidate(s)", file=sys.stderr)
    # Exit 3 only when an article could not be read or analysed; empty records are not failures.
    return InputError.exit_code if report.failed else 0
