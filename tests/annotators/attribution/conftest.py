"""Helpers for the attribution tests: documents through the stages attribution needs."""
from __future__ import annotations

import pytest

from marsad.annotators.attribution import attribute
from marsad.annotators.boilerplate import split_paragraphs
from marsad.annotators.segment import segment
from marsad.document import Document
from marsad.pipeline import Pipeline

_BASE = Pipeline([split_paragraphs, segment])


def at(text: str, part: str, nth: int = 0) -> tuple[int, int]:
    """Offsets of the nth occurrence of `part` in `text`."""
    start = -1
    for _ in range(nth + 1):
        start = text.index(part, start + 1)
    return start, start + len(part)


def where(span) -> tuple[int, int]:
    return span.start, span.end


@pytest.fixture
def analyse():
    """text -> Attribution (quotes, claims), without named entities (speakers from the rules alone)."""
    def run(text: str):
        return attribute(_BASE(Document(text)))
    return run
