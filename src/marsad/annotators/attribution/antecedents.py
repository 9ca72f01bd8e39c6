"""A named antecedent for a cue with no subject when no earlier speaker agrees with it.

`وأكدت أن …` after only men have spoken may still continue a body or a woman the
article named without reporting her words (وكانت الهيئة قد أعلنت …، ترأست السيدة …).
The nearest person or organisation before the cue, in its sentence or the one
before, whose own words tell a gender the cue agrees with (`agreement.head_gender`)
is taken; a name after a preposition (للرئيس، من الوزارة) is a genitive or an
adverbial, never a subject, and is passed over.
"""
from __future__ import annotations

import bisect

from .agreement import head_gender
from .speakers import DESCRIPTION, Speaker
from .words import ADVERBIAL_PREPS, BREAKERS, Words

_CLITIC_PREPOSITIONS = ("ل", "ب", "ك")


def named_antecedent(w: Words, cue_token: int, agreement: str, since: int) -> Speaker | None:
    """The nearest PER/ORG mention between token `since` and the cue whose gender is `agreement` (m or f)."""
    if agreement not in ("m", "f"):
        return None
    lo, hi = w.tokens[since].start, w.tokens[cue_token].start
    for m in reversed(w.starting_in(lo, hi)):
        if not (lo <= m.start and m.end <= hi) or m.label not in ("PER", "ORG") or m.score == DESCRIPTION:
            continue
        k = bisect.bisect_right(w.starts, m.start) - 1
        e = max(k + 1, w.index_at(m.end))
        clitic = w.text[w.tokens[k].start:m.start].lstrip("وف")
        if clitic.startswith(_CLITIC_PREPOSITIONS) or w.in_set(k - 1, BREAKERS | ADVERBIAL_PREPS):
            continue                                   # للرئيس هادي، عن الوزارة: not who speaks
        if head_gender(w, k, e) != agreement:
            continue
        span = m.as_span()
        return Speaker(span, m.entity, span, agreement, explicit=False)
    return None
