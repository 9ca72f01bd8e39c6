"""One object that ingest and watch call after storing: check the alerts, deliver what fired."""
from __future__ import annotations

from typing import Callable

from .check import check_articles, check_stories
from .deliver import deliver


class AlertRunner:
    def __init__(self, store, *, sinks: list[Callable[[dict], None]] = (),
                 on_error: Callable[[str], None] | None = None, webhook_backoff: float = 1.0):
        self.store = store
        self.sinks = list(sinks)
        self.on_error = on_error
        self.backoff = webhook_backoff
        self.fired = 0

    def after_articles(self) -> list[int]:
        """Entity and claim alerts on the articles stored since the last check."""
        return self._deliver(check_articles(self.store))

    def after_stories(self) -> list[int]:
        """Story alerts, once new articles have been grouped into stories."""
        return self._deliver(check_stories(self.store))

    def _deliver(self, fired: list[int]) -> list[int]:
        self.fired += len(fired)
        deliver(self.store, fired, sinks=self.sinks, on_error=self.on_error, backoff=self.backoff)
        return fired
