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
from functools import lru_cache

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
# "30 آخرين": others of a noun the sentence gives; the finder marks them, `context` fills the noun.
OTHERS = frozenset(fold(w) for w in lex.OTHERS)
OTHERS_UNIT = "آخرين"
_NOT_ADJECTIVES = frozenset(fold(w) for w in lex.NOT_UNITS) | frozenset(fold(w) for w in lex.OTHERS) \
    | frozenset(fold(w) for w in lex.DESCRIPTIVE_ADJECTIVES)


def _country_stems() -> frozenset[str]:
    """Folded country names without the article (CLDR's Arabic territory names and `places`):
    a relative adjective whose stem opens one is a nationality ("سعودي", "مصرية")."""
    from babel import Locale
    from ...lexicons import places
    names = [n for n in Locale.parse("ar").territories.values()]
    names += [n for variants in places.TERRITORY_ALIASES.values() for n in variants]
    out = set()
    for name in names:
        for word in fold(name.split("(")[0]).split():
            out.add(word[2:] if word.startswith("ال") else word)
    return frozenset(w for w in out if len(w) >= 3)


_COUNTRY_STEMS = _country_stems()


def _nationality(adjective: str) -> bool:
    stem = fold(adjective)
    stem = stem[:-2] if stem.endswith("يه") else stem[:-1] if stem.endswith("ي") else stem
    return len(stem) >= 3 and any(stem + tail in _COUNTRY_STEMS for tail in ("", "ا", "ه", "يا", "يه"))

_MARKS = re.compile("[" + "".join(sorted(DIACRITICS)) + TATWEEL + "]")


def plain(word: str) -> str:
    """The word as written without diacritics and tatweel (the unit keeps its spelling)."""
    return _MARKS.sub("", word)


@lru_cache(maxsize=16384)
def key(word: str) -> str:
    """The folded form of a unit or word as written (cached: units repeat across a corpus)."""
    return fold(plain(word))


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
    return key(word) in CURRENCIES


def is_measure(word: str) -> bool:
    return key(word) in MEASURES


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


def is_verb_after_number(folded: str) -> bool:
    """A word that follows a number as a verb would ("يحملون", "يعملون", "قتلوا"), not a counted
    noun: counted nouns are genitive or accusative, never a nominative plural in -ون after a
    prefix of the imperfect, and no noun ends in the plural verb's -وا."""
    return len(folded) >= 5 and (folded[0] in "يت" and folded.endswith("ون") or folded.endswith("وا"))


def adjective(noun: str, word: str) -> str | None:
    """The singular of an adjective that describes a counted noun and belongs to its unit
    ("خبيرا اقتصاديا" -> اقتصادي, "طائرات مسيرة" -> مسيرة, "مستثمرين رئيسيين" -> رئيسي), or None:
    a relative adjective in -ي, or a participle in م- with a feminine or plural ending."""
    bare = plain(word)
    key = fold(bare)
    if key in _NOT_ADJECTIVES or len(key) < 4 or key in CURRENCIES or key in MEASURES:
        return None
    accusative = plain(noun).endswith("ا") and not plain(noun).endswith(("اا", "يا")) or plain(noun).endswith("يا")
    if bare.endswith("اً"):
        bare = bare[:-2]
    elif bare.endswith("ا") and len(bare) > 4:
        bare = bare[:-1]
    elif accusative and not bare.endswith(("ة", "ين", "ات")):
        return None                          # "14 خبيرا" takes "اقتصاديا", not a word without its case
    if bare.endswith("ون"):
        return None                          # "12 ألف جندي موجودون": a predicate, not in the noun's case
    for plural, singular in (("يين", "ي"), ("يات", "ية"), ("يتين", "ية"), ("يتان", "ية")):
        if bare.endswith(plural) and len(bare) > len(plural) + 1:
            bare = bare[:-len(plural)] + singular
            break
    if fold(bare) in _NOT_ADJECTIVES:
        return None
    if bare.endswith(("ي", "ية")) and len(bare) >= 4:
        if _nationality(bare):
            return None
        return _agreeing(noun, bare)
    if bare.startswith("م") and len(bare) >= 5:
        for plural, singular in (("تين", "ة"), ("تان", "ة"), ("ات", "ة"), ("ين", "")):
            if bare.endswith(plural):
                return bare[:-len(plural)] + singular
        if bare.endswith("ة"):
            return _agreeing(noun, bare)
    return None


def _agreeing(noun: str, adjective: str) -> str:
    """The adjective in the gender of the singular unit: a plural of things takes a feminine
    adjective ("ملفات إلكترونية"), the unit is "ملف إلكتروني"."""
    singular = unit_of(noun, 5)
    if adjective.endswith("ة") and not singular.endswith("ة") and plain(noun) != singular:
        return adjective[:-1]
    return adjective
