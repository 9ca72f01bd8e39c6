"""Run the analysis on a Dask distributed cluster and write Parquet shards."""
from __future__ import annotations

import logging
import time
from collections import deque
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Iterable

from ..corpus.sources import iter_items
from ..run import DEFAULT, Options, analyse_to_record
from . import shards

CHUNK = 64


@dataclass
class BatchReport:
    articles: int = 0
    failed: int = 0
    shards_written: int = 0
    shards_kept: int = 0            # already there from an earlier run with the same articles
    seconds: float = 0.0
    pipeline: list[str] = field(default_factory=list)
    workers: int = 0
    scheduler: str = ""

    @property
    def rate(self) -> float:
        return self.articles / self.seconds if self.seconds else 0.0


def analyse_chunk(jobs: list[tuple], options: Options = DEFAULT) -> list[dict]:
    """On a worker: analyse each (article, hash, source, url, title) through the run path.

    A failing article becomes {"origin", "error"}; the others become shard rows."""
    out = []

    def failed(failure) -> None:
        out.append({"origin": failure.origin, "error": failure.message})

    for article, digest, source, url, title in jobs:
        record = analyse_to_record(article, options, failed)
        if record is not None:
            out.append(shards.row(record, content_hash=digest, source=source, url=url, title=title))
    return out


def _client(scheduler: str | None, workers: int, threads: int, processes: bool):
    from dask.distributed import Client, LocalCluster
    if scheduler:
        return Client(scheduler, timeout="30s"), None
    cluster = LocalCluster(n_workers=workers, threads_per_worker=threads, processes=processes, host="127.0.0.1",
                           dashboard_address=None, silence_logs=logging.ERROR)
    return Client(cluster), cluster


def run_batch(inputs: Iterable[str], out_dir: str | Path, *, scheduler: str | None = None, workers: int = 2,
              threads: int = 1, processes: bool = True, chunk_size: int = CHUNK,
              options: Options = DEFAULT, on_error: Callable[[str], None] | None = None,
              on_shard: Callable[[int, int], None] | None = None) -> BatchReport:
    """Analyse every article of `inputs` on the cluster (a LocalCluster of `workers` processes unless
    `scheduler` is given) and write `out_dir/part-NNNNN.parquet`, one shard per chunk, in input order."""
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    report = BatchReport()
    started = time.perf_counter()

    def fail(message: str) -> None:
        report.failed += 1
        if on_error is not None:
            on_error(message)

    def chunks():
        chunk = []
        for item in iter_items(inputs, options):
            if item.error:            # reported by the run path, here: nothing to send to the cluster
                analyse_to_record(item, options, lambda failure: fail(failure.message))
                continue
            chunk.append((item, item.content_hash, item.source, item.url, item.title))
            if len(chunk) >= chunk_size:
                yield chunk
                chunk = []
        if chunk:
            yield chunk

    client, cluster = _client(scheduler, workers, threads, processes)
    try:
        report.scheduler = client.scheduler.address
        report.workers = len(client.scheduler_info().get("workers", {}))
        inflight: deque = deque()

        def finish(index: int, future) -> None:
            rows = []
            for result in future.result():
                if "error" in result:
                    fail(result["error"])
                else:
                    rows.append(result)
            if rows:
                if not report.pipeline and rows[0]["pipeline"]:
                    report.pipeline = [part.split("@")[0] for part in rows[0]["pipeline"].split(",")]
                shards.write_shard(rows, out / shards.shard_name(index))
                report.shards_written += 1
                report.articles += len(rows)
            if on_shard is not None:
                on_shard(index, len(rows))

        limit = max(2, 2 * max(report.workers, 1))
        for index, chunk in enumerate(chunks()):
            target = out / shards.shard_name(index)
            if target.exists() and shards.shard_hashes(target) == [job[1] for job in chunk]:
                report.shards_kept += 1          # resumed run: this shard is already whole
                report.articles += len(chunk)
                continue
            inflight.append((index, client.submit(analyse_chunk, chunk, options, pure=False)))
            while len(inflight) >= limit:
                finish(*inflight.popleft())
        while inflight:
            finish(*inflight.popleft())
    finally:
        client.close()
        if cluster is not None:
            cluster.close()
    report.seconds = time.perf_counter() - started
    return report
