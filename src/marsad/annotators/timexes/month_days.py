"""Days and weeks counted inside a month: "الحادي والعشرين من الشهر الجاري", "ثاني خميس من
نوفمبر", "الجمعة الأخيرة من رمضان", "الأسبوع الأخير من سبتمبر"."""
from __future__ import annotations

import re

from ...lexicons import time as lex
from ...text.normalize import fold
from .grammar import (
    B,
    CL,
    E,
    HIJRI_MONTHS,
    HMONTH,
    MOD,
    MODIFIERS,
    MONTH,
    MONTHS,
    WEEKDAY,
    WEEKDAYS,
    Candidate,
    alt,
    folded,
    norm,
    rule,
    start_of,
    weekday_word,
    year_from,
)
from .resolve import Parse

WEEK_ORDINALS = folded(lex.WEEK_ORDINALS)
WEEKDAY_ORDINALS = folded(lex.WEEKDAY_ORDINALS)
ORDINAL_DAYS = folded(lex.ORDINAL_DAYS)
_BARE_WEEKDAYS = {w[2:]: n for w, n in WEEKDAYS.items() if w.startswith("ال")}
_OFFSET = {"past": -1, "next": 1, "this": 0}
# The month a day or week is counted in: a named month (with its year), or the reference's.
_IN_MONTH = (rf"\s+(?:من|في)\s+(?:(?P<this>هذا\s+الشهر|الشهر\s+(?P<mod>{MOD}))"
             rf"|(?:شهر\s+)?(?:(?P<mon>{MONTH})|(?P<hmon>{HMONTH}))(?:\s+(?:المبارك|الكريم|الفضيل))?"
             rf"(?:\s*[،,]?\s*(?:(?:من\s+)?(?:ال)?(?:عام|سنه)\s+)?(?P<year>\d{{4}})(?!\d)(?:\s*(?P<era>هـ|ه|م)(?!\w))?)?){E}")


def _month_of(m: re.Match) -> dict | None:
    """month, calendar, year or month offset of an `_IN_MONTH` match."""
    if m.group("this") or m.group("mod"):
        offset = _OFFSET[MODIFIERS[norm(m.group("mod"))]] if m.group("mod") else 0
        return {"unit": "M", "offset": offset}
    year, calendar, explicit = year_from(m)
    if m.group("hmon"):
        if year is not None and year > 1600:
            return {"month": HIJRI_MONTHS[norm(m.group("hmon"))], "calendar": "H", "gregorian_year": year}
        return {"month": HIJRI_MONTHS[norm(m.group("hmon"))], "calendar": "H", "year": year, "explicit_year": explicit}
    if calendar == "H":
        return None
    return {"month": MONTHS[norm(m.group("mon"))], "year": year, "explicit_year": explicit}


_DAY_ORD = alt(ORDINAL_DAYS)


@rule("day_of_month", rf"{B}{CL}(?:(?:يوم\s+)?(?P<wd>{WEEKDAY})\s*[،,]?\s*)?(?:يوم\s+)?"
                      rf"(?:(?P<dayord>{_DAY_ORD})|(?P<day>[0-3]?\d)(?!\d))\s+من\s+"
                      rf"(?:(?P<this>هذا\s+الشهر)|الشهر\s+(?P<mod>{MOD})){E}")
def read_day_of_month(m: re.Match, text: str):
    """"الخامس من الشهر المقبل", "يوم الأربعاء الحادي والعشرين من الشهر الجاري": a day of the
    reference's month, or of the one before or after."""
    day = ORDINAL_DAYS.get(norm(m.group("dayord"))) if m.group("dayord") else int(m.group("day"))
    if not day or not 1 <= day <= 31:
        return []
    offset = _OFFSET[MODIFIERS[norm(m.group("mod"))]] if m.group("mod") else 0
    p = Parse("month_day", unit="M", offset=offset, day=day, weekday=WEEKDAYS.get(weekday_word(m)))
    return [Candidate(start_of(m), m.end(), p, "day_of_month")]


@rule("nth_weekday", rf"{B}{CL}(?:(?P<ord>{alt(WEEKDAY_ORDINALS)})\s+(?:يوم\s+)?(?P<bwd>{alt(_BARE_WEEKDAYS)})"
                     rf"|(?P<wd>{WEEKDAY})\s+(?P<dord>{alt(WEEK_ORDINALS)})){_IN_MONTH}")
def read_nth_weekday(m: re.Match, text: str):
    """"ثاني خميس من نوفمبر", "آخر جمعة من رمضان", "الجمعة الأخيرة من الشهر الجاري"."""
    if m.group("ord"):
        n = WEEKDAY_ORDINALS[norm(m.group("ord"))]
        weekday = _BARE_WEEKDAYS[fold(m.group("bwd"))]
    else:
        n = WEEK_ORDINALS[norm(m.group("dord"))]
        weekday = WEEKDAYS.get(weekday_word(m))
    month = _month_of(m)
    if weekday is None or month is None:
        return []
    p = Parse("nth_weekday", part=n, weekday=weekday, **month)
    return [Candidate(start_of(m), m.end(), p, "nth_weekday")]


@rule("nth_week", rf"{B}{CL}(?:ال|(?<=ل)ل)اسبوع\s+(?P<dord>{alt(WEEK_ORDINALS)}){_IN_MONTH}")
def read_nth_week(m: re.Match, text: str):
    """"الأسبوع الأخير من سبتمبر", "الأسبوع الأول من الشهر المقبل": the ISO week that holds most
    of the month's first (or last) seven days."""
    month = _month_of(m)
    if month is None:
        return []
    p = Parse("nth_week", part=WEEK_ORDINALS[norm(m.group("dord"))], **month)
    return [Candidate(start_of(m), m.end(), p, "nth_week")]
