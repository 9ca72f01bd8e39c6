"""Token features for the CRF tagger, in named groups.

A sentence is a list of word strings. Everything about a word alone is computed once
per distinct word (`_word`, cached: news repeats words, and folding and clitic
segmentation are the costly part); a sentence then only adds what depends on
position: its neighbours' features over a window, word bigrams, and matches over the
sentence's words (places, knowledge-base names). Features are `name=value` strings
(python-crfsuite's binary features).

Groups (`GROUPS`; a model records the groups it was trained with, `training.json`):
- `base`: the folded word, its stem after proclitic segmentation and the stripped
  prefix, prefixes 1-3, stem suffixes 1-4, shape, length, definiteness, lexicon
  classes (titles, organisation/place/MISC head nouns, name particles), and the
  neighbours' words, stems, suffixes, shapes and classes;
- `places`: CLDR places by kind, then GeoNames cities by the digits of their
  population (`gazetteer.find_places`, `gazetteer.find_cities`), B/I, with ±1;
- `freq`: the wordfreq class of the word and of its stem;
- `kb`: the longest knowledge-base name over the sentence (`gazetteer.find_known`:
  the label of the entity it names, B/I, how many words), with ±1;
- `names`: how many Wikidata person names hold the word (or its stem), bucketed;
- `clusters`: the coarse and fine word2vec cluster of the word (else of its stem), the
  neighbours' coarse clusters.
`token_features` gives a word's own features alone, which the neural tagger reads.
"""
from __future__ import annotations

import re
from functools import lru_cache
from math import log2

from ...document import Span
from ...lexicons.entities import LOC_HEADS, MISC_HEADS, ORG_HEADS, PERSON_PARTICLES, TITLES
from ...text.clitics import analyses
from ...text.normalize import fold
from .gazetteer import city_population, find_cities, find_known, find_places
from .resources import frequency_class, person_tokens, word_clusters

WINDOW = 2
GROUPS = ("base", "places", "freq", "kb", "names", "clusters")
# The groups of a model whose training.json names none (trained before the groups had names).
LEGACY_GROUPS = frozenset({"base", "places", "freq"})
ALL_GROUPS = frozenset(GROUPS)

_ARABIC = re.compile(r"^[\u0621-\u064A\u0671-\u06D3]+$")
_DIGIT = re.compile(r"\d")
_LATIN = re.compile(r"[A-Za-z]")


def _folded_set(words) -> frozenset[str]:
    return frozenset(fold(w) for w in words)


_CLASSES = {
    "title": _folded_set(w for t in TITLES for w in t.split()),
    "orghead": _folded_set(w for t in ORG_HEADS for w in t.split()[:1]),
    "lochead": _folded_set(LOC_HEADS),
    "mischead": _folded_set(MISC_HEADS),
    "particle": _folded_set(PERSON_PARTICLES),
}
_PAD = ("<s>", "<s>", "<s>", "S", (), "<s>")
_END = ("</s>", "</s>", "</s>", "S", (), "</s>")


def shape(word: str) -> str:
    if _ARABIC.match(word):
        return "A"
    if _DIGIT.search(word):
        return "D" if not _LATIN.search(word) else "DL"
    if _LATIN.search(word):
        return "U" if word[:1].isupper() else "L"
    return "P" if len(word) == 1 else "O"


def _segment(word: str, folded: str) -> tuple[str, str]:
    """(stem, clitic prefix): the most stripped proclitic reading with a stem of 3+ letters."""
    if not _ARABIC.match(folded):
        return folded, ""
    for an in analyses(Span(0, len(word), word), min_stem=3):
        return fold(an.stem.text), fold(an.prefix)
    return folded, ""


def _bucket(count: int) -> int:
    return min(int(log2(count)) // 2, 6)


@lru_cache(maxsize=200_000)
def _word(word: str) -> tuple[tuple[str, str, str, str, tuple[str, ...], str], dict[str, tuple[str, ...]]]:
    """A word's context view (folded, stem, stem's last 2 letters, shape, lexicon classes, coarse
    cluster) and its own features by group."""
    f = fold(word)
    stem, prefix = _segment(word, f)
    sh = shape(word)
    base = [f"w={f}", f"st={stem}", f"pre={prefix}", f"sh={sh}", f"len={min(len(f), 10)}"]
    for n in (1, 2, 3):
        if len(f) > n:
            base.append(f"p{n}={f[:n]}")
    for n in (1, 2, 3, 4):
        if len(stem) > n:
            base.append(f"s{n}={stem[-n:]}")
    if len(stem) > 2:
        base.append(f"sp2={stem[:2]}")
    if f.startswith("ال") or prefix.endswith("ال") or prefix.endswith("ل") and f.startswith("لل"):
        base.append("def")
    classes = tuple(f"cls={name}" for name, members in _CLASSES.items()
                    if f in members or stem in members or ("ال" + stem) in members)
    base.extend(classes)
    freq, names, clusters = [], [], []
    coarse = "-"
    if sh == "A":
        freq.append(f"fq={frequency_class(f) // 2}")
        if stem != f:
            freq.append(f"fqs={frequency_class(stem) // 2}")
        tokens = person_tokens()
        if f in tokens:
            names.append(f"pn={_bucket(tokens[f])}")
        elif stem in tokens:
            names.append(f"pns={_bucket(tokens[stem])}")
        table = word_clusters()
        hit = table.get(f)
        key = "cl"
        if hit is None and stem != f:
            hit, key = table.get(stem), "cs"
        if hit is not None:
            coarse = hit[0]
            clusters += [f"{key}c={hit[0]}", f"{key}f={hit[1]}"]
    view = (f, stem, stem[-2:], sh, classes, coarse)
    return view, {"base": tuple(base), "freq": tuple(freq), "names": tuple(names), "clusters": tuple(clusters)}


def word_features(word: str, groups: frozenset[str] = LEGACY_GROUPS) -> tuple[str, ...]:
    """A word's own features (no neighbours, no sentence matches) of the given groups."""
    own = _word(word)[1]
    return tuple(x for g in ("base", "freq", "names", "clusters") if g in groups for x in own[g])


def word_core(word: str) -> tuple[str, str, str, str]:
    """(folded word, stem without proclitics or article, its last 2 letters, shape)."""
    return _word(word)[0][:4]


def gazetteer_tags(words: list[str]) -> list[str | None]:
    """B-/I- + the kind of place each word is part of (CLDR first, then GeoNames cities by
    the digits of their population), or None."""
    return list(_gazetteer_tags(tuple(words)))


@lru_cache(maxsize=512)          # the CRF and the neural tagger read the same sentence
def _gazetteer_tags(words: tuple[str, ...]) -> tuple[str | None, ...]:
    words = list(words)
    n = len(words)
    gaz = [None] * n
    for m in find_places(words):
        for i in range(m.start, m.end):
            gaz[i] = ("B-" if i == m.start else "I-") + m.place.kind
    for m in find_cities(words):
        if any(gaz[m.start:m.end]):
            continue
        size = len(str(city_population().get(m.place.key, 0)))          # digits of the population
        for i in range(m.start, m.end):
            gaz[i] = ("B-" if i == m.start else "I-") + f"gn{min(size, 7)}"
    return tuple(gaz)


def known_tags(words: list[str]) -> list[str | None]:
    """B-/I- + the label of the knowledge-base name each word is part of, or None."""
    tags: list[str | None] = [None] * len(words)
    for m in find_known(words):
        for i in range(m.start, m.end):
            tags[i] = ("B-" if i == m.start else "I-") + m.place.kind
    return tags


def token_features(words: list[str], gaz: list[str | None] | None = None,
                   groups: frozenset[str] = LEGACY_GROUPS) -> list[list[str]]:
    """Each word's own features (no neighbours): what the neural tagger reads."""
    gaz = gazetteer_tags(words) if gaz is None else gaz
    return [[*word_features(w, groups), f"gz={g}"] if g else list(word_features(w, groups))
            for w, g in zip(words, gaz)]


def _neighbour(view: tuple, d: int) -> tuple[tuple[str, ...], str, tuple[str, ...]]:
    """A word's features as the neighbour at offset d: (word, stem[, last 2 letters, shape]),
    its coarse cluster, its lexicon classes."""
    core = (f"{d}w={view[0]}", f"{d}st={view[1]}")
    if d in (-1, 1):
        core += (f"{d}s2={view[2]}", f"{d}sh={view[3]}")
    return core, f"{d}cl={view[5]}", tuple(f"{d}{cf}" for cf in view[4])


@lru_cache(maxsize=50_000)
def _neighbours(word: str) -> tuple:
    """`_neighbour` of a word at offsets -2, -1, 1, 2 (a sentence reads each word four times)."""
    view = _word(word)[0]
    return tuple(_neighbour(view, d) for d in (-2, -1, 1, 2))


_PAD_NEIGHBOURS = tuple(_neighbour(_PAD, d) for d in (-2, -1))
_END_NEIGHBOURS = tuple(_neighbour(_END, d) for d in (1, 2))


def sentence_features(words: list[str], groups: frozenset[str] = LEGACY_GROUPS) -> list[list[str]]:
    """Features of every position of a sentence, of the given groups."""
    n = len(words)
    infos = [_word(w) for w in words]
    views = [v for v, _ in infos]
    near = [_neighbours(w) for w in words]
    gaz = gazetteer_tags(words) if "places" in groups else [None] * n
    kb = known_tags(words) if "kb" in groups else [None] * n
    own_groups = [g for g in ("base", "freq", "names", "clusters") if g in groups]
    clusters = "clusters" in groups
    out = []
    for i in range(n):
        own = infos[i][1]
        feats = ["bias"]
        for g in own_groups:
            feats.extend(own[g])
        if gaz[i]:
            feats.append(f"gz={gaz[i]}")
        if kb[i]:
            feats.append(f"kb={kb[i]}")
        for k, d in enumerate((-2, -1, 1, 2)):
            j = i + d
            inside = 0 <= j < n
            core, cl, classes = near[j][k] if inside else (_PAD_NEIGHBOURS[k] if j < 0 else _END_NEIGHBOURS[k - 2])
            feats.extend(core)
            if d in (-1, 1):
                if clusters:
                    feats.append(cl)
                if inside:
                    if gaz[j]:
                        feats.append(f"{d}gz={gaz[j]}")
                    if kb[j]:
                        feats.append(f"{d}kb={kb[j]}")
                    feats.extend(classes)
        prev = views[i - 1][0] if i > 0 else "<s>"
        nxt = views[i + 1][0] if i + 1 < n else "</s>"
        feats.append(f"bw-={prev}|{views[i][0]}")
        feats.append(f"bw+={views[i][0]}|{nxt}")
        if i == 0:
            feats.append("first")
        out.append(feats)
    return out


def clear_caches() -> None:
    """Forget every cached word and sentence (for timing runs that start cold)."""
    _word.cache_clear()
    _neighbours.cache_clear()
    _gazetteer_tags.cache_clear()
