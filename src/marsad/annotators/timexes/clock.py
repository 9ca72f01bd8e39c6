"""Clock times: الساعة العاشرة صباحا, 10:30, من 10 حتى 2 ظهرا."""
from __future__ import annotations

import re

from ...lexicons import time as lex
from ...text.normalize import fold
from ..quantities.numbers import NUMBER_WORDS, read_number
from .resolve import Parse
from .grammar import (
    B,
    CL,
    CLOCK_HOURS,
    Candidate,
    DAY_PART,
    DAY_PARTS,
    DAY_PART_ADVERBS,
    E,
    RELATIVE_DAYS,
    WEEKDAY,
    WEEKDAYS,
    alt,
    definite,
    norm,
    next_word,
    prev_word,
    rule,
    start_of,
    without_conjunction,
)


_SMALL_HOURS_ADVERBS = frozenset(fold(w) for w in lex.SMALL_HOURS_ADVERBS)
_CLOCK_WORD = alt(CLOCK_HOURS)
_AMPM = alt(DAY_PART_ADVERBS)
# Minutes in words: "الخامسة وسبع وعشرون دقيقة", "الثالثة إلا عشر دقائق".
_NUMBER_WORD = alt(NUMBER_WORDS)
_MINUTE_WORDS = rf"{_NUMBER_WORD}(?:\s+و\s*{_NUMBER_WORD})?"
# A time zone after the time: "بتوقيت مكة المكرمة", "(ت.غ)", "GMT"; its offset is kept apart.
_ZONE_WORDS = r"بتوقيت\s+[^\W\d_]+(?:\s+(?:المكرمه|المنوره))?|بالتوقيت\s+المحلي|ت\s*\.?\s*غ|تغ|GMT|UTC|غرينتش|جرينتش"
_ZONE = rf"(?:\s*\(?\s*(?P<tz>{_ZONE_WORDS})\s*\)?)?"
_ZONE2 = _ZONE.replace("?P<tz>", "?P<tz2>")
ZONES = {fold(k): v for k, v in lex.TIME_ZONES.items()}


def _minutes(words: str) -> int | None:
    if words.isdigit():
        return int(words)
    reading = read_number(re.findall(r"[^\W\d_]+", words), 0)
    return int(reading.value) if reading is not None and float(reading.value).is_integer() else None


def _zone(m: re.Match) -> str | None:
    tz = m.groupdict().get("tz") or m.groupdict().get("tz2")
    if not tz:
        return None
    words = re.findall(r"[^\W\d_]+|[A-Z]+", tz)
    for k in range(len(words)):
        key = fold(" ".join(words[k:]))
        if key in ZONES:
            return ZONES[key]
    return ZONES.get(fold(tz.replace(" ", "").replace(".", "")))


@rule("clock", rf"{B}{CL}(?:(?P<sa>(?:ال)?ساعه\s+)(?:ال)?(?P<h>[0-2]?\d)(?:(?:\s*[:.,]\s*|،)(?P<mi>[0-5]\d)|(?P<mi4>[0-5]\d))?(?!\d)"
               rf"|(?P<sa2>(?:ال)?ساعه\s+)?(?P<hw>{_CLOCK_WORD})(?:\s+(?:و\s*)?(?:(?P<half>النصف|نصف)|(?P<quarter>الربع|ربع)|(?P<third>الثلث|ثلث)"
               rf"|(?P<mn>\d{{1,2}}|{_MINUTE_WORDS})\s+(?:دقيقه|دقائق))"
               rf"|\s+الا\s+(?:(?P<less>ربعا|الربع|ربع)|(?P<lessthird>ثلثا|الثلث|ثلث)|(?P<lessmn>\d{{1,2}}|{_MINUTE_WORDS})\s+(?:دقيقه|دقائق)))?)"
               rf"(?:\s+(?:من\s+)?(?P<part>{DAY_PART})\s+(?:يوم\s+)?(?P<rel>اليوم|امس|غد|الغد|{WEEKDAY})(?:\s+(?P<relwd>{WEEKDAY}))?"
               rf"|\s*(?P<ampm>{_AMPM}){E}(?:\s+(?P<rel3>اليوم|امس|غدا)(?:\s+(?P<relwd3>{WEEKDAY}))?)?|\s+(?P<rel2>اليوم|امس|غدا))?{_ZONE}{E}"
               rf"|(?<![\d:.])(?P<h2>[0-2]?\d)(?::(?P<mi2>[0-5]\d)|(?=\s*(?P<ampm3>{_AMPM}){E}))(?![\d:])(?:\s*(?P<ampm2>{_AMPM}){E})?{_ZONE2}")
def read_clock(m: re.Match, text: str):
    if m.group("h2") is not None:
        hour, minute = int(m.group("h2")), int(m.group("mi2") or 0)
        ampm = m.group("ampm2")
        if not ampm and not _clock_context(text, m.start()):
            return []
        if m.group("mi2") is None and (hour > 12 or hour == 0):
            return []
    elif m.group("h") is not None:
        hour, minute = int(m.group("h")), int(m.group("mi") or m.group("mi4") or 0)
        ampm = m.group("ampm")
    else:
        if not m.group("sa2") and not ((m.group("ampm") or m.group("part"))
                                      and without_conjunction(prev_word(text, start_of(m))) in _CLOCK_PREPOSITIONS):
            return []                                # "الحلقة الثانية مساء اليوم": an ordinal, not two o'clock
        hour = CLOCK_HOURS[norm(m.group("hw"))]
        minute = 30 if m.group("half") else 15 if m.group("quarter") else 20 if m.group("third") \
            else _minutes(m.group("mn")) if m.group("mn") else 0
        before = 15 if m.group("less") else 20 if m.group("lessthird") else _minutes(m.group("lessmn")) \
            if m.group("lessmn") else None
        if minute is None or before is not None and not 0 < before < 60:
            return []
        if before:
            hour, minute = (hour - 1) % 12 or 12, 60 - before
        ampm = m.group("ampm")
    if ampm and DAY_PART_ADVERBS[norm(ampm)] == 12 and hour < 12 \
            and not (norm(ampm) in _SMALL_HOURS_ADVERBS and hour < 6):
        hour += 12                                   # "الثانية ليلا" is 02:00, "العاشرة ليلا" 22:00
    part = m.groupdict().get("part")
    if part and DAY_PARTS.get(norm(part)) in ("AF", "EV", "NI") and hour < 12:
        hour += 12
    if hour > 24 or minute > 59:
        return []
    rel = m.groupdict().get("rel") or m.groupdict().get("rel2") or m.groupdict().get("rel3")
    if rel:
        rel_f = fold(rel)
        if rel_f in RELATIVE_DAYS or rel_f == "غد":
            p = Parse("relday", type="TIME", offset=RELATIVE_DAYS.get(rel_f, 1), hour=hour % 24, minute=minute,
                      zone=_zone(m))
        else:
            p = Parse("weekday", type="TIME", weekday=WEEKDAYS.get(definite(rel_f)), hour=hour % 24, minute=minute,
                      zone=_zone(m))
    else:
        p = Parse("relday", type="TIME", offset=0, hour=hour % 24, minute=minute, zone=_zone(m))
    return [Candidate(start_of(m), m.end(), p, "clock")]


@rule("clock_range", rf"(?<![\d:.])(?P<h1>[01]?\d)(?::(?P<m1>[0-5]\d))?\s*(?:الي|حتي|و\s*حتي|-|–)\s*(?P<h2>[01]?\d)(?::(?P<m2>[0-5]\d))?\s*(?P<ampm>{_AMPM}){E}")
def read_clock_range(m: re.Match, text: str):
    h1, h2 = int(m.group("h1")), int(m.group("h2"))
    if not (1 <= h1 <= 12 and 1 <= h2 <= 12):
        return []
    shift = DAY_PART_ADVERBS[m.group("ampm")]
    first_shift = shift if h1 <= h2 else 0           # "من 10 صباحا حتى 2 ظهرا" keeps the first in the morning
    first = Parse("relday", type="TIME", hour=(h1 + first_shift) % 24, minute=int(m.group("m1") or 0))
    second = Parse("relday", type="TIME", hour=(h2 + shift) % 24, minute=int(m.group("m2") or 0))
    return [Candidate(m.start("h1"), m.end("m1") if m.group("m1") else m.end("h1"), first, "clock"),
            Candidate(m.start("h2"), m.end(), second, "clock")]


# Words before an hour said without الساعة ("في التاسعة مساء", "حتى الثانية عشرة ظهرا").
_CLOCK_PREPOSITIONS = frozenset(fold(w) for w in ("في", "حتى", "منذ", "عند", "بعد", "قبل", "من", "إلى", "الى", "تمام",
                                                  "نحو", "حوالي", "قرابة", "وحتى", "بين"))


def _clock_context(text: str, pos: int) -> bool:
    """A bare HH:MM is a time only after a time word ("عند 10:30", "الساعة")."""
    prev = without_conjunction(prev_word(text, pos))
    return prev in ("عند", "في", "حتي", "الساعه", "تمام", "منذ", "قرابه", "نحو", "حوالي", "بعد", "قبل")


_PART_PAIRS = frozenset(fold(w) for w in ("ونهارا", "نهارا", "ومساء", "ومساءا", "وصباحا", "صباحا", "مساء", "وليلا",
                                          "ليلا", "وظهرا", "وعصرا"))


@rule("part_of_day", rf"{B}{CL}(?P<adv>{alt(lex.PART_OF_DAY_ADVERBS)}){E}")
def read_part_of_day(m: re.Match, text: str):
    """"وانطلقت القافلة فجرا": a part of the reference day (a TIME valued by its date); not in
    pairs that mean all day ("ليلا ونهارا", "صباحا ومساء")."""
    if without_conjunction(next_word(text, m.end())) in _PART_PAIRS | {"و" + w for w in _PART_PAIRS} \
            or prev_word(text, start_of(m)) in _PART_PAIRS:
        return []
    return [Candidate(start_of(m), m.end(), Parse("relday", type="TIME", offset=0), "part_of_day")]
