"""Search queries: parsing, the FTS5 expression, and highlighted snippets.

Query syntax: words (all must occur, in any form the analyzer folds together),
"quoted phrases" (also «…» and “…”: the words in this order, next to each
other), and -word to leave out articles with a word. Function words (في, من
...) are dropped from the bag of words but kept inside phrases.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from ..text.tokenize import tokenize
from . import analyzer

_PHRASE = re.compile(r'"([^"]*)"|«([^»]*)»|“([^”]*)”')
SNIPPET_WORDS = 32
ELLIPSIS = "… "


@dataclass
class Query:
    words: list[list[str]] = field(default_factory=list)        # per word: the terms it may index as
    phrases: list[list[list[str]]] = field(default_factory=list)  # per phrase, per position: terms
    excluded: list[list[str]] = field(default_factory=list)

    @property
    def empty(self) -> bool:
        return not (self.words or self.phrases)

    def wanted_terms(self) -> set[str]:
        return {t for w in self.words for t in w} | {t for p in self.phrases for pos in p for t in pos}

    def fts(self) -> str:
        """The FTS5 MATCH expression (terms quoted: they hold only letters and digits)."""
        parts = ["(" + " OR ".join(f'"{t}"' for t in terms) + ")" for terms in self.words]
        for phrase in self.phrases:
            first, rest = phrase[0], [pos[0] for pos in phrase[1:]]
            parts.append("(" + " OR ".join('"' + " ".join([v, *rest]) + '"' for v in first) + ")")
        expr = " AND ".join(parts)
        if self.excluded:
            expr += " NOT (" + " OR ".join(f'"{t}"' for terms in self.excluded for t in terms) + ")"
        return expr


def _word_terms(text: str, *, drop_stop_words: bool) -> list[tuple[str, list[str]]]:
    out = []
    for token in tokenize(text):
        if token.kind not in ("word", "latin", "number"):
            continue
        variants = analyzer.query_variants(token.text, token.kind)
        if variants:
            out.append((token.text, variants))
    if drop_stop_words:
        kept = [(w, v) for w, v in out if not analyzer.is_stop_word(w)]
        return kept or out            # a query of function words alone still searches them
    return out


def parse(query: str) -> Query:
    q = Query()
    rest = []
    pos = 0
    for m in _PHRASE.finditer(query):
        rest.append(query[pos:m.start()])
        pos = m.end()
        inner = next(g for g in m.groups() if g is not None)
        # Inner words take their own term only (the first may carry a clitic), in order.
        words = _word_terms(inner, drop_stop_words=False)
        if len(words) == 1:
            q.words.append(words[0][1])
        elif words:
            q.phrases.append([words[0][1]] + [[analyzer.word_term(w, _kind(w))] for w, _ in words[1:]])
    rest.append(query[pos:])
    plain = " ".join(rest)
    positive, negative = [], []
    for chunk in plain.split():
        (negative if chunk.startswith("-") and len(chunk) > 1 else positive).append(chunk.lstrip("-") if chunk.startswith("-") else chunk)
    q.words.extend(v for _, v in _word_terms(" ".join(positive), drop_stop_words=True))
    q.excluded.extend(v for _, v in _word_terms(" ".join(negative), drop_stop_words=False))
    return q


def _kind(word: str) -> str:
    tokens = tokenize(word)
    return tokens[0].kind if tokens else "word"


def snippet(text: str, ranges: list[tuple[int, int]], query: Query | None,
            width: int = SNIPPET_WORDS) -> tuple[str, list[list[int]]]:
    """A plain-text excerpt around the densest matches, and the [start, end]
    offsets of the matched words (phrases as one range) within it."""
    found = [t for start, end in ranges for t in analyzer.terms(text, start, end)]
    if not found:
        return "", []
    marks: list[tuple[int, int]] = []          # (first, last) token indexes of each match
    if query is not None:
        singles = {t for w in query.words for t in w}
        for i, tok in enumerate(found):
            if tok.term in singles:
                marks.append((i, i))
        for phrase in query.phrases:
            n = len(phrase)
            for i in range(len(found) - n + 1):
                if all(found[i + k].term in phrase[k] for k in range(n)):
                    marks.append((i, i + n - 1))
        marks.sort()
    if marks:
        best, best_score = 0, -1
        for anchor, _ in marks:
            lo = max(0, anchor - 4)
            inside = [found[i].term for a, b in marks if lo <= a and b < lo + width for i in range(a, b + 1)]
            score = len(set(inside)) * 100 + len(inside)
            if score > best_score:
                best, best_score = lo, score
        lo = best
    else:
        lo = 0
    hi = min(len(found), lo + width)
    lo = max(0, min(lo, hi - width))
    begin, stop = found[lo].start, found[hi - 1].end
    lead = ELLIPSIS if begin > ranges[0][0] else ""
    tail = " …" if stop < ranges[-1][1] else ""
    body, where = _squeeze(text, begin, stop, len(lead))
    highlights = []
    for a, b in marks:
        if a >= lo and b < hi:
            s, e = where[found[a].start - begin], where[found[b].end - begin]
            if highlights and s <= highlights[-1][1]:
                highlights[-1][1] = max(highlights[-1][1], e)
            else:
                highlights.append([s, e])
    return lead + body + tail, highlights


def _squeeze(text: str, begin: int, stop: int, shift: int) -> tuple[str, list[int]]:
    """`text[begin:stop]` with each run of white space as one space, and where each
    original offset (relative to `begin`, end included) lands in it (plus `shift`)."""
    out: list[str] = []
    where: list[int] = []
    in_space = False
    for ch in text[begin:stop]:
        where.append(len(out) + shift)
        if ch.isspace():
            if not in_space:
                out.append(" ")
            in_space = True
        else:
            out.append(ch)
            in_space = False
    where.append(len(out) + shift)
    return "".join(out), where
