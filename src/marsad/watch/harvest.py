"""Listed links to stored articles: fetch (threads, per-host politeness), analyse, store, remember.

Pages are fetched a few at a time in worker threads; this thread analyses and
stores them one by one, so a stop request (SIGTERM in `marsad watch`) takes
effect between two articles and never leaves one half-stored. Each URL's
outcome lands in the `fetched` table: stored URLs are not fetched again,
pages given up on (404, robots.txt, no article text) neither.
"""
from __future__ import annotations

import threading
from collections import deque
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass, field
from typing import Callable, Iterable

from ..corpus.chrome import OutletChrome
from ..document import Document
from ..fetch import Fetcher, FetchError, Link, document_from_response
from .state import FetchState

MAX_ERRORS_KEPT = 200


@dataclass
class HarvestReport:
    listed: int = 0
    seen_before: int = 0        # stored (or given up on) by an earlier run: not fetched
    unchanged: int = 0          # fetched conditionally: 304 Not Modified
    added: int = 0
    present: int = 0            # fetched, but the same text at the same URL was stored already
    failed: int = 0
    added_ids: list[int] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)

    def merge(self, other: "HarvestReport") -> None:
        for name in ("listed", "seen_before", "unchanged", "added", "present", "failed"):
            setattr(self, name, getattr(self, name) + getattr(other, name))
        self.added_ids.extend(other.added_ids)
        self.errors.extend(other.errors[:MAX_ERRORS_KEPT - len(self.errors)])


def default_analyse(doc: Document) -> dict:
    """The record of an unanalysed document, through the one run path (`marsad.run`)."""
    from ..run import analyse_to_record
    return analyse_to_record(doc)


class Harvester:
    """Fetch, analyse and store the articles behind links, into `store`, through `fetcher`.

    `on_error(line)` hears each failure as one line naming the URL; `on_added(doc_id)`
    each newly stored article (alerts are checked there)."""

    def __init__(self, store, fetcher: Fetcher, *, analyse: Callable[[Document], dict] = default_analyse,
                 published: str | None = None, on_error: Callable[[str], None] | None = None,
                 on_added: Callable[[int], None] | None = None, stop: threading.Event | None = None):
        self.store = store
        self.fetcher = fetcher
        self.state = FetchState(store)
        self.analyse = analyse
        self.published = published
        self.on_error = on_error
        self.on_added = on_added
        self.stop = stop or fetcher.stop_event
        self.chrome = OutletChrome(store.connection)      # each outlet's repeated lines: learned, marked

    def links(self, links: Iterable[Link], *, source: str | None = None, outlet: str | None = None,
              refetch: bool = False) -> HarvestReport:
        """Store the articles behind `links` not stored before (`refetch`: ask again, conditionally)."""
        links = list({link.url: link for link in links}.values())
        report = HarvestReport(listed=len(links))
        if refetch:
            todo = links
        else:
            wanted = set(self.state.wanted([link.url for link in links]))
            todo = [link for link in links if link.url in wanted]
            report.seen_before = len(links) - len(todo)
        if not todo:
            return report
        width = max(1, self.fetcher.settings.concurrency)
        with ThreadPoolExecutor(width, thread_name_prefix="marsad-fetch") as pool:
            inflight: deque[tuple[Link, Future]] = deque()
            pending = iter(todo)
            try:
                while True:
                    while len(inflight) < 2 * width and not self.stop.is_set():
                        link = next(pending, None)
                        if link is None:
                            break
                        inflight.append((link, pool.submit(self._fetch, link, outlet, refetch)))
                    if not inflight or self.stop.is_set():
                        break
                    link, future = inflight.popleft()
                    self._take(link, future.result(), source, report)
            finally:
                for _, future in inflight:
                    future.cancel()
        return report

    def _fetch(self, link: Link, outlet: str | None, conditional: bool):
        try:
            etag = modified = None
            if conditional:
                known = self.state.page(link.url)
                if known and known[0] is not None:
                    etag, modified = known[1], known[2]
            response = self.fetcher.get(link.url, etag=etag, last_modified=modified)
            if response.not_modified:
                return "unchanged"
            return document_from_response(response, link=link, outlet=outlet, published=self.published), response
        except FetchError as exc:
            return exc
        except Exception as exc:      # a bug in reading one page never stops the others
            return FetchError(link.url, f"{type(exc).__name__}: {exc}")

    def _take(self, link: Link, result, source: str | None, report: HarvestReport) -> None:
        if result == "unchanged":
            report.unchanged += 1
            return
        if isinstance(result, FetchError):
            self._fail(report, str(result))
            if not result.reason.startswith("stopped"):
                self.state.failed(link.url, source, result.reason, permanent=not result.transient)
            return
        doc, response = result
        try:
            record = self.analyse(self.chrome.see(doc.meta.site, doc, link.url))
            stored = self.store.add(record, source=doc.meta.site, url=doc.meta.url, title=doc.meta.title)
            self.chrome.stored({link.url: stored.added})
        except Exception as exc:      # one article that cannot be analysed never stops the rest
            self.chrome.stored({link.url: False})
            self._fail(report, f"{link.url}: analysis failed: {type(exc).__name__}: {exc}")
            self.state.failed(link.url, source, f"analysis failed: {type(exc).__name__}: {exc}", permanent=False)
            return
        self.state.stored(link.url, stored.doc_id, source, response.etag, response.last_modified)
        if stored.added:
            report.added += 1
            report.added_ids.append(stored.doc_id)
            if self.on_added is not None:
                self.on_added(stored.doc_id)
        else:
            report.present += 1

    def _fail(self, report: HarvestReport, line: str) -> None:
        report.failed += 1
        if len(report.errors) < MAX_ERRORS_KEPT:
            report.errors.append(line)
        if self.on_error is not None:
            self.on_error(line)
