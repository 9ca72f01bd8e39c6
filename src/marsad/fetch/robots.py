"""robots.txt, obeyed: Protego (Scrapy's parser: wildcards, `$`, longest match, Crawl-delay).

The standard library's `urllib.robotparser` ignores `*` and `$` in paths, which
news sites use (`Disallow: /*?print=`), so a maintained parser that follows
RFC 9309 reads them. As RFC 9309 says: a robots.txt that is missing (4xx)
allows everything; one that cannot be read (5xx, network error) forbids
everything until it can, and that is reported as the reason.
"""
from __future__ import annotations

import threading
import time
from dataclasses import dataclass
from typing import Callable
from urllib.parse import urlsplit

from .errors import FetchError

TTL = 24 * 3600            # seconds a fetched robots.txt is trusted
TTL_UNREACHABLE = 300      # seconds before an unreadable robots.txt is asked again


@dataclass
class _Rules:
    parser: object | None      # Protego, or None: everything allowed
    error: str | None          # robots.txt unreadable: nothing allowed, for this reason
    expires: float


def origin(url: str) -> str:
    parts = urlsplit(url)
    return f"{parts.scheme}://{parts.netloc}"


class Robots:
    """Per-origin robots.txt rules, fetched once through `read(url) -> (status, text)`."""

    def __init__(self, read: Callable[[str], tuple[int, str]], agent: str, clock=time.monotonic):
        self._read = read
        self.agent = agent
        self._clock = clock
        self._rules: dict[str, _Rules] = {}
        self._lock = threading.Lock()
        self._loading: dict[str, threading.Lock] = {}

    def _for(self, url: str) -> _Rules:
        key = origin(url)
        with self._lock:
            rules = self._rules.get(key)
            if rules is not None and rules.expires > self._clock():
                return rules
            loading = self._loading.setdefault(key, threading.Lock())
        with loading:                          # one fetch of a site's robots.txt at a time
            with self._lock:
                rules = self._rules.get(key)
                if rules is not None and rules.expires > self._clock():
                    return rules
            rules = self._load(key)
            with self._lock:
                self._rules[key] = rules
            return rules

    def _load(self, key: str) -> _Rules:
        from protego import Protego
        robots_url = f"{key}/robots.txt"
        now = self._clock()
        try:
            status, text = self._read(robots_url)
        except FetchError as exc:
            if exc.status is not None and 400 <= exc.status < 500:
                return _Rules(None, None, now + TTL)
            return _Rules(None, f"robots.txt cannot be read ({exc.reason}), so nothing is fetched from "
                                f"{key}", now + TTL_UNREACHABLE)
        if 400 <= status < 500:
            return _Rules(None, None, now + TTL)
        if status >= 500:
            return _Rules(None, f"robots.txt cannot be read (HTTP {status}), so nothing is fetched from {key}",
                          now + TTL_UNREACHABLE)
        return _Rules(Protego.parse(text), None, now + TTL)

    def check(self, url: str) -> None:
        """Raise a FetchError naming `url` when robots.txt forbids it (or cannot be read)."""
        rules = self._for(url)
        if rules.error:
            raise FetchError(url, rules.error, transient=True)
        if rules.parser is not None and not rules.parser.can_fetch(url, self.agent):
            raise FetchError(url, "disallowed by robots.txt")

    def delay(self, url: str) -> float | None:
        """The site's Crawl-delay (or Request-rate) for our agent, in seconds."""
        rules = self._for(url)
        if rules.parser is None:
            return None
        delay = rules.parser.crawl_delay(self.agent)
        rate = rules.parser.request_rate(self.agent)
        if rate is not None and rate.requests:
            delay = max(delay or 0.0, rate.seconds / rate.requests)
        return float(delay) if delay else None
