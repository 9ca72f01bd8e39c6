"""Analysis in worker processes, each article under a time limit.

Analysis is CPU-bound Python: in the server's threads, two heavy articles would hold the GIL
and every other request would wait behind them. So each article goes to one of `size` worker
processes (started on first use, or all at once by `warm()`, each loading the pipeline once).
A request waits at most `time_limit` seconds for a free worker (then 503 `busy`), and its
analysis at most `time_limit` seconds (then the worker is killed and replaced, and the request
gets 503 `analysis_timeout`). A worker that dies (out of memory ...) is replaced the same way.

`size=0` analyses in the calling thread, with no time limit (for embedding in a process that
cannot start others).
"""
from __future__ import annotations

import multiprocessing
import signal
import threading
import time
import weakref
from typing import Any, Callable

from ..document import Document
from ..errors import InputError, MarsadError
from ..http_errors import ApiError
from ..run import DEFAULT, Options, analyse_to_record
from .defaults import DEFAULT_TIME_LIMIT, DEFAULT_WORKERS

START_TIMEOUT = 300.0        # loading the models in a new worker, on a busy machine
# An article touching every stage (names, a quote, a claim, dates, numbers, money), analysed by a
# new worker before it takes requests, so that no request pays for loading what it needs.
WARM_UP = ("بغداد - قال وزير الموارد المائية العراقي عون ذياب، الخميس 21 نوفمبر 2024، إن «الحكومة خصصت "
           "5 ملايين دولار لمحطات التحلية».\n\nونفت الوزارة أمس وجود أزمة في مياه الشرب، فيما أكد مسؤول "
           "في الأمم المتحدة أن نحو 30 ألف شخص تضرروا خلال الأسبوع الماضي.\n\nاقرأ أيضا: أخبار ذات صلة")


class WorkerStartError(MarsadError):
    """A worker process could not load the pipeline."""

    exit_code = 70


def analyse(doc: Document, options: Options) -> dict:
    return analyse_to_record(doc, options)


def _serve(conn, options: Options, work: Callable) -> None:
    """A worker's loop: load the pipeline, then analyse what comes until told to stop (None)."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)      # Ctrl-C is the server's to handle
    from ..run import pipeline
    pipeline(options)(Document(WARM_UP))          # models and tables load on first use: load them now
    conn.send(("ready", None))
    while True:
        try:
            doc = conn.recv()
        except (EOFError, OSError):                   # the server went away
            return
        if doc is None:
            return
        try:
            reply = ("ok", work(doc, options))
        except InputError as exc:
            reply = ("input", str(exc))
        except Exception as exc:  # reported to the request; the worker goes on with the next
            reply = ("error", f"{type(exc).__name__}: {exc}")
        conn.send(reply)


class _Worker:
    def __init__(self, ctx, options: Options, work: Callable):
        self.conn, child = ctx.Pipe()
        self.process = ctx.Process(target=_serve, args=(child, options, work), daemon=True,
                                   name="marsad-analysis")
        self.process.start()
        child.close()

    def wait_ready(self, timeout: float) -> None:
        try:
            if not self.conn.poll(timeout):
                raise WorkerStartError(f"an analysis worker did not start within {timeout:g} s")
            kind, _ = self.conn.recv()
        except (EOFError, OSError):
            self.process.join(5)
            raise WorkerStartError(f"an analysis worker failed to start (exit code {self.process.exitcode}); "
                                   f"the server log has its error") from None
        if kind != "ready":
            raise WorkerStartError("an analysis worker failed to start")

    def stop(self, kill: bool = False) -> None:
        try:
            if kill:
                self.process.kill()
            else:
                self.conn.send(None)
        except (OSError, ValueError):
            pass
        self.process.join(5)
        if self.process.is_alive():
            self.process.kill()
            self.process.join(5)
        self.conn.close()


def _stop_all(workers: list) -> None:
    for w in list(workers):
        w.stop()


class Analyser:
    """The run path (`marsad.run`) with the server's options, in worker processes. A posted
    article without a date gets the options' `published`."""

    def __init__(self, size: int = DEFAULT_WORKERS, options: Options | None = None,
                 time_limit: float = DEFAULT_TIME_LIMIT, *, work: Callable[[Document, Options], Any] = analyse):
        if size < 0 or time_limit <= 0:
            raise ValueError("the worker count must be >= 0 and the time limit positive")
        self.size, self.options, self.time_limit, self.work = size, options or DEFAULT, time_limit, work
        self._ctx = multiprocessing.get_context("spawn")   # fork would copy the server's threads and locks
        self._cond = threading.Condition()
        self._idle: list[_Worker] = []
        self._all: list[_Worker] = []
        self._starting = 0
        self._closed = False
        self._finalizer = weakref.finalize(self, _stop_all, self._all)

    @property
    def busy(self) -> int:
        """Workers analysing an article now."""
        with self._cond:
            return len(self._all) - len(self._idle)

    # -- the pool --------------------------------------------------------------------------
    def _acquire(self) -> _Worker:
        deadline = time.monotonic() + self.time_limit
        with self._cond:
            while True:
                if self._closed:
                    raise ApiError(503, "unavailable", "the server is shutting down")
                if self._idle:
                    return self._idle.pop()
                if len(self._all) + self._starting < self.size:
                    self._starting += 1
                    break
                remaining = deadline - time.monotonic()
                if remaining <= 0:
                    raise ApiError(503, "busy", f"every analysis worker is busy (there are {self.size}); "
                                                f"try again shortly", {"Retry-After": "10"})
                self._cond.wait(remaining)
        try:
            return self._start()[0]
        except WorkerStartError as exc:
            raise ApiError(503, "worker_failed", str(exc)) from None

    def _start(self, count: int = 1) -> list[_Worker]:
        """`count` new workers, started together (each loads the models), counted in `_starting`."""
        workers: list[_Worker] = []
        try:
            for _ in range(count):
                workers.append(_Worker(self._ctx, self.options, self.work))
            for worker in workers:
                worker.wait_ready(START_TIMEOUT)
        except BaseException:
            for worker in workers:
                worker.stop(kill=True)
            with self._cond:
                self._starting -= count
                self._cond.notify_all()
            raise
        with self._cond:
            self._starting -= count
            self._all.extend(workers)
        return workers

    def _release(self, worker: _Worker) -> None:
        with self._cond:
            closed = self._closed
            if closed:
                self._all.remove(worker)
            else:
                self._idle.append(worker)
                self._cond.notify()
        if closed:
            worker.stop()

    def _discard(self, worker: _Worker) -> None:
        worker.stop(kill=True)
        with self._cond:
            if worker in self._all:
                self._all.remove(worker)
            self._cond.notify()

    def warm(self) -> None:
        """Start every worker now, together, rather than on first use."""
        if self.size == 0:
            from ..run import pipeline
            pipeline(self.options)
            return
        with self._cond:
            count = self.size - len(self._all) - self._starting
            self._starting += max(0, count)
        if count > 0:
            for worker in self._start(count):
                self._release(worker)

    def close(self) -> None:
        with self._cond:
            self._closed = True
            idle, self._idle = self._idle, []
            for w in idle:
                self._all.remove(w)
        for w in idle:
            w.stop()

    # -- one article -----------------------------------------------------------------------
    def record(self, doc: Document) -> dict:
        """The record of `doc` (blocking: call it off the event loop)."""
        if self.size == 0:
            return self.work(doc, self.options)
        worker = self._acquire()
        try:
            worker.conn.send(doc)
            if not worker.conn.poll(self.time_limit):
                self._discard(worker)
                raise ApiError(503, "analysis_timeout",
                               f"the analysis took longer than this server's limit of {self.time_limit:g} s and was "
                               f"stopped (a shorter article will do)")
            kind, value = worker.conn.recv()
        except (EOFError, OSError) as exc:
            self._discard(worker)
            raise ApiError(503, "worker_failed", f"the analysis worker stopped unexpectedly "
                                                 f"({type(exc).__name__}); try again") from None
        except BaseException as exc:
            if not isinstance(exc, ApiError):
                self._discard(worker)
            raise
        self._release(worker)
        if kind == "input":
            raise InputError(value)
        if kind == "error":
            from ..errors import AnalysisError
            raise AnalysisError(value)
        return value
