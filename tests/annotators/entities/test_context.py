from marsad.annotators.entities.context import refine
from marsad.annotators.entities.model import load
from marsad.layers import Mention
from tests.annotators.entities import view_of


def _spans(mentions):
    return [(m.start, m.end, m.text, m.label) for m in mentions]


def _mention(text, name, label):
    start = text.index(name)
    return Mention(start, start + len(name), text, label, None, 0.9)


def test_a_span_run_over_waw_and_a_known_place_is_two_names():
    text = "وتعززت العلاقات بين موسكو وبيونغ يانغ منذ العام الماضي."
    found = _spans(refine([_mention(text, "موسكو وبيونغ يانغ", "ORG")], view_of(text), load()))
    moscow, pyongyang = text.index("موسكو"), text.index("بيونغ")
    assert found == [(moscow, moscow + 5, "موسكو", "LOC"), (pyongyang, pyongyang + 10, "بيونغ يانغ", "LOC")]
    assert text[found[1][0]:found[1][1]] == "بيونغ يانغ"


def test_a_coordinated_organisation_keeps_its_fields():
    text = "وأعلنت وزارة الكهرباء والماء خطة جديدة."
    m = _mention(text, "وزارة الكهرباء والماء", "ORG")
    assert _spans(refine([m], view_of(text), load())) == [(m.start, m.end, "وزارة الكهرباء والماء", "ORG")]


def test_a_region_head_before_a_known_place_is_left_out():
    text = "ثم توجه الوفد إلى مستشفى بمنطقة عسير."
    start = text.index("منطقة")                          # the tagger's بمنطقة عسير, ب cut
    found = _spans(refine([Mention(start, start + len("منطقة عسير"), text, "LOC", None, 0.9)], view_of(text), load()))
    asir = text.index("عسير")
    assert found == [(asir, asir + 4, "عسير", "LOC")]
    text = "وصلت وفود من منطقة اليورو إلى جنيف."             # no place after the head: the head stays
    m = _mention(text, "منطقة اليورو", "LOC")
    assert [f[2] for f in _spans(refine([m], view_of(text), load()))][:1] == ["منطقة اليورو"]
