"""A record turned into the rows the store writes, without touching the database.

`prepare` is pure and picklable, so ingest workers run it (search terms, MinHash
signature, compression) in parallel and the single writer only inserts rows.
"""
from __future__ import annotations

import json
import zlib
from dataclasses import dataclass, field

from ..corpus.entities import article_key, corpus_name, entity_id, normalise_name
from ..corpus.identity import content_hash
from ..record import SCHEMA
from ..text.tokenize import tokenize
from . import analyzer

TITLE_MAX = 300


@dataclass
class Prepared:
    hash: str
    source: str | None
    url: str | None
    title: str | None
    published: str | None
    language: str | None
    record_blob: bytes
    title_terms: str
    body_terms: str
    minhash: bytes | None
    # id -> name, label, key, norm, n, and the knowledge base's english, kind, country
    entities: dict[str, tuple] = field(default_factory=dict)
    mentions: list[tuple[str, int, int, str]] = field(default_factory=list)
    quotes: list[tuple] = field(default_factory=list)
    claims: list[tuple] = field(default_factory=list)
    claim_terms: list[str] = field(default_factory=list)
    pipeline: list | None = None               # what produced the record (its `pipeline` field)
    published_at: str | None = None            # the moment of publication in UTC, when the source gives a time


def body_ranges(record: dict) -> list[tuple[int, int]]:
    """The article's own paragraphs (site chrome left out); the whole text when none are marked."""
    ranges = [(b["start"], b["end"]) for b in record.get("body") or []]
    return ranges or [(0, len(record["text"]))]


def corpus_entity_ids(record: dict) -> dict[str, str]:
    """Record cluster id (`e1`) -> corpus entity id (`PER:...`, `LOC:SA`)."""
    article = article_key(record)
    return {cid: entity_id(c["label"], c["name"], c.get("key"), article)
            for cid, c in (record.get("clusters") or {}).items()}


def prepare(record: dict, *, source: str | None = None, url: str | None = None,
            title: str | None = None) -> Prepared:
    if not isinstance(record, dict) or record.get("schema") != SCHEMA:
        raise ValueError(f"not a {SCHEMA} record")
    text = record["text"]
    meta = record.get("meta") or {}
    url = url or meta.get("url")
    source = source or meta.get("site")
    ranges = body_ranges(record)
    title = (title or meta.get("title") or _first_line(text, ranges) or "").strip()[:TITLE_MAX] or None

    from ..corpus.stories import shingles, signature
    tokens = [t for start, end in ranges for t in tokenize(text, start, end)]
    prepared = Prepared(
        hash=content_hash(text, url), source=source, url=url, title=title,
        published=record.get("published"), language=record.get("language"),
        record_blob=zlib.compress(json.dumps(record, ensure_ascii=False).encode("utf-8"), 6),
        title_terms=analyzer.index_text(title) if title else "",
        body_terms=analyzer.index_text(text, tokens=tokens),
        minhash=signature(shingles(text, tokens=tokens)),
        pipeline=record.get("pipeline"),
        published_at=_moment(meta.get("published_at")),
    )
    clusters = record.get("clusters") or {}
    ids = corpus_entity_ids(record)
    for m in record.get("entities") or []:
        cid = m.get("entity")
        c = clusters.get(cid)
        if c is not None:
            eid, name, label, key = ids[cid], corpus_name(c), c["label"], c.get("key")
        else:
            eid, name, label, key, c = (entity_id(m["label"], m["text"], None, article_key(record)), m["text"],
                                        m["label"], None, {})
        if eid.endswith(":"):
            continue                                  # a mention of punctuation only: nothing to merge on
        prepared.mentions.append((eid, m["start"], m["end"], m["text"]))
        known = prepared.entities.get(eid)
        count = (known[4] if known else 0) + 1
        prepared.entities[eid] = (name, label, key, normalise_name(name), count,
                                  c.get("english"), c.get("kind"), c.get("country"))
    for q in record.get("quotes") or []:
        speaker = q.get("speaker") or {}
        cid = speaker.get("entity", q.get("entity"))
        cue = q.get("cue") or {}
        prepared.quotes.append((
            q["start"], q["end"], q["text"], q.get("kind"),
            speaker.get("text"), speaker.get("start"), speaker.get("end"),
            normalise_name(speaker["text"]) if speaker.get("text") else None,
            ids.get(cid) if cid else None,
            cue.get("text"), cue.get("start"), cue.get("end")))
    for c in record.get("claims") or []:
        src = c.get("source") or {}
        cid = src.get("entity", c.get("entity"))
        cue, content = c.get("cue") or {}, c["content"]
        prepared.claims.append((
            c["stance"], src.get("text"), src.get("start"), src.get("end"),
            normalise_name(src["text"]) if src.get("text") else None,
            ids.get(cid) if cid else None,
            cue.get("text"), cue.get("start"), cue.get("end"),
            content["text"], content["start"], content["end"]))
        prepared.claim_terms.append(analyzer.index_text(content["text"]))
    return prepared


def _moment(value) -> str | None:
    """`meta.published_at` in UTC for the store (ordering copies of a story); None when unreadable."""
    if not isinstance(value, str) or not value:
        return None
    from ..fetch.dates import utc
    try:
        return utc(value)
    except ValueError:
        return None


def _first_line(text: str, ranges: list[tuple[int, int]]) -> str:
    start, end = ranges[0]
    return text[start:end].strip().split("\n", 1)[0][:TITLE_MAX]
