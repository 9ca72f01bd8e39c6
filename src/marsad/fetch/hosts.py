"""Politeness per host: at most `concurrency` requests at once and one start every `delay` seconds.

Every request of a `Fetcher` (robots.txt included) takes a slot on its host's
gate; a robots.txt `Crawl-delay` longer than the default widens that host's gap.
Waits end early when the fetcher is stopped (SIGTERM in `marsad watch`).
"""
from __future__ import annotations

import threading
import time
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import Iterator


@dataclass
class _Host:
    semaphore: threading.Semaphore
    lock: threading.Lock = field(default_factory=threading.Lock)
    next_start: float = 0.0


class HostGates:
    def __init__(self, delay: float, concurrency: int, stop: threading.Event | None = None,
                 clock=time.monotonic):
        if concurrency < 1:
            raise ValueError("per-host concurrency must be at least 1")
        self.delay = max(0.0, delay)
        self.concurrency = concurrency
        self.stop = stop or threading.Event()
        self._clock = clock
        self._hosts: dict[str, _Host] = {}
        self._lock = threading.Lock()

    def _host(self, host: str) -> _Host:
        with self._lock:
            found = self._hosts.get(host)
            if found is None:
                found = self._hosts[host] = _Host(threading.Semaphore(self.concurrency))
            return found

    @contextmanager
    def slot(self, host: str, delay: float | None = None) -> Iterator[None]:
        """Hold one of `host`'s slots, starting no sooner than its gap after the previous start."""
        gap = self.delay if delay is None else max(self.delay, delay)
        entry = self._host(host)
        while not entry.semaphore.acquire(timeout=0.2):
            if self.stop.is_set():
                raise InterruptedError("stopped")
        try:
            with entry.lock:
                now = self._clock()
                start = max(now, entry.next_start)
                entry.next_start = start + gap
            if start > now and self.stop.wait(start - now):
                raise InterruptedError("stopped")
            yield
        finally:
            entry.semaphore.release()
