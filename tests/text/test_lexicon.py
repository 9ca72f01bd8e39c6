import pytest

from marsad.lexicons import titles
from marsad.text.lexicon import Lexicon, lexicon


def test_a_lexicon_folds_its_entries_once():
    lex = Lexicon("test.heads", ["وزارة", "الهيئة", "مجلس الشورى"])
    assert "وزاره" in lex and "الهييه" in lex and "وزارة" not in lex     # asked with folded forms
    assert lex.phrases == (("مجلس", "الشوري"),)
    assert lex.words == {"وزاره", "الهييه", "مجلس", "الشوري"}
    assert lexicon("test.heads") is lex


def test_two_lexicons_may_not_share_a_name():
    Lexicon("test.same", ["أ"])
    with pytest.raises(ValueError):
        Lexicon("test.same", ["ب"])


def test_tags_pick_the_sub_lists_of_one_table():
    lex = Lexicon("test.tagged", {"الرئيس": "office before_name", "رئيس": "office", "د": "letter"})
    assert lex.tags("الرييس") == {"office", "before_name"}
    assert lex.tagged("office").entries == ("الرئيس", "رئيس")
    assert lex.tagged("letter").forms == {"د"}


def test_titles_are_one_table_with_tags():
    assert "الرييس" in titles.NAME_TITLES and "رييس" not in titles.NAME_TITLES   # an office opens a description
    assert "رييس" in titles.PERSON_TITLES
    assert "الدكتور" in titles.FAMILY_NAME_TITLES and "الفريق" not in titles.FAMILY_NAME_TITLES
    assert titles.LETTER_TITLES.forms == {"د", "م"}
    assert {"ا", "اد"} <= {f.replace(".", "") for f in titles.SPEAKER_ABBREVIATIONS.forms}
    assert "معالي" in titles.NEUTRAL_TITLES and "الملك" in titles.DEDICATION_TITLES
    for tagged in (titles.PERSON_TITLES, titles.SPEAKER_TITLES, titles.NAME_TITLES):
        assert tagged.forms <= titles.TITLES.forms


def test_a_lexicon_is_a_set_of_folded_forms():
    import pickle
    lex = Lexicon("test.set", ["مستشفى", "مطار"])
    assert lex.forms is lex and len(lex) == 2 and set(lex) == {"مستشفي", "مطار"}
    assert lex | {"جسر"} == {"مستشفي", "مطار", "جسر"}
    assert pickle.loads(pickle.dumps(lex)) is lex                  # the registered one


def test_definite_forms_and_unions():
    from marsad.text.lexicon import union, with_article
    assert with_article(["مستشفى", "أمير منطقة"]) == ["مستشفى", "أمير منطقة", "المستشفى"]
    heads = union("test.heads_union", Lexicon("test.u1", ["وزارة"]), Lexicon("test.u2", ["هيئة", "وزارة"]))
    assert heads.entries == ("وزارة", "هيئة") and "الهييه" not in heads


def test_name_particles_are_one_table():
    from marsad.lexicons import entities, given_names
    assert entities.PATRONYMICS.forms == {"بن", "ابن", "بنت"}
    assert entities.NAME_OPENERS.forms <= entities.PERSON_PARTICLES.forms
    assert "ال" in entities.PERSON_PARTICLES and "ال" not in entities.NAME_OPENERS        # آل folds to ال
    assert given_names.PATRONYMIC_LINKS == ("بن", "ابن", "بنت", "أبو", "ابو", "أبي", "ابي", "أم")
