"""Gregorian and Hijri dates in Arabic words: CLDR month and day names through Babel, Hijri through hijridate.

Digits stay Western (as Babel's `ar` locale and most Arab news sites write them).
"""
from __future__ import annotations

import datetime as dt
from functools import lru_cache

from babel.dates import format_date, get_month_names

LOCALE = "ar"


def as_date(value) -> dt.date | None:
    """A `date`, or the date an ISO string starts with (`2024-10-24`, `2024-10-24T10:30`); else None."""
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    if isinstance(value, str) and len(value) >= 10:
        try:
            return dt.date.fromisoformat(value[:10])
        except ValueError:
            return None
    return None


@lru_cache(maxsize=4096)
def _formatted(day_: dt.date, pattern: str) -> str:
    return format_date(day_, pattern, locale=LOCALE)


def day(value, *, weekday: bool = True) -> str | None:
    """`الخميس 24 أكتوبر 2024` (None when `value` is not a date)."""
    found = as_date(value)
    if found is None:
        return None
    return _formatted(found, "EEEE d MMMM y" if weekday else "d MMMM y")


def short_day(value) -> str | None:
    """`24 أكتوبر` — for chart axes and dense lists."""
    found = as_date(value)
    return None if found is None else _formatted(found, "d MMMM")


@lru_cache(maxsize=1)
def _month_names() -> dict[int, str]:
    return dict(get_month_names("wide", locale=LOCALE))


def month_name(month: int) -> str:
    return _month_names()[month]


def month_year(year: int | None, month: int) -> str:
    """`أكتوبر 2024`, or `أكتوبر` when the year is not known."""
    name = month_name(month)
    return f"{name} {year}" if year is not None else name


def weekday_name(iso_weekday: int) -> str:
    """ISO weekday (Monday 1 .. Sunday 7) -> `الخميس`."""
    return _formatted(dt.date(2024, 1, iso_weekday), "EEEE")      # 2024-01-01 is a Monday


def hijri_day(value) -> str | None:
    """The Umm al-Qura date of a Gregorian day: `15 رمضان 1436 هـ` (None outside hijridate's range)."""
    from hijridate import Gregorian
    found = as_date(value)
    if found is None:
        return None
    try:
        h = Gregorian(found.year, found.month, found.day).to_hijri()
    except (ValueError, OverflowError):
        return None
    return f"{h.day} {h.month_name('ar')} {h.year} هـ"
