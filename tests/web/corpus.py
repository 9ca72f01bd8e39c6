"""Hand-filled records for the web and API tests: real Arabic, layers written out by hand,
so that what the pages show does not depend on how good the annotators are today.

`example_record()` is examples/article.txt with its entities, quotes, claims, dates and
numbers; `follow_up_record()` a later article by another outlet quoting the same people;
`syndicated_record()` the agency copy of the example carried by a second outlet (same
story); `hostile_record()` an article whose text holds <script> and HTML.
"""
from __future__ import annotations

import pytest

from marsad import Document, Metadata, to_record
from marsad.annotators.boilerplate import split_paragraphs
from tests.conftest import EXAMPLE


class Spans:
    """Offsets of substrings of one text, by occurrence."""

    def __init__(self, text: str):
        self.text = text

    def at(self, needle: str, nth: int = 0, after: str | None = None) -> dict:
        start = self.text.index(after) if after else 0
        pos = self.text.index(needle, start)
        for _ in range(nth):
            pos = self.text.index(needle, pos + 1)
        return {"start": pos, "end": pos + len(needle), "text": needle}


def _base(text: str, published: str, doc_id: str) -> dict:
    """A record with only body and site chrome from the pipeline; the tests fill the rest."""
    doc = split_paragraphs(Document(text, Metadata(id=doc_id, published=published, published_source="given")))
    return to_record(doc)


def _entity(s: Spans, needle: str, label: str, entity: str, nth: int = 0, after: str | None = None) -> dict:
    return {**s.at(needle, nth, after), "label": label, "entity": entity}


def example_record() -> dict:
    text = EXAMPLE.read_text(encoding="utf-8")
    s = Spans(text)
    record = _base(text, "2024-11-21", "example")
    record["entities"] = [
        _entity(s, "الأمم المتحدة", "ORG", "e1"),
        _entity(s, "العراق", "LOC", "e2"),
        _entity(s, "الأمم المتحدة", "ORG", "e1", 1),
        _entity(s, "العراق", "LOC", "e2", 1),
        _entity(s, "وزارة الموارد المائية العراقية", "ORG", "e3"),
        _entity(s, "بغداد", "LOC", "e4"),
        _entity(s, "نادر العبيدي", "PER", "e5"),
        _entity(s, "دجلة", "LOC", "e6"),
        _entity(s, "الفرات", "LOC", "e7"),
        _entity(s, "وزارة الموارد المائية", "ORG", "e3", 1),
        _entity(s, "سلام الدليمي", "PER", "e8"),
        _entity(s, "جامعة البصرة", "ORG", "e9"),
        _entity(s, "البصرة", "LOC", "e10"),          # nested inside the university's name
        _entity(s, "بغداد", "LOC", "e4", 1),
        _entity(s, "تركيا", "LOC", "e11"),
        _entity(s, "إيران", "LOC", "e12"),
        _entity(s, "سوريا", "LOC", "e13"),
    ]
    record["clusters"] = {
        "e1": {"name": "الأمم المتحدة", "label": "ORG"}, "e2": {"name": "العراق", "label": "LOC", "key": "IQ"},
        "e3": {"name": "وزارة الموارد المائية العراقية", "label": "ORG"}, "e4": {"name": "بغداد", "label": "LOC"},
        "e5": {"name": "نادر العبيدي", "label": "PER"}, "e6": {"name": "دجلة", "label": "LOC"},
        "e7": {"name": "الفرات", "label": "LOC"}, "e8": {"name": "سلام الدليمي", "label": "PER"},
        "e9": {"name": "جامعة البصرة", "label": "ORG"}, "e10": {"name": "البصرة", "label": "LOC"},
        "e11": {"name": "تركيا", "label": "LOC", "key": "TR"}, "e12": {"name": "إيران", "label": "LOC", "key": "IR"},
        "e13": {"name": "سوريا", "label": "LOC", "key": "SY"},
    }
    speaker = {**s.at("نادر العبيدي"), "entity": "e5"}
    first_quote = "تراجعت مناسيب نهري دجلة والفرات إلى أدنى مستوى منذ أربعين عاما"
    second_quote = "نحتاج إلى 250 مليون دولار قبل نهاية العام لحفر الآبار وإصلاح محطات الضخ"
    record["quotes"] = [
        {**s.at(first_quote), "kind": "direct", "speaker": speaker, "cue": s.at("وقال")},
        {**s.at(second_quote), "kind": "direct", "speaker": speaker, "cue": s.at("وأضاف")},
    ]
    record["claims"] = [
        {"source": {**s.at("الأمم المتحدة", 1), "entity": "e1"}, "cue": s.at("حذرت"),
         "content": s.at("أن نحو ثلاثة ملايين شخص في جنوب العراق قد يواجهون نقصا حادا في مياه الشرب خلال الصيف المقبل"),
         "stance": "warn"},
        {"source": {**s.at("وزارة الموارد المائية العراقية"), "entity": "e3"}, "cue": s.at("نفت"),
         "content": s.at("وجود أزمة"), "stance": "deny"},
        {"source": speaker, "cue": s.at("وقال"), "content": s.at(first_quote), "stance": "assert"},
        {"source": {**s.at("وزارة الموارد المائية", 1), "entity": "e3"}, "cue": s.at("ونفت"),
         "content": s.at("التقارير التي تحدثت عن جفاف الأهوار"), "stance": "deny"},
        {"source": {**s.at("سلام الدليمي"), "entity": "e8"}, "cue": s.at("وقال", 1),
         "content": s.at("الحكومة أطلقت خطة لتوزيع المياه على المحافظات الجنوبية منذ مارس/آذار الماضي"),
         "stance": "assert"},
        {"source": s.at("خبراء في جامعة البصرة"), "cue": s.at("ويقدر"),
         "content": s.at("40% من الأراضي الزراعية في المحافظة خرجت من الخدمة خلال السنوات الخمس الأخيرة"),
         "stance": "estimate"},
    ]
    record["timexes"] = [
        {**s.at("الأربعاء"), "type": "DATE", "value": "2024-11-20"},
        {**s.at("الصيف المقبل"), "type": "DATE", "value": "2025-SU"},
        {**s.at("يوم الثلاثاء"), "type": "DATE", "value": "2024-11-19"},
        {**s.at("أربعين عاما"), "type": "DURATION", "value": "P40Y"},
        {**s.at("أمس"), "type": "DATE", "value": "2024-11-20"},
        {**s.at("مارس/آذار الماضي"), "type": "DATE", "value": "2024-03"},
        {**s.at("السنوات الخمس الأخيرة"), "type": "DURATION", "value": "P5Y"},
        {**s.at("15 ديسمبر 2024"), "type": "DATE", "value": "2024-12-15"},
    ]
    record["quantities"] = [
        {**s.at("نحو ثلاثة ملايين شخص"), "value": 3000000, "unit": "شخص", "approximate": True},
        {**s.at("250 مليون دولار"), "value": 250000000, "unit": "دولار"},
        {**s.at("40%"), "value": 40, "unit": "%"},
        {**s.at("نحو مئتي خبير"), "value": 200, "unit": "خبير", "approximate": True},
    ]
    return record


FOLLOW_UP = """\
العبيدي: مخزون سدود العراق يكفي حتى الربيع فقط

بغداد - قال منسق الشؤون الإنسانية في العراق نادر العبيدي، الاثنين، إن المخزون المائي في السدود يكفي حتى الربيع المقبل فقط.

وأضاف العبيدي في تصريح للصحفيين: «لم تصلنا حتى الآن سوى 30% من التمويل المطلوب».

في المقابل، أكد المتحدث باسم وزارة الموارد المائية سلام الدليمي أن الوزارة حفرت 120 بئرا في محافظة البصرة خلال الشهر الماضي.
"""


def follow_up_record() -> dict:
    text = FOLLOW_UP
    s = Spans(text)
    record = _base(text, "2024-11-25", "follow-up")
    record["entities"] = [
        _entity(s, "العبيدي", "PER", "e1"),
        _entity(s, "العراق", "LOC", "e2"),
        _entity(s, "بغداد", "LOC", "e3"),
        _entity(s, "العراق", "LOC", "e2", 1),
        _entity(s, "نادر العبيدي", "PER", "e1"),
        _entity(s, "العبيدي", "PER", "e1", after="وأضاف"),
        _entity(s, "وزارة الموارد المائية", "ORG", "e4"),
        _entity(s, "سلام الدليمي", "PER", "e5"),
        _entity(s, "البصرة", "LOC", "e6"),
    ]
    record["clusters"] = {
        "e1": {"name": "نادر العبيدي", "label": "PER"}, "e2": {"name": "العراق", "label": "LOC", "key": "IQ"},
        "e3": {"name": "بغداد", "label": "LOC"}, "e4": {"name": "وزارة الموارد المائية", "label": "ORG"},
        "e5": {"name": "سلام الدليمي", "label": "PER"}, "e6": {"name": "البصرة", "label": "LOC"},
    }
    quote = "لم تصلنا حتى الآن سوى 30% من التمويل المطلوب"
    record["quotes"] = [{**s.at(quote), "kind": "direct",
                         "speaker": {**s.at("العبيدي", after="وأضاف"), "entity": "e1"}, "cue": s.at("وأضاف")}]
    record["claims"] = [
        {"source": {**s.at("نادر العبيدي"), "entity": "e1"}, "cue": s.at("قال"),
         "content": s.at("المخزون المائي في السدود يكفي حتى الربيع المقبل فقط"), "stance": "warn"},
        {"source": {**s.at("سلام الدليمي"), "entity": "e5"}, "cue": s.at("أكد"),
         "content": s.at("الوزارة حفرت 120 بئرا في محافظة البصرة خلال الشهر الماضي"), "stance": "confirm"},
    ]
    record["timexes"] = [{**s.at("الاثنين"), "type": "DATE", "value": "2024-11-25"},
                         {**s.at("الربيع المقبل"), "type": "DATE", "value": "2025-SP"},
                         {**s.at("الشهر الماضي"), "type": "DATE", "value": "2024-10"}]
    record["quantities"] = [{**s.at("30%"), "value": 30, "unit": "%"},
                            {**s.at("120 بئرا"), "value": 120, "unit": "بئر"}]
    return record


def syndicated_record() -> dict:
    """The agency copy of the example as a second outlet ran it: same article, other chrome."""
    record = example_record()
    original = record["text"]
    cut = original.index("الأمم المتحدة")           # everything marked comes after the first chrome line
    head = "شارك هذا المقال\n\n"
    text = head + original[cut:]
    shift = len(head) - cut

    def move(value):
        if isinstance(value, list):
            return [move(v) for v in value]
        if isinstance(value, dict):
            out = {k: move(v) for k, v in value.items()}
            if isinstance(value.get("start"), int) and "text" in value:
                out["start"], out["end"] = value["start"] + shift, value["end"] + shift
                assert text[out["start"]:out["end"]] == value["text"]
            return out
        return value

    fresh = _base(text, "2024-11-21", "syndicated")
    for layer in ("entities", "quotes", "claims", "timexes", "quantities"):
        fresh[layer] = move(record[layer])
    fresh["clusters"] = record["clusters"]
    return fresh


HOSTILE = """\
تقرير: <script>document.title='pwned'</script> مسؤول ينفي الاتهامات

قال الوزير سامي <b>الحداد</b> إن "<img src=x onerror=alert(1)>" لا يمثل موقف الحكومة.

ونفى المتحدث <a href="javascript:alert(2)">وائل</a> أي صلة بالحادثة، مضيفا: «</span><script>alert(3)</script> هذا كذب».
"""


def hostile_record() -> dict:
    text = HOSTILE
    s = Spans(text)
    record = _base(text, "2024-11-26", "hostile")
    record["entities"] = [
        _entity(s, "سامي <b>الحداد</b>", "PER", "e1"),
        _entity(s, '<a href="javascript:alert(2)">وائل</a>', "PER", "e2"),
    ]
    record["clusters"] = {"e1": {"name": "سامي <b>الحداد</b>", "label": "PER"},
                          "e2": {"name": "<script>alert(4)</script>", "label": "PER"}}
    record["quotes"] = [{**s.at("</span><script>alert(3)</script> هذا كذب"), "kind": "direct",
                         "speaker": {**s.at('<a href="javascript:alert(2)">وائل</a>'), "entity": "e2"},
                         "cue": s.at("مضيفا")}]
    record["claims"] = [{"source": {**s.at("سامي <b>الحداد</b>"), "entity": "e1"}, "cue": s.at("قال"),
                         "content": s.at('"<img src=x onerror=alert(1)>" لا يمثل موقف الحكومة'), "stance": "deny"}]
    record["timexes"] = []
    record["quantities"] = []
    return record


def build_corpus(path) -> dict[str, int]:
    """A small corpus in a new database at `path`: the example (outlet «الرافدين نيوز»), its agency
    copy at a second outlet (one story with it), the follow-up, and the hostile article.
    Returns the stored ids by name."""
    from marsad.store import Store
    ids = {}
    with Store(str(path)) as store:
        for name, record, source, url in (
                ("example", example_record(), "الرافدين نيوز", "https://rafidain.example/news/water-1"),
                ("syndicated", syndicated_record(), "دجلة اليوم", "https://dijla.example/iraq/un-water"),
                ("follow_up", follow_up_record(), "الرافدين نيوز", "https://rafidain.example/news/water-2"),
                ("hostile", hostile_record(), "<b>منفذ</b>", "javascript:alert(5)")):
            ids[name] = store.add(record, source=source, url=url).doc_id
        store.update_stories()
    return ids


@pytest.fixture(scope="session")
def corpus_db(tmp_path_factory):
    """(path, ids) of the small corpus, built once per test session."""
    path = tmp_path_factory.mktemp("corpus") / "marsad.db"
    return path, build_corpus(path)


CONFIRMED = """\
وزارة الموارد المائية تقر بأزمة المياه في البصرة

البصرة - أكدت وزارة الموارد المائية العراقية، الجمعة، وجود أزمة حادة في مياه الشرب بمحافظة البصرة، بعد يومين من نفيها.

وقال المتحدث باسم الوزارة سلام الدليمي: «نعمل مع الأمم المتحدة على خطة طوارئ خلال الصيف المقبل».
"""


def confirmed_record() -> dict:
    """The ministry that denied the crisis on the 21st confirms it on the 22nd."""
    text = CONFIRMED
    s = Spans(text)
    record = _base(text, "2024-11-22", "confirmed")
    record["entities"] = [_entity(s, "وزارة الموارد المائية العراقية", "ORG", "e1"), _entity(s, "البصرة", "LOC", "e2"),
                          _entity(s, "سلام الدليمي", "PER", "e3"), _entity(s, "الأمم المتحدة", "ORG", "e4")]
    record["clusters"] = {"e1": {"name": "وزارة الموارد المائية العراقية", "label": "ORG"},
                          "e2": {"name": "البصرة", "label": "LOC"}, "e3": {"name": "سلام الدليمي", "label": "PER"},
                          "e4": {"name": "الأمم المتحدة", "label": "ORG"}}
    record["quotes"] = [{**s.at("نعمل مع الأمم المتحدة على خطة طوارئ خلال الصيف المقبل"), "kind": "direct",
                         "speaker": {**s.at("سلام الدليمي"), "entity": "e3"}, "cue": s.at("وقال")}]
    record["claims"] = [{"source": {**s.at("وزارة الموارد المائية العراقية"), "entity": "e1"}, "cue": s.at("أكدت"),
                         "content": s.at("وجود أزمة حادة في مياه الشرب بمحافظة البصرة"), "stance": "confirm"}]
    record["timexes"] = [{**s.at("الجمعة"), "type": "DATE", "value": "2024-11-22"},
                         {**s.at("الصيف المقبل"), "type": "DATE", "value": "2025-SU"}]
    record["quantities"] = []
    return record


def build_two_day_corpus(path) -> dict[str, int]:
    """Two days of news from five outlets: the example and its wire copies on 21 November, the
    follow-up (reprinted) and the ministry confirming what it denied on 22 November."""
    from marsad.store import Store

    def dated(record: dict, day: str) -> dict:
        return {**record, "published": day}

    ids = {}
    with Store(str(path)) as store:
        for name, record, source, url in (
                ("example", dated(example_record(), "2024-11-21"), "was", "https://www.spa.gov.sa/w1"),
                ("copy-aawsat", dated(syndicated_record(), "2024-11-21"), "aawsat", "https://aawsat.com/w1"),
                ("copy-okaz", dated(syndicated_record(), "2024-11-21"), "okaz", "https://www.okaz.com.sa/w1"),
                ("follow_up", dated(follow_up_record(), "2024-11-22"), "alriyadh", "https://www.alriyadh.com/f1"),
                ("follow-sabq", dated(follow_up_record(), "2024-11-22"), "sabq", "https://sabq.org/f1"),
                ("confirmed", confirmed_record(), "aawsat", "https://aawsat.com/c1"),
                ("confirmed-okaz", confirmed_record(), "okaz", "https://www.okaz.com.sa/c1")):
            ids[name] = store.add(record, source=source, url=url).doc_id
        store.update_stories()
    return ids


@pytest.fixture(scope="session")
def two_day_db(tmp_path_factory):
    path = tmp_path_factory.mktemp("two-days") / "marsad.db"
    return path, build_two_day_corpus(path)
