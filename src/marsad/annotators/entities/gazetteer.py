"""Place gazetteer built from CLDR (through Babel), matched clitic-aware.

Sources: Arabic territory names of every Arabic CLDR locale (`Locale('ar').territories`
and its regional variants), Arabic exemplar-city names of time zones (with the
zone's territory from CLDR's zone table), and the short everyday forms in
`marsad.lexicons.places`. Names are folded (`marsad.text.normalize.fold`) and
split on white space; a match may start on a word carrying proclitics
(`لأوكرانيا`, `وبيونغ يانغ`, `للسعودية`). Keys: ISO 3166 codes for territories
(CLDR region codes for continents), `CC:Zone_City` for cities.
"""
from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from ...lexicons.places import CITY_STOPWORDS, TERRITORY_ALIASES
from ...text.normalize import fold

MAX_WORDS = 6


@dataclass(frozen=True, slots=True)
class Place:
    name: str        # the name as the source writes it
    kind: str        # country | region | city | org (UN, EU)
    key: str         # ISO code, CLDR region code, or CC:City


@dataclass(frozen=True, slots=True)
class Match:
    start: int       # index of the first word
    end: int         # index after the last word
    place: Place
    clitic: int      # characters of proclitics in front of the first word


def _clean(name: str) -> str:
    # CLDR adds qualifiers in parentheses ("ماكاو الصينية (منطقة إدارية خاصة)") and commas.
    return name.split("(")[0].split("،")[0].strip()


ORGANISATIONS = frozenset({"UN", "EU"})     # CLDR region codes that name organisations


def _kind(code: str) -> str:
    if code in ORGANISATIONS:
        return "org"
    return "region" if code.isdigit() or code in ("EZ", "QO") else "country"


@lru_cache(maxsize=1)
def places() -> dict[tuple[str, ...], Place]:
    """Folded word tuple -> place (the first source to name it wins)."""
    from babel import Locale
    from babel.core import get_global
    from babel.localedata import locale_identifiers

    table: dict[tuple[str, ...], Place] = {}

    def add(name: str, kind: str, key: str) -> None:
        name = _clean(name)
        words = tuple(fold(name).split())
        if words and len(words) <= MAX_WORDS and words not in table:
            table[words] = Place(name, kind, key)

    arabic = ["ar"] + sorted(i for i in locale_identifiers() if i.startswith("ar_"))
    for ident in arabic:
        for code, name in Locale.parse(ident).territories.items():
            add(name, _kind(code), code)
    for code, names in TERRITORY_ALIASES.items():
        for name in names:
            add(name, _kind(code), code)
    zone_territory = get_global("zone_territories")
    for zone, info in Locale("ar").time_zones.items():
        city = info.get("city")
        country = zone_territory.get(zone)
        if not city or not country or _clean(city) in CITY_STOPWORDS:
            continue
        add(city, "city", f"{country}:{zone.rsplit('/', 1)[-1]}")
    return table


@lru_cache(maxsize=1)
def _first_words() -> frozenset[str]:
    return frozenset(words[0] for words in places())


@lru_cache(maxsize=100_000)
def _fold(word: str) -> str:
    return fold(word)


@lru_cache(maxsize=100_000)
def _heads(word: str) -> tuple[tuple[str, int], ...]:
    """Folded readings of a word with its proclitics stripped: (text, clitic length)."""
    from ...document import Span
    from ...text.clitics import analyses
    out = [(fold(word), 0)]
    for an in analyses(Span(0, len(word), word)):
        cut = an.without_proclitics.start
        if cut == 0:
            continue
        rest = an.without_proclitics.text
        if an.article is not None and an.article.text == "ل":
            # لل = ل + (ا)ل: the alef is elided, so no substring spells the name; keep the ل's
            rest, cut = "ا" + rest, an.preposition.start
        out.append((fold(rest), cut))
    return tuple(out)


def find_places(words: list[str]) -> list[Match]:
    """Longest gazetteer matches over a sentence's words, left to right, not overlapping."""
    table, firsts = places(), _first_words()
    folded = [_fold(w) for w in words]
    out: list[Match] = []
    i = 0
    while i < len(words):
        best = None
        for head, clitic in _heads(words[i]):
            if head not in firsts:
                continue
            for n in range(min(MAX_WORDS, len(words) - i), 0, -1):
                key = (head, *folded[i + 1:i + n])
                place = table.get(key)
                if place is not None:
                    if best is None or n > best.end - best.start or (n == best.end - best.start and clitic < best.clitic):
                        best = Match(i, i + n, place, clitic)
                    break
        if best is not None:
            out.append(best)
            i = best.end
        else:
            i += 1
    return out


def key_of(name: str) -> str | None:
    """The key of a place name (folded, proclitics allowed), or None."""
    words = name.split()
    matches = find_places(words)
    if len(matches) == 1 and matches[0].start == 0 and matches[0].end == len(words):
        return matches[0].place.key
    return None
