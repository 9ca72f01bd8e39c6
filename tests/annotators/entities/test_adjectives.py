from marsad.annotators.boilerplate import split_paragraphs
from marsad.annotators.entities import entities
from marsad.annotators.segment import segment
from marsad.document import Document
from marsad.layers import ENTITIES
from marsad.pipeline import Pipeline


def _mentions(text):
    doc = Pipeline([split_paragraphs, segment, entities])(Document(text))
    return [(m.start, m.end, m.text, m.label) for m in doc.layer(ENTITIES)]


def test_country_adjective_after_a_definite_noun_is_no_place():
    text = ("هبطت الطائرة الإغاثية السعودية في المطار، وشاركت المنتخبات السعودية في البطولة. "
            "وعاد الفريق إلى السعودية أمس.")
    found = _mentions(text)
    places = [(s, e, t) for s, e, t, label in found if label == "LOC"]
    assert places == [(text.rindex("السعودية"), text.rindex("السعودية") + 8, "السعودية")]
    for s, e, t, _ in found:
        assert text[s:e] == t


def test_country_adjective_after_an_organisation_joins_its_name():
    text = "وأعلنت وزارة الداخلية السعودية أمس عن ضبط المتهمين."
    found = _mentions(text)
    start = text.index("وزارة")
    assert (start, start + len("وزارة الداخلية السعودية"), "وزارة الداخلية السعودية", "ORG") in found
    assert not [f for f in found if f[3] == "LOC"]


def test_a_month_beside_another_month_is_no_name_but_the_carmaker_is():
    text = "وتراجعت المبيعات منذ نيسان/أبريل الماضي، وأوقفت الشركة عملياتها في 30 أبريل (نيسان)، بينما أعلنت نيسان عن طراز جديد."
    found = _mentions(text)
    car = text.rindex("نيسان")
    assert [f for f in found if f[2] == "نيسان"] == [(car, car + 5, "نيسان", "ORG")]
