"""Seasons, quarters and halves, decades and centuries."""
from __future__ import annotations

import datetime as dt
import re

from ...lexicons import time as lex
from ...text.normalize import fold
from .hijri import hijri_to_gregorian
from .resolve import Parse
from .grammar import (
    B,
    CENTURIES,
    CL,
    Candidate,
    DECADES,
    E,
    EDGE,
    ERA,
    HIJRI_MONTHS,
    MOD,
    MODIFIERS,
    MONTH_PREPOSITIONS,
    QUARTERS,
    SEASONS,
    YEAR,
    alt,
    next_word,
    norm,
    prev_word,
    rule,
    start_of,
    without_conjunction,
    year_from,
)


_SEASON_WORDS = alt(SEASONS)
_NOT_SEASON_AFTER = frozenset(fold(w) for w in lex.SEASON_NOT_AFTER)


def _season_year_of_hijri(year: int, month: int) -> int | None:
    """The Gregorian year whose season starting in `month` begins inside Hijri year `year`."""
    first, last = hijri_to_gregorian(year, 1, 1), hijri_to_gregorian(year + 1, 1, 1)
    if first is None or last is None:
        return None
    for gregorian in (first.year, last.year):
        if first <= dt.date(gregorian, month, 15) < last:
            return gregorian
    return None


@rule("season", rf"{B}{CL}{EDGE}(?:(?P<head>فصل|موسم)\s+)?(?P<season>{_SEASON_WORDS})(?P<acc>ا)?"
                rf"(?:\s+(?:(?:من\s+)?(?:ال)?(?:عام|سنه)\s+)?{YEAR}(?!\d){ERA}|\s+(?P<mod>{MOD}){E}|\s+(?P<this>هذا\s+العام|العام\s+الحالي|الحالي|الجاري))?{E}")
def read_season(m: re.Match, text: str):
    word = m.group("season")
    season, _ = SEASONS[word]
    after = next_word(text, m.end())
    if fold(after) in _NOT_SEASON_AFTER or after in HIJRI_MONTHS:
        return []
    definite = word.startswith("ال")
    supported = definite or m.group("head") or m.group("year") or m.group("mod") or m.group("acc") \
        or (word == "شتاء" and not after.startswith("ال"))
    if not supported:
        return []
    if not definite and word in ("ربيع", "صيف", "خريف") and not (m.group("year") or m.group("head") or m.group("acc")):
        return []
    if word == "الربيع" and not (m.group("year") or m.group("mod") or m.group("this") or m.group("head")) \
            and without_conjunction(prev_word(text, start_of(m))) not in MONTH_PREPOSITIONS:
        return []                                    # الربيع names too many things (the Arab Spring ...)
    modifier = MODIFIERS.get(norm(m.group("mod"))) if m.group("mod") else ("this" if m.group("this") else None)
    year, calendar, _ = year_from(m)
    if calendar == "H":
        year = _season_year_of_hijri(year, SEASONS[word][1])     # "الصيف 1436 هـ": the summer of 2015
        if year is None:
            return []
    p = Parse("season", season=season, year=year, modifier=modifier, explicit_year=year is not None)
    if not definite and year is None and modifier is None and not m.group("head"):
        p = p.with_(value=f"XXXX-{season}", kind="generic")          # "شتاء": any winter
    return [Candidate(start_of(m), m.end(), p, "season")]


_QUARTER_YEAR = rf"(?:\s+(?:من\s+|ل\s*)?(?:(?:ال|ل)?(?:عام|سنه)(?:\s+المالي)?\s+)?(?:{YEAR}(?!\d){ERA}|(?P<mod>{MOD}){E}|(?P<this>هذا\s+العام|الحالي|الجاري)))"
# After a bare quarter or half, "من"/"ل" + a year word keeps it this year's ("الربع الثاني من العام");
# anything else makes it a part of something else ("النصف الأول من القرن", "... من المباراة").
_OF_SOMETHING = re.compile(r"\s+(?:من\s+|ل(?=ل)|ل\s+)(?!(?:ال)?(?:عام|سنه)(?!\w)|\d)")


@rule("quarter", rf"{B}{CL}(?P<which>(?:ال|(?<=ل)ل)?ربع|(?:ال|(?<=ل)ل)?نصف)\s+"
                 rf"(?:(?P<ord>{alt(QUARTERS)}){_QUARTER_YEAR}?|(?P<qmod>{MOD})){E}")
def read_quarter(m: re.Match, text: str):
    which = fold(m.group("which"))[-3:]
    if m.group("qmod"):                              # "الربع الماضي": the quarter before the reference's
        if which != "ربع":
            return []
        offset = {"past": -1, "next": 1, "this": 0}[MODIFIERS[norm(m.group("qmod"))]]
        return [Candidate(start_of(m), m.end(), Parse("quarter", offset=offset), "quarter")]
    part = QUARTERS[norm(m.group("ord"))]
    year = int(m.group("year")) if m.group("year") else None
    modifier = MODIFIERS.get(norm(m.group("mod"))) if m.group("mod") else None
    offset = {"past": -1, "next": 1}.get(modifier, 0)
    anchored = year or m.group("mod") or m.group("this")
    if not anchored and _OF_SOMETHING.match(text, m.end()):
        return []
    if which == "نصف":
        if part not in (1, 2):
            return []
        return [Candidate(start_of(m), m.end(), Parse("half", part=part, year=year, offset=offset), "quarter")]
    if not anchored:
        nxt = next_word(text, m.end())
        if nxt in ("الخالي",) or nxt.startswith("ساع"):
            return []
    return [Candidate(start_of(m), m.end(), Parse("quarter", part=part, year=year, offset=offset), "quarter")]


_DECADE_WORD = r"(?P<dec>عشرين|ثلاثين|اربعين|خمسين|ستين|سبعين|ثمانين|تسعين)(?:ات|يات)"
_CENTURY_ORD = alt(CENTURIES)


@rule("decade", rf"{B}{CL}{EDGE}(?:عقد\s+)?(?:ال)?{_DECADE_WORD}(?:\s+(?:من\s+)?(?:ال)?قرن\s+"
                rf"(?:(?P<cord>{_CENTURY_ORD})|(?P<cmod>الماضي|المنصرم|الحالي|المنقضي)|(?:ال)?(?P<cnum>\d{{1,2}})))?{E}")
def read_decade(m: re.Match, text: str):
    digit = DECADES["ال" + m.group("dec")]
    century = None
    if m.group("cord"):
        century = CENTURIES[norm(m.group("cord"))] - 1
    elif m.group("cnum"):
        century = int(m.group("cnum")) - 1
    elif m.group("cmod"):
        century = 19 if m.group("cmod") != "الحالي" else 20
    return [Candidate(start_of(m), m.end(), Parse("decade", digit=digit, century=century), "decade")]


@rule("century", rf"{B}{CL}{EDGE}(?:ال)?قرن\s+(?:(?P<cord>{_CENTURY_ORD})|(?P<cmod>{MOD})|(?:ال)?(?P<cnum>\d{{1,2}})(?!\d))"
                 rf"(?:\s+(?P<era>الميلادي|للميلاد|الهجري|قبل\s+الميلاد))?{E}")
def read_century(m: re.Match, text: str):
    if m.group("era") and "قبل" in m.group("era") or m.group("era") and "هجري" in m.group("era"):
        return []
    if m.group("cord"):
        p = Parse("century", digit=CENTURIES[norm(m.group("cord"))])
    elif m.group("cnum"):
        p = Parse("century", digit=int(m.group("cnum")))
    else:
        modifier = MODIFIERS[norm(m.group("cmod"))]
        p = Parse("century", offset={"past": -1, "next": 1, "this": 0}[modifier])
    return [Candidate(start_of(m), m.end(), p, "century")]
