"""TIMEX3 values of parsed time expressions, against a reference date.

A `Parse` is what the grammar read (a year, a weekday with a modifier, three
days ...); `value(parse, ref)` turns it into a TIMEX3 value: `2024-10-24`,
`2024-08`, `2024`, `2015-W30`, `2015-Q4`, `2024-SU`, `199` (the 1990s), `19`
(the 1900s), `P3D`, `PT2H`, `PXY`, `PRESENT_REF`... Relative expressions need
the reference date (the publication date); without one they get an
underspecified value (`XXXX-08`) or none, never a guessed one.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, replace

from .hijri import gregorian_to_hijri, hijri_month_midpoint, hijri_to_gregorian, nearest_hijri_year

_DURATION_TIME_UNITS = {"H": "H", "MIN": "M", "S": "S"}


@dataclass(frozen=True, slots=True)
class Parse:
    """What one time expression says, before it is placed on the calendar."""

    kind: str                       # date | relday | weekday | unit | season | quarter | half | decade
    #                                 | century | duration | set | generic | weekend | ago
    #                                 | day_month (day and month as written, calendar "?" when unknown)
    #                                 | feast (day `part` of the feast starting on Hijri month/day; none: العيد)
    type: str = "DATE"              # DATE | TIME | DURATION | SET
    year: int | None = None
    month: int | None = None
    day: int | None = None
    weekday: int | None = None      # ISO 1..7
    offset: int = 0                 # days from the reference (relday), or units (unit: -1/0/+1)
    modifier: str | None = None     # past | next | this
    unit: str | None = None         # D W M Y DE CE H MIN S (durations, sets, units)
    amount: float | None = None     # None: unspecified (PXY)
    season: str | None = None
    part: int | None = None         # quarter or half number
    digit: int | None = None        # decade digit (199 -> 9) / century ordinal
    century: int | None = None      # TIMEX3 century prefix for decades (19 -> the 1900s)
    hour: int | None = None
    minute: int | None = None
    calendar: str = "G"             # G | H (Hijri: year/month/day are Hijri)
    value: str | None = None        # a fixed value (generic refs, sets)
    explicit_year: bool = False     # the year is written (ranges inherit it)
    year_offset: int | None = None  # "يونيو من العام الماضي": the year relative to the reference
    day_part: str | None = None     # MO AF EV NI: the part of the day named before the day
    gregorian_year: int | None = None   # a Hijri month or feast placed by a Gregorian year ("رمضان 2021")
    zone: str | None = None         # UTC offset of a clock time ("بتوقيت مكة" +03:00, GMT Z)
    anchor: str | None = None       # since | after: a duration counted from the reference (منذ, بعد)
    day_shift: int = 0              # days to move the day named ("عشية الخميس": the day before)

    def with_(self, **changes) -> "Parse":
        return replace(self, **changes)


def value(parse: Parse, ref: dt.date | None) -> str | None:
    """The TIMEX3 value of `parse` against reference date `ref` (None: no reference)."""
    handler = _HANDLERS.get(parse.kind)
    out = handler(parse, ref) if handler else parse.value
    if parse.day_shift and out and len(out) >= 10 and out[4] == "-" and out[7] == "-":
        day = dt.date.fromisoformat(out[:10]) + dt.timedelta(days=parse.day_shift)
        out = day.isoformat() + out[10:]
    return out


def points(parse: Parse, ref: dt.date | None) -> tuple[str | None, str | None]:
    """(begin, end) of a duration counted from the reference: "منذ أربعة أيام" runs from four
    days before it to it, "بعد ثلاثة أيام" from it to three days after (days, weeks, months and
    years of whole units; TIMEX3 beginPoint/endPoint)."""
    if parse.kind != "duration" or parse.anchor is None or ref is None or parse.amount is None \
            or not float(parse.amount).is_integer() or parse.unit not in ("D", "W", "M", "Y"):
        return None, None
    n = int(parse.amount) * (-1 if parse.anchor == "since" else 1)
    try:
        other = _counted_from(ref, n, parse.unit)
    except (ValueError, OverflowError):      # منذ 20 ألف عام: before year 1, no calendar date
        return None, None
    pair = sorted((ref, other))
    return pair[0].isoformat(), pair[1].isoformat()


def _counted_from(ref: dt.date, n: int, unit: str) -> dt.date:
    """The date `n` whole units (D, W, M, Y) from `ref`; a month's day is cut to the month's length."""
    if unit == "D":
        return ref + dt.timedelta(days=n)
    if unit == "W":
        return ref + dt.timedelta(weeks=n)
    index = ref.year * 12 + ref.month - 1 + n * (12 if unit == "Y" else 1)
    year, month = index // 12, index % 12 + 1
    return dt.date(year, month, min(ref.day, 28 if month == 2 else 30 if month in (4, 6, 9, 11) else 31))


def _date(p: Parse, ref: dt.date | None) -> str | None:
    if p.calendar == "H":
        return _hijri(p, ref)
    year = p.year
    if year is None and p.year_offset is not None and ref is not None:
        year = ref.year + p.year_offset
    if year is None:
        if ref is None:
            if p.month is None:
                return None
            return f"XXXX-{p.month:02d}" + (f"-{p.day:02d}" if p.day else "")
        year = _year_of_month(p.month, p.day, p.modifier, ref)
    if p.month is None:
        return f"{year:04d}"
    if p.day is None:
        return f"{year:04d}-{p.month:02d}"
    try:
        day = dt.date(year, p.month, p.day)
    except ValueError:
        return None
    return _with_time(day.isoformat(), p)


def _year_of_month(month: int | None, day: int | None, modifier: str | None, ref: dt.date) -> int:
    """The year of a month named without one: the reference year, or the one before/after
    for الماضي/المقبل ("يونيو الماضي" in June is last year's)."""
    if month is None:
        return ref.year
    if modifier == "past":
        return ref.year if (month, day or 1) < (ref.month, ref.day if day else 1) else ref.year - 1
    if modifier == "next":
        return ref.year if (month, day or 31) > (ref.month, ref.day if day else 31) else ref.year + 1
    if modifier == "upcoming":                 # "حتى يناير": this one or the next
        return ref.year if month >= ref.month else ref.year + 1
    if modifier == "since":                    # "منذ مارس": this one or the last
        return ref.year if month <= ref.month else ref.year - 1
    return ref.year


def _hijri(p: Parse, ref: dt.date | None) -> str | None:
    year = p.year
    if year is None and p.gregorian_year is not None and p.month is not None:
        year = _hijri_year_in(p.month, p.gregorian_year)
    if year is None:
        if ref is None or p.month is None:
            return None
        year = nearest_hijri_year(p.month, p.day or 15, ref, p.modifier)
    if p.month is None:
        mid = hijri_to_gregorian(year, 6, 15)
        return f"{mid.year:04d}" if mid else None
    if p.day is None:
        mid = hijri_month_midpoint(year, p.month)
        return f"{mid.year:04d}-{mid.month:02d}" if mid else None
    day = hijri_to_gregorian(year, p.month, p.day)
    return _with_time(day.isoformat(), p) if day else None


def day_month_date(p: Parse, ref: dt.date) -> dt.date | None:
    """The day a day and month written in digits without a year name ("يوم السبت ٢ / ١٠"): each
    reading (Hijri or Gregorian unless an era marker says; day/month as written, or month/day when
    only that is a date or only that gives the weekday) placed in its year nearest the reference;
    the weekday named with it must fall on the day, and of the readings left the nearest to the
    reference wins. A Hijri reading agrees with its weekday within a day (sighting and Umm al-Qura
    differ); an exact match is preferred."""
    first, second = p.day, p.month
    orders = [(first, second, 0)] + ([(second, first, 1)] if first != second else [])
    calendars = ("H", "G") if p.calendar == "?" else (p.calendar,)
    expected = ref + dt.timedelta(days=p.offset) if p.offset else None
    readings = []
    for day, month, swapped in orders:
        if not (1 <= month <= 12 and 1 <= day <= 31):
            continue
        for calendar in calendars:
            found = _nearest(calendar, month, day, ref)
            if found is not None:
                readings.append((found, swapped, calendar))
    if not readings:
        return None

    def rank(reading):
        day, swapped, calendar = reading
        if p.weekday is None:
            weekday_miss = 0
        elif day.isoweekday() == p.weekday:
            weekday_miss = 0
        elif calendar == "H" and any((day + dt.timedelta(days=k)).isoweekday() == p.weekday for k in (-1, 1)):
            weekday_miss = 1
        else:
            weekday_miss = 2
        off_expected = 0 if expected is None or abs((day - expected).days) <= 1 else 1
        # the written order first unless only the other one fits the weekday
        return (weekday_miss, off_expected, swapped, abs((day - ref).days))
    return min(readings, key=rank)[0]


def _nearest(calendar: str, month: int, day: int, ref: dt.date) -> dt.date | None:
    """The date of day/month in the calendar's year that puts it nearest the reference."""
    if calendar == "H":
        if day > 30:
            return None
        year = nearest_hijri_year(month, day, ref)
        return hijri_to_gregorian(year, month, day)
    found = []
    for year in (ref.year - 1, ref.year, ref.year + 1):
        try:
            found.append(dt.date(year, month, day))
        except ValueError:
            continue
    return min(found, key=lambda d: abs((d - ref).days)) if found else None


def _day_month(p: Parse, ref: dt.date | None) -> str | None:
    if ref is None:
        return None                                  # neither the year nor the calendar is known
    day = day_month_date(p, ref)
    return _with_time(day.isoformat(), p) if day else None


# Feasts: "العيد" alone is the nearer of these two.
_FEAST_STARTS = ((10, 1), (12, 10))


def feast_start(month: int | None, day: int | None, ref: dt.date) -> dt.date | None:
    """The first day of the feast (or month) that begins on Hijri month/day nearest the reference;
    a feast still to come counts at twice its distance (news looks back on a feast more than ahead)."""
    today = gregorian_to_hijri(ref)
    if today is None:
        return None
    starts = []
    for m, d in ([(month, day)] if month else _FEAST_STARTS):
        for year in (today[0] - 1, today[0], today[0] + 1):
            found = hijri_to_gregorian(year, m, d)
            if found is not None:
                starts.append(found)
    if not starts:
        return None
    return min(starts, key=lambda g: 2 * (g - ref).days if g > ref else (ref - g).days)


def _feast(p: Parse, ref: dt.date | None) -> str | None:
    """"ثاني أيام العيد": the feast's first day plus the days counted; "عيد الأضحى 2019" the feast
    of that year, "عيد الفطر المقبل" the next one."""
    if p.year is not None or p.gregorian_year is not None:
        year = p.year if p.year is not None else _hijri_year_of_day(p.month, p.day, p.gregorian_year)
        start = hijri_to_gregorian(year, p.month, p.day) if year is not None else None
        return _with_time((start + dt.timedelta(days=(p.part or 1) - 1)).isoformat(), p) if start else None
    if ref is None:
        return None
    if p.modifier in ("next", "past") and p.month is not None:
        year = nearest_hijri_year(p.month, p.day, ref, p.modifier)
        start = hijri_to_gregorian(year, p.month, p.day)
        return _with_time(start.isoformat(), p) if start else None
    start = feast_start(p.month, p.day, ref)
    if start is None:
        return None
    return _with_time((start + dt.timedelta(days=(p.part or 1) - 1)).isoformat(), p)


def _with_time(date_value: str, p: Parse) -> str:
    if p.hour is None:
        return date_value
    return f"{date_value}T{p.hour:02d}:{p.minute or 0:02d}"


def _relday(p: Parse, ref: dt.date | None) -> str | None:
    if p.value:
        return p.value
    if ref is None:
        return None
    return _with_time((ref + dt.timedelta(days=p.offset)).isoformat(), p)


def _weekday(p: Parse, ref: dt.date | None) -> str | None:
    if ref is None:
        return f"XXXX-WXX-{p.weekday}"
    back = (ref.isoweekday() - p.weekday) % 7
    if p.modifier == "next":                       # offset: ±7 for "بعد المقبل", "قبل الماضي"
        ahead = (p.weekday - ref.isoweekday()) % 7 or 7
        day = ref + dt.timedelta(days=ahead + p.offset)
    elif p.modifier == "past":
        day = ref - dt.timedelta(days=(back or 7) - p.offset)
    elif p.offset:
        day = ref + dt.timedelta(days=p.offset)     # "أمس الخميس": the day word decides
    else:
        day = ref - dt.timedelta(days=back)        # news: the latest one on or before publication
    return _with_time(day.isoformat(), p)


def _unit(p: Parse, ref: dt.date | None) -> str | None:
    """This/last/next week, month, year, decade, century."""
    if ref is None:
        return None
    step = p.offset
    if p.unit == "Y":
        return f"{ref.year + step:04d}"
    if p.unit == "M":
        month = ref.month - 1 + step
        return f"{ref.year + month // 12:04d}-{month % 12 + 1:02d}"
    if p.unit == "W":
        year, week, _ = (ref + dt.timedelta(weeks=step)).isocalendar()
        return f"{year:04d}-W{week:02d}"
    if p.unit == "D":
        return (ref + dt.timedelta(days=step)).isoformat()
    if p.unit == "DE":
        return f"{ref.year // 10 + step:03d}"
    if p.unit == "CE":
        return f"{ref.year // 100 + step:02d}"
    return None


def _ago(p: Parse, ref: dt.date | None) -> str | None:
    """"قبل سنتين": the year, month, week or day `amount` units before the reference."""
    if ref is None:
        return None
    unit, amount = p.unit, p.amount
    if unit == "Y" and not float(amount).is_integer():
        unit, amount = "M", amount * 12
    if unit == "M" and not float(amount).is_integer():
        unit, amount = "D", amount * 30
    n = int(amount)
    if unit == "Y":
        return f"{ref.year - n:04d}"
    if unit == "M":
        month = ref.month - 1 - n
        return f"{ref.year + month // 12:04d}-{month % 12 + 1:02d}"
    if unit == "W":
        year, week, _ = (ref - dt.timedelta(weeks=n)).isocalendar()
        return f"{year:04d}-W{week:02d}"
    if unit == "D":
        return (ref - dt.timedelta(days=n)).isoformat()
    if unit == "DE":
        return f"{(ref.year - 10 * n) // 10:03d}"
    if unit == "CE":
        return f"{(ref.year - 100 * n) // 100:02d}"
    return None


def _weekend(p: Parse, ref: dt.date | None) -> str | None:
    if ref is None:
        return "XXXX-WXX-WE"
    year, week, _ = (ref + dt.timedelta(weeks=p.offset)).isocalendar()
    return f"{year:04d}-W{week:02d}-WE"


_SEASON_START = {"SP": 3, "SU": 6, "FA": 9, "WI": 12}


def _season(p: Parse, ref: dt.date | None) -> str | None:
    """A season is named by the year it begins in (winter 2014-15 is 2014-WI)."""
    if p.year is not None:
        return f"{p.year:04d}-{p.season}"
    if ref is None:
        return f"XXXX-{p.season}"
    start = _SEASON_START[p.season]
    # the season in course or last begun on or before the reference
    current = ref.year if (ref.month >= start) else ref.year - 1
    if p.season == "WI" and ref.month <= 2:
        current = ref.year - 1
    if p.modifier == "next":
        return f"{current + 1:04d}-{p.season}"
    if p.modifier == "past":
        in_course = _season_contains(p.season, current, ref)
        return f"{current - 1 if in_course else current:04d}-{p.season}"
    if p.modifier == "this" or p.modifier is None:
        return f"{current:04d}-{p.season}"
    return None


def _season_contains(season: str, year: int, ref: dt.date) -> bool:
    start = dt.date(year, _SEASON_START[season], 1)
    return start <= ref < dt.date(year + (1 if season == "WI" else 0), (_SEASON_START[season] + 2) % 12 + 1, 1)


def _year_or_ref(p: Parse, ref: dt.date | None) -> int | None:
    if p.year is not None:
        return p.year
    if ref is None:
        return None
    return ref.year + p.offset


def _quarter(p: Parse, ref: dt.date | None) -> str | None:
    if p.part is None:                          # "الربع الماضي": counted from the reference's quarter
        if ref is None:
            return None
        index = ref.year * 4 + (ref.month - 1) // 3 + p.offset
        return f"{index // 4:04d}-Q{index % 4 + 1}"
    year = _year_or_ref(p, ref)
    return f"{year:04d}-Q{p.part}" if year is not None else f"XXXX-Q{p.part}"


def _half(p: Parse, ref: dt.date | None) -> str | None:
    year = _year_or_ref(p, ref)
    return f"{year:04d}-H{p.part}" if year is not None else f"XXXX-H{p.part}"


def _decade(p: Parse, ref: dt.date | None) -> str | None:
    century = p.century if p.century is not None else 19
    return f"{century:02d}{p.digit}"


def _century(p: Parse, ref: dt.date | None) -> str | None:
    if p.digit is not None:
        return f"{p.digit - 1:02d}"
    if ref is None:
        return None
    return f"{ref.year // 100 + p.offset:02d}"


def duration_value(unit: str, amount: float | None) -> str:
    """P3D, PT2H, PXY, P1.5M, P2DE ..."""
    if amount is None:
        number = "X"
    else:
        if unit == "Y" and not float(amount).is_integer():
            unit, amount = "M", amount * 12
        if unit in ("DE", "CE") and not float(amount).is_integer():
            unit, amount = "Y", amount * (10 if unit == "DE" else 100)
        if unit == "H" and not float(amount).is_integer():
            unit, amount = "MIN", amount * 60
        number = f"{int(amount)}" if float(amount).is_integer() else f"{amount:g}"
    if unit in _DURATION_TIME_UNITS:
        return f"PT{number}{_DURATION_TIME_UNITS[unit]}"
    return f"P{number}{unit}"


def _duration(p: Parse, ref: dt.date | None) -> str | None:
    return duration_value(p.unit, p.amount)


def _set(p: Parse, ref: dt.date | None) -> str | None:
    if p.value:
        return p.value
    if p.weekday:
        return f"XXXX-WXX-{p.weekday}"
    return duration_value(p.unit, p.amount if p.amount is not None else 1)


def _generic(p: Parse, ref: dt.date | None) -> str | None:
    return p.value


# --- days and weeks counted inside a month -------------------------------------------------
def _hijri_year_in(month: int, gregorian_year: int) -> int | None:
    """The Hijri year whose `month` falls mostly in `gregorian_year` ("رمضان 2021" is 1442)."""
    guess = round((gregorian_year - 622) * 1.0307)
    for year in (guess - 1, guess, guess + 1, guess + 2):
        mid = hijri_month_midpoint(year, month)
        if mid is not None and mid.year == gregorian_year:
            return year
    return None


def month_days(p: Parse, ref: dt.date | None) -> list[dt.date]:
    """The Gregorian days of the month a parse names: the reference's month moved by `offset`
    (unit M), a Hijri month (its year written, in a Gregorian year, or the nearest), or a
    Gregorian month (its year written or the reference's, steered by the modifier)."""
    if p.unit == "M":
        if ref is None:
            return []
        index = ref.year * 12 + ref.month - 1 + p.offset
        year, month = index // 12, index % 12 + 1
        first = dt.date(year, month, 1)
        following = dt.date(year + month // 12, month % 12 + 1, 1)
        return [first + dt.timedelta(days=k) for k in range((following - first).days)]
    if p.calendar == "H":
        year = p.year
        if year is None and p.gregorian_year is not None:
            year = _hijri_year_in(p.month, p.gregorian_year)
        if year is None:
            if ref is None:
                return []
            year = nearest_hijri_year(p.month, 15, ref, p.modifier)
        first = hijri_to_gregorian(year, p.month, 1)
        following = hijri_to_gregorian(year + p.month // 12, p.month % 12 + 1, 1)
        if first is None or following is None:
            return []
        return [first + dt.timedelta(days=k) for k in range((following - first).days)]
    year = p.year
    if year is None:
        if ref is None:
            return []
        year = _year_of_month(p.month, None, p.modifier, ref)
    first = dt.date(year, p.month, 1)
    following = dt.date(year + p.month // 12, p.month % 12 + 1, 1)
    return [first + dt.timedelta(days=k) for k in range((following - first).days)]


def _nth_weekday(p: Parse, ref: dt.date | None) -> str | None:
    """"ثاني خميس من نوفمبر": the second Thursday of that month; part -1 is the last."""
    days = [d for d in month_days(p, ref) if d.isoweekday() == p.weekday]
    if not days or p.part is None or p.part > len(days):
        return None
    return days[p.part - 1 if p.part > 0 else -1].isoformat()


def _nth_week(p: Parse, ref: dt.date | None) -> str | None:
    """"الأسبوع الأخير من سبتمبر": the ISO week holding most of the month's last seven days."""
    days = month_days(p, ref)
    if not days or p.part is None:
        return None
    week = days[-7:] if p.part < 0 else days[7 * (p.part - 1):7 * p.part]
    if not week:
        return None
    weeks = [d.isocalendar()[:2] for d in week]
    year, number = max(set(weeks), key=lambda w: (weeks.count(w), -weeks.index(w)))
    return f"{year:04d}-W{number:02d}"


def _month_day(p: Parse, ref: dt.date | None) -> str | None:
    """"الخامس من الشهر المقبل": that day of the month."""
    days = month_days(p, ref)
    if not days or p.day is None or p.day > len(days):
        return None
    return _with_time(days[p.day - 1].isoformat(), p)


def _hijri_year_of_day(month: int, day: int, gregorian_year: int) -> int | None:
    """The Hijri year in which Hijri month/day falls inside `gregorian_year` (the first, when a
    feast falls twice in one Gregorian year)."""
    guess = round((gregorian_year - 622) * 1.0307)
    for year in (guess - 1, guess, guess + 1, guess + 2):
        found = hijri_to_gregorian(year, month, day)
        if found is not None and found.year == gregorian_year:
            return year
    return None


_HANDLERS = {
    "date": _date, "relday": _relday, "weekday": _weekday, "unit": _unit, "season": _season,
    "quarter": _quarter, "half": _half, "decade": _decade, "century": _century, "duration": _duration,
    "set": _set, "generic": _generic, "weekend": _weekend, "ago": _ago, "day_month": _day_month,
    "feast": _feast, "following": _relday, "month_day": _month_day, "nth_weekday": _nth_weekday, "nth_week": _nth_week,
}


def absolute_date(p: Parse) -> dt.date | None:
    """The calendar day a parse names on its own (day, month and year written), else None."""
    if p.kind != "date" or p.year is None or p.month is None or p.day is None:
        return None
    if p.calendar == "H":
        return hijri_to_gregorian(p.year, p.month, p.day)
    try:
        return dt.date(p.year, p.month, p.day)
    except ValueError:
        return None
