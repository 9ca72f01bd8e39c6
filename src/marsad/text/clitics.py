"""Proclitic segmentation: و ف (conjunctions), ب ل ك (prepositions), ال (article).

Arabic writes these attached to the next word: `وبيونغ` is و + بيونغ, `لأوكرانيا`
is ل + أوكرانيا, `للمعاهدة` is ل + (ا)ل + معاهدة. A letter at the start of a word
is not always a clitic (`وزير`, `بوتين`), so `analyses` lists every reading from
the most stripped to none, and a caller that has a lexicon keeps the reading whose
stem it knows. All parts are spans of the original text.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from ..document import Span
from .chars import ARABIC_MARK_CLASS

CONJUNCTIONS = "وف"
PREPOSITIONS = "بلك"
ARTICLE = "ال"
MIN_STEM = 2  # letters left after stripping; shorter readings are not offered

_MARKS = re.compile(f"[{ARABIC_MARK_CLASS}]")


@dataclass(frozen=True, slots=True)
class Analysis:
    """One reading of a word: clitics stripped in front of `stem`."""

    word: Span
    conjunction: Span | None
    preposition: Span | None
    article: Span | None          # ال (or the ل of لل after the preposition ل)
    stem: Span                    # the word after all stripped clitics
    without_proclitics: Span      # the word without conjunction and preposition, article kept

    @property
    def prefix(self) -> str:
        return "".join(p.text for p in (self.conjunction, self.preposition, self.article) if p is not None)


def _letters(word: Span) -> list[int]:
    """Original indices of the letters of a word (skipping marks and tatweel)."""
    src = word.source
    return [i for i in range(word.start, word.end) if not _MARKS.match(src[i])]


def analyses(word: Span, min_stem: int = MIN_STEM) -> list[Analysis]:
    """Every proclitic reading of `word`, most stripped first; the last one strips nothing."""
    src = word.source
    idx = _letters(word)
    letters = "".join(src[i] for i in idx)
    found: list[Analysis] = []

    def part(a: int, b: int) -> Span:        # letters a..b (exclusive) as an original span
        return Span(idx[a], idx[b - 1] + 1, src)

    def tail(a: int) -> Span:
        return Span(idx[a], word.end, src)

    conj_options = [0] + ([1] if letters[:1] in CONJUNCTIONS else [])
    for c in conj_options:
        prep_options = [c] + ([c + 1] if letters[c:c + 1] in PREPOSITIONS and len(letters) > c + 1 else [])
        for p in prep_options:
            art_options = [p]
            if letters[p:p + 2] == ARTICLE:
                art_options.append(p + 2)
            elif p > c and letters[c] == "ل" and letters[p:p + 1] == "ل":
                art_options.append(p + 1)          # لل: ل + (ا)ل
            for a in art_options:
                if len(letters) - a < min_stem and a > 0:
                    continue
                found.append(Analysis(
                    word=word,
                    without_proclitics=tail(p) if p < len(letters) else Span(word.end, word.end, src),
                    conjunction=part(0, c) if c else None,
                    preposition=part(c, p) if p > c else None,
                    article=part(p, a) if a > p else None,
                    stem=tail(a) if a < len(letters) else Span(word.end, word.end, src),
                ))
    found.sort(key=lambda an: an.stem.start, reverse=True)
    return found


def strip_proclitics(word: Span, known=None) -> Span:
    """The word without a leading conjunction/preposition, article kept.

    With `known` (a predicate on the stripped text), the most stripped reading it
    accepts wins, else the word is returned whole. Without a lexicon only the
    unambiguous case is stripped: clitics followed by the article (`والسعودية`,
    `بالمنطقة`, `للمعاهدة`), since a bare leading letter is as often part of the
    word (`وزير`, `بوتين`)."""
    readings = analyses(word)
    if known is not None:
        for an in readings:
            if known(an.without_proclitics.text):
                return an.without_proclitics
        return word
    for an in readings:
        if an.article is not None and an.without_proclitics.start > word.start:
            return an.without_proclitics
    return word
