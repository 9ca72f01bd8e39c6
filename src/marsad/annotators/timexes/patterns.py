"""The grammar of Arabic time expressions: compiled patterns over the folded view.

Each rule is a regular expression built once from the lexicons
(`marsad.lexicons.time`, `marsad.lexicons.calendar`) and a reader that turns a
match into `Candidate`s: a view span and a `Parse` (what the expression says,
before it is resolved against a date). `find_candidates` runs every rule over
a view range; the caller keeps the longest non-overlapping candidates.

Patterns are written against the folded view (hamza/alef/teh-marbuta/yaa
variants folded, diacritics dropped, digits ASCII), so `أغسطس`, `اغسطس` and
`أغُسطس` are one word here. A leading conjunction or preposition clitic
(و ف ب ل ك) is matched but left out of the span.
"""
from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from ...lexicons import calendar as cal
from ...lexicons import numbers as numlex
from ...lexicons import time as lex
from ...text.normalize import fold
from ..quantities.numbers import NUMBER_WORDS, read_number
from ..views import trie_pattern
from .hijri import hijri_to_gregorian
from .resolve import Parse

_LETTERS = re.compile(r"[^\W\d_]+|\d+")


def _forms(words) -> list[str]:
    return sorted({fold(w) for w in words}, key=lambda w: (-len(w), w))


def _alt(words) -> str:
    """A regex alternation of folded words, longest first, spaces matching any white space."""
    return "(?:" + "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in _forms(words)) + ")"


def _def_alt(words) -> str:
    """Like `_alt`, but a leading ال may also be the ل of للـ after the preposition ل."""
    out = []
    for w in _forms(words):
        body = re.escape(w).replace(r"\ ", r"\s+")
        out.append(r"(?:ال|(?<=ل)ل)" + body[2:] if w.startswith("ال") else body)
    return "(?:" + "|".join(out) + ")"


def _table(mapping: dict) -> dict:
    return {fold(k): v for k, v in mapping.items()}


# --- lexicon tables, folded ---------------------------------------------------------------
MONTHS = cal.gregorian_months()
HIJRI_MONTHS = cal.hijri_months()
WEEKDAYS = cal.weekdays()
MODIFIERS = _table(lex.MODIFIERS)
UNITS = _table(lex.UNITS)
DEFINITE_UNITS = _table(lex.DEFINITE_UNITS)
PLURAL_UNITS = _table(lex.PLURAL_DEFINITE_UNITS)
SEASONS = _table(lex.SEASONS)
SET_ADVERBS = _table(lex.SET_ADVERBS)
GENERIC = _table(lex.GENERIC)
ORDINAL_DAYS = _table(lex.ORDINAL_DAYS)
QUARTERS = _table(lex.QUARTERS)
CENTURIES = _table(lex.CENTURIES)
DECADES = _table(lex.DECADES)
DAY_PARTS = _table(lex.DAY_PARTS)
DAY_PART_ADVERBS = _table(lex.DAY_PART_ADVERBS)
RELATIVE_DAYS = _table(lex.RELATIVE_DAYS)
GENERIC_DAY_WORDS = _table(lex.GENERIC_DAY_WORDS)
CLOCK_HOURS = {fold(w): n for w, n in lex.CLOCK_HOURS.items()}
DEFINITE_CARDINALS = _table(numlex.DEFINITE_CARDINALS)
VAGUE_PAST = frozenset(fold(w) for w in lex.VAGUE_PAST)
VAGUE_FUTURE = frozenset(fold(w) for w in lex.VAGUE_FUTURE)
HIJRI_MARKERS = frozenset(fold(w) for w in lex.HIJRI_MARKERS)
# Months that are also common words (مارس "practised", آب/أب "father", نيسان the car maker,
# تموز a name): they need a day, a year, شهر, a modifier or a companion month around them.
AMBIGUOUS_MONTHS = frozenset(fold(w) for w in lex.AMBIGUOUS_MONTHS)
MONTH_PREPOSITIONS = frozenset(fold(w) for w in lex.MONTH_PREPOSITIONS)
MONTH_PREPOSITIONS_STRICT = frozenset(fold(w) for w in lex.MONTH_PREPOSITIONS_STRICT)
DUAL_ADJECTIVES = frozenset(fold(w) for w in lex.DUAL_ADJECTIVES)
DUAL_UNITS = frozenset(fold(w) for w in lex.DUAL_PREFIXES)

# --- building blocks ------------------------------------------------------------------------
B = r"(?<!\w)"
E = r"(?!\w)"
CL = r"(?P<cl>[وف]?[بلك]?)"
S = r"\s+"
NUM_TOKEN = r"(?:\d+(?:[.,\u066B\u066C]\d+)*|" + _alt(NUMBER_WORDS) + r"(?!\w))"
NUMBER = rf"(?P<num>{NUM_TOKEN}(?:\s+(?:و\s*)?{NUM_TOKEN}(?!\w)){{0,5}})"
MONTH = _alt(MONTHS)
HMONTH = _alt(HIJRI_MONTHS)
MONTH_PAIR = rf"(?P<mon>{MONTH})(?:\s*[/(\-–]\s*(?P<mon2>{MONTH})\s*\)?|\s+(?P<mon3>{MONTH}){E})?"
WEEKDAY = _def_alt(WEEKDAYS)
MOD = _alt(MODIFIERS)
YEAR = r"(?P<year>\d{4})"
ERA_WORDS = _alt(lex.HIJRI_MARKERS + lex.GREGORIAN_MARKERS)
ERA = rf"(?:\s*(?P<era>{ERA_WORDS}){E})?"
YEAR_NOUN = _def_alt(lex.YEAR_NOUNS)
EDGE = rf"(?:(?P<edge>{_alt(lex.PERIOD_EDGES)})\s+)?"
DAY_PART = _alt(DAY_PARTS)
# "من العام الماضي", "من هذا العام": a year given by its relation to the reference.
REL_YEAR = rf"(?:من\s+)?(?:(?:ال)?(?:عام|سنه)\s+(?P<ymod>{MOD})|(?P<ythis>هذا\s+العام|هذه\s+السنه|العام\s+الحالي))"
YEAR_PART = rf"(?:\s*[،,]?\s*(?:(?:من\s+)?(?:ال)?(?:عام|سنه)\s+)?{YEAR}{ERA}|\s+{REL_YEAR})"


@dataclass(frozen=True, slots=True)
class Candidate:
    start: int          # view offsets
    end: int
    parse: Parse
    rule: str


# --- context helpers --------------------------------------------------------------------------
def words_before(text: str, pos: int, k: int = 1) -> list[str]:
    return _LETTERS.findall(text, max(0, pos - 16 * k - 16), pos)[-k:]


def words_after(text: str, pos: int, k: int = 1) -> list[str]:
    out = []
    for m in _LETTERS.finditer(text, pos, min(len(text), pos + 16 * k + 16)):
        out.append(m.group())
        if len(out) == k:
            break
    return out


def _without_conjunction(word: str) -> str:
    return word[1:] if len(word) > 2 and word[0] in "وف" else word


def _prev(text: str, pos: int) -> str:
    before = words_before(text, pos, 1)
    return before[0] if before else ""


def _next(text: str, pos: int) -> str:
    after = words_after(text, pos, 1)
    return after[0] if after else ""


def _start(m: re.Match) -> int:
    return m.end("cl") if "cl" in m.re.groupindex and m.group("cl") is not None else m.start()


def _year_from(m: re.Match) -> tuple[int | None, str, bool]:
    """(year, calendar, explicit) from a match's year and era groups."""
    year_text = m.groupdict().get("year")
    if not year_text:
        return None, "G", False
    year = int(year_text)
    era = m.groupdict().get("era")
    hijri = (era is not None and fold(era) in HIJRI_MARKERS and year <= 1500) or (era is None and 1300 <= year <= 1500)
    return year, "H" if hijri else "G", True


def _rel_year_offset(m: re.Match) -> int | None:
    if m.groupdict().get("ythis"):
        return 0
    ymod = m.groupdict().get("ymod")
    if ymod:
        return {"past": -1, "next": 1, "this": 0}[MODIFIERS[fold(re.sub(r"\s+", " ", ymod))]]
    return None


def _month(m: re.Match) -> int:
    return MONTHS[re.sub(r"\s+", " ", m.group("mon"))]


def _norm(s: str) -> str:
    return re.sub(r"\s+", " ", s)


# --- rules --------------------------------------------------------------------------------------
_RULES: list[tuple[str, re.Pattern, object]] = []


def rule(name: str, pattern: str):
    compiled = re.compile(pattern)

    def wrap(func):
        _RULES.append((name, compiled, func))
        return func
    return wrap


# An ordinal day ("الخامس", "الحادي والعشرين") is matched by its shape and checked in the reader.
_DAY = r"(?:(?:يوم\s+)?(?:ال)?(?P<day>[0-3]?\d)(?!\d)|(?P<dayord>ال[^\W\d_]{3,6}(?:\s+(?:عشر|و\s?ال[^\W\d_]{4,7}))?)|(?P<first>" \
    + _alt(lex.FIRST_DAY) + r"))"
_WD_PRE = rf"(?:(?:يوم\s+)?(?P<wd>{WEEKDAY})\s*[،,]?\s*(?:\(\s*)?(?:الموافق\s+)?)?"


@rule("date", rf"{B}{CL}{_WD_PRE}{_DAY}\s*(?:من\s+)?(?:شهر\s+)?{MONTH_PAIR}(?:\s+(?P<mod>{MOD}){E}|{YEAR_PART})?{E}")
def _read_date(m: re.Match, text: str):
    day = _day_of(m)
    if day is None:
        return []
    year, calendar, explicit = _year_from(m)
    if calendar == "H":
        return []                    # a Gregorian month with a Hijri year is a typo; leave it
    modifier = MODIFIERS.get(_norm(m.group("mod"))) if m.group("mod") else None
    p = Parse("date", year=year, month=_month(m), day=day, explicit_year=explicit, modifier=modifier,
              weekday=WEEKDAYS.get(_wd(m)), year_offset=_rel_year_offset(m))
    return [Candidate(_start(m), m.end(), p, "date")]


@rule("hijri_date", rf"{B}{CL}{_WD_PRE}{_DAY}\s*(?:/\s*)?(?:من\s+)?(?:شهر\s+)?(?P<hmon>{HMONTH})"
                    rf"(?:\s*[،,/]?\s*(?:(?:من\s+)?(?:ال)?(?:عام|سنه)\s+)?{YEAR}{ERA}|\s+(?P<mod>{MOD}){E})?{E}")
def _read_hijri_date(m: re.Match, text: str):
    day = _day_of(m)
    if day is None:
        return []
    year, _, explicit = _year_from(m)
    if year is not None and year > 1600:
        return []
    if m.group("hmon") == "صفر" and not (explicit or m.group("mod") or m.group("wd") or "شهر" in m.group()
                                         or "من" in m.group()
                                         or _without_conjunction(_prev(text, _start(m))) in MONTH_PREPOSITIONS_STRICT):
        return []                                    # "2 / صفر", "فاز 3 صفر": a score
    modifier = MODIFIERS.get(_norm(m.group("mod"))) if m.group("mod") else None
    p = Parse("date", year=year, month=HIJRI_MONTHS[_norm(m.group("hmon"))], day=day, calendar="H",
              explicit_year=explicit, weekday=WEEKDAYS.get(_wd(m)), modifier=modifier)
    return [Candidate(_start(m), m.end(), p, "hijri_date")]


def _wd(m: re.Match) -> str | None:
    wd = m.groupdict().get("wd")
    if not wd:
        return None
    wd = fold(wd)
    return wd if wd.startswith("ال") else "ا" + wd     # للخميس -> the ل of ال was eaten


def _day_of(m: re.Match) -> int | None:
    if m.group("day"):
        day = int(m.group("day"))
        return day if 1 <= day <= 31 else None
    if m.group("dayord"):
        return ORDINAL_DAYS.get(_norm(m.group("dayord")))
    if m.group("first"):
        return 1
    return None


@rule("numeric_date", r"(?<![\d/.\-])(?P<d>[0-3]?\d)\s*(?P<sep>[/\-.])\s*(?P<m>[01]?\d)\s*(?P=sep)\s*"
                      rf"(?P<year>\d{{4}}){ERA}(?![\d/])"
                      r"|(?<![\d/.\-])(?P<y2>\d{4})\s*(?P<sep2>[/\-.])\s*(?P<m2>[01]?\d)\s*(?P=sep2)\s*(?P<d2>[0-3]?\d)(?![\d/])"
                      rf"(?:\s*(?P<era2>{ERA_WORDS}){E})?")
def _read_numeric_date(m: re.Match, text: str):
    if m.group("y2"):
        year, month, day = int(m.group("y2")), int(m.group("m2")), int(m.group("d2"))
        era = m.group("era2")
        hijri = (fold(era) in HIJRI_MARKERS) if era else 1300 <= year <= 1500
        calendar = "H" if hijri and year <= 1500 else "G"
    else:
        year, calendar, _ = _year_from(m)
        month, day = int(m.group("m")), int(m.group("d"))
    if not (1 <= month <= 12 and 1 <= day <= 31):
        return []
    p = Parse("date", year=year, month=month, day=day, calendar=calendar, explicit_year=True)
    return [Candidate(m.start(), m.end(), p, "numeric_date")]


_DM = r"(?<![\d/.\-])(?P<{0}>[0-3]?\d)\s*/\s*(?P<{1}>[0-3]?\d)(?![\d/]|\s*/\s*\d)"
# A day and month in digits without a year ("يوم السبت ٢ / ١٠", "الثلاثاء 5/10", "بتاريخ 12/9"):
# a date only after a weekday or a word that introduces one (alone, "3/1" is a score, "60 / 33" a
# reference number). Which calendar, and which number is the day, is left to the resolver.
_DM_CUE = rf"(?:(?:(?P<rel>{_alt(['اليوم', 'أمس', 'غدا'])})\s+)?(?:يوم\s+)?(?P<wd>{WEEKDAY})\s*[،,]?\s*(?:\(\s*)?" \
    rf"(?:(?:الموافق|المصادف|بتاريخ)\s+(?:ل\s*)?)?|(?P<cue>{_alt(lex.DAY_MONTH_CUES)})\s*)"


@rule("day_month", rf"{B}{CL}{_DM_CUE}(?<![\d/.\-])(?P<a>[0-3]?\d)\s*(?P<sep>[/\-])\s*(?P<b>[0-3]?\d)(?![\d/\-]|\s*[/\-]\s*\d)"
                   rf"(?:\s*(?P<era>{ERA_WORDS}){E})?")
def _read_day_month(m: re.Match, text: str):
    a, b = int(m.group("a")), int(m.group("b"))
    if not (1 <= a <= 31 and 1 <= b <= 31 and (a <= 12 or b <= 12)):
        return []
    if m.group("sep") == "-" and (fold(m.group("cue") or "") == "يوم" or _next_is_month(text, m.end())):
        return []                                    # "يوم 5-7 أغسطس": a range of days
    era = m.group("era")
    calendar = None if era is None else "H" if fold(era) in HIJRI_MARKERS else "G"
    p = Parse("day_month", day=a, month=b, weekday=WEEKDAYS.get(_wd(m)), calendar=calendar or "?",
              offset=RELATIVE_DAYS[_norm(m.group("rel"))] if m.group("rel") else 0)
    start = m.start("a") if m.group("cue") else _start(m)
    return [Candidate(start, m.end(), p, "day_month")]


@rule("day_month_range", rf"{B}{CL}(?:من|بين)\s*{_DM.format('a', 'b')}\s*(?:و\s*)?(?:الي|حتي|-|–)\s*"
                         rf"(?<![\d/.\-])(?P<c>[0-3]?\d)\s*/\s*(?P<d>[0-3]?\d)(?!\d)(?:\s*/\s*(?P<year>\d{{4}})(?!\d){ERA})?"
                         rf"(?:\s+من\s+(?:ال)?(?:عام|سنه)\s+(?P<named>الميلادي|الهجري))?")
def _read_day_month_range(m: re.Match, text: str):
    """"من 8/8 إلى 21/8/2015", "من ١٥ /٦ وحتى ١٥/٩ من العام الميلادي": both ends dates; the first
    takes the second's year, and a calendar when one is written."""
    a, b, c, d = (int(m.group(g)) for g in "abcd")
    if not all(1 <= n <= 31 for n in (a, b, c, d)):
        return []
    if m.group("year"):
        year, calendar, _ = _year_from(m)
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


FEASTS = _table(lex.FEASTS)
FEAST_DAY_ORDINALS = _table(lex.FEAST_DAY_ORDINALS)
FEAST_DAY_DEFINITE = _table(lex.FEAST_DAY_DEFINITE)


@rule("feast_day", rf"{B}{CL}(?:(?P<part>{DAY_PART})\s+)?(?:(?P<ord>{_alt(FEAST_DAY_ORDINALS)})\s+(?:ايام|يوم(?:\s+(?:من|في))?(?:\s+ايام)?)"
                   rf"|اليوم\s+(?P<dord>{_alt(FEAST_DAY_DEFINITE)})(?:\s+(?:من|في))?(?:\s+ايام)?)"
                   rf"\s+ل?(?P<feast>{_alt(FEASTS)})(?:\s+{_alt(lex.FEAST_ADJECTIVES)})?{E}")
def _read_feast_day(m: re.Match, text: str):
    """"ثاني أيام العيد", "أول أيام عيد الفطر المبارك", "اليوم الثالث من رمضان": a day counted
    from the start of a feast (or of Ramadan)."""
    n = FEAST_DAY_ORDINALS[m.group("ord")] if m.group("ord") else FEAST_DAY_DEFINITE[m.group("dord")]
    start = FEASTS[_norm(m.group("feast"))]
    month, day = start if start else (None, None)
    part = DAY_PARTS.get(_norm(m.group("part"))) if m.group("part") else None
    p = Parse("feast", type="TIME" if part else "DATE", part=n, month=month, day=day, calendar="H", day_part=part)
    return [Candidate(_start(m), m.end(), p, "feast_day")]


@rule("month", rf"{B}{CL}{EDGE}(?P<head>(?:ال)?شهري?\s+)?{MONTH_PAIR}(?:\s+(?P<mod>{MOD}){E}|{YEAR_PART})?{E}")
def _read_month(m: re.Match, text: str):
    month = _month(m)
    mon = _norm(m.group("mon"))
    year, calendar, explicit = _year_from(m)
    if calendar == "H":
        return []
    supported = m.group("head") or m.group("mod") or explicit or m.group("mon2") or m.group("mon3") \
        or m.group("edge") or _rel_year_offset(m) is not None
    if not supported and mon in AMBIGUOUS_MONTHS:
        if _without_conjunction(_prev(text, _start(m))) not in MONTH_PREPOSITIONS_STRICT:
            return []
    if m.group("mon2") and MONTHS[_norm(m.group("mon2"))] != month:
        return []
    if m.group("mon3") and MONTHS[_norm(m.group("mon3"))] != month:
        return []
    modifier = MODIFIERS.get(_norm(m.group("mod"))) if m.group("mod") else None
    if modifier is None and not explicit:
        modifier = _DIRECTION_OF.get(_without_conjunction(_prev(text, _start(m))))
    if _quoted_name(text, _start(m), m.end()) or _without_conjunction(_prev(text, _start(m))) in _NAMED_BY_MONTH:
        return []                                    # «يوليو», "ثورة يوليو": names
    p = Parse("date", year=year, month=month, modifier=modifier, explicit_year=explicit,
              year_offset=_rel_year_offset(m))
    return [Candidate(_start(m), m.end(), p, "month")]


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
def _read_hijri_month(m: re.Match, text: str):
    name = _norm(m.group("hmon"))
    year, _, explicit = _year_from(m)
    if year is not None and year > 1600:
        return []
    supported = m.group("head") or m.group("mod") or explicit or m.group("edge") or " " in name
    if not supported and _without_conjunction(_prev(text, _start(m))) not in MONTH_PREPOSITIONS_STRICT:
        return []                                    # رمضان, شعبان, رجب are also names
    modifier = MODIFIERS.get(_norm(m.group("mod"))) if m.group("mod") else None
    p = Parse("date", year=year, month=HIJRI_MONTHS[name], calendar="H", modifier=modifier,
              explicit_year=explicit)
    return [Candidate(_start(m), m.end(), p, "hijri_month")]


@rule("year", rf"{B}{CL}{EDGE}(?P<noun>{YEAR_NOUN})\s+(?:ال)?(?P<year>\d{{3,4}})(?!\d){ERA}"
              rf"(?:\s+(?P<mod>{MOD}){E})?(?:\s*(?:و|الي|حتي|-|–)\s*(?P<year2>\d{{4}})(?!\d)(?:\s*(?P<era2>{ERA_WORDS}){E})?)?{E}")
def _read_year(m: re.Match, text: str):
    year, calendar, _ = _year_from(m)
    noun = fold(m.group("noun"))
    if calendar == "G" and not (1000 <= year <= 2100) or noun == "موسم" and not m.group("era"):
        return []
    out = []
    y2 = m.group("year2")
    if y2:
        first_end = m.end("mod") if m.group("mod") else (m.end("era") if m.group("era") else m.end("year"))
        out.append(Candidate(_start(m), first_end, _year_parse(year, calendar), "year"))
        y2i = int(y2)
        cal2 = "H" if (m.group("era2") and any(h in fold(m.group("era2")) for h in HIJRI_MARKERS)) \
            or 1300 <= y2i <= 1500 else "G"
        out.append(Candidate(m.start("year2"), m.end(), _year_parse(y2i, cal2), "year"))
        return out
    return [Candidate(_start(m), m.end(), _year_parse(year, calendar), "year")]


@rule("year_pair", rf"(?:{B}{CL}{EDGE}(?P<noun>{YEAR_NOUN})\s+)?(?<![\d/.\-])(?P<y1>\d{{4}})\s*/\s*(?P<y2>\d{{4}})(?![\d/])"
                   rf"(?:\s*(?P<era>{ERA_WORDS}){E})?")
def _read_year_pair(m: re.Match, text: str):
    """"عام 1343/ 1924" (one year in both calendars: the Gregorian one), "1436/1437هـ" and
    "2015/2016م" (an academic, fiscal or sports year: the first)."""
    y1, y2 = int(m.group("y1")), int(m.group("y2"))
    hijri_era = m.group("era") is not None and fold(m.group("era")) in HIJRI_MARKERS
    c1 = "H" if 1300 <= y1 <= 1500 else "G"
    c2 = "H" if 1300 <= y2 <= 1500 or hijri_era and y2 <= 1500 else "G"
    start = _start(m) if m.group("noun") else m.start("y1")
    if c1 != c2:
        hijri, gregorian = (y1, y2) if c1 == "H" else (y2, y1)
        if abs(gregorian - (622 + hijri * 0.97)) > 2 or not 1000 <= gregorian <= 2100:
            return []
        return [Candidate(start, m.end(), _year_parse(gregorian, "G"), "year_pair")]
    if abs(y2 - y1) != 1 or c1 == "G" and not 1000 <= min(y1, y2) <= 2100:
        return []
    return [Candidate(start, m.end(), _year_parse(min(y1, y2), c1), "year_pair")]


def _year_parse(year: int, calendar: str) -> Parse:
    return Parse("date", year=year, calendar=calendar, explicit_year=True)


@rule("year_range", rf"(?:{B}(?P<prep>من|بين|منذ)\s+|\(\s*)(?P<year>(?:1[5-9]|20)\d\d)\s*(?:و|الي|حتي|-|–)\s*(?P<year2>(?:1[5-9]|20)\d\d)(?!\d)"
                    rf"|(?<![\d.,/])(?P<y1>\d{{3,4}})\s*[-–]\s*(?P<y2>\d{{3,4}})\s*(?P<era>{ERA_WORDS}){E}")
def _read_year_range(m: re.Match, text: str):
    if m.group("y1"):
        y1, y2, first, second = int(m.group("y1")), int(m.group("y2")), "y1", "y2"
        calendar = "H" if fold(m.group("era")) in HIJRI_MARKERS else "G"
    else:
        y1, y2, first, second, calendar = int(m.group("year")), int(m.group("year2")), "year", "year2", "G"
    if not y1 < y2 <= y1 + 100:
        return []
    nxt = _next(text, m.end())
    if not m.group("y1") and (fold(nxt) in _COUNTED_AFTER_YEAR or nxt in UNITS or text[m.end():m.end() + 2].strip()[:1] in "%٪"):
        return []                                    # "من 1500 إلى 2000 ريال": counts, not years
    return [Candidate(m.start(first), m.end(first), _year_parse(y1, calendar), "year"),
            Candidate(m.start(second), m.end(), _year_parse(y2, calendar), "year")]


@rule("year_era", rf"(?<![\d.,/])(?P<year>\d{{3,4}})\s*(?P<era>{_alt(lex.HIJRI_MARKERS + lex.GREGORIAN_MARKERS)}){E}")
def _read_year_era(m: re.Match, text: str):
    year, calendar, _ = _year_from(m)
    if fold(m.group("era")) == "م" and not 1900 <= year <= 2100:
        return []                                    # "500 م" is as often 500 metres
    return [Candidate(m.start(), m.end(), _year_parse(year, calendar), "year_era")]


@rule("year_after_preposition", rf"{B}{CL}(?P<prep>{_alt(lex.YEAR_PREPOSITIONS)})\s+(?P<year>(?:19|20)\d\d)(?!\d|[.,\u066B\u066C]\d|\s*[%٪])")
def _read_bare_year(m: re.Match, text: str):
    nxt = _next(text, m.end())
    if nxt and fold(nxt) in _COUNTED_AFTER_YEAR:
        return []
    return [Candidate(m.start("year"), m.end(), _year_parse(int(m.group("year")), "G"), "year")]


_COUNTED_AFTER_YEAR = frozenset(fold(w) for w in ("ريال", "دولار", "شخص", "متر", "كيلومتر", "طن", "ريالا", "دولارا",
                                                 "يورو", "جنيه", "درهم", "دينار", "شخصا", "مترا", "طالب", "طالبا",
                                                 "نقطة", "برميل", "سهم", "وحدة", "حالة", "مشارك", "زائر"))


_REL_WORDS = _alt(RELATIVE_DAYS)


@rule("weekday", rf"{B}{CL}(?:(?P<part>{DAY_PART})\s+(?:من\s+)?(?:يوم\s+)?)?(?:(?P<rel>{_REL_WORDS})\s*[،,]?\s*(?:\(\s*)?"
                 rf"|(?P<yawm>يوم|نهار)\s+)?(?:\(\s*)?(?P<wd>{WEEKDAY})(?:\s*\))?(?:\s+(?:(?P<twice>قبل|بعد)\s+)?(?P<mod>{MOD}){E})?{E}")
def _read_weekday(m: re.Match, text: str):
    wd = _wd(m)
    weekday = WEEKDAYS.get(wd)
    if weekday is None:
        return []
    prev = _prev(text, _start(m))
    if not (m.group("rel") or m.group("part") or m.group("yawm")):
        if wd == "الاثنين" and fold(prev) in ("كلا", "بين", "من"):
            return []
        if wd == "الجمعه" and _without_conjunction(prev) in _FRIDAY_PRAYER:
            return []
        if wd == "الاحد" and _next(text, m.end()) in ("عشر", "عشره"):
            return []
        if _without_conjunction(prev) in ("ايام", "كل"):      # "أيام الجمعة": every Friday
            return [Candidate(_start(m), m.end(), Parse("set", type="SET", weekday=weekday), "weekday")]
    modifier = MODIFIERS.get(_norm(m.group("mod"))) if m.group("mod") else None
    part = m.group("part")
    kind_type = "TIME" if part else "DATE"
    if m.group("rel"):                               # "أمس الخميس", "اليوم (الاثنين)": the day word decides
        rel = _norm(m.group("rel"))
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
    return [Candidate(_start(m), m.end(), p, "weekday")]


# "صلاة الجمعة" is the prayer, not a date.
_FRIDAY_PRAYER = frozenset(fold(w) for w in ("صلاة", "صلاه", "خطبة", "خطبه", "خطب", "خطيب", "صلاتي", "إمام", "امام",
                                             "جمعة", "مسجد", "جامع", "صلوات", "بعد"))


@rule("relday", rf"{B}{CL}(?:(?P<part>{DAY_PART})\s+(?:من\s+)?(?:يوم\s+)?|(?P<yawm>يوم|نهار)\s+)?(?P<rel>{_REL_WORDS}){E}")
def _read_relday(m: re.Match, text: str):
    rel = _norm(m.group("rel"))
    part = m.group("part")
    anchored = bool(part or m.group("yawm"))
    if rel == "غد" and not anchored:
        return []                                    # "غدٍ أفضل": a better tomorrow, not a date
    if rel == "اليوم" and anchored:
        after = _next(text, m.end())
        if after.startswith("ال") and after not in WEEKDAYS and not _subject_after_today(after) \
                or after in _TODAY_NOT_BEFORE:
            return []                                # "صباح اليوم التالي": the next day of a story
    if rel == "اليوم" and not anchored:
        kind = _today_reading(text, m)
        if kind is None:
            return []
        if kind == "PRESENT_REF":
            return [Candidate(_start(m), m.end(), Parse("relday", value="PRESENT_REF"), "relday")]
    if rel in GENERIC_DAY_WORDS and not anchored:
        if rel == "الغد" and _without_conjunction(_prev(text, _start(m))) in ("صحيفه", "جريده", "قناه", "حزب"):
            return []
        return [Candidate(_start(m), m.end(), Parse("relday", value=GENERIC_DAY_WORDS[rel]), "relday")]
    p = Parse("relday", type="TIME" if part else "DATE", offset=RELATIVE_DAYS[rel])
    return [Candidate(_start(m), m.end(), p, "relday")]


_TODAY_NOT_BEFORE = frozenset(fold(w) for w in lex.TODAY_NOT_BEFORE)
_TODAY_NOT_AFTER = frozenset(fold(w) for w in lex.TODAY_NOT_AFTER)
_TODAY_GENERIC_BEFORE = frozenset(fold(w) for w in lex.TODAY_GENERIC_BEFORE)
_TODAY_GENERIC_AFTER = frozenset(fold(w) for w in lex.TODAY_GENERIC_AFTER)
_PAST_CONTRAST = frozenset(fold(w) for w in lex.PAST_CONTRAST)
_YESTERDAY_CONTRAST = frozenset(fold(w) for w in lex.YESTERDAY_CONTRAST)
_CLAUSE_OPENERS = frozenset(fold(w) for w in lex.CLAUSE_OPENERS)
_TODAY_EVENT_SUBJECTS = frozenset(fold(w) for w in lex.TODAY_EVENT_SUBJECTS)
_TODAY_DATED_AFTER = frozenset(fold(w) for w in lex.TODAY_DATED_AFTER)
_QUOTE_CLOSERS = "»”\"'"
_SENTENCE_END = re.compile(r"[.!?\u061F\n]")
# Where a clause may open before its subject: a quote, a colon, a sentence end inside a paragraph.
_CLAUSE_MARK = re.compile(r"[«“\":.!?\u061F]\s*$")
_WORD_BEFORE = re.compile(r"([^\W\d_]+)(\s*)$")


def _after_clause_subject(text: str, start: int) -> bool:
    """"اليوم" right after the definite subject that opens its clause: "أن المالية العامة اليوم",
    «العراق اليوم في لحظة تحول»."""
    pos, subject = start, []
    while len(subject) < 4:
        m = _WORD_BEFORE.search(text, max(0, pos - 30), pos)
        if m is None:
            return False
        word = m.group(1)
        bare = _without_conjunction(word)
        if subject and (word in _CLAUSE_OPENERS or bare in _CLAUSE_OPENERS):
            break
        if not bare.startswith("ال") or bare in _TODAY_NOT_AFTER:
            return False
        subject.append(bare)
        pos = m.start(1)
        if _CLAUSE_MARK.search(text, max(0, pos - 3), pos):
            break
    else:
        return False
    return subject[0] not in _TODAY_EVENT_SUBJECTS


def _subject_after_today(word: str) -> bool:
    """A definite word after "اليوم" that cannot describe it (feminine or plural) is the subject
    of the clause, not an adjective of the day: "تنطلق اليوم البطولة", "تستأنف اليوم المقابلات"."""
    return word.endswith(("ه", "ات")) and word not in ("الاولي", "الثانيه") or len(word) > 5 and word.endswith(("ون", "ين"))


def _today_reading(text: str, m: re.Match) -> str | None:
    """"اليوم" alone: today (a date), nowadays (PRESENT_REF), or not a time at all
    ("اليوم الوطني", "اليوم التالي", "روسيا اليوم")."""
    start, end = _start(m), m.end()
    after = _next(text, end)
    tail = text[end:end + 3].lstrip()
    if tail[:1] in _QUOTE_CLOSERS:
        return None                                   # «روسيا اليوم», «الفلسفة اليوم»
    if after.startswith("ال") and after not in WEEKDAYS and not _subject_after_today(after) \
            or after in _TODAY_NOT_BEFORE:
        return None                                   # اليوم الوطني / التالي / الأول, اليوم نفسه
    prev = _prev(text, start)
    if _without_conjunction(prev) in _TODAY_NOT_AFTER or prev in _TODAY_NOT_AFTER:
        return None                                   # ساعات اليوم, طوال اليوم
    if prev == "في" and any(w[0].isdigit() or w in NUMBER_WORDS for w in words_before(text, start, 5)[:-1]):
        return None                                   # "97 سفينة في اليوم": per day
    clitic = m.group("cl") or ""
    if clitic.endswith(("ب", "ل", "ك")):
        return None                                   # باليوم العالمي, لليوم
    if _without_conjunction(prev) in _TODAY_GENERIC_BEFORE or prev in _TODAY_GENERIC_BEFORE \
            or _without_conjunction(after) in _TODAY_GENERIC_AFTER:
        return "PRESENT_REF"
    sentence_start = max((mm.end() for mm in _SENTENCE_END.finditer(text, max(0, start - 300), start)),
                         default=max(0, start - 300))
    sentence_end = _SENTENCE_END.search(text, end, min(len(text), end + 300))
    around = set(_LETTERS.findall(text, sentence_start, start)) \
        | set(_LETTERS.findall(text, end, sentence_end.start() if sentence_end else min(len(text), end + 300)))
    if around & _YESTERDAY_CONTRAST:
        return "PRESENT_REF"                          # "أقرب مني اليوم عن الأمس"
    if clitic.startswith(("و", "ف")):
        before = {_without_conjunction(w) for w in _LETTERS.findall(text, sentence_start, start)}
        before |= {w[1:] for w in before if w.startswith(("ب", "ل"))}
        if before & _PAST_CONTRAST:
            return "PRESENT_REF"                      # بالأمس كانوا … واليوم نراهم
    if not clitic and after not in _TODAY_DATED_AFTER and not (after[:2] in ("سي", "ست", "سن") and len(after) >= 4) \
            and _after_clause_subject(text, start):
        return "PRESENT_REF"                          # "إن المملكة اليوم في مقدمة الدول"
    two = words_before(text, start, 2)
    if not clitic and len(two) == 2 and _without_conjunction(two[0]) in ("ما", "مما", "بما") and two[1][:1] in "يتنا" \
            and len(two[1]) >= 4:
        return "PRESENT_REF"                          # "ما نشهده اليوم", "ما يحدث اليوم"
    return "DATE"


@rule("this_unit", rf"{B}{CL}{EDGE}(?P<this>هذا|هذه)\s+(?P<unit>{_def_alt(['العام', 'السنة', 'الشهر', 'الأسبوع', 'العقد', 'القرن', 'الموسم'])}){E}")
def _read_this_unit(m: re.Match, text: str):
    unit = DEFINITE_UNITS[_definite(m.group("unit"))]
    return [Candidate(_start(m), m.end(), Parse("unit", unit=unit, offset=0), "this_unit")]


def _definite(word: str) -> str:
    word = fold(word)
    return word if word.startswith("ال") else "ا" + word


@rule("unit_modifier", rf"{B}{CL}{EDGE}(?P<unit>{_def_alt(['العام', 'السنة', 'الشهر', 'الأسبوع', 'العقد', 'القرن', 'الموسم'])})"
                       rf"\s+(?:(?P<twice>قبل|بعد)\s+)?(?P<mod>{MOD}){E}(?:\s+(?P<year>\d{{4}})(?!\d){ERA})?")
def _read_unit_modifier(m: re.Match, text: str):
    unit = DEFINITE_UNITS[_definite(m.group("unit"))]
    if m.group("year") and unit == "Y":              # "العام الماضي 1435هـ": the year is written
        year, calendar, _ = _year_from(m)
        return [Candidate(_start(m), m.end(), _year_parse(year, calendar), "unit_modifier")]
    modifier = MODIFIERS[_norm(m.group("mod"))]
    offset = {"past": -1, "next": 1, "this": 0}[modifier]
    if m.group("twice"):                             # "العام قبل الماضي", "الأسبوع بعد المقبل"
        if (m.group("twice"), modifier) not in (("قبل", "past"), ("بعد", "next")):
            return []
        offset *= 2
    end = m.end("mod")
    return [Candidate(_start(m), end, Parse("unit", unit=unit, offset=offset), "unit_modifier")]


@rule("edge_unit", rf"{B}{CL}(?P<edge>{_alt(lex.PERIOD_EDGES)})\s+(?P<unit>{_def_alt(['العام', 'السنة', 'الشهر', 'الأسبوع'])}){E}")
def _read_edge_unit(m: re.Match, text: str):
    """"منذ مطلع العام", "حتى نهاية الشهر": an edge of the current year, month or week."""
    unit = DEFINITE_UNITS[_definite(m.group("unit"))]
    nxt = _next(text, m.end())
    if nxt in MODIFIERS or nxt.isdigit() or nxt in ("قبل", "بعد", "الجديد", "الجديده", "المنتهي", "التالي", "نفسه",
                                                     "ذاته", "عينه") \
            or unit == "W" and fold(m.group("edge")) in ("نهايه", "نهايات"):
        return []                                   # other rules read these; نهاية الأسبوع is the weekend
    return [Candidate(_start(m), m.end(), Parse("unit", unit=unit, offset=0), "edge_unit")]


# "الليلة الماضية" (last night), "الليلة قبل الماضية", "مساء الليلة" (tonight). "الليلة" alone is
# as often a night's price ("تكاليف الليلة") or the night of a story ("في الليلة ذاتها").
@rule("night", rf"{B}{CL}(?:(?P<part>مساء|منتصف)\s+)?(?:ال|(?<=ل)ل)ليله(?:\s+(?P<twice>قبل\s+)?(?P<mod>{MOD}))?{E}")
def _read_night(m: re.Match, text: str):
    nxt = _next(text, m.end())
    if not m.group("mod") and (not m.group("part") or nxt.startswith("ال") or nxt in ("التي", "الذي")):
        return []                                   # "الليلة الأولى", "الليلة التي": a night, not tonight
    offset = 0
    if m.group("mod"):
        modifier = MODIFIERS[_norm(m.group("mod"))]
        offset = {"past": -1, "next": 1, "this": 0}[modifier] * (2 if m.group("twice") else 1)
    return [Candidate(_start(m), m.end(), Parse("relday", type="TIME", offset=offset), "night")]


@rule("weekend", rf"{B}{CL}(?:عطله\s+)?نهايه\s+(?:ال)?اسبوع(?:\s+(?P<mod>{MOD}){E}|\s+(?P<this>الحالي|الجاري|هذا))?{E}")
def _read_weekend(m: re.Match, text: str):
    modifier = MODIFIERS.get(_norm(m.group("mod"))) if m.group("mod") else None
    offset = {"past": -1, "next": 1}.get(modifier, 0)
    return [Candidate(_start(m), m.end(), Parse("weekend", offset=offset), "weekend")]


_PLURAL_UNIT = _def_alt(PLURAL_UNITS)
_VAGUE_ADJ = _alt(VAGUE_PAST | VAGUE_FUTURE)
_COUNT_ADJ = _alt(lex.COUNT_ADJECTIVES + lex.DUAL_ADJECTIVES)
_DEF_CARDINAL = _alt(DEFINITE_CARDINALS)


# "الأعوام الخمسة عشر الماضية", "الأشهر الإثني عشر": a definite count of eleven to nineteen.
_TEEN_UNITS = {"الاحد": 1, "الاحدي": 1, "الاثني": 2, "الاثنا": 2}


@rule("plural_unit", rf"{B}{CL}(?P<unit>{_PLURAL_UNIT})(?:\s+(?P<count>{_DEF_CARDINAL}|{_alt(_TEEN_UNITS)}(?=\s+عشر)"
                     rf"|ال\s*\d{{1,3}}(?!\d))(?:\s+(?P<teen>عشره?))?)?"
                     rf"(?:\s+(?P<adj>{_VAGUE_ADJ}|{_COUNT_ADJ}))?{E}")
def _read_plural_unit(m: re.Match, text: str):
    unit_word = _definite(m.group("unit"))
    unit = PLURAL_UNITS[unit_word]
    count = m.group("count")
    adj = _norm(m.group("adj")) if m.group("adj") else None
    if unit_word in DUAL_UNITS:
        if count or adj not in DUAL_ADJECTIVES:
            return []
        p = Parse("duration", type="DURATION", unit=unit, amount=2)
        return [Candidate(_start(m), m.end(), p, "plural_unit")]
    if count:
        if unit is None:
            return []
        if count[2:].strip().isdigit():
            amount = int(count[2:].strip())
        else:
            amount = _TEEN_UNITS.get(_norm(count)) or DEFINITE_CARDINALS[_norm(count)]
            if m.group("teen"):
                if amount >= 10:
                    return []
                amount += 10
        p = Parse("duration", type="DURATION", unit=unit, amount=amount)
        return [Candidate(_start(m), m.end(), p, "plural_unit")]
    if adj in VAGUE_PAST:
        value = "PAST_REF"
    elif adj in VAGUE_FUTURE:
        value = "FUTURE_REF"
    else:
        return []
    return [Candidate(_start(m), m.end(), Parse("generic", value=value), "plural_unit")]


_UNIT_FORMS = _alt(UNITS)


# A number starts a word, or follows a one-letter clitic or the article ("لـ14 يوما", "و23 عاما", "الـ28 عاما").
# ... or runs on from a word of three letters or more ("مدتها60 يوما", "على مدار4 سنوات").
NUMBER_START = r"(?:(?<![\w/\-.])|(?<=(?<!\w)[وفلبك])|(?<=(?<!\w)[وف][لبك])|(?<=(?<!\w)ال)|(?<=(?<!\w)[وفلبك]ال)" \
    r"|(?<=[^\W\d_]{3})(?=\d))"


@rule("duration", rf"{NUMBER_START}(?:\(\s*)?{NUMBER}(?:\s*\))?\s*(?P<unit>{_UNIT_FORMS})(?:\s+و\s*(?P<half>نصف|ربع))?{E}")
def _read_duration(m: re.Match, text: str):
    tokens = re.findall(r"\d+(?:[.,\u066B\u066C]\d+)*|[^\W\d_]+", m.group("num"))
    reading = read_number(tokens, 0)
    if reading is None or reading.end != len(tokens):
        return []                                    # not a number, or one that stops before the unit
    unit, implied = UNITS[_norm(m.group("unit"))]
    amount = reading.value
    if implied == 2:
        return []                                   # "ثلاثة يومين" is not Arabic
    if amount in (1, 2) and len(tokens) == 1 and not tokens[0].isdigit():
        return []                                   # one and two follow their noun: "حالة واحدة عام 2010"
    if unit == "Y" and re.fullmatch(r"\d{4}", _next(text, m.end())):
        return []                                   # "من 13.47 عام 2014", "دور الثمانية عام 1990": the year
    if m.group("half"):
        amount += 0.5 if fold(m.group("half")) == "نصف" else 0.25
    if amount <= 0 or amount > 100000:
        return []
    if unit in ("DE", "CE") and (amount > 10 or _norm(m.group("unit")) in ("عقد", "قرن")):
        return []                                   # "31 عقدا", "الحادي عشر عقد": contracts, not decades
    start = m.start()
    if text[start] == "(" and ")" not in text[m.end("num"):m.start("unit")]:
        start = m.start("num")
    p = Parse("duration", type="DURATION", unit=unit, amount=amount)
    return [Candidate(start, m.end(), p, "duration")]


# Cardinals after the unit: "عام واحد", "يومين اثنين", "سنوات ثلاث" (not أحد/إحدى: "one of").
_COUNT_AFTER = {w: n for w, n in ((fold(k), v) for k, v in numlex.ONES.items()) if w not in ("احد", "احدي")}
_COUNT_AFTER.update({fold(k): v for k, v in numlex.TEN.items()})


_AGO_NOT_BEFORE = frozenset(fold(w) for w in lex.AGO_NOT_BEFORE)


@rule("ago", rf"{B}{CL}قبل\s+(?:{_alt(lex.AGO_APPROXIMATORS)}\s+)?(?:(?P<few>عده|بضعه|بضع)\s+)?(?:\(\s*)?(?:{NUMBER}(?:\s*\))?\s*)?"
             rf"(?P<unit>{_UNIT_FORMS})(?:\s+(?P<cnt>{_alt(_COUNT_AFTER)})(?!\w))?(?:\s+و\s*(?P<half>نصف|ربع)(?:\s+(?:ال)?{_UNIT_FORMS})?)?"
             rf"(?:\s+(?P<tail>{_alt(lex.AGO_TAILS)})){{0,2}}{E}")
def _read_ago(m: re.Match, text: str):
    """"قبل سنتين" (2013 for 2015), "قبل ثلاثة أيام" (the day), "قبل أيام" (PAST_REF)."""
    unit, implied = UNITS[_norm(m.group("unit"))]
    if unit in ("H", "MIN", "S"):
        return []                                   # the hour of publication is unknown: a duration
    if not m.group("tail") and fold(_next(text, m.end())) in _AGO_NOT_BEFORE:
        return []                                   # "قبل يومين من الانتخابات": before an event
    amount = implied
    if m.group("cnt"):
        count = _COUNT_AFTER[m.group("cnt")]
        if m.group("num") or (count != implied if implied is not None else count < 3):
            return []
        amount = count
    elif m.group("num"):
        tokens = re.findall(r"\d+(?:[.,\u066B\u066C]\d+)*|[^\W\d_]+", m.group("num"))
        reading = read_number(tokens, 0)
        if reading is None or reading.end != len(tokens) or implied == 2:
            return []
        amount = reading.value
    if implied == 1 and not m.group("cnt") and not m.group("num"):
        nxt = _next(text, m.end())
        if not m.group("tail") and (nxt.isdigit() or nxt.startswith("ال") or nxt in WEEKDAYS
                                    or _next_is_month(text, m.end())):
            return []                               # "قبل يوم الخميس", "قبل عام 2015"
    if m.group("few") or amount is None:
        return [Candidate(_start(m), m.end(), Parse("generic", value="PAST_REF"), "ago")]
    if m.group("half"):
        amount += 0.5 if fold(m.group("half")) == "نصف" else 0.25
    if amount <= 0 or amount > 5000:
        return []
    return [Candidate(_start(m), m.end(), Parse("ago", unit=unit, amount=amount), "ago")]


_ONE_NUMBER = rf"(?:\d{{1,4}}|{_alt(NUMBER_WORDS)})(?!\w)"


@rule("duration_range", rf"{NUMBER_START}(?P<n1>{_ONE_NUMBER})\s*(?:و|الي|حتي|او|-|–)\s*(?P<n2>{_ONE_NUMBER})\s*(?P<unit>{_UNIT_FORMS}){E}")
def _read_duration_range(m: re.Match, text: str):
    """"بين 17 و23 عاما", "خمس أو ست سنوات": the first end counts the same unit."""
    first, second = read_number([m.group("n1")], 0), read_number([m.group("n2")], 0)
    if first is None or second is None:
        return []
    n1, n2 = first.value, second.value
    unit, implied = UNITS[_norm(m.group("unit"))]
    if not 0 < n1 < n2 or implied == 2:
        return []
    return [Candidate(m.start("n1"), m.end("n1"), Parse("duration", type="DURATION", unit=unit, amount=n1), "duration"),
            Candidate(m.start("n2"), m.end(), Parse("duration", type="DURATION", unit=unit, amount=n2), "duration")]


@rule("unit_alone", rf"{B}(?P<prep>{_alt(['منذ', 'لمدة', 'مدة', 'طوال', 'طيلة', 'خلال', 'قبل', 'بعد', 'على مدى', 'على مدار', 'لأكثر من', 'أكثر من', 'نحو', 'حوالي', 'قرابة', 'لنحو', 'لحوالي', 'زهاء', 'أقل من', 'لفترة', 'فترة', 'مضى', 'مرور', 'غضون', 'حوالى', 'لقرابة', 'ل'])})"
                     rf"\s*(?P<unit>{_UNIT_FORMS})(?:\s+و\s*(?P<half>نصف|ربع))?{E}")
def _read_unit_alone(m: re.Match, text: str):
    unit_form = _norm(m.group("unit"))
    unit, implied = UNITS[unit_form]
    prep = fold(m.group("prep"))
    if prep == "ل" and implied != 2 and implied is not None:
        return []                                   # "لشهر" is too often something else
    of_time = _OF_TIME.match(text, m.end()) is not None        # "أكثر من عقد من الزمن"
    if implied == 1 and not of_time and unit_form in ("يوم", "عام", "سنه", "شهر", "ساعه", "اسبوع", "عقد", "قرن",
                                                      "دقيقه", "ليله"):
        nxt = _next(text, m.end())
        if nxt.isdigit() or nxt.startswith("ال") or nxt in WEEKDAYS or fold(nxt) in _NOT_AFTER_SINGLE_UNIT:
            return []                               # "خلال عام 2015", "قبل يوم الخميس", "خلال شهر رمضان"
        if _next_is_month(text, m.end()):
            return []
    if implied is None:
        nxt = _next(text, m.end())
        if nxt.startswith("ال") or fold(nxt) in ("عيد", "رمضان", "الحج"):
            return []                               # "خلال أيام العيد"
    if unit == "DE" and not _DECADES_TAIL.match(text, m.end()):
        return []                                   # "خلال عقود تتسم بالمرونة": contracts
    if prep == "بعد" and fold(_prev(text, m.start("prep")))[:3] == unit_form[:3]:
        return []                                   # "يوما بعد يوم"
    amount = implied
    if amount is not None and m.group("half"):
        amount += 0.5 if fold(m.group("half")) == "نصف" else 0.25
    p = Parse("duration", type="DURATION", unit=unit, amount=amount)
    return [Candidate(m.start("unit"), m.end(), p, "unit_alone")]


_OF_TIME = re.compile(r"\s+من\s+(?:الزمن|الزمان)")
_DECADES_TAIL = re.compile(r"\s+(?:من\s+(?:الزمن|الزمان)|مضت|طويله|عديده|قليله|متتاليه)")
_NAME_LINKS = frozenset(fold(w) for w in ("أبو", "ابو", "أبي", "ابن", "بن", "آل", "بنت", "أم"))
_NOT_AFTER_SINGLE_UNIT = frozenset(fold(w) for w in ("ذلك", "من"))


@rule("unit_count_after", rf"{B}{CL}(?P<unit>{_UNIT_FORMS})\s+(?P<count>{_alt(_COUNT_AFTER)}){E}")
def _read_unit_count_after(m: re.Match, text: str):
    unit, implied = UNITS[_norm(m.group("unit"))]
    count = _COUNT_AFTER[m.group("count")]
    if implied is not None and implied != count or implied is None and count < 3:
        return []                                   # the number must agree with the noun
    if _prev(text, _start(m)) in _NAME_LINKS:
        return []
    p = Parse("duration", type="DURATION", unit=unit, amount=count)
    return [Candidate(_start(m), m.end(), p, "unit_count_after")]


@rule("whole_unit", rf"{B}{CL}(?P<unit>{_alt([w for w, (u, n) in lex.UNITS.items() if n in (1, 2)])})\s+(?:كاملا|كامل|كامله|كاملين|كاملتين|باكمله|بكامله){E}")
def _read_whole_unit(m: re.Match, text: str):
    """"يوما كاملا", "عامين كاملين", "شهر بأكمله": a whole unit or two."""
    unit, implied = UNITS[_norm(m.group("unit"))]
    if _prev(text, _start(m)) in _NAME_LINKS:
        return []
    return [Candidate(_start(m), m.end(), Parse("duration", type="DURATION", unit=unit, amount=implied), "whole_unit")]


@rule("dual_unit", rf"{B}{CL}(?P<unit>{_alt([w for w, (u, n) in lex.UNITS.items() if n == 2 and u not in ('DE', 'CE')])}){E}")
def _read_dual_unit(m: re.Match, text: str):
    if _prev(text, _start(m)) in _NAME_LINKS:
        return []                                   # "أبو يومين" is a name
    unit, _ = UNITS[_norm(m.group("unit"))]
    return [Candidate(_start(m), m.end(), Parse("duration", type="DURATION", unit=unit, amount=2), "dual_unit")]


def _next_is_month(text: str, pos: int) -> bool:
    nxt = words_after(text, pos, 2)
    if not nxt:
        return False
    return nxt[0] in MONTHS or nxt[0] in HIJRI_MONTHS or " ".join(nxt) in MONTHS or " ".join(nxt) in HIJRI_MONTHS


@rule("unit_and_half", rf"{B}{CL}(?P<unit>{_alt([w for w, (u, n) in lex.UNITS.items() if n == 1])})\s+و\s*(?P<half>نصف|ربع){E}")
def _read_unit_and_half(m: re.Match, text: str):
    unit, _ = UNITS[_norm(m.group("unit"))]
    amount = 1.5 if fold(m.group("half")) == "نصف" else 1.25
    return [Candidate(_start(m), m.end(), Parse("duration", type="DURATION", unit=unit, amount=amount), "unit_and_half")]


@rule("vague_duration", rf"{B}{CL}(?P<few>عده|بضعه|بضع)\s+(?P<unit>{_alt(['ساعات', 'أيام', 'أسابيع', 'أشهر', 'شهور', 'سنوات', 'سنين', 'أعوام', 'عقود', 'قرون', 'دقائق', 'ليال'])}){E}")
def _read_vague_duration(m: re.Match, text: str):
    unit, _ = UNITS[_norm(m.group("unit"))]
    return [Candidate(_start(m), m.end(), Parse("duration", type="DURATION", unit=unit), "vague_duration")]


@rule("every", rf"{B}{CL}كل\s+(?:(?P<num>{NUM_TOKEN})\s+)?(?P<unit>{_alt(['يوم', 'أسبوع', 'شهر', 'عام', 'سنة', 'ساعة', 'دقيقة', 'أيام', 'أسابيع', 'أشهر', 'شهور', 'سنوات', 'أعوام', 'ساعات', 'دقائق', 'يومين', 'شهرين', 'عامين', 'سنتين', 'أسبوعين', 'ساعتين'])})"
               rf"(?:\s+(?P<wd>{_alt([w[2:] for w in WEEKDAYS])}))?{E}")
def _read_every(m: re.Match, text: str):
    unit, implied = UNITS[_norm(m.group("unit"))]
    after = words_after(text, m.end(), 4)
    if after and after[0].startswith("و") and any(w in ("بخير", "خير", "بالف") for w in after):
        return []                                   # "كل عام وأنتم بخير" is a greeting
    if m.group("wd"):
        return [Candidate(_start(m), m.end(), Parse("set", type="SET", weekday=WEEKDAYS["ال" + m.group("wd")]), "every")]
    amount = implied
    if m.group("num"):
        reading = read_number([m.group("num")], 0)
        if reading is None:
            return []
        amount = reading.value
    if amount is None:
        return []
    return [Candidate(_start(m), m.end(), Parse("set", type="SET", unit=unit, amount=amount), "every")]


@rule("set_adverb", rf"{B}{CL}(?P<adv>{_alt(SET_ADVERBS)}){E}")
def _read_set_adverb(m: re.Match, text: str):
    return [Candidate(_start(m), m.end(), Parse("set", type="SET", value=SET_ADVERBS[m.group("adv")]), "set_adverb")]


_SEASON_WORDS = _alt(SEASONS)
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
def _read_season(m: re.Match, text: str):
    word = m.group("season")
    season, _ = SEASONS[word]
    after = _next(text, m.end())
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
            and _without_conjunction(_prev(text, _start(m))) not in MONTH_PREPOSITIONS:
        return []                                    # الربيع names too many things (the Arab Spring ...)
    modifier = MODIFIERS.get(_norm(m.group("mod"))) if m.group("mod") else ("this" if m.group("this") else None)
    year, calendar, _ = _year_from(m)
    if calendar == "H":
        year = _season_year_of_hijri(year, SEASONS[word][1])     # "الصيف 1436 هـ": the summer of 2015
        if year is None:
            return []
    p = Parse("season", season=season, year=year, modifier=modifier, explicit_year=year is not None)
    if not definite and year is None and modifier is None and not m.group("head"):
        p = p.with_(value=f"XXXX-{season}", kind="generic")          # "شتاء": any winter
    return [Candidate(_start(m), m.end(), p, "season")]


_QUARTER_YEAR = rf"(?:\s+(?:من\s+|ل\s*)?(?:(?:ال|ل)?(?:عام|سنه)(?:\s+المالي)?\s+)?(?:{YEAR}(?!\d){ERA}|(?P<mod>{MOD}){E}|(?P<this>هذا\s+العام|الحالي|الجاري)))"
# After a bare quarter or half, "من"/"ل" + a year word keeps it this year's ("الربع الثاني من العام");
# anything else makes it a part of something else ("النصف الأول من القرن", "... من المباراة").
_OF_SOMETHING = re.compile(r"\s+(?:من\s+|ل(?=ل)|ل\s+)(?!(?:ال)?(?:عام|سنه)(?!\w)|\d)")


@rule("quarter", rf"{B}{CL}(?P<which>(?:ال|(?<=ل)ل)?ربع|(?:ال|(?<=ل)ل)?نصف)\s+"
                 rf"(?:(?P<ord>{_alt(QUARTERS)}){_QUARTER_YEAR}?|(?P<qmod>{MOD})){E}")
def _read_quarter(m: re.Match, text: str):
    which = fold(m.group("which"))[-3:]
    if m.group("qmod"):                              # "الربع الماضي": the quarter before the reference's
        if which != "ربع":
            return []
        offset = {"past": -1, "next": 1, "this": 0}[MODIFIERS[_norm(m.group("qmod"))]]
        return [Candidate(_start(m), m.end(), Parse("quarter", offset=offset), "quarter")]
    part = QUARTERS[_norm(m.group("ord"))]
    year = int(m.group("year")) if m.group("year") else None
    modifier = MODIFIERS.get(_norm(m.group("mod"))) if m.group("mod") else None
    offset = {"past": -1, "next": 1}.get(modifier, 0)
    anchored = year or m.group("mod") or m.group("this")
    if not anchored and _OF_SOMETHING.match(text, m.end()):
        return []
    if which == "نصف":
        if part not in (1, 2):
            return []
        return [Candidate(_start(m), m.end(), Parse("half", part=part, year=year, offset=offset), "quarter")]
    if not anchored:
        nxt = _next(text, m.end())
        if nxt in ("الخالي",) or nxt.startswith("ساع"):
            return []
    return [Candidate(_start(m), m.end(), Parse("quarter", part=part, year=year, offset=offset), "quarter")]


_DECADE_WORD = r"(?P<dec>عشرين|ثلاثين|اربعين|خمسين|ستين|سبعين|ثمانين|تسعين)(?:ات|يات)"
_CENTURY_ORD = _alt(CENTURIES)


@rule("decade", rf"{B}{CL}{EDGE}(?:عقد\s+)?(?:ال)?{_DECADE_WORD}(?:\s+(?:من\s+)?(?:ال)?قرن\s+"
                rf"(?:(?P<cord>{_CENTURY_ORD})|(?P<cmod>الماضي|المنصرم|الحالي|المنقضي)|(?:ال)?(?P<cnum>\d{{1,2}})))?{E}")
def _read_decade(m: re.Match, text: str):
    digit = DECADES["ال" + m.group("dec")]
    century = None
    if m.group("cord"):
        century = CENTURIES[_norm(m.group("cord"))] - 1
    elif m.group("cnum"):
        century = int(m.group("cnum")) - 1
    elif m.group("cmod"):
        century = 19 if m.group("cmod") != "الحالي" else 20
    return [Candidate(_start(m), m.end(), Parse("decade", digit=digit, century=century), "decade")]


@rule("century", rf"{B}{CL}{EDGE}(?:ال)?قرن\s+(?:(?P<cord>{_CENTURY_ORD})|(?P<cmod>{MOD})|(?:ال)?(?P<cnum>\d{{1,2}})(?!\d))"
                 rf"(?:\s+(?P<era>الميلادي|للميلاد|الهجري|قبل\s+الميلاد))?{E}")
def _read_century(m: re.Match, text: str):
    if m.group("era") and "قبل" in m.group("era") or m.group("era") and "هجري" in m.group("era"):
        return []
    if m.group("cord"):
        p = Parse("century", digit=CENTURIES[_norm(m.group("cord"))])
    elif m.group("cnum"):
        p = Parse("century", digit=int(m.group("cnum")))
    else:
        modifier = MODIFIERS[_norm(m.group("cmod"))]
        p = Parse("century", offset={"past": -1, "next": 1, "this": 0}[modifier])
    return [Candidate(_start(m), m.end(), p, "century")]


_CLOCK_WORD = _alt(CLOCK_HOURS)
_AMPM = _alt(DAY_PART_ADVERBS)


@rule("clock", rf"{B}{CL}(?:(?P<sa>(?:ال)?ساعه\s+)(?:ال)?(?P<h>[0-2]?\d)(?:(?:\s*[:.,]\s*|،)(?P<mi>[0-5]\d)|(?P<mi4>[0-5]\d))?(?!\d)"
               rf"|(?P<sa2>(?:ال)?ساعه\s+)?(?P<hw>{_CLOCK_WORD})(?:\s+(?:و\s*)?(?:(?P<half>النصف|نصف)|(?P<quarter>الربع|ربع)|(?P<mn>\d{{1,2}})\s+دقيقه)|\s+الا\s+(?P<less>ربعا|الربع|ربع))?)"
               rf"(?:\s+(?:من\s+)?(?P<part>{DAY_PART})\s+(?:يوم\s+)?(?P<rel>اليوم|امس|غد|الغد|{WEEKDAY})(?:\s+(?P<relwd>{WEEKDAY}))?"
               rf"|\s*(?P<ampm>{_AMPM}){E}(?:\s+(?P<rel3>اليوم|امس|غدا)(?:\s+(?P<relwd3>{WEEKDAY}))?)?|\s+(?P<rel2>اليوم|امس|غدا))?(?:\s*\(?\s*(?:بتوقيت\s+[^\W\d_]+|ت\s*\.?\s*غ|تغ|GMT)\s*\)?)?{E}"
               rf"|(?<![\d:.])(?P<h2>[0-2]?\d)(?::(?P<mi2>[0-5]\d)|(?=\s*(?P<ampm3>{_AMPM}){E}))(?![\d:])(?:\s*(?P<ampm2>{_AMPM}){E})?")
def _read_clock(m: re.Match, text: str):
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
                                      and _without_conjunction(_prev(text, _start(m))) in _CLOCK_PREPOSITIONS):
            return []                                # "الحلقة الثانية مساء اليوم": an ordinal, not two o'clock
        hour = CLOCK_HOURS[_norm(m.group("hw"))]
        minute = 30 if m.group("half") else 15 if m.group("quarter") else int(m.group("mn") or 0)
        if m.group("less"):
            hour, minute = (hour - 1) % 12 or 12, 45
        ampm = m.group("ampm")
    if ampm and DAY_PART_ADVERBS[ampm] == 12 and hour < 12:
        hour += 12
    part = m.groupdict().get("part")
    if part and DAY_PARTS.get(_norm(part)) in ("AF", "EV", "NI") and hour < 12:
        hour += 12
    if hour > 24 or minute > 59:
        return []
    rel = m.groupdict().get("rel") or m.groupdict().get("rel2") or m.groupdict().get("rel3")
    if rel:
        rel_f = fold(rel)
        if rel_f in RELATIVE_DAYS or rel_f == "غد":
            p = Parse("relday", type="TIME", offset=RELATIVE_DAYS.get(rel_f, 1), hour=hour % 24, minute=minute)
        else:
            p = Parse("weekday", type="TIME", weekday=WEEKDAYS.get(_definite(rel_f)), hour=hour % 24, minute=minute)
    else:
        p = Parse("relday", type="TIME", offset=0, hour=hour % 24, minute=minute)
    return [Candidate(_start(m), m.end(), p, "clock")]


@rule("clock_range", rf"(?<![\d:.])(?P<h1>[01]?\d)(?::(?P<m1>[0-5]\d))?\s*(?:الي|حتي|و\s*حتي|-|–)\s*(?P<h2>[01]?\d)(?::(?P<m2>[0-5]\d))?\s*(?P<ampm>{_AMPM}){E}")
def _read_clock_range(m: re.Match, text: str):
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
    prev = _without_conjunction(_prev(text, pos))
    return prev in ("عند", "في", "حتي", "الساعه", "تمام", "منذ", "قرابه", "نحو", "حوالي", "بعد", "قبل")


_GENERIC_FREE = [w for w in GENERIC if w not in {fold(x) for x in lex.GENERIC_NEEDS_PREPOSITION}]
_GENERIC_PREP = [fold(x) for x in lex.GENERIC_NEEDS_PREPOSITION]


@rule("generic", rf"{B}{CL}(?:(?P<prep>{_alt(lex.GENERIC_PREPOSITIONS)})\s+(?P<gp>{_alt(_GENERIC_PREP)})|(?:(?:في|حتي)\s+)?(?P<g>{_alt(_GENERIC_FREE)})){E}")
def _read_generic(m: re.Match, text: str):
    if m.group("gp"):
        word = _norm(m.group("gp"))
        start = m.start("gp")
        nxt = _next(text, m.end())
        if nxt.startswith("ال") and word in ("الماضي", "الحاضر", "السابق") and nxt != "القريب":
            return []                                 # "في الماضي الاستعماري": an adjective phrase
    else:
        word = _norm(m.group("g"))
        start = m.start("g")
        nxt = _next(text, m.end())
        if word in ("قريبا",) and nxt in ("من", "منه", "منها", "منهم"):
            return []                                 # "قريبا من" is near, not soon
    return [Candidate(start, m.end(), Parse("generic", value=GENERIC[word]), "generic")]


_VAGUE_PAST_ADJ = frozenset(fold(w) for w in lex.VAGUE_PERIOD_PAST)
_FUTURE_MARKERS = frozenset(fold(w) for w in lex.FUTURE_MARKERS)


@rule("vague_period", rf"{B}{CL}(?P<unit>{_alt(lex.VAGUE_PERIODS)})\s+(?P<adj>{_alt(lex.VAGUE_PERIOD_PAST + lex.VAGUE_PERIOD_FUTURE)}){E}")
def _read_vague_period(m: re.Match, text: str):
    """"في سنوات سابقة" (PAST_REF), "لسنوات قادمة" (FUTURE_REF); not "فترات سابقة للتاريخ"."""
    nxt = _next(text, m.end())
    if nxt.startswith("لل") or nxt in ("علي", "عن", "لها", "له"):
        return []
    prev = _prev(text, _start(m))
    if prev.isdigit() or any(prev[k:] in NUMBER_WORDS for k in range(3)) or prev in ("عده", "بضع", "بضعه"):
        return []                                   # "لأربع سنوات قادمة": a counted duration
    value = "PAST_REF" if m.group("adj") in _VAGUE_PAST_ADJ else "FUTURE_REF"
    return [Candidate(_start(m), m.end(), Parse("generic", value=value), "vague_period")]


@rule("earlier_later", rf"{B}{CL}في\s+وقت\s+(?P<adj>سابق|لاحق){E}")
def _read_earlier_later(m: re.Match, text: str):
    """"في وقت سابق" (PAST_REF); "في وقت لاحق" (FUTURE_REF) of what is still to come. Followed by
    the period they lie in ("في وقت لاحق اليوم", "... من هذا الشهر"), that period is the time."""
    nxt = _next(text, m.end())
    if nxt == "من" or nxt in RELATIVE_DAYS or nxt in ("هذا", "هذه") or nxt in WEEKDAYS:
        return []
    if m.group("adj") == "لاحق":
        clause = re.split(r"[.،,؛:!?\n]", text[max(0, m.start() - 120):m.start()])[-1]
        words = _LETTERS.findall(clause)
        if not any(w in _FUTURE_MARKERS or w[:2] in ("سي", "ست", "سن") and len(w) >= 4 for w in words):
            return []
        return [Candidate(_start(m), m.end(), Parse("generic", value="FUTURE_REF"), "earlier_later")]
    return [Candidate(_start(m), m.end(), Parse("generic", value="PAST_REF"), "earlier_later")]


@rule("day_range", rf"(?<![\d/.\-])(?P<d1>[0-3]?\d)\s*(?:و|الي|حتي|-|–)\s*(?P<d2>[0-3]?\d)\s+(?:من\s+)?(?:شهر\s+)?"
                   rf"(?P<mon>{MONTH}){YEAR_PART}?{E}")
def _read_day_range(m: re.Match, text: str):
    d1, d2 = int(m.group("d1")), int(m.group("d2"))
    if not (1 <= d1 < d2 <= 31):
        return []
    year, calendar, explicit = _year_from(m)
    if calendar == "H":
        return []
    month = MONTHS[_norm(m.group("mon"))]
    first = Parse("date", year=year, month=month, day=d1, explicit_year=explicit)
    second = Parse("date", year=year, month=month, day=d2, explicit_year=explicit)
    return [Candidate(m.start("d1"), m.end("d1"), first, "day_range"),
            Candidate(m.start("d2"), m.end(), second, "day_range")]


# --- triggers: which rules can match around which words -------------------------------------
# How far (view characters) a rule's match may reach before and after its trigger word.
_REACH = {
    "date": (50, 50), "hijri_date": (50, 40), "numeric_date": (12, 20), "month": (28, 45),
    "hijri_month": (28, 45), "year": (22, 30), "year_range": (12, 20), "year_era": (6, 16),
    "year_after_preposition": (12, 6), "weekday": (28, 24), "relday": (28, 14), "this_unit": (16, 12),
    "unit_modifier": (16, 30), "weekend": (12, 24), "plural_unit": (6, 40), "duration": (60, 14),
    "unit_alone": (24, 14), "dual_unit": (4, 4), "vague_duration": (10, 4), "every": (6, 30),
    "set_adverb": (4, 4), "unit_and_half": (4, 14), "duration_range": (40, 14), "season": (24, 40), "quarter": (6, 36), "decade": (24, 36), "century": (24, 32),
    "clock": (30, 70), "clock_range": (24, 20), "generic": (10, 24), "day_range": (16, 40),
    "ago": (4, 70), "unit_count_after": (4, 16), "vague_period": (4, 16), "earlier_later": (12, 8),
    "edge_unit": (12, 10), "day_month": (60, 14), "feast_day": (44, 24), "day_month_range": (24, 60), "night": (16, 24), "year_pair": (24, 20), "whole_unit": (4, 14),
}


def _triggers() -> dict[str, frozenset[str]]:
    """Folded word (with every clitic reading spelled out) -> the rules worth trying around it.
    A rule runs only in short windows around its trigger words, so an article costs one
    dictionary lookup a word plus a few short scans."""
    table: dict[str, set[str]] = {}

    def add(words, *rules):
        for w in words:
            table.setdefault(fold(w).split()[0], set()).update(rules)

    add(MONTHS, "date", "month", "day_range")
    add(HIJRI_MONTHS, "hijri_date", "hijri_month")
    add(WEEKDAYS, "weekday")
    add([w[2:] for w in WEEKDAYS], "every")
    add(RELATIVE_DAYS, "relday", "weekday")
    add(["غد"], "relday", "weekday")
    for form, (_, implied) in UNITS.items():          # each form only the rules its number allows
        add([form], "unit_alone", "every", "unit_count_after", "whole_unit")
        if implied == 2:
            add([form], "dual_unit")
        else:                                         # "15 عاما": a singular after 11..99
            add([form], "duration", "duration_range")
        if implied == 1:
            add([form], "unit_and_half")
        if implied is None:
            add([form], "vague_duration")
    add(list(DEFINITE_UNITS) + ["الاسبوع"], "this_unit", "unit_modifier", "year", "weekend", "quarter", "century",
        "season")
    add(PLURAL_UNITS, "plural_unit", "generic")
    add(["كل"], "every")
    add(["قبل"], "ago")
    add(lex.VAGUE_PERIODS, "vague_period")
    add(["وقت"], "earlier_later")
    add(["العام", "السنه", "الشهر", "الاسبوع"], "edge_unit")
    add(["الليله"], "night")
    add(SET_ADVERBS, "set_adverb")
    add(list(SEASONS) + ["صيفا", "ربيعا", "خريفا"], "season")
    add(["ربع", "الربع", "نصف", "النصف"], "quarter")
    add(["قرن", "القرن", "عقد"], "century", "decade")
    add(["ساعه", "الساعه", "تمام"] + [w.split()[0] for w in CLOCK_HOURS], "clock")
    add(GENERIC, "generic")
    add(["نهايه", "عطله"], "weekend")
    add(["العيد", "عيد", "رمضان", "الفطر", "الاضحي"], "feast_day")
    add(lex.YEAR_NOUNS, "year", "year_range")
    add(["عده", "بضعه", "بضع"], "vague_duration")
    for tens in DECADES:
        for suffix in ("ات", "يات"):
            add([tens + suffix, tens[2:] + suffix], "decade")
    # every clitic reading: و ف, then ب ل ك, and لل for ال after ل
    spelled: dict[str, set[str]] = {}
    for word, rules in table.items():
        forms = {word}
        for conj in ("", "و", "ف"):
            for prep in ("", "ب", "ل", "ك"):
                forms.add(conj + prep + word)
            if word.startswith("ال"):
                forms.add(conj + "ل" + word[1:])
        for form in forms:
            spelled.setdefault(form, set()).update(rules)
    return {w: frozenset(r) for w, r in spelled.items()}


TRIGGERS = _triggers()
_RULE_BY_NAME = {name: (pattern, read) for name, pattern, read in _RULES}
_WORD_TAIL = re.compile(r"\w*")
_DATE_SEPARATOR_AFTER = re.compile(r"\s*[/\-.]\s*\d")
_SLASH_AFTER = re.compile(r"\s*[/\-]")
_ERA_AFTER = re.compile(rf"\s*{ERA_WORDS}{E}")
_AFTER_SHORT_NUMBER = frozenset("/-.:–,")
_LETTERS_AFTER = re.compile(r"\s*([^\W\d_]+)")
_RANGE_AFTER = re.compile(r"\s*(?:و|الي|حتي|-|–)\s*\d")


def _number_rules(text: str, start: int, end: int) -> set[str]:
    """The rules a run of digits can start, judged from the characters right after it."""
    rules = set()
    n = end - start
    nxt = text[end:end + 1]
    if n > 4 or (n == 1 or n == 2) and nxt not in _AFTER_SHORT_NUMBER and not nxt.isspace():
        return rules
    if _DATE_SEPARATOR_AFTER.match(text, end):
        rules.add("numeric_date")
        if n <= 2 and _SLASH_AFTER.match(text, end):
            rules.update(("day_month", "day_month_range"))
        if n == 4:
            rules.add("year_pair")
    if text.startswith(":", end):
        rules.update(("clock", "clock_range"))
    elif n <= 2:
        after = _LETTERS_AFTER.match(text, end)
        if after and after.group(1) in DAY_PART_ADVERBS:
            rules.update(("clock", "clock_range"))
    if _RANGE_AFTER.match(text, end):
        rules.update(("clock_range", "day_range", "year_range"))
    if n >= 3:
        if _ERA_AFTER.match(text, end):
            rules.update(("year_era", "year_range"))
        if n == 4 and text[start:start + 2] in ("19", "20"):
            rules.add("year_after_preposition")
    return rules


def find_candidates(text: str, start: int, end: int) -> list[Candidate]:
    """Every rule's candidates inside view range start..end, each rule tried only in windows
    around its trigger words."""
    windows: dict[str, list[list[int]]] = {}
    for ws, we, rules in _trigger_hits(text, start, end):
        for name in rules:
            before, after = _REACH[name]
            lo, hi = ws - before, we + after
            lo = start if lo < start else lo
            hi = end if hi > end else hi
            spans = windows.get(name)
            if spans is None:
                windows[name] = [[lo, hi]]
            elif lo <= spans[-1][1]:
                spans[-1][1] = hi
            else:
                spans.append([lo, hi])
    found: list[Candidate] = []
    tail = _WORD_TAIL.match
    for name, spans in windows.items():
        pattern, read = _RULE_BY_NAME[name]
        for lo, hi in spans:
            hi = min(end, tail(text, hi).end())      # never cut a word: (?!\w) would match there
            found.extend(_scan(pattern, read, text, lo, hi))
    return found


def _trigger_hits(text: str, start: int, end: int) -> list[tuple[int, int, frozenset[str]]]:
    """(start, end, rules) of every trigger word and rule-starting number, in text order."""
    hits = []
    triggers = TRIGGERS
    for m in _TRIGGER_WORD.finditer(text, start, end):
        word = m.group()
        rules = triggers.get(word)
        if rules is None:
            rules = _number_rules(text, m.start(), m.end())
            if not rules:
                continue
        hits.append((m.start(), m.end(), rules))
    return hits


# Trigger words (whole words, through a prefix trie) and runs of digits, found in one scan.
_TRIGGER_WORD = re.compile(rf"(?<![^\W\d_]){trie_pattern(TRIGGERS)}(?![^\W\d_])|\d+")


def _scan(pattern: re.Pattern, read, text: str, lo: int, hi: int) -> list[Candidate]:
    """The candidates of one rule in text[lo:hi]. When the reader turns a match down, the
    search goes on from the next character, not after the match: "17 و23 عاما" fails as one
    number but holds "23 عاما"."""
    found: list[Candidate] = []
    pos = lo
    while pos < hi:
        m = pattern.search(text, pos, hi)
        if m is None:
            break
        got = read(m, text)
        found.extend(got)
        pos = m.end() if got and m.end() > m.start() else m.start() + 1
    return found


def find_candidates_everywhere(text: str, start: int, end: int) -> list[Candidate]:
    """Every rule over the whole range (no triggers): the reference `find_candidates` must match."""
    found: list[Candidate] = []
    for name, pattern, read in _RULES:
        found.extend(_scan(pattern, read, text, start, end))
    return found
