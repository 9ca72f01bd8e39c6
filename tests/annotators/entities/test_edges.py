import marsad
from marsad.annotators.entities.edges import not_name_word
from marsad.annotators.entities.model import load
from tests.annotators.entities import view_of


def persons(text):
    return [(m["start"], m["end"], m["text"]) for m in marsad.to_record(marsad.analyze(text))["entities"]
            if m["label"] == "PER"]


def test_verb_and_adverb_shapes_are_no_part_of_a_name_but_names_that_are_common_words_are():
    text = "سيزداد مازحا كافحت مستشارو فإن وأردف متعب نظيف فرانسوا تياجو جارسيا علي فان"
    view = view_of(text)
    flags = {view.tokens[i].text: not_name_word(view, i, load()) for i in range(len(view.tokens))}
    assert flags == {"سيزداد": True, "مازحا": True, "كافحت": True, "مستشارو": True, "فإن": True, "وأردف": True,
                     "متعب": False, "نظيف": False, "فرانسوا": False, "تياجو": False, "جارسيا": False,
                     "علي": False, "فان": False}


def test_a_person_glued_to_the_adverb_after_him_is_the_name_alone():
    text = "وقال الدبلوماسي الأمريكي جون كيري إن الاتفاق جيد. وأضاف كيري مازحا أن الطعام كان جيدا."
    assert persons(text) == [(25, 33, "جون كيري"), (56, 60, "كيري")]
    assert text[56:60] == "كيري" and text[60:66] == " مازحا"
