"""Who said what, per speaker: the grouping behind the readable report.

Quotes and claims are grouped by the entity cluster of their speaker when it is
linked, else by the speaker's words: a description that repeats an earlier
speaker's words (المتحدثة after امي بارتليت المتحدثة باسم المتنزه, العبدالجبار
after المتحدث باسم المؤسسة عبدالله العبدالجبار) is the same speaker. Within a
speaker, statements keep their order in the text.
"""
from __future__ import annotations

from dataclasses import dataclass, field

from ...document import Document, Span
from ...layers import CLAIMS, CLUSTERS, QUOTES
from ...text.normalize import fold
from .words import ANONYMOUS, ROLES, TITLES


@dataclass
class Statement:
    kind: str            # quote | claim
    stance: str | None   # the claim's stance; None for a quote
    cue: Span | None
    text: Span           # the quoted words or the claim's content


@dataclass
class SpeakerStatements:
    name: str
    label: str | None = None           # the cluster's label (PER, ORG ...) when linked
    anonymous: bool = False            # مصدر، مسؤولون، شهود ...
    statements: list[Statement] = field(default_factory=list)


_MARKS = "«»“”„\"'‘’"


def _words(span: Span | None) -> frozenset[str]:
    if span is None:
        return frozenset()
    words = (fold(w.strip(_MARKS + "،,.:")) for w in span.text.split())
    out = set()
    for w in words:
        if w.startswith(("و", "ف")) and len(w) > 3 and w[1:] in TITLES | ROLES | ANONYMOUS:
            w = w[1:]
        if w.startswith("ال") and len(w) > 3:
            w = w[2:]
        if len(w) > 2 and w not in TITLES:
            out.add(w)
    return frozenset(out)


def _anonymous(span: Span | None) -> bool:
    if span is None or not span.text.split():
        return False
    head = fold(span.text.split()[0].strip(_MARKS))
    for form in (head, head[1:] if head[:1] in "وف" else head):
        if form in ANONYMOUS or (form.startswith("ال") and form[2:] in ANONYMOUS):
            return form not in ROLES
    return False


def who_said_what(doc: Document) -> list[SpeakerStatements]:
    """Speakers in order of their first statement, each with their quotes and claims in text order."""
    clusters = {c.id: c for c in doc.layer(CLUSTERS)}
    items: list[tuple[int, Span | None, str | None, Statement]] = []
    for q in doc.layer(QUOTES):
        items.append((q.start, q.speaker, q.entity, Statement("quote", None, q.cue, q.as_span())))
    for c in doc.layer(CLAIMS):
        items.append((c.cue.start, c.source, c.entity, Statement("claim", c.stance, c.cue, c.content)))
    items.sort(key=lambda item: item[0])

    groups: list[SpeakerStatements] = []
    by_entity: dict[str, SpeakerStatements] = {}
    by_words: list[tuple[frozenset[str], SpeakerStatements, list[Span]]] = []
    unknown: SpeakerStatements | None = None
    for _, span, entity, statement in items:
        if entity is not None and entity in clusters:
            group = by_entity.get(entity)
            if group is None:
                cluster = clusters[entity]
                group = by_entity[entity] = SpeakerStatements(cluster.name, cluster.label)
                groups.append(group)
        elif span is None:
            if unknown is None:
                unknown = SpeakerStatements("(speaker unknown)")
            group = unknown
        else:
            words = _words(span)
            group = None
            for k, (known, candidate, spans) in enumerate(by_words):
                if words and (words <= known or known <= words):
                    group = candidate
                    spans.append(span)
                    by_words[k] = (known | words, candidate, spans)
                    longest = max(spans, key=lambda s: len(s.text))
                    candidate.name = longest.text
                    break
            if group is None:
                group = SpeakerStatements(span.text, None, _anonymous(span))
                by_words.append((words, group, [span]))
                groups.append(group)
        group.statements.append(statement)
    if unknown is not None:
        groups.append(unknown)
    return groups
