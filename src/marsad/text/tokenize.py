"""Offset-preserving word tokenisation.

Tokens are spans of the original text, never copies: an Arabic word keeps its
diacritics and tatweel (normalise a view to match it), a Latin run keeps its
inner hyphens (`KN-23`, `WWW.GOSI.GOV.SA`), a number keeps its separators in any
digit set (`10.000`, `١٢٫٥`, `12,000`, `٣٬٥٠٠`).
"""
from __future__ import annotations

import re

from .chars import ARABIC_LETTER_CLASS, ARABIC_MARK_CLASS, DIGIT_CLASS
from ..layers import Token

_D = f"[{DIGIT_CLASS}]"
# A separator (. , ٫ ٬) counts inside a number only between digits.
_NUMBER = rf"{_D}+(?:[.,\u066B\u066C]{_D}+)*"
# Latin letters with digits, joined by - . _ / inside a run: KN-23, U.S., F-16, www.site.com
_LATIN = r"[A-Za-z\u00C0-\u024F][A-Za-z0-9\u00C0-\u024F]*(?:[-._/'][A-Za-z0-9\u00C0-\u024F]+)*(?:(?<=\b[A-Z])\.)?"
# An Arabic word: letters with marks and tatweel anywhere after the first letter.
_ARABIC = rf"[{ARABIC_LETTER_CLASS}][{ARABIC_LETTER_CLASS}{ARABIC_MARK_CLASS}\u200c\u200d]*"

_TOKEN = re.compile(
    rf"(?P<number>{_NUMBER}(?:[-_]?[A-Za-z]+)?)"
    rf"|(?P<latin>{_LATIN})"
    rf"|(?P<word>{_ARABIC})"
    r"|(?P<punct>[.!?\u061F\u2026،,;\u061B:\"'«»“”„‘’‹›()\[\]{}<>\-–—/\\|*])"
    r"|(?P<symbol>[^\s])"
)


def tokenize(text: str, start: int = 0, end: int | None = None) -> list[Token]:
    """The tokens of `text[start:end]`, as spans of `text`."""
    end = len(text) if end is None else end
    return [Token(m.start(), m.end(), text, m.lastgroup) for m in _TOKEN.finditer(text, start, end)]


def words(tokens: list[Token]) -> list[Token]:
    """Tokens that carry letters or digits (drops punctuation and symbols)."""
    return [t for t in tokens if t.kind in ("word", "latin", "number")]
