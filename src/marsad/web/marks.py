"""Article text with its findings marked in place, as safe HTML.

Findings are standoff spans that may nest or cross (a quote inside a claim, an
entity inside a quote, two claims sharing words). HTML elements must nest, so
the text is cut at every span boundary and each piece is wrapped in the marks
active over it, keeping a stack: a mark that ends while marks opened after it
are still open closes them, and they reopen right after as further fragments
(all fragments of one mark share its `data-mark` id). Every piece of text and
every attribute value is escaped: article text is untrusted input.
"""
from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass, field
from typing import Iterable

from markupsafe import Markup, escape


@dataclass(frozen=True)
class Mark:
    """One finding to mark: `text[start:end]`, drawn as <span class=...>."""

    id: str                               # shared by the fragments of this mark ("m12")
    start: int
    end: int
    classes: tuple[str, ...]
    attrs: dict[str, str] = field(default_factory=dict)   # data-*, title ... (escaped on output)
    rank: int = 50                        # among marks with the same extent, lower sits outside


@dataclass(frozen=True)
class Block:
    """A paragraph of the article (body or site chrome) with its marked HTML."""

    start: int
    end: int
    kind: str                             # body | boilerplate
    reason: str | None
    html: Markup


def blocks(text: str, paragraphs: Iterable[tuple[int, int, str, str | None]], marks: Iterable[Mark]) -> list[Block]:
    """The article as blocks: the given paragraphs, plus any stretch of text they leave out
    (split at line breaks), so that every non-blank character of the text is shown."""
    spans = sorted((s, e, k, r) for s, e, k, r in paragraphs if 0 <= s < e <= len(text))
    laid: list[tuple[int, int, str, str | None]] = []
    pos = 0
    for s, e, kind, reason in spans:
        if s < pos:                       # overlapping paragraphs: keep the first
            continue
        laid += _lines(text, pos, s)
        laid.append((s, e, kind, reason))
        pos = e
    laid += _lines(text, pos, len(text))
    # Each mark goes to the blocks it overlaps (found by bisection), so long articles stay linear.
    starts = [s for s, _, _, _ in laid]
    buckets: list[list[Mark]] = [[] for _ in laid]
    for m in marks:
        i = max(bisect_right(starts, m.start) - 1, 0)
        while i < len(laid) and laid[i][0] < m.end:
            if laid[i][1] > m.start:
                buckets[i].append(m)
            i += 1
    return [Block(s, e, kind, reason, marked_html(text, bucket, s, e))
            for (s, e, kind, reason), bucket in zip(laid, buckets)]


def _lines(text: str, start: int, end: int) -> list[tuple[int, int, str, str | None]]:
    out = []
    pos = start
    for line in text[start:end].split("\n"):
        s, e = pos, pos + len(line)
        pos = e + 1
        while s < e and text[s].isspace():
            s += 1
        while e > s and text[e - 1].isspace():
            e -= 1
        if s < e:
            out.append((s, e, "body", None))
    return out


def marked_html(text: str, marks: Iterable[Mark], start: int = 0, end: int | None = None) -> Markup:
    """`text[start:end]` as escaped HTML with every mark (clipped to the range) wrapped in spans."""
    end = len(text) if end is None else end
    clipped = [(max(m.start, start), min(m.end, end), m) for m in marks
               if m.start < end and m.end > start and m.start < m.end]
    # Opening order at one position: longer marks outside, then by rank, then by id for stability.
    clipped.sort(key=lambda c: (c[0], -c[1], c[2].rank, c[2].id))
    bounds = sorted({start, end, *(s for s, _, _ in clipped), *(e for _, e, _ in clipped)})
    # First the events (open at / text / close at), then the tags: an opening tag needs to
    # know whether its fragment starts and ends the mark.
    events: list[tuple] = []
    stack: list[tuple[int, int, Mark]] = []   # open marks, outermost first
    nxt = 0
    for i, pos in enumerate(bounds):
        ending = [k for k, (_, e, _) in enumerate(stack) if e <= pos]
        if ending:
            # Marks opened after the first ending one close with it, and reopen.
            first = ending[0]
            reopen = [c for c in stack[first:] if c[1] > pos]
            events += [("close", pos)] * (len(stack) - first)
            del stack[first:]
            for c in reopen:
                events.append(("open", c[2], pos))
                stack.append(c)
        while nxt < len(clipped) and clipped[nxt][0] == pos:
            c = clipped[nxt]
            events.append(("open", c[2], pos))
            stack.append(c)
            nxt += 1
        if i + 1 < len(bounds):
            events.append(("text", pos, bounds[i + 1]))
    events += [("close", end)] * len(stack)
    return Markup("".join(_serialise(text, events)))


def _serialise(text: str, events: list[tuple]) -> list[str]:
    closes_at: dict[int, int] = {}
    opened: list[int] = []
    for i, ev in enumerate(events):
        if ev[0] == "open":
            opened.append(i)
        elif ev[0] == "close":
            closes_at[opened.pop()] = ev[1]
    out = []
    for i, ev in enumerate(events):
        if ev[0] == "text":
            out.append(str(escape(text[ev[1]:ev[2]])))
        elif ev[0] == "close":
            out.append("</span>")
        else:
            mark, pos = ev[1], ev[2]
            classes = list(mark.classes)
            if pos == mark.start:
                classes.append("mk-start")
            if closes_at[i] == mark.end:
                classes.append("mk-end")
            attrs = "".join(f' {name}="{escape(value)}"' for name, value in mark.attrs.items()
                            if value is not None)
            out.append(f'<span class="{escape(" ".join(classes))}" data-mark="{escape(mark.id)}"{attrs}>')
    return out
