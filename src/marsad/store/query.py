"""Search queries: parsing, the FTS5 expression, and highlighted snippets.

Query syntax: words (all must occur, in any form the analyzer folds together),
"quoted phrases" (also «…» and “…”: the words in this order, next to each
other), and -word to leave out articles with a word. Function words (في, من
...) are dropped from the bag of words but kept inside phrases.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from ..text.normalize import normalize
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

    def scanner(self) -> re.Pattern | None:
        """A pattern over folded text that finds every place an Arabic query term can match (None: no such term)."""
        if not hasattr(self, "_scanner"):
            arabic = {t for t in self.wanted_terms() if t and "\u0600" <= t[0] <= "\u06ff"}
            # A variant holding another term (`ومجلس` holds `مجلس`) adds nothing to a substring scan.
            cores = sorted((t for t in arabic if not any(o != t and o in t for o in arabic)), key=len, reverse=True)
            self._scanner = re.compile("|".join(map(re.escape, cores))) if cores else None
        return self._scanner

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

    def fts_any(self) -> str:
        """A MATCH expression for text holding ANY of the query's words (a phrase's words count
        one by one), exclusions kept: a claim that names part of a topic its article is about."""
        terms = {t for w in self.words for t in w} | {t for p in self.phrases for pos in p for t in pos}
        expr = "(" + " OR ".join(f'"{t}"' for t in sorted(terms)) + ")"
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


SCAN_CHUNK = 1500
MAX_HITS = 8           # confirmed matches enough to place the snippet
REGION_BEFORE, REGION_AFTER = 160, 400     # characters around the best match that are tokenised


def snippet(text: str, ranges: list[tuple[int, int]], query: Query | None,
            width: int = SNIPPET_WORDS) -> tuple[str, list[list[int]]]:
    """A plain-text excerpt around the densest matches, and the [start, end]
    offsets of the matched words (phrases as one range) within it.

    Only a region around the most promising match is tokenised: every term is
    a substring of its folded word, so a scan of the folded text finds where
    matches can be; the analyzer then confirms them word by word."""
    return _snippet(text, ranges, _region(text, ranges, query), query, width)


def _region(text: str, ranges: list[tuple[int, int]], query: Query | None) -> list[tuple[int, int]]:
    """The ranges worth tokenising: around the densest confirmed matches, else the opening."""
    if query is None:
        return _clip(ranges, ranges[0][0], ranges[0][0] + REGION_AFTER)
    pattern = query.scanner()
    if pattern is None:
        return ranges
    wanted = query.wanted_terms()
    hits = []
    lo, hi = ranges[0][0], ranges[-1][1]
    for chunk in range(lo, hi, SCAN_CHUNK):            # a long article is scanned until something is found
        view = normalize(text[chunk:min(hi, chunk + SCAN_CHUNK + 40)])
        for m in pattern.finditer(view.text):
            at = chunk + view.origin[m.start()]
            if at < chunk + SCAN_CHUNK and any(s <= at < e for s, e in ranges):
                term = _term_at(text, at)
                if term in wanted:                     # the letters may sit inside another word (مسعود)
                    hits.append((at, term))
                    if len(hits) >= MAX_HITS:
                        break
        if hits:
            break
    if not hits:                        # the body does not match (the headline did): its opening
        return _clip(ranges, ranges[0][0], ranges[0][0] + REGION_AFTER)
    best, best_score = hits[0][0], 0
    for i, (at, _) in enumerate(hits):
        near = {term for pos, term in hits[i:] if pos - at <= REGION_AFTER // 2}
        if len(near) > best_score:
            best, best_score = at, len(near)
    return _clip(ranges, best - REGION_BEFORE, best + REGION_AFTER)


def _term_at(text: str, at: int) -> str | None:
    """The index term of the word holding character `at`."""
    start = max(text.rfind(" ", 0, at), text.rfind("\n", 0, at), text.rfind("\xa0", 0, at)) + 1
    end = _SPACE_AFTER.search(text, at)
    for token in tokenize(text, start, len(text) if end is None else end.start()):
        if token.start <= at < token.end:
            return analyzer.word_term(token.text, token.kind)
        if token.start > at:
            break
    return None


def _clip(ranges: list[tuple[int, int]], start: int, end: int) -> list[tuple[int, int]]:
    """`ranges` cut to start..end (widened to white space so no word is cut)."""
    out = []
    for s, e in ranges:
        a, b = max(s, start), min(e, end)
        if a < b:
            out.append((a, b))
    return out


def _snippet(text: str, ranges: list[tuple[int, int]], region: list[tuple[int, int]], query: Query | None,
             width: int) -> tuple[str, list[list[int]]]:
    region = [_widen(text, s, e, ranges) for s, e in region]
    found = [t for start, end in region for t in analyzer.terms(text, start, end)]
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


def _squeeze(text: str, begin: int, stop: int, shift: int) -> tuple[str, "_Where"]:
    """`text[begin:stop]` with each run of white space as one space, and a map from
    original offsets (relative to `begin`) to offsets in it (plus `shift`)."""
    piece = text[begin:stop]
    runs = [(m.start(), m.end()) for m in _SPACES.finditer(piece)]
    return _SPACES.sub(" ", piece), _Where(runs, shift)


_SPACES = re.compile(r"\s+")
_SPACE_AFTER = re.compile(r"\s")


class _Where:
    def __init__(self, runs: list[tuple[int, int]], shift: int):
        self.runs, self.shift = runs, shift

    def __getitem__(self, offset: int) -> int:
        removed = 0
        for start, end in self.runs:
            if start >= offset:
                break
            removed += min(end, offset) - start - 1 if offset > start + 1 else 0
        return offset - removed + self.shift


def _widen(text: str, start: int, end: int, ranges: list[tuple[int, int]]) -> tuple[int, int]:
    """start..end moved outwards to white space (within the range holding them)."""
    s0, e0 = next(((s, e) for s, e in ranges if s <= start < e), (start, end))
    while start > s0 and not text[start - 1].isspace():
        start -= 1
    while end < e0 and not text[end].isspace():
        end += 1
    return start, end
