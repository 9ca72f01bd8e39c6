"""Tests generated from the examples of every registered rule (marsad.rules).

Each rule's examples must hold with the rule on; with the rule switched off, at least
one of them must fail: the examples show what the rule adds."""
import pytest

import marsad
from marsad import rules
from marsad.annotators import default_pipeline

default_pipeline()          # builds every stage, which registers every rule
RULES = [r for r in rules.registered() if r.stage != "test"]   # not the mechanism tests' toy rules


def record_of(example):
    return marsad.to_record(marsad.analyze(example.text, published=example.published))


def test_rules_are_registered_with_examples():
    assert RULES, "no rule is registered"
    missing = [r.qualified for r in RULES if not r.examples]
    assert not missing, f"rules without examples: {missing}"


@pytest.mark.parametrize("rule", RULES, ids=lambda r: r.qualified)
def test_examples_hold_with_the_rule(rule):
    for example in rule.examples:
        assert rules.example_failures(example, record_of(example)) == [], example.text


@pytest.mark.parametrize("rule", RULES, ids=lambda r: r.qualified)
def test_some_example_fails_without_the_rule(rule):
    with rules.disabled([rule.qualified]):
        failing = [ex for ex in rule.examples if rules.example_failures(ex, record_of(ex))]
    assert failing, f"{rule.qualified}: every example holds without the rule"
