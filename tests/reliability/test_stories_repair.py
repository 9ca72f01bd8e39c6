"""Story groups after a crash: an article a killed run stored but never grouped is grouped by the
next run (ingest, web ingest, regroup), and grouping twice changes nothing."""
from __future__ import annotations

import sqlite3

import pytest

from marsad.corpus import stories as stories_mod
from marsad.store import Store
from marsad.store.ingest import ingest
from tests.conftest import run_marsad
from tests.corpus.conftest import collection  # noqa: F401  (the SaudiNewsNet-shaped zip)


def _groups(store: Store) -> dict[int, list[int]]:
    return {g["id"]: [d["id"] for d in store.story(g["id"])["documents"]] for g in store.stories()}


def test_a_rerun_groups_what_a_run_killed_before_grouping_stored(collection, tmp_path):
    with Store(tmp_path / "clean.db") as clean:
        ingest([collection], clean, workers=1, progress=False)
        expected = _groups(clean)
    assert expected == {1: [1, 2]}          # the wire copy and its edited reprint
    with Store(tmp_path / "killed.db") as store:
        # The killed run: every article committed, the stories phase never reached.
        first = ingest([collection], store, workers=1, progress=False, stories=False)
        assert first.added == 4 and store.ungrouped() == [1, 2, 3, 4] and _groups(store) == {}
        rerun = ingest([collection], store, workers=1, progress=False)
        assert rerun.added == 0 and rerun.present == 4
        assert _groups(store) == expected
        assert store.ungrouped() == []
        assert store.document(2)["corpus"]["story"] == 1


def test_a_crash_inside_the_grouping_leaves_everything_to_the_next_one(collection, tmp_path, monkeypatch):
    with Store(tmp_path / "c.db") as store:
        real = stories_mod._write_groups

        def crash(store_, roots, asked):
            conn = store_.connection()
            conn.execute("BEGIN IMMEDIATE")
            conn.execute("DELETE FROM ungrouped")
            conn.execute("UPDATE documents SET story = 1 WHERE id = 2")
            raise KeyboardInterrupt                     # as kill -9 would: nothing committed
        monkeypatch.setattr(stories_mod, "_write_groups", crash)
        with pytest.raises(KeyboardInterrupt):
            ingest([collection], store, workers=1, progress=False)
        store.connection().execute("ROLLBACK")
        assert store.count() == 4 and store.ungrouped() == [1, 2, 3, 4] and _groups(store) == {}
        monkeypatch.setattr(stories_mod, "_write_groups", real)
        ingest([collection], store, workers=1, progress=False)
        assert _groups(store) == {1: [1, 2]} and store.ungrouped() == []


def test_grouping_is_idempotent(collection, tmp_path):
    with Store(tmp_path / "c.db") as store:
        ingest([collection], store, workers=1, progress=False)
        before = {d["id"]: d["story"] for d in store.documents(limit=10)}
        assert store.update_stories()["changed"] == 0
        assert store.update_stories([1, 2, 3, 4])["changed"] == 0
        assert {d["id"]: d["story"] for d in store.documents(limit=10)} == before


def test_cli_rerun_after_no_stories_groups_and_an_old_corpus_is_taken_up(collection, tmp_path):
    db = tmp_path / "c.db"
    assert run_marsad("ingest", collection, "--db", str(db), "--workers", "1", "--no-stories").returncode == 0
    # As a corpus of schema 6 would be: no record of what was grouped.
    conn = sqlite3.connect(db)
    conn.execute("DROP TABLE ungrouped")
    conn.execute("UPDATE meta SET value = '6' WHERE key = 'schema'")
    conn.commit()
    conn.close()
    with Store(db) as store:            # the upgrade marks every article still alone in its story
        assert store.ungrouped() == [1, 2, 3, 4]
    proc = run_marsad("ingest", collection, "--db", str(db), "--workers", "1")
    assert proc.returncode == 0, proc.stderr
    assert "0 new article(s) stored, 4 already stored" in proc.stderr
    assert "1 verified copy pair(s)" in proc.stderr
    with Store(db, readonly=True) as store:
        assert _groups(store) == {1: [1, 2]} and store.ungrouped() == []
