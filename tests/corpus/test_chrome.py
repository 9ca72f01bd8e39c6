"""Chrome learned per outlet (marsad.corpus.chrome): counted as articles are ingested, applied to
later ones with its reason, listed by `marsad chrome`, re-marked on request."""
from __future__ import annotations

import json

import pytest

from marsad.cli import main
from marsad.corpus import chrome
from marsad.store import Store
from marsad.store.ingest import ingest
from marsad.store.remark import remark

OUTLET = "alwadi"
TITLES = [
    "أمانة الرياض تطلق حملة لتنظيف الأحياء الشرقية",
    "جامعة الملك سعود تفتتح مركزا لأبحاث المياه",
    "هيئة الطيران المدني تعلن مواعيد الرحلات الجديدة",
    "وزارة الصحة تحذر من ارتفاع درجات الحرارة",
    "بلدية جدة تزرع خمسة آلاف شجرة على الكورنيش",
    "الهلال يتعاقد مع مدافع برازيلي لثلاثة مواسم",
    "معرض الكتاب يستقبل مئتي ألف زائر في أسبوعه الأول",
    "الأرصاد تتوقع أمطارا رعدية على المرتفعات الجنوبية",
    "الغرفة التجارية تنظم ملتقى لرواد الأعمال في الدمام",
]
BODIES = [
    "أطلقت أمانة منطقة الرياض اليوم حملة واسعة لتنظيف الأحياء الشرقية بمشاركة مئات العمال والمتطوعين، وتستمر الحملة أسبوعين.",
    "افتتحت جامعة الملك سعود مركزا جديدا لأبحاث المياه يضم عشرة مختبرات، ويعمل فيه باحثون من كليات الهندسة والعلوم.",
    "أعلنت الهيئة العامة للطيران المدني مواعيد الرحلات الجديدة بين المطارات الداخلية، على أن يبدأ العمل بها مطلع الشهر المقبل.",
    "حذرت وزارة الصحة من التعرض المباشر لأشعة الشمس في ساعات الظهيرة مع ارتفاع درجات الحرارة في معظم مناطق المملكة.",
    "بدأت بلدية جدة زراعة خمسة آلاف شجرة على امتداد الكورنيش الشمالي، ضمن خطة لزيادة المساحات الخضراء في المدينة.",
    "أعلن نادي الهلال تعاقده مع مدافع برازيلي لمدة ثلاثة مواسم، بعد اجتيازه الفحص الطبي في العاصمة الرياض أمس.",
    "استقبل معرض الكتاب الدولي أكثر من مئتي ألف زائر خلال أسبوعه الأول، وشهدت أجنحة دور النشر إقبالا كبيرا من الشباب.",
    "توقع المركز الوطني للأرصاد هطول أمطار رعدية على المرتفعات الجنوبية، تصحبها رياح نشطة تحد من مدى الرؤية الأفقية.",
    "تنظم الغرفة التجارية في الدمام الأسبوع المقبل ملتقى لرواد الأعمال، يناقش فرص التمويل والتصدير للمنشآت الصغيرة.",
]
DATELINE = "الرياض - الوادي"                                   # a dateline: article, however often it recurs
SENTENCE = "وأكد المتحدث أن العمل مستمر في جميع المواقع حتى نهاية العام."   # a sentence: article
BARE = "كاريكاتير"                                             # no word of furniture: learned from repetition
FOLLOW = "تابعوا الوادي على تطبيقنا"


def article(i: int) -> str:
    return "\n\n".join([TITLES[i], DATELINE, BODIES[i], SENTENCE, BARE, FOLLOW,
                        f"رابط الخبر بصحيفة الوادي: {TITLES[i]}"])


def write(path, indices) -> str:
    with open(path, "w", encoding="utf-8") as f:
        for i in indices:
            f.write(json.dumps({"id": f"wadi-{i}", "text": article(i), "source": OUTLET,
                                "url": f"https://alwadi.example/{i}", "published": "2024-11-21"},
                               ensure_ascii=False) + "\n")
    return str(path)


def stored(store: Store, doc_id: int) -> tuple[str, dict[str, str | None], list[str]]:
    """(text, chrome line -> reason, body lines) of a stored record, the lines sliced by their offsets."""
    record = store.document(doc_id)
    text = record["text"]
    marked = {text[b["start"]:b["end"]]: b.get("reason") for b in record["boilerplate"]}
    return text, marked, [text[b["start"]:b["end"]] for b in record["body"]]


def test_ingest_learns_an_outlets_repeated_lines_and_marks_later_articles(tmp_path):
    db = tmp_path / "c.db"
    with Store(db) as store:
        report = ingest([write(tmp_path / "a.jsonl", range(9))], store, workers=1, progress=False, stories=False)
        assert report.added == 9
        ids = report.added_ids
        _, marked, body = stored(store, ids[0])
        assert BARE in body and marked.get(FOLLOW) == "follow"          # the classifier's own decision
        for n, doc_id in enumerate(ids[chrome.MIN_ARTICLES - 1:], chrome.MIN_ARTICLES):
            text, marked, body = stored(store, doc_id)
            reason = f"repeated in {n} articles of {OUTLET}"
            assert marked[BARE] == reason and marked[FOLLOW] == reason
            assert marked[f"رابط الخبر بصحيفة الوادي: {TITLES[n - 1]}"] == reason
            assert DATELINE in body and SENTENCE in body and BODIES[n - 1] in body
            start = text.index(BARE)
            assert {"start": start, "end": start + len(BARE)}.items() <= next(
                b for b in store.document(doc_id)["boilerplate"] if b["start"] == start).items()
        found = chrome.learned(store.connection(), OUTLET)
    assert sorted((f.example, f.articles) for f in found) == sorted(
        [(BARE, 9), (FOLLOW, 9), (f"رابط الخبر بصحيفة الوادي: {TITLES[0]}", 9)])
    assert {f.shape for f in found} >= {"رابط الخبر بصحيفه الوادي <t>"}


def test_the_command_lists_what_was_learned_with_counts(tmp_path, capsys):
    db = tmp_path / "c.db"
    with Store(db) as store:
        ingest([write(tmp_path / "a.jsonl", range(9))], store, workers=1, progress=False, stories=False)
    assert main(["chrome", "--outlet", OUTLET, "--db", str(db)]) == 0
    out = capsys.readouterr().out.splitlines()
    assert out[0].startswith("3 line(s) learned as chrome of alwadi")
    assert sorted(line.split(None, 1)[0] for line in out[1:]) == ["9", "9", "9"]
    assert any(line.endswith(BARE) for line in out[1:]) and not any(DATELINE in line for line in out)
    assert main(["chrome", "--db", str(db)]) == 0
    assert capsys.readouterr().out.split() == ["3", OUTLET]
    assert main(["chrome", "--outlet", OUTLET, "--min-articles", "1", "--db", str(db)]) == 3


def test_remark_marks_earlier_articles_and_replaces_their_rows(tmp_path):
    db = tmp_path / "c.db"
    with Store(db) as store:
        first = ingest([write(tmp_path / "a.jsonl", range(7))], store, workers=1, progress=False, stories=False)
        ingest([write(tmp_path / "b.jsonl", range(7, 9))], store, workers=1, progress=False, stories=False)
        assert BARE in stored(store, first.added_ids[0])[2]
        assert store.search(BARE)["total"] == 7              # the earlier articles hold it as body
        entities = store.connection().execute("SELECT count(*), sum(documents) FROM entities").fetchone()
        assert remark(store, OUTLET) == (7, 9)
        for doc_id in first.added_ids:
            _, marked, body = stored(store, doc_id)
            assert marked[BARE] == f"repeated in 9 articles of {OUTLET}" and DATELINE in body
        assert store.search(BARE)["total"] == 0
        assert store.search("الكورنيش")["total"] == 1         # the article's own words are still found
        assert store.connection().execute("SELECT count(*), sum(documents) FROM entities").fetchone() == entities
        assert remark(store, OUTLET) == (0, 9)               # nothing left to re-mark


def test_counts_are_kept_only_for_articles_that_were_stored(tmp_path):
    from marsad.document import Document
    with Store(tmp_path / "c.db") as store:
        learner = chrome.OutletChrome(store.connection)
        for i in range(9):
            learner.see(OUTLET, Document(article(i)), i)
        learner.stored({i: i < 3 for i in range(9)})
        assert store.connection().execute(
            "SELECT articles FROM outlet_chrome WHERE outlet = ? AND shape = ?", (OUTLET, BARE)).fetchone() == (3,)
        assert learner.known(OUTLET, article(0)) == []


@pytest.mark.parametrize("line, learnable", [
    (BARE, True), (FOLLOW, True), ("// انتهى //", True), ("88591 - Stc", True),
    (DATELINE, False), (SENTENCE, False), ("ناصر الجديع", False), ("عين اليوم – متابعات", False),
    ("الرياض 26 شوال 1436 هـ الموافق 11 أغسطس 2015 م واس", False), ("والسلام عليكم ورحمة الله وبركاته", False),
    ("أولاً:", False), ("الاقتصاد في صور", False),
])
def test_the_guard_keeps_datelines_bylines_and_sentences_in_the_article(line, learnable):
    assert chrome.learnable(line) is learnable
