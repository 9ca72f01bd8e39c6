"""Provenance: every stage of a record named with its version and a hash of what decides its output."""
import json
import re
import subprocess
import sys

import marsad
from marsad import provenance, rules, run

TEXT = "وقال وزير الخارجية السعودي عادل الجبير في الرياض أمس إن 12 ألف حاج وصلوا."


def _pipeline(record):
    return {p["stage"]: p for p in record["pipeline"]}


def test_every_stage_has_a_version_and_a_hash():
    record = run.analyse_to_record(TEXT)
    stages = record["pipeline"]
    assert [p["stage"] for p in stages] == run.pipeline().names
    for p in stages:
        assert set(p) == {"stage", "version", "hash"}
        assert p["version"] == marsad.__version__ and re.fullmatch(r"[0-9a-f]{12}", p["hash"])
    apart = [p["hash"] for p in stages if p["stage"] not in ("quotes", "claims")]    # one package, one code
    assert len(set(apart)) == len(apart) == len(stages) - 2


def test_the_hashes_are_the_same_in_another_process():
    """Sets iterate in another order in every process (hash randomisation): nothing may depend on it."""
    code = "import json, marsad.run as r; print(json.dumps(r.analyse_to_record('قال الوزير')['pipeline']))"
    runs = [subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True,
                           env={"PYTHONHASHSEED": seed, "PATH": ""}).stdout for seed in ("1", "2")]
    assert json.loads(runs[0]) == json.loads(runs[1]) == run.analyse_to_record("قال الوزير")["pipeline"]


def test_a_switched_off_rule_changes_its_own_stage_only():
    before = _pipeline(run.analyse_to_record(TEXT))
    with rules.disabled(["entities.head_patterns"]):
        during = _pipeline(run.analyse_to_record(TEXT))
    after = _pipeline(run.analyse_to_record(TEXT))
    assert during["entities"]["hash"] != before["entities"]["hash"]
    assert {k: v for k, v in during.items() if k != "entities"} == {k: v for k, v in before.items() if k != "entities"}
    assert after == before


def test_a_stage_hash_covers_the_lexicons_and_models_it_reads():
    entities = run.pipeline().stages[run.pipeline().names.index("entities")]
    modules = provenance.closure(entities.run.__module__)
    assert "marsad.annotators.entities.gazetteer" in modules and "marsad.lexicons.entities" in modules
    assert "marsad.text.normalize" in modules and "marsad.store.sqlite" not in modules
    timexes = provenance.closure(run.pipeline().stages[run.pipeline().names.index("timexes")].run.__module__)
    assert "marsad.lexicons.time" in timexes and "marsad.annotators.entities.model" not in timexes


def test_records_of_either_shape_give_their_stage_names():
    record = run.analyse_to_record(TEXT)
    assert provenance.stage_names(record["pipeline"]) == run.pipeline().names
    assert provenance.stage_names(["paragraphs", "segment"]) == ["paragraphs", "segment"]
    line = provenance.summary(record["pipeline"])
    assert line.split(",")[0] == f"paragraphs@{marsad.__version__}#{record['pipeline'][0]['hash']}"
