"""Written dates: day and month (Gregorian and Hijri), digits, months, years, feast days, day ranges."""
from __future__ import annotations

import re

from ...lexicons import time as lex
from ...text.normalize import fold
from .resolve import Parse
from .tense import clause_tense
from .grammar import (
    AMBIGUOUS_MONTHS,
    B,
    CL,
    Candidate,
    DAY_PART,
    DAY_PARTS,
    E,
    EDGE,
    ERA,
    ERA_WORDS,
    HIJRI_MARKERS,
    HIJRI_MONTHS,
    HMONTH,
    MOD,
    MODIFIERS,
    MONTH,
    MONTHS,
    MONTH_PAIR,
    MONTH_PREPOSITIONS_STRICT,
    ORDINAL_DAYS,
    RELATIVE_DAYS,
    UNITS,
    WEEKDAY,
    WEEKDAYS,
    YEAR,
    YEAR_NOUN,
    YEAR_PART,
    alt,
    definite,
    folded,
    month_of,
    next_is_month,
    next_word,
    norm,
    prev_word,
    rel_year_offset,
    rule,
    start_of,
    weekday_word,
    without_conjunction,
    year_from,
    year_parse,
)


# An ordinal day ("الخامس", "الحادي والعشرين") is matched by its shape and checked in the reader.
_DAY = r"(?:(?:يوم\s+)?(?:ال)?(?P<day>[0-3]?\d)(?!\d)|(?P<dayord>ال[^\W\d_]{3,6}(?:\s+(?:عشر|و\s?ال[^\W\d_]{4,7}))?)|(?P<first>" \
    + alt(lex.FIRST_DAY) + r"))"
_WD_PRE = rf"(?:(?:يوم\s+)?(?P<wd>{WEEKDAY})\s*[،,]?\s*(?:\(\s*)?(?:الموافق\s+)?)?"


@rule("date", rf"{B}{CL}{_WD_PRE}{_DAY}\s*(?:من\s+)?(?:شهر\s+)?{MONTH_PAIR}(?:\s+(?P<mod>{MOD}){E}|{YEAR_PART})?{E}")
def read_date(m: re.Match, text: str):
    day = _day_of(m)
    if day is None:
        return []
    year, calendar, explicit = year_from(m)
    if calendar == "H":
        return []                    # a Gregorian month with a Hijri year is a typo; leave it
    modifier = MODIFIERS.get(norm(m.group("mod"))) if m.group("mod") else None
    if modifier is None and not explicit and rel_year_offset(m) is None and not m.group("wd"):
        modifier = _steered(text, start_of(m))
    p = Parse("date", year=year, month=month_of(m), day=day, explicit_year=explicit, modifier=modifier,
              weekday=WEEKDAYS.get(weekday_word(m)), year_offset=rel_year_offset(m))
    return [Candidate(start_of(m), m.end(), p, "date")]


@rule("hijri_date", rf"{B}{CL}{_WD_PRE}{_DAY}\s*(?:/\s*)?(?:من\s+)?(?:شهر\s+)?(?P<hmon>{HMONTH})"
                    rf"(?:\s*[،,/]?\s*(?:(?:من\s+)?(?:ال)?(?:عام|سنه)\s+)?{YEAR}{ERA}|\s+(?P<mod>{MOD}){E})?{E}")
def read_hijri_date(m: re.Match, text: str):
    day = _day_of(m)
    if day is None:
        return []
    year, _, explicit = year_from(m)
    if year is not None and year > 1600:
        return []
    if m.group("hmon") == "صفر" and not (explicit or m.group("mod") or m.group("wd") or "شهر" in m.group()
                                         or "من" in m.group()
                                         or without_conjunction(prev_word(text, start_of(m))) in MONTH_PREPOSITIONS_STRICT):
        return []                                    # "2 / صفر", "فاز 3 صفر": a score
    modifier = MODIFIERS.get(norm(m.group("mod"))) if m.group("mod") else None
    p = Parse("date", year=year, month=HIJRI_MONTHS[norm(m.group("hmon"))], day=day, calendar="H",
              explicit_year=explicit, weekday=WEEKDAYS.get(weekday_word(m)), modifier=modifier)
    return [Candidate(start_of(m), m.end(), p, "hijri_date")]


def _day_of(m: re.Match) -> int | None:
    if m.group("day"):
        day = int(m.group("day"))
        return day if 1 <= day <= 31 else None
    if m.group("dayord"):
        return ORDINAL_DAYS.get(norm(m.group("dayord")))
    if m.group("first"):
        return 1
    return None


@rule("numeric_date", r"(?<![\d/.\-])(?P<d>[0-3]?\d)\s*(?P<sep>[/\-.])\s*(?P<m>[0-3]?\d)\s*(?P=sep)\s*"
                      rf"(?P<year>\d{{4}}){ERA}(?![\d/])"
                      r"|(?<![\d/.\-])(?P<y2>\d{4})\s*(?P<sep2>[/\-.])\s*(?P<m2>[01]?\d)\s*(?P=sep2)\s*(?P<d2>[0-3]?\d)(?![\d/])"
                      rf"(?:\s*(?P<era2>{ERA_WORDS}){E})?"
                      r"|(?<![\d/.\-])(?P<d3>[0-3]?\d)(?P<sep3>[/\-.])(?P<m3>[0-3]?\d)(?P=sep3)(?P<yy>\d\d)(?![\d/.\-])")
def read_numeric_date(m: re.Match, text: str):
    """"05/03/2015", "1436/11/5هـ", "14-09-1436" (Hijri by its year), "03/25/2024" (month first when
    only that order is a date), "12/03/15" (a two-digit year, after a word that introduces a date)."""
    if m.group("y2"):
        year, month, day = int(m.group("y2")), int(m.group("m2")), int(m.group("d2"))
        era = m.group("era2")
        hijri = (fold(era) in HIJRI_MARKERS) if era else 1300 <= year <= 1500
        calendar = "H" if hijri and year <= 1500 else "G"
    elif m.group("yy"):
        if without_conjunction(prev_word(text, m.start())) not in _SHORT_DATE_CUES \
                and fold(definite(prev_word(text, m.start()))) not in WEEKDAYS:
            return []                                # "1.2.15" alone: a version, a score, a reference
        yy = int(m.group("yy"))
        year, calendar = (2000 + yy if yy < 50 else 1900 + yy), "G"
        month, day = int(m.group("m3")), int(m.group("d3"))
    else:
        year, calendar, _ = year_from(m)
        month, day = int(m.group("m")), int(m.group("d"))
    if month > 12 and day <= 12 and not m.group("y2"):
        month, day = day, month                      # "03/25/2024": written month first
    if not (1 <= month <= 12 and 1 <= day <= 31):
        return []
    p = Parse("date", year=year, month=month, day=day, calendar=calendar, explicit_year=True)
    return [Candidate(m.start(), m.end(), p, "numeric_date")]


_SHORT_DATE_CUES = frozenset(fold(w) for w in lex.DAY_MONTH_CUES + ("في", "منذ", "حتى", "قبل", "بعد", "حتي"))


_DM = r"(?<![\d/.\-])(?P<{0}>[0-3]?\d)\s*/\s*(?P<{1}>[0-3]?\d)(?![\d/]|\s*/\s*\d)"
# A day and month in digits without a year ("يوم السبت ٢ / ١٠", "الثلاثاء 5/10", "بتاريخ 12/9"):
# a date only after a weekday or a word that introduces one (alone, "3/1" is a score, "60 / 33" a
# reference number). Which calendar, and which number is the day, is left to the resolver.
_DM_CUE = rf"(?:(?:(?P<rel>{alt(['اليوم', 'أمس', 'غدا'])})\s+)?(?:يوم\s+)?(?P<wd>{WEEKDAY})\s*[،,]?\s*(?:\(\s*)?" \
    rf"(?:(?:الموافق|المصادف|بتاريخ)\s+(?:ل\s*)?)?|(?P<cue>{alt(lex.DAY_MONTH_CUES)})\s*)"


@rule("day_month", rf"{B}{CL}{_DM_CUE}(?<![\d/.\-])(?P<a>[0-3]?\d)\s*(?P<sep>[/\-])\s*(?P<b>[0-3]?\d)(?![\d/\-]|\s*[/\-]\s*\d)"
                   rf"(?:\s*(?P<era>{ERA_WORDS}){E})?")
def read_day_month(m: re.Match, text: str):
    a, b = int(m.group("a")), int(m.group("b"))
    if not (1 <= a <= 31 and 1 <= b <= 31 and (a <= 12 or b <= 12)):
        return []
    if m.group("sep") == "-" and (fold(m.group("cue") or "") == "يوم" or next_is_month(text, m.end())):
        return []                                    # "يوم 5-7 أغسطس": a range of days
    era = m.group("era")
    calendar = None if era is None else "H" if fold(era) in HIJRI_MARKERS else "G"
    p = Parse("day_month", day=a, month=b, weekday=WEEKDAYS.get(weekday_word(m)), calendar=calendar or "?",
              offset=RELATIVE_DAYS[norm(m.group("rel"))] if m.group("rel") else 0)
    start = m.start("a") if m.group("cue") else start_of(m)
    return [Candidate(start, m.end(), p, "day_month")]


@rule("day_month_range", rf"{B}{CL}(?:من|بين)\s*{_DM.format('a', 'b')}\s*(?:و\s*)?(?:الي|حتي|-|–)\s*"
                         rf"(?<![\d/.\-])(?P<c>[0-3]?\d)\s*/\s*(?P<d>[0-3]?\d)(?!\d)(?:\s*/\s*(?P<year>\d{{4}})(?!\d){ERA})?"
                         rf"(?:\s+من\s+(?:ال)?(?:عام|سنه)\s+(?P<named>الميلادي|الهجري))?")
def read_day_month_range(m: re.Match, text: str):
    """"من 8/8 إلى 21/8/2015", "من ١٥ /٦ وحتى ١٥/٩ من العام الميلادي": both ends dates; the first
    takes the second's year, and a calendar when one is written."""
    a, b, c, d = (int(m.group(g)) for g in "abcd")
    if not all(1 <= n <= 31 for n in (a, b, c, d)):
        return []
    if m.group("year"):
        year, calendar, _ = year_from(m)
        if not (1 <= b <= 12 and 1 <= d <= 12):
            return []
        first = Parse("date", year=year, month=b, day=a, calendar=calendar, explicit_year=True)
        second = Parse("date", year=year, month=d, day=c, calendar=calendar, explicit_year=True)
        if (b, a) > (d, c):
            first = first.with_(year=year - 1)
    else:
        named = m.group("named")
        calendar = "?" if not named else "H" if named == "الهجري" else "G"
        first = Parse("day_month", day=a, month=b, calendar=calendar)
        second = Parse("day_month", day=c, month=d, calendar=calendar)
    end_first = m.end("b")
    return [Candidate(m.start("a"), end_first, first, "day_month"), Candidate(m.start("c"), m.end(), second, "day_month")]


FEASTS = folded(lex.FEASTS)
FEAST_DAY_ORDINALS = folded(lex.FEAST_DAY_ORDINALS)
FEAST_DAY_DEFINITE = folded(lex.FEAST_DAY_DEFINITE)


@rule("feast_day", rf"{B}{CL}(?:(?P<part>{DAY_PART})\s+)?(?:(?P<ord>{alt(FEAST_DAY_ORDINALS)})\s+(?:ايام|يوم(?:\s+(?:من|في))?(?:\s+ايام)?)"
                   rf"|اليوم\s+(?P<dord>{alt(FEAST_DAY_DEFINITE)})(?:\s+(?:من|في))?(?:\s+ايام)?)"
                   rf"\s+ل?(?P<feast>{alt(FEASTS)})(?:\s+{alt(lex.FEAST_ADJECTIVES)})?{E}")
def read_feast_day(m: re.Match, text: str):
    """"ثاني أيام العيد", "أول أيام عيد الفطر المبارك", "اليوم الثالث من رمضان": a day counted
    from the start of a feast (or of Ramadan)."""
    n = FEAST_DAY_ORDINALS[m.group("ord")] if m.group("ord") else FEAST_DAY_DEFINITE[m.group("dord")]
    start = FEASTS[norm(m.group("feast"))]
    month, day = start if start else (None, None)
    part = DAY_PARTS.get(norm(m.group("part"))) if m.group("part") else None
    p = Parse("feast", type="TIME" if part else "DATE", part=n, month=month, day=day, calendar="H", day_part=part)
    return [Candidate(start_of(m), m.end(), p, "feast_day")]


@rule("month", rf"{B}{CL}{EDGE}(?P<head>(?:ال)?شهري?\s+)?{MONTH_PAIR}(?:\s+(?P<mod>{MOD}){E}|{YEAR_PART})?{E}")
def read_month(m: re.Match, text: str):
    month = month_of(m)
    mon = norm(m.group("mon"))
    year, calendar, explicit = year_from(m)
    if calendar == "H":
        return []
    supported = m.group("head") or m.group("mod") or explicit or m.group("mon2") or m.group("mon3") \
        or m.group("edge") or rel_year_offset(m) is not None
    if not supported and mon in AMBIGUOUS_MONTHS:
        if without_conjunction(prev_word(text, start_of(m))) not in MONTH_PREPOSITIONS_STRICT:
            return []
    if m.group("mon2") and MONTHS[norm(m.group("mon2"))] != month:
        return []
    if m.group("mon3") and MONTHS[norm(m.group("mon3"))] != month:
        return []
    modifier = MODIFIERS.get(norm(m.group("mod"))) if m.group("mod") else None
    if modifier is None and not explicit and rel_year_offset(m) is None:
        modifier = _steered(text, start_of(m))
    if _quoted_name(text, start_of(m), m.end()) or without_conjunction(prev_word(text, start_of(m))) in _NAMED_BY_MONTH:
        return []                                    # «يوليو», "ثورة يوليو": names
    p = Parse("date", year=year, month=month, modifier=modifier, explicit_year=explicit,
              year_offset=rel_year_offset(m))
    return [Candidate(start_of(m), m.end(), p, "month")]


def _steered(text: str, start: int) -> str | None:
    """Which way a month named without a year lies: "منذ مارس" the last March, "بحلول يونيو" the
    next; in a clause that looks ahead ("سيعقد في مايو", "حتى يناير" with no past verb) the next
    one; "حتى" in a clause that looks back ("استمرت حتى مايو") the last one; otherwise this year's."""
    before = without_conjunction(prev_word(text, start))
    direction = _DIRECTION_OF.get(before)
    if direction is not None and before != "حتي":
        return direction                             # منذ looks back, بحلول and اعتبارا من ahead
    tense = clause_tense(text, start)
    if tense == "future":
        return "upcoming"
    if tense == "past" and before == "حتي":
        return "since"                               # "استمرت المعارك حتى مايو"; a past verb alone says
    return direction                                 # nothing of the month ("خفضت سعر شحنات مارس")


# Prepositions that say which way a bare month lies: "حتى يناير" is the next January,
# "منذ مارس" the last March (the month of the reference date included).
_DIRECTION_OF = {fold(w): d for d, words in (("upcoming", lex.UPCOMING_PREPOSITIONS),
                                             ("since", lex.SINCE_PREPOSITIONS)) for w in words}
_NAMED_BY_MONTH = frozenset(fold(w) for w in lex.NAMED_BY_MONTH)


def _quoted_name(text: str, start: int, end: int) -> bool:
    before = text[max(0, start - 2):start].strip()
    after = text[end:end + 2].strip()
    return bool(before) and bool(after) and before[-1] in "«“\"" and after[0] in "»”\""


@rule("hijri_month", rf"{B}{CL}{EDGE}(?P<head>(?:ال)?شهري?\s+)?(?P<hmon>{HMONTH})"
                     rf"(?:\s+(?:المبارك|الكريم|الفضيل|المعظم|الحرام))?(?:\s+(?P<mod>{MOD}){E}"
                     rf"|\s*[،,]?\s*(?:(?:من\s+)?(?:ال)?(?:عام|سنه)\s+)?{YEAR}{ERA})?{E}")
def read_hijri_month(m: re.Match, text: str):
    name = norm(m.group("hmon"))
    year, _, explicit = year_from(m)
    gregorian_year = None
    if year is not None and year > 1600:
        if not 1900 <= year <= 2100 or m.group("era") and fold(m.group("era")) in HIJRI_MARKERS:
            return []
        year, gregorian_year = None, year            # "رمضان 2021": the Ramadan of 2021
    supported = m.group("head") or m.group("mod") or explicit or m.group("edge") or " " in name
    if not supported and without_conjunction(prev_word(text, start_of(m))) not in MONTH_PREPOSITIONS_STRICT:
        return []                                    # رمضان, شعبان, رجب are also names
    modifier = MODIFIERS.get(norm(m.group("mod"))) if m.group("mod") else None
    p = Parse("date", year=year, month=HIJRI_MONTHS[name], calendar="H", modifier=modifier,
              explicit_year=explicit, gregorian_year=gregorian_year)
    return [Candidate(start_of(m), m.end(), p, "hijri_month")]


HOLY_DAYS = folded(lex.HOLY_DAYS)


@rule("holy_day", rf"{B}{CL}(?P<feast>{alt(HOLY_DAYS)})(?:\s+{alt(lex.FEAST_ADJECTIVES)})?"
                  rf"(?:\s+(?:(?:من\s+|ل)?(?:ال)?(?:عام|سنه)\s+)?(?P<year>\d{{4}})(?!\d){ERA}|\s+(?P<mod>{MOD}))(?!\w)")
def read_holy_day(m: re.Match, text: str):
    """"عيد الأضحى 2019", "عيد الفطر المقبل", "يوم عرفة 1445هـ": the feast's day in that year (a
    Gregorian year: the one it falls in). Named alone, news writes of a feast as an event."""
    month, day = HOLY_DAYS[norm(m.group("feast"))]
    year, calendar, _ = year_from(m)
    modifier = MODIFIERS.get(norm(m.group("mod"))) if m.group("mod") else None
    if modifier == "this":
        modifier = None
    if m.group("mod") and modifier is None and not m.group("year"):
        return []
    if year is not None and calendar == "G" and not 1900 <= year <= 2100:
        return []
    p = Parse("feast", month=month, day=day, part=1, calendar="H", modifier=modifier,
              year=year if calendar == "H" else None, gregorian_year=year if calendar == "G" else None)
    return [Candidate(start_of(m), m.end(), p, "holy_day")]


@rule("year", rf"{B}{CL}{EDGE}(?P<noun>{YEAR_NOUN})\s+(?:ال)?(?P<year>\d{{3,4}})(?!\d){ERA}"
              rf"(?:\s+(?P<mod>{MOD}){E})?(?:\s*(?:و|الي|حتي|-|–)\s*(?P<year2>\d{{4}})(?!\d)(?:\s*(?P<era2>{ERA_WORDS}){E})?)?{E}")
def read_year(m: re.Match, text: str):
    year, calendar, _ = year_from(m)
    noun = fold(m.group("noun"))
    if calendar == "G" and not (1000 <= year <= 2100) or noun == "موسم" and not m.group("era"):
        return []
    out = []
    y2 = m.group("year2")
    if y2:
        first_end = m.end("mod") if m.group("mod") else (m.end("era") if m.group("era") else m.end("year"))
        out.append(Candidate(start_of(m), first_end, year_parse(year, calendar), "year"))
        y2i = int(y2)
        cal2 = "H" if (m.group("era2") and any(h in fold(m.group("era2")) for h in HIJRI_MARKERS)) \
            or 1300 <= y2i <= 1500 else "G"
        out.append(Candidate(m.start("year2"), m.end(), year_parse(y2i, cal2), "year"))
        return out
    return [Candidate(start_of(m), m.end(), year_parse(year, calendar), "year")]


@rule("year_pair", rf"(?:{B}{CL}{EDGE}(?P<noun>{YEAR_NOUN})\s+)?(?<![\d/.\-])(?P<y1>\d{{4}})\s*/\s*(?P<y2>\d{{4}})(?![\d/])"
                   rf"(?:\s*(?P<era>{ERA_WORDS}){E})?")
def read_year_pair(m: re.Match, text: str):
    """"عام 1343/ 1924" (one year in both calendars: the Gregorian one), "1436/1437هـ" and
    "2015/2016م" (an academic, fiscal or sports year: the first)."""
    y1, y2 = int(m.group("y1")), int(m.group("y2"))
    hijri_era = m.group("era") is not None and fold(m.group("era")) in HIJRI_MARKERS
    c1 = "H" if 1300 <= y1 <= 1500 else "G"
    c2 = "H" if 1300 <= y2 <= 1500 or hijri_era and y2 <= 1500 else "G"
    start = start_of(m) if m.group("noun") else m.start("y1")
    if c1 != c2:
        hijri, gregorian = (y1, y2) if c1 == "H" else (y2, y1)
        if abs(gregorian - (622 + hijri * 0.97)) > 2 or not 1000 <= gregorian <= 2100:
            return []
        return [Candidate(start, m.end(), year_parse(gregorian, "G"), "year_pair")]
    if abs(y2 - y1) != 1 or c1 == "G" and not 1000 <= min(y1, y2) <= 2100:
        return []
    return [Candidate(start, m.end(), year_parse(min(y1, y2), c1), "year_pair")]


@rule("year_range", rf"(?:{B}(?P<prep>من|بين|منذ)\s+|\(\s*)(?P<year>(?:1[5-9]|20)\d\d)\s*(?:و|الي|حتي|-|–)\s*(?P<year2>(?:1[5-9]|20)\d\d)(?!\d)"
                    rf"|(?<![\d.,/])(?P<y1>\d{{3,4}})\s*[-–]\s*(?P<y2>\d{{3,4}})\s*(?P<era>{ERA_WORDS}){E}")
def read_year_range(m: re.Match, text: str):
    if m.group("y1"):
        y1, y2, first, second = int(m.group("y1")), int(m.group("y2")), "y1", "y2"
        calendar = "H" if fold(m.group("era")) in HIJRI_MARKERS else "G"
    else:
        y1, y2, first, second, calendar = int(m.group("year")), int(m.group("year2")), "year", "year2", "G"
    if not y1 < y2 <= y1 + 100:
        return []
    nxt = next_word(text, m.end())
    if not m.group("y1") and (fold(nxt) in _COUNTED_AFTER_YEAR or nxt in UNITS or text[m.end():m.end() + 2].strip()[:1] in "%٪"):
        return []                                    # "من 1500 إلى 2000 ريال": counts, not years
    return [Candidate(m.start(first), m.end(first), year_parse(y1, calendar), "year"),
            Candidate(m.start(second), m.end(), year_parse(y2, calendar), "year")]


@rule("year_era", rf"(?<![\d.,/])(?P<year>\d{{3,4}})\s*(?P<era>{alt(lex.HIJRI_MARKERS + lex.GREGORIAN_MARKERS)}){E}")
def read_year_era(m: re.Match, text: str):
    year, calendar, _ = year_from(m)
    if fold(m.group("era")) == "م" and not 1900 <= year <= 2100:
        return []                                    # "500 م" is as often 500 metres
    return [Candidate(m.start(), m.end(), year_parse(year, calendar), "year_era")]


@rule("year_after_preposition", rf"{B}{CL}(?P<prep>{alt(lex.YEAR_PREPOSITIONS)})\s+(?P<year>(?:19|20)\d\d)(?!\d|[.,\u066B\u066C]\d|\s*[%٪])")
def read_bare_year(m: re.Match, text: str):
    nxt = next_word(text, m.end())
    if nxt and fold(nxt) in _COUNTED_AFTER_YEAR:
        return []
    return [Candidate(m.start("year"), m.end(), year_parse(int(m.group("year")), "G"), "year")]


_COUNTED_AFTER_YEAR = frozenset(fold(w) for w in ("ريال", "دولار", "شخص", "متر", "كيلومتر", "طن", "ريالا", "دولارا",
                                                 "يورو", "جنيه", "درهم", "دينار", "شخصا", "مترا", "طالب", "طالبا",
                                                 "نقطة", "برميل", "سهم", "وحدة", "حالة", "مشارك", "زائر"))


@rule("day_range", rf"(?<![\d/.\-])(?P<d1>[0-3]?\d)\s*(?:و|الي|حتي|-|–)\s*(?P<d2>[0-3]?\d)\s+(?:من\s+)?(?:شهر\s+)?"
                   rf"(?P<mon>{MONTH}){YEAR_PART}?{E}")
def read_day_range(m: re.Match, text: str):
    d1, d2 = int(m.group("d1")), int(m.group("d2"))
    if not (1 <= d1 < d2 <= 31):
        return []
    year, calendar, explicit = year_from(m)
    if calendar == "H":
        return []
    month = MONTHS[norm(m.group("mon"))]
    first = Parse("date", year=year, month=month, day=d1, explicit_year=explicit)
    second = Parse("date", year=year, month=month, day=d2, explicit_year=explicit)
    return [Candidate(m.start("d1"), m.end("d1"), first, "day_range"),
            Candidate(m.start("d2"), m.end(), second, "day_range")]
