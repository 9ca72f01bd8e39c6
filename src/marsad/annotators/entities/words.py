"""Word classes the entity rules share: head nouns, titles, particles, adjectives, clitic readings.

Lexicons live in `marsad.lexicons.entities` (and CLDR through Babel); here they are
folded once into sets, with the cached word-level tests the rules ask again and
again (a word's proclitic readings, whether it is a relative adjective of a
country, a currency, a month).
"""
from __future__ import annotations

import re
from functools import lru_cache

from ...document import Span
from ...layers import Token
from ...lexicons.entities import (INTERNATIONAL_ADJECTIVES, MINISTRY_PLURALS, BODY_HEADS, DIRECTIONS, EVENT_HEADS, FACILITY_HEADS, GENERIC_ADJECTIVES,
                                  GENERIC_BODY_HEADS, GENERIC_PLACES, HIJRI_MONTHS, NAMING_HEADS, NATIONAL_HEADS,
                                  NON_ENTITIES, NON_NAME_ADJECTIVES, NON_NAMES, ORG_HEADS, PERSON_PARTICLES,
                                  REGION_HEADS, RULER_OF, TITLES)
from ...text.clitics import analyses
from ...text.normalize import fold
from .gazetteer import places


_TITLE_WORDS = frozenset(fold(w) for t in TITLES for w in t.split())
_NON_NAMES = frozenset(fold(w) for w in NON_NAMES)
_ORG_HEADS = frozenset(fold(h) for h in ORG_HEADS if " " not in h)
_NATIONAL_HEADS = frozenset(fold(h) for h in NATIONAL_HEADS)
_INTERNATIONAL = frozenset(fold(w) for w in INTERNATIONAL_ADJECTIVES)
_MINISTRY_PLURALS = frozenset(fold(w) for w in MINISTRY_PLURALS)
_BODY_HEADS = frozenset(fold(h) for h in BODY_HEADS)
_BODY_HEADS = _BODY_HEADS | frozenset("ال" + h for h in _BODY_HEADS)    # definite: المديرية العامة للشؤون ...
_NAMING_HEADS = frozenset(fold(h) for h in NAMING_HEADS)
_MISC_HEADS = frozenset(fold(h) for h in EVENT_HEADS)
# Model designations written in Latin letters with digits: KN-23, F-16, S-400, MH17.
_MODEL_NAME = re.compile(r"^[A-Z]{1,4}-?\d{1,4}[A-Z]?$")
_MIN_TWO = frozenset(fold(h) for h in GENERIC_BODY_HEADS)
_FACILITY_HEADS = frozenset(fold(h) for h in FACILITY_HEADS) | frozenset(fold("ال" + h) for h in FACILITY_HEADS)
_REGION_HEADS = frozenset(fold(h) for h in REGION_HEADS if " " not in h) | frozenset(
    fold("ال" + h) for h in REGION_HEADS if " " not in h)
_DIRECTIONS = frozenset(fold(d) for d in DIRECTIONS)
_PARTICLES = frozenset(fold(p) for p in PERSON_PARTICLES)
_NON_NAME_ADJECTIVES = frozenset(fold(w) for w in NON_NAME_ADJECTIVES)
_RULER_OF = frozenset(fold(w) for w in RULER_OF)
_ANY_ORG_HEAD = _ORG_HEADS | _BODY_HEADS | _NATIONAL_HEADS
_GENERIC_PLACES = _REGION_HEADS | frozenset(fold(w) for w in GENERIC_PLACES)
_NON_ENTITIES = frozenset(fold(w) for w in NON_ENTITIES)
_GENERIC_AFTER = frozenset(fold(w) for w in GENERIC_ADJECTIVES)
CONJ_PREP = "وفبلك"


def reading(an, word_start: int) -> tuple[str, int]:
    """(folded word without proclitics, characters cut) of one clitic reading. After ل + ل the
    article's alef is elided (للسعودية = ل + السعودية): the lookup form gets its alef back and
    only a conjunction before them is cut, since no substring spells the name with its article."""
    rest = an.without_proclitics.text
    if an.article is not None and an.article.text == "ل":
        return fold("ا" + rest), an.preposition.start - word_start
    return fold(rest), an.without_proclitics.start - word_start


@lru_cache(maxsize=1)
def _place_heads() -> frozenset[str]:
    return frozenset(w[0] for w in places())


def _is_title(token: Token) -> bool:
    f = fold(token.text)
    if f in _TITLE_WORDS:
        return True
    for an in analyses(token):
        if an.without_proclitics.start > token.start and fold(an.without_proclitics.text) in _TITLE_WORDS:
            return True
    return False


def _is_edge_noise(token: Token) -> bool:
    return token.kind not in ("word", "latin", "number") or fold(token.text) in _NON_NAMES


def _nisba(folded: str) -> bool:
    """A definite relative adjective (الروسي، الأوكرانية، الكورية): ال + stem + ي/يه."""
    return folded.startswith("ال") and len(folded) >= 6 and (folded.endswith("ي") or folded.endswith("يه")) \
        and folded not in _NON_NAME_ADJECTIVES


def _country_nisba(folded: str) -> bool:
    """A relative adjective of a country or region: الروسي، الأوكرانية، الكورية، الأوروبي."""
    if not _nisba(folded):
        return False
    stem = folded[2:]
    for ending in ("يه", "ي"):
        if stem.endswith(ending):
            stem = stem[: -len(ending)]
            break
    return stem in _country_stems()


def name_key(text: str) -> tuple[str, ...]:
    """Folded words of a name; a word opening with ل + elided article (لليونان) reads as ال..."""
    return tuple("ال" + w[2:] if w.startswith("لل") and len(w) > 4 else w for w in fold(text).split())


@lru_cache(maxsize=100_000)
def _fold(text: str) -> str:
    return fold(text)


def _stripped_forms(token: Token) -> tuple[tuple[str, int], ...]:
    """(folded form, clitic length) of a word, whole first, then without proclitics (article kept)."""
    return _forms_of(token.text)


@lru_cache(maxsize=100_000)
def _forms_of(text: str) -> tuple[tuple[str, int], ...]:
    out = [(fold(text), 0)]
    if len(text) > 3 and text[0] in CONJ_PREP:
        word = Span(0, len(text), text)
        for an in analyses(word):
            if an.without_proclitics.start > 0:
                out.append(reading(an, 0))
    return tuple(out)


def _head_in(token: Token, heads: frozenset) -> int | None:
    """The clitic length when the word (proclitics aside) is one of `heads`, else None."""
    for form, cut in _stripped_forms(token):
        if form in heads:
            return cut
    return None


@lru_cache(maxsize=1)
def _currency_words() -> frozenset[str]:
    """First words of Arabic currency names (CLDR through Babel): دولار، يورو، ريال ..."""
    from babel import Locale
    words = set()
    for name in Locale("ar").currencies.values():
        first = fold(name).split()[0] if name.split() else ""
        if len(first) >= 3:
            words.add(first)
            words.add("ال" + first)
    return frozenset(words)


@lru_cache(maxsize=1)
def _month_phrases() -> frozenset[tuple[str, ...]]:
    from babel import Locale
    phrases = {tuple(fold(m).split()) for m in HIJRI_MONTHS if " " in m}
    for width in ("wide",):
        for name in Locale("ar").months["format"][width].values():
            phrases.add(tuple(fold(name).split()))
    return frozenset(phrases)


@lru_cache(maxsize=1)
def _month_words() -> frozenset[str]:
    """One-word month names of every Arabic CLDR locale (يناير، كانون، نيسان، جانفي ...)."""
    from babel import Locale
    from babel.localedata import locale_identifiers
    names = set()
    for ident in ["ar"] + sorted(i for i in locale_identifiers() if i.startswith("ar_")):
        for name in Locale.parse(ident).months["format"]["wide"].values():
            names.update(fold(name).split())
    return frozenset(names)


@lru_cache(maxsize=1)
def _country_stems() -> frozenset[str]:
    """Stems of one-word country and region names (بريطان، اوروب، عراق، سعود) for group nouns."""
    stems = set()
    for words, place in places().items():
        if place.kind == "city":
            continue
        w = words[0][2:] if words[0].startswith("ال") else words[0]      # كوريا of كوريا الشمالية too
        for ending in ("يا", "ا", "ه", "يه"):
            if w.endswith(ending) and len(w) - len(ending) >= 3:
                stems.add(w[: -len(ending)])
        stems.add(w)
    return frozenset(stems)


def _nationality(folded: str) -> bool:
    """A singular or indefinite relative adjective of a country: باكستاني، تونسية، الروسي، إسرائيليين."""
    if (folded,) in places():
        return False                               # السعودية is also the country's name
    w = folded[2:] if folded.startswith("ال") else folded
    plural = folded.startswith("ال") is False
    for ending in ("يين", "يون", "يه", "ي") if plural else ("يه", "ي"):
        if w.endswith(ending) and len(w) - len(ending) >= 3:
            return w[: -len(ending)] in _country_stems()
    return False


def _group_noun(folded: str) -> bool:
    """A plural of a country's relative adjective used as a noun: البريطانيين، الأوروبيون، العراقيين."""
    if not folded.startswith("ال"):
        return False
    for ending in ("يين", "يون"):
        if folded.endswith(ending):
            stem = folded[2:-len(ending)]
            return len(stem) >= 3 and stem in _country_stems()
    return False
