"""`--ner-model` reaches the analysis in every command: analyze, ingest (worker processes), serve, batch.

The model is the tiny random BERT of tests/annotators/entities/test_hf.py, whose classifier
calls every word a place (B-LOC), each word a mention of its own: where the built-in CRF finds
the person فلاديمير بوتين, a run that really used the model finds the place بوتين."""
import json
import socket
import subprocess
import time
import urllib.request

import pytest

from tests.conftest import MARSAD, run_marsad

pytest.importorskip("torch")
pytest.importorskip("transformers")

from tests.annotators.entities.test_hf import TEXT, _tiny_model  # noqa: E402

PUTIN = "فلاديمير بوتين"
SURNAME = "بوتين"


@pytest.fixture(scope="module")
def tiny_model(tmp_path_factory):
    return str(_tiny_model(tmp_path_factory.mktemp("tiny-bert"), "B-LOC"))


def _label_of(record, text):
    (mention,) = [e for e in record["entities"] if e["text"] == text]
    assert record["text"][mention["start"]:mention["end"]] == text
    return mention["label"]


def test_the_built_in_model_finds_a_person_where_the_tiny_one_finds_a_place(tmp_path, tiny_model):
    path = tmp_path / "putin.txt"
    path.write_text(TEXT, encoding="utf-8")
    assert _label_of(json.loads(run_marsad("analyze", str(path)).stdout), PUTIN) == "PER"
    proc = run_marsad("analyze", "--ner-model", tiny_model, str(path))
    assert proc.returncode == 0, proc.stderr
    assert _label_of(json.loads(proc.stdout), SURNAME) == "LOC"


@pytest.mark.slow
def test_ingest_uses_the_model_in_its_worker_processes(tmp_path, tiny_model):
    from marsad.store import Store
    articles = tmp_path / "articles"
    articles.mkdir()
    for i in range(3):
        (articles / f"a{i}.txt").write_text(TEXT + "\n" + "خبر رقم " * (i + 1), encoding="utf-8")
    db = tmp_path / "c.db"
    proc = run_marsad("ingest", "--db", str(db), "--workers", "2", "--no-stories", "--no-progress",
                      "--published", "2024-10-24", "--ner-model", tiny_model, str(articles), timeout=300)
    assert proc.returncode == 0, proc.stderr
    assert "3 new article(s) stored" in proc.stderr
    with Store(db, readonly=True) as store:
        for doc_id in (1, 2, 3):
            record = store.document(doc_id)
            assert _label_of(record, SURNAME) == "LOC" and record["published"] == "2024-10-24"


def test_a_model_that_cannot_load_stops_ingest_and_serve_before_anything_runs(tmp_path):
    missing = str(tmp_path / "no-model")
    for args in (["ingest", "--db", str(tmp_path / "c.db"), "--workers", "2", str(tmp_path)],
                 ["serve", "--no-db", "--port", "8", ]):
        proc = run_marsad(*args, "--ner-model", missing)
        lines = proc.stderr.strip().splitlines()
        assert proc.returncode != 0 and len(lines) == 1, proc.stderr
        assert lines[0].startswith("marsad: error: cannot load the NER model"), lines[0]


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.mark.slow
def test_serve_analyses_posted_articles_with_the_model(tmp_path, tiny_model):
    port = _free_port()
    log = (tmp_path / "serve.log").open("wb")
    proc = subprocess.Popen([str(MARSAD), "serve", "--no-db", "--port", str(port), "--rate", "0",
                             "--published", "2024-10-24", "--ner-model", tiny_model, "--workers", "1"],
                            stdout=log, stderr=subprocess.STDOUT)
    base = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 120
        while True:
            try:
                with urllib.request.urlopen(base + "/health", timeout=2):
                    break
            except OSError:
                if proc.poll() is not None or time.monotonic() > deadline:
                    pytest.fail(f"marsad serve did not start: {(tmp_path / 'serve.log').read_text()}")
                time.sleep(0.2)
        request = urllib.request.Request(base + "/analyze", data=json.dumps({"text": TEXT}).encode(),
                                         headers={"Content-Type": "application/json"})
        with urllib.request.urlopen(request, timeout=60) as response:
            record = json.loads(response.read())
        assert _label_of(record, SURNAME) == "LOC"
        assert (record["published"], record["published_source"]) == ("2024-10-24", "given")
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            proc.kill()
        log.close()


def test_batch_workers_analyse_with_the_model(tiny_model):
    from marsad.batch.run import analyse_chunk
    from marsad.corpus.sources import Item
    from marsad.document import Document
    from marsad.run import Options
    rows = analyse_chunk([(Item("a", Document(TEXT)), "hash-a", None, None, None)], Options(ner_model=tiny_model))
    (row,) = rows
    assert _label_of(json.loads(row["record"]), SURNAME) == "LOC"
