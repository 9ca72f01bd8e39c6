"""What was fetched and what is watched, kept in the corpus database (tables `fetched`, `watch_sources`).

`fetched` remembers every listed URL: the article stored from it, or its last
failure (permanent ones — 404, robots.txt, no article text — are not tried again;
transient ones up to `MAX_TRIES` polls), and the validators (ETag,
Last-Modified) of feeds and sitemaps for conditional requests. `watch_sources`
holds each source's polls, failures in a row, last error and next poll, so a
restarted `marsad watch` resumes where it stopped and `marsad serve` shows it.
"""
from __future__ import annotations

import datetime as dt
import sqlite3

from ..utc import at, now   # noqa: F401  (the moments this module stores; alerts use them too)

MAX_TRIES = 3      # polls in a row a URL may fail transiently before it is given up


def seconds_until(stamp: str | None) -> float:
    if not stamp:
        return 0.0
    moment = dt.datetime.fromisoformat(stamp.rstrip("Z")).replace(tzinfo=dt.timezone.utc)
    return (moment - dt.datetime.now(dt.timezone.utc)).total_seconds()


class FetchState:
    """Seen URLs and validators on a (writable) store's connection."""

    def __init__(self, store):
        self.store = store

    @property
    def _conn(self) -> sqlite3.Connection:
        return self.store.connection()

    def validators(self, url: str) -> tuple[str | None, str | None] | None:
        row = self._conn.execute("SELECT etag, modified FROM fetched WHERE url = ?", (url,)).fetchone()
        return (row[0], row[1]) if row and (row[0] or row[1]) else None

    def save_validators(self, validators: dict[str, tuple[str | None, str | None]], source: str | None) -> None:
        stamp = now()
        for url, (etag, modified) in validators.items():
            self._conn.execute(
                "INSERT INTO fetched (url, kind, source, etag, modified, fetched_at) VALUES (?, 'listing', ?, ?, ?, ?)"
                " ON CONFLICT (url) DO UPDATE SET etag = excluded.etag, modified = excluded.modified,"
                " fetched_at = excluded.fetched_at, error = NULL, failures = 0",
                (url, source, etag, modified, stamp))

    def wanted(self, urls: list[str]) -> list[str]:
        """The URLs not stored yet and not given up on, in the order given."""
        done = set()
        for i in range(0, len(urls), 500):
            chunk = urls[i:i + 500]
            marks = ",".join("?" * len(chunk))
            done.update(url for (url,) in self._conn.execute(
                f"SELECT url FROM fetched WHERE url IN ({marks}) AND (doc_id IS NOT NULL OR permanent = 1"
                f" OR failures >= ? OR kind = 'listing')", (*chunk, MAX_TRIES)))
        return [u for u in dict.fromkeys(urls) if u not in done]

    def page(self, url: str) -> tuple[int | None, str | None, str | None] | None:
        """(doc id, etag, last modified) of a page fetched before, or None."""
        row = self._conn.execute("SELECT doc_id, etag, modified FROM fetched WHERE url = ? AND kind = 'page'",
                                 (url,)).fetchone()
        return tuple(row) if row else None

    def stored(self, url: str, doc_id: int, source: str | None, etag: str | None, modified: str | None) -> None:
        self._conn.execute(
            "INSERT INTO fetched (url, kind, source, doc_id, etag, modified, fetched_at) VALUES (?, 'page', ?, ?, ?, ?, ?)"
            " ON CONFLICT (url) DO UPDATE SET doc_id = excluded.doc_id, etag = excluded.etag,"
            " modified = excluded.modified, fetched_at = excluded.fetched_at, error = NULL, failures = 0,"
            " permanent = 0", (url, source, doc_id, etag, modified, now()))

    def failed(self, url: str, source: str | None, error: str, permanent: bool) -> None:
        self._conn.execute(
            "INSERT INTO fetched (url, kind, source, fetched_at, error, failures, permanent)"
            " VALUES (?, 'page', ?, ?, ?, 1, ?) ON CONFLICT (url) DO UPDATE SET fetched_at = excluded.fetched_at,"
            " error = excluded.error, failures = failures + 1, permanent = excluded.permanent",
            (url, source, now(), error, int(permanent)))


SOURCE_COLUMNS = ("name", "kind", "url", "outlet", "interval", "polls", "last_poll", "last_ok", "next_poll",
                  "failures", "last_error", "last_new", "total_new")


class SourceState:
    """Each watched source's polls, in `watch_sources`."""

    def __init__(self, store):
        self.store = store

    def register(self, name: str, kind: str, url: str, outlet: str | None, interval: float) -> None:
        self.store.connection().execute(
            "INSERT INTO watch_sources (name, kind, url, outlet, interval) VALUES (?,?,?,?,?)"
            " ON CONFLICT (name) DO UPDATE SET kind = excluded.kind, url = excluded.url, outlet = excluded.outlet,"
            " interval = excluded.interval", (name, kind, url, outlet, interval))

    def get(self, name: str) -> dict | None:
        row = self.store.connection().execute(
            f"SELECT {', '.join(SOURCE_COLUMNS)} FROM watch_sources WHERE name = ?", (name,)).fetchone()
        return dict(zip(SOURCE_COLUMNS, row)) if row else None

    def succeeded(self, name: str, new: int, next_in: float) -> None:
        stamp = now()
        self.store.connection().execute(
            "UPDATE watch_sources SET polls = polls + 1, last_poll = ?, last_ok = ?, next_poll = ?, failures = 0,"
            " last_error = NULL, last_new = ?, total_new = total_new + ? WHERE name = ?",
            (stamp, stamp, at(next_in), new, new, name))

    def failed(self, name: str, error: str, next_in: float, new: int = 0) -> int:
        conn = self.store.connection()
        conn.execute(
            "UPDATE watch_sources SET polls = polls + 1, last_poll = ?, next_poll = ?, failures = failures + 1,"
            " last_error = ?, last_new = ?, total_new = total_new + ? WHERE name = ?",
            (now(), at(next_in), error, new, new, name))
        return conn.execute("SELECT failures FROM watch_sources WHERE name = ?", (name,)).fetchone()[0]


def sources_status(store) -> list[dict]:
    """Every watched source's state, for `marsad serve` (/health, /watch, /ui/watch); [] on an older database."""
    try:
        rows = store.connection().execute(
            f"SELECT {', '.join(SOURCE_COLUMNS)} FROM watch_sources ORDER BY name").fetchall()
    except sqlite3.OperationalError:
        return []
    out = []
    for row in rows:
        item = dict(zip(SOURCE_COLUMNS, row))
        item["status"] = "failing" if item["failures"] else ("ok" if item["last_ok"] else "waiting")
        out.append(item)
    return out
