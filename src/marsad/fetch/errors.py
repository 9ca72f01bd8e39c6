"""Why a URL could not be read, in one line that names it."""
from __future__ import annotations

from ..errors import InputError


class FetchError(InputError):
    """A URL that could not be fetched or read: DNS, timeout, TLS, HTTP status, oversize, robots.txt, bad feed.

    `str(error)` is the one line users see: `URL: reason`. `transient` says whether
    trying again later may help (timeouts, 5xx, 429, network), so pollers retry
    those next time and remember the others as failed."""

    def __init__(self, url: str, reason: str, *, transient: bool = False, status: int | None = None):
        super().__init__(f"{url}: {reason}")
        self.url = url
        self.reason = reason
        self.transient = transient
        self.status = status
