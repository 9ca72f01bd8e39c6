"""The quotes and claims stages in the default pipeline, with speakers linked to entity clusters,
and the per-speaker summary of the readable report."""
import marsad
from marsad.annotators import default_pipeline
from marsad.annotators.attribution.summary import who_said_what
from marsad.layers import CLAIMS, CLUSTERS, ENTITIES, QUOTES
from marsad.record import from_record, to_record
from marsad.report import summary
from tests.annotators.attribution.conftest import at


def test_stages_join_the_default_pipeline_after_the_entities():
    names = default_pipeline().names
    assert names.index("quotes") > names.index("entities") and names.index("claims") > names.index("quotes")


def test_kursk_speakers_are_linked_to_their_clusters(kursk_text):
    doc = marsad.analyze(kursk_text, published="2024-10-24")
    clusters = {c.id: c for c in doc.layer(CLUSTERS)}
    quotes = doc.layer(QUOTES)
    by_text = {q.text: q for q in quotes}
    putin = by_text["هناك المادة الرابعة هناك"]
    assert putin.speaker.text == "بوتين" and putin.cue.text == "قال"
    assert putin.entity is not None and "بوتين" in clusters[putin.entity].name
    # وأضاف: no named subject; the speaker is the earlier mention it resolves to, with its cluster
    added = by_text["ماذا وكيف سنفعل هو عملنا في إطار هذه المقالة"]
    assert added.cue.text == "وأضاف" and added.entity == putin.entity
    assert added.speaker.start < added.cue.start and added.speaker.text == "بوتين"
    mentions = {m.entity for m in doc.layer(ENTITIES) if m.start == added.speaker.start}
    assert putin.entity in mentions
    kremlin = by_text["أخبار كاذبة"]
    assert kremlin.speaker.text == "الكرملين" and clusters[kremlin.entity].name == "الكرملين"
    (deny,) = [c for c in doc.layer(CLAIMS) if c.stance == "deny"]
    assert deny.entity == kremlin.entity and deny.source.text == "الكرملين"
    assert (deny.content.start, deny.content.end) == at(kursk_text, "التقارير المتعلقة بإرسال جنود كوريين شماليين إلى روسيا")


def test_records_carry_quotes_and_claims_both_ways(kursk_text):
    doc = marsad.analyze(kursk_text, published="2024-10-24")
    record = to_record(doc)
    assert len(record["quotes"]) == len(doc.layer(QUOTES)) >= 10
    for q in record["quotes"]:
        assert kursk_text[q["start"]:q["end"]] == q["text"]
        assert kursk_text[q["speaker"]["start"]:q["speaker"]["end"]] == q["speaker"]["text"]
    for c in record["claims"]:
        assert kursk_text[c["content"]["start"]:c["content"]["end"]] == c["content"]["text"]
        assert c["stance"] in ("assert", "confirm", "deny", "estimate", "doubt", "warn", "demand", "promise", "accuse")
    back = from_record(record)
    assert [q.text for q in back.layer(QUOTES)] == [q.text for q in doc.layer(QUOTES)]
    assert [c.stance for c in back.layer(CLAIMS)] == [c.stance for c in doc.layer(CLAIMS)]


def test_who_said_what_groups_a_speaker_and_its_descriptions():
    text = ("وقالت امي بارتليت المتحدثة باسم المتنزه إن المرأة أصيبت بجروح طفيفة.\n"
            "وقالت المتحدثة إنه يجري تحذير السائحين.\n"
            "قال مسؤولون في الشرطة إن التحقيق جار.")
    groups = who_said_what(marsad.analyze(text))
    first = groups[0]
    assert "بارتليت" in first.name
    assert [s.kind for s in first.statements] == ["claim", "claim"]
    assert [s.text.text for s in first.statements] == ["المرأة أصيبت بجروح طفيفة", "يجري تحذير السائحين"]
    officials = groups[-1]
    assert officials.anonymous and officials.statements[0].stance == "assert"


def test_the_report_lists_each_speaker_with_stances(kursk_text):
    text = summary(marsad.analyze(kursk_text, published="2024-10-24"))
    section = text[text.index("Who said what"):text.index("\nWhen")]
    assert "denies    [ونفى] التقارير المتعلقة بإرسال جنود كوريين شماليين إلى روسيا" in section
    assert "estimates [ويقدر] 12 ألف جندي كوري شمالي موجودون الآن في روسيا" in section
    assert "says      [وأضاف] “ماذا وكيف سنفعل هو عملنا في إطار هذه المقالة”" in section
    assert "مسؤولون في المخابرات الأوكرانية (anonymous source) — 1 claim" in section
    # Putin's quotes and claim sit under one heading, in text order
    putin = section[section.index("بوتين"):section.index("مسؤولون في المخابرات")]
    assert putin.index("confirms") < putin.index("لم نشك أبدا") < putin.index("هناك المادة الرابعة")


def test_a_speaker_phrase_with_a_name_points_at_the_name_and_keeps_the_phrase():
    text = ("وقال منسق الشؤون الإنسانية في العراق خالد العبيدي إن المساعدات وصلت إلى المخيمات.\n"
            "وأضاف: «نحتاج إلى مزيد من الخيام قبل الشتاء».")
    doc = marsad.analyze(text)
    (claim,) = doc.layer(CLAIMS)
    (quote,) = doc.layer(QUOTES)
    name = next(m for m in doc.layer(ENTITIES) if m.text == "خالد العبيدي")
    assert (claim.source.start, claim.source.end) == at(text, "خالد العبيدي") and claim.entity == name.entity
    assert claim.description.text == "منسق الشؤون الإنسانية في العراق خالد العبيدي"
    assert (claim.description.start, claim.description.end) == at(text, claim.description.text)
    assert (quote.speaker.start, quote.speaker.end) == at(text, "خالد العبيدي") and quote.entity == name.entity
    record = to_record(doc)
    assert record["claims"][0]["source"] == {"start": name.start, "end": name.end, "text": "خالد العبيدي",
                                             "entity": name.entity}
    assert record["claims"][0]["description"]["text"] == "منسق الشؤون الإنسانية في العراق خالد العبيدي"
    assert record["quotes"][0]["speaker"]["text"] == "خالد العبيدي" and record["quotes"][0]["description"]["text"] \
        == "منسق الشؤون الإنسانية في العراق خالد العبيدي"
    assert all(set(q) >= {"start", "end", "text", "kind", "speaker", "cue"} for q in record["quotes"])


def test_a_paragraph_cut_after_a_conjoined_word_does_not_crash():
    import marsad
    from marsad.layers import CLAIMS
    for text in ("إصلاح وتشغيل ونظافة ملعب المدينة وبلغت", "إصلاح وتشغيل وتنظيف سوق الخضار وبلغت"):
        assert list(marsad.analyze(text).layer(CLAIMS)) == []
