"""Named events and works: a quoted name after an event or work head, and operations named alone.

The annotation guide makes named events and operations MISC (`عاصفة الحزم`, a
named festival or conference). News writes an event's own name in quote marks
after its head noun (`مهرجان «أبها يجمعنا»`, `ملتقى "وطن السلام"`); the tagger
reads the quoted words as what they say (`أبها` a place, `الفيصل` a person), so
the quoted name, without its marks, replaces what it made of them. Titles of works
and products after their head are MISC the same way (`فيلم «مدغشقر»`, `تطبيق «دوري بلس»`). The head must
be indefinite: after a definite one (`المسابقة (7 مرات)`) the brackets hold a remark.
Operations with no head (`عاصفة الحزم`) come from `lexicons.entities.KNOWN_OPERATIONS`. A
tournament named for a place (`كأس آسيا`, `دوري أبطال أوروبا`) is one MISC name, not the place.
"""
from __future__ import annotations


from ...layers import Mention, Token
from ...lexicons.entities import (KNOWN_OPERATIONS, QUOTED_EVENT_HEADS, QUOTED_WORK_HEADS, TOURNAMENT_HEADS,
                                  TOURNAMENT_LINKS)
from ...text.normalize import fold
from .gazetteer import find_listed, listed_names
from .words import _forms_of

_HEADS = frozenset(fold(w) for w in QUOTED_EVENT_HEADS + QUOTED_WORK_HEADS)
_TOURNAMENTS = frozenset(fold(w) for w in TOURNAMENT_HEADS)
_LINKS = frozenset(fold(w) for w in TOURNAMENT_LINKS)
_OPEN = "«“\"(‘"
_CLOSE = {"«": "»", "“": "”\"", "\"": "\"”“", "(": ")", "‘": "’'"}
MAX_WORDS = 7


def _quoted(tokens: list[Token], i: int) -> int | None:
    """End index (the closing mark) of a quoted name opening at tokens[i], or None: words and
    numbers, inner dots or dashes allowed (`الفيصل.. شاهد وشهيد`, `جنيف - 3`), a word first."""
    mark = tokens[i].text
    if mark not in _OPEN or i + 1 >= len(tokens) or tokens[i + 1].kind not in ("word", "latin"):
        return None
    for j in range(i + 1, min(len(tokens), i + 2 + MAX_WORDS)):
        t = tokens[j]
        if t.text in _CLOSE[mark]:
            return j if tokens[j - 1].kind in ("word", "latin", "number") else None
        if t.kind not in ("word", "latin", "number") and t.text not in (".", "..", "...", "-", "–"):
            return None
    return None


def quoted_event_mentions(tokens: list[Token], mentions: list[Mention], vocab) -> list[Mention]:
    """The quoted name after an indefinite event or work head (`معرض «صنع في عسير»`, `فيلم «مدغشقر»`), MISC."""
    out = []
    for i, tok in enumerate(tokens[:-2]):
        if tok.kind != "word" or tokens[i + 1].start - tok.end > 1:
            continue
        if not {form for form, _ in _forms_of(tok.text)} & _HEADS:
            continue
        end = _quoted(tokens, i + 1)
        if end is not None:
            out.append(Mention(tokens[i + 2].start, tokens[end - 1].end, tok.source, "MISC", None, None))
    return out


def operation_mentions(tokens: list[Token], mentions: list[Mention], vocab) -> list[Mention]:
    """The listed operations (`عاصفة الحزم`, with any proclitic), unless an organisation covers them
    (`قوات عاصفة الحزم` may be tagged as the force)."""
    return [Mention(start, end, tokens[0].source, "MISC", None, None)
            for _, start, end in find_listed(tokens, listed_names(tuple(KNOWN_OPERATIONS), "misc", "MISC"), mentions)]


def tournament_mentions(tokens: list[Token], mentions: list[Mention], vocab) -> list[Mention]:
    """`كأس` / `دوري` / `بطولة` (+ `أبطال` / `أمم`) + a place found in the sentence: one MISC name."""
    places = {m.start: m for m in mentions if m.label == "LOC"}
    out = []
    for i, tok in enumerate(tokens[:-1]):
        if tok.kind != "word":
            continue
        cut = next((c for form, c in _forms_of(tok.text) if form in _TOURNAMENTS), None)
        if cut is None:
            continue
        j = i + 1
        if j + 1 < len(tokens) and fold(tokens[j].text) in _LINKS and tokens[j].start - tokens[i].end == 1:
            j += 1
        place = places.get(tokens[j].start)
        if place is not None and tokens[j].start - tokens[j - 1].end == 1:
            out.append(Mention(tok.start + cut, place.end, tok.source, "MISC", None, None))
    return out
