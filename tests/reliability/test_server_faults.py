"""`marsad serve` under hostile load: heavy articles, slow and greedy clients, hostile JSON.

Heavy articles are analysed in worker processes (a normal one is answered while two heavy ones
run; one over the time limit gets 503 and its worker is replaced), slow clients are cut off
(408) and one client's connections are capped (429), JSON that would blow the parser's stack or
holds an unpaired surrogate gets 422, never 500. The servers run on 127.0.0.1 only."""
import http.client
import json
import socket
import threading
import time

import pytest
from fastapi.testclient import TestClient

from marsad.api import create_app
from tests.api.conftest import assert_error
from tests.conftest import EXAMPLE
from tests.reliability.live import live, read_until_closed

ARTICLE = EXAMPLE.read_text(encoding="utf-8")
HEAVY = "\n\n".join([ARTICLE] * 20)          # about 37 KB: seconds of analysis, a normal article a fraction
SENTENCE = "قال وزير الخارجية العراقي فؤاد حسين إن بغداد ترفض التدخل."
TOKEN = "reliability-token"


def _post(port: int, body: dict, path: str = "/analyze", timeout: float = 300) -> tuple[int, dict]:
    conn = http.client.HTTPConnection("127.0.0.1", port, timeout=timeout)
    try:
        conn.request("POST", path, json.dumps(body), {"Content-Type": "application/json"})
        response = conn.getresponse()
        return response.status, json.loads(response.read())
    finally:
        conn.close()


def _assert_sentence_record(record: dict) -> None:
    assert record["text"] == SENTENCE
    person = next(e for e in record["entities"] if e["label"] == "PER")
    assert (person["start"], person["end"]) == (26, 35)
    assert SENTENCE[person["start"]:person["end"]] == person["text"] == "فؤاد حسين"


@pytest.mark.slow
def test_a_normal_article_is_answered_while_two_heavy_ones_are_analysed():
    app = create_app(None, rate=None, analysis_workers=3, analysis_time_limit=600)
    app.state.analyser.warm()
    finished = []                      # (name, status, body), in the order the answers came

    def post(name, text):
        status, body = _post(port, {"text": text}, timeout=600)
        finished.append((name, status, body))

    with live(app) as (_, port):
        heavy = [threading.Thread(target=post, args=(f"heavy {i}", HEAVY)) for i in (1, 2)]
        for t in heavy:
            t.start()
        deadline = time.monotonic() + 120
        while app.state.analyser.busy < 2:                 # both heavy articles are being analysed
            assert time.monotonic() < deadline and all(t.is_alive() for t in heavy), finished
            time.sleep(0.02)
        post("normal", SENTENCE)
        for t in heavy:
            t.join(600)
    assert [name for name, _, _ in finished][0] == "normal"
    assert [status for _, status, _ in finished] == [200, 200, 200]
    _assert_sentence_record(finished[0][2])
    assert all(body["text"] == HEAVY for name, _, body in finished if name.startswith("heavy"))


@pytest.mark.slow
def test_an_analysis_over_the_time_limit_gets_503_and_its_worker_is_replaced():
    app = create_app(None, rate=None, analysis_workers=1, analysis_time_limit=1)
    with TestClient(app, raise_server_exceptions=False) as client:
        app.state.analyser.warm()
        (first,) = app.state.analyser._all
        error = assert_error(client.post("/analyze", json={"text": "\n\n".join([ARTICLE] * 40)}), 503,
                             "analysis_timeout")
        assert "1 s" in error["message"]
        assert not first.process.is_alive()                 # killed, not left running
        assert app.state.analyser.busy == 0
        app.state.analyser.time_limit = 120                  # the replacement is loading its models
        r = client.post("/analyze", json={"text": SENTENCE})
        assert r.status_code == 200, r.text
        _assert_sentence_record(r.json())
        assert app.state.analyser._all[0] is not first


def _raw(port: int) -> socket.socket:
    return socket.create_connection(("127.0.0.1", port), timeout=30)


def test_slow_headers_and_slow_bodies_are_cut_off():
    app = create_app(None, rate=None, analysis_workers=0, body_timeout=1)
    with live(app, header_timeout=1) as (_, port):
        trickle, idle, slow_body = _raw(port), _raw(port), _raw(port)
        trickle.sendall(b"GET /health HTTP/1.1\r\nHost: 127.0.0.1\r\n")      # headers never finished
        slow_body.sendall(b"POST /analyze HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: text/plain\r\n"
                          b"Content-Length: 1000\r\n\r\n" + "قال".encode())     # 6 of 1000 bytes
        answered = read_until_closed(trickle)
        assert answered.startswith(b"HTTP/1.1 408 ") and b'"code": "timeout"' in answered
        assert b"x-content-type-options: nosniff" in answered.lower()
        assert read_until_closed(idle) == b""                                 # closed without a word
        answered = read_until_closed(slow_body)
        assert answered.startswith(b"HTTP/1.1 408 ") and b"request body not received within 1 s" in answered
        for conn in (trickle, idle, slow_body):
            conn.close()
        fresh = _raw(port)                                                   # the server still answers
        fresh.sendall(b"GET /health HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n")
        assert read_until_closed(fresh).startswith(b"HTTP/1.1 200 ")
        fresh.close()


def test_one_client_gets_a_capped_number_of_connections():
    app = create_app(None, rate=None, analysis_workers=0)
    with live(app, header_timeout=60, max_per_client=3) as (_, port):
        held = [_raw(port) for _ in range(3)]
        held[0].sendall(b"GET /health HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n")   # the server has taken them
        held[0].recv(65536)
        refused = _raw(port)
        answered = read_until_closed(refused)
        assert answered.startswith(b"HTTP/1.1 429 ") and b'"code": "too_many_connections"' in answered
        refused.close()
        held.pop().close()
        deadline = time.monotonic() + 30
        while True:                     # the closed one is counted off once the server has seen it go
            again = _raw(port)
            again.sendall(b"GET /health HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n")
            answered = read_until_closed(again)
            again.close()
            if not answered.startswith(b"HTTP/1.1 429 ") or time.monotonic() > deadline:
                break
            time.sleep(0.1)
        assert answered.startswith(b"HTTP/1.1 200 ")
        for conn in held:
            conn.close()


# -- hostile JSON --------------------------------------------------------------------------------------


@pytest.fixture
def writable(tmp_path):
    with TestClient(create_app(tmp_path / "w.db", write_token=TOKEN, rate=None, analysis_workers=0),
                    raise_server_exceptions=False) as client:
        yield client


def test_deeply_nested_json_is_refused_before_it_is_parsed(writable):
    auth = {"Authorization": f"Bearer {TOKEN}", "Content-Type": "application/json"}
    deep = b"[" * 100_000
    for path in ("/analyze", "/documents", "/alerts", "/alerts/firings/seen"):
        error = assert_error(writable.post(path, content=deep, headers=auth), 422, "too_deep")
        assert "deeper than 100 levels" in error["message"]
    # no Content-Type: FastAPI would still parse it as JSON for a JSON parameter
    assert_error(writable.post("/alerts", content=b"{\"a\":" * 50_000, headers={"Authorization": auth["Authorization"]}),
                 422, "too_deep")
    # brackets inside a string are text, not nesting
    text = "قال الوزير [" + "[" * 2000 + "] أمس."
    r = writable.post("/analyze", json={"text": text})
    assert r.status_code == 200 and r.json()["text"] == text
    # moderately nested JSON gets the route's own answer
    assert_error(writable.post("/analyze", content=b"[" * 50 + b"]" * 50, headers=auth), 422, "invalid_input")


def test_the_depth_scan_reads_strings_and_escapes():
    from marsad.api.jsonguard import too_deep
    assert not too_deep(b'{"a": "[[[[[[", "b": "\\"[[[[[["}', 3)
    assert too_deep(b'[[["x"], [[["y"]]]]', 4) and not too_deep(b'[[["x"], [[["y"]]]]', 5)
    assert not too_deep(b'"unterminated [[[[[[[[', 2)
    assert not too_deep(b'"\\\\"[[]]', 2) and too_deep(b'"\\\\"[[[]]]', 2)
    assert not too_deep(b'"' + b'\\"' * 200_000, 2)                       # linear: this returns at once


def test_a_lone_surrogate_gets_422_not_500(writable):
    auth = {"Authorization": f"Bearer {TOKEN}", "Content-Type": "application/json"}
    lone = b'{"text": "\\u0642\\u0627\\u0644 \\ud800 \\u0627\\u0644\\u0648\\u0632\\u064a\\u0631"}'
    for path in ("/analyze", "/documents"):
        error = assert_error(writable.post(path, content=lone, headers=auth), 422, "invalid_input")
        assert "'text'" in error["message"] and "surrogate" in error["message"]
    titled = json.dumps({"text": SENTENCE, "title": "\ud800"}).encode()
    error = assert_error(writable.post("/documents", content=titled, headers=auth), 422, "invalid_input")
    assert "'title'" in error["message"]
    alert = json.dumps({"kind": "entity", "target": "\udfff"}).encode()
    assert_error(writable.post("/alerts", content=alert, headers=auth), 422, "invalid_input")
    # a surrogate pair is a character like any other
    paired = json.dumps({"text": SENTENCE + " \U0001F600"}).encode()
    r = writable.post("/analyze", content=paired, headers=auth)
    assert r.status_code == 200 and r.json()["text"] == SENTENCE + " \U0001F600"
    # raw bytes of an encoded surrogate in a text body: refused or read, never a server error
    r = writable.post("/analyze", content=SENTENCE.encode() + b"\xed\xa0\x80", headers={"Content-Type": "text/plain"})
    assert r.status_code < 500, r.text
    assert writable.get("/documents").json()["corpus_size"] == 0


# -- headers ------------------------------------------------------------------------------------------------


def test_every_response_says_nosniff_and_carries_a_policy(tmp_path):
    from tests.web.corpus import example_record
    db = tmp_path / "h.db"
    with TestClient(create_app(db, write_token=TOKEN, rate=0.001, burst=14, max_body_bytes=10_000,
                               analysis_workers=0), raise_server_exceptions=False) as client:
        client.post("/documents", json={"record": example_record()}, headers={"Authorization": f"Bearer {TOKEN}"})
        responses = {
            "json": client.get("/health"), "json list": client.get("/documents"),
            "json 404": client.get("/no/<script>alert(1)</script>"), "json 405": client.delete("/health"),
            "json 413": client.post("/analyze", content=b"x" * 20_000), "json 422": client.get("/documents?limit=0"),
            "page": client.get("/ui/"), "page 404": client.get("/ui/documents/999"),
            "static css": client.get("/static/marsad.css"), "static js": client.get("/static/marsad.js"),
            "static 404": client.get("/static/none.js"), "schema": client.get("/openapi.json"),
            "redirect": client.get("/", follow_redirects=False),
        }
        while (limited := client.get("/health")).status_code != 429:
            pass
        responses["json 429"] = limited
    for name, r in responses.items():
        assert r.headers.get("x-content-type-options") == "nosniff", name
        policy = r.headers.get("content-security-policy", "")
        assert "default-src 'none'" in policy and "frame-ancestors 'none'" in policy, name
    assert responses["json 404"].status_code == 404
    body = responses["json 404"].text
    assert "script" not in body and "/no/" not in body                    # the raw path is not echoed
    assert "script-src 'self'" in responses["page"].headers["content-security-policy"]
