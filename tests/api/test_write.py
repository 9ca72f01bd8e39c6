"""Writes: the store opens read-only unless a write token is set; POST /documents needs it."""
import shutil

import pytest
from fastapi.testclient import TestClient

from marsad.api import create_app
from tests.api.conftest import assert_error
from tests.web.corpus import follow_up_record

TOKEN = "s3cret-token"
ARTICLE = "أعلنت وزارة الصحة الأردنية، الخميس، تسجيل 12 إصابة جديدة بالحصبة في محافظة إربد."


@pytest.fixture
def writable(corpus_db, tmp_path):
    path = tmp_path / "copy.db"
    shutil.copy(corpus_db[0], path)
    with TestClient(create_app(path, write_token=TOKEN, rate=None, analysis_workers=0), raise_server_exceptions=False) as c:
        yield c


def test_read_only_server_refuses_writes(client):
    assert client.app.state.corpus.writable is False and client.app.state.corpus._store.readonly is True
    error = assert_error(client.post("/documents", json={"text": ARTICLE},
                                     headers={"authorization": f"Bearer {TOKEN}"}), 403, "writes_disabled")
    assert "read-only" in error["message"]


def test_writes_need_the_bearer_token(writable):
    assert_error(writable.post("/documents", json={"text": ARTICLE}), 401, "unauthorized")
    assert_error(writable.post("/documents", json={"text": ARTICLE}, headers={"authorization": "Basic abc"}), 401)
    assert_error(writable.post("/documents", json={"text": ARTICLE}, headers={"authorization": "Bearer wrong"}),
                 403, "forbidden")
    assert writable.get("/documents").json()["corpus_size"] == 4


def test_an_article_is_analysed_and_stored_once(writable):
    auth = {"authorization": f"Bearer {TOKEN}"}
    r = writable.post("/documents", json={"text": ARTICLE, "published": "2024-12-05", "source": "البترا",
                                          "url": "https://petra.example/1"}, headers=auth)
    assert r.status_code == 201, r.text
    doc_id = r.json()["id"]
    assert r.json()["added"] is True
    again = writable.post("/documents", json={"text": ARTICLE, "published": "2024-12-05", "source": "البترا",
                                              "url": "https://petra.example/1"}, headers=auth)
    assert again.status_code == 200 and again.json() == {"id": doc_id, "added": False}
    stored = writable.get(f"/documents/{doc_id}").json()
    assert stored["text"] == ARTICLE and stored["corpus"]["source"] == "البترا"
    assert writable.get("/documents").json()["corpus_size"] == 5


def test_a_raw_text_body_with_query_fields(writable):
    r = writable.post("/documents?source=%D8%A7%D9%84%D8%BA%D8%AF&published=2024-12-06",
                      content=ARTICLE.replace("12", "14").encode(), headers={"authorization": f"Bearer {TOKEN}",
                                                                             "content-type": "text/plain"})
    assert r.status_code == 201, r.text
    assert writable.get(f"/documents/{r.json()['id']}").json()["corpus"]["source"] == "الغد"


def test_an_analysed_record_can_be_stored_as_is(writable):
    record = follow_up_record()
    record["text"] = record["text"] + " "            # another text, so not already stored
    r = writable.post("/documents", json={"record": record, "source": "المدى"},
                      headers={"authorization": f"Bearer {TOKEN}"})
    assert r.status_code == 201, r.text
    stored = writable.get(f"/documents/{r.json()['id']}").json()
    assert stored["quotes"][0]["text"] == "لم تصلنا حتى الآن سوى 30% من التمويل المطلوب"


def test_a_broken_record_is_refused(writable):
    record = follow_up_record()
    record["entities"][0]["end"] = 10 ** 6
    error = assert_error(writable.post("/documents", json={"record": record},
                                       headers={"authorization": f"Bearer {TOKEN}"}), 422, "invalid_input")
    assert "marsad.document/1" in error["message"]
    assert_error(writable.post("/documents", json={"record": {"schema": "other"}},
                               headers={"authorization": f"Bearer {TOKEN}"}), 422)


def test_a_missing_database_is_an_error_unless_writable(tmp_path):
    with pytest.raises(FileNotFoundError, match="no such corpus"):
        create_app(tmp_path / "absent.db")
    app = create_app(tmp_path / "new.db", write_token=TOKEN)
    assert (tmp_path / "new.db").exists() and app.state.corpus.writable
    with pytest.raises(ValueError):
        create_app(tmp_path / "new.db", write_token="  ")
