from marsad.annotators.boilerplate import split_paragraphs
from marsad.annotators.entities import entities
from marsad.annotators.segment import segment
from marsad.document import Document
from marsad.layers import ENTITIES
from marsad.pipeline import Pipeline


def test_short_names_of_known_organisations_are_found_with_clitics_and_quotes():
    text = ("وقال مسؤول محلي إن عناصر «داعش» انسحبوا من القرية، فيما تقدمت القوات نحو مواقع للحوثيين "
            "جنوب المدينة، ودعت أوبك إلى خفض الإنتاج.")
    doc = Pipeline([split_paragraphs, segment, entities])(Document(text))
    found = [(m.start, m.end, m.text, m.label) for m in doc.layer(ENTITIES)]
    d, h, o = text.index("داعش"), text.index("للحوثيين"), text.index("أوبك")
    assert (d, d + 4, "داعش", "ORG") in found
    assert (h, h + 8, "للحوثيين", "ORG") in found          # ل + ال elided: the word is kept whole
    assert (o, o + 4, "أوبك", "ORG") in found
    for s, e, t, _ in found:
        assert text[s:e] == t


def test_a_place_named_like_an_organisation_stays_a_place():
    from marsad.annotators.entities.known import known_mentions
    from tests.annotators.entities import view_of
    text = "تفقد المسؤول مدارس محافظة فيفا أمس، وأعلن فيفا موعد البطولة."
    found = [(m.start, m.end, m.text) for m in known_mentions(view_of(text), [], None)]
    start = text.rindex("فيفا")
    assert found == [(start, start + 4, "فيفا")]
