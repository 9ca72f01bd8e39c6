"""What a number counts: currencies, measurement units, percent, or the counted noun.

The unit of a quantity is the singular of what it counts: `12 ألف جندي` ->
`جندي`, `43 مدنيا` -> `مدني`, `8800 كيلومترا مربعا` -> `كيلومتر مربع`,
`9000 ريال` -> `ريال`, `60%` -> `%`. Currencies come from CLDR (Babel), units
from CLDR's unit names (`marsad.lexicons.numbers`); other nouns lose their
accusative tanween, and a plural after 3-10 its plural ending or, for the
common broken plurals, maps to its singular.
"""
from __future__ import annotations

import re

from ...lexicons import numbers as lex
from ...text.chars import DIACRITICS, TATWEEL
from ...text.normalize import fold

CURRENCIES = {fold(k): v for k, v in lex.currency_heads().items()}
MEASURES = {fold(k): v for k, v in lex.measurement_units().items()}
COMPLEMENTS = {fold(k): v for k, v in lex.UNIT_COMPLEMENTS.items()}
BROKEN_PLURALS = {fold(k): v for k, v in lex.BROKEN_PLURALS.items()}
METRIC_PREFIXES = frozenset(fold(w) for w in lex.METRIC_PREFIXES)
PREFIXED_BASES = frozenset(fold(w) for w in lex.PREFIXED_BASES)
NOT_UNITS = frozenset(fold(w) for w in lex.NOT_UNITS)
NOUNS_WITH_WAW = frozenset(fold(w) for w in lex.NOUNS_WITH_WAW)
PERCENT_SIGNS = frozenset(lex.PERCENT_SIGNS)
PERCENT_WORDS = [fold(w).split() for w in lex.PERCENT_WORDS if w not in lex.PERCENT_SIGNS]

_MARKS = re.compile("[" + "".join(sorted(DIACRITICS)) + TATWEEL + "]")


def plain(word: str) -> str:
    """The word as written without diacritics and tatweel (the unit keeps its spelling)."""
    return _MARKS.sub("", word)


# Sound plurals in -ات of masculine verbal nouns of forms IV, VII, VIII, X (إجراءات, اجتماعات,
# انتخابات, استثمارات): their singular has no ة (إصابات, with one root letter before ا, keeps it).
_MASCULINE_AT_PLURAL = re.compile(r"^[اإ]\w{2,4}ا\wات$")


def _clearly_more_frequent(word: str, other: str) -> bool:
    """`word` is at least two wordfreq classes (a factor of ten) more frequent than `other`: the
    masculine singular of an -ات plural when the feminine one is rare or no word (مهرجانة),
    not when both are common (دورة/دور)."""
    from ..entities.resources import frequency_class
    return frequency_class(fold(word)) >= frequency_class(fold(other)) + 2


def unit_of(word: str, count: float | int | None = None, masculine: bool | None = None) -> str:
    """The singular unit name of a counted word (original spelling, marks dropped).

    `masculine` is the gender a spelled count 3-10 shows (ثلاثة تفجيرات: masculine, so تفجير;
    ثلاث مرات: feminine, so مرة), None for digits."""
    bare = plain(word)
    key = fold(bare)
    if key in CURRENCIES:
        return CURRENCIES[key]
    if key in MEASURES:
        return MEASURES[key]
    if key in BROKEN_PLURALS:
        return BROKEN_PLURALS[key]
    if count is not None and 3 <= count <= 10 and len(bare) >= 5:
        if bare.endswith("ات"):
            if fold(bare[:-2]) in MEASURES:
                return MEASURES[fold(bare[:-2])]       # مليمترات -> مليمتر
            if masculine or masculine is None and _MASCULINE_AT_PLURAL.match(bare) \
                    or _clearly_more_frequent(bare[:-2], bare[:-2] + "ة"):
                return bare[:-2]                   # مهرجانات -> مهرجان, لقاءات -> لقاء
            return bare[:-2] + "ة"
        if bare.endswith(("ين", "ون")) and len(bare) >= 6:
            return bare[:-2]
    if len(bare) >= 4 and bare.endswith("ا") and bare[-2] not in "اى":
        bare = bare[:-1]                      # accusative after 11..99: مدنيا -> مدني
        if bare.endswith("ة"):
            return bare
    return bare


def is_currency(word: str) -> bool:
    return fold(plain(word)) in CURRENCIES


def is_measure(word: str) -> bool:
    return fold(plain(word)) in MEASURES


def prefixed(prefix: str, base: str) -> str | None:
    """The unit of a metric prefix written apart from its base ("جيجا بايت" -> جيجابايت,
    "كيلو مترا" -> كيلومتر), or None when the two words are not such a pair."""
    if fold(plain(prefix)) not in METRIC_PREFIXES or fold(plain(base)) not in PREFIXED_BASES:
        return None
    joined = plain(prefix) + plain(base)
    unit = unit_of(joined)
    return MEASURES.get(fold(joined)) or MEASURES.get(fold(unit)) or unit


def after_lam(word: str) -> bool:
    """The word is ل + a noun, not a noun of its own ("لمهرجان", "للمباراة", "لأسهم"; not "لاعب",
    "لوحة"): its rest is more frequent in Arabic than the whole (wordfreq classes shipped with the
    entity tagger). A counted noun takes no preposition, so such a word is no unit."""
    from ..entities.resources import frequency_class
    key = fold(plain(word))
    if len(key) < 4 or key[0] != "ل" or key in MEASURES or key in CURRENCIES or key in BROKEN_PLURALS:
        return False
    rest = "ال" + key[2:] if key.startswith("لل") else key[1:]
    return frequency_class(rest) >= frequency_class(key) + 1


def is_prefixed(unit: str | None) -> bool:
    """A unit made of a metric prefix and a base ("جيجابت", "ميغاواط"): a measure, counted."""
    key = fold(unit) if unit else ""
    return any(key.startswith(p) and fold(key[len(p):]) in PREFIXED_BASES for p in METRIC_PREFIXES)


def complement(word: str) -> str | None:
    """The second word of a two-word unit (مربع, مكعب, أساس, مئوية), or None."""
    return COMPLEMENTS.get(fold(plain(word)))
