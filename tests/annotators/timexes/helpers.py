"""Run the stages timexes and quantities need on a text, and read their spans back."""
from __future__ import annotations

from marsad.annotators.boilerplate import split_paragraphs
from marsad.annotators.quantities import quantities
from marsad.annotators.segment import segment
from marsad.annotators.timexes import timexes
from marsad.document import Document, Metadata
from marsad.layers import QUANTITIES, TIMEXES
from marsad.pipeline import Pipeline

PIPELINE = Pipeline([split_paragraphs, segment, timexes, quantities])


def analyse(text: str, published: str | None = None) -> Document:
    return PIPELINE(Document(text, Metadata(published=published, published_source="given" if published else None)))


def at(text: str, part: str, nth: int = 0) -> tuple[int, int]:
    """(start, end) of the nth occurrence of `part` in `text`."""
    start = -1
    for _ in range(nth + 1):
        start = text.index(part, start + 1)
    return start, start + len(part)


def timexes_of(text: str, published: str | None = None) -> list[tuple]:
    """(start, end, text, type, value) of every timex, checking each span slices the text."""
    doc = analyse(text, published)
    out = []
    for t in doc.layer(TIMEXES):
        assert t.text == text[t.start:t.end]
        out.append((t.start, t.end, t.text, t.type, t.value))
    return out


def quantities_of(text: str, published: str | None = "2015-08-11") -> list[tuple]:
    """(start, end, text, value, unit, approximate) of every quantity, checking the spans."""
    doc = analyse(text, published)
    out = []
    for q in doc.layer(QUANTITIES):
        assert q.text == text[q.start:q.end]
        out.append((q.start, q.end, q.text, q.value, q.unit, q.approximate))
    return out


def timex(text: str, part: str, type_: str, value, nth: int = 0) -> tuple:
    return (*at(text, part, nth), part, type_, value)


def quantity(text: str, part: str, value, unit, approximate: bool = False, nth: int = 0) -> tuple:
    return (*at(text, part, nth), part, value, unit, approximate)
