"""Which cluster a span refers to: named mentions, and descriptions of named people.

News names a person once with a description in apposition (`الرئيس الروسي
فلاديمير بوتين`) and later by the description alone (`وقال الرئيس الروسي ...`).
The description is not a named entity (it is not in the entities layer), but a
quote's speaker or a claim's source written that way still refers to the
person: `descriptions(doc)` lists every such description span with the cluster
it refers to, and `cluster_at(doc, start, end)` answers for any span.
"""
from __future__ import annotations

from ...document import Document, Span
from ...layers import ENTITIES, TOKENS, Mention
from ...lexicons.entities import TITLES
from ...text.clitics import analyses
from ...text.normalize import fold
from .article import _covered

_TITLE_WORDS = frozenset(fold(w) for t in TITLES for w in t.split())
MAX_WORDS = 5


def _stripped(token) -> str:
    """A word folded, without a leading conjunction/preposition (وقال الرئيس -> الرئيس)."""
    for an in analyses(token):
        rest = an.without_proclitics
        if rest.start > token.start and fold(rest.text) in _TITLE_WORDS:
            return fold(rest.text)
    return fold(token.text)


def _description_before(tokens: list, i: int) -> int | None:
    """Index of the first token of a title-led description ending right before tokens[i]."""
    best = None
    for k in range(i - 1, max(-1, i - 1 - MAX_WORDS), -1):
        t = tokens[k]
        if t.kind != "word" or tokens[k + 1].start - t.end > 1:
            break
        if _stripped(t) in _TITLE_WORDS:
            best = k
    return best


def descriptions(doc: Document) -> list[tuple[Span, str]]:
    """Spans of descriptions of named people (and the clusters they refer to), in text order."""
    return doc.cached("entities.descriptions", lambda: _descriptions(doc))


def _descriptions(doc: Document) -> list[tuple[Span, str]]:
    tokens = list(doc.layer(TOKENS))
    mentions = [m for m in doc.layer(ENTITIES) if m.label == "PER" and m.entity]
    index = {t.start: n for n, t in enumerate(tokens)}
    table: dict[tuple[str, ...], str] = {}
    for m in mentions:
        n = index.get(m.start)
        if n is None:
            continue
        k = _description_before(tokens, n)
        if k is not None:
            words = (_stripped(tokens[k]), *(fold(t.text) for t in tokens[k + 1:n]))
            table.setdefault(words, m.entity)
    if not table:
        return []
    covered = _covered(tokens, list(doc.layer(ENTITIES)))
    taken = {n for n, hit in enumerate(covered) if hit}
    out = []
    longest = max(len(w) for w in table)
    n = 0
    while n < len(tokens):
        hit = None
        for size in range(min(longest, len(tokens) - n), 0, -1):
            if any(k in taken for k in range(n, n + size)):
                continue
            words = (_stripped(tokens[n]), *(fold(t.text) for t in tokens[n + 1:n + size]))
            if words in table:
                hit = size, table[words]
                break
        if hit:
            size, entity = hit
            first = tokens[n]
            start = first.start
            for an in analyses(first):
                if an.without_proclitics.start > first.start and fold(an.without_proclitics.text) == words[0]:
                    start = an.without_proclitics.start
                    break
            out.append((Span(start, tokens[n + size - 1].end, doc.text), entity))
            n += size
        else:
            n += 1
    return out


def cluster_at(doc: Document, start: int, end: int) -> str | None:
    """The cluster id of the mention (or person description) overlapping text[start:end], or None.

    The named mention with the largest overlap wins; without one, a description
    of a named person (`الرئيس الروسي` after `الرئيس الروسي فلاديمير بوتين`)."""
    probe = Span(start, end, doc.text)
    best: Mention | None = None
    best_overlap = 0
    for m in doc.layer(ENTITIES):
        if m.entity and m.overlaps(probe):
            overlap = min(m.end, end) - max(m.start, start)
            if overlap > best_overlap:
                best, best_overlap = m, overlap
    if best is not None:
        return best.entity
    for span, entity in descriptions(doc):
        if span.overlaps(probe):
            return entity
    return None
