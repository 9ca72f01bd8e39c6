"""Named rules: each hand-written rule a unit that can be listed, tested and switched off.

A rule is a function registered with its stage, a name, the lexicons it reads and
examples (an article text -> findings the analysis must, or must not, contain).
A stage runs its rules from an ordered `PassTable`, so their order is data, not a
chain of calls whose order lives in comments:

    from marsad.rules import Example, PassTable, rule

    @rule("entities", "tournament_heads", lexicons=("entities.tournament_heads",), examples=[
        Example("وتأهل الهلال إلى نهائي كأس آسيا للمرة الثالثة.",
                expect={"entities": [{"text": "كأس آسيا", "label": "MISC"}]})])
    def tournament_heads(mentions, ctx):
        ...
        return mentions

    SENTENCE_PASSES = PassTable("entities.sentence", [join_persons, tournament_heads])
    mentions = SENTENCE_PASSES.run(mentions, ctx)

Every rule of a table takes the table's state and the same context, and returns the
new state. A switched-off rule passes its state through unchanged: `disabled(names)`
switches rules off in this process (a context manager), `MARSAD_RULES_OFF=a,b` in the
environment of a process (worker processes inherit it). `tests/test_rules.py`
generates each rule's tests from its examples: they must hold with the rule on, and
at least one of them must fail with it off (a rule whose examples do not need it is
not shown to do anything). `bench/ablation.py` scores the dev set and the written-news
held-out split with each rule off in turn.

Rules must not memoise their results across calls (a memo would outlive a switch).
"""
from __future__ import annotations

import hashlib
import os
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import Any, Callable, Iterable, Mapping, Sequence

_RULES: dict[str, "Rule"] = {}
_OFF: set[str] = {name.strip() for name in os.environ.get("MARSAD_RULES_OFF", "").split(",") if name.strip()}


@dataclass(frozen=True)
class Example:
    """An article (or a sentence of one) and what its analysis must hold.

    `expect` and `absent` map a record layer (`entities`, `quotes`, `claims`, `timexes`,
    `quantities`, `boilerplate`) to items given by some of their fields; a field path
    may reach into a part (`speaker.text`, `content.text`). An expected item must be in
    the record with those field values (and `text` equal to the characters at its
    offsets); an absent one must not."""

    text: str
    expect: Mapping[str, Sequence[Mapping[str, Any]]] = field(default_factory=dict)
    absent: Mapping[str, Sequence[Mapping[str, Any]]] = field(default_factory=dict)
    published: str | None = None


@dataclass(frozen=True)
class Rule:
    stage: str
    name: str
    func: Callable
    lexicons: tuple[str, ...] = ()
    examples: tuple[Example, ...] = ()
    description: str = ""

    @property
    def qualified(self) -> str:
        return f"{self.stage}.{self.name}"

    @property
    def enabled(self) -> bool:
        return self.qualified not in _OFF

    def __call__(self, state, *context):
        return self.func(state, *context) if self.enabled else state


def rule(stage: str, name: str, *, lexicons: Iterable[str] = (), examples: Iterable[Example] = ()):
    """Decorator: register a function as a named rule of a stage (see the module docstring)."""

    def wrap(func: Callable) -> Rule:
        doc = (func.__doc__ or "").strip().splitlines()
        r = Rule(stage, name, func, tuple(lexicons), tuple(examples), doc[0] if doc else "")
        if r.qualified in _RULES and _RULES[r.qualified].func.__qualname__ != func.__qualname__:
            raise ValueError(f"two rules are named {r.qualified!r}")
        _RULES[r.qualified] = r
        return r

    return wrap


class PassTable:
    """A stage's rules in the order they run; each takes (state, *context) and returns the state."""

    def __init__(self, name: str, rules: Sequence[Rule]):
        for r in rules:
            if not isinstance(r, Rule):
                raise TypeError(f"pass table {name!r}: {r!r} is not a registered rule")
        self.name = name
        self.rules = tuple(rules)

    def run(self, state, *context):
        for r in self.rules:
            if r.enabled:
                state = r.func(state, *context)
        return state

    def __iter__(self):
        return iter(self.rules)

    def __repr__(self) -> str:
        return f"PassTable({self.name!r}: {' -> '.join(r.name for r in self.rules)})"


def registered(stage: str | None = None) -> list[Rule]:
    """Registered rules (of one stage, or all), in registration order."""
    return [r for r in _RULES.values() if stage is None or r.stage == stage]


def get(qualified: str) -> Rule:
    return _RULES[qualified]


def switched_off() -> frozenset[str]:
    return frozenset(_OFF)


@contextmanager
def disabled(names: Iterable[str]):
    """Switch rules off (qualified names, `stage.name`) for the block; unknown names are an error."""
    names = set(names)
    unknown = names - set(_RULES)
    if unknown:
        raise KeyError(f"no such rule: {', '.join(sorted(unknown))}")
    added = names - _OFF
    _OFF.update(added)
    try:
        yield
    finally:
        _OFF.difference_update(added)


def lexicon_entries(name: str) -> tuple[str, ...]:
    """The entries of a lexicon a rule names: a registered `Lexicon`, or a list in a lexicon
    module given as `module.NAME` (`entities.ORG_HEADS` is `marsad.lexicons.entities.ORG_HEADS`)."""
    from importlib import import_module
    from .text.lexicon import Lexicon, registered as lexicons
    if name in lexicons():
        return lexicons()[name].entries
    module, _, attr = name.rpartition(".")
    value = getattr(import_module(f"marsad.lexicons.{module}"), attr)
    if isinstance(value, Lexicon):
        return value.entries
    entries = tuple(str(v) for v in (value.items() if isinstance(value, dict) else value))
    # a set's order changes from process to process (hash randomisation): sorted, the hash is stable
    return tuple(sorted(entries)) if isinstance(value, (set, frozenset)) else entries


def fingerprint(stage: str) -> str:
    """A short hash of a stage's rules as they run now: names, order, switched-off ones and the
    entries of the lexicons they read (a record's provenance)."""
    h = hashlib.sha256()
    for r in registered(stage):
        h.update(f"{r.qualified}:{int(r.enabled)};".encode())
        for name in r.lexicons:
            h.update("|".join(lexicon_entries(name)).encode())
    return h.hexdigest()[:12]


# --- checking examples (the generated tests and the ablation bench use these) ------------------
def _field(item: Mapping, path: str, text: str):
    value: Any = item
    for part in path.split("."):
        if not isinstance(value, Mapping):
            return None
        if part == "text" and "text" not in value and "start" in value:
            return text[value["start"]:value["end"]]
        value = value.get(part)
    return value


def _matches(item: Mapping, wanted: Mapping, text: str) -> bool:
    return all(_field(item, path, text) == value for path, value in wanted.items())


def example_failures(example: Example, record: Mapping) -> list[str]:
    """What a record misses of an example (empty when it holds)."""
    text = record["text"]
    problems = []
    for layer, items in example.expect.items():
        found = record.get(layer) or []
        for item in found:
            if "start" in item and "text" in item and text[item["start"]:item["end"]] != item["text"]:
                problems.append(f"{layer}: {item['text']!r} is not the text at {item['start']}..{item['end']}")
        for wanted in items:
            if not any(_matches(item, wanted, text) for item in found):
                problems.append(f"{layer}: no {dict(wanted)}")
    for layer, items in example.absent.items():
        for wanted in items:
            if any(_matches(item, wanted, text) for item in record.get(layer) or []):
                problems.append(f"{layer}: unexpected {dict(wanted)}")
    return problems
