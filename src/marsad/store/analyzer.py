"""The search analyzer: Arabic words to index terms, the same way for documents and queries.

SQLite's FTS5 has no Arabic stemmer (and Python cannot register an FTS5
tokenizer), so marsad analyses text itself and hands FTS5 ready-made terms
separated by spaces. A word's term is:

1. folded (`marsad.text.normalize`): diacritics and tatweel dropped, alef /
   hamza / yaa / teh marbuta variants merged;
2. stripped of the article and what stands before it (`وال`, `بال`, `لل` ...),
   using the readings of `marsad.text.clitics.analyses`;
3. light-stemmed: one pass over Light10's suffixes (lists in
   `marsad.lexicons.search`).

So `المعاهدة`, `والمعاهدة`, `للمعاهدة` and `معاهدة` all index as `معاهد`. A bare
و ف ب ل ك (no article) is kept at index time, since as many words begin with
those letters as carry them as clitics; `query_variants` asks for the term
with and without them instead, which finds `ووزير` and `لبيان` for `وزير`, `بيان`.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from ..document import Span
from ..lexicons.search import (ARTICLE_EXCEPTIONS, ARTICLE_MIN_STEM, CLITIC_PREFIXES, STOP_WORDS, SUFFIX_MIN_STEM,
                               SUFFIXES, UNSTEMMED)
from ..text.clitics import analyses
from ..text.normalize import fold
from ..text.tokenize import tokenize

_NOT_ALNUM = re.compile(r"[^0-9a-z]+")
_NON_DIGIT = re.compile(r"[^0-9]+")


@dataclass(frozen=True, slots=True)
class Term:
    """An index term and the original characters it came from."""

    term: str
    start: int
    end: int


@lru_cache(maxsize=200_000)
def word_term(word: str, kind: str = "word") -> str:
    """The index term of one token (its text and `Token.kind`); "" when it has none."""
    if kind == "number":
        return _NON_DIGIT.sub("", fold(word))
    if kind == "latin":
        return _NOT_ALNUM.sub("", word.lower())
    if kind != "word":
        return ""
    folded = fold(word)
    return light_stem(strip_article(folded))


def strip_article(folded: str) -> str:
    """`والمعاهده` -> `معاهده`: the article and the clitics before it; a bare clitic stays."""
    if "ال" not in folded[:4] and not folded.startswith(("لل", "ولل", "فلل")) or folded in ARTICLE_EXCEPTIONS:
        return folded
    for reading in analyses(Span(0, len(folded), folded), min_stem=ARTICLE_MIN_STEM):
        if reading.article is not None:
            if reading.without_proclitics.text in ARTICLE_EXCEPTIONS:    # وللذي, فالله
                return reading.without_proclitics.text
            return reading.stem.text
    return folded


def bare_words(name: str) -> str:
    """A folded name's words without their article or the clitics before it (`الجبير` -> `جبير`),
    letters and digits only: how entity names are indexed and looked up by word."""
    words = []
    for word in _NON_WORD.split(fold(name).lower()):
        if word:
            words.append(strip_article(word))
    return " ".join(words)


_NON_WORD = re.compile(r"[^\w]+")


def light_stem(stem: str) -> str:
    if stem in UNSTEMMED or stem[1:] in UNSTEMMED or stem[2:] in UNSTEMMED:     # وسلمان, ولبنان
        return stem
    for suffix in SUFFIXES:
        if stem.endswith(suffix) and len(stem) - len(suffix) >= SUFFIX_MIN_STEM:
            stem = stem[:-len(suffix)]
    return stem


def terms(text: str, start: int = 0, end: int | None = None) -> list[Term]:
    """Index terms of `text[start:end]` with their original offsets (tokens without a term are skipped)."""
    return terms_of_tokens(tokenize(text, start, end))


def terms_of_tokens(tokens) -> list[Term]:
    out = []
    for token in tokens:
        if token.kind in _WORDY:
            term = word_term(token.text, token.kind)
            if term:
                out.append(Term(term, token.start, token.end))
    return out


_WORDY = frozenset(("word", "latin", "number"))


def index_text(text: str, ranges: list[tuple[int, int]] | None = None, tokens=None) -> str:
    """The terms of `text` (or of its `ranges`, or of its `tokens`), space separated: what FTS5 indexes."""
    if tokens is None:
        tokens = [t for start, end in (ranges or [(0, len(text))]) for t in tokenize(text, start, end)]
    return " ".join(t.term for t in terms_of_tokens(tokens))


def query_variants(word: str, kind: str = "word") -> list[str]:
    """The terms a query word may have in the index: its own and, for an Arabic word,
    those of the word behind a bare conjunction and/or preposition (`وزير` ->
    `ووزير`, `لوزير` ...), analysed exactly as a document word would be."""
    term = word_term(word, kind)
    if not term or kind != "word":
        return [term] if term else []
    found = [term]
    base = strip_article(fold(word))            # `المعاهدة` also finds `لمعاهدة`
    for prefix in CLITIC_PREFIXES:
        variant = word_term(prefix + base, kind)
        if variant not in found:
            found.append(variant)
    return found


def is_stop_word(word: str) -> bool:
    return fold(word).lower() in STOP_WORDS
