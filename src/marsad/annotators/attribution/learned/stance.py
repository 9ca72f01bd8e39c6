"""Stance features: what a claim's cue and the first words of its content say about the source's stance.

The cue's lemma and lexicon stance, a negator before it (لم ينف), the walk's own
stance (which a negation, a renewed noun or ضرورة/أهمية turned), and the content's
first words: a future (ستضع، سيتم، سوف), a hedge (قد يصل، نحو، تقديرات), a
negation (لا، لم، ليس), a call (ضرورة، الإسراع). The trained classifier
(`models/attribution/stance.json`) picks one of the nine stances (confirm and
assert as one, as the annotation guide scores them).
"""
from __future__ import annotations

from ....document import Span
from ..words import DEMAND_OPENERS, NEGATORS, Words
from .claims import ClaimCandidate
from .context import cue_lemma

CONTENT_WORDS = 6


def _content_tokens(w: Words, content: Span) -> list[int]:
    s, e = w.index_at(content.start), w.index_at(content.end)
    return [k for k in range(s, e) if w.is_word(k) and w.tokens[k].kind == "word"]


def stance_features(c: ClaimCandidate, content: Span | None, rule_stance: str | None) -> list[str]:
    w = c.walk.w
    cue = c.cue
    lemma = cue_lemma(cue)
    negated = w.in_set(cue.token - 1, NEGATORS) or w.in_set(cue.token - 2, NEGATORS) and cue.auxiliary
    f = [f"lemma={lemma}", f"lexicon={cue.form.stance}", f"rule={rule_stance}", f"negated={negated}",
         f"lemma_negated={lemma}_{negated}", f"form={cue.form.form}", f"kind={c.kind}"]
    if rule_stance is not None and rule_stance != cue.form.stance:
        f.append(f"turned={cue.form.stance}>{rule_stance}")     # by a negator, a renewed noun, ضرورة/أهمية
    if content is None:
        return f
    toks = _content_tokens(w, content)
    for n, k in enumerate(toks[:CONTENT_WORDS]):
        b = w.bare(k)
        f.append(f"w={b}")
        if n < 2:
            f.append(f"w{n}={b}")
        if len(b) >= 4 and b[0] == "س" and b[1] in "يتنا":
            f.append("future")
        if b in ("قد", "ربما") and n + 1 < len(toks) and w.bare(toks[n + 1])[:1] in "يتن":
            f.append("hedged_imperfect")
        if w.in_set(k, NEGATORS):
            f.append("negation")
        if b[:1] == "ب" and n == 0:
            f.append("starts_with_bi")
        if n < 4 and b in DEMAND_OPENERS:
            f.append("demand_opener")
    for k in toks[CONTENT_WORDS:CONTENT_WORDS + 10]:
        b = w.bare(k)
        if len(b) >= 4 and b[0] == "س" and b[1] in "يتنا":
            f.append("future_later")
    return f
