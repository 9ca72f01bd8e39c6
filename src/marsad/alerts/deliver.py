"""Firings delivered: JSON lines (a file or standard output) and webhooks (HTTP POST, retried).

The web interface reads firings from the database (its "new" list); these
sinks push them out as they happen. A webhook that fails is retried with
backoff a few times at once, then left `pending` and tried again by the next
delivery round (every poll of `marsad watch`), up to `MAX_ATTEMPTS` in all;
its status, attempts and last error stay on the firing.
"""
from __future__ import annotations

import json
import sys
import time
from typing import IO, Callable

from .saved import Alerts

MAX_ATTEMPTS = 6            # webhook tries per firing, across delivery rounds
TRIES_PER_ROUND = 3
TIMEOUT = 10.0


class JsonLines:
    """Each firing as one JSON line on `path` (appended) or on standard output for `-`."""

    def __init__(self, path: str):
        self.path = path
        self._stream: IO[str] | None = None

    def __call__(self, message: dict) -> None:
        if self._stream is None:
            self._stream = sys.stdout if self.path == "-" else open(self.path, "a", encoding="utf-8")
        self._stream.write(json.dumps(message, ensure_ascii=False) + "\n")
        self._stream.flush()

    def close(self) -> None:
        if self._stream is not None and self._stream is not sys.stdout:
            self._stream.close()
        self._stream = None


def post_webhook(url: str, message: dict, *, tries: int = TRIES_PER_ROUND, backoff: float = 1.0,
                 client=None, sleep: Callable[[float], None] = time.sleep) -> tuple[str | None, int]:
    """POST `message` as JSON: (None when a 2xx came back, else the last error in one line; tries made)."""
    import httpx
    from ..fetch.client import USER_AGENT, network_reason
    own = client is None
    client = client or httpx.Client(timeout=TIMEOUT, follow_redirects=False, headers={"User-Agent": USER_AGENT})
    error, attempt = None, 0
    try:
        for attempt in range(tries):
            try:
                r = client.post(url, json=message)
                if 200 <= r.status_code < 300:
                    return None, attempt + 1
                error = f"HTTP {r.status_code} {r.reason_phrase}".strip()
                if r.status_code < 500 and r.status_code not in (408, 429):
                    return error, attempt + 1        # the receiver refuses it: retrying will not help
            except httpx.TimeoutException:
                error = f"timed out after {TIMEOUT:g} s"
            except httpx.HTTPError as exc:
                error = network_reason(exc)[0]
            if attempt + 1 < tries:
                sleep(backoff * 2 ** attempt)
    finally:
        if own:
            client.close()
    return error, attempt + 1


def deliver(store, firing_ids: list[int], *, sinks: list[Callable[[dict], None]] = (),
            on_error: Callable[[str], None] | None = None, backoff: float = 1.0) -> None:
    """Hand new firings to the sinks, then post the webhooks due (new ones and earlier failures)."""
    saved = Alerts(store)
    if firing_ids:
        for message in reversed(saved.firings(ids=list(firing_ids), limit=len(firing_ids))):
            for sink in sinks:
                sink(message)
    retry_webhooks(store, on_error=on_error, backoff=backoff)


def retry_webhooks(store, *, on_error: Callable[[str], None] | None = None, backoff: float = 1.0,
                   limit: int = 100) -> int:
    """Post every pending webhook once more (TRIES_PER_ROUND tries); returns how many were sent."""
    conn = store.connection()
    rows = conn.execute("SELECT f.id, a.webhook FROM alert_firings f JOIN alerts a ON a.id = f.alert_id"
                        " WHERE f.webhook_status = 'pending' AND a.webhook IS NOT NULL ORDER BY f.id LIMIT ?",
                        (limit,)).fetchall()
    sent = 0
    saved = Alerts(store)
    for firing_id, url in rows:
        message = saved.firings(ids=[firing_id], limit=1)[0]
        attempts = conn.execute("SELECT webhook_attempts FROM alert_firings WHERE id = ?", (firing_id,)).fetchone()[0]
        error, tried = post_webhook(url, message, tries=max(1, min(TRIES_PER_ROUND, MAX_ATTEMPTS - attempts)),
                                    backoff=backoff)
        attempts += tried
        refused = error is not None and error.startswith("HTTP 4") and not error.startswith(("HTTP 408", "HTTP 429"))
        status = "sent" if error is None else ("failed" if attempts >= MAX_ATTEMPTS or refused else "pending")
        conn.execute("UPDATE alert_firings SET webhook_status = ?, webhook_attempts = ?, webhook_error = ?"
                     " WHERE id = ?", (status, attempts, error, firing_id))
        if error is None:
            sent += 1
        elif on_error is not None:
            on_error(f"alert webhook {url}: {error} (firing {firing_id}, {status})")
    return sent
