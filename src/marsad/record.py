"""The JSON record of a document (schema `marsad.document/1`, see CONTRACT.md), both ways.

`to_record` writes every layer the contract names, empty when no stage filled
it, plus `meta` (title, author, site ...) and the pipeline that produced it
(`provenance`: each stage with a version and a hash of its rules, lexicons and models).
`from_record` reads a record back into a `Document` (the store and the web
interface work from stored records).
"""
from __future__ import annotations

from typing import Any

from .document import Document, Metadata, Span
from .layers import (CLAIMS, CLUSTERS, ENTITIES, PARAGRAPHS, QUANTITIES, QUOTES, TIMEXES, Claim, Cluster,
                     Mention, Paragraph, Quantity, Quote, Timex)

SCHEMA = "marsad.document/1"
ERROR_SCHEMA = "marsad.error/1"
_META_FIELDS = ("title", "author", "site", "url", "published_at", "source_format", "encoding", "path")


def _span(s: Span | None, **extra: Any) -> dict | None:
    if s is None:
        return None
    out = {"start": s.start, "end": s.end, "text": s.text}
    out.update(extra)
    return out


def to_record(doc: Document, pipeline: list | None = None) -> dict[str, Any]:
    """The record of a document; `pipeline` is what produced it (`marsad.provenance.describe`: each
    stage with its version and hash; older records carry the stage names alone)."""
    meta = doc.meta
    paragraphs = doc.layer(PARAGRAPHS)
    record: dict[str, Any] = {
        "schema": SCHEMA,
        "id": meta.id,
        "text": doc.text,
        "language": meta.language,
        "published": meta.published,
        "published_source": meta.published_source if meta.published else None,
        "meta": {k: getattr(meta, k) for k in _META_FIELDS if getattr(meta, k) is not None},
        "body": [{"start": p.start, "end": p.end} for p in paragraphs if p.kind == "body"],
        "boilerplate": [_span(p, reason=p.reason) for p in paragraphs if p.kind == "boilerplate"],
        "entities": [_span(m, label=m.label, entity=m.entity) for m in doc.layer(ENTITIES)],
        "clusters": {c.id: _cluster(c) for c in doc.layer(CLUSTERS)},
        "quotes": [_quote(q) for q in doc.layer(QUOTES)],
        "claims": [_claim(c) for c in doc.layer(CLAIMS)],
        "timexes": [_timex(t) for t in doc.layer(TIMEXES)],
        "quantities": [_quantity(q) for q in doc.layer(QUANTITIES)],
    }
    if pipeline is not None:
        record["pipeline"] = pipeline
    return record


# A cluster's optional fields, written when set: its cross-article key and its knowledge-base link.
CLUSTER_EXTRAS = ("key", "kb", "english", "kind", "country")


def _cluster(c: Cluster) -> dict:
    out = {"name": c.name, "label": c.label}
    for name in CLUSTER_EXTRAS:
        if getattr(c, name):
            out[name] = getattr(c, name)
    return out


def _quote(q: Quote) -> dict:
    speaker = _span(q.speaker, entity=q.entity) if q.speaker is not None else None
    out = _span(q, kind=q.kind, speaker=speaker, cue=_span(q.cue))
    if q.speaker is None and q.entity is not None:
        out["entity"] = q.entity          # resolved speaker without a span of its own
    if getattr(q, "description", None) is not None:
        out["description"] = _span(q.description)    # the speaker's phrase when longer than the mention
    return out


def _claim(c: Claim) -> dict:
    out = {"source": _span(c.source, entity=c.entity) if c.source is not None else None,
           "cue": _span(c.cue), "content": _span(c.content), "stance": c.stance,
           **({"entity": c.entity} if c.entity is not None else {})}
    if getattr(c, "description", None) is not None:
        out["description"] = _span(c.description)    # the source's phrase when longer than the mention
    return out


def _timex(t: Timex) -> dict:
    out = _span(t, type=t.type, value=t.value)
    for field in _TIMEX_EXTRAS:
        if getattr(t, field) is not None:
            out[field] = getattr(t, field)
    return out


_TIMEX_EXTRAS = ("begin_point", "end_point", "zone")


def _quantity(q: Quantity) -> dict:
    out = _span(q, value=q.value, unit=q.unit)
    if q.approximate:
        out["approximate"] = True
    for field in _QUANTITY_EXTRAS:
        if getattr(q, field) is not None:
            out[field] = getattr(q, field)
    return out


_QUANTITY_EXTRAS = ("currency", "family", "base_value", "base_unit")


def error_record(message: str, *, doc_id: str | None = None, line: int | None = None,
                 path: str | None = None) -> dict[str, Any]:
    """What a stream carries in place of an article's record when it cannot be analysed."""
    out: dict[str, Any] = {"schema": ERROR_SCHEMA, "error": message}
    if doc_id is not None:
        out["id"] = doc_id
    if line is not None:
        out["line"] = line
    if path is not None:
        out["path"] = path
    return out


def from_record(record: dict[str, Any]) -> Document:
    """A document with the layers a record carries (tokens and sentences are not stored)."""
    if record.get("schema") != SCHEMA:
        raise ValueError(f"not a {SCHEMA} record: schema {record.get('schema')!r}")
    text = record["text"]
    extra = record.get("meta") or {}
    meta = Metadata(id=record.get("id"), language=record.get("language"), published=record.get("published"),
                    published_source=record.get("published_source"),
                    **{k: extra[k] for k in _META_FIELDS if k in extra})

    def sp(d: dict | None) -> Span | None:
        return None if d is None else Span(d["start"], d["end"], text)

    paragraphs = sorted(
        [Paragraph(b["start"], b["end"], text, "body", None) for b in record.get("body", [])]
        + [Paragraph(b["start"], b["end"], text, "boilerplate", b.get("reason")) for b in record.get("boilerplate", [])],
        key=lambda p: p.start)
    layers = {
        PARAGRAPHS: paragraphs,
        ENTITIES: [Mention(e["start"], e["end"], text, e["label"], e.get("entity")) for e in record.get("entities", [])],
        CLUSTERS: [Cluster(cid, c["name"], c["label"], **{k: c.get(k) for k in CLUSTER_EXTRAS})
                   for cid, c in (record.get("clusters") or {}).items()],
        QUOTES: [Quote(q["start"], q["end"], text, q.get("kind", "direct"), sp(q.get("speaker")),
                       (q.get("speaker") or {}).get("entity", q.get("entity")), sp(q.get("cue")))
                 for q in record.get("quotes", [])],
        CLAIMS: [Claim(sp(c["cue"]), sp(c["content"]), c["stance"], sp(c.get("source")),
                       (c.get("source") or {}).get("entity", c.get("entity")))
                 for c in record.get("claims", [])],
        TIMEXES: [Timex(t["start"], t["end"], text, t.get("type", "DATE"), t.get("value"),
                        *(t.get(field) for field in _TIMEX_EXTRAS)) for t in record.get("timexes", [])],
        QUANTITIES: [Quantity(q["start"], q["end"], text, q.get("value"), q.get("unit"), bool(q.get("approximate")),
                              *(q.get(field) for field in _QUANTITY_EXTRAS))
                     for q in record.get("quantities", [])],
    }
    return Document(text, meta).with_layers(**layers)
