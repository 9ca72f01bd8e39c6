from marsad.annotators.entities.coordinated import extend_coordinated
from marsad.layers import Mention
from tests.annotators.entities import view_of


def _org(text, words):
    start = text.index(words)
    return Mention(start, start + len(words), text, "ORG", None, None)


def _run(text, orgs):
    found = extend_coordinated([_org(text, o) for o in orgs], view_of(text))
    for m in found:
        assert text[m.start:m.end] == m.text
    return [(m.start, m.end, m.text) for m in found]


def test_an_organisation_named_for_two_fields_takes_both():
    text = "وأطلقت الهيئة الوطنية للبحوث الزراعية والثروة السمكية برنامجا مع وزارة النقل والاتصالات أمس."
    found = _run(text, ["الهيئة الوطنية للبحوث الزراعية", "وزارة النقل"])
    a, b = text.index("الهيئة"), text.index("وزارة")
    assert found == [(a, a + len("الهيئة الوطنية للبحوث الزراعية والثروة السمكية"),
                      "الهيئة الوطنية للبحوث الزراعية والثروة السمكية"),
                     (b, b + len("وزارة النقل والاتصالات"), "وزارة النقل والاتصالات")]


def test_a_second_body_or_people_after_wa_stay_out():
    text = "وحضر ممثلو وزارة الخارجية والحرس الوطني، فيما تحتاج مناهج وزارة التربية والمدرسون إلى دعم."
    found = _run(text, ["وزارة الخارجية", "الحرس الوطني", "وزارة التربية"])
    assert [f[2] for f in found] == ["وزارة الخارجية", "الحرس الوطني", "وزارة التربية"]
