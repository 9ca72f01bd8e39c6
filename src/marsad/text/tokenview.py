"""The token view: every token of a document read once, for every annotator.

For each token of the TOKENS layer the view holds its folded form (NFKC, then
`normalize.fold`: diacritics and tatweel dropped, letter variants folded, digits
ASCII) and, on first use, its proclitic readings (`clitics.analyses`, each with its
folded stem) and the lexicons its form belongs to. Annotators ask the view instead
of folding words themselves.

Word-level results depend on the word's letters only, so they are memoised per word
type for the whole process (`fold_word`, `readings_of`): a news corpus repeats its
words, and the second article pays for almost nothing. Offsets are per token: a
reading's spans are rebuilt on the token from offsets relative to the word.
"""
from __future__ import annotations

import bisect
import unicodedata
from dataclasses import dataclass
from functools import lru_cache

from ..document import Document, Span
from .clitics import analyses
from .normalize import fold

WORD_KINDS = frozenset(("word", "latin", "number"))
CONJUNCTIONS = "وف"
CLITIC_LETTERS = "وفبلك"            # letters a proclitic opens with: conjunctions, prepositions


@lru_cache(maxsize=500_000)
def fold_word(word: str) -> str:
    """The folded form of one word (NFKC first: pages carry presentation forms, أﻥ)."""
    return fold(unicodedata.normalize("NFKC", word))


@dataclass(frozen=True, slots=True)
class Reading:
    """One proclitic reading of a word, in offsets relative to the word's start.

    `stem` is the folded word after every stripped clitic, `without_proclitics` the
    folded word without conjunction and preposition (article kept). `lookup` is the
    form to look a name up by: after ل + ل the article's alef is elided (للسعودية =
    ل + السعودية), so the lookup form gets it back, and `lookup_start` is where the
    name starts in the word (after the conjunction only, since no substring spells it
    with its article; elsewhere `rest_start`)."""

    stem: str
    without_proclitics: str
    lookup: str
    stem_start: int                 # offset of the stem in the word
    rest_start: int                 # offset of the word without conjunction and preposition
    conjunction: bool
    preposition: bool
    article: bool
    lookup_start: int

    @property
    def stripped(self) -> bool:
        return self.rest_start > 0


@lru_cache(maxsize=200_000)
def readings_of(word: str) -> tuple[Reading, ...]:
    """Every proclitic reading of a word, most stripped first; the last one strips nothing."""
    out = []
    for an in analyses(Span(0, len(word), word)):
        rest = an.without_proclitics.text
        elided = an.article is not None and an.article.text == "ل"
        lookup = fold("ا" + rest) if elided else fold(rest)
        out.append(Reading(stem=fold(an.stem.text), without_proclitics=fold(rest), lookup=lookup,
                           stem_start=an.stem.start, rest_start=an.without_proclitics.start,
                           conjunction=an.conjunction is not None, preposition=an.preposition is not None,
                           article=an.article is not None,
                           lookup_start=an.preposition.start if elided else an.without_proclitics.start))
    return tuple(out)


@lru_cache(maxsize=200_000)
def clitic_forms(word: str) -> tuple[tuple[str, int], ...]:
    """(folded form, characters of proclitics before it) of a word: the whole word first, then,
    for a word of four letters or more opening with و ف ب ل ك, each reading without its
    proclitics (article kept, in its lookup form: للسعودية -> السعودية). Heads and titles are
    looked up so (`بمنطقة` is ب + `منطقة`)."""
    out = [(fold_word(word), 0)]
    if len(word) > 3 and word[0] in CLITIC_LETTERS:
        out.extend((r.lookup, r.lookup_start) for r in readings_of(word) if r.rest_start > 0)
    return tuple(out)


@lru_cache(maxsize=200_000)
def fold_words(text: str) -> tuple[str, ...]:
    """The folded words of a phrase (a mention's text), each folded as `fold_word`."""
    return tuple(f for w in text.split() for f in fold_word(w).split())


def lexicons_version() -> int:
    from .lexicon import registry_version
    return registry_version()


@lru_cache(maxsize=200_000)
def flags_of(form: str, version: int) -> frozenset[str]:
    """Lexicons holding a folded form or that form without و/ف (memoised per registry version)."""
    from .lexicon import registered
    bare = bare_form(form)
    return frozenset(name for name, lex in registered().items() if form in lex.forms or bare in lex.forms)


def bare_form(form: str) -> str:
    """A folded word without a leading و/ف (kept when the rest would be too short)."""
    return form[1:] if len(form) > 3 and form[0] in CONJUNCTIONS else form


class TokenView:
    """The tokens of a document with what every annotator asks of them, computed once.

    `forms[i]` is token i's folded form; `readings(i)` its proclitic readings;
    `clitic_forms(i)` the word's forms without proclitics (`clitic_forms`); `bare(i)`
    the form without a leading conjunction; `is_word(i)`; `has(i, lexicon)` (the form),
    `bare_has(i, lexicon)` (the form or the form without و/ف) and `stem_has(i, lexicon)`
    (the form or any proclitic reading of it); `index_at(offset)`, `span(i, j)`,
    `starting_at` and `ending_at` map between tokens and the original text.
    `window(i, j)` is a sentence's view (its tokens numbered from 0), `joined(views)`
    the view of several windows, both sharing the folded forms; `cached(key, compute)`
    keeps what is computed from the tokens alone (gazetteer matches) for the view.
    """

    __slots__ = ("doc", "tokens", "forms", "starts", "ends", "_readings", "source_tokens", "_memo")

    def __init__(self, doc: Document, tokens=None, forms=None):
        from ..layers import TOKENS
        self.doc = doc
        self.tokens = tuple(doc.layer(TOKENS) if tokens is None else tokens)
        self.forms = [fold_word(t.text) for t in self.tokens] if forms is None else list(forms)
        self.starts = [t.start for t in self.tokens]
        self.ends = [t.end for t in self.tokens]
        self._readings: dict[int, tuple[Reading, ...]] = {}
        self.source_tokens = None
        self._memo: dict = {}

    def window(self, i: int, j: int) -> "TokenView":
        """Tokens i..j-1 (a sentence) as a view of their own, numbered from 0."""
        return TokenView(self.doc, self.tokens[i:j], self.forms[i:j])

    @classmethod
    def joined(cls, doc: Document, views: "list[TokenView]") -> "TokenView":
        """The tokens of several views (an article's sentences) as one view."""
        return cls(doc, [t for v in views for t in v.tokens], [f for v in views for f in v.forms])

    def cached(self, key, compute):
        """`compute()` once for this view (it must depend on the tokens alone)."""
        try:
            return self._memo[key]
        except KeyError:
            value = self._memo[key] = compute()
            return value

    def flags(self, i: int) -> frozenset[str]:
        """Names of the registered lexicons that hold token i's form or its form without و/ف."""
        return flags_of(self.form(i), lexicons_version())

    def __len__(self) -> int:
        return len(self.tokens)

    def __getitem__(self, i):
        """Token i (a slice: a tuple of tokens), as from the tokens layer."""
        return self.tokens[i]

    def __iter__(self):
        return iter(self.tokens)

    def form(self, i: int) -> str:
        """Token i's folded form; "" past either end."""
        return self.forms[i] if 0 <= i < len(self.forms) else ""

    def bare(self, i: int) -> str:
        return bare_form(self.form(i))

    def is_word(self, i: int) -> bool:
        return 0 <= i < len(self.tokens) and self.tokens[i].kind in WORD_KINDS

    def readings(self, i: int) -> tuple[Reading, ...]:
        try:
            return self._readings[i]
        except KeyError:
            r = self._readings[i] = readings_of(self.tokens[i].text) if self.tokens[i].kind == "word" else ()
            return r

    def clitic_forms(self, i: int) -> tuple[tuple[str, int], ...]:
        """(folded form, proclitic length) of token i: whole first, then without proclitics."""
        return clitic_forms(self.tokens[i].text)

    def reading_span(self, i: int, reading: Reading, *, with_article: bool = True) -> Span:
        """The original span of token i after a reading's clitics (article kept by default)."""
        tok = self.tokens[i]
        return Span(tok.start + (reading.rest_start if with_article else reading.stem_start), tok.end, tok.source)

    # --- lexicon questions -------------------------------------------------------------------
    def has(self, i: int, lexicon) -> bool:
        return 0 <= i < len(self.forms) and self.forms[i] in lexicon

    def bare_has(self, i: int, lexicon) -> bool:
        if not 0 <= i < len(self.forms):
            return False
        f = self.forms[i]
        return f in lexicon or bare_form(f) in lexicon

    def stem_has(self, i: int, lexicon) -> bool:
        """The form or any of its proclitic readings (article kept) is in the lexicon."""
        if not 0 <= i < len(self.forms):
            return False
        if self.forms[i] in lexicon:
            return True
        return any(r.without_proclitics in lexicon or r.lookup in lexicon for r in self.readings(i))

    def head_in(self, i: int, lexicon) -> int | None:
        """The proclitic length when token i, proclitics aside, is in the lexicon, else None."""
        for form, cut in clitic_forms(self.tokens[i].text):
            if form in lexicon:
                return cut
        return None

    # --- positions ---------------------------------------------------------------------------
    def index_at(self, offset: int) -> int:
        """Index of the first token starting at or after `offset`."""
        return bisect.bisect_left(self.starts, offset)

    def covering(self, start: int, end: int) -> range:
        """Indices of the tokens inside original offsets start..end."""
        return range(bisect.bisect_left(self.starts, start), bisect.bisect_left(self.starts, end))

    @property
    def starting_at(self) -> dict[int, int]:
        """Original start offset -> index of the token starting there."""
        return self.cached("starting_at", lambda: {s: i for i, s in enumerate(self.starts)})

    @property
    def ending_at(self) -> dict[int, int]:
        """Original end offset -> index of the token ending there."""
        return self.cached("ending_at", lambda: {e: i for i, e in enumerate(self.ends)})

    def span(self, i: int, j: int) -> Span:
        """The original characters of tokens i..j-1."""
        return Span(self.tokens[i].start, self.tokens[j - 1].end, self.doc.text)


def token_view(doc: Document) -> TokenView:
    """The document's token view, built on first use and kept with the document (a view is
    rebuilt when the tokens layer is not the one it was built on)."""
    from ..layers import TOKENS
    tokens = doc.layer(TOKENS)
    view = doc._cache.get("text.tokenview")
    if view is None or view.source_tokens is not tokens:
        view = doc._cache["text.tokenview"] = TokenView(doc)
        view.source_tokens = tokens
    return view
