import subprocess
import sys

import marsad
from marsad.annotators.boilerplate import split_paragraphs
from marsad.annotators.entities import cluster_at, descriptions, entities, entities_stage
from marsad.annotators.entities.model import load, model_dir
from marsad.annotators.segment import segment
from marsad.document import Document
from marsad.layers import CLUSTERS, ENTITIES
from marsad.pipeline import Pipeline

TEXT = ("قال الرئيس الروسي فلاديمير بوتين يوم الخميس إن القوات الروسية ستواصل عملياتها في منطقة كورسك، "
        "فيما أعلنت المخابرات الكورية الجنوبية أن كوريا الشمالية أرسلت آلاف الجنود لروسيا.\n"
        "وأضاف الرئيس الروسي أن موسكو وبيونغ يانغ وقعتا اتفاقية للتعاون. وقال بوتين إن العلاقات مع أوكرانيا متوترة.")


def _analyse(text):
    return Pipeline([split_paragraphs, segment, entities])(Document(text))


def test_model_ships_inside_the_installed_package():
    folder = model_dir()
    assert folder.parent.parent == __import__("pathlib").Path(marsad.__file__).parent
    assert (folder / "ner.crfsuite").stat().st_size < 8_000_000
    assert (folder / "MODEL_CARD.md").exists()
    tags, probs = load().tag("وصل فلاديمير بوتين إلى موسكو".split())
    assert tags == ["O", "B-PER", "I-PER", "O", "B-LOC"]
    assert all(0.0 < p <= 1.0 for p in probs)


def test_stage_finds_mentions_with_clitics_and_titles_cut():
    doc = _analyse(TEXT)
    found = [(m.text, m.label) for m in doc.layer(ENTITIES)]
    for m in doc.layer(ENTITIES):
        assert doc.text[m.start:m.end] == m.text
    assert ("فلاديمير بوتين", "PER") in found
    assert ("بوتين", "PER") in found
    assert ("كورسك", "LOC") in found
    assert ("المخابرات الكورية الجنوبية", "ORG") in found
    assert ("روسيا", "LOC") in found and ("لروسيا", "LOC") not in found
    assert ("بيونغ يانغ", "LOC") in found and ("وبيونغ يانغ", "LOC") not in found
    assert ("أوكرانيا", "LOC") in found
    assert not any("الرئيس" in text for text, _ in found)
    assert not any(text in ("الروسي", "الروسية", "الكورية") for text, _ in found)   # adjectives are no entities


def test_stage_clusters_the_person_and_keys_places():
    doc = _analyse(TEXT)
    mentions = doc.layer(ENTITIES)
    clusters = {c.id: c for c in doc.layer(CLUSTERS)}
    putin = {m.entity for m in mentions if "بوتين" in m.text}
    assert len(putin) == 1
    assert clusters[putin.pop()].name == "فلاديمير بوتين"
    keys = {m.text: clusters[m.entity].key for m in mentions if m.label == "LOC"}
    assert keys["روسيا"] == "RU" and keys["بيونغ يانغ"] == "KP:Pyongyang" and keys["أوكرانيا"] == "UA"
    assert {m.entity for m in mentions} == set(clusters)


def test_cluster_at_resolves_names_and_descriptions():
    doc = _analyse(TEXT)
    putin = next(m.entity for m in doc.layer(ENTITIES) if m.text == "فلاديمير بوتين")
    start = TEXT.index("بوتين", TEXT.index("وقال"))
    assert cluster_at(doc, start, start + 5) == putin
    later = TEXT.index("الرئيس الروسي", 50)                 # "وأضاف الرئيس الروسي" names no one
    assert cluster_at(doc, later, later + len("الرئيس الروسي")) == putin
    spans = [(s.text, e) for s, e in descriptions(doc)]
    assert ("الرئيس الروسي", putin) in spans
    assert not any(m.text == "الرئيس الروسي" for m in doc.layer(ENTITIES))   # not a named mention
    verb = TEXT.index("ستواصل")
    assert cluster_at(doc, verb, verb + 6) is None


def test_stage_joins_the_default_pipeline():
    pipe = marsad._pipeline()
    assert "entities" in pipe.names
    assert pipe.names.index("entities") > pipe.names.index("segment")
    assert entities_stage().requires == ("tokens", "sentences")


def test_runtime_without_the_option_imports_no_torch():
    code = ("import sys, marsad\n"
            "from marsad.annotators.boilerplate import split_paragraphs\n"
            "from marsad.annotators.segment import segment\n"
            "from marsad.annotators.entities import entities\n"
            "from marsad.pipeline import Pipeline\n"
            "from marsad.document import Document\n"
            "doc = Pipeline([split_paragraphs, segment, entities])(Document('وصل بوتين إلى موسكو'))\n"
            "assert doc.layer('entities'), 'no entities'\n"
            "print(sorted(m for m in ('torch', 'transformers') if m in sys.modules))\n")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120)
    assert out.returncode == 0, out.stderr
    assert out.stdout.strip() == "[]"
