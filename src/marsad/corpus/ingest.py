"""Analyse articles and store them: parallel workers, one writer, crash-safe.

Reading and the content-hash check happen in this process, so articles already
stored are skipped before any analysis (a rerun after a crash costs only what
is missing). Worker processes run the pipeline and `store.prepare` (search
terms, MinHash, compression) on small chunks; this process writes their rows in
transactions of `batch_size` articles. A transaction is all-or-nothing in SQLite
(WAL), so `kill -9` at any moment leaves every article stored whole or not at
all, and the rerun stores each missing article exactly once.
"""
from __future__ import annotations

import os
import sys
import threading
import time
from collections import deque
from dataclasses import dataclass, field
from typing import Callable, Iterable, Iterator

from ..store import Store
from ..store.prepare import Prepared, prepare
from .sources import Item, ReadOptions, iter_items

CHUNK = 8             # articles per worker task
BATCH = 64            # articles per write transaction
MAX_ERRORS_KEPT = 200


@dataclass
class IngestReport:
    seen: int = 0
    added: int = 0
    present: int = 0          # already stored (same content hash), including repeats within this run
    empty: int = 0            # records with nothing in them (no title, no content): not stored, not failures
    failed: int = 0           # could not be read or analysed
    seconds: float = 0.0
    pipeline: list[str] = field(default_factory=list)
    added_ids: list[int] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)
    empties: list[str] = field(default_factory=list)      # where the first empty records were
    stories: dict | None = None

    @property
    def rate(self) -> float:
        return self.added / self.seconds if self.seconds else 0.0


@dataclass
class _Job:
    origin: str
    document: object | None
    record: dict | None
    source: str | None
    url: str | None
    title: str | None


@dataclass
class _Failure:
    origin: str
    error: str


# -- worker side ----------------------------------------------------------------------
_PIPELINE = None


def _pipeline():
    global _PIPELINE
    if _PIPELINE is None:
        from .. import _pipeline as build
        _PIPELINE = build()
    return _PIPELINE


def analyse(job: _Job) -> Prepared | _Failure:
    """Analyse (unless it is a record already) and prepare one article; a failure is returned, not raised."""
    from ..record import to_record
    try:
        if job.record is not None:
            record = job.record
        else:
            pipeline = _pipeline()
            record = to_record(pipeline(job.document), pipeline.names)
        return prepare(record, source=job.source, url=job.url, title=job.title)
    except Exception as exc:   # one broken article never stops the run
        return _Failure(job.origin, f"{type(exc).__name__}: {exc}")


def analyse_chunk(jobs: list[_Job]) -> list[Prepared | _Failure]:
    return [analyse(job) for job in jobs]


def _worker_init(parent: int) -> None:
    """Workers leave when their parent is gone (killed with SIGKILL it cannot tell them)."""
    def watch():
        while True:
            if os.getppid() != parent:
                os._exit(1)
            time.sleep(0.5)
    threading.Thread(target=watch, daemon=True).start()


# -- this process ---------------------------------------------------------------------
def ingest(paths: Iterable[str], store: Store, *, options: ReadOptions = ReadOptions(), workers: int | None = None,
           batch_size: int = BATCH, progress: bool = True, stories: bool = True,
           on_error: Callable[[str], None] | None = None) -> IngestReport:
    """Read `paths`, analyse what is not stored yet, store it. Returns counts and timings."""
    workers = max(1, workers if workers is not None else (os.cpu_count() or 1))
    paths = list(paths)
    report = IngestReport()
    started = time.perf_counter()
    bar = _progress_bar(progress, paths)
    submitted: set[str] = set()

    def fail(origin: str, message: str) -> None:
        report.failed += 1
        if len(report.errors) < MAX_ERRORS_KEPT:
            report.errors.append(message)
        if on_error is not None:
            on_error(message)
        bar.update(1)

    def jobs() -> Iterator[_Job]:
        for item in iter_items(paths, options):
            report.seen += 1
            if item.error and item.empty:
                report.empty += 1
                if len(report.empties) < MAX_ERRORS_KEPT:
                    report.empties.append(item.origin)
                bar.update(1)
                continue
            if item.error:
                fail(item.origin, item.error)
                continue
            digest = item.content_hash
            if digest in submitted or store.has(digest) is not None:
                report.present += 1
                bar.update(1)
                continue
            submitted.add(digest)
            yield _job(item)

    pending: list[Prepared] = []

    def flush() -> None:
        if not pending:
            return
        if not report.pipeline and pending[0].pipeline:
            report.pipeline = list(pending[0].pipeline)
        for result in store.add_prepared(pending):
            if result.added:
                report.added += 1
                report.added_ids.append(result.doc_id)
            else:
                report.present += 1
        bar.update(len(pending))
        bar.set_postfix(new=report.added, stored_before=report.present, failed=report.failed, refresh=False)
        pending.clear()

    def take(results: list[Prepared | _Failure]) -> None:
        for result in results:
            if isinstance(result, _Failure):
                fail(result.origin, f"{result.origin}: {result.error}")
            else:
                pending.append(result)
        if len(pending) >= batch_size:
            flush()

    try:
        if workers == 1:
            for chunk in _chunks(jobs(), CHUNK):
                take(analyse_chunk(chunk))
        else:
            _run_parallel(jobs(), workers, take)
        flush()
    finally:
        bar.close()
    report.seconds = time.perf_counter() - started
    if stories and report.added_ids:
        report.stories = store.update_stories(report.added_ids)
    return report


def _run_parallel(jobs: Iterator[_Job], workers: int, take) -> None:
    """Chunks to a process pool, at most 2 per worker in flight, results taken in input order."""
    import multiprocessing
    from concurrent.futures import ProcessPoolExecutor
    context = multiprocessing.get_context("spawn")      # no inherited threads or locks; the same on every OS
    with ProcessPoolExecutor(workers, mp_context=context, initializer=_worker_init,
                             initargs=(os.getpid(),)) as pool:
        inflight: deque = deque()
        for chunk in _chunks(jobs, CHUNK):
            inflight.append(pool.submit(analyse_chunk, chunk))
            while len(inflight) >= 2 * workers:
                take(inflight.popleft().result())
        while inflight:
            take(inflight.popleft().result())


def _job(item: Item) -> _Job:
    return _Job(item.origin, item.document, item.record, item.source, item.url, item.title)


def _chunks(items: Iterator, size: int) -> Iterator[list]:
    chunk = []
    for item in items:
        chunk.append(item)
        if len(chunk) >= size:
            yield chunk
            chunk = []
    if chunk:
        yield chunk


class _NoBar:
    def update(self, n=1):
        pass

    def set_postfix(self, **kw):
        pass

    def close(self):
        pass


def _progress_bar(enabled: bool, paths):
    if not enabled:
        return _NoBar()
    from tqdm import tqdm

    from .sources import count_items
    return tqdm(desc="ingest", unit=" articles", file=sys.stderr, dynamic_ncols=True, smoothing=0.1,
                mininterval=0.5, total=count_items(paths))
