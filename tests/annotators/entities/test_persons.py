from marsad.annotators.entities.model import load
from marsad.annotators.entities.persons import join_persons
from marsad.layers import Mention
from tests.annotators.entities import view_of


def _person(text, words):
    start = text.index(words)
    return Mention(start, start + len(words), text, "PER", None, 0.9)


def _run(text, parts):
    found = join_persons([_person(text, p) for p in parts], view_of(text), load())
    for m in found:
        assert text[m.start:m.end] == m.text
    return [(m.start, m.end, m.text) for m in found]


def test_the_given_name_ali_between_two_parts_joins_them():
    text = "وأوضح المهندس سامي علي القحطاني أن المشروع اكتمل."
    found = _run(text, ["سامي", "القحطاني"])
    start = text.index("سامي")
    assert found == [(start, start + len("سامي علي القحطاني"), "سامي علي القحطاني")]


def test_the_preposition_ala_keeps_two_persons_apart():
    text = "وتغلب مارتن على بيرنز في النهائي."
    assert [f[2] for f in _run(text, ["مارتن", "بيرنز"])] == ["مارتن", "بيرنز"]


def test_al_and_the_family_join_the_person():
    text = "واستقبل الأمير فيصل بن تركي آل سعود الوفد."
    found = _run(text, ["فيصل بن تركي"])
    start = text.index("فيصل")
    assert found == [(start, start + len("فيصل بن تركي آل سعود"), "فيصل بن تركي آل سعود")]


def test_a_one_word_family_name_right_after_a_person_joins_it():
    text = "وقال العقيد ماجد بن حمد الزهراني؛ إن الحملة مستمرة."
    found = _run(text, ["ماجد بن حمد", "الزهراني"])
    start = text.index("ماجد")
    assert found == [(start, start + len("ماجد بن حمد الزهراني"), "ماجد بن حمد الزهراني")]


def test_a_family_name_after_a_titled_person_joins_it_but_not_a_participle():
    text = "وحضر الأستاذ ناصر الفريح الحفل، وقالت نادين كارتر المرشحة للمنصب إنها ستفوز."
    found = _run(text, ["ناصر", "نادين كارتر"])
    start = text.index("ناصر")
    assert found[0] == (start, start + len("ناصر الفريح"), "ناصر الفريح")
    assert found[1][2] == "نادين كارتر"
