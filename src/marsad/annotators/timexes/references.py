"""Vague references to the present, past and future: الآن, في الماضي, سنوات سابقة, في وقت لاحق."""
from __future__ import annotations

import re

from ...lexicons import time as lex
from ...text.normalize import fold
from .resolve import Parse
from ..quantities.numbers import NUMBER_WORDS
from .grammar import (
    B,
    CL,
    Candidate,
    E,
    GENERIC,
    LETTERS,
    RELATIVE_DAYS,
    WEEKDAYS,
    alt,
    next_word,
    norm,
    prev_word,
    rule,
    start_of,
)


_GENERIC_FREE = [w for w in GENERIC if w not in {fold(x) for x in lex.GENERIC_NEEDS_PREPOSITION}]
_GENERIC_PREP = [fold(x) for x in lex.GENERIC_NEEDS_PREPOSITION]


@rule("generic", rf"{B}{CL}(?:(?P<prep>{alt(lex.GENERIC_PREPOSITIONS)})\s+(?P<gp>{alt(_GENERIC_PREP)})|(?:(?:في|حتي)\s+)?(?P<g>{alt(_GENERIC_FREE)})){E}")
def read_generic(m: re.Match, text: str):
    if m.group("gp"):
        word = norm(m.group("gp"))
        start = m.start("gp")
        nxt = next_word(text, m.end())
        if nxt.startswith("ال") and word in ("الماضي", "الحاضر", "السابق") and nxt != "القريب":
            return []                                 # "في الماضي الاستعماري": an adjective phrase
    else:
        word = norm(m.group("g"))
        start = m.start("g")
        nxt = next_word(text, m.end())
        if word in ("قريبا",) and nxt in ("من", "منه", "منها", "منهم"):
            return []                                 # "قريبا من" is near, not soon
    return [Candidate(start, m.end(), Parse("generic", value=GENERIC[word]), "generic")]


_VAGUE_PAST_ADJ = frozenset(fold(w) for w in lex.VAGUE_PERIOD_PAST)
_FUTURE_MARKERS = frozenset(fold(w) for w in lex.FUTURE_MARKERS)


@rule("vague_period", rf"{B}{CL}(?P<unit>{alt(lex.VAGUE_PERIODS)})\s+(?P<adj>{alt(lex.VAGUE_PERIOD_PAST + lex.VAGUE_PERIOD_FUTURE)}){E}")
def read_vague_period(m: re.Match, text: str):
    """"في سنوات سابقة" (PAST_REF), "لسنوات قادمة" (FUTURE_REF); not "فترات سابقة للتاريخ"."""
    nxt = next_word(text, m.end())
    if nxt.startswith("لل") or nxt in ("علي", "عن", "لها", "له"):
        return []
    prev = prev_word(text, start_of(m))
    if prev.isdigit() or any(prev[k:] in NUMBER_WORDS for k in range(3)) or prev in ("عده", "بضع", "بضعه"):
        return []                                   # "لأربع سنوات قادمة": a counted duration
    value = "PAST_REF" if m.group("adj") in _VAGUE_PAST_ADJ else "FUTURE_REF"
    return [Candidate(start_of(m), m.end(), Parse("generic", value=value), "vague_period")]


@rule("earlier_later", rf"{B}{CL}في\s+وقت\s+(?P<adj>سابق|لاحق){E}")
def read_earlier_later(m: re.Match, text: str):
    """"في وقت سابق" (PAST_REF); "في وقت لاحق" (FUTURE_REF) of what is still to come. Followed by
    the period they lie in ("في وقت لاحق اليوم", "... من هذا الشهر"), that period is the time."""
    nxt = next_word(text, m.end())
    if nxt == "من" or nxt in RELATIVE_DAYS or nxt in ("هذا", "هذه") or nxt in WEEKDAYS:
        return []
    if m.group("adj") == "لاحق":
        clause = re.split(r"[.،,؛:!?\n]", text[max(0, m.start() - 120):m.start()])[-1]
        words = LETTERS.findall(clause)
        if not any(w in _FUTURE_MARKERS or w[:2] in ("سي", "ست", "سن") and len(w) >= 4 for w in words):
            return []
        return [Candidate(start_of(m), m.end(), Parse("generic", value="FUTURE_REF"), "earlier_later")]
    return [Candidate(start_of(m), m.end(), Parse("generic", value="PAST_REF"), "earlier_later")]
