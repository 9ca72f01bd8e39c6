"""TIMEX3 values as Arabic phrases: `P40Y` -> `40 عاما`, `PRESENT_REF` -> `الآن`, `2015-Q4` -> `الربع الرابع من 2015`.

The record keeps the TIMEX3 value; this is what a reader is shown beside the
words of the text. A value this module does not know is shown as "غير محدد",
never as its code. Counted nouns follow Arabic number agreement: 1 and 2 by
the singular and dual alone (عام، عامان), 3-10 the plural (3 أعوام), 11-99
the accusative singular (40 عاما), hundreds and thousands the genitive (100 عام).
"""
from __future__ import annotations

import re

from .dates import as_date, day, hijri_day, month_year, weekday_name
from .numbers import counted_noun

UNKNOWN = "غير محدد"

# unit -> singular, dual, plural (3-10), accusative singular (11-99), plural with no count (PXY)
# (the dual after كل is genitive: DUAL_AFTER_EVERY)
UNITS = {
    "Y": ("عام", "عامان", "أعوام", "عاما", "سنوات"),
    "M": ("شهر", "شهران", "أشهر", "شهرا", "أشهر"),
    "W": ("أسبوع", "أسبوعان", "أسابيع", "أسبوعا", "أسابيع"),
    "D": ("يوم", "يومان", "أيام", "يوما", "أيام"),
    "DE": ("عقد", "عقدان", "عقود", "عقدا", "عقود"),
    "CE": ("قرن", "قرنان", "قرون", "قرنا", "قرون"),
    "H": ("ساعة", "ساعتان", "ساعات", "ساعة", "ساعات"),
    "MIN": ("دقيقة", "دقيقتان", "دقائق", "دقيقة", "دقائق"),
    "S": ("ثانية", "ثانيتان", "ثوان", "ثانية", "ثوان"),
}
DUAL_AFTER_EVERY = {"Y": "عامين", "M": "شهرين", "W": "أسبوعين", "D": "يومين", "DE": "عقدين", "CE": "قرنين",
                    "H": "ساعتين", "MIN": "دقيقتين", "S": "ثانيتين"}
# SET values said in one word.
EVERY = {"P1D": "يوميا", "P1W": "أسبوعيا", "P1M": "شهريا", "P1Y": "سنويا", "P3M": "فصليا", "PT1H": "كل ساعة"}
REFS = {"PRESENT_REF": "الآن", "PAST_REF": "في الماضي", "FUTURE_REF": "مستقبلا"}
SEASONS = {"SP": "ربيع", "SU": "صيف", "FA": "خريف", "WI": "شتاء"}
PARTS = {1: "الأول", 2: "الثاني", 3: "الثالث", 4: "الرابع"}
DECADES = {2: "العشرينيات", 3: "الثلاثينيات", 4: "الأربعينيات", 5: "الخمسينيات", 6: "الستينيات",
           7: "السبعينيات", 8: "الثمانينيات", 9: "التسعينيات"}

_DATE = re.compile(r"^(\d{4}|XXXX)-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2}))?$")
_MONTH = re.compile(r"^(\d{4}|XXXX)-(\d{2})$")
_WEEK = re.compile(r"^(\d{4}|XXXX)-W(\d{2}|XX)(?:-(WE|[1-7]))?$")
_PART = re.compile(r"^(\d{4}|XXXX)-(Q[1-4]|H[12]|SP|SU|FA|WI)$")
_DURATION = re.compile(r"^P(?:(?P<date>(?:(?:\d+(?:\.\d+)?|X)(?:DE|CE|Y|M|W|D))+))?"
                       r"(?:T(?P<time>(?:(?:\d+(?:\.\d+)?|X)[HMS])+))?$")
_PIECE = re.compile(r"(\d+(?:\.\d+)?|X)(DE|CE|Y|M|W|D|H|S)")
# A time expression written in the Hijri calendar: a هـ after a number, or the word هجري.
_HIJRI_MARK = re.compile(r"\d\s*ه[ـ]?(?![\u0621-\u064a])|هجري|هجرية|للهجرة")


def counted(amount: str, unit: str, genitive: bool = False) -> str:
    """`40 عاما`, `عامان` (`عامين` when `genitive`), `3 أيام`, `سنوات` (amount `X`), `1.5 شهر`."""
    singular, dual, plural, accusative, vague = UNITS[unit]
    if genitive:
        dual = DUAL_AFTER_EVERY[unit]
    if amount == "X":
        return vague
    if "." in amount:
        return f"{amount} {singular}"
    return counted_noun(int(amount), singular, dual, plural, accusative).replace(",", "")


def duration_phrase(value: str, genitive: bool = False) -> str | None:
    """`P40Y` -> `40 عاما`; `P1Y6M` -> `عام و6 أشهر`; None if `value` is no TIMEX3 duration."""
    m = _DURATION.match(value)
    if not m or not (m.group("date") or m.group("time")):
        return None
    parts = [counted(a, u, genitive) for a, u in _PIECE.findall(m.group("date") or "")]
    parts += [counted(a, "MIN" if u == "M" else u, genitive) for a, u in _PIECE.findall(m.group("time") or "")]
    return " و".join(parts)


def _full_date(m: re.Match, hijri: bool) -> str:
    year, month, dd, hour, minute = m.groups()
    if year == "XXXX":
        shown = f"{int(dd)} {month_year(None, int(month))}"
    else:
        found = as_date(f"{year}-{month}-{dd}")
        if found is None:
            return UNKNOWN
        shown = day(found)
        if hijri:
            h = hijri_day(found)
            shown += f" ({h})" if h else ""
    if hour is not None:
        shown += f"، الساعة {hour}:{minute}"
    return shown


def _week(m: re.Match) -> str:
    year, week, tail = m.groups()
    if week == "XX":
        if tail == "WE":
            return "عطلة نهاية الأسبوع"
        return f"يوم {weekday_name(int(tail))}" if tail else UNKNOWN
    of_year = f" من {year}" if year != "XXXX" else ""
    shown = f"الأسبوع {int(week)}{of_year}"
    return f"عطلة نهاية {shown}" if tail == "WE" else shown


def _part(m: re.Match) -> str:
    year, part = m.groups()
    known = year != "XXXX"
    if part[0] == "Q":
        return f"الربع {PARTS[int(part[1])]}" + (f" من {year}" if known else "")
    if part[0] == "H":
        return f"النصف {PARTS[int(part[1])]}" + (f" من {year}" if known else "")
    if part == "WI" and known:
        return f"شتاء {year}–{int(year) + 1}"
    return SEASONS[part] + (f" {year}" if known else "")


def _span_of_years(value: str) -> str | None:
    if re.fullmatch(r"\d{4}", value):
        return f"عام {value}"
    if re.fullmatch(r"\d{3}", value):                  # a decade: 192 -> the 1920s
        start = int(value) * 10
        name = DECADES.get(int(value[-1]))
        return f"{name} ({start}–{start + 9})" if name else f"العقد {start}–{start + 9}"
    if re.fullmatch(r"\d{2}", value):                  # a century: 19 -> the 1900s
        start = int(value) * 100
        return f"القرن الـ{int(value) + 1} ({start}–{start + 99})"
    return None


def gives_hijri(text: str | None) -> bool:
    """Whether the words of a time expression are a Hijri date (هـ, هجري, a Hijri month name)."""
    if not text:
        return False
    if _HIJRI_MARK.search(text):
        return True
    from ..lexicons.calendar import hijri_months
    from ..text.normalize import fold
    folded = fold(text)
    return any(name in folded for name in hijri_months() if len(name) > 3)


def timex_phrase(value: str | None, type: str | None = None, text: str | None = None) -> str:
    """An Arabic phrase for a TIMEX3 `value` of `type` (DATE, TIME, DURATION, SET); `text`, the
    words it was read from, puts the Hijri date beside the Gregorian one when they were Hijri."""
    if not value:
        return UNKNOWN
    value = value.strip()
    if value in REFS:
        return REFS[value]
    if type == "SET":
        if value in EVERY:
            return EVERY[value]
        week = _WEEK.match(value)
        if week and week.group(2) == "XX" and week.group(3) and week.group(3) != "WE":
            return f"كل {weekday_name(int(week.group(3)))}".replace("كل ال", "كل ")
        spoken = duration_phrase(value, genitive=True)
        return f"كل {spoken}" if spoken else UNKNOWN
    if value.startswith("P"):
        return duration_phrase(value) or UNKNOWN
    for pattern, render in ((_DATE, lambda m: _full_date(m, gives_hijri(text))),
                            (_MONTH, lambda m: month_year(None if m.group(1) == "XXXX" else int(m.group(1)),
                                                          int(m.group(2))) if 1 <= int(m.group(2)) <= 12 else UNKNOWN),
                            (_WEEK, _week), (_PART, _part)):
        m = pattern.match(value)
        if m:
            return render(m)
    return _span_of_years(value) or UNKNOWN
