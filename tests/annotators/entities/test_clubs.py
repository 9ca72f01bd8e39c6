"""Football clubs named bare, in a sports context, as organisations."""
from marsad.annotators.entities.clubs import club_mentions
from marsad.annotators.entities.model import load
from marsad.layers import Mention
from tests.annotators.entities import view_of


def _found(text):
    out = club_mentions(view_of(text), [], load())
    for m in out:
        assert text[m.start:m.end] == m.text
    return [(m.start, m.end, m.text, m.label) for m in out]


def test_a_club_after_a_sports_word_is_an_organisation():
    text = "وأكد مدرب الشباب أن لاعبي الوحدة سيغادرون إلى المعسكر."
    a, b = text.index("الشباب"), text.index("الوحدة")
    assert _found(text) == [(a, a + 6, "الشباب", "ORG"), (b, b + 6, "الوحدة", "ORG")]


def test_coordinated_clubs_one_of_them_distinct():
    text = "وتترقب الجماهير لقاء الأهلي والاتفاق مساء الجمعة."
    a, b = text.index("الأهلي"), text.index("الاتفاق")
    assert _found(text) == [(a, a + 6, "الأهلي", "ORG"), (b, b + 7, "الاتفاق", "ORG")]   # و cut


def test_common_words_and_other_bodies_are_no_clubs():
    assert _found("ودعا إلى تعزيز الاتفاق والتعاون بين الشباب في البلدين.") == []
    assert _found("وقدم فريق الهلال الأحمر الإسعافات للمصابين.") == []
    assert _found("وناقش الوزراء مع الاتحاد الأوروبي ملف الهجرة.") == []
    assert _found("وخرج المواطنون أمام الاتحاد للاحتجاج.") == []      # a weak word needs a distinct club


def test_the_stage_labels_a_club_the_tagger_took_for_a_place():
    import marsad
    text = "وصلت بعثة فريق القادسية إلى النمسا أمس لإقامة معسكر إعدادي."
    record = marsad.to_record(marsad.analyze(text, published="2015-08-01"))
    start = text.index("القادسية")
    assert (start, start + 8, "القادسية", "ORG") in [(e["start"], e["end"], e["text"], e["label"])
                                                      for e in record["entities"]]
