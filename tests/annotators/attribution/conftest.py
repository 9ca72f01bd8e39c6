"""Helpers for the attribution tests: documents through the stages attribution needs."""
from __future__ import annotations

import pytest

from marsad.annotators.attribution.analysis import walk_document
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
    """text -> the rule walk's Attribution (quotes, claims), without named entities: the rules' own
    findings, which the learned components read as features (`walk_document`)."""
    def run(text: str):
        return walk_document(_BASE(Document(text)))
    return run
