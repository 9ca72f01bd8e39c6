"""What the article page shows, built from a document record.

`article_view(record)` reads the record back into a `Document` (so every span is
checked against the text), turns each finding into a `Mark` for the marked
text, and gathers the side lists: entities by cluster, quotes with speakers,
claims with stance, dates with their resolved values, quantities.
"""
from __future__ import annotations

from collections import OrderedDict
from dataclasses import dataclass, field
from typing import Any, Callable

from ..document import Document
from ..layers import CLAIMS, CLUSTERS, ENTITIES, PARAGRAPHS, QUANTITIES, QUOTES, TIMEXES
from ..readable import day, number, timex_phrase
from ..readable.timex import UNKNOWN
from ..record import from_record
from .labels import css_token, entity_label, stance_label, timex_type
from .marks import Block, Mark, blocks

# Nesting among marks of the same extent: quotes and claims outside, names inside.
RANK_QUOTE, RANK_CLAIM, RANK_SPEAKER, RANK_CUE, RANK_SOURCE, RANK_ENTITY, RANK_TIMEX, RANK_QUANTITY = (
    10, 20, 30, 31, 32, 40, 45, 46)

EntityHref = Callable[[str | None, Any, str], str | None]


@dataclass
class EntityGroup:
    key: str
    name: str
    label: str
    mentions: list[str] = field(default_factory=list)      # mark ids
    forms: list[str] = field(default_factory=list)
    href: str | None = None


@dataclass
class ArticleView:
    doc: Document
    title: str
    blocks: list[Block]
    entities: list[EntityGroup]
    quotes: list[dict]
    claims: list[dict]
    timexes: list[dict]
    quantities: list[dict]
    corpus: dict
    labels_present: list[str]
    stances_present: list[str]

    @property
    def meta(self):
        return self.doc.meta


def format_number(value: Any) -> str:
    """A quantity's value as the page prints it (CLDR grouping: 250,000,000)."""
    return number(value)


def inline_value(value: str | None, type_: str | None, text: str | None) -> str:
    """The short reading printed after a time expression in the text: a date without its
    weekday (the text usually names it), anything else as its phrase."""
    if value and len(value) == 10 and type_ == "DATE":
        return day(value, weekday=False) or timex_phrase(value, type_, text)
    return timex_phrase(value, type_, text)


def article_view(record: dict, *, entity_href: EntityHref | None = None) -> ArticleView:
    doc = from_record(record)
    clusters = {c.id: c for c in doc.layer(CLUSTERS)}
    marks: list[Mark] = []

    def who(span, entity_id) -> str:
        cluster = clusters.get(entity_id) if entity_id else None
        if cluster is not None:
            return cluster.name
        return span.text if span is not None else ""

    groups: "OrderedDict[str, EntityGroup]" = OrderedDict()
    for i, m in enumerate(doc.layer(ENTITIES)):
        mid = f"e{i}"
        cluster = clusters.get(m.entity) if m.entity else None
        key = m.entity or f"{m.label}:{m.text}"
        group = groups.get(key)
        if group is None:
            name = cluster.name if cluster else m.text
            label = cluster.label if cluster else m.label
            href = entity_href(m.entity, cluster, m.text) if entity_href else None
            group = groups[key] = EntityGroup(key, name, label, href=href)
        group.mentions.append(mid)
        if m.text not in group.forms:
            group.forms.append(m.text)
        title = f"{entity_label(m.label)} · {group.name}"
        marks.append(Mark(mid, m.start, m.end, ("ent", f"ent-{css_token(m.label)}"),
                          {"title": title, "data-entity": m.entity, "data-label": m.label}, RANK_ENTITY))

    quotes = []
    for i, q in enumerate(doc.layer(QUOTES)):
        mid = f"q{i}"
        speaker = who(q.speaker, q.entity)
        title = f"المتكلم: {speaker}" if speaker else "المتكلم غير معروف"
        marks.append(Mark(mid, q.start, q.end, ("quote",), {"title": title, "data-speaker": speaker or None},
                          RANK_QUOTE))
        if q.speaker is not None:
            marks.append(Mark(f"{mid}s", q.speaker.start, q.speaker.end, ("speaker",),
                              {"data-for": mid, "title": f"متكلم: {speaker}"}, RANK_SPEAKER))
        if q.cue is not None:
            marks.append(Mark(f"{mid}c", q.cue.start, q.cue.end, ("cue",), {"data-for": mid}, RANK_CUE))
        quotes.append({"mark": mid, "text": q.text, "speaker": speaker, "speaker_text": q.speaker.text if q.speaker else None,
                       "entity": q.entity, "cue": q.cue.text if q.cue else None})

    claims = []
    for i, c in enumerate(doc.layer(CLAIMS)):
        mid = f"c{i}"
        stance = c.stance
        source = who(c.source, c.entity)
        title = f"{stance_label(stance)} — المصدر: {source or 'غير معروف'}"
        cls = f"stance-{css_token(stance)}"
        marks.append(Mark(mid, c.content.start, c.content.end, ("claim", cls),
                          {"title": title, "data-stance": stance}, RANK_CLAIM))
        marks.append(Mark(f"{mid}c", c.cue.start, c.cue.end, ("claim-cue", cls),
                          {"data-for": mid, "title": f"{stance_label(stance)}: {c.cue.text}"}, RANK_CUE))
        if c.source is not None:
            marks.append(Mark(f"{mid}s", c.source.start, c.source.end, ("claim-source",),
                              {"data-for": mid, "title": f"مصدر الادعاء: {source}"}, RANK_SOURCE))
        claims.append({"mark": mid, "stance": stance, "stance_label": stance_label(stance), "stance_class": cls,
                       "source": source, "entity": c.entity, "cue": c.cue.text, "content": c.content.text})

    timexes = []
    for i, t in enumerate(doc.layer(TIMEXES)):
        mid = f"t{i}"
        phrase = timex_phrase(t.value, t.type, t.text)
        marks.append(Mark(mid, t.start, t.end, ("timex",),
                          {"title": f"{timex_type(t.type)}: {phrase}", "data-value": inline_value(t.value, t.type, t.text),
                           "data-timex": t.value or None, "data-type": t.type}, RANK_TIMEX))
        timexes.append({"mark": mid, "text": t.text, "type": t.type, "type_label": timex_type(t.type),
                        "value": t.value or "", "phrase": phrase, "known": phrase != UNKNOWN})

    quantities = []
    for i, q in enumerate(doc.layer(QUANTITIES)):
        mid = f"n{i}"
        shown = " ".join(x for x in (("≈ " if q.approximate else "") + format_number(q.value), q.unit or "") if x)
        marks.append(Mark(mid, q.start, q.end, ("qty",), {"title": f"القيمة: {shown}", "data-value": shown or None},
                          RANK_QUANTITY))
        quantities.append({"mark": mid, "text": q.text, "value": shown})

    paragraphs = [(p.start, p.end, p.kind, p.reason) for p in doc.layer(PARAGRAPHS)]
    laid = blocks(doc.text, paragraphs, marks)
    corpus = record.get("corpus") or {}
    title = corpus.get("title") or doc.meta.title or _first_body_line(laid, doc.text) or (doc.meta.id or "مقال")
    ordered = sorted(groups.values(), key=lambda g: (-len(g.mentions), g.name))
    return ArticleView(doc=doc, title=title, blocks=laid, entities=ordered, quotes=quotes, claims=claims,
                       timexes=timexes, quantities=quantities, corpus=corpus,
                       labels_present=sorted({g.label for g in ordered}),
                       stances_present=list(dict.fromkeys(c["stance"] for c in claims)))


def _first_body_line(laid: list[Block], text: str) -> str | None:
    for b in laid:
        if b.kind == "body":
            line = text[b.start:b.end].strip().split("\n")[0]
            return line if len(line) <= 200 else line[:199] + "…"
    return None
