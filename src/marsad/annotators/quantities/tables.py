"""The lexicon tables the quantity finder reads, folded once, and small word helpers."""
from __future__ import annotations

import re

from ...lexicons import numbers as lex
from ...text.normalize import fold
from ..views import trie_pattern
from . import units
from .numbers import NUMBER_WORDS

ORDINALS = {fold(k): v for k, v in lex.ORDINALS.items()}
ORDINALS_CONSTRUCT = {fold(k): v for k, v in lex.ORDINALS_CONSTRUCT.items()}
DEFINITE_CARDINALS = {fold(k): v for k, v in lex.DEFINITE_CARDINALS.items()}
NUMBERED_NOUNS = frozenset(fold(w) for w in lex.NUMBERED_NOUNS)
ORDINAL_NOT_AFTER = frozenset(fold(w) for w in lex.ORDINAL_NOT_AFTER)
FIRST_RANKED = frozenset(fold(w) for w in lex.FIRST_RANKED)
FIRST = frozenset(fold(w) for w in lex.FIRST)
ID_WORDS = frozenset(fold(w) for w in lex.ID_WORDS)
SPELLED_LETTERS = frozenset(fold(w) for w in lex.SPELLED_LETTERS)
YEAR_NAMING_NOUNS = frozenset(fold(w) for w in lex.YEAR_NAMING_NOUNS)
YEAR_MODIFIERS = frozenset(fold(w) for w in lex.YEAR_MODIFIERS)
ONE_AFTER_NOT = frozenset(fold(w) for w in lex.ONE_AFTER_NOT)
# "شيء واحد", "رجلين اثنين": one and two follow the noun they count, agreeing with it.
ONE_TWO_AFTER = {fold(w): (v, fold(w).endswith(("ه", "تين", "تان", "تا"))) for w, v in lex.ONES.items()
                  if v in (1, 2) and fold(w) not in ("احد", "احدي", "اثنا", "اثني", "اثنتا", "اثنتي")}
APPROXIMATORS = sorted((fold(w).split() for w in lex.APPROXIMATORS), key=len, reverse=True)
BOUNDS = frozenset(fold(w) for w in lex.BOUNDS)
AMBIGUOUS_WORDS = frozenset(fold(w) for w in lex.AMBIGUOUS_NUMBER_WORDS)
TIME_NOUNS = frozenset(fold(w) for w in lex.TIME_NOUNS_BEFORE_ORDINALS)
# "الثالث والعشرون": the tens of an ordinal are the definite cardinals.
ORDINAL_TENS = {"ال" + fold(w): v for w, v in lex.TENS.items()}
ORDINAL_HEADS = frozenset(k.split()[0] for k in ORDINALS) | frozenset(fold(w) for w in lex.ORDINAL_DAYS_HEADS)
NOT_COUNTED = frozenset(fold(w) for w in lex.NOT_COUNTED_BY_ORDINALS)

# Words a quantity can start at (besides digits), and words whose presence after a word makes
# that word a possible start ("المادة الرابعة", "الدول الثلاث", "المادة 4" are checked there).
ANCHORS = frozenset(NUMBER_WORDS) | frozenset(ORDINALS_CONSTRUCT) | frozenset(units.MEASURES) | NUMBERED_NOUNS
NEXT_ANCHORS = frozenset(w.split()[0] for w in ORDINALS) | frozenset(DEFINITE_CARDINALS) | FIRST
# ... and duals (`duals`): a currency or a measure in -ين/-ان among the trie's words, and the
# ending of a feminine -تين/-تان, found on its own (DUAL_ENDING) and mapped to its word.
_UNIT_DUALS = {w + end for w in set(units.CURRENCIES) | set(units.MEASURES) if " " not in w for end in ("ين", "ان")}
ANCHOR_WORD = re.compile(rf"(?<![^\W\d_])[وفبلك]{{0,2}}{trie_pattern(ANCHORS | NEXT_ANCHORS | _UNIT_DUALS)}(?![^\W\d_])"
                         rf"|(?<!\S)\.\d|\d+")
DUAL_ENDING = re.compile(r"(?<=[^\W\d_]{3})ت[يا]ن(?![^\W\d_])")
APPROXIMATOR_ENDS = frozenset(p[-1] for p in APPROXIMATORS)


def strip_clitics(word: str) -> str:
    """A folded word without a leading و/ف and a preposition ب/ل/ك before ال."""
    if len(word) > 3 and word[0] in "وف":
        word = word[1:]
    if len(word) > 3 and word[0] in "بلك" and word[1:3] == "ال":
        word = word[1:]
    if word.startswith("لل") and len(word) > 3:
        word = "ا" + word[1:]
    return word


# Possessive suffixes on a noun before an ordinal ("عامها الخامس", "دورته الثالثة"), longest first.
POSSESSIVE_SUFFIXES = ("هما", "كما", "ها", "هم", "هن", "نا", "كم", "ه")
PRONOUN_PREPOSITIONS = frozenset(fold(w) for w in lex.PRONOUN_PREPOSITIONS)
TIME_STEMS = frozenset(fold(w) for w in lex.TIME_STEMS)
# Nouns surely counted (money, measures, the common counted nouns): a number in the years' range
# before them is a count even after another such number ("بين 1990 و2000 شخص").
COUNT_NOUNS = frozenset(units.CURRENCIES) | frozenset(units.MEASURES) | frozenset(units.BROKEN_PLURALS) \
    | frozenset(fold(v) for v in units.BROKEN_PLURALS.values()) | units.PERCENT_SIGNS
POWER_UNITS = lex.POWER_UNITS
ARTICLE_ONLY = re.compile(r"^(?:[وف]?[بلك]?ال|[وف]?لل)$")
CLOSING_QUOTES = frozenset("»”″\"'")
DEFINITE = re.compile(r"(?:[وف]?[بكل]?ال|[وف]?لل)\w")
# Brackets and quote marks a number may stand in before what it counts: "(600) وظيفة", «600» وظيفة.
OPENERS = frozenset('(«“"″')
CLOSERS = frozenset(')»”"″')
# Letters that may stand glued before digits: a clitic alone, or the article ("لـ14", "الـ15").
CLITIC_BEFORE = re.compile(r"(?:(?<![^\W\d_])[وفبلك]|(?<![^\W\d_])[وفبلك]?ال)$")
# Units a four-digit number in the years' range must have to count as a quantity.
COUNTED_AFTER_YEAR = frozenset(["%"]) | frozenset(units.CURRENCIES.values()) | frozenset(units.MEASURES.values())
RANGE_WORDS = frozenset(fold(w) for w in ("إلى", "الى", "حتى", "-", "–", "و"))
# A number on either side of a slash is a score, a reference or a date, not a count.
SLASH_PAIR_BEFORE = re.compile(r"(?:\d|صفر)\s*/\s*$")
SLASH_PAIR_AFTER = re.compile(r"\s*/\s*(?:\d|صفر)")
LIST_DASH = re.compile(r"[ \t]*[-–ـ][ \t]")
FRACTION_PLURALS = {fold(k): v for k, v in lex.FRACTION_PLURALS.items()}
COUNT_WORDS = frozenset(fold(w) for w in lex.COUNT_WORDS)
NOT_ALONE = frozenset(fold(w) for w in lex.NOT_ALONE)


def is_arabic(ch: str) -> bool:
    return "\u0600" <= ch <= "\u06ff"


def noun_as_written(original: str) -> str:
    """A definite noun as written without its clitics and article: والمادة -> مادة."""
    head = original[:5]
    if "ال" in head:
        return original[head.index("ال") + 2:]
    if "لل" in original[:4]:
        return original[original.index("لل") + 2:]
    return original


def without_pronoun(word: str) -> str:
    """A plural noun without the possessive pronoun an ordinal's noun may carry: "ثاني مبارياته"
    counts matches (مباريات), "ثالث لقاءاتها" meetings."""
    for suffix in ("اتهما", "اتهم", "اتها", "اته"):
        if word.endswith(suffix) and len(word) - len(suffix) >= 3:
            return word[:-len(suffix) + 2]
    return word


def definite_noun(word: str) -> str | None:
    bare = strip_clitics(word)
    return bare if bare.startswith("ال") and len(bare) > 3 else None
