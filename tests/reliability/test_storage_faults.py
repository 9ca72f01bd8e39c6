"""Storage faults during ingest: a full disk, a read-only file system, a locked database.

Each is one line naming the cause with exit status 75 (not "internal error: cannot rollback -
no transaction is active"), nothing half-written, and a rerun once the cause is gone stores
what is missing. The disk is a real tmpfs of a few hundred KB (root only; skipped elsewhere)."""
from __future__ import annotations

import sqlite3
import subprocess
from pathlib import Path

import pytest

from marsad.errors import StorageError
from marsad.store import Store, sqlite as store_sqlite
from marsad.store.ingest import ingest
from marsad.store.prepare import prepare
from tests.conftest import run_marsad
from tests.corpus.conftest import collection  # noqa: F401  (the SaudiNewsNet-shaped zip)
from tests.corpus_fixtures import KREMLIN_DENIES


@pytest.fixture
def small_fs(tmp_path):
    """A 2 MB tmpfs mounted at tmp_path/fs (needs root), unmounted afterwards."""
    mount = tmp_path / "fs"
    mount.mkdir()
    done = subprocess.run(["mount", "-t", "tmpfs", "-o", "size=2m", "tmpfs", str(mount)], capture_output=True)
    if done.returncode != 0:
        pytest.skip(f"cannot mount a tmpfs here: {done.stderr.decode().strip()}")
    try:
        yield mount
    finally:
        subprocess.run(["umount", "-l", str(mount)], capture_output=True)


def _fill(folder: Path) -> Path:
    """Fill the file system `folder` is on, to the last byte."""
    filler = folder / "filler"
    with open(filler, "wb", buffering=0) as fh:
        try:
            while True:
                fh.write(b"\0" * 4096)
                fh.flush()
        except OSError:
            pass
    return filler


def _integrity(db: Path) -> tuple[str, int]:
    conn = sqlite3.connect(db)
    try:
        ok = conn.execute("PRAGMA integrity_check").fetchone()[0]
        counts = conn.execute("SELECT count(*), (SELECT count(*) FROM bodies) FROM documents").fetchone()
        assert counts[0] == counts[1]           # no article without its record
        return ok, counts[0]
    finally:
        conn.close()


def test_disk_full_is_one_line_exit_75_and_the_rerun_stores_everything(collection, small_fs):
    db = small_fs / "c.db"
    keeper = Store(db)              # keeps the WAL and its index in place: the ingest opens, then its writes fail
    keeper.count()
    filler = _fill(small_fs)
    proc = run_marsad("ingest", collection, "--db", str(db), "--workers", "1", "--no-progress")
    keeper.close()
    assert proc.returncode == 75, proc.stderr
    lines = proc.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith(f"marsad: error: {db}: cannot write the corpus database: "
                                                   "the disk is full"), proc.stderr
    assert "cannot rollback" not in proc.stderr and "internal error" not in proc.stderr
    filler.unlink()
    assert _integrity(db) == ("ok", 0)          # the failed batch: nothing of it
    again = run_marsad("ingest", collection, "--db", str(db), "--workers", "1", "--no-progress")
    assert again.returncode == 0, again.stderr
    assert "4 new article(s) stored" in again.stderr
    assert _integrity(db) == ("ok", 4)
    with Store(db, readonly=True) as store:
        assert store.story(1)["documents"][1]["id"] == 2 and store.ungrouped() == []


def test_read_only_file_system_is_one_line_exit_75(collection, small_fs):
    db = small_fs / "c.db"
    Store(db).close()
    assert subprocess.run(["mount", "-o", "remount,ro", str(small_fs)]).returncode == 0
    proc = run_marsad("ingest", collection, "--db", str(db), "--workers", "1", "--no-progress")
    assert proc.returncode == 75, proc.stderr
    lines = proc.stderr.strip().splitlines()
    assert len(lines) == 1 and "the file system is read-only" in lines[0] and lines[0].startswith(f"marsad: error: {db}: "), proc.stderr


def test_a_locked_database_names_the_lock(collection, tmp_path, monkeypatch):
    db = tmp_path / "c.db"
    Store(db).close()
    monkeypatch.setattr(store_sqlite, "PRAGMAS", tuple(p if "busy_timeout" not in p else "PRAGMA busy_timeout = 50"
                                                       for p in store_sqlite.PRAGMAS))
    other = sqlite3.connect(db, isolation_level=None)
    other.execute("BEGIN IMMEDIATE")                    # another writer holds the lock
    try:
        with Store(db) as store, pytest.raises(StorageError, match="locked by another process") as caught:
            ingest([collection], store, workers=1, progress=False)
        assert caught.value.exit_code == 75 and "\n" not in str(caught.value)
    finally:
        other.execute("ROLLBACK")
        other.close()
    assert _integrity(db) == ("ok", 0)


def test_sqlite_full_inside_a_batch_rolls_it_back_whole(tmp_path):
    """SQLite rolls a full transaction back itself; the store must not ROLLBACK it a second time."""
    batch = [prepare(dict(KREMLIN_DENIES, text=f"{KREMLIN_DENIES['text']} ({i})")) for i in range(20)]
    with Store(tmp_path / "c.db") as store:
        conn = store.connection()
        pages = conn.execute("PRAGMA page_count").fetchone()[0]
        conn.execute(f"PRAGMA max_page_count = {pages}")          # the database may not grow
        with pytest.raises(StorageError, match="the disk is full") as caught:
            store.add_prepared(batch)
        assert "cannot rollback" not in str(caught.value)
        assert not conn.in_transaction and store.count() == 0
        conn.execute(f"PRAGMA max_page_count = {10 * pages}")
        assert sum(r.added for r in store.add_prepared(batch)) == 20
