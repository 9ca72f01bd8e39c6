"""Person edges: a name cut after a particle, pronoun words and الله taken for persons."""
import marsad
from marsad.annotators.entities.article import propagate
from marsad.annotators.entities.model import load
from marsad.annotators.entities.persons import join_persons
from marsad.layers import Mention
from tests.annotators.entities import view_of


def _entities(text):
    record = marsad.to_record(marsad.analyze(text, published="2015-08-01"))
    for e in record["entities"]:
        assert text[e["start"]:e["end"]] == e["text"]
    return [(e["start"], e["end"], e["text"], e["label"]) for e in record["entities"]]


def test_a_person_ending_on_a_particle_takes_the_next_word():
    text = "وصرح العقيد ماجد عبد الكريم للصحفيين بأن التحقيق مستمر."
    start = text.index("ماجد")
    found = join_persons([Mention(start, start + len("ماجد عبد"), text, "PER", None, 0.9)], view_of(text), load())
    assert [(m.start, m.end, m.text, m.label) for m in found] == [
        (start, start + len("ماجد عبد الكريم"), "ماجد عبد الكريم", "PER")]
    text = "وحضر الحفل نادر بن سلطان القويفلي."
    start = text.index("نادر")
    found = join_persons([Mention(start, start + len("نادر بن"), text, "PER", None, 0.9)], view_of(text), load())
    assert [m.text for m in found] == ["نادر بن سلطان"]


def test_a_particle_does_not_take_a_conjunction_or_a_function_word():
    text = "وشكر سالم بن وأصدقاءه."
    start = text.index("سالم")
    m = Mention(start, start + len("سالم بن"), text, "PER", None, 0.9)
    assert join_persons([m], view_of(text), load()) == [m]


def test_words_with_the_first_person_pronoun_are_no_persons():
    text = "وقال لي صديقي إن الطريق مغلق، فاتصل أبي بالشرطة."
    assert [e for e in _entities(text) if e[2] in ("لي", "أبي")] == []


def test_allah_of_a_formula_is_not_spread_as_a_surname():
    text = "وروى حمزة بن عقيل رضي الله عنه الحديث. ونسأل الله التوفيق."
    toks = view_of(text)
    start = text.index("حمزة")
    person = Mention(start, start + len("حمزة بن عقيل رضي الله"), text, "PER", None, 0.9)
    assert propagate([person], toks, load()) == [person]


def test_a_person_ends_before_a_pious_formula():
    text = "وروى سهل بن سعد رضي الله عنه هذا الخبر."
    start = text.index("سهل")
    m = Mention(start, text.index(" الله"), text, "PER", None, 0.9)           # the tagger's سهل بن سعد رضي
    found = join_persons([m], view_of(text), load())
    assert [(f.start, f.end, f.text, f.label) for f in found] == [(start, start + len("سهل بن سعد"), "سهل بن سعد", "PER")]


def test_ridwan_without_allah_stays_a_name():
    text = "وأكد المهندس ماهر رضوان أن المشروع اكتمل."
    start = text.index("ماهر")
    m = Mention(start, start + len("ماهر رضوان"), text, "PER", None, 0.9)
    assert join_persons([m], view_of(text), load()) == [m]
