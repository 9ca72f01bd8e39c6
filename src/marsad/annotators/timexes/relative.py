"""Days and units named relative to the reference: weekdays, أمس/اليوم/غدا, this/last/next unit,
last night, the weekend, definite plural units."""
from __future__ import annotations

import re

from ...lexicons import time as lex
from ...text.normalize import fold
from .today import TODAY_NOT_BEFORE, subject_after_today, today_reading
from .resolve import Parse
from .grammar import (
    B,
    CL,
    Candidate,
    DAY_PART,
    DEFINITE_CARDINALS,
    DEFINITE_UNITS,
    DUAL_ADJECTIVES,
    DUAL_UNITS,
    E,
    EDGE,
    ERA,
    GENERIC_DAY_WORDS,
    MOD,
    MODIFIERS,
    PLURAL_UNITS,
    RELATIVE_DAYS,
    VAGUE_FUTURE,
    VAGUE_PAST,
    WEEKDAY,
    WEEKDAYS,
    alt,
    def_alt,
    definite,
    folded,
    next_word,
    norm,
    prev_word,
    rule,
    start_of,
    weekday_word,
    without_conjunction,
    year_from,
    year_parse,
)


_REL_WORDS = alt(RELATIVE_DAYS)


@rule("weekday", rf"{B}{CL}(?:(?P<part>{DAY_PART})\s+(?:من\s+)?(?:يوم\s+)?)?(?:(?P<rel>{_REL_WORDS})\s*[،,]?\s*(?:\(\s*)?"
                 rf"|(?P<yawm>يوم|نهار)\s+)?(?:\(\s*)?(?P<wd>{WEEKDAY})(?:\s*\))?(?:\s+(?:(?P<twice>قبل|بعد)\s+)?(?P<mod>{MOD}){E})?{E}")
def read_weekday(m: re.Match, text: str):
    wd = weekday_word(m)
    weekday = WEEKDAYS.get(wd)
    if weekday is None:
        return []
    prev = prev_word(text, start_of(m))
    if not (m.group("rel") or m.group("part") or m.group("yawm")):
        if wd == "الاثنين" and fold(prev) in ("كلا", "بين", "من"):
            return []
        if wd == "الجمعه" and without_conjunction(prev) in _FRIDAY_PRAYER:
            return []
        if wd == "الاحد" and next_word(text, m.end()) in ("عشر", "عشره"):
            return []
        if without_conjunction(prev) in ("ايام", "كل"):      # "أيام الجمعة": every Friday
            return [Candidate(start_of(m), m.end(), Parse("set", type="SET", weekday=weekday), "weekday")]
    modifier = MODIFIERS.get(norm(m.group("mod"))) if m.group("mod") else None
    part = m.group("part")
    kind_type = "TIME" if part else "DATE"
    if m.group("rel"):                               # "أمس الخميس", "اليوم (الاثنين)": the day word decides
        rel = norm(m.group("rel"))
        if rel in GENERIC_DAY_WORDS and not rel == "الغد":
            return []
        p = Parse("relday", type=kind_type, weekday=weekday, offset=RELATIVE_DAYS[rel])
    else:
        weeks = 0
        if m.group("twice"):                         # "الأحد بعد المقبل": a week after the next one
            if (m.group("twice"), modifier) not in (("قبل", "past"), ("بعد", "next")):
                return []
            weeks = 7 if modifier == "next" else -7
        p = Parse("weekday", type=kind_type, weekday=weekday, modifier=modifier, offset=weeks)
    return [Candidate(start_of(m), m.end(), p, "weekday")]


# "صلاة الجمعة" is the prayer, not a date.
_FRIDAY_PRAYER = frozenset(fold(w) for w in ("صلاة", "صلاه", "خطبة", "خطبه", "خطب", "خطيب", "صلاتي", "إمام", "امام",
                                             "جمعة", "مسجد", "جامع", "صلوات", "بعد"))


@rule("relday", rf"{B}{CL}(?:(?P<part>{DAY_PART})\s+(?:من\s+)?(?:يوم\s+)?|(?P<yawm>يوم|نهار)\s+)?(?P<rel>{_REL_WORDS}){E}")
def read_relday(m: re.Match, text: str):
    rel = norm(m.group("rel"))
    part = m.group("part")
    anchored = bool(part or m.group("yawm"))
    if rel == "غد" and not anchored:
        return []                                    # "غدٍ أفضل": a better tomorrow, not a date
    if rel in ("بكره", "بكرا") and next_word(text, m.end()).startswith(("ابي", "ابو")):
        return []                                    # "عن بكرة أبيهم": all of them
    if rel == "اليوم" and anchored:
        after = next_word(text, m.end())
        if after.startswith("ال") and after not in WEEKDAYS and not subject_after_today(after) \
                or after in TODAY_NOT_BEFORE:
            return []                                # "صباح اليوم التالي": the next day of a story
    if rel == "اليوم" and not anchored:
        kind = today_reading(text, m)
        if kind is None:
            return []
        if kind == "PRESENT_REF":
            return [Candidate(start_of(m), m.end(), Parse("relday", value="PRESENT_REF"), "relday")]
    if rel in GENERIC_DAY_WORDS and not anchored:
        if rel == "الغد" and without_conjunction(prev_word(text, start_of(m))) in ("صحيفه", "جريده", "قناه", "حزب"):
            return []
        return [Candidate(start_of(m), m.end(), Parse("relday", value=GENERIC_DAY_WORDS[rel]), "relday")]
    p = Parse("relday", type="TIME" if part else "DATE", offset=RELATIVE_DAYS[rel])
    return [Candidate(start_of(m), m.end(), p, "relday")]


@rule("this_unit", rf"{B}{CL}{EDGE}(?P<this>هذا|هذه)\s+(?P<unit>{def_alt(['العام', 'السنة', 'الشهر', 'الأسبوع', 'العقد', 'القرن', 'الموسم'])}){E}")
def read_this_unit(m: re.Match, text: str):
    unit = DEFINITE_UNITS[definite(m.group("unit"))]
    return [Candidate(start_of(m), m.end(), Parse("unit", unit=unit, offset=0), "this_unit")]


@rule("unit_modifier", rf"{B}{CL}{EDGE}(?P<unit>{def_alt(['العام', 'السنة', 'الشهر', 'الأسبوع', 'العقد', 'القرن', 'الموسم'])})"
                       rf"\s+(?:(?P<twice>قبل|بعد)\s+)?(?P<mod>{MOD}){E}(?:\s+(?P<year>\d{{4}})(?!\d){ERA})?")
def read_unit_modifier(m: re.Match, text: str):
    unit = DEFINITE_UNITS[definite(m.group("unit"))]
    if m.group("year") and unit == "Y":              # "العام الماضي 1435هـ": the year is written
        year, calendar, _ = year_from(m)
        return [Candidate(start_of(m), m.end(), year_parse(year, calendar), "unit_modifier")]
    modifier = MODIFIERS[norm(m.group("mod"))]
    offset = {"past": -1, "next": 1, "this": 0}[modifier]
    if m.group("twice"):                             # "العام قبل الماضي", "الأسبوع بعد المقبل"
        if (m.group("twice"), modifier) not in (("قبل", "past"), ("بعد", "next")):
            return []
        offset *= 2
    end = m.end("mod")
    return [Candidate(start_of(m), end, Parse("unit", unit=unit, offset=offset), "unit_modifier")]


@rule("edge_unit", rf"{B}{CL}(?P<edge>{alt(lex.PERIOD_EDGES)})\s+(?P<unit>{def_alt(['العام', 'السنة', 'الشهر', 'الأسبوع'])}){E}")
def read_edge_unit(m: re.Match, text: str):
    """"منذ مطلع العام", "حتى نهاية الشهر": an edge of the current year, month or week."""
    unit = DEFINITE_UNITS[definite(m.group("unit"))]
    nxt = next_word(text, m.end())
    if nxt in MODIFIERS or nxt.isdigit() or nxt in ("قبل", "بعد", "الجديد", "الجديده", "المنتهي", "التالي", "نفسه",
                                                     "ذاته", "عينه") \
            or unit == "W" and fold(m.group("edge")) in ("نهايه", "نهايات"):
        return []                                   # other rules read these; نهاية الأسبوع is the weekend
    return [Candidate(start_of(m), m.end(), Parse("unit", unit=unit, offset=0), "edge_unit")]


# "الليلة الماضية" (last night), "الليلة قبل الماضية", "مساء الليلة" (tonight). "الليلة" alone is
# as often a night's price ("تكاليف الليلة") or the night of a story ("في الليلة ذاتها").
@rule("night", rf"{B}{CL}(?:(?P<part>مساء|منتصف)\s+)?(?:ال|(?<=ل)ل)ليله(?:\s+(?P<twice>قبل\s+)?(?P<mod>{MOD}))?{E}")
def read_night(m: re.Match, text: str):
    nxt = next_word(text, m.end())
    if not m.group("mod") and (not m.group("part") or nxt.startswith("ال") or nxt in ("التي", "الذي")):
        return []                                   # "الليلة الأولى", "الليلة التي": a night, not tonight
    offset = 0
    if m.group("mod"):
        modifier = MODIFIERS[norm(m.group("mod"))]
        offset = {"past": -1, "next": 1, "this": 0}[modifier] * (2 if m.group("twice") else 1)
    return [Candidate(start_of(m), m.end(), Parse("relday", type="TIME", offset=offset), "night")]


@rule("weekend", rf"{B}{CL}(?:عطله\s+)?نهايه\s+(?:ال)?اسبوع(?:\s+(?P<mod>{MOD}){E}|\s+(?P<this>الحالي|الجاري|هذا))?{E}")
def read_weekend(m: re.Match, text: str):
    modifier = MODIFIERS.get(norm(m.group("mod"))) if m.group("mod") else None
    offset = {"past": -1, "next": 1}.get(modifier, 0)
    return [Candidate(start_of(m), m.end(), Parse("weekend", offset=offset), "weekend")]


_PLURAL_UNIT = def_alt(PLURAL_UNITS)
_VAGUE_ADJ = alt(VAGUE_PAST | VAGUE_FUTURE)
_COUNT_ADJ = alt(lex.COUNT_ADJECTIVES + lex.DUAL_ADJECTIVES)
_DEF_CARDINAL = alt(DEFINITE_CARDINALS)


# "الأعوام الخمسة عشر الماضية", "الأشهر الإثني عشر": a definite count of eleven to nineteen.
_TEEN_UNITS = {"الاحد": 1, "الاحدي": 1, "الاثني": 2, "الاثنا": 2}


@rule("plural_unit", rf"{B}{CL}(?P<unit>{_PLURAL_UNIT})(?:\s+(?P<count>{_DEF_CARDINAL}|{alt(_TEEN_UNITS)}(?=\s+عشر)"
                     rf"|ال\s*\d{{1,3}}(?!\d))(?:\s+(?P<teen>عشره?))?)?"
                     rf"(?:\s+(?P<adj>{_VAGUE_ADJ}|{_COUNT_ADJ}))?{E}")
def read_plural_unit(m: re.Match, text: str):
    unit_word = definite(m.group("unit"))
    unit = PLURAL_UNITS[unit_word]
    count = m.group("count")
    adj = norm(m.group("adj")) if m.group("adj") else None
    if unit_word in DUAL_UNITS:
        if count or adj not in DUAL_ADJECTIVES:
            return []
        p = Parse("duration", type="DURATION", unit=unit, amount=2)
        return [Candidate(start_of(m), m.end(), p, "plural_unit")]
    if count:
        if unit is None:
            return []
        if count[2:].strip().isdigit():
            amount = int(count[2:].strip())
        else:
            amount = _TEEN_UNITS.get(norm(count)) or DEFINITE_CARDINALS[norm(count)]
            if m.group("teen"):
                if amount >= 10:
                    return []
                amount += 10
        p = Parse("duration", type="DURATION", unit=unit, amount=amount)
        return [Candidate(start_of(m), m.end(), p, "plural_unit")]
    if adj in VAGUE_PAST:
        value = "PAST_REF"
    elif adj in VAGUE_FUTURE:
        value = "FUTURE_REF"
    else:
        return []
    return [Candidate(start_of(m), m.end(), Parse("generic", value=value), "plural_unit")]


FOLLOWING_DAYS = folded(lex.FOLLOWING_DAYS)


@rule("following_day", rf"{B}{CL}(?:(?P<part>{DAY_PART})\s+)?(?:ال|(?<=ل)ل)يوم\s+(?P<rel>{alt(FOLLOWING_DAYS)}){E}")
def read_following_day(m: re.Match, text: str):
    """"في اليوم التالي", "صباح اليوم التالي", "اليوم السابق": the day after (before) the day the
    story is at, the latest day named before it (resolved by the stage), else the reference's."""
    part = m.group("part")
    p = Parse("following", type="TIME" if part else "DATE", offset=FOLLOWING_DAYS[norm(m.group("rel"))])
    return [Candidate(start_of(m), m.end(), p, "following_day")]
