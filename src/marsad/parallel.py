"""Worker processes that keep input order: what `marsad.pipe`, `analyze --workers` and ingest run on.

A process pool (spawned: no inherited threads or locks, the same on every OS) takes tasks
as they come, at most `2 * workers` in flight, and the results come back in the order the
tasks went in, so a stream of a million articles needs memory for a few chunks only.
Workers leave when their parent is gone (a parent killed with SIGKILL cannot tell them).
"""
from __future__ import annotations

import os
import threading
import time
from collections import deque
from typing import Any, Callable, Iterable, Iterator


def ordered_map(func: Callable[[Any], Any], tasks: Iterable[Any], workers: int, *,
                initializer: Callable[..., None] | None = None, initargs: tuple = ()) -> Iterator[Any]:
    """`func(task)` for every task, computed in `workers` processes, yielded in task order."""
    import multiprocessing
    from concurrent.futures import ProcessPoolExecutor
    context = multiprocessing.get_context("spawn")
    with ProcessPoolExecutor(workers, mp_context=context, initializer=_init,
                             initargs=(os.getpid(), initializer, initargs)) as pool:
        inflight: deque = deque()
        for task in tasks:
            inflight.append(pool.submit(func, task))
            while len(inflight) >= 2 * workers:
                yield inflight.popleft().result()
        while inflight:
            yield inflight.popleft().result()


def _init(parent: int, initializer, initargs) -> None:
    def watch():
        while True:
            if os.getppid() != parent:
                os._exit(1)
            time.sleep(0.5)
    threading.Thread(target=watch, daemon=True).start()
    if initializer is not None:
        initializer(*initargs)
