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
import time
from dataclasses import dataclass, field
from typing import Callable, Iterable, Iterator

from ..corpus.chrome import OutletChrome
from ..corpus.sources import Item, iter_items
from ..provenance import stage_names
from ..run import DEFAULT, Failure, Options, pipe_records
from .prepare import Prepared, prepare
from .sqlite import Store

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


def _prepared(record: dict, fields: tuple) -> Prepared:
    """In a worker, after the analysis: the rows to store (search terms, MinHash, compression)."""
    source, url, title = fields
    return prepare(record, source=source, url=url, title=title)


# -- this process ---------------------------------------------------------------------
def ingest(paths: Iterable[str], store: Store, *, options: Options = DEFAULT, workers: int | None = None,
           batch_size: int = BATCH, progress: bool = True, stories: bool = True,
           on_error: Callable[[str], None] | None = None, chrome: bool = True) -> IngestReport:
    """Read `paths`, analyse what is not stored yet, store it. Returns counts and timings.

    `chrome`: count each article's lines per outlet and mark those its outlet repeats
    (`corpus.chrome`) as chrome."""
    workers = max(1, workers if workers is not None else (os.cpu_count() or 1))
    paths = list(paths)
    report = IngestReport()
    started = time.perf_counter()
    bar = _progress_bar(progress, paths)
    submitted: set[str] = set()
    learner = OutletChrome(store.connection) if chrome else None

    def fail(failure: Failure) -> None:
        message = failure.message
        report.failed += 1
        if len(report.errors) < MAX_ERRORS_KEPT:
            report.errors.append(message)
        if on_error is not None:
            on_error(message)
        bar.update(1)

    def jobs() -> Iterator[tuple[Item, tuple]]:
        for item in iter_items(paths, options):
            report.seen += 1
            if item.error and item.empty:
                report.empty += 1
                if len(report.empties) < MAX_ERRORS_KEPT:
                    report.empties.append(item.origin)
                bar.update(1)
                continue
            if not item.error:
                digest = item.content_hash
                if digest in submitted or store.has(digest) is not None:
                    report.present += 1
                    bar.update(1)
                    continue
                submitted.add(digest)
                if learner is not None and item.document is not None:
                    item.document = learner.see(item.source, item.document, digest)
            yield item, (item.source, item.url, item.title)      # an unreadable item is reported by the run path

    pending: list[Prepared] = []

    def flush() -> None:
        if not pending:
            return
        if not report.pipeline and pending[0].pipeline:
            report.pipeline = stage_names(pending[0].pipeline)
        results = store.add_prepared(pending)
        if learner is not None:
            learner.stored({p.hash: r.added for p, r in zip(pending, results)})
        for result in results:
            if result.added:
                report.added += 1
                report.added_ids.append(result.doc_id)
            else:
                report.present += 1
        bar.update(len(pending))
        bar.set_postfix(new=report.added, stored_before=report.present, failed=report.failed, refresh=False)
        pending.clear()

    try:
        for prepared, _ in pipe_records(jobs(), workers=workers, options=options, on_error=fail, as_tuples=True,
                                        finish=_prepared, chunk_size=CHUNK):
            pending.append(prepared)
            if len(pending) >= batch_size:
                flush()
        flush()
    finally:
        bar.close()
    report.seconds = time.perf_counter() - started
    if stories and (report.added_ids or store.ungrouped()):      # also what a killed run left ungrouped
        report.stories = store.update_stories(report.added_ids)
    return report


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

    from ..corpus.sources import count_items
    return tqdm(desc="ingest", unit=" articles", file=sys.stderr, dynamic_ncols=True, smoothing=0.1,
                mininterval=0.5, total=count_items(paths))
