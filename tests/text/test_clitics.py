from marsad.document import Span
from marsad.text.clitics import analyses, strip_proclitics


def word(w):
    return Span(0, len(w), w)


def test_readings_go_from_most_stripped_to_none():
    readings = analyses(word("والسعودية"))
    assert [(a.prefix, a.stem.text) for a in readings] == [("وال", "سعودية"), ("و", "السعودية"), ("", "والسعودية")]
    assert readings[0].without_proclitics.text == "السعودية"


def test_preposition_with_elided_article():
    first = analyses(word("للمعاهدة"))[0]
    assert first.preposition.text == "ل" and first.stem.text == "معاهدة"


def test_parts_are_spans_of_the_original_text():
    text = "قال إن القوات وصلت لأوكرانيا"
    start = text.index("لأوكرانيا")
    first = analyses(Span(start, len(text), text))[0]
    assert first.preposition.text == "ل"
    assert first.stem.text == "أوكرانيا"
    assert text[first.stem.start:first.stem.end] == "أوكرانيا"


def test_tatweel_after_a_clitic_is_skipped():
    assert analyses(word("لـسبق"))[0].stem.text == "سبق"


def test_without_a_lexicon_only_clitics_before_the_article_are_stripped():
    assert strip_proclitics(word("بالمنطقة")).text == "المنطقة"
    assert strip_proclitics(word("وزير")).text == "وزير"
    assert strip_proclitics(word("بوتين")).text == "بوتين"


def test_a_lexicon_decides_ambiguous_words():
    known = {"أوكرانيا", "بيونغ", "بوتين"}.__contains__
    assert strip_proclitics(word("لأوكرانيا"), known).text == "أوكرانيا"
    assert strip_proclitics(word("وبيونغ"), known).text == "بيونغ"
    assert strip_proclitics(word("بوتين"), known).text == "بوتين"
