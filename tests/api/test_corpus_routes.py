"""The corpus routes over a small stored corpus (hand-filled records)."""
import pytest

from tests.api.conftest import assert_error


def test_documents_lists_newest_first_with_counts(client, ids):
    body = client.get("/documents").json()
    assert body["corpus_size"] == 4 and (body["limit"], body["offset"]) == (20, 0)
    assert [d["id"] for d in body["documents"]] == [ids["hostile"], ids["follow_up"], ids["syndicated"], ids["example"]]
    example = next(d for d in body["documents"] if d["id"] == ids["example"])
    assert (example["entities"], example["quotes"], example["claims"]) == (13, 2, 6)   # distinct entities
    assert example["source"] == "الرافدين نيوز"


def test_documents_filters_and_pages(client, ids):
    rafidain = client.get("/documents", params={"source": "الرافدين نيوز"}).json()["documents"]
    assert {d["id"] for d in rafidain} == {ids["example"], ids["follow_up"]}
    dated = client.get("/documents", params={"date_from": "2024-11-22", "date_to": "2024-11-25"}).json()
    assert [d["id"] for d in dated["documents"]] == [ids["follow_up"]]
    page = client.get("/documents", params={"limit": 1, "offset": 1}).json()["documents"]
    assert [d["id"] for d in page] == [ids["follow_up"]]


def test_one_document_is_its_record_with_corpus_fields(client, ids):
    record = client.get(f"/documents/{ids['example']}").json()
    assert record["schema"] == "marsad.document/1"
    assert record["text"][record["quotes"][0]["start"]:record["quotes"][0]["end"]] == record["quotes"][0]["text"]
    assert record["corpus"]["source"] == "الرافدين نيوز"
    assert record["corpus"]["entities"]["e5"] == "PER:نادر العبيدي"


@pytest.mark.parametrize("path", ["/documents/999999", "/documents/abc", "/documents/99999999999999999999999",
                                  "/stories/424242", "/stories/x", "/entities/PER:لا أحد"])
def test_missing_items_are_404(client, path):
    assert_error(client.get(path), 404, "not_found")


def test_search_finds_folded_spellings_and_highlights(client, ids):
    body = client.get("/search", params={"q": "الامم المتحده"}).json()
    assert {h["id"] for h in body["hits"]} >= {ids["example"], ids["syndicated"]}
    hit = body["hits"][0]
    for start, end in hit["highlights"]:
        assert hit["snippet"][start:end].replace("أ", "ا").replace("ة", "ه") in ("الامم", "المتحده")


def test_search_filters(client, ids):
    by_source = client.get("/search", params={"q": "العراق", "source": "دجلة اليوم"}).json()
    assert [h["id"] for h in by_source["hits"]] == [ids["syndicated"]]
    by_speaker = client.get("/search", params={"q": "وزارة", "speaker": "سلام الدليمي"}).json()
    assert {h["id"] for h in by_speaker["hits"]} == {ids["example"], ids["syndicated"], ids["follow_up"]}
    by_date = client.get("/search", params={"q": "العبيدي", "date_from": "2024-11-24"}).json()
    assert [h["id"] for h in by_date["hits"]] == [ids["follow_up"]]
    no_words = client.get("/search", params={"entity": "LOC:IQ"}).json()
    assert no_words["total"] == 3


def test_search_refuses_an_impossible_date(client):
    assert_error(client.get("/search", params={"q": "المياه", "date_from": "2024-02-30"}), 422, "invalid_input")
    assert_error(client.get("/search", params={"q": "المياه", "date_to": "2024-2-3"}), 422, "invalid_input")


def test_entities_and_one_entity_in_date_order(client, ids):
    people = client.get("/entities", params={"label": "PER"}).json()["entities"]
    assert people[0]["id"] == "PER:نادر العبيدي" and people[0]["documents"] == 3
    found = client.get("/entities/PER:نادر العبيدي").json()
    assert found["name"] == "نادر العبيدي" and found["label"] == "PER"
    assert [q["published"] for q in found["quotes"]] == ["2024-11-21", "2024-11-21", "2024-11-21", "2024-11-21",
                                                         "2024-11-25"]
    assert found["quotes"][-1]["text"] == "لم تصلنا حتى الآن سوى 30% من التمويل المطلوب"
    assert {c["stance"] for c in found["claims"]} == {"assert", "warn"}


def test_quotes_by_speaker_and_claims_by_topic_and_stance(client, ids):
    quotes = client.get("/quotes", params={"speaker": "سلام الدليمي"}).json()["quotes"]
    assert quotes == []
    quotes = client.get("/quotes", params={"speaker": "نادر العبيدي", "limit": 2}).json()["quotes"]
    assert len(quotes) == 2 and all(q["entity"] == "PER:نادر العبيدي" for q in quotes)
    denials = client.get("/claims", params={"stance": "deny"}).json()["claims"]
    assert {c["doc_id"] for c in denials} == {ids["example"], ids["syndicated"], ids["hostile"]}
    about = client.get("/claims", params={"q": "الآبار المياه"}).json()["claims"]
    assert all(c["content"]["text"] for c in about)
    assert_error(client.get("/claims", params={"stance": "DENY!"}), 422, "invalid_input")


def test_a_story_lists_the_outlets_that_carried_it(client, ids):
    story_id = client.get(f"/documents/{ids['example']}").json()["corpus"]["story"]
    story = client.get(f"/stories/{story_id}").json()
    assert {d["id"] for d in story["documents"]} == {ids["example"], ids["syndicated"]}
    assert {d["source"] for d in story["documents"]} == {"الرافدين نيوز", "دجلة اليوم"}


def test_sources_and_health(client):
    assert {s["source"]: s["documents"] for s in client.get("/sources").json()["sources"]} == {
        "الرافدين نيوز": 2, "دجلة اليوم": 1, "<b>منفذ</b>": 1}
    health = client.get("/health").json()
    assert health == {"status": "ok", "version": health["version"], "documents": 4, "writable": False}


@pytest.mark.parametrize("params", [{"limit": 0}, {"limit": 101}, {"offset": -1}, {"date_from": "yesterday"},
                                    {"limit": "many"}])
def test_bad_query_parameters_are_422(client, params):
    assert_error(client.get("/documents", params=params), 422, "invalid_input")
