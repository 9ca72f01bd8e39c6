"""Sentence splitting that keeps offsets into the original text.

A sentence ends at . ! ? ؟ … (repeated or mixed, e.g. `؟!`) followed by closing
quotes or brackets and then white space, and at every line break. A period
inside a number or a Latin run (`10.000`, `WWW.GOSI.GOV.SA`) never ends one, nor
one after a title abbreviation such as `د.`; one glued between two Arabic words
(`مستقلًا.وصفت`, a scraping artefact) does.
"""
from __future__ import annotations

import re

from ..document import Span
from .chars import ARABIC_LETTER_CLASS, ARABIC_MARK_CLASS

# Title abbreviations written with a period before a name: د. (doctor), أ. (professor), م. (engineer).
ABBREVIATIONS = frozenset({"د", "أ", "م", "أ.د", "Dr", "Mr", "Mrs", "Ms", "Prof"})

_END = re.compile(r"[.!?\u061F\u2026]+[\"'”»’)\]]*(?=\s|$)|\n+"
                  # a period glued to the next Arabic word (مستقلًا.وصفت), as scraped text often has
                  rf"|(?<=[{ARABIC_LETTER_CLASS}{ARABIC_MARK_CLASS}])[.!?\u061F](?=[{ARABIC_LETTER_CLASS}])")
_LAST_WORD = re.compile(r"(\S+)$")


def split_sentences(text: str, start: int = 0, end: int | None = None) -> list[Span]:
    end = len(text) if end is None else end
    spans: list[Span] = []
    begin = start
    for m in _END.finditer(text, start, end):
        if m.group()[0] == ".":
            word = _LAST_WORD.search(text, begin, m.start())
            if word and word.group(1) in ABBREVIATIONS and not text[m.start() - 1].isdigit():
                continue
        stop = m.start() if m.group()[0] == "\n" else m.end()
        _add(text, begin, stop, spans)
        begin = m.end()
    _add(text, begin, end, spans)
    return spans


def _add(text: str, begin: int, stop: int, spans: list[Span]) -> None:
    while begin < stop and text[begin].isspace():
        begin += 1
    while stop > begin and text[stop - 1].isspace():
        stop -= 1
    if stop > begin:
        spans.append(Span(begin, stop, text))
