"""POST /analyze: JSON, plain text or an HTML page in, the document record out; nothing stored."""
import pytest
from fastapi.testclient import TestClient

from marsad.api import create_app
from tests.api.conftest import assert_error
from tests.conftest import EXAMPLE

ARTICLE = "قال وزير الخارجية إن المحادثات ستستأنف الأسبوع المقبل في الدوحة."


@pytest.fixture
def bare():
    """The API without a corpus: analysis only."""
    with TestClient(create_app(None, rate=None, analysis_workers=0), raise_server_exceptions=False) as c:
        yield c


def test_json_text_gives_the_record_with_the_text_unchanged(bare):
    text = EXAMPLE.read_text(encoding="utf-8")
    r = bare.post("/analyze", json={"text": text, "published": "2024-11-21", "id": "ex-1"})
    assert r.status_code == 200, r.text
    record = r.json()
    assert record["schema"] == "marsad.document/1"
    assert record["text"] == text and record["id"] == "ex-1"
    assert (record["published"], record["published_source"]) == ("2024-11-21", "given")
    assert [b["text"] for b in record["boilerplate"]][0] == "تابعونا على تويتر وفيسبوك"
    for layer in ("entities", "quotes", "claims", "timexes", "quantities"):
        assert isinstance(record[layer], list)
    assert record["pipeline"][0]["stage"] == "paragraphs"


def test_a_raw_text_body_and_the_published_query_parameter(bare):
    r = bare.post("/analyze?published=2024-10-24&id=raw", content=ARTICLE.encode("utf-8"),
                  headers={"content-type": "text/plain; charset=utf-8"})
    assert r.status_code == 200, r.text
    assert r.json()["text"] == ARTICLE and r.json()["published"] == "2024-10-24" and r.json()["id"] == "raw"


def test_a_windows_1256_body_is_decoded(bare):
    r = bare.post("/analyze", content=ARTICLE.encode("cp1256"), headers={"content-type": "text/plain"})
    assert r.status_code == 200, r.text
    assert r.json()["text"] == ARTICLE and r.json()["meta"]["encoding"] == "cp1256"


def test_an_html_page_is_reduced_to_its_main_text(bare):
    page = ("<html><head><title>محادثات الدوحة</title></head><body><nav>الرئيسية | اتصل بنا</nav>"
            f"<article><h1>محادثات الدوحة</h1><p>{ARTICLE}</p><p>{ARTICLE}</p></article></body></html>")
    r = bare.post("/analyze", content=page.encode("utf-8"), headers={"content-type": "text/html"})
    assert r.status_code == 200, r.text
    record = r.json()
    assert ARTICLE in record["text"] and "<p>" not in record["text"]
    assert record["meta"]["source_format"] == "html"


def test_script_in_the_text_comes_back_as_text(bare):
    text = "قال المتحدث <script>alert(1)</script> إن الاجتماع انتهى."
    r = bare.post("/analyze", json={"text": text})
    assert r.status_code == 200 and r.json()["text"] == text


@pytest.mark.parametrize("kwargs, fragment", [
    ({"json": {"text": ARTICLE, "published": "2024-02-30"}}, "not a calendar date"),
    ({"json": {"text": ARTICLE, "published": "24/10/2024"}}, "YYYY-MM-DD"),
    ({"json": {"text": ""}}, "empty"),
    ({"json": {"text": ARTICLE, "html": "<p>x</p>"}}, "exactly one"),
    ({"json": {"texte": ARTICLE}}, "unknown field"),
    ({"json": ["نص"]}, "JSON object"),
    ({"json": {"text": 42}}, "must be a string"),
    ({"content": b"{not json", "headers": {"content-type": "application/json"}}, "not valid JSON"),
    ({"content": b"", "headers": {"content-type": "text/plain"}}, "empty body"),
    ({"content": b"\x00\x01\x02\xff" * 40, "headers": {"content-type": "text/plain"}}, ""),
])
def test_bad_input_is_a_422_with_the_reason(bare, kwargs, fragment):
    error = assert_error(bare.post("/analyze", **kwargs), 422, "invalid_input")
    assert fragment in error["message"]


def test_bad_published_query_parameter(bare):
    assert_error(bare.post("/analyze?published=yesterday", content=ARTICLE.encode(),
                           headers={"content-type": "text/plain"}), 422, "invalid_input")


def test_an_unknown_body_type_is_a_415(bare):
    error = assert_error(bare.post("/analyze", content=b"x", headers={"content-type": "image/png"}), 415)
    assert "image/png" in error["message"]


def test_an_article_over_the_analysis_limit_is_refused():
    app = create_app(None, rate=None, max_article_bytes=1000, analysis_workers=0)
    with TestClient(app) as c:
        error = assert_error(c.post("/analyze", json={"text": "ا" * 600}), 422, "invalid_input")
        assert "over the limit of 1,000" in error["message"]


def test_analyze_does_not_store(client, ids):
    before = client.get("/documents").json()["corpus_size"]
    assert client.post("/analyze", json={"text": ARTICLE}).status_code == 200
    assert client.get("/documents").json()["corpus_size"] == before == len(ids)
