"""Quoted spans of a paragraph, from every quote-mark style and the broken ones pages carry.

Styles: “ ” „ « » ‹ › ‘ ’ and straight " '. Whether a mark opens or closes is
read from what touches it (an opener follows a space and precedes a letter, a
closer the other way round), as in CommonMark's flanking rules, and only when
that is undecided from the mark itself; so reversed marks (”…“, »…«) and an
opening mark reused as the closing one (“…“) pair as they were meant. Broken
patterns are kept, each with its own `pattern`:
- "paired":    an opening and a closing mark;
- "unclosed":  an opening mark never closed: the quote runs to the end of the
               paragraph, or, when the same mark opens again (“… قال بوتين: “…”),
               to the end of the last sentence before that new quote's lead-in;
- "continued": a closing mark with no opener (“A”. B”): the speech went on after
               an inner closing mark, from the end of the previous quote (or the
               paragraph's start) to this mark.
Quotes nested inside another quote are part of it and not reported on their own.
"""
from __future__ import annotations

from dataclasses import dataclass

from ...document import Span

OPENING = "«“„‘‹"
CLOSING = "»”’›"
STRAIGHT = "\"'"
MARKS = OPENING + CLOSING + STRAIGHT
# Marks of one group open and close each other (reversed «…« and reused “…“ included).
GROUP = {"«": "angle", "»": "angle", "‹": "angle1", "›": "angle1", "“": "curly", "”": "curly", "„": "curly",
         "\"": "straight", "‘": "single", "’": "single", "'": "apostrophe"}
# A closing mark may also end a quote opened by a related group (“…" and "…” both occur).
CLOSES = {"curly": ("curly", "straight"), "straight": ("straight", "curly"), "angle": ("angle",),
          "angle1": ("angle1",), "single": ("single", "apostrophe"), "apostrophe": ("apostrophe", "single")}

_SPACE_BEFORE = set("([{:،,؛;—–-/\u00a0")          # an opener may follow these
_SPACE_AFTER = set(".،,؛;:!?؟)]}…-—–\u00a0")      # a closer may precede these
_ATTACHED = set("لبوفك")                          # one-letter clitics glued to an opener: لـ"سبق"، و«أهم
_SENTENCE_END = set(".!?؟…")
OPEN, CLOSE = 1, 2


@dataclass(frozen=True, slots=True)
class QuotedSpan:
    """Quoted words `span` (marks excluded) with the marks around them, when present."""

    span: Span
    opening: Span | None
    closing: Span | None
    pattern: str          # paired | unclosed | continued

    @property
    def start(self) -> int:
        return self.span.start

    @property
    def end(self) -> int:
        return self.span.end

    @property
    def outer_start(self) -> int:
        return self.opening.start if self.opening is not None else self.span.start

    @property
    def outer_end(self) -> int:
        return self.closing.end if self.closing is not None else self.span.end


def _role(text: str, i: int, lo: int, hi: int, group_open: bool) -> int | None:
    ch = text[i]
    prev = text[i - 1] if i > lo else " "
    nxt = text[i + 1] if i + 1 < hi else " "
    free_before = prev.isspace() or prev in _SPACE_BEFORE or prev in MARKS
    free_after = nxt.isspace() or nxt in _SPACE_AFTER or nxt in MARKS
    if free_before and not free_after:
        return OPEN
    if free_after and not free_before:
        return CLOSE
    if not free_before and not free_after:
        if prev.isascii() and prev.isalpha() and nxt.isascii() and nxt.isalpha():
            return None                                   # an apostrophe: don't, O'Brien
        if prev == "\u0640" or (prev in _ATTACHED and (i - 2 < lo or not text[i - 2].isalpha())):
            return OPEN                                   # لـ"سبق"، و«أهم
    if free_before and free_after:                        # spaced on both sides (” سند ”): open, then close
        if ch == "'":
            return None                                   # a lone straight apostrophe decides nothing
        return CLOSE if group_open else OPEN
    if ch in OPENING:
        return OPEN
    if ch in CLOSING:
        return CLOSE
    if ch == "'":
        return None
    return CLOSE if group_open else OPEN


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def _last_sentence_end(text: str, lo: int, hi: int) -> int | None:
    """The index just after the last sentence-final mark in text[lo:hi] that a space follows."""
    for i in range(hi - 1, lo - 1, -1):
        if text[i] in _SENTENCE_END and i + 1 < len(text) and (i + 1 >= hi or text[i + 1].isspace()):
            j = i + 1
            while j < hi and text[j] in CLOSING + STRAIGHT:
                j += 1
            return j
    return None


def find_quoted(text: str, start: int = 0, end: int | None = None) -> list[QuotedSpan]:
    """Quoted spans in `text[start:end]` (one paragraph), in text order."""
    end = len(text) if end is None else end
    found: list[QuotedSpan] = []
    stack: list[tuple[int, str]] = []          # open marks: (index, group)

    def add(open_i: int | None, close_i: int | None, s: int, e: int, pattern: str) -> None:
        s, e = _trim(text, s, e)
        if e > s:
            found.append(QuotedSpan(Span(s, e, text),
                                    Span(open_i, open_i + 1, text) if open_i is not None else None,
                                    Span(close_i, close_i + 1, text) if close_i is not None else None,
                                    pattern))

    def unclosed_before(open_i: int, stop: int) -> None:
        # The same mark opens again: the first quote ran to the last sentence end before the new one.
        cut = _last_sentence_end(text, open_i + 1, stop)
        add(open_i, None, open_i + 1, cut if cut is not None else stop, "unclosed")

    for i in range(start, end):
        ch = text[i]
        if ch not in MARKS:
            continue
        group = GROUP[ch]
        role = _role(text, i, start, end, any(g == group for _, g in stack))
        if role is None:
            continue
        if role == OPEN:
            if stack and stack[-1][1] == group:
                open_i, _ = stack.pop()
                if not stack:
                    unclosed_before(open_i, i)
            stack.append((i, group))
            continue
        k = next((k for k in range(len(stack) - 1, -1, -1) if stack[k][1] in CLOSES[group]), None)
        if k is None:
            if not stack:                            # a closing mark with nothing open
                prev_end = found[-1].outer_end if found else start
                add(None, i, prev_end, i, "continued")
            continue
        open_i = stack[k][0]
        del stack[k:]
        if not stack:                                # quotes nested in another are part of it
            add(open_i, i, open_i + 1, i, "paired")
    if stack:
        open_i = stack[0][0]
        add(open_i, None, open_i + 1, end, "unclosed")
    found.sort(key=lambda q: q.start)
    return _strip_leading_punct(text, found)


def _strip_leading_punct(text: str, quotes: list[QuotedSpan]) -> list[QuotedSpan]:
    """A continued quote starts after the punctuation that closed the previous one (”. وعلى ...)."""
    out = []
    for q in quotes:
        if q.pattern == "continued":
            s = q.start
            while s < q.end and (text[s] in ".،,؛;:" or text[s].isspace()):
                s += 1
            if s < q.end:
                q = QuotedSpan(Span(s, q.end, text), q.opening, q.closing, q.pattern)
            else:
                continue
        out.append(q)
    return out
