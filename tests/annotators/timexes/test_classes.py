"""Issue 15's timex classes (and issue 14's date values) on sentences written for them: span,
type, value and the added fields (begin_point, end_point, zone)."""
import pytest

from marsad.layers import TIMEXES
from tests.annotators.timexes.cases import CASES, PUBLISHED
from tests.annotators.timexes.helpers import analyse

PARAMS = [(cls, sentence, expected) for cls, items in CASES.items() for sentence, expected in items]


@pytest.mark.parametrize("cls,sentence,expected", PARAMS, ids=[f"{c}:{s[:24]}" for c, s, _ in PARAMS])
def test_timex_class(cls, sentence, expected):
    timexes = analyse(sentence, PUBLISHED).layer(TIMEXES)
    found = {(t.start, t.end): t for t in timexes}
    for span, type_, value, extra in expected:
        start = sentence.index(span)
        end = start + len(span)
        if value is None:
            assert not [t for t in timexes if t.start < end and start < t.end], (span, timexes)
            continue
        t = found.get((start, end))
        assert t is not None, (span, [(f.text, f.type, f.value) for f in timexes])
        assert t.text == sentence[t.start:t.end] == span
        assert (t.type, t.value) == (type_, value), span
        for field, want in extra.items():
            assert getattr(t, field) == want, (span, field, getattr(t, field))
