"""Honest lists: totals over the whole list, copies of one story as one row, newest first, filters;
figures computed over every stored row (entity dates and counts, claims about a topic, counts per day)."""
import pytest

from marsad.store import Store
from tests.corpus_fixtures import KREMLIN_DENIES, PENTAGON_CONFIRMS, TREATY, build_record

DEAL = build_record(
    "خبراء يشككون في الاتفاق النووي\n\n"
    "شكك خبراء في المجال النووي في صلابة الاتفاق بعد توقيعه في فيينا، "
    "فيما أكدت طهران أن الاتفاق النووي يحفظ حقوقها.",
    published="2024-10-29", doc_id="deal",
    mentions=[("فيينا", "LOC", "e1", 0), ("طهران", "LOC", "e2", 0)],
    clusters=[("e1", "فيينا", "LOC", None), ("e2", "طهران", "LOC", None)],
    claims=[("خبراء في المجال النووي", None, "شكك", "صلابة الاتفاق", "doubt"),
            ("طهران", "e2", "أكدت", "الاتفاق النووي يحفظ حقوقها", "confirm")],
)


@pytest.fixture
def store(tmp_path):
    with Store(tmp_path / "corpus.db") as s:
        s.add(KREMLIN_DENIES, source="aawsat", url="https://example.com/kremlin")
        s.add(PENTAGON_CONFIRMS, source="alriyadh", url="https://example.com/pentagon")
        s.add(TREATY, source="was")
        s.add(KREMLIN_DENIES, source="okaz", url="https://example.com/okaz-copy")     # the wire copy reprinted
        s.add(DEAL, source="sabq", url="https://example.com/deal")
        s.update_stories()
        yield s


def test_documents_one_row_per_story_with_its_outlets(store):
    page = store.document_page(limit=2)
    assert (page["total"], page["stored"], page["limit"], page["offset"]) == (4, 5, 2, 0)
    assert [(d["id"], d["published"]) for d in page["items"]] == [(5, "2024-10-29"), (2, "2024-10-28")]
    kremlin = store.document_page(offset=2, limit=1)["items"][0]
    assert (kremlin["id"], kremlin["copies"], kremlin["outlets"], kremlin["doc_ids"]) == (1, 2, ["aawsat", "okaz"],
                                                                                        [1, 4])
    assert store.document_page(collapse=False)["total"] == 5
    assert [d["id"] for d in store.document_page(sort="oldest")["items"]] == [3, 1, 2, 5]
    assert [d["id"] for d in store.document_page(outlet="okaz")["items"]] == [4]
    with pytest.raises(ValueError):
        store.document_page(sort="sideways")


def test_quotes_newest_first_copies_collapsed_speakers_resolved(store):
    page = store.quote_page()
    assert (page["total"], page["stored"]) == (3, 4)
    assert [q["text"] for q in page["items"]] == ["نحن قلقون جدا من هذا التطور", "لا نعلق على مثل هذه الادعاءات",
                                                  "المملكة ملتزمة بتنفيذ بنود المعاهدة كاملة"]
    kremlin = page["items"][1]
    # The speaker's wording is "بيسكوف"; the name people know is the entity's.
    assert kremlin["speaker"]["text"] == "بيسكوف" and kremlin["speaker_name"] == "دميتري بيسكوف"
    assert kremlin["outlets"] == ["aawsat", "okaz"] and kremlin["copies"] == 2
    text = store.document(kremlin["doc_id"])["text"]
    assert text[kremlin["start"]:kremlin["end"]] == kremlin["text"]
    unresolved = page["items"][2]
    assert unresolved["entity"] is None and unresolved["speaker_name"] == "وزير الإعلام"
    assert [q["id"] for q in store.quote_page(collapse=False, outlet="okaz")["items"]] == [4]
    assert store.quote_page(date_from="2024-10-01", date_to="2024-10-25")["total"] == 1
    assert [q["speaker_name"] for q in store.quote_page(speaker="سينغ")["items"]] == ["سابرينا سينغ"]
    assert store.quote_page(sort="oldest")["items"][0]["published"] == "2015-07-21"


def test_claims_filter_by_stance_outlet_source_and_dates(store):
    page = store.claim_page()
    assert (page["total"], page["stored"]) == (4, 5)
    assert [c["stance"] for c in page["items"]] == ["doubt", "confirm", "confirm", "deny"]
    assert [c["outlets"] for c in store.claim_page(stance="deny")["items"]] == [["aawsat", "okaz"]]
    assert [c["source_name"] for c in store.claim_page(source="الكرملين")["items"]] == ["الكرملين"]
    assert store.claim_page(outlet="alriyadh")["items"][0]["stance"] == "confirm"
    assert store.claim_page(date_to="2024-10-27", collapse=False)["total"] == 2
    assert store.claim_page(query="؟؟")["total"] == 0


def test_claims_about_a_topic_include_those_naming_part_of_it_in_an_article_about_it(store):
    timeline = store.claims_timeline("الاتفاق النووي")
    # "صلابة الاتفاق" does not hold النووي, but its article is about the nuclear deal.
    assert [(g["stance"], g["source"]) for g in timeline["groups"]] == [
        ("confirm", "طهران"), ("doubt", "خبراء في المجال النووي")]
    assert timeline["stances"] == {"confirm": 1, "doubt": 1}
    # A claim of another article that only shares a word is not about the topic.
    assert store.claims_timeline("الاتفاق الجمركي")["total"] == 0


def test_a_reprinted_claim_is_counted_once_in_the_timeline(store):
    timeline = store.claims_timeline("قوات كورية")
    deny, confirm = timeline["groups"]
    assert (deny["stance"], deny["count"], deny["copies"], deny["outlets"]) == ("deny", 1, 2, ["aawsat", "okaz"])
    assert (timeline["total"], timeline["distinct"], timeline["groups_total"]) == (3, 2, 2)
    assert [g["stance"] for g in store.claims_timeline("قوات كورية", stance="confirm")["groups"]] == ["confirm"]
    assert store.claims_timeline("قوات كورية", stance="confirm")["stances"] == {"deny": 1, "confirm": 1}
    assert len(store.claims_timeline("قوات كورية", group_limit=1, group_offset=1)["groups"]) == 1


def test_entity_figures_cover_every_mention_whatever_the_page(store):
    kursk = store.entity("LOC:كورسك", limit=1)
    assert len(kursk["mentions"]) == 1
    everything = store.entity("LOC:كورسك", limit=None)["mentions"]
    dates = sorted(m["published"] for m in everything)
    assert kursk["totals"]["mentions"] == len(everything) == 5
    assert kursk["totals"]["documents"] == len({m["doc_id"] for m in everything}) == 3
    assert (kursk["first"], kursk["last"]) == (dates[0], dates[-1]) == ("2024-10-24", "2024-10-28")
    docs = store.entity_documents("LOC:كورسك")
    assert (docs["total"], docs["stored"]) == (2, 3)
    assert [(d["title"], d["mentions"], d["forms"]) for d in docs["items"]] == [
        ("البنتاغون يؤكد وجود جنود كوريين شماليين في روسيا", 1, ["كورسك"]),
        ("الكرملين ينفي إرسال قوات إلى كورسك", 2, ["كورسك"])]
    assert store.entity_overview("PER:nobody") is None


def test_counts_per_day_for_the_charts(store):
    assert store.per_day("documents") == [("2015-07-21", "was", 1), ("2024-10-24", "aawsat", 1),
                                          ("2024-10-24", "okaz", 1), ("2024-10-28", "alriyadh", 1),
                                          ("2024-10-29", "sabq", 1)]
    assert store.per_day("documents", query="كورسك", by="none") == [("2024-10-24", None, 2), ("2024-10-28", None, 1)]
    assert store.per_day("claims", by="stance", query="قوات كورية") == [("2024-10-24", "deny", 2),
                                                                         ("2024-10-28", "confirm", 1)]
    assert store.per_day("mentions", entity_id="LOC:كورسك") == [("2024-10-24", "aawsat", 2), ("2024-10-24", "okaz", 2),
                                                                 ("2024-10-28", "alriyadh", 1)]
    assert store.per_day("quotes", entity_id="PER:دميتري بيسكوف") == [("2024-10-24", "aawsat", 1),
                                                                       ("2024-10-24", "okaz", 1)]
    with pytest.raises(ValueError):
        store.per_day("mentions", by="stance", entity_id="LOC:كورسك")


def test_stories_listing(store):
    page = store.story_page()
    assert page["total"] == 1
    (story,) = page["items"]
    assert (story["id"], story["documents"], story["outlets"]) == (1, 2, ["aawsat", "okaz"])
    assert story["title"] == "الكرملين ينفي إرسال قوات إلى كورسك"
    assert store.story_page(min_size=1, sort="largest")["items"][0]["id"] == 1


def test_a_story_with_an_undated_copy_names_the_dated_one_first(tmp_path):
    with Store(tmp_path / "c.db") as store:
        dated = store.add(KREMLIN_DENIES, source="aawsat", url="https://example.com/a").doc_id
        undated = store.add({**KREMLIN_DENIES, "published": None}, source="okaz", url="https://example.com/b").doc_id
        store.update_stories()
        story = store.story(dated)
    assert [d["id"] for d in story["documents"]] == [dated, undated] and story["first"] == dated
