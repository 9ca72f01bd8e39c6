"""Polite HTTP fetching with httpx: robots.txt, per-host gaps, retries, redirects, size cap, validators.

httpx (rather than trafilatura's fetch_url, which wraps urllib3 and returns
only a body) because monitoring needs what a response says besides its body:
the status to tell a 404 from a 503, `Retry-After`, `ETag` / `Last-Modified`
for conditional requests, the charset of `Content-Type`, the final URL after
redirects, and a body read in chunks so an oversized or endless answer is cut
at the cap. One `httpx.Client` serves every thread (it is thread-safe and keeps
connections alive per host).

    with Fetcher() as fetcher:
        page = fetcher.get("https://example.org/news/1", etag='"abc"')
        page.not_modified, page.final_url, page.content, page.etag

Every failure is a `FetchError` whose message is `URL: reason`, one line.
"""
from __future__ import annotations

import email.utils
import random
import socket
import ssl
import threading
import time
from dataclasses import dataclass, field
from urllib.parse import urljoin, urlsplit

from .. import __version__
from .errors import FetchError
from .hosts import HostGates
from .robots import Robots

AGENT_TOKEN = "marsad"          # the name robots.txt groups are matched against
USER_AGENT = f"{AGENT_TOKEN}/{__version__} (Arabic news monitoring; obeys robots.txt)"
RETRY_STATUSES = frozenset({429, 500, 502, 503, 504})
REDIRECT_STATUSES = frozenset({301, 302, 303, 307, 308})


@dataclass(frozen=True)
class FetchSettings:
    user_agent: str = USER_AGENT
    timeout: float = 20.0            # seconds to connect, and of silence while reading
    deadline: float = 90.0           # seconds for a whole response (a server dribbling bytes is cut)
    max_bytes: int = 10_000_000      # body size cap (after content decoding)
    max_redirects: int = 5
    retries: int = 3                 # further tries after a 429, a 5xx, a timeout or a dropped connection
    backoff: float = 2.0             # seconds before the first retry; doubled each time (with jitter)
    max_retry_wait: float = 300.0    # a Retry-After longer than this is reported, not waited for
    host_delay: float = 1.0          # seconds between request starts on one host (robots Crawl-delay may widen it)
    host_concurrency: int = 2        # requests in flight per host
    concurrency: int = 8             # requests in flight in all
    obey_robots: bool = True


@dataclass
class Response:
    url: str                         # as asked
    final_url: str                   # after redirects
    status: int
    headers: dict[str, str] = field(default_factory=dict)    # lower-case names
    content: bytes = b""
    not_modified: bool = False       # 304: the validators still hold

    @property
    def etag(self) -> str | None:
        return self.headers.get("etag")

    @property
    def last_modified(self) -> str | None:
        return self.headers.get("last-modified")

    @property
    def content_type(self) -> str:
        return self.headers.get("content-type", "").split(";", 1)[0].strip().lower()


class _Retry(Exception):
    def __init__(self, error: FetchError, wait: float | None = None):
        super().__init__(str(error))
        self.error = error
        self.wait = wait


class Fetcher:
    """Fetch URLs politely from any number of threads. `stop()` makes waits and retries give up."""

    def __init__(self, settings: FetchSettings = FetchSettings(), *, transport=None):
        import httpx
        self.settings = settings
        self.stop_event = threading.Event()
        self.gates = HostGates(settings.host_delay, settings.host_concurrency, self.stop_event)
        self.robots = Robots(self._read_robots, AGENT_TOKEN)
        timeout = httpx.Timeout(settings.timeout, pool=None)
        limits = httpx.Limits(max_connections=max(settings.concurrency, 1) * 2, max_keepalive_connections=20)
        self._client = httpx.Client(headers={"User-Agent": settings.user_agent,
                                             "Accept-Language": "ar,en;q=0.5"},
                                    timeout=timeout, limits=limits, follow_redirects=False,
                                    transport=transport)
        self.requests = 0            # HTTP requests sent (robots.txt and retries included)

    def close(self) -> None:
        self._client.close()

    def __enter__(self) -> "Fetcher":
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    def stop(self) -> None:
        self.stop_event.set()

    # -- the public call -------------------------------------------------------------
    def get(self, url: str, *, etag: str | None = None, last_modified: str | None = None,
            accept: str | None = None) -> Response:
        """GET `url` (conditionally when validators are given), following redirects; raise FetchError."""
        url = check_url(url)
        headers = {"Accept": accept or "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8"}
        if etag:
            headers["If-None-Match"] = etag
        if last_modified:
            headers["If-Modified-Since"] = last_modified
        return self._with_retries(url, lambda: self._follow(url, headers, self.settings.obey_robots))

    def _with_retries(self, url: str, attempt_once):
        tries = 0
        while True:
            if self.stop_event.is_set():
                raise FetchError(url, "stopped before fetching", transient=True)
            try:
                return attempt_once()
            except _Retry as retry:
                tries += 1
                if tries > self.settings.retries:
                    raise _after(retry.error, tries) from None
                wait = retry.wait
                if wait is None:
                    wait = self.settings.backoff * 2 ** (tries - 1) * (1 + random.random() / 4)
                if wait > self.settings.max_retry_wait:
                    raise FetchError(url, f"{retry.error.reason}; the server asks to wait {wait:.0f} s before "
                                          f"trying again", transient=True, status=retry.error.status) from None
                if self.stop_event.wait(wait):
                    raise FetchError(url, f"stopped while waiting to retry ({retry.error.reason})", transient=True)
            except InterruptedError:
                raise FetchError(url, "stopped", transient=True) from None

    def _follow(self, url: str, headers: dict, robots: bool) -> Response:
        current = url
        for _ in range(self.settings.max_redirects + 1):
            delay = None
            if robots:
                self.robots.check(current)
                delay = self.robots.delay(current)
            with self.gates.slot(urlsplit(current).netloc, delay):
                response = self._once(current, headers)
            location = response.headers.get("location")
            if response.status in REDIRECT_STATUSES and location:
                try:
                    current = check_url(urljoin(current, location.strip()))
                except FetchError as exc:
                    raise FetchError(url, f"redirected to an address that cannot be fetched ({exc.reason})") from None
                continue
            response.url = url
            return response
        raise FetchError(url, f"more than {self.settings.max_redirects} redirects")

    def _once(self, url: str, headers: dict) -> Response:
        """One request, no redirects followed; errors classified, retryable ones raised as _Retry."""
        import httpx
        settings = self.settings
        started = time.monotonic()
        self.requests += 1
        try:
            with self._client.stream("GET", url, headers=headers) as r:
                head = {k.lower(): v for k, v in r.headers.items()}
                status = r.status_code
                if status in REDIRECT_STATUSES or status == 304:
                    return Response(url, url, status, head, b"", not_modified=status == 304)
                if status >= 400:
                    error = FetchError(url, f"HTTP {status} {r.reason_phrase or ''}".strip(),
                                       transient=status in RETRY_STATUSES, status=status)
                    if status in RETRY_STATUSES:
                        raise _Retry(error, retry_after(head.get("retry-after")))
                    raise error
                declared = head.get("content-length")
                if declared and declared.isdigit() and int(declared) > settings.max_bytes:
                    raise FetchError(url, f"{int(declared):,} bytes announced, over the limit of "
                                          f"{settings.max_bytes:,}")
                chunks, size = [], 0
                for chunk in r.iter_bytes():
                    size += len(chunk)
                    if size > settings.max_bytes:
                        raise FetchError(url, f"over the limit of {settings.max_bytes:,} bytes")
                    if time.monotonic() - started > settings.deadline:
                        raise _Retry(FetchError(url, f"still answering after {settings.deadline:.0f} s",
                                                transient=True))
                    chunks.append(chunk)
                return Response(url, url, status, head, b"".join(chunks))
        except (FetchError, _Retry):
            raise
        except httpx.TimeoutException as exc:
            what = "connecting" if isinstance(exc, httpx.ConnectTimeout) else "waiting for an answer"
            raise _Retry(FetchError(url, f"timed out after {settings.timeout:g} s {what}", transient=True)) from None
        except httpx.HTTPError as exc:
            reason, retry = network_reason(exc)
            error = FetchError(url, reason, transient=True)
            if retry:
                raise _Retry(error) from None
            raise error from None

    def _read_robots(self, robots_url: str) -> tuple[int, str]:
        """robots.txt through the same gates, redirects (up to 5) and retries, never itself robots-checked."""
        headers = {"Accept": "text/plain,*/*;q=0.5"}
        response = self._with_retries(robots_url, lambda: self._follow(robots_url, headers, False))
        return response.status, response.content[:500_000].decode("utf-8", "replace")


def check_url(url: str) -> str:
    """An absolute http(s) URL with a host, or a FetchError saying why not."""
    url = (url or "").strip()
    parts = urlsplit(url)
    if parts.scheme.lower() not in ("http", "https"):
        raise FetchError(url or "''", "not an http(s) URL")
    if not parts.hostname:
        raise FetchError(url, "no host in the URL")
    return url


def is_url(value: str) -> bool:
    return isinstance(value, str) and value.strip().lower().startswith(("http://", "https://"))


def retry_after(value: str | None) -> float | None:
    """Seconds from a Retry-After header (a number of seconds or an HTTP date)."""
    if not value:
        return None
    value = value.strip()
    if value.isdigit():
        return float(value)
    try:
        when = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    if when is None:
        return None
    return max(0.0, when.timestamp() - time.time())


def network_reason(exc: BaseException) -> tuple[str, bool]:
    """(one-line reason, worth retrying now) for a transport error, from the causes it wraps."""
    chain, seen = [], exc
    while seen is not None and len(chain) < 10:
        chain.append(seen)
        seen = seen.__cause__ or seen.__context__
    for cause in chain:
        if isinstance(cause, socket.gaierror):
            return f"DNS lookup failed ({cause.strerror or cause})", False
        if isinstance(cause, ssl.SSLCertVerificationError):
            return f"TLS certificate not accepted ({cause.verify_message or cause.reason})", False
        if isinstance(cause, ssl.SSLError):
            return f"TLS error ({cause.reason or cause})", False
    text = " ".join(str(c) for c in chain)
    lowered = text.lower()
    if "name or service not known" in lowered or "getaddrinfo" in lowered or "nodename nor servname" in lowered:
        return f"DNS lookup failed ({chain[0]})", False
    if "ssl" in lowered or "certificate" in lowered or "tls" in lowered:
        return f"TLS error ({chain[0]})", False
    if "refused" in lowered:
        return "connection refused", True
    name = type(exc).__name__
    return f"network error: {name}: {chain[0]}".rstrip(": "), True


def _after(error: FetchError, tries: int) -> FetchError:
    return FetchError(error.url, f"{error.reason} (after {tries} tries)", transient=error.transient,
                      status=error.status)
