import json

import pyarrow.parquet as pq
import pytest

from marsad.batch import run_batch
from marsad.batch.shards import COLUMNS
from marsad.store import Store
from tests.conftest import run_marsad
from tests.corpus.conftest import ARTICLES

HTML = ("<html><head><title>وزير الطاقة: تحرير أسعار الوقود مطلع أغسطس</title>"
        "<meta property=\"og:site_name\" content=\"الاقتصادية\"></head><body><nav>الرئيسية | اقتصاد</nav><article>"
        "<p>أعلن وزير الطاقة سهيل المزروعي يوم الأربعاء أن تحرير أسعار الوقود يبدأ مطلع أغسطس المقبل.</p>"
        "<p>وقال المزروعي إن القرار \"سيعزز الاقتصاد الوطني ويحافظ على الموارد\"، مضيفا أن الأسعار "
        "ستراجع شهريا وفقا للأسعار العالمية.</p></article><footer>جميع الحقوق محفوظة</footer></body></html>")


@pytest.fixture
def inputs(tmp_path, kursk_text):
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "kursk.txt").write_text(kursk_text, encoding="utf-8")
    (folder / "treaty.txt").write_text(
        "وافق مجلس الوزراء السعودي خلال جلسته في الرياض يوم الاثنين على المعاهدة الدولية لمكافحة الإرهاب.\n"
        "وقال وزير الإعلام عادل الطريفي: \"المملكة ملتزمة بتنفيذ بنود المعاهدة كاملة\".", encoding="utf-8")
    (folder / "fuel.html").write_text(HTML, encoding="utf-8")
    lines = [{"id": "wire-1", "text": ARTICLES[0]["content"], "published": "2015-07-21"},
             {"id": "health", "text": ARTICLES[3]["content"]}]
    (tmp_path / "lines.jsonl").write_text("".join(json.dumps(x, ensure_ascii=False) + "\n" for x in lines),
                                          encoding="utf-8")
    return folder, tmp_path / "lines.jsonl"


def _shard_records(out) -> dict:
    records = {}
    for shard in sorted(out.glob("part-*.parquet")):
        table = pq.read_table(shard)
        assert table.schema.names == [name for name, _ in COLUMNS]
        for raw in table.column("record").to_pylist():
            record = json.loads(raw)
            records[record["id"]] = record
    return records


@pytest.mark.slow
def test_batch_on_a_two_worker_local_cluster_matches_analyze(inputs, tmp_path):
    folder, lines = inputs
    out = tmp_path / "shards"
    proc = run_marsad("batch", str(folder), str(lines), "--out", str(out), "--workers", "2", "--chunk-size", "2",
                      timeout=120)
    assert proc.returncode == 0, proc.stderr
    assert "5 article(s) in 3 shard(s)" in proc.stderr and "2 worker(s) at tcp://127.0.0.1:" in proc.stderr
    records = _shard_records(out)
    assert sorted(records) == ["fuel", "health", "kursk", "treaty", "wire-1"]

    for name in ("kursk.txt", "treaty.txt", "fuel.html"):
        analyzed = run_marsad("analyze", str(folder / name))
        assert analyzed.returncode == 0, analyzed.stderr
        expected = json.loads(analyzed.stdout)
        assert records[expected["id"]] == expected
    analyzed = run_marsad("analyze", "--jsonl", str(lines))
    for line in analyzed.stdout.splitlines():
        expected = json.loads(line)
        assert records[expected["id"]] == expected

    # The shards are ingest's input too: the same records, stored.
    with Store(tmp_path / "c.db") as store:
        from marsad.store.ingest import ingest
        report = ingest([str(out)], store, workers=1, progress=False)
        assert report.added == 5
        stored = {store.document(i)["id"]: store.document(i) for i in range(1, 6)}
        for doc_id, record in records.items():
            stored[doc_id].pop("corpus")          # the store adds where it stands; the record is otherwise the same
            assert stored[doc_id] == record
        fuel = [d for d in store.documents() if d["title"] and d["title"].startswith("وزير الطاقة")]
        assert fuel and fuel[0]["source"] == "الاقتصادية"


def test_batch_on_an_existing_scheduler_and_resume(inputs, tmp_path):
    from dask.distributed import LocalCluster
    folder, lines = inputs
    out = tmp_path / "shards"
    with LocalCluster(n_workers=1, threads_per_worker=1, processes=False, protocol="tcp", host="127.0.0.1",
                      dashboard_address=None) as cluster:
        first = run_batch([folder], out, scheduler=cluster.scheduler_address, chunk_size=2)
        assert (first.articles, first.shards_written, first.shards_kept, first.workers) == (3, 2, 0, 1)
        assert first.scheduler == cluster.scheduler_address
        # A rerun keeps whole shards; a half-written one is redone.
        (out / "part-00001.parquet").write_bytes(b"PAR1 broken")
        second = run_batch([folder], out, scheduler=cluster.scheduler_address, chunk_size=2)
        assert (second.articles, second.shards_written, second.shards_kept) == (3, 1, 1)
    assert len(_shard_records(out)) == 3


def test_batch_cli_refuses_a_bad_scheduler_address(tmp_path):
    proc = run_marsad("batch", str(tmp_path), "--out", str(tmp_path / "o"), "--scheduler", "localhost:8786")
    assert proc.returncode == 3 and "tcp://HOST:PORT" in proc.stderr
