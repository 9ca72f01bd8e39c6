"""The one run path: every kind of source to a record, errors reported once, many articles in order."""
import json
from pathlib import Path

import pytest

import marsad
from marsad import run
from marsad.document import Document, Metadata
from marsad.errors import InputError
from marsad.pipeline import Pipeline, stage
from marsad.record import SCHEMA

DENIAL = "ونفى الكرملين التقارير ووصفها بأنها أخبار كاذبة."
MEETING = "قال الوزير إن الاجتماع سيعقد غدا في الرياض."


def _kremlin(record):
    (mention,) = [e for e in record["entities"] if e["text"] == "الكرملين"]
    assert record["text"][mention["start"]:mention["end"]] == "الكرملين"
    return mention


def test_every_kind_of_source_gives_the_same_record(tmp_path):
    path = tmp_path / "denial.txt"
    path.write_bytes(DENIAL.encode("cp1256"))
    options = run.Options(published="2024-10-24")
    from_text = run.analyse_to_record(DENIAL, options)
    from_bytes = run.analyse_to_record(DENIAL.encode("utf-8"), options)
    from_path = run.analyse_to_record(path, options)
    from_item = run.analyse_to_record({"id": "k1", "text": DENIAL}, options)
    assert from_path["meta"]["encoding"] == "cp1256" and from_path["meta"]["path"] == str(path)
    assert from_item["id"] == "k1" and from_item["published_source"] == "given"
    for record in (from_text, from_bytes, from_path, from_item):
        assert record["schema"] == SCHEMA and record["text"] == DENIAL
        assert record["published"] == "2024-10-24"
        assert _kremlin(record)["start"] == 5
        for layer in ("entities", "claims", "timexes", "quantities", "clusters"):
            assert record[layer] == from_text[layer]


def test_the_default_date_goes_only_to_articles_without_one():
    dated = Document(MEETING, Metadata(published="2015-08-10", published_source="metadata"))
    assert run.analyse_to_record(dated, run.Options(published="2024-10-24"))["published"] == "2015-08-10"
    undated = run.analyse_to_record(Document(MEETING), run.Options(published="2024-10-24"))
    assert (undated["published"], undated["published_source"]) == ("2024-10-24", "given")
    tomorrow = next(t for t in undated["timexes"] if t["text"] == "غدا")
    assert tomorrow["value"] == "2024-10-25"


def test_a_record_is_returned_as_it_is():
    record = run.analyse_to_record(DENIAL)
    assert run.analyse_to_record(record) is record


def test_a_bad_article_raises_without_on_error_and_is_reported_with_it():
    with pytest.raises(InputError, match="empty input"):
        run.analyse_to_record(b"")
    failures = []
    assert run.analyse_to_record(b"", on_error=failures.append, origin="a.txt") is None
    (failure,) = failures
    assert failure.input_error and failure.origin == "a.txt" and "empty input" in failure.message


def test_options_are_checked_once_when_made():
    with pytest.raises(InputError, match="YYYY-MM-DD"):
        run.Options(published="24/10/2024")
    assert run.Options(max_bytes=0).max_bytes is None


@pytest.fixture
def breaking_pipeline(monkeypatch):
    """The run path's pipeline replaced by one whose stage fails on articles that mention غدا."""
    @stage("fragile")
    def fragile(doc):
        if "غدا" in doc.text:
            raise IndexError("list index out of range")
        return doc

    monkeypatch.setattr(run, "pipeline", lambda options=None: Pipeline([fragile]))


def test_a_failing_stage_is_one_line_naming_the_article(breaking_pipeline):
    with pytest.raises(IndexError):
        run.analyse_to_record(MEETING)
    failures = []
    items = [Document(DENIAL, Metadata(id="a")), Document(MEETING, Metadata(id="b")), Document(DENIAL, Metadata(id="c"))]
    records = list(run.pipe_records(items, on_error=failures.append))
    assert [r["id"] for r in records] == ["a", "c"]
    (failure,) = failures
    assert not failure.input_error
    assert failure.message == "b: IndexError: list index out of range"


def test_pipe_keeps_the_input_order_and_skips_what_fails():
    failures = []
    items = [(MEETING, 1), (b"", 2), ({"id": "x", "text": DENIAL}, 3), ({"id": "y"}, 4), (Path("/nowhere/z.txt"), 5)]
    out = list(marsad.pipe(items, as_tuples=True, on_error=failures.append))
    assert [context for _, context in out] == [1, 3]
    assert [doc.text for doc, _ in out] == [MEETING, DENIAL]
    assert [(f.context, f.input_error) for f in failures] == [(2, True), (4, True), (5, True)]
    assert "needs a string 'text'" in failures[1].message
    assert failures[2].message == "/nowhere/z.txt: no such file"


@pytest.mark.slow
def test_two_worker_processes_give_the_same_records_in_the_same_order():
    texts = [MEETING, DENIAL, b"", "أعلنت الوزارة النتائج أمس.", "قال المتحدث إن 12 ألف جندي وصلوا."] * 3
    failures = []
    one = [run.analyse_to_record(t, run.Options(published="2015-08-10"), lambda f: None) for t in texts]
    two = list(run.pipe_records(texts, workers=2, chunk_size=2, options=run.Options(published="2015-08-10"),
                                on_error=failures.append))
    assert len(failures) == 3 and all("empty input" in f.message for f in failures)
    assert json.dumps(two, ensure_ascii=False) == json.dumps([r for r in one if r is not None], ensure_ascii=False)
    docs = list(marsad.pipe(texts[:2], workers=2, published="2015-08-10"))
    assert [d.text for d in docs] == texts[:2] and docs[1].layer("entities")[0].text == "الكرملين"
