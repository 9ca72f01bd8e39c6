import gzip
import json
from importlib import resources

from marsad.annotators.kb import KnowledgeBase, entry_forms, knowledge_base, name_form

ENTRIES = [
    {"id": "adel-al-jubeir", "type": "PER", "kind": "minister", "ar": "عادل الجبير",
     "variants": ["عادل بن أحمد الجبير", "الجبير"], "en": "Adel al-Jubeir", "country": "SA"},
    {"id": "saudi-moi", "type": "ORG", "kind": "ministry", "ar": "وزارة الداخلية السعودية",
     "variants": ["وزارة الداخلية"], "en": "Saudi Ministry of Interior", "country": "SA"},
    {"id": "egypt-moi", "type": "ORG", "kind": "ministry", "ar": "وزارة الداخلية المصرية",
     "variants": [], "en": "Egyptian Ministry of Interior", "country": "EG"},
    {"id": "ahli-jeddah", "type": "ORG", "kind": "club", "ar": "الأهلي السعودي", "variants": ["الأهلي"]},
    {"id": "ahli-cairo", "type": "ORG", "kind": "club", "ar": "الأهلي المصري", "variants": ["الأهلي"]},
]


def test_name_forms_fold_titles_clitics_and_split_particles():
    assert name_form("الوزير عادل الجبير") == name_form("عادل الجبير") == "عادل الجبير"
    assert name_form("عبد الله بن عبد العزيز") == name_form("عبدالله بن عبدالعزيز")
    assert name_form("والسعودية") == "السعوديه"
    assert name_form("«أرامكو»") == "ارامكو"


def test_the_longest_known_name_decides_and_must_name_one_entry():
    kb = KnowledgeBase(ENTRIES)
    assert kb.link("PER", ["الجبير", "عادل بن أحمد الجبير"]).english == "Adel al-Jubeir"
    assert kb.link("ORG", ["الجبير"]) is None                       # the label must agree
    assert kb.link("ORG", ["الأهلي"]) is None                        # two clubs share the short name
    assert kb.link("ORG", ["الأهلي المصري", "الأهلي"]).id == "ahli-cairo"


def test_a_generic_name_needs_its_country_in_the_article():
    kb = KnowledgeBase(ENTRIES)
    assert kb.link("ORG", ["وزارة الداخلية"]) is None
    assert kb.link("ORG", ["وزارة الداخلية"], frozenset({"SA"})).id == "saudi-moi"
    assert kb.link("ORG", ["وزارة الداخلية السعودية"]).id == "saudi-moi"   # the full name is no generic one


def test_the_packaged_table_loads_with_forms_built_by_todays_code():
    kb = knowledge_base()
    assert len(kb.entries) > 5000
    path = resources.files("marsad") / "models" / "kb" / "kb.jsonl.gz"
    with path.open("rb") as raw, gzip.open(raw, "rt", encoding="utf-8") as f:
        rows = [json.loads(line) for line in f]
    stale = [r["id"] for r in rows if [list(x) for x in entry_forms(r)] != r["forms"]]
    assert not stale, f"rebuild with `python -m training.kb_table`: {stale[:5]}"


def test_a_title_that_would_leave_one_word_stays_in_the_name():
    kings = KnowledgeBase([
        {"id": "hussein-bin-talal", "type": "PER", "ar": "الحسين بن طلال", "variants": ["الملك حسين"]},
        {"id": "ahmed-gaid-salah", "type": "PER", "ar": "أحمد قايد صالح", "variants": ["قايد صالح"]},
        {"id": "amin-nasser", "type": "PER", "ar": "أمين الناصر", "variants": []}])
    assert dict(entry_forms({"type": "PER", "ar": "أحمد قايد صالح", "variants": ["قايد صالح"]})) == {
        "احمد قايد صالح": False, "قايد صالح": False}                  # not `صالح`: قائد is a title too
    assert kings.link("PER", ["حسين"]) is None and kings.link("PER", ["صالح"]) is None
    assert kings.link("PER", ["حسين"], titled=["الملك حسين"]).id == "hussein-bin-talal"
    assert kings.link("PER", ["أمين الناصر"]).id == "amin-nasser"      # أمين is his given name here
    assert kings.link("PER", ["الناصر"]) is None


def test_a_persons_longest_name_must_agree_with_the_entry_a_short_form_found():
    kb = KnowledgeBase([{"id": "john-kerry", "type": "PER", "ar": "جون كيري", "variants": ["كيري"]}, *ENTRIES])
    assert kb.link("PER", ["جون كيري", "كيري"]).id == "john-kerry"
    assert kb.link("PER", ["كيري"]).id == "john-kerry"
    assert kb.link("PER", ["محمد كيري", "كيري"]) is None              # another Kerry
    assert kb.link("PER", ["عادل بن أحمد الجبير", "الجبير"]).id == "adel-al-jubeir"   # first and last words


def test_a_foreign_name_agrees_in_another_transliteration():
    kb = KnowledgeBase([{"id": "sergio-ramos", "type": "PER", "ar": "سيرجيو راموس", "variants": ["راموس"]},
                        {"id": "diego-maradona", "type": "PER", "ar": "دييغو مارادونا", "variants": ["مارادونا"]}])
    assert kb.link("PER", ["سيرخيو راموس", "راموس"]).id == "sergio-ramos"
    assert kb.link("PER", ["دييجو مارادونا", "مارادونا"]).id == "diego-maradona"
    assert kb.link("PER", ["بينيتيز راموس", "راموس"]) is None


def test_a_persons_known_nickname_is_his_whatever_his_other_names():
    kb = KnowledgeBase([{"id": "yasser-arafat", "type": "PER", "ar": "ياسر عرفات", "variants": ["أبو عمار"]}])
    assert kb.link("PER", ["أبو عمار"]).id == "yasser-arafat"


def test_a_word_the_tagger_glued_to_a_persons_name_does_not_keep_him_unlinked():
    kb = KnowledgeBase([{"id": "john-kerry", "type": "PER", "ar": "جون كيري", "variants": ["كيري"]},
                        {"id": "cristiano-ronaldo", "type": "PER", "ar": "كريستيانو رونالدو", "variants": ["رونالدو"]}])
    assert kb.link("PER", ["كيري منتقدي", "كيري"]).id == "john-kerry"        # critics of Kerry
    assert kb.link("PER", ["رونالدو أبدى", "رونالدو"]).id == "cristiano-ronaldo"
    assert kb.link("PER", ["محمد كيري", "كيري"]) is None
