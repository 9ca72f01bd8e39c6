"""Normalised views of a text, with offset maps back to the original.

A view never replaces the original: it is a separate string plus, for each of its
characters, the index of the original character it came from. Matching and
search run on the view; whatever they find is mapped back with `to_original`.
"""
from __future__ import annotations

import re
from array import array
from dataclasses import dataclass
from functools import lru_cache

from .chars import DIACRITICS, DIGIT_FOLDS, FORMAT_CHARS, LETTER_FOLDS, TATWEEL
from ..document import Span


_TRAILING_MARKS = DIACRITICS | {TATWEEL}


@dataclass(frozen=True, slots=True)
class NormalizedView:
    original: str
    text: str
    # origin[i] is the original index of text[i]; origin[len(text)] == len(original).
    origin: array

    def to_original(self, start: int, end: int) -> tuple[int, int]:
        """Original offsets of view characters start..end (end exclusive)."""
        if not 0 <= start <= end <= len(self.text):
            raise ValueError(f"view span {start}..{end} outside a view of {len(self.text)} characters")
        if start == end:
            o = self.origin[start]
            return o, o
        stop, limit = self.origin[end - 1] + 1, self.origin[end]
        # Marks dropped after the last character belong to it (a final sukun, tatweel).
        while stop < limit and self.original[stop] in _TRAILING_MARKS:
            stop += 1
        return self.origin[start], stop

    def span(self, start: int, end: int) -> Span:
        s, e = self.to_original(start, end)
        return Span(s, e, self.original)

    def find_all(self, pattern: re.Pattern) -> list[Span]:
        return [self.span(m.start(), m.end()) for m in pattern.finditer(self.text)]


@lru_cache(maxsize=16)
def _tables(diacritics: bool, tatweel: bool, letters: bool, digits: bool):
    deleted = set(FORMAT_CHARS)
    if diacritics:
        deleted |= DIACRITICS
    if tatweel:
        deleted.add(TATWEEL)
    folds = {}
    if letters:
        folds.update(LETTER_FOLDS)
    if digits:
        folds.update(DIGIT_FOLDS)
    drop = re.compile("[" + "".join(re.escape(c) for c in sorted(deleted)) + "]+") if deleted else None
    return tuple(folds.items()), drop


def _fold(text: str, folds) -> str:
    # One str.replace per folded character: all folds are one character to one, so offsets
    # are kept, and on Arabic text this is ~25x faster than str.translate with a dict.
    for old, new in folds:
        if old in text:
            text = text.replace(old, new)
    return text


def normalize(text: str, *, diacritics: bool = True, tatweel: bool = True,
              letters: bool = True, digits: bool = True) -> NormalizedView:
    """Fold `text` for matching: drop diacritics, tatweel and invisible format
    characters; fold alef/hamza/yaa/teh-marbuta variants; map Arabic-Indic and
    Persian digits to ASCII. Every step deletes or replaces one character, so the
    offset map is built from the deleted runs alone."""
    folds, drop = _tables(diacritics, tatweel, letters, digits)
    folded = _fold(text, folds)
    if drop is None or not drop.search(folded):
        return NormalizedView(text, folded, array("l", range(len(text) + 1)))
    pieces: list[str] = []
    origin = array("l")
    pos = 0
    for m in drop.finditer(folded):
        pieces.append(folded[pos:m.start()])
        origin.extend(range(pos, m.start()))
        pos = m.end()
    pieces.append(folded[pos:])
    origin.extend(range(pos, len(text) + 1))
    return NormalizedView(text, "".join(pieces), origin)


SHORT = 64           # strings up to this long (words, names, lexicon phrases) are memoised by `fold`


def fold(text: str) -> str:
    """The normalised string alone (for lexicon keys and queries): `normalize(text).text`.

    A pure function of its argument, so words and short phrases are memoised for the process:
    the lexicons fold thousands of entries at start-up and the annotators fold the same words
    again and again."""
    if len(text) <= SHORT:
        return _fold_short(text)
    return _fold_text(text)


def _fold_text(text: str) -> str:
    folds, drop = _tables(True, True, True, True)
    folded = _fold(text, folds)
    return drop.sub("", folded) if drop.search(folded) else folded   # what `normalize` keeps


@lru_cache(maxsize=1 << 18)
def _fold_short(text: str) -> str:
    return _fold_text(text)
