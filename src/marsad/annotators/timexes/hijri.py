"""Hijri (Umm al-Qura) dates to Gregorian, through hijridate.

hijridate covers 1343-1500 AH (1924-2077). Outside that range (history: "سنة
967هـ") and for a day Umm al-Qura does not have (30 in a 29-day month, as
official notices write the month's end), the date comes from the arithmetical
(tabular) Islamic calendar instead, which differs from sighting or Umm al-Qura
by a day or two at most.
"""
from __future__ import annotations

import datetime as dt
import math
from functools import lru_cache

from hijridate import Gregorian, Hijri


@lru_cache(maxsize=4096)
def hijri_to_gregorian(year: int, month: int, day: int) -> dt.date | None:
    if not (1 <= month <= 12 and 1 <= day <= 30 and 1 <= year <= 2000):
        return None
    try:
        g = Hijri(year, month, day).to_gregorian()
    except (ValueError, OverflowError):
        return tabular_to_gregorian(year, month, day)
    return dt.date(g.year, g.month, g.day)


def tabular_to_gregorian(year: int, month: int, day: int) -> dt.date:
    """The arithmetical Islamic calendar (30-year cycle, epoch 16 July 622 Julian)."""
    julian_day = (day + math.ceil(29.5 * (month - 1)) + (year - 1) * 354
                  + (3 + 11 * year) // 30 + 1948439 - 1)
    return dt.date.fromordinal(julian_day - 1721425 + 1)


def gregorian_to_hijri(day: dt.date) -> tuple[int, int, int] | None:
    try:
        h = Gregorian(day.year, day.month, day.day).to_hijri()
    except (ValueError, OverflowError):
        return None
    return h.year, h.month, h.day


def hijri_month_midpoint(year: int, month: int) -> dt.date | None:
    """The Gregorian day in the middle of a Hijri month (a month named without a day
    gets the Gregorian month it mostly falls in)."""
    return hijri_to_gregorian(year, month, 15)


def nearest_hijri_year(month: int, day: int, ref: dt.date, modifier: str | None = None) -> int:
    """The Hijri year of `day month` nearest the reference date (a Hijri month named
    without a year, "غرة ذي القعدة"), or the previous/next one for الماضي/المقبل."""
    today = gregorian_to_hijri(ref)
    if today is None:
        return 1300
    year = today[0]
    candidates = []
    for y in (year - 1, year, year + 1):
        g = hijri_to_gregorian(y, month, min(day, 29))
        if g is not None:
            candidates.append((y, g))
    if not candidates:
        return year
    if modifier == "past":
        before = [c for c in candidates if c[1] < ref]
        if before:
            return max(before, key=lambda c: c[1])[0]
    if modifier == "next":
        after = [c for c in candidates if c[1] > ref]
        if after:
            return min(after, key=lambda c: c[1])[0]
    return min(candidates, key=lambda c: abs((c[1] - ref).days))[0]
