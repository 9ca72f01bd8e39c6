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
from ...layers import ENTITIES, Mention
from ...text.tokenview import TokenView, token_view
from .article import _covered
from .words import TITLE_WORDS, title_form

MAX_WORDS = 5


def _description_before(view: TokenView, titled: list[str], i: int) -> int | None:
    """Index of the first token of a title-led description ending right before token i."""
    tokens = view.tokens
    best = None
    for k in range(i - 1, max(-1, i - 1 - MAX_WORDS), -1):
        if tokens[k].kind != "word" or view.starts[k + 1] - view.ends[k] > 1:
            break
        if titled[k] in TITLE_WORDS:
            best = k
    return best


def descriptions(doc: Document) -> list[tuple[Span, str]]:
    """Spans of descriptions of named people (and the clusters they refer to), in text order."""
    return doc.cached("entities.descriptions", lambda: _descriptions(doc))


def _descriptions(doc: Document) -> list[tuple[Span, str]]:
    mentions = [m for m in doc.layer(ENTITIES) if m.label == "PER" and m.entity]
    if not mentions:
        return []
    view = token_view(doc)
    tokens, forms = view.tokens, view.forms
    # each word as a description's first word reads it: without the proclitics before a title
    titled = [title_form(t.text) for t in tokens]
    index = view.starting_at
    table: dict[tuple[str, ...], str] = {}
    for m in mentions:
        n = index.get(m.start)
        if n is None:
            continue
        k = _description_before(view, titled, n)
        if k is not None:
            table.setdefault((titled[k], *forms[k + 1:n]), m.entity)
    if not table:
        return []
    covered = _covered(tokens, list(doc.layer(ENTITIES)))
    out = []
    longest = max(len(w) for w in table)
    n = 0
    while n < len(tokens):
        hit = None
        for size in range(min(longest, len(tokens) - n), 0, -1):
            if any(covered[n:n + size]):
                continue
            words = (titled[n], *forms[n + 1:n + size])
            if words in table:
                hit = size, table[words]
                break
        if hit:
            size, entity = hit
            start = tokens[n].start
            for r in view.readings(n):
                if r.rest_start > 0 and r.without_proclitics == words[0]:
                    start += r.rest_start
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
