"""Word classes the entity rules share: titles, relative adjectives, country stems, months, currencies.

The word lists are lexicons (`marsad.lexicons.entities`, `titles`, `affixes`), folded once; the
rules read each token's folded form and proclitic readings from the document's token view
(`marsad.text.tokenview`). The tests here take a folded form or a word as written and are
memoised per word type; the tables built from CLDR (through Babel) are built once.
"""
from __future__ import annotations

import re
from functools import lru_cache

from ...lexicons import affixes as af
from ...lexicons import entities as lex
from ...lexicons.titles import PERSON_TITLES
from ...text.tokenview import TokenView, fold_word, fold_words, readings_of
from .gazetteer import places

# Every word of a title a person's mention never starts with (ولي العهد: ولي and العهد).
TITLE_WORDS = PERSON_TITLES.words
# Model designations written in Latin letters with digits: KN-23, F-16, S-400, MH17.
MODEL_NAME = re.compile(r"^[A-Z]{1,4}-?\d{1,4}[A-Z]?$")
WORD_KINDS = ("word", "latin", "number")


@lru_cache(maxsize=1)
def place_heads() -> frozenset[str]:
    return frozenset(w[0] for w in places())


@lru_cache(maxsize=100_000)
def is_title_word(word: str) -> bool:
    """A title, or a title after proclitics (`والرئيس`), as written."""
    return fold_word(word) in TITLE_WORDS or any(
        r.rest_start > 0 and r.without_proclitics in TITLE_WORDS for r in readings_of(word))


@lru_cache(maxsize=100_000)
def title_form(word: str) -> str:
    """A word folded, without the proclitics before a title (`وقال الرئيس` -> `الرئيس`)."""
    for r in readings_of(word):
        if r.rest_start > 0 and r.without_proclitics in TITLE_WORDS:
            return r.without_proclitics
    return fold_word(word)


def is_title(view: TokenView, i: int) -> bool:
    return is_title_word(view.tokens[i].text)


def is_edge_noise(view: TokenView, i: int) -> bool:
    return view.tokens[i].kind not in WORD_KINDS or view.forms[i] in lex.NON_NAMES


def adjacent(view: TokenView, a: int, b: int) -> bool:
    """Tokens a and b with at most one character between them."""
    return view.starts[b] - view.ends[a] <= 1


def nisba(folded: str) -> bool:
    """A definite relative adjective (الروسي، الأوكرانية، الكورية): ال + stem + ي/يه."""
    return folded.startswith(af.ARTICLE) and len(folded) >= 6 and folded.endswith(af.NISBA_ENDINGS) \
        and folded not in lex.NON_NAME_ADJECTIVES


@lru_cache(maxsize=100_000)
def country_nisba(folded: str) -> bool:
    """A relative adjective of a country or region: الروسي، الأوكرانية، الكورية، الأوروبي."""
    if not nisba(folded):
        return False
    stem = folded[len(af.ARTICLE):]
    for ending in af.NISBA_ENDINGS:
        if stem.endswith(ending):
            stem = stem[: -len(ending)]
            break
    return stem in country_stems()


@lru_cache(maxsize=100_000)
def name_key(text: str) -> tuple[str, ...]:
    """Folded words of a name; a word opening with ل + elided article (لليونان) reads as ال..."""
    return tuple(af.ARTICLE + w[2:] if w.startswith(af.LAM_ARTICLE) and len(w) > 4 else w for w in fold_words(text))


@lru_cache(maxsize=1)
def currency_words() -> frozenset[str]:
    """First words of Arabic currency names (CLDR through Babel): دولار، يورو، ريال ..."""
    from babel import Locale
    words = set()
    for name in Locale("ar").currencies.values():
        folded = fold_words(name)
        first = folded[0] if folded else ""
        if len(first) >= 3:
            words.add(first)
            words.add(af.ARTICLE + first)
    return frozenset(words)


@lru_cache(maxsize=1)
def month_phrases() -> frozenset[tuple[str, ...]]:
    """Month names of several words (Hijri, `lexicons.entities.HIJRI_MONTHS`) and CLDR's Arabic months."""
    from babel import Locale
    phrases = set(lex.HIJRI_MONTHS.phrases)
    for name in Locale("ar").months["format"]["wide"].values():
        phrases.add(fold_words(name))
    return frozenset(phrases)


@lru_cache(maxsize=1)
def month_words() -> frozenset[str]:
    """One-word month names of every Arabic CLDR locale (يناير، كانون، نيسان، جانفي ...)."""
    from babel import Locale
    from babel.localedata import locale_identifiers
    names = set()
    for ident in ["ar"] + sorted(i for i in locale_identifiers() if i.startswith("ar_")):
        for name in Locale.parse(ident).months["format"]["wide"].values():
            names.update(fold_words(name))
    return frozenset(names)


@lru_cache(maxsize=1)
def country_stems() -> frozenset[str]:
    """Stems of one-word country and region names (بريطان، اوروب، عراق، سعود) for group nouns."""
    stems = set()
    for words, place in places().items():
        if place.kind == "city":
            continue
        w = words[0][len(af.ARTICLE):] if words[0].startswith(af.ARTICLE) else words[0]   # كوريا of كوريا الشمالية
        for ending in af.COUNTRY_NAME_ENDINGS:
            if w.endswith(ending) and len(w) - len(ending) >= 3:
                stems.add(w[: -len(ending)])
        stems.add(w)
    return frozenset(stems)


@lru_cache(maxsize=100_000)
def nationality(folded: str) -> bool:
    """A singular or indefinite relative adjective of a country: باكستاني، تونسية، الروسي، إسرائيليين."""
    if (folded,) in places():
        return False                               # السعودية is also the country's name
    definite = folded.startswith(af.ARTICLE)
    w = folded[len(af.ARTICLE):] if definite else folded
    for ending in af.NISBA_ENDINGS[::-1] if definite else af.PLURAL_NISBA_ENDINGS + af.NISBA_ENDINGS[::-1]:
        if w.endswith(ending) and len(w) - len(ending) >= 3:
            return w[: -len(ending)] in country_stems()
    return False


@lru_cache(maxsize=100_000)
def group_noun(folded: str) -> bool:
    """A plural of a country's relative adjective used as a noun: البريطانيين، الأوروبيون، العراقيين."""
    if not folded.startswith(af.ARTICLE):
        return False
    for ending in af.PLURAL_NISBA_ENDINGS:
        if folded.endswith(ending):
            stem = folded[len(af.ARTICLE):-len(ending)]
            return len(stem) >= 3 and stem in country_stems()
    return False
