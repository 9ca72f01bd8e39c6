import json
import sqlite3

import pytest

from marsad.errors import InputError
from marsad.record import from_record
from marsad.store import Store, content_hash
from marsad.store.schema import SCHEMA_VERSION
from tests.corpus_fixtures import KREMLIN_DENIES, PENTAGON_CONFIRMS, TREATY


@pytest.fixture
def store(tmp_path):
    with Store(tmp_path / "corpus.db") as s:
        s.add(KREMLIN_DENIES, source="aawsat", url="https://example.com/kremlin")
        s.add(PENTAGON_CONFIRMS, source="alriyadh", url="https://example.com/pentagon")
        s.add(TREATY, source="was")
        yield s


def test_add_is_idempotent_by_content_hash(store):
    again = store.add(KREMLIN_DENIES, source="aawsat", url="https://example.com/kremlin")
    assert again.added is False and again.doc_id == 1
    assert store.count() == 3
    # Same text at another address is another article (of the same story).
    other = store.add(KREMLIN_DENIES, source="okaz", url="https://example.com/copy")
    assert other.added is True and store.count() == 4


def test_document_round_trips_the_record(store):
    doc = store.document(1)
    corpus = doc.pop("corpus")
    assert doc == KREMLIN_DENIES
    assert corpus["source"] == "aawsat" and corpus["story"] == 1
    assert corpus["hash"] == content_hash(KREMLIN_DENIES["text"], "https://example.com/kremlin")
    assert corpus["entities"]["e3"] == "PER:دميتري بيسكوف"
    assert from_record(doc).layer("quotes")[0].text == "لا نعلق على مثل هذه الادعاءات"
    assert store.document(99) is None


def test_documents_newest_first_with_filters(store):
    docs = store.documents()
    assert [d["id"] for d in docs] == [2, 1, 3]
    assert docs[0] == {"id": 2, "title": "البنتاغون يؤكد وجود جنود كوريين شماليين في روسيا", "published": "2024-10-28",
                       "source": "alriyadh", "url": "https://example.com/pentagon", "story": 2, "entities": 4,
                       "quotes": 1, "claims": 1}
    assert [d["id"] for d in store.documents(date_from="2024-01-01", date_to="2024-10-25")] == [1]
    assert [d["id"] for d in store.documents(source="was")] == [3]
    assert [d["id"] for d in store.documents(limit=1, offset=1)] == [1]


def test_search_finds_every_clitic_form_and_highlights_them(store):
    page = store.search("معاهدة")
    assert page["total"] == 1
    hit = page["hits"][0]
    assert hit["id"] == 3 and hit["source"] == "was"
    words = [hit["snippet"][s:e] for s, e in hit["highlights"]]
    assert "المعاهدة" in words and "والمعاهدة" in words


def test_search_phrase_needs_adjacent_words(store):
    assert sorted(h["id"] for h in store.search('"قوات كورية"')["hits"]) == [1, 2]
    assert store.search('"كورية قوات"')["total"] == 0


def test_search_filters(store):
    assert store.search("كورسك")["total"] == 2
    assert [h["id"] for h in store.search("كورسك", source="aawsat")["hits"]] == [1]
    assert [h["id"] for h in store.search("كورسك", date_from="2024-10-25")["hits"]] == [2]
    assert [h["id"] for h in store.search("كورسك", entity="روسيا")["hits"]] == [2]
    assert [h["id"] for h in store.search("كورسك", entity="LOC:RU")["hits"]] == [2]
    assert [h["id"] for h in store.search("كورسك", speaker="بيسكوف")["hits"]] == [1]
    assert [h["id"] for h in store.search("كورسك -البنتاغون")["hits"]] == [1]
    assert store.search("؟؟")["total"] == 0
    # No words: the filtered documents, newest first.
    assert [h["id"] for h in store.search("", source="was")["hits"]] == [3]


def test_search_ranks_headline_matches_first(store):
    hits = store.search("الكرملين")["hits"]
    assert hits[0]["id"] == 1 and hits[0]["score"] > 0


def test_entities_merge_across_articles_by_key_and_name(store):
    by_id = {e["id"]: e for e in store.entities()}
    assert by_id["LOC:كورسك"]["documents"] == 2 and by_id["LOC:كورسك"]["mentions"] == 3
    assert by_id["LOC:RU"]["name"] == "روسيا"
    assert [e["id"] for e in store.entities(query="بيسكوف")] == ["PER:دميتري بيسكوف"]
    assert {e["label"] for e in store.entities(label="PER")} == {"PER"}


def test_entity_timeline_in_date_order(store):
    kursk = store.entity("LOC:كورسك")
    assert [(m["doc_id"], m["published"]) for m in kursk["mentions"]] == [
        (1, "2024-10-24"), (1, "2024-10-24"), (2, "2024-10-28")]
    text = store.document(1)["text"]
    assert all(text[m["start"]:m["end"]] == m["text"] == "كورسك" for m in kursk["mentions"][:2])
    peskov = store.entity("PER:دميتري بيسكوف")
    assert [q["text"] for q in peskov["quotes"]] == ["لا نعلق على مثل هذه الادعاءات"]
    assert store.entity("PER:nobody") is None


def test_quotes_by_speaker_name_or_unresolved_speaker_text(store):
    assert [q["text"] for q in store.quotes(speaker="سابرينا سينغ")] == ["نحن قلقون جدا من هذا التطور"]
    # No cluster for the speaker: found by the speaker's own words.
    quotes = store.quotes(speaker="وزير الإعلام")
    assert [q["doc_id"] for q in quotes] == [3] and quotes[0]["entity"] is None
    assert len(store.quotes()) == 3


def test_claims_timeline_denied_then_confirmed(store):
    timeline = store.claims_timeline("إرسال قوات إلى كورسك")
    assert [(g["stance"], g["source"], g["first"]) for g in timeline["groups"]] == [
        ("deny", "الكرملين", "2024-10-24"), ("confirm", "وزارة الدفاع الأميركية", "2024-10-28")]
    item = timeline["groups"][0]["items"][0]
    text = store.document(item["doc_id"])["text"]
    assert text[item["content"]["start"]:item["content"]["end"]] == item["content"]["text"]
    assert [c["stance"] for c in store.claims(stance="confirm")] == ["confirm"]
    assert store.claims(query="المعاهدة") == []


def test_sources_and_stories(store):
    assert store.sources() == [{"source": "aawsat", "documents": 1}, {"source": "alriyadh", "documents": 1},
                               {"source": "was", "documents": 1}]
    assert store.story(2) == {"id": 2, "first": 2, "documents": [{
        "id": 2, "title": PENTAGON_CONFIRMS["text"].split("\n")[0], "source": "alriyadh", "published": "2024-10-28",
        "published_at": None, "url": "https://example.com/pentagon", "first": True}]}
    assert store.story(42) is None


def test_readonly_store_reads_and_refuses_writes(store, tmp_path):
    with Store(tmp_path / "corpus.db", readonly=True) as ro:
        assert ro.count() == 3
        assert ro.search("كورسك")["total"] == 2
        with pytest.raises(sqlite3.OperationalError):
            ro.add(TREATY, url="https://example.com/other")
    with pytest.raises(InputError):
        Store(tmp_path / "missing.db", readonly=True)


def test_results_are_plain_json(store):
    for value in (store.documents(), store.search("كورسك"), store.entity("LOC:كورسك"), store.claims_timeline("قوات"),
                  store.document(1), store.sources(), store.entities(), store.quotes(), store.story(1)):
        json.dumps(value, ensure_ascii=False)


def test_a_file_that_is_not_a_database_is_a_clear_error(tmp_path):
    bad = tmp_path / "notes.db"
    bad.write_text("not a database")
    with pytest.raises(InputError, match="not a marsad corpus database|cannot open"):
        Store(bad)


def test_a_failed_batch_leaves_nothing_behind(tmp_path):
    from marsad.store import prepare
    with Store(tmp_path / "c.db") as s:
        good = prepare(TREATY)
        broken = prepare(KREMLIN_DENIES)
        broken.mentions.append(("PER:x", None, None, None))      # NOT NULL columns: the insert fails
        with pytest.raises(sqlite3.IntegrityError):
            s.add_prepared([good, broken])
        assert s.count() == 0
        assert s.connection().execute("SELECT count(*) FROM mentions").fetchone()[0] == 0
        assert s.search("معاهدة")["total"] == 0


def test_readers_keep_working_while_a_writer_holds_a_transaction(store, tmp_path):
    from marsad.store import prepare
    writer = store.connection()
    writer.execute("BEGIN IMMEDIATE")
    store._insert(writer, prepare(KREMLIN_DENIES, url="https://example.com/late"))
    with Store(tmp_path / "corpus.db", readonly=True) as reader:
        assert reader.count() == 3                       # the open transaction is not seen, and not waited for
        assert reader.search("كورسك")["total"] == 2
        writer.execute("COMMIT")
        assert reader.count() == 4


def test_entity_lookup_by_word_without_the_article(store):
    assert store.resolve_entity("كرملين") == ["ORG:الكرملين"]
    assert store.resolve_entity("دميتري") == ["PER:دميتري بيسكوف"]
    assert [e["id"] for e in store.entities(query="بيسك")] == ["PER:دميتري بيسكوف"]      # the last word as a prefix
    assert [e["id"] for e in store.entities(query="دفاع الأمير")] == ["ORG:وزاره الدفاع الاميركيه"]
    assert store.entities(query="؟") == [] and store.resolve_entity("...") == []


def test_older_schemas_are_upgraded_when_opened_for_writing(tmp_path):
    path = tmp_path / "old.db"
    with Store(path) as s:
        s.add(KREMLIN_DENIES)
        conn = s.connection()
        # Back to schema 1: records inside documents, no entity_fts.
        conn.execute("ALTER TABLE documents ADD COLUMN minhash BLOB")
        conn.execute("ALTER TABLE documents ADD COLUMN record BLOB")
        conn.execute("UPDATE documents SET (minhash, record) = (SELECT minhash, record FROM bodies WHERE bodies.id ="
                     " documents.id)")
        conn.execute("DROP TABLE bodies")
        conn.execute("DROP TABLE entity_fts")
        for column in ("english", "kind", "country"):         # added by schema 4
            conn.execute(f"ALTER TABLE entities DROP COLUMN {column}")
        conn.execute("ALTER TABLE documents DROP COLUMN published_at")      # schema 5's additions
        for table in ("fetched", "watch_sources", "alerts", "alert_firings"):
            conn.execute(f"DROP TABLE {table}")
        conn.execute("UPDATE meta SET value = '1' WHERE key = 'schema'")
    with pytest.raises(InputError, match=f"corpus schema 1, this marsad reads {SCHEMA_VERSION}; open it once for"):
        Store(path, readonly=True)
    with Store(path) as s:
        assert s.resolve_entity("بيسكوف") == ["PER:دميتري بيسكوف"]
        columns = [r[1] for r in s.connection().execute("PRAGMA table_info(documents)")]
        assert "record" not in columns and "minhash" not in columns and "published_at" in columns
        assert s.connection().execute("SELECT count(*) FROM alert_firings").fetchone() == (0,)
    with Store(path, readonly=True) as s:
        assert s.count() == 1
        doc = s.document(1)
        doc.pop("corpus")
        assert doc == KREMLIN_DENIES
        assert s.search("كورسك")["total"] == 1


def test_name_variants_linked_to_the_knowledge_base_are_one_entity(tmp_path):
    import marsad
    first = marsad.to_record(marsad.analyze("وقال وزير الخارجية عادل الجبير إن المملكة ترحب بالاتفاق.",
                                            published="2015-07-21"))
    second = marsad.to_record(marsad.analyze("وأكد عادل بن أحمد الجبير أن الرياض تدعم الحل السياسي في اليمن.",
                                             published="2015-07-22"))
    with Store(tmp_path / "kb.db") as s:
        s.add(first, source="alriyadh")
        s.add(second, source="okaz")
        ids = s.resolve_entity("الجبير")
        assert ids == ["PER:kb:adel-al-jubeir"]
        jubeir = s.entity(ids[0])
    assert jubeir["documents"] == 2 and jubeir["english"] == "Adel al-Jubeir" and jubeir["kind"] == "minister"
    assert [m["text"] for m in jubeir["mentions"]] == ["عادل الجبير", "عادل بن أحمد الجبير"]
