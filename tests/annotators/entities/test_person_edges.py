"""Person edges: pronoun words and الله taken for persons."""
import marsad
from marsad.annotators.entities.article import propagate
from marsad.annotators.entities.model import load
from marsad.layers import Mention
from tests.annotators.entities import view_of


def _entities(text):
    record = marsad.to_record(marsad.analyze(text, published="2015-08-01"))
    for e in record["entities"]:
        assert text[e["start"]:e["end"]] == e["text"]
    return [(e["start"], e["end"], e["text"], e["label"]) for e in record["entities"]]


def test_words_with_the_first_person_pronoun_are_no_persons():
    text = "وقال لي صديقي إن الطريق مغلق، فاتصل أبي بالشرطة."
    assert [e for e in _entities(text) if e[2] in ("لي", "أبي")] == []


def test_allah_of_a_formula_is_not_spread_as_a_surname():
    text = "وروى حمزة بن عقيل رضي الله عنه الحديث. ونسأل الله التوفيق."
    toks = view_of(text)
    start = text.index("حمزة")
    person = Mention(start, start + len("حمزة بن عقيل رضي الله"), text, "PER", None, 0.9)
    assert propagate([person], toks, load()) == [person]
