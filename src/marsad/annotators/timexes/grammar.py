"""The building blocks of the time grammar: folded lexicon tables, regex pieces, the
`Candidate` a rule proposes, and the context helpers every rule reads.

Patterns are written against the folded view (hamza/alef/teh-marbuta/yaa
variants folded, diacritics dropped, digits ASCII), so `أغسطس`, `اغسطس` and
`أغُسطس` are one word here. A leading conjunction or preposition clitic
(و ف ب ل ك) is matched but left out of the span.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from ...lexicons import calendar as cal
from ...lexicons import numbers as numlex
from ...lexicons import time as lex
from ...text.lazy import LazyPattern
from ...text.normalize import fold
from ..quantities.numbers import NUMBER_WORDS
from .resolve import Parse

LETTERS = re.compile(r"[^\W\d_]+|\d+")


def _forms(words) -> list[str]:
    return sorted({fold(w) for w in words}, key=lambda w: (-len(w), w))


def alt(words) -> str:
    """A regex alternation of folded words, longest first, spaces matching any white space."""
    return "(?:" + "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in _forms(words)) + ")"


def def_alt(words) -> str:
    """Like `alt`, but a leading ال may also be the ل of للـ after the preposition ل."""
    out = []
    for w in _forms(words):
        body = re.escape(w).replace(r"\ ", r"\s+")
        out.append(r"(?:ال|(?<=ل)ل)" + body[2:] if w.startswith("ال") else body)
    return "(?:" + "|".join(out) + ")"


def folded(mapping: dict) -> dict:
    return {fold(k): v for k, v in mapping.items()}


# --- lexicon tables, folded ---------------------------------------------------------------
MONTHS = cal.gregorian_months()
HIJRI_MONTHS = cal.hijri_months()
WEEKDAYS = cal.weekdays()
MODIFIERS = folded(lex.MODIFIERS)
UNITS = folded(lex.UNITS)
DEFINITE_UNITS = folded(lex.DEFINITE_UNITS)
PLURAL_UNITS = folded(lex.PLURAL_DEFINITE_UNITS)
SEASONS = folded(lex.SEASONS)
SET_ADVERBS = folded(lex.SET_ADVERBS)
GENERIC = folded(lex.GENERIC)
ORDINAL_DAYS = folded(lex.ORDINAL_DAYS)
QUARTERS = folded(lex.QUARTERS)
CENTURIES = folded(lex.CENTURIES)
DECADES = folded(lex.DECADES)
DAY_PARTS = folded(lex.DAY_PARTS)
DAY_PART_ADVERBS = folded(lex.DAY_PART_ADVERBS)
RELATIVE_DAYS = folded(lex.RELATIVE_DAYS)
GENERIC_DAY_WORDS = folded(lex.GENERIC_DAY_WORDS)
CLOCK_HOURS = {fold(w): n for w, n in lex.CLOCK_HOURS.items()}
DEFINITE_CARDINALS = folded(numlex.DEFINITE_CARDINALS)
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
NUM_TOKEN = r"(?:\d+(?:[.,\u066B\u066C]\d+)*|" + alt(NUMBER_WORDS) + r"(?!\w))"
NUMBER = rf"(?P<num>{NUM_TOKEN}(?:\s+(?:و\s*)?{NUM_TOKEN}(?!\w)){{0,5}})"
MONTH = alt(MONTHS)
HMONTH = alt(HIJRI_MONTHS)
MONTH_PAIR = rf"(?P<mon>{MONTH})(?:\s*[/(\-–]\s*(?P<mon2>{MONTH})\s*\)?|\s+(?P<mon3>{MONTH}){E})?"
WEEKDAY = def_alt(WEEKDAYS)
MOD = alt(MODIFIERS)
YEAR = r"(?P<year>\d{4})"
ERA_WORDS = alt(lex.HIJRI_MARKERS + lex.GREGORIAN_MARKERS)
ERA = rf"(?:\s*(?P<era>{ERA_WORDS}){E})?"
YEAR_NOUN = def_alt(lex.YEAR_NOUNS)
EDGE = rf"(?:(?P<edge>{alt(lex.PERIOD_EDGES)})\s+)?"
DAY_PART = alt(DAY_PARTS)
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
    return LETTERS.findall(text, max(0, pos - 16 * k - 16), pos)[-k:]


def words_after(text: str, pos: int, k: int = 1) -> list[str]:
    out = []
    for m in LETTERS.finditer(text, pos, min(len(text), pos + 16 * k + 16)):
        out.append(m.group())
        if len(out) == k:
            break
    return out


def without_conjunction(word: str) -> str:
    return word[1:] if len(word) > 2 and word[0] in "وف" else word


def prev_word(text: str, pos: int) -> str:
    before = words_before(text, pos, 1)
    return before[0] if before else ""


def next_word(text: str, pos: int) -> str:
    after = words_after(text, pos, 1)
    return after[0] if after else ""


def start_of(m: re.Match) -> int:
    return m.end("cl") if "cl" in m.re.groupindex and m.group("cl") is not None else m.start()


def year_from(m: re.Match) -> tuple[int | None, str, bool]:
    """(year, calendar, explicit) from a match's year and era groups."""
    year_text = m.groupdict().get("year")
    if not year_text:
        return None, "G", False
    year = int(year_text)
    era = m.groupdict().get("era")
    hijri = (era is not None and fold(era) in HIJRI_MARKERS and year <= 1500) or (era is None and 1300 <= year <= 1500)
    return year, "H" if hijri else "G", True


def rel_year_offset(m: re.Match) -> int | None:
    if m.groupdict().get("ythis"):
        return 0
    ymod = m.groupdict().get("ymod")
    if ymod:
        return {"past": -1, "next": 1, "this": 0}[MODIFIERS[fold(re.sub(r"\s+", " ", ymod))]]
    return None


def month_of(m: re.Match) -> int:
    return MONTHS[re.sub(r"\s+", " ", m.group("mon"))]


def norm(s: str) -> str:
    return re.sub(r"\s+", " ", s)


def weekday_word(m: re.Match) -> str | None:
    wd = m.groupdict().get("wd")
    if not wd:
        return None
    wd = fold(wd)
    return wd if wd.startswith("ال") else "ا" + wd     # للخميس -> the ل of ال was eaten


def definite(word: str) -> str:
    word = fold(word)
    return word if word.startswith("ال") else "ا" + word


def next_is_month(text: str, pos: int) -> bool:
    nxt = words_after(text, pos, 2)
    if not nxt:
        return False
    return nxt[0] in MONTHS or nxt[0] in HIJRI_MONTHS or " ".join(nxt) in MONTHS or " ".join(nxt) in HIJRI_MONTHS


def year_parse(year: int, calendar: str) -> Parse:
    return Parse("date", year=year, calendar=calendar, explicit_year=True)


def rule(name: str, pattern: str):
    """A reader of matches of `pattern`: the function keeps its rule name and its pattern, compiled
    on the rule's first search (`LazyPattern`: most articles wake few rules)."""
    compiled = LazyPattern(pattern)

    def wrap(func):
        func.rule_name, func.pattern = name, compiled
        return func
    return wrap
