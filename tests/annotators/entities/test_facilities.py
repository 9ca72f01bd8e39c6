from marsad.annotators.entities.facilities import extend_facilities
from marsad.layers import Mention
from tests.annotators.entities import view_of


def _loc(text, words):
    start = text.index(words)
    return Mention(start, start + len(words), text, "LOC", None, None)


def test_a_facility_takes_its_head_and_adjectives_but_not_a_country_adjective():
    text = "نقل المصابون إلى مستشفى تبوك المركزي، ثم زار الوفد متنزه سيرينغيتي الوطني التنزاني."
    found = extend_facilities([_loc(text, "تبوك"), _loc(text, "متنزه سيرينغيتي الوطني التنزاني")], view_of(text))
    a, b = text.index("مستشفى"), text.index("متنزه")
    assert [(m.start, m.end, m.text) for m in found] == [
        (a, a + len("مستشفى تبوك المركزي"), "مستشفى تبوك المركزي"),
        (b, b + len("متنزه سيرينغيتي الوطني"), "متنزه سيرينغيتي الوطني")]
    for m in found:
        assert text[m.start:m.end] == m.text
