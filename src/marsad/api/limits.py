"""Request-size and rate limits, as plain ASGI middleware.

- `BodyLimit` refuses a body over `max_bytes` with 413: at once when the
  Content-Length says so, otherwise as soon as the streamed body passes it;
  and a body not all received within `timeout` seconds with 408 (slow clients).
- `RateLimit` keeps a token bucket per client address (in this process):
  `rate` requests a second on average, bursts up to `burst`; an empty bucket
  gets 429 with Retry-After. Static files are not counted.
"""
from __future__ import annotations

import asyncio
import math
import threading
import time
from dataclasses import dataclass

from starlette.exceptions import HTTPException

from .defaults import DEFAULT_BODY_TIMEOUT, DEFAULT_BURST, DEFAULT_MAX_BODY, DEFAULT_RATE
from .errors import error_response

__all__ = ["BodyLimit", "BodyTimeout", "RateLimit", "TokenBuckets", "DEFAULT_BODY_TIMEOUT", "DEFAULT_BURST", "DEFAULT_MAX_BODY", "DEFAULT_RATE"]


class BodyTooLarge(HTTPException):
    # An HTTPException, so that FastAPI's body parsing lets it through unchanged.
    def __init__(self, max_bytes: int, size: int | None = None):
        told = f"{size:,} bytes" if size is not None else "more"
        super().__init__(413, f"request body is {told}, over the limit of {max_bytes:,} bytes")


class BodyTimeout(HTTPException):
    def __init__(self, timeout: float):
        super().__init__(408, f"request body not received within {timeout:g} s", {"Connection": "close"})


class BodyLimit:
    def __init__(self, app, max_bytes: int = DEFAULT_MAX_BODY, timeout: float | None = None):
        self.app, self.max_bytes, self.timeout = app, max_bytes, timeout

    async def __call__(self, scope, receive, send):
        if scope["type"] != "http" or not (self.max_bytes or self.timeout):
            return await self.app(scope, receive, send)
        length = _header(scope, b"content-length")
        if length is not None:
            try:
                size = int(length)
            except ValueError:
                size = None
            if size is not None and self.max_bytes and size > self.max_bytes:
                exc = BodyTooLarge(self.max_bytes, size)
                response = error_response(scope["path"], 413, "too_large", exc.detail,
                                          {"Connection": "close"}, scope.get("method", "GET"))
                return await response(scope, receive, send)
        seen, done = 0, False
        deadline = asyncio.get_running_loop().time() + self.timeout if self.timeout else None

        async def limited_receive():
            nonlocal seen, done
            if deadline is None or done:
                message = await receive()
            else:
                try:
                    message = await asyncio.wait_for(receive(), max(0.0, deadline - asyncio.get_running_loop().time()))
                except asyncio.TimeoutError:
                    raise BodyTimeout(self.timeout) from None
            if message["type"] == "http.request":
                seen += len(message.get("body", b""))
                done = not message.get("more_body", False)
                if self.max_bytes and seen > self.max_bytes:
                    raise BodyTooLarge(self.max_bytes)
            return message

        return await self.app(scope, limited_receive, send)


@dataclass
class _Bucket:
    tokens: float
    stamp: float


class TokenBuckets:
    """Token buckets by key; thread-safe, pruned when many keys pile up."""

    def __init__(self, rate: float = DEFAULT_RATE, burst: int = DEFAULT_BURST, max_keys: int = 10_000,
                 clock=time.monotonic):
        if rate <= 0 or burst < 1:
            raise ValueError("rate must be positive and burst at least 1")
        self.rate, self.burst, self.max_keys, self.clock = rate, burst, max_keys, clock
        self._buckets: dict[str, _Bucket] = {}
        self._lock = threading.Lock()

    def take(self, key: str, cost: float = 1.0) -> float:
        """0 when the request may go ahead, else the seconds until it could."""
        now = self.clock()
        with self._lock:
            bucket = self._buckets.get(key)
            if bucket is None:
                if len(self._buckets) >= self.max_keys:
                    self._prune(now)
                bucket = self._buckets[key] = _Bucket(float(self.burst), now)
            bucket.tokens = min(float(self.burst), bucket.tokens + (now - bucket.stamp) * self.rate)
            bucket.stamp = now
            if bucket.tokens >= cost:
                bucket.tokens -= cost
                return 0.0
            return (cost - bucket.tokens) / self.rate

    def _prune(self, now: float) -> None:
        full = [k for k, b in self._buckets.items() if b.tokens + (now - b.stamp) * self.rate >= self.burst]
        for k in full:
            del self._buckets[k]
        if len(self._buckets) >= self.max_keys:       # everyone busy: forget the stalest half
            for k, _ in sorted(self._buckets.items(), key=lambda kv: kv[1].stamp)[: self.max_keys // 2]:
                del self._buckets[k]


class RateLimit:
    def __init__(self, app, buckets: TokenBuckets | None, exempt_prefixes: tuple[str, ...] = ("/static/",)):
        self.app, self.buckets, self.exempt = app, buckets, exempt_prefixes

    async def __call__(self, scope, receive, send):
        if scope["type"] != "http" or self.buckets is None or scope["path"].startswith(self.exempt):
            return await self.app(scope, receive, send)
        client = scope.get("client")
        key = client[0] if client else "unknown"
        wait = self.buckets.take(key)
        if wait:
            seconds = max(1, math.ceil(wait))
            response = error_response(scope["path"], 429, "rate_limited",
                                      f"too many requests from {key}; try again in {seconds} s",
                                      {"Retry-After": str(seconds)}, scope.get("method", "GET"))
            return await response(scope, receive, send)
        return await self.app(scope, receive, send)


def _header(scope, name: bytes) -> str | None:
    for key, value in scope.get("headers", ()):
        if key.lower() == name:
            return value.decode("latin-1")
    return None
