"""The lines of a page, each reduced once for matching: what every chrome rule and feature reads."""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cached_property

from ...text.normalize import fold

_PUNCT = re.compile(r"[^\w\s©]+", re.UNICODE)
_SPACE = re.compile(r"\s+")
_LINE = re.compile(r"[^\n]+")


def line_key(line: str) -> str:
    """A line reduced for matching: folded letters, lower case, punctuation dropped."""
    return _SPACE.sub(" ", _PUNCT.sub(" ", fold(line).lower())).strip()


def bare(word: str) -> str:
    """A folded word without a leading conjunction, a preposition before the article, or
    the article: the form vocabulary is matched on (`والتعليقات` -> `تعليقات`). Lexicon
    words go through it too, so both sides lose the same letters."""
    if len(word) > 3 and word[0] in "وف":
        word = word[1:]
    if word.startswith("لل") and len(word) > 4:
        return word[2:]
    if len(word) > 3 and word[0] in "بلك" and word[1:3] == "ال":
        word = word[1:]
    if word.startswith("ال") and len(word) > 4:
        word = word[2:]
    return word


def line_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) of every non-blank line, surrounding white space left out."""
    spans = []
    for m in _LINE.finditer(text):
        start, end = m.start(), m.end()
        while start < end and text[start].isspace():
            start += 1
        while end > start and text[end - 1].isspace():
            end -= 1
        if start < end:
            spans.append((start, end))
    return spans


@dataclass
class Line:
    """One non-blank line of a page: its text, its matching key and its words."""

    raw: str
    key: str = field(init=False)
    tokens: list[str] = field(init=False)

    def __post_init__(self) -> None:
        self.key = line_key(self.raw)
        self.tokens = self.key.split()

    @cached_property
    def bare_tokens(self) -> list[str]:
        return [bare(t) for t in self.tokens]

    def __len__(self) -> int:
        return len(self.tokens)
