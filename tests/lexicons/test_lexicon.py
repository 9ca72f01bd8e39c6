import pytest

from marsad.lexicons import titles
from marsad.lexicons.lexicon import Lexicon, lexicon


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
