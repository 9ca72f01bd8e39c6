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
