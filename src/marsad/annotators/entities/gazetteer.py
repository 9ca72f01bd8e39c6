"""Place gazetteer built from CLDR (through Babel), matched clitic-aware.

Sources: Arabic territory names of every Arabic CLDR locale (`Locale('ar').territories`
and its regional variants), Arabic exemplar-city names of time zones (with the
zone's territory from CLDR's zone table), and the short everyday forms in
`marsad.lexicons.places`. Names are folded (`marsad.text.normalize.fold`) and
split on white space; a match may start on a word carrying proclitics
(`لأوكرانيا`, `وبيونغ يانغ`, `للسعودية`). Keys: ISO 3166 codes for territories
(CLDR region codes for continents), `CC:Zone_City` for cities.

A second table, `cities()`, holds the Arabic names of GeoNames cities that CLDR
lacks (`resources.CITIES_FILE`: الطائف، الرمادي، تكريت ...), keyed `CC:Name`, and
the Arab first-level divisions GeoNames' city list lacks (`lexicons.places.ADMIN_REGIONS`:
عسير، القصيم، الأنبار, keyed by ISO 3166-2 code). Many
of those names are also common words (الخبر، السوق، إلى), so `find_cities` is
kept apart: the tagger reads its matches as features, and the rules take a city
only in a place's context (`cued.city_mentions`).
"""
from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from ...lexicons.places import ADMIN_REGIONS, CITY_STOPWORDS, TERRITORY_ALIASES
from ...text.normalize import fold
from ...text.tokenview import readings_of

MAX_WORDS = 6
# Population given to a first-level division (`lexicons.places.ADMIN_REGIONS`), which GeoNames'
# city list does not carry: any such region is as large as a sizeable city.
REGION_POPULATION = 1_000_000
# A one-word GeoNames name this frequent in Arabic text (Zipf 6: إلى، التي) is a word, not a city.
COMMON_CLASS = 12


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
    """Folded readings of a word with its proclitics stripped: (text, clitic length).
    The token view's readings (shared, so a word is segmented once): after لل = ل + (ا)ل the
    alef is elided, so the lookup form gets it back and the cut keeps the ل's."""
    return ((fold(word), 0), *((r.lookup, r.lookup_start) for r in readings_of(word) if r.rest_start > 0))


@lru_cache(maxsize=1)
def cities() -> dict[tuple[str, ...], Place]:
    """GeoNames cities (the derived table shipped beside the model, `resources.CITIES_FILE`)
    whose names CLDR does not already give: folded word tuple -> place (kind "city")."""
    from .resources import city_names, frequency_class
    cldr = places()
    return {words: Place(" ".join(words), "city", key) for words, (key, _) in city_names().items()
            if words not in cldr and len(words) <= MAX_WORDS
            and not (len(words) == 1 and (len(words[0]) < 3 or frequency_class(words[0]) >= COMMON_CLASS))}


@lru_cache(maxsize=1)
def local_places() -> dict[tuple[str, ...], Place]:
    """`cities()` and the divisions GeoNames' city list lacks (عسير، القصيم). Kept apart from
    `cities()`, which the tagger's features read: the shipped model was trained without them."""
    table = dict(cities())
    cldr = places()
    for key, names in ADMIN_REGIONS.items():
        for name in names:
            words = tuple(fold(name).split())
            if words not in cldr and words not in table:
                table[words] = Place(name, "city", key)
    return table


@lru_cache(maxsize=1)
def _local_first_words() -> frozenset[str]:
    return frozenset(words[0] for words in local_places())


@lru_cache(maxsize=1)
def _city_first_words() -> frozenset[str]:
    return frozenset(words[0] for words in cities())


@lru_cache(maxsize=1)
def city_population() -> dict[str, int]:
    """GeoNames key -> population."""
    from .resources import city_names
    table = {key: pop for key, pop in city_names().values()}
    for key in ADMIN_REGIONS:
        table.setdefault(key, REGION_POPULATION)
    return table


def find_cities(words: list[str], regions: bool = False) -> list[Match]:
    """Longest GeoNames city matches (names CLDR lacks), as `find_places`; with `regions`, the
    divisions of `local_places()` too (the rules ask for them, the tagger's features do not)."""
    # وجدة: Oujda, or و + Jeddah; the more populous city wins
    pop = city_population()
    if regions:
        return _find(words, local_places(), _local_first_words(), weight=lambda place: pop.get(place.key, 0))
    return _find(words, cities(), _city_first_words(), weight=lambda place: pop.get(place.key, 0))


@lru_cache(maxsize=1)
def known_names() -> tuple[dict[tuple[str, ...], Place], frozenset[str]]:
    """The knowledge base's names (`resources.kb_names`) as a table `_find` reads: kind = label."""
    from .resources import kb_names
    table = {words: Place(" ".join(words), label, f"KB:{label}") for words, label in kb_names().items()
             if len(words) <= MAX_WORDS}
    return table, frozenset(words[0] for words in table)


def find_known(words: list[str]) -> list[Match]:
    """Longest knowledge-base names over a sentence's words (clitic-aware, as `find_places`)."""
    table, firsts = known_names()
    return _find(words, table, firsts)


def find_places(words: list[str]) -> list[Match]:
    """Longest gazetteer matches over a sentence's words, left to right, not overlapping."""
    return _find(words, places(), _first_words())


def _find(words: list[str], table, firsts, weight=None) -> list[Match]:
    """Longest matches; between readings of one length, the heavier place (`weight`), else the
    reading with fewer proclitics."""
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
                    if best is None or n > best.end - best.start or (n == best.end - best.start and (
                            weight(place) > weight(best.place) if weight else clitic < best.clitic)):
                        best = Match(i, i + n, place, clitic)
                    break
        if best is not None:
            out.append(best)
            i = best.end
        else:
            i += 1
    return out


@lru_cache(maxsize=None)
def listed_names(names: tuple[str, ...], kind: str, label: str) -> tuple[dict[tuple[str, ...], Place], frozenset[str]]:
    """A lexicon's names (`lexicons.entities`) as a table `_find` reads, keyed `LABEL:name`."""
    table = {tuple(fold(n).split()): Place(n, kind, f"{label}:{n}") for n in names}
    return table, frozenset(words[0] for words in table)


def find_listed(tokens, listed, mentions) -> list[tuple[Match, int, int]]:
    """Matches of `listed_names` in the tokens, clitic-aware, with their character span (proclitic
    left out), where no organisation mention overlaps them already."""
    table, firsts = listed
    out = []
    for m in _find([t.text for t in tokens], table, firsts):
        start, end = tokens[m.start].start + m.clitic, tokens[m.end - 1].end
        if not any(o.label == "ORG" and o.start < end and start < o.end for o in mentions):
            out.append((m, start, end))
    return out


def key_of(name: str) -> str | None:
    """The key of a place name (folded, proclitics allowed): CLDR's, else a GeoNames city's, or None."""
    words = name.split()
    for finder in (find_places, lambda w: find_cities(w, regions=True)):
        matches = finder(words)
        if len(matches) == 1 and matches[0].start == 0 and matches[0].end == len(words):
            return matches[0].place.key
    return None
