"""A human-readable summary of an analysed document (`marsad analyze --format text`)."""
from __future__ import annotations

from collections import defaultdict

from .document import Document
from .layers import CLUSTERS, ENTITIES, PARAGRAPHS, QUANTITIES, TIMEXES
from .readable import day, number, timex_phrase

RULE = "─" * 60


def _short(text: str, limit: int = 160) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


_STANCE = {"assert": "asserts", "confirm": "confirms", "deny": "denies", "estimate": "estimates",
           "doubt": "doubts", "warn": "warns", "demand": "demands", "promise": "promises", "accuse": "accuses"}


def _who_said_what(doc: Document, width: int) -> list[str]:
    """Per speaker (the entity's name when linked), their quotes and claims in text order."""
    from .annotators.attribution.summary import who_said_what
    lines: list[str] = []
    for speaker in who_said_what(doc):
        quotes = sum(s.kind == "quote" for s in speaker.statements)
        claims = len(speaker.statements) - quotes
        kind = f" ({speaker.label})" if speaker.label else " (anonymous source)" if speaker.anonymous else ""
        counts = ", ".join(part for part in (f"{quotes} quote{'s' * (quotes != 1)}" if quotes else "",
                                             f"{claims} claim{'s' * (claims != 1)}" if claims else "") if part)
        lines.append(f"  {_short(speaker.name, 80)}{kind} — {counts}")
        for st in speaker.statements:
            cue = f"[{st.cue.text}] " if st.cue is not None else ""
            if st.kind == "quote":
                lines.append(f"    {'says':9} {cue}“{_short(st.text.text, width)}”")
            else:
                lines.append(f"    {_STANCE.get(st.stance, st.stance):9} {cue}{_short(st.text.text, width)}")
    return lines or ["  (no quotes or claims found)"]


_TYPES = {"DATE": "date", "TIME": "time", "DURATION": "duration", "SET": "repeats"}


def _when(t, published: str | None) -> str:
    """`  أمس  →  الأربعاء 20 نوفمبر 2024  (date)`; the TIMEX3 value itself is in the JSON record."""
    shown = timex_phrase(t.value, t.type, t.text)
    if t.value is None and not published:
        shown += " (no publication date to count from)"
    return f"  {t.text}  →  {shown}  ({_TYPES.get(t.type, t.type.lower())})"


def summary(doc: Document, width: int = 160) -> str:
    meta = doc.meta
    paragraphs = doc.layer(PARAGRAPHS)
    body = [p for p in paragraphs if p.kind == "body"]
    chrome = [p for p in paragraphs if p.kind == "boilerplate"]
    out: list[str] = []
    title = meta.title or (body[0].text if body else meta.id or "")
    out.append(f"marsad · {_short(title, 100)}")
    published = f"{day(meta.published) or meta.published} ({meta.published_source})" if meta.published else "unknown"
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
    out += _who_said_what(doc, width)

    out += ["", RULE, "When", RULE]
    out += [_when(t, meta.published) for t in doc.layer(TIMEXES)] or ["  (no time expressions found)"]
    out += ["", RULE, "How many", RULE]
    out += [f"  {q.text}  →  {number(q.value)}{(' ' + q.unit) if q.unit else ''}{' (approx.)' if q.approximate else ''}"
            if isinstance(q.value, (int, float)) else f"  {q.text}"
            for q in doc.layer(QUANTITIES)] or ["  (no quantities found)"]
    return "\n".join(out) + "\n"
