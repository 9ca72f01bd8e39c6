"""Small descriptions of tokens and numbers that the learned components' features share."""
from __future__ import annotations

from ....text.normalize import fold
from ..cues import Cue
from ..words import ACCORDING_TO, NAMING, QUOTE_PREPOSITIONS, WORD_PREPOSITIONS, Words


def bucket(x: float, edges: tuple[float, ...]) -> str:
    """`<=e` for the first edge e that x does not exceed, else `>last`."""
    for e in edges:
        if x <= e:
            return f"<={e:g}"
    return f">{edges[-1]:g}"


def cue_lemma(cue: Cue) -> str:
    return fold(cue.form.lemma)


def word_class(w: Words, i: int) -> str:
    """What token i is, coarsely: punctuation (which), a cue, a complementizer, a preposition (glued ب/ل,
    or a word), a naming noun, a time word, a name (its label), a definite or a plain word."""
    if not 0 <= i < len(w):
        return "edge"
    tok = w.tokens[i]
    if tok.kind in ("punct", "symbol"):
        return "punct" + (tok.text if tok.text in ".،,:؛;()«»“”\"'-" else "")
    if w.cue_at(i) is not None:
        return "cue"
    if w.is_complementizer(i):
        return "that"
    text = tok.text
    if text in ("ب", "ل", "بـ", "لـ", "وب", "ول", "وبـ", "ولـ") or text.endswith("\u0640"):
        return "glued_prep"
    b = w.bare(i)
    if b in WORD_PREPOSITIONS or b in QUOTE_PREPOSITIONS:
        return "prep"
    if w.in_set(i, ACCORDING_TO):
        return "according"
    if w.in_set(i, NAMING) or w.without_article(i) in NAMING:
        return "naming"
    if w.is_time(i):
        return "time"
    m = w.mention_at(i)
    if m is not None:
        return "name_" + m.label
    if text in ("و", "ف"):
        return "conj"
    if w.is_definite(i):
        return "definite"
    return "word" if tok.kind == "word" else tok.kind
