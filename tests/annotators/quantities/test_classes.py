"""Issue 15's quantity classes on sentences written for them: span, value, unit and the added
fields (currency, family, base value and unit)."""
import pytest

from marsad.layers import QUANTITIES
from tests.annotators.quantities.cases import CASES
from tests.annotators.timexes.helpers import analyse

PARAMS = [(cls, sentence, expected) for cls, items in CASES.items() for sentence, expected in items]


@pytest.mark.parametrize("cls,sentence,expected", PARAMS, ids=[f"{c}:{s[:24]}" for c, s, _ in PARAMS])
def test_quantity_class(cls, sentence, expected):
    found = {(q.start, q.end): q for q in analyse(sentence, "2024-08-14").layer(QUANTITIES)}
    for span, value, unit, extra in expected:
        start = sentence.index(span)
        q = found.get((start, start + len(span)))
        assert q is not None, (span, [(f.text, f.value, f.unit) for f in found.values()])
        assert q.text == sentence[q.start:q.end] == span
        assert q.value == pytest.approx(value) and q.unit == unit, (span, q.value, q.unit)
        for field, want in extra.items():
            got = getattr(q, field)
            assert got == pytest.approx(want) if isinstance(want, float) else got == want, (span, field, got)
