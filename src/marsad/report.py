"""A human-readable summary of an analysed document (`marsad analyze --format text`)."""
from __future__ import annotations

from collections import defaultdict

from .document import Document
from .layers import CLAIMS, CLUSTERS, ENTITIES, PARAGRAPHS, QUANTITIES, QUOTES, TIMEXES

RULE = "─" * 60


def _short(text: str, limit: int = 160) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


def summary(doc: Document, width: int = 160) -> str:
    meta = doc.meta
    paragraphs = doc.layer(PARAGRAPHS)
    body = [p for p in paragraphs if p.kind == "body"]
    chrome = [p for p in paragraphs if p.kind == "boilerplate"]
    out: list[str] = []
    title = meta.title or (body[0].text if body else meta.id or "")
    out.append(f"marsad · {_short(title, 100)}")
    published = f"{meta.published} ({meta.published_source})" if meta.published else "unknown"
    out.append(f"published: {published}   language: {meta.language or '?'}   source: {meta.id or meta.path or '-'}")
    words = sum(len(p.text.split()) for p in body)
    out.append(f"body: {len(body)} paragraphs, {words} words   boilerplate: {len(chrome)} lines")
    out += ["", RULE, "Article", RULE]
    out += [p.text for p in body]

    if chrome:
        out += ["", RULE, "Site chrome (not analysed)", RULE]
        out += [f"  [{p.reason}] {_short(p.text, width)}" for p in chrome]

    clusters = {c.id: c for c in doc.layer(CLUSTERS)}
    mentions = doc.layer(ENTITIES)
    out += ["", RULE, f"Who is named ({len(mentions)} mentions, {len(clusters)} entities)", RULE]
    by_cluster: dict[str, list] = defaultdict(list)
    for m in mentions:
        by_cluster[m.entity or m.text].append(m)
    for cid, ms in sorted(by_cluster.items(), key=lambda kv: (-len(kv[1]), kv[0])):
        c = clusters.get(cid)
        name = c.name if c else ms[0].text
        forms = sorted({m.text for m in ms} - {name})
        extra = f"  (also: {'، '.join(forms)})" if forms else ""
        out.append(f"  {ms[0].label:4} {name}  ×{len(ms)}{extra}")
    if not mentions:
        out.append("  (none found)")

    out += ["", RULE, "Who said what", RULE]
    said: dict[str, list[str]] = defaultdict(list)

    def who(span, entity):
        if entity and entity in clusters:
            return clusters[entity].name
        return span.text if span is not None else "(speaker unknown)"

    for q in doc.layer(QUOTES):
        cue = f" [{q.cue.text}]" if q.cue is not None else ""
        said[who(q.speaker, q.entity)].append(f"    quote{cue}: “{_short(q.text, width)}”")
    for c in doc.layer(CLAIMS):
        said[who(c.source, c.entity)].append(f"    {c.stance}s [{c.cue.text}]: {_short(c.content.text, width)}")
    for speaker, lines in said.items():
        out.append(f"  {speaker}")
        out += lines
    if not said:
        out.append("  (no quotes or claims found)")

    out += ["", RULE, "When", RULE]
    out += [f"  {t.text}  →  {t.value}  ({t.type})" for t in doc.layer(TIMEXES)] or ["  (no time expressions found)"]
    out += ["", RULE, "How many", RULE]
    out += [f"  {q.text}  →  {q.value:,}{(' ' + q.unit) if q.unit else ''}{' (approx.)' if q.approximate else ''}"
            if isinstance(q.value, (int, float)) else f"  {q.text}"
            for q in doc.layer(QUANTITIES)] or ["  (no quantities found)"]
    return "\n".join(out) + "\n"
