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


def test_every_trigger_is_one_run_of_letters():
    # trigger_hits looks whole runs of letters up in the table: a trigger with a mark, a digit
    # or a space inside would never be found
    import re
    from marsad.annotators.timexes.triggers import TRIGGERS
    bad = [w for w in TRIGGERS if not re.fullmatch(r"[^\W\d_]+", w)]
    assert bad == []


def test_trigger_hits_are_whole_words_and_numbers():
    from marsad.annotators.timexes.triggers import trigger_hits
    text = fold("وصل الوفد يوم الخميس الساعة 10:30 في أكتوبر، والخميسي لا.")
    hits = [(s, e, text[s:e], rules) for s, e, rules in trigger_hits(text, 0, len(text))]
    found = {t: rules for _, _, t, rules in hits}
    assert "weekday" in found["الخميس"] and "date" in found["اكتوبر"] and "clock" in found["10"]
    assert "والخميسي" not in found and "الخميسي" not in found      # a longer word is not its prefix
    start = text.index("الخميس")
    assert (start, start + 6, "الخميس") in [h[:3] for h in hits]
    later = trigger_hits(text, start + 1, len(text))                 # a scan from inside the word skips it
    assert later[0][0] > start + 6
