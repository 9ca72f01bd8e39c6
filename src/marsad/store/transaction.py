"""Write transactions and what a failing database says about itself.

When SQLite cannot write (disk full, a read-only file system, a lock held too long) it
may roll the transaction back itself; a second ROLLBACK then fails ("cannot rollback -
no transaction is active") and used to hide the real cause. Here the rollback runs only
when a transaction is still open, and the error becomes one `StorageError` line naming
the cause (exit status 75: nothing of the failed transaction is stored, a rerun after
the cause is fixed stores what is missing).
"""
from __future__ import annotations

import os
import sqlite3
from contextlib import contextmanager
from typing import Iterator

from ..errors import StorageError

# SQLite's messages (sqlite3_errstr) -> what a user can act on.
_CAUSES = (
    ("database or disk is full", "the disk is full (or the database reached its size limit)"),
    ("readonly database", "the database or its folder is read-only"),
    ("read-only", "the database or its folder is read-only"),
    ("database is locked", "the database is locked by another process (tried for 30 s)"),
    ("database table is locked", "the database is locked by another process (tried for 30 s)"),
    ("disk i/o error", "a disk I/O error"),
    ("unable to open database file", "the database file cannot be opened or created"),
)


def cause(exc: BaseException) -> str | None:
    """What an SQLite error says about the storage, or None when it is not a storage fault."""
    message = str(exc).lower()
    for needle, meaning in _CAUSES:
        if needle in message:
            return meaning
    return None


def storage_error(exc: BaseException, path: str | None) -> StorageError | None:
    """The one-line `StorageError` of a storage fault (None for any other error)."""
    meaning = cause(exc)
    if meaning is None:
        return None
    if path and _read_only_fs(path):           # SQLite says "unable to open" or "readonly" for it
        meaning = "the file system is read-only"
    elif path and meaning == "a disk I/O error" and _free_bytes(path) < _NEARLY_FULL:
        meaning = _CAUSES[0][1]                 # a WAL write that met ENOSPC is reported as I/O
    where = f"{path}: " if path else ""
    return StorageError(f"{where}cannot write the corpus database: {meaning} (SQLite: {exc}); "
                        f"nothing of the failed write was stored")


_NEARLY_FULL = 1 << 20


def _free_bytes(path: str) -> int:
    try:
        info = os.statvfs(os.path.dirname(os.path.abspath(path)))
    except OSError:
        return _NEARLY_FULL
    return info.f_bavail * info.f_frsize


def _read_only_fs(path: str) -> bool:
    try:
        return bool(os.statvfs(os.path.dirname(os.path.abspath(path))).f_flag & os.ST_RDONLY)
    except OSError:
        return False


@contextmanager
def transaction(conn: sqlite3.Connection, path: str | None = None, *,
                translate: bool = True) -> Iterator[sqlite3.Connection]:
    """BEGIN IMMEDIATE ... COMMIT; all of it or, on any failure, none of it. `translate`: a storage
    fault as a `StorageError` (not for a store opened read-only: writing there is the caller's bug)."""
    try:
        conn.execute("BEGIN IMMEDIATE")
        yield conn
        conn.execute("COMMIT")
    except BaseException as exc:
        if conn.in_transaction:
            try:
                conn.execute("ROLLBACK")
            except sqlite3.Error:
                pass                 # the first error is the one to report
        if translate and isinstance(exc, sqlite3.Error):
            found = storage_error(exc, path)
            if found is not None:
                raise found from None
        raise
