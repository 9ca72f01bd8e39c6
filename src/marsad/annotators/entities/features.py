"""Token features for the CRF tagger.

A sentence is a list of word strings. Each word gets features of its own
(folded form, affixes, proclitic segmentation, shape, lexicon classes, the
frequency class of the word and of its stem from wordfreq), cached per distinct
word since news repeats words; then each position adds its neighbours' features
over a window, word bigrams, and gazetteer matches over the sentence (CLDR
places by kind, then GeoNames cities by the digits of their population:
`gazetteer.find_places`, `gazetteer.find_cities`). Features are `name=value`
strings (python-crfsuite's binary features); `token_features` gives a word's own
features alone, which the neural tagger reads.
"""
from __future__ import annotations

import re
from functools import lru_cache

from ...document import Span
from ...lexicons.entities import LOC_HEADS, MISC_HEADS, ORG_HEADS, PERSON_PARTICLES, TITLES
from ...text.clitics import analyses
from ...text.normalize import fold
from .gazetteer import city_population, find_cities, find_places
from .resources import frequency_class

WINDOW = 2

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


def shape(word: str) -> str:
    if _ARABIC.match(word):
        return "A"
    if _DIGIT.search(word):
        return "D" if not _LATIN.search(word) else "DL"
    if _LATIN.search(word):
        return "U" if word[:1].isupper() else "L"
    return "P" if len(word) == 1 else "O"


@lru_cache(maxsize=200_000)
def word_core(word: str) -> tuple[str, str, str, str]:
    """(folded word, stem without proclitics or article, its last 2 letters, shape) for context windows."""
    f = fold(word)
    stem, _ = _segment(word)
    return f, stem, stem[-2:], shape(word)


def _segment(word: str) -> tuple[str, str]:
    """(stem, clitic prefix): the most stripped proclitic reading with a stem of 3+ letters."""
    if not _ARABIC.match(fold(word)):
        return fold(word), ""
    for an in analyses(Span(0, len(word), word), min_stem=3):
        return fold(an.stem.text), fold(an.prefix)
    return fold(word), ""


@lru_cache(maxsize=200_000)
def word_features(word: str) -> tuple[str, ...]:
    f = fold(word)
    stem, prefix = _segment(word)
    sh = shape(word)
    feats = [f"w={f}", f"st={stem}", f"pre={prefix}", f"sh={sh}", f"len={min(len(f), 10)}"]
    for n in (1, 2, 3):
        if len(f) > n:
            feats.append(f"p{n}={f[:n]}")
    for n in (1, 2, 3, 4):
        if len(stem) > n:
            feats.append(f"s{n}={stem[-n:]}")
    if len(stem) > 2:
        feats.append(f"sp2={stem[:2]}")
    if sh == "A":
        feats.append(f"fq={frequency_class(f) // 2}")
        if stem != f:
            feats.append(f"fqs={frequency_class(stem) // 2}")
    if f.startswith("ال") or prefix.endswith("ال") or prefix.endswith("ل") and f.startswith("لل"):
        feats.append("def")
    for name, members in _CLASSES.items():
        if f in members or stem in members or ("ال" + stem) in members:
            feats.append(f"cls={name}")
    return tuple(feats)


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


def token_features(words: list[str], gaz: list[str | None] | None = None) -> list[list[str]]:
    """Each word's own features (no neighbours): what the neural tagger reads."""
    gaz = gazetteer_tags(words) if gaz is None else gaz
    return [[*word_features(w), f"gz={g}"] if g else list(word_features(w)) for w, g in zip(words, gaz)]


def sentence_features(words: list[str]) -> list[list[str]]:
    """Features of every position of a sentence."""
    n = len(words)
    cores = [word_core(w) for w in words]
    gaz = gazetteer_tags(words)
    out = []
    pad = ("<s>", "<s>", "<s>", "S")
    end = ("</s>", "</s>", "</s>", "S")
    for i, word in enumerate(words):
        feats = ["bias", *word_features(word)]
        if gaz[i]:
            feats.append(f"gz={gaz[i]}")
        for d in range(-WINDOW, WINDOW + 1):
            if d == 0:
                continue
            j = i + d
            c = cores[j] if 0 <= j < n else (pad if j < 0 else end)
            feats.append(f"{d}w={c[0]}")
            feats.append(f"{d}st={c[1]}")
            if abs(d) == 1:
                feats.append(f"{d}s2={c[2]}")
                feats.append(f"{d}sh={c[3]}")
                if 0 <= j < n:
                    if gaz[j]:
                        feats.append(f"{d}gz={gaz[j]}")
                    for cf in word_features(words[j]):
                        if cf.startswith("cls="):
                            feats.append(f"{d}{cf}")
        prev = cores[i - 1][0] if i > 0 else "<s>"
        nxt = cores[i + 1][0] if i + 1 < n else "</s>"
        feats.append(f"bw-={prev}|{cores[i][0]}")
        feats.append(f"bw+={cores[i][0]}|{nxt}")
        if i == 0:
            feats.append("first")
        out.append(feats)
    return out
