"""Hijri (Umm al-Qura) dates to Gregorian, through hijridate.

hijridate covers 1343-1500 AH (1924-2077); outside that range, or for an
impossible day (30 in a 29-day month), the functions return None rather than
a guess.
"""
from __future__ import annotations

import datetime as dt
from functools import lru_cache

from hijridate import Gregorian, Hijri


@lru_cache(maxsize=4096)
def hijri_to_gregorian(year: int, month: int, day: int) -> dt.date | None:
    try:
        g = Hijri(year, month, day).to_gregorian()
    except (ValueError, OverflowError):
        return None
    return dt.date(g.year, g.month, g.day)


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
