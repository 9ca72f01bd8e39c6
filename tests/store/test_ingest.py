import json
import os
import signal
import sqlite3
import subprocess
import sys
import time

import psutil
import pytest

from marsad.store.ingest import ingest
from marsad.store import Store
from tests.conftest import MARSAD, run_marsad
from tests.corpus_fixtures import KREMLIN_DENIES, PENTAGON_CONFIRMS, TREATY


def test_ingest_stores_each_article_once_and_counts_the_empty_one_apart(collection, tmp_path):
    with Store(tmp_path / "c.db") as store:
        errors = []
        report = ingest([collection], store, workers=1, progress=False, on_error=errors.append)
        assert (report.seen, report.added, report.present, report.empty, report.failed) == (5, 4, 0, 1, 0)
        assert errors == [] and report.empties == [f"{collection}!2015-07-21.json#4"]
        assert report.pipeline and report.pipeline[0] == "paragraphs"
        again = ingest([collection], store, workers=1, progress=False)
        assert (again.added, again.present, again.empty, again.failed) == (0, 4, 1, 0)
        assert store.count() == 4
        doc = store.document(1)
        assert doc["corpus"]["source"] == "was" and doc["published"] == "2015-07-21"
        assert doc["meta"]["title"] == "وزير الحج: استقبال أول وفود الحجاج الأسبوع المقبل"
        # The wire copy and its edited reprint are one story.
        assert store.document(2)["corpus"]["story"] == 1
        assert [d["id"] for d in store.story(1)["documents"]] == [1, 2]
        assert store.search("الحجاج", source="aleqtisadiya")["total"] == 1


def test_ingest_with_two_worker_processes_matches_one(collection, tmp_path):
    with Store(tmp_path / "one.db") as one, Store(tmp_path / "two.db") as two:
        ingest([collection], one, workers=1, progress=False)
        report = ingest([collection], two, workers=2, progress=False)
        assert report.added == 4
        for doc_id in range(1, 5):
            assert one.document(doc_id) == two.document(doc_id)


def test_cli_ingest_reports_empty_records_and_exits_0_when_everything_readable_was_stored(collection, tmp_path):
    db = tmp_path / "c.db"
    proc = run_marsad("ingest", "--db", str(db), "--workers", "1", collection)
    assert proc.returncode == 0, proc.stderr
    assert "4 new article(s) stored, 0 already stored, 1 empty, 0 failed" in proc.stderr
    assert f"1 empty record(s) (no title and no text) not stored: {collection}!2015-07-21.json#4" in proc.stderr
    # A rerun that stores nothing is no failure either (set -e scripts, cron jobs).
    proc = run_marsad("ingest", "--db", str(db), "--workers", "1", "--quiet", collection)
    assert proc.returncode == 0, proc.stderr
    assert "0 new article(s) stored, 4 already stored, 1 empty, 0 failed" in proc.stderr


def test_cli_ingest_exits_3_when_an_article_cannot_be_read(collection, tmp_path):
    broken = tmp_path / "broken.jsonl"
    broken.write_text('{"id": "a", "text": "نفت الوزارة الخبر."}\n{not json\n', encoding="utf-8")
    proc = run_marsad("ingest", "--db", str(tmp_path / "c.db"), "--workers", "1", collection, str(broken))
    assert proc.returncode == 3, proc.stderr
    assert "5 new article(s) stored, 0 already stored, 1 empty, 1 failed" in proc.stderr
    assert f"marsad: skipped: {broken}: line 2: not valid JSON" in proc.stderr


def _records(n: int):
    for i in range(n):
        record = json.loads(json.dumps([KREMLIN_DENIES, PENTAGON_CONFIRMS, TREATY][i % 3]))
        record["id"] = f"r{i}"
        record["meta"]["url"] = f"https://example.com/article/{i}"
        yield record


def _integrity(db) -> dict:
    """Counts that only agree when every stored article is whole."""
    conn = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
    q = lambda sql: conn.execute(sql).fetchone()[0]   # noqa: E731
    out = {
        "documents": q("SELECT count(*) FROM documents"),
        "distinct_hashes": q("SELECT count(DISTINCT hash) FROM documents"),
        "distinct_urls": q("SELECT count(DISTINCT url) FROM documents"),
        "indexed": q("SELECT count(*) FROM doc_fts"),
        "orphan_mentions": q("SELECT count(*) FROM mentions WHERE doc_id NOT IN (SELECT id FROM documents)"),
        "orphan_quotes": q("SELECT count(*) FROM quotes WHERE doc_id NOT IN (SELECT id FROM documents)"),
        "orphan_claims": q("SELECT count(*) FROM claims WHERE doc_id NOT IN (SELECT id FROM documents)"),
        "docs_missing_mentions": q("SELECT count(*) FROM documents d WHERE n_entities !="
                                   " (SELECT count(DISTINCT entity_id) FROM mentions m WHERE m.doc_id = d.id)"),
        "docs_missing_quotes": q("SELECT count(*) FROM documents d WHERE n_quotes !="
                                 " (SELECT count(*) FROM quotes q WHERE q.doc_id = d.id)"),
        "entity_counter_drift": q("SELECT (SELECT coalesce(sum(mentions), 0) FROM entities)"
                                  " - (SELECT count(*) FROM mentions)"),
    }
    conn.close()
    return out


@pytest.mark.slow
def test_killed_ingest_reruns_to_every_article_exactly_once(tmp_path):
    """SIGKILL mid-ingest (two worker processes, a transaction per article), then rerun."""
    total = 600
    source = tmp_path / "records.jsonl"
    source.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in _records(total)), encoding="utf-8")
    db = tmp_path / "corpus.db"
    args = [str(MARSAD), "ingest", "--db", str(db), "--workers", "2", "--batch-size", "1", "--no-stories",
            str(source)]
    proc = subprocess.Popen(args, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    stored = 0
    deadline = time.monotonic() + 60
    while stored < 60:
        assert proc.poll() is None, f"ingest ended before it could be killed: {proc.stderr.read().decode()}"
        assert time.monotonic() < deadline, "ingest stored nothing within a minute"
        time.sleep(0.02)
        if db.exists():
            try:
                stored = _integrity(db)["documents"]
            except sqlite3.OperationalError:       # tables not created yet
                pass
    workers = psutil.Process(proc.pid).children(recursive=True)
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait()
    proc.stderr.close()
    # The workers notice their parent is gone and leave.
    gone, alive = psutil.wait_procs(workers, timeout=5)
    assert not alive, f"orphaned workers: {alive}"

    midway = _integrity(db)
    assert 60 <= midway["documents"] < total, "the kill did not land mid-ingest"
    assert midway["documents"] == midway["distinct_hashes"] == midway["indexed"]
    assert all(midway[k] == 0 for k in midway if k.startswith(("orphan", "docs_missing", "entity_counter")))

    rerun = subprocess.run(args, capture_output=True, timeout=120)
    assert rerun.returncode == 0, rerun.stderr.decode()
    assert f"{total - midway['documents']:,} new article(s) stored, {midway['documents']:,} already stored" \
        in rerun.stderr.decode()
    final = _integrity(db)
    assert final["documents"] == final["distinct_hashes"] == final["distinct_urls"] == final["indexed"] == total
    assert all(final[k] == 0 for k in final if k.startswith(("orphan", "docs_missing", "entity_counter")))
    with Store(db, readonly=True) as store:
        assert store.entity("LOC:كورسك")["documents"] == 400
        assert store.search("معاهدة")["total"] == 200


def test_worker_failure_is_reported_not_fatal(tmp_path):
    bad = json.loads(json.dumps(TREATY))
    bad["claims"] = [{"cue": None, "content": None, "stance": "deny"}]      # a broken record
    path = tmp_path / "r.jsonl"
    path.write_text(json.dumps(bad, ensure_ascii=False) + "\n" + json.dumps(KREMLIN_DENIES, ensure_ascii=False) + "\n",
                    encoding="utf-8")
    with Store(tmp_path / "c.db") as store:
        errors = []
        report = ingest([str(path)], store, workers=1, progress=False, on_error=errors.append)
        assert (report.added, report.failed) == (1, 1)
        assert errors[0].startswith(f"{path}:1: TypeError")
        assert store.count() == 1


if __name__ == "__main__":      # pragma: no cover
    sys.exit(pytest.main([__file__, "-q"]))
