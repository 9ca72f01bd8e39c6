"""The rule registry itself: pass tables, switching rules off, checking examples."""
import os
import subprocess
import sys

import pytest

from marsad import rules
from marsad.rules import Example, PassTable, rule


@rule("test", "append_one", examples=[Example("x")])
def append_one(state, ctx):
    """Appends 1."""
    return state + [1]


@rule("test", "double", examples=[Example("x")])
def double(state, ctx):
    return state * 2


TABLE = PassTable("test", [append_one, double])


def test_a_pass_table_runs_its_rules_in_order():
    assert TABLE.run([], None) == [1, 1]
    assert [r.name for r in TABLE] == ["append_one", "double"]
    assert append_one.description == "Appends 1."


def test_a_switched_off_rule_passes_its_state_through():
    with rules.disabled(["test.append_one"]):
        assert TABLE.run([], None) == []
        assert not append_one.enabled
    assert append_one.enabled and TABLE.run([5], None) == [5, 1, 5, 1]


def test_unknown_rules_cannot_be_switched_off():
    with pytest.raises(KeyError, match="test.nope"):
        with rules.disabled(["test.nope"]):
            pass


def test_only_registered_rules_make_a_table():
    with pytest.raises(TypeError):
        PassTable("bad", [lambda s, c: s])


def test_the_environment_switches_rules_off_in_a_new_process():
    code = ("from marsad import rules; from marsad.rules import rule\n"
            "r = rule('test', 'env')(lambda s: s + 1)\n"
            "print(r(1), rules.switched_off())")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         env={**os.environ, "MARSAD_RULES_OFF": "test.env, test.other"}, timeout=60)
    assert out.stdout.split(None, 1)[0] == "1", out.stderr
    assert "test.env" in out.stdout


def test_the_fingerprint_changes_when_a_rule_is_off():
    on = rules.fingerprint("test")
    with rules.disabled(["test.double"]):
        assert rules.fingerprint("test") != on
    assert rules.fingerprint("test") == on


def test_examples_are_checked_against_the_text_at_the_offsets():
    text = "ونفى الكرملين التقارير."
    record = {"text": text, "entities": [{"start": 5, "end": 13, "text": "الكرملين", "label": "ORG"}],
              "claims": [{"content": {"start": 14, "end": 22, "text": "التقارير"}, "stance": "deny"}]}
    ok = Example(text, expect={"entities": [{"text": "الكرملين", "label": "ORG"}],
                               "claims": [{"content.text": "التقارير", "stance": "deny"}]})
    assert rules.example_failures(ok, record) == []
    wrong_label = Example(text, expect={"entities": [{"text": "الكرملين", "label": "LOC"}]})
    assert rules.example_failures(wrong_label, record) == ["entities: no {'text': 'الكرملين', 'label': 'LOC'}"]
    absent = Example(text, absent={"entities": [{"text": "الكرملين"}]})
    assert rules.example_failures(absent, record) == ["entities: unexpected {'text': 'الكرملين'}"]
    shifted = dict(record, entities=[{"start": 4, "end": 12, "text": "الكرملين", "label": "ORG"}])
    assert "is not the text at 4..12" in rules.example_failures(ok, shifted)[0]
