"""`marsad watch`: poll each source at its interval, store what is new, check alerts, keep the state.

Sources are polled in turn when due. A poll reads the listing conditionally,
harvests the links not stored before, groups the new articles into stories and
checks the alerts. A poll that fails (the feed answers 500 after its retries,
cannot be parsed, DNS ...) is reported on one line and the source waits
`interval x 2^failures` (at most `max_backoff`) before its next try; the other
sources go on. `stop` (SIGTERM, Ctrl-C) ends the run between two articles;
what was not stored yet is fetched again after a restart, nothing else is.
"""
from __future__ import annotations

import threading
from typing import Callable

from ..fetch import Fetcher, FetchError, Link, Listing, read_feed, read_sitemap
from .config import Source
from .harvest import Harvester, HarvestReport, default_analyse
from .state import FetchState, SourceState, seconds_until

MAX_BACKOFF = 6 * 3600.0
MAX_SLEEP = 30.0           # the loop wakes at least this often (webhook retries, a stop request)


class Watcher:
    def __init__(self, store, sources: tuple[Source, ...] | list[Source], fetcher: Fetcher, *,
                 alerts=None, say: Callable[[str], None] = print, analyse=default_analyse,
                 max_backoff: float = MAX_BACKOFF, stop: threading.Event | None = None):
        self.store = store
        self.sources = list(sources)
        self.fetcher = fetcher
        self.alerts = alerts
        self.say = say
        self.max_backoff = max_backoff
        self.stop = stop or fetcher.stop_event
        self.fetch_state = FetchState(store)
        self.state = SourceState(store)
        self.harvester = Harvester(store, fetcher, analyse=analyse, on_error=lambda line: say(f"failed: {line}"),
                                   on_added=self._added, stop=self.stop)
        for source in self.sources:
            self.state.register(source.name, source.kind, source.url, source.outlet, source.interval)

    def _added(self, doc_id: int) -> None:
        if self.alerts is not None:
            self.alerts.after_articles()

    def listing(self, source: Source) -> Listing:
        known = self.fetch_state.validators
        if source.kind == "feed":
            return read_feed(self.fetcher, source.url, known)
        if source.kind == "sitemap":
            return read_sitemap(self.fetcher, source.url, known)
        return Listing(links=[Link(url) for url in source.pages])

    def poll(self, source: Source) -> HarvestReport | None:
        """One poll of one source; None when its listing could not be read (reported, backed off)."""
        try:
            listing = self.listing(source)
        except FetchError as exc:
            failures = (self.state.get(source.name) or {}).get("failures", 0) + 1
            wait = min(source.interval * 2 ** failures, max(source.interval, self.max_backoff))
            self.state.failed(source.name, str(exc), wait)
            self.say(f"failed: source {source.name}: {exc} ({failures} failed poll(s) in a row; next try in "
                     f"{wait:.0f} s)")
            return None
        for line in listing.errors:
            self.say(f"failed: source {source.name}: {line}")
        report = self.harvester.links(listing.links, source=source.name, outlet=source.outlet or listing.outlet)
        stopped = self.stop.is_set()
        if not stopped:                      # every listed link dealt with: a 304 next time is safe
            self.fetch_state.save_validators(listing.validators, source.name)
        if report.added_ids:
            self.store.update_stories(report.added_ids)
            if self.alerts is not None:
                self.alerts.after_stories()
        self.state.succeeded(source.name, report.added, 0 if stopped else source.interval)
        if listing.unchanged:
            self.say(f"source {source.name}: unchanged (304 Not Modified)")
        else:
            self.say(f"source {source.name}: {report.added} new, {report.seen_before} seen before, "
                     f"{report.unchanged} unchanged, {report.failed} failed")
        return report

    def run(self, *, once: bool = False) -> None:
        """Poll until stopped (`once`: every source once, then return)."""
        while not self.stop.is_set():
            for source in self.sources:
                if self.stop.is_set():
                    break
                due = seconds_until((self.state.get(source.name) or {}).get("next_poll"))
                if once or due <= 0:
                    self.poll(source)
            if once:
                break
            if self.alerts is not None:
                from ..alerts import retry_webhooks
                retry_webhooks(self.store, on_error=self.say)
            waits = [seconds_until((self.state.get(s.name) or {}).get("next_poll")) for s in self.sources]
            self.stop.wait(min(MAX_SLEEP, max(0.2, min(waits, default=MAX_SLEEP))))

