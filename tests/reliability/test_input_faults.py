"""Hostile and careless input: lone surrogates, streams without a size, symlink loops, deep HTML.

Each case once made a run crash or lose good articles; here each is read, or refused for that
item alone with one line, and the rest of the batch goes on."""
from __future__ import annotations

import json
import os
import subprocess
import threading

import pytest
from fastapi.testclient import TestClient

import marsad
from marsad.api import create_app
from marsad.corpus.sources import iter_items
from marsad.errors import InputError
from marsad.input.decode import decode_bytes
from marsad.input.loader import document_from_item, load_path
from marsad.input.surrogates import loads_json, replace_surrogates
from marsad.store import Store
from tests.conftest import MARSAD, run_marsad

GOOD = "قال وزير الخارجية السعودي عادل الجبير في الرياض إن المملكة تدعم الحل السياسي في اليمن."
BROKEN = "وقال وزير الخارجية السعودي عادل الجبير في الرياض \ud800 إن الحوار هو الطريق."          # a lone high surrogate, as JSON may carry it
AT = BROKEN.index("\ud800")
TOKEN = "s3cret-token"


def _lines(n: int = 20, bad_after: int = 9) -> str:
    """n good JSONL lines, and one with an escaped lone surrogate after line `bad_after`."""
    out = []
    for i in range(n):
        out.append(json.dumps({"id": f"good-{i}", "text": f"{GOOD} ({i})", "published": "2015-07-21"}))
        if i == bad_after:
            out.append(json.dumps({"id": "broken", "text": BROKEN, "published": "2015-07-21"}))   # ascii: \ud800
    assert "\\ud800" in out[bad_after + 1]
    return "\n".join(out) + "\n"


def _assert_spans_slice(record: dict) -> None:
    """Every span anywhere in the record ({"start", "end", "text"}) slices the record's text."""
    text, stack, seen = record["text"], [record], 0
    while stack:
        node = stack.pop()
        if isinstance(node, dict):
            if isinstance(node.get("start"), int) and isinstance(node.get("text"), str) and node is not record:
                assert text[node["start"]:node["end"]] == node["text"]
                seen += 1
            stack.extend(node.values())
        elif isinstance(node, list):
            stack.extend(node)
    assert seen


# -- lone surrogates ---------------------------------------------------------------------
def test_replace_surrogates_keeps_length_and_offsets():
    fixed = replace_surrogates(BROKEN)
    assert len(fixed) == len(BROKEN) and fixed[AT] == "\ufffd"
    assert fixed[:AT] == BROKEN[:AT] and fixed[AT + 1:] == BROKEN[AT + 1:]
    assert replace_surrogates(GOOD) is GOOD


def test_loads_json_cleans_every_string_keys_too():
    value = loads_json(b'{"a\\udc00": ["\\ud800", {"t": "\xed\xa0\x80x"}], "ok": "\\ud83d\\ude00"}')
    assert value == {"a\ufffd": ["\ufffd", {"t": "\ufffdx"}], "ok": "\U0001F600"}


def test_python_api_analyses_a_lone_surrogate():
    doc = marsad.analyze(BROKEN)
    assert len(doc.text) == len(BROKEN) and doc.text[AT] == "\ufffd"
    for e in doc.layer("entities"):
        assert doc.text[e.start:e.end] == e.text
    assert any(e.text == "عادل الجبير" and BROKEN[e.start:e.end] == "عادل الجبير" for e in doc.layer("entities"))
    assert marsad.analyze("\ud800").text == "\ufffd"


def test_analyze_jsonl_keeps_every_record_after_a_surrogate(tmp_path):
    path = tmp_path / "feed.jsonl"
    path.write_text(_lines(), encoding="ascii")
    proc = run_marsad("analyze", "--jsonl", str(path))
    assert proc.returncode == 0, proc.stderr
    records = [json.loads(line) for line in proc.stdout.splitlines()]
    assert [r["id"] for r in records] == [f"good-{i}" for i in range(10)] + ["broken"] + [
        f"good-{i}" for i in range(10, 20)]
    broken = records[10]
    assert broken["text"] == BROKEN.replace("\ud800", "\ufffd")
    start = broken["text"].index("الرياض")
    assert any(e["start"] == start and e["text"] == "الرياض" for e in broken["entities"])
    for record in records:
        _assert_spans_slice(record)


def test_ingest_stores_every_article_of_a_jsonl_with_a_surrogate(tmp_path):
    path = tmp_path / "feed.jsonl"
    path.write_text(_lines(), encoding="ascii")
    db = tmp_path / "c.db"
    proc = run_marsad("ingest", str(path), "--db", str(db), "--workers", "1", "--no-progress")
    assert proc.returncode == 0, proc.stderr
    with Store(db, readonly=True) as store:
        assert store.count() == 21
        texts = {store.document(d["id"])["text"] for d in store.documents(limit=30)}
    assert BROKEN.replace("\ud800", "\ufffd") in texts


def test_json_array_and_wtf8_file_with_surrogates(tmp_path):
    array = tmp_path / "day.json"
    array.write_bytes(json.dumps([{"id": "x", "text": BROKEN}, {"title": "\udc01عنوان", "content": GOOD}]).encode())
    items = list(iter_items([array]))
    assert [i.error for i in items] == [None, None]
    assert items[0].document.text[AT] == "\ufffd" and items[1].title == "\ufffdعنوان"
    wtf8 = BROKEN.encode("utf-8", "surrogatepass")          # the 3 bytes ED A0 80 in UTF-8 text
    decoded = decode_bytes(wtf8)
    assert decoded.encoding == "utf-8" and decoded.text == BROKEN.replace("\ud800", "\ufffd")
    assert document_from_item({"id": "\ud800", "text": BROKEN}).meta.id == "\ufffd"


def test_http_bodies_with_a_surrogate_are_refused_or_analysed_never_500(tmp_path):
    """The server's JSON guard refuses a body with a lone surrogate (422, one line); a body that
    reached the input layer would be analysed with U+FFFD. Never a 500."""
    db = tmp_path / "c.db"
    Store(db).close()
    body = json.dumps({"text": BROKEN, "published": "2015-07-21"})        # ascii JSON, \ud800 escaped
    with TestClient(create_app(db, write_token=TOKEN, rate=None), raise_server_exceptions=False) as client:
        for path, headers in (("/analyze", {}), ("/documents", {"authorization": f"Bearer {TOKEN}"})):
            answer = client.post(path, content=body, headers={"content-type": "application/json", **headers})
            assert answer.status_code in (200, 201, 422), answer.text
            if answer.status_code == 422:
                message = answer.json()["error"]["message"]
                assert "surrogate" in message and "\n" not in message
            elif path == "/analyze":
                assert answer.json()["text"][AT] == "\ufffd"


# -- streams without a size --------------------------------------------------------------
def test_a_fifo_is_read_as_a_stream(tmp_path):
    fifo = tmp_path / "in.fifo"
    os.mkfifo(fifo)
    writer = threading.Thread(target=lambda: fifo.write_text(GOOD, encoding="utf-8"))
    writer.start()
    doc = load_path(str(fifo))
    writer.join()
    assert doc.text == GOOD


def test_a_fifo_over_max_bytes_is_refused(tmp_path):
    fifo = tmp_path / "big.fifo"
    os.mkfifo(fifo)

    def write():
        with open(fifo, "wb") as fh:
            try:
                fh.write(GOOD.encode("utf-8") * 20)
            except BrokenPipeError:
                pass
    writer = threading.Thread(target=write)
    writer.start()
    with pytest.raises(InputError, match=r"big\.fifo: input is over the limit of 100 bytes"):
        load_path(str(fifo), max_bytes=100)
    writer.join()


def test_process_substitution_and_dev_stdin(tmp_path):
    article = tmp_path / "a.txt"
    article.write_text(GOOD, encoding="utf-8")
    sub = subprocess.run(["bash", "-c", f'"{MARSAD}" analyze --compact <(cat "{article}")'], capture_output=True)
    assert sub.returncode == 0, sub.stderr.decode()
    assert json.loads(sub.stdout)["text"] == GOOD
    with open(article, "rb") as fh:
        piped = subprocess.run(["bash", "-c", f'cat | "{MARSAD}" analyze --compact /dev/stdin'], stdin=fh,
                               capture_output=True)
    assert piped.returncode == 0, piped.stderr.decode()
    assert json.loads(piped.stdout)["text"] == GOOD


# -- paths that are not files --------------------------------------------------------------
def test_a_symlink_loop_with_jsonl_is_one_line_and_the_rest_goes_on(tmp_path):
    loop = tmp_path / "loop.jsonl"
    os.symlink(loop, loop)
    good = tmp_path / "good.jsonl"
    good.write_text(json.dumps({"id": "g", "text": GOOD}) + "\n", encoding="utf-8")
    alone = run_marsad("analyze", "--jsonl", str(loop))
    assert alone.returncode == 3, alone.stderr
    lines = alone.stderr.strip().splitlines()
    assert lines[0] == f"marsad: error: {loop}: cannot read (Too many levels of symbolic links)"
    assert "internal error" not in alone.stderr
    both = run_marsad("analyze", "--jsonl", str(loop), str(good))
    assert both.returncode == 3
    records = [json.loads(line) for line in both.stdout.splitlines()]
    assert records[0]["schema"] == "marsad.error/1" and records[0]["path"] == str(loop)
    assert records[1]["text"] == GOOD


def test_a_directory_is_named_once(tmp_path):
    folder = tmp_path / "folder.txt"
    folder.mkdir()
    with pytest.raises(InputError) as caught:
        marsad.analyze_path(str(folder))
    assert str(caught.value) == f"{folder}: is a directory, not a file"


# -- deeply nested HTML --------------------------------------------------------------------
def _nested(depth: int) -> bytes:
    body = f"<p>{GOOD}</p><p>وتابع الوزير أن المملكة ستواصل جهودها لدعم الاستقرار في المنطقة.</p>"
    return (f"<html><head><title>خبر</title></head><body>{'<div>' * depth}{body}{'</div>' * depth}"
            "</body></html>").encode("utf-8")


@pytest.mark.parametrize("depth", [300, 1000])
def test_html_nested_hundreds_of_levels_keeps_its_text(depth):
    doc = marsad.run.load(_nested(depth), marsad.run.Options(html=True))
    assert GOOD in doc.text
    start = doc.text.index(GOOD)
    assert doc.text[start:start + len(GOOD)] == GOOD


def test_html_nested_beyond_the_parser_is_text_or_one_line():
    try:
        doc = marsad.run.load(_nested(20000), marsad.run.Options(html=True))
    except InputError as exc:
        assert "\n" not in str(exc)
    else:
        assert doc.text
