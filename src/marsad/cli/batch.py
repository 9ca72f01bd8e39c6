"""`marsad batch`: analyse many articles on a Dask cluster into Parquet shards."""
from __future__ import annotations

import sys

from ..errors import InputError
from .options import add_analysis_options, analysis_options


def register(sub) -> None:
    p = sub.add_parser("batch", help="analyse articles on a Dask cluster, records to Parquet shards",
                       description="Run the analysis on Dask distributed (a local cluster by default, or an existing "
                                   "one with --scheduler) and write one Parquet shard per chunk of articles to DIR: "
                                   "flat columns plus the full record as JSON. `marsad ingest DIR` stores them; "
                                   "pandas, DuckDB and Spark read them directly. A rerun keeps finished shards.")
    p.add_argument("inputs", nargs="+", metavar="INPUT", help="files, folders, JSONL, zip collections (as for ingest)")
    p.add_argument("--out", required=True, metavar="DIR", help="folder for the shards (created if missing)")
    p.add_argument("--scheduler", metavar="tcp://HOST:PORT", help="an existing Dask scheduler (default: start a "
                                                                  "LocalCluster on this machine)")
    p.add_argument("--workers", type=int, default=2, metavar="N", help="LocalCluster worker processes (default 2)")
    p.add_argument("--threads", type=int, default=1, metavar="N", help="threads per LocalCluster worker (default 1)")
    p.add_argument("--chunk-size", type=int, default=64, metavar="N", help="articles per task and shard (default 64)")
    add_analysis_options(p)
    p.add_argument("--quiet", action="store_true", help="no per-article error lines")
    p.set_defaults(run=run)


def run(args) -> int:
    from ..batch import run_batch
    options = analysis_options(args)
    if args.workers < 1 or args.threads < 1 or args.chunk_size < 1:
        raise InputError("--workers, --threads and --chunk-size must be at least 1")
    if args.scheduler and not args.scheduler.startswith(("tcp://", "tls://", "inproc://", "ucx://")):
        raise InputError(f"--scheduler must be an address like tcp://HOST:PORT, got {args.scheduler!r}")

    def on_error(message: str) -> None:
        if not args.quiet:
            print(f"marsad: skipped: {message}", file=sys.stderr)

    try:
        report = run_batch(args.inputs, args.out, scheduler=args.scheduler, workers=args.workers,
                           threads=args.threads, chunk_size=args.chunk_size,
                           options=options,
                           on_error=on_error)
    except OSError as exc:
        raise InputError(f"cannot reach the Dask scheduler {args.scheduler or '(local)'}: {exc}") from None
    print(f"marsad: {report.articles:,} article(s) in {report.shards_written + report.shards_kept} shard(s) under "
          f"{args.out} ({report.shards_kept} kept from an earlier run), {report.failed:,} skipped; "
          f"{report.workers} worker(s) at {report.scheduler}; {report.seconds:.1f} s, {report.rate:.1f} articles/s",
          file=sys.stderr)
    return InputError.exit_code if report.failed else 0
