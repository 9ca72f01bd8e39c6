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


from ...layers import Mention
from ...lexicons import entities as lex
from ...text.tokenview import TokenView
from .gazetteer import find_listed, listed_names

_OPEN = "«“\"(‘"
_CLOSE = {"«": "»", "“": "”\"", "\"": "\"”“", "(": ")", "‘": "’'"}
MAX_WORDS = 7


def _quoted(view: TokenView, i: int) -> int | None:
    """End index (the closing mark) of a quoted name opening at tokens[i], or None: words and
    numbers, inner dots or dashes allowed (`الفيصل.. شاهد وشهيد`, `جنيف - 3`), a word first."""
    tokens = view.tokens
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


def quoted_event_mentions(view: TokenView, mentions: list[Mention], vocab) -> list[Mention]:
    """The quoted name after an indefinite event or work head (`معرض «صنع في عسير»`, `فيلم «مدغشقر»`), MISC."""
    tokens = view.tokens
    out = []
    for i, tok in enumerate(tokens[:-2]):
        if tok.kind != "word" or tokens[i + 1].start - tok.end > 1:
            continue
        if not any(form in lex.QUOTED_TITLE_HEADS for form, _ in view.clitic_forms(i)):
            continue
        end = _quoted(view, i + 1)
        if end is not None:
            out.append(Mention(tokens[i + 2].start, tokens[end - 1].end, tok.source, "MISC", None, None))
    return out


def operation_mentions(view: TokenView, mentions: list[Mention], vocab) -> list[Mention]:
    """The listed operations (`عاصفة الحزم`, with any proclitic), unless an organisation covers them
    (`قوات عاصفة الحزم` may be tagged as the force)."""
    return [Mention(start, end, view.tokens[0].source, "MISC", None, None)
            for _, start, end in find_listed(view.tokens, listed_names(lex.KNOWN_OPERATIONS.entries, "misc", "MISC"),
                                             mentions)]


def tournament_mentions(view: TokenView, mentions: list[Mention], vocab) -> list[Mention]:
    """`كأس` / `دوري` / `بطولة` (+ `أبطال` / `أمم`) + a place found in the sentence: one MISC name."""
    tokens = view.tokens
    places = {m.start: m for m in mentions if m.label == "LOC"}
    out = []
    for i, tok in enumerate(tokens[:-1]):
        if tok.kind != "word":
            continue
        cut = view.head_in(i, lex.TOURNAMENT_HEADS)
        if cut is None:
            continue
        j = i + 1
        if j + 1 < len(tokens) and view.forms[j] in lex.TOURNAMENT_LINKS and tokens[j].start - tokens[i].end == 1:
            j += 1
        place = places.get(tokens[j].start)
        if place is not None and tokens[j].start - tokens[j - 1].end == 1:
            out.append(Mention(tok.start + cut, place.end, tok.source, "MISC", None, None))
    return out
