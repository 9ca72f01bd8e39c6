"""Saved alerts and their firings, in the corpus database (tables `alerts`, `alert_firings`).

Three kinds:
- `entity`: a person or body (a name, or a corpus entity id) is quoted or makes a claim;
- `claim`: a claim whose content matches a query appears (optionally with one stance);
- `story`: a story reaches `min_outlets` outlets (optionally only stories matching a query).
An alert watches articles stored after it was saved (`after_doc`), not the back catalogue.
"""
from __future__ import annotations

import json
import sqlite3
from dataclasses import asdict, dataclass

from ..errors import InputError
from ..lexicons.reporting import STANCES
from ..utc import now

KINDS = ("entity", "claim", "story")
ALERT_COLUMNS = ("id", "name", "kind", "target", "stance", "min_outlets", "webhook", "created", "after_doc", "active")


@dataclass
class Alert:
    id: int
    name: str
    kind: str
    target: str | None
    stance: str | None
    min_outlets: int | None
    webhook: str | None
    created: str
    after_doc: int
    active: bool

    def as_dict(self) -> dict:
        out = asdict(self)
        out["active"] = bool(self.active)
        return out

    def describe(self) -> str:
        if self.kind == "entity":
            return f"{self.target} quoted or making a claim"
        if self.kind == "claim":
            return f"a claim about {self.target!r}" + (f" ({self.stance})" if self.stance else "")
        about = f" about {self.target!r}" if self.target else ""
        return f"a story{about} carried by {self.min_outlets} outlets"


def check_alert(kind: str, target: str | None, stance: str | None, min_outlets: int | None,
                webhook: str | None) -> tuple[str | None, str | None, int | None, str | None]:
    """The fields cleaned, or an InputError saying what is wrong."""
    target = (target or "").strip() or None
    stance = (stance or "").strip().lower() or None
    webhook = (webhook or "").strip() or None
    if kind not in KINDS:
        raise InputError(f"alert kind must be one of {', '.join(KINDS)}, got {kind!r}")
    if kind in ("entity", "claim") and not target:
        raise InputError(f"a {kind} alert needs a target ({'a name' if kind == 'entity' else 'a query'})")
    if target and len(target) > 300:
        raise InputError("the alert's target is over 300 characters")
    if stance and (kind != "claim" or stance not in STANCES):
        raise InputError(f"stance applies to claim alerts and is one of {', '.join(STANCES)}, got {stance!r}")
    if kind == "story":
        if min_outlets is None or not 2 <= int(min_outlets) <= 1000:
            raise InputError("a story alert needs min_outlets between 2 and 1000")
        min_outlets = int(min_outlets)
    else:
        min_outlets = None
    if webhook and not webhook.lower().startswith(("http://", "https://")):
        raise InputError(f"the webhook must be an http(s) URL, got {webhook!r}")
    return target, stance, min_outlets, webhook


class Alerts:
    """Alerts and firings on a store's connection (writes need a writable store)."""

    def __init__(self, store):
        self.store = store

    @property
    def _conn(self) -> sqlite3.Connection:
        return self.store.connection()

    def add(self, kind: str, target: str | None = None, *, name: str | None = None, stance: str | None = None,
            min_outlets: int | None = None, webhook: str | None = None) -> Alert:
        target, stance, min_outlets, webhook = check_alert(kind, target, stance, min_outlets, webhook)
        after = self._conn.execute("SELECT coalesce(max(id), 0) FROM documents").fetchone()[0]
        name = (name or "").strip()[:200] or None
        cur = self._conn.execute(
            "INSERT INTO alerts (name, kind, target, stance, min_outlets, webhook, created, after_doc)"
            " VALUES (?,?,?,?,?,?,?,?)", (name or "", kind, target, stance, min_outlets, webhook, now(), after))
        alert_id = cur.lastrowid
        if not name:
            self._conn.execute("UPDATE alerts SET name = ? WHERE id = ?", (f"{kind} #{alert_id}", alert_id))
        return self.get(alert_id)

    def get(self, alert_id: int) -> Alert | None:
        row = self._conn.execute(f"SELECT {', '.join(ALERT_COLUMNS)} FROM alerts WHERE id = ?",
                                 (int(alert_id),)).fetchone()
        return Alert(*row) if row else None

    def list(self, *, active_only: bool = False) -> list[Alert]:
        try:
            rows = self._conn.execute(f"SELECT {', '.join(ALERT_COLUMNS)} FROM alerts"
                                      + (" WHERE active = 1" if active_only else "") + " ORDER BY id").fetchall()
        except sqlite3.OperationalError:          # a database from before alerts (read-only, not migrated)
            return []
        return [Alert(*row) for row in rows]

    def remove(self, alert_id: int) -> bool:
        conn = self._conn
        conn.execute("BEGIN IMMEDIATE")
        try:
            gone = conn.execute("DELETE FROM alerts WHERE id = ?", (int(alert_id),)).rowcount
            conn.execute("DELETE FROM alert_firings WHERE alert_id = ?", (int(alert_id),))
            conn.execute("COMMIT")
        except BaseException:
            conn.execute("ROLLBACK")
            raise
        return bool(gone)

    # -- firings -----------------------------------------------------------------------
    def record_firing(self, alert: Alert, key: str, doc_id: int | None, story: int | None,
                      finding: dict) -> int | None:
        """The new firing's id, or None when this alert fired for this key before (each fires once)."""
        cur = self._conn.execute(
            "INSERT OR IGNORE INTO alert_firings (alert_id, key, doc_id, story, finding, fired, webhook_status)"
            " VALUES (?,?,?,?,?,?,?)", (alert.id, key, doc_id, story, json.dumps(finding, ensure_ascii=False),
                                        now(), "pending" if alert.webhook else None))
        return cur.lastrowid if cur.rowcount else None

    def firings(self, *, new_only: bool = False, alert_id: int | None = None, limit: int = 100,
                ids: list[int] | None = None) -> list[dict]:
        clauses, params = [], []
        if new_only:
            clauses.append("f.seen = 0")
        if alert_id is not None:
            clauses.append("f.alert_id = ?")
            params.append(int(alert_id))
        if ids is not None:
            clauses.append(f"f.id IN ({','.join('?' * len(ids)) or 'NULL'})")
            params.extend(ids)
        where = " WHERE " + " AND ".join(clauses) if clauses else ""
        try:
            rows = self._conn.execute(
                "SELECT f.id, f.alert_id, f.key, f.doc_id, f.story, f.finding, f.fired, f.seen, f.webhook_status,"
                " f.webhook_attempts, f.webhook_error, d.title, d.url, d.source, d.published, d.published_at"
                f" FROM alert_firings f LEFT JOIN documents d ON d.id = f.doc_id{where}"
                " ORDER BY f.id DESC LIMIT ?", (*params, int(limit))).fetchall()
        except sqlite3.OperationalError:
            return []
        alerts = {a.id: a for a in self.list()}
        return [firing_message(row, alerts.get(row[1])) for row in rows]

    def mark_seen(self, ids: list[int] | None = None) -> int:
        if ids is None:
            return self._conn.execute("UPDATE alert_firings SET seen = 1 WHERE seen = 0").rowcount
        marks = ",".join("?" * len(ids)) or "NULL"
        return self._conn.execute(f"UPDATE alert_firings SET seen = 1 WHERE id IN ({marks})", ids).rowcount

    def count_new(self) -> int:
        try:
            return self._conn.execute("SELECT count(*) FROM alert_firings WHERE seen = 0").fetchone()[0]
        except sqlite3.OperationalError:
            return 0


def firing_message(row, alert: Alert | None) -> dict:
    """A firing as it is delivered (JSON lines, webhooks, the API): schema marsad.alert/1."""
    (fid, alert_id, key, doc_id, story, finding, fired, seen, status, attempts, error,
     title, url, source, published, published_at) = row
    return {"schema": "marsad.alert/1", "id": fid, "fired": fired, "seen": bool(seen), "key": key,
            "alert": alert.as_dict() if alert else {"id": alert_id},
            "description": alert.describe() if alert else None,
            "document": None if doc_id is None else {"id": doc_id, "title": title, "url": url, "source": source,
                                                      "published": published, "published_at": published_at},
            "story": story, "finding": json.loads(finding),
            "webhook": None if status is None else {"status": status, "attempts": attempts, "error": error}}
