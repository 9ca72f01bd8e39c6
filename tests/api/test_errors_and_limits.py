"""One error shape for every failure; request-size and rate limits."""
import pytest
from fastapi.testclient import TestClient

from marsad.api import create_app
from marsad.api.limits import TokenBuckets
from tests.api.conftest import assert_error


@pytest.fixture
def bare():
    with TestClient(create_app(None, rate=None, analysis_workers=0), raise_server_exceptions=False) as c:
        yield c


def test_unknown_path_and_wrong_method(bare):
    assert "/nowhere" not in assert_error(bare.get("/nowhere"), 404, "not_found")["message"]   # no echo
    assert "DELETE" in assert_error(bare.delete("/analyze"), 405, "method_not_allowed")["message"]
    assert_error(bare.get("/analyze"), 405, "method_not_allowed")


def test_corpus_routes_without_a_corpus_say_so(bare):
    assert_error(bare.get("/documents"), 404, "no_corpus")
    assert_error(bare.get("/search", params={"q": "العراق"}), 404, "no_corpus")
    assert bare.get("/health").json()["documents"] is None


def test_a_body_over_the_limit_is_413_by_its_declared_length():
    with TestClient(create_app(None, rate=None, max_body_bytes=1000)) as c:
        error = assert_error(c.post("/analyze", content="ب".encode() * 600, headers={"content-type": "text/plain"}),
                             413, "too_large")
        assert "1,200 bytes" in error["message"] and "1,000" in error["message"]


def test_a_streamed_body_over_the_limit_is_413_too():
    def chunks():                     # no Content-Length: the limit is counted as the body arrives
        for _ in range(10):
            yield "ب".encode() * 100

    with TestClient(create_app(None, rate=None, max_body_bytes=1000)) as c:
        r = c.post("/analyze", content=chunks(), headers={"content-type": "text/plain"})
        assert_error(r, 413, "too_large")


def test_a_body_under_the_limit_passes():
    with TestClient(create_app(None, rate=None, max_body_bytes=10_000)) as c:
        assert c.post("/analyze", json={"text": "قال الوزير إن الاجتماع انتهى."}).status_code == 200


def test_the_rate_limit_answers_429_with_retry_after():
    with TestClient(create_app(None, rate=0.5, burst=3)) as c:
        assert [c.get("/health").status_code for _ in range(3)] == [200, 200, 200]
        r = c.get("/health")
        error = assert_error(r, 429, "rate_limited")
        assert int(r.headers["retry-after"]) >= 1 and "try again" in error["message"]
        # Static files are not counted.
        assert c.get("/static/marsad.css").status_code == 200


def test_token_buckets_refill_with_time():
    now = [0.0]
    buckets = TokenBuckets(rate=2, burst=2, clock=lambda: now[0])
    assert buckets.take("a") == 0 and buckets.take("a") == 0
    assert buckets.take("a") == pytest.approx(0.5)
    assert buckets.take("b") == 0                   # another client has its own bucket
    now[0] = 0.5
    assert buckets.take("a") == 0
    assert buckets.take("a") > 0


def test_token_buckets_forget_idle_clients_when_full():
    now = [0.0]
    buckets = TokenBuckets(rate=1, burst=1, max_keys=10, clock=lambda: now[0])
    for i in range(10):
        buckets.take(f"c{i}")
    now[0] = 100.0
    buckets.take("new")
    assert len(buckets._buckets) == 1


def test_internal_errors_have_the_shape_and_no_traceback(corpus_db, monkeypatch):
    app = create_app(corpus_db[0], rate=None)

    def broken(*args, **kwargs):
        raise RuntimeError("disk on fire /secret/path")

    monkeypatch.setattr(app.state.corpus._store, "sources", broken)
    with TestClient(app, raise_server_exceptions=False) as c:
        error = assert_error(c.get("/sources"), 500, "internal_error")
        assert "secret" not in error["message"] and "RuntimeError" in error["message"]


def test_pages_fail_with_an_arabic_html_page_of_the_same_status(client):
    r = client.get("/ui/documents/999999")
    assert r.status_code == 404 and r.headers["content-type"].startswith("text/html")
    assert 'dir="rtl"' in r.text and "غير موجود" in r.text and 'data-code="not_found"' in r.text
    assert client.get("/ui/no-such-page").status_code == 404


def test_openapi_schema_lists_the_routes_and_the_error_shape(bare):
    schema = bare.get("/openapi.json").json()
    for path in ("/analyze", "/documents", "/documents/{doc_id}", "/search", "/entities/{entity_id}", "/quotes",
                 "/claims", "/stories/{story_id}"):
        assert path in schema["paths"]
    assert not any(p.startswith("/ui") for p in schema["paths"])
    assert "ErrorResponse" in schema["components"]["schemas"]
    body = schema["paths"]["/analyze"]["post"]["requestBody"]["content"]
    assert set(body) == {"application/json", "text/plain", "text/html"}
