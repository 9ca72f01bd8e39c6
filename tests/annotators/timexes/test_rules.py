"""Every grammar rule's own examples: found with their value, and lost when the rule is off."""
import datetime as dt

import pytest

from marsad.annotators.timexes import find_timexes
from marsad.annotators.timexes.patterns import EXAMPLE_DATE, RULES
from marsad.annotators.timexes.resolve import value
from marsad.annotators.views import DocumentView
from marsad.document import Document, Metadata

REF = dt.date.fromisoformat(EXAMPLE_DATE)


def _found(sentence: str, off=frozenset()) -> list[tuple[str, str | None]]:
    view = DocumentView(Document(sentence, Metadata(published=EXAMPLE_DATE)))
    out = []
    for c in find_timexes(view, off=off):
        span = view.span(c.start, c.end)
        assert sentence[span.start:span.end] == span.text
        out.append((span.text, value(c.parse, REF)))
    return out


def test_rule_names_are_unique():
    names = [r.name for r in RULES]
    assert len(names) == len(set(names))


@pytest.mark.parametrize("rule", RULES, ids=lambda r: r.name)
def test_rule_examples(rule):
    assert rule.examples, f"{rule.name} has no example"
    for sentence, span, expected in rule.examples:
        assert (span, expected) in _found(sentence), (rule.name, sentence)
        assert (span, expected) not in _found(sentence, off=frozenset([rule.name])), \
            f"{rule.name}: its example is found without it"
