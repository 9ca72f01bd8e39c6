"""The grammar's trigger-word shortcut finds exactly what trying every rule everywhere finds."""
from marsad.annotators.timexes import select
from marsad.annotators.timexes.patterns import find_candidates, find_candidates_everywhere
from marsad.text.normalize import fold
from tests.conftest import shared_path

SENTENCES = [
    "وصل الوفد مساء الخميس 23 أكتوبر 2024 الموافق 20 ربيع الآخر 1446هـ، وغادر بعد يومين.",
    "ويستمر المعرض من 5 إلى 10 سبتمبر 2015، وارتفعت الصادرات بين عامي 2010 و2014.",
    "في الثمانينيات من القرن الماضي، الساعة 10:30 صباحا، كل شهر، شهرياً، الربع الرابع، حاليا.",
    "طفلة (12عاما) في الاحد10شوال 1436ه (26يوليو 2015م) لمدة (15) يوماً اعتبارا من اليوم.",
    "قبل نحو ثلاثة أعوام مضت، يوم الخميس 1436/11/5هـ، ولأربع سنوات قادمة، وفي وقت سابق، للربع الماضي.",
    "من 15 ديسمبر المقبل حتى 15 يناير 2016، عاما واحدا، خمس أو ست سنوات، النصف الأول، وفي 2013، الموسم الماضي.",
]


def _kept(find, text):
    view = fold(text)
    return [(c.start, c.end, c.parse) for c in select(find(view, 0, len(view)))]


def test_triggers_miss_nothing_on_sentences():
    for text in SENTENCES:
        assert _kept(find_candidates, text) == _kept(find_candidates_everywhere, text)


def test_triggers_miss_nothing_on_the_dev_articles():
    for path in sorted(shared_path("eval", "dev").glob("*.txt")):
        text = path.read_text(encoding="utf-8")
        assert _kept(find_candidates, text) == _kept(find_candidates_everywhere, text), path.name
