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
    # The syndicated copy's denials are the example's, one item each with both outlets.
    assert {d for c in denials for d in c["doc_ids"]} == {ids["example"], ids["syndicated"], ids["hostile"]}
    assert {tuple(c["outlets"]) for c in denials} == {("الرافدين نيوز", "دجلة اليوم"), ("<b>منفذ</b>",)}
    every = client.get("/claims", params={"stance": "deny", "collapse": "false"}).json()["claims"]
    assert {c["doc_id"] for c in every} == {ids["example"], ids["syndicated"], ids["hostile"]}
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
    assert health == {"status": "ok", "version": health["version"], "documents": 4, "writable": False, "watch": [],
                      "alerts_new": 0}


@pytest.mark.parametrize("params", [{"limit": 0}, {"limit": 101}, {"offset": -1}, {"date_from": "yesterday"},
                                    {"limit": "many"}])
def test_bad_query_parameters_are_422(client, params):
    assert_error(client.get("/documents", params=params), 422, "invalid_input")


def test_every_list_says_its_total_and_links_the_next_page(client, ids):
    for path, key, params in [("/documents", "documents", {}), ("/quotes", "quotes", {}), ("/claims", "claims", {}),
                              ("/entities", "entities", {"label": "LOC"}), ("/search", "hits", {"q": "العراق"}),
                              ("/stories", "stories", {"min_size": 1})]:
        first = client.get(path, params={**params, "limit": 2}).json()
        assert first["total"] > 2 and len(first[key]) == 2 and first["offset"] == 0, path
        assert first["next"].startswith(f"{path}?") and "offset=2" in first["next"], path
        seen = list(first[key])
        url = first["next"]
        while url:
            page = client.get(url).json()
            seen += page[key]
            url = page["next"]
        assert len(seen) == first["total"], path


def test_quotes_newest_first_with_resolved_speaker_names_and_filters(client, ids):
    body = client.get("/quotes").json()
    assert [q["published"] for q in body["quotes"]] == ["2024-11-26", "2024-11-25", "2024-11-21", "2024-11-21"]
    latest = body["quotes"][1]
    assert latest["speaker"]["text"] == "العبيدي" and latest["speaker_name"] == "نادر العبيدي"
    assert (body["total"], body["stored"]) == (4, 6)                 # the syndicated copy's quotes counted once
    oldest = client.get("/quotes", params={"sort": "oldest", "outlet": "دجلة اليوم"}).json()
    assert {q["outlet"] for q in oldest["quotes"]} == {"دجلة اليوم"}
    dated = client.get("/quotes", params={"date_from": "2024-11-22", "date_to": "2024-11-25"}).json()
    assert [q["text"] for q in dated["quotes"]] == ["لم تصلنا حتى الآن سوى 30% من التمويل المطلوب"]
    assert_error(client.get("/quotes", params={"sort": "random"}), 422, "invalid_input")
    assert_error(client.get("/quotes", params={"limit": 501}), 422, "invalid_input")


def test_claims_about_a_topic_grouped_and_the_stories_listing(client, ids):
    groups = client.get("/claims/groups", params={"q": "وجود أزمة"}).json()
    assert groups["stances"] == {"deny": 1} and groups["groups"][0]["outlets"] == ["الرافدين نيوز", "دجلة اليوم"]
    assert groups["groups"][0]["copies"] == 2 and groups["next"] is None
    assert_error(client.get("/claims/groups"), 422, "invalid_input")
    stories = client.get("/stories").json()
    assert stories["total"] == 1 and stories["stories"][0]["outlets"] == ["الرافدين نيوز", "دجلة اليوم"]


def test_sources_carry_arabic_names_and_domains(client):
    from marsad.readable import outlet_name
    assert outlet_name("aawsat") == "الشرق الأوسط"
    body = client.get("/sources").json()["sources"]
    assert {s["source"]: (s["name"], s["domain"]) for s in body}["الرافدين نيوز"] == ("الرافدين نيوز", None)


def test_the_openapi_schema_documents_the_limits():
    from marsad.api import create_app
    schema = create_app(None, rate=None).openapi()
    limit = next(p for p in schema["paths"]["/quotes"]["get"]["parameters"] if p["name"] == "limit")
    assert limit["schema"]["maximum"] == 500 and "1-500" in limit["description"]
    assert "/stories" in schema["paths"] and "/claims/groups" in schema["paths"]
