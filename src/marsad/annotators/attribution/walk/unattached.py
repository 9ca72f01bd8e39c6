"""Quoted spans no cue introduced, and what kind each quoted span is.

`classify_quote` tells speech from a name or a short term (صحيفة «عكاظ»، لـ"سبق").
`unattached_quotes` tries the spans no cue took: a continuation of the previous
quote (“A”. B”), a cue after it («…»، قال بوتين / بحسب … / على حد قوله), or a
paragraph of speech right after the previous speaker's.
"""
from __future__ import annotations

from typing import TYPE_CHECKING

from ....text.normalize import fold
from ..agreement import head_gender
from ..cues import PARTICIPLE
from ..quotemarks import QuotedSpan
from ..speakers import describe, subject_after
from ..words import ACCORDING_TO, AFTER_QUOTE_NOUNS, NAMING, Words
from .state import NAME, SHORT, SPEECH

if TYPE_CHECKING:
    from .paragraph import Walk

MIN_CONTINUATION_WORDS = 6


def unattached_quotes(walk: Walk) -> None:
    w = walk.w
    previous: QuotedSpan | None = None
    for q in w.quoted:
        kind = walk.kinds[id(q)]
        if id(q) in walk.attached or kind == NAME:
            previous = q if id(q) in walk.attached else previous
            continue
        if q.pattern == "continued" and previous is not None and id(previous) in walk.attached:
            speaker, cue = walk.attached[id(previous)]
            walk.attach(q, None, speaker, cue)
        elif kind == SPEECH and cue_after(walk, q):
            pass
        elif kind == SPEECH and continues_speech(walk, q):
            pass
        if id(q) in walk.attached:
            previous = q


def cue_after(walk: Walk, q: QuotedSpan) -> bool:
    """«…»، قال بوتين / «…» بحسب الوزارة / «…» على حد قوله / «…». يقول فلان."""
    w = walk.w
    k = w.index_at(q.outer_end)
    while k < len(w) and w.is_punct(k, "،,.:"):
        k += 1
    if k >= len(w):
        return False
    if w.bare(k) in ("كما", "هكذا") and w.cue_at(k + 1) is not None:
        k += 1
    cue = w.cue_at(k)
    if cue is not None and not cue.conjunction and cue.form.form != PARTICIPLE:
        clause = next((c for c in walk.clauses if c.cue is cue), None)
        if clause is not None and clause.speaker is not None and clause.speaker.explicit:
            walk.attach(q, clause)
            return True
        return False
    if w.in_set(k, ACCORDING_TO):
        j = k + 1
        while j < len(w) and (w.bare(j) in ("ل", "عن", "ما") or w.addressee(j) and w.f[j] == "ل"):
            j += 1
        rng = subject_after(w, j)
        if rng is not None and w.person_like(*rng):
            speaker = walk.memory.add(w.tokens[rng[0]].start, describe(w, rng, head_gender(w, *rng) or "m"),
                                      walk.number)
            walk.attach(q, None, speaker, w.span(k, k + 1))
            return True
    if w.bare(k) == "علي" and k + 2 < len(w) and w.bare(k + 1) == "حد":
        noun = w.bare(k + 2)
        if any(noun.startswith(n) for n in AFTER_QUOTE_NOUNS):
            agreement = "f" if noun.endswith("ها") else "pl" if noun.endswith(("هم", "هما")) else "m"
            speaker = walk.memory.resolve(w.tokens[k].start, agreement, walk.number)
            if speaker is not None:
                walk.attach(q, None, speaker, w.span(k, k + 3))
                return True
    return False


def continues_speech(walk: Walk, q: QuotedSpan) -> bool:
    """A paragraph of quoted speech right after the previous speaker's paragraph."""
    w = walk.w
    if q.opening is None or w.index_at(q.opening.start) != 0:
        return False
    if len(q.span.text.split()) < MIN_CONTINUATION_WORDS or not walk.spoke_in \
            or walk.spoke_in[-1] != walk.number - 1:
        return False
    speaker = walk.memory.latest(q.start, walk.number)
    if speaker is None:
        return False
    walk.attach(q, None, speaker, None)
    return True


def classify_quote(w: Words, q: QuotedSpan) -> str:
    """Speech or a name: a quoted term after a naming noun or a preposition is a name (صحيفة «عكاظ»، لـ"سبق")."""
    n_words = len(q.span.text.split())
    if q.opening is not None:
        i = w.index_at(q.opening.start)
        prev = i - 1
        if prev >= 0 and w.is_word(prev):
            if (w.in_set(prev, NAMING) or w.without_article(prev) in NAMING) and w.bare(prev) != "بالاسم":
                described = any(w.cue_at(k) is not None or is_describing(w, k) for k in range(max(0, prev - 4), prev))
                return SHORT if w.f[prev] in ("ب",) and described else NAME
            token = w.tokens[prev].text
            if token in ("لـ", "ل", "بـ", "ب") or token.endswith("\u0640"):
                if token.startswith("ب") and any(is_describing(w, k) for k in range(max(0, prev - 5), prev)):
                    return SHORT if n_words <= 2 else SPEECH
                return NAME
        if q.closing is not None:
            j = w.index_at(q.closing.end)
            if n_words <= 4 and j < len(w) and (w.is_punct(j, ":") or w.is_complementizer(j)):
                return NAME                          # وقال “ابن مساعد”: “…”، قال «مكتب أخبار سوريا» إن
            if j + 1 < len(w) and w.f[j] == "و" and w.quote_opening_at(j + 1) is not None:
                return NAME                          # صحيفتا "ذي دايلي مايل" و"دايلي تلغراف"
            if j < len(w) and w.tokens[j].text.startswith("و") and len(w.tokens[j].text) == 1:
                return NAME
        if n_words <= 4 and prev >= 0 and w.tokens[prev].kind == "word" and w.cue_at(prev) is None \
                and not w.is_complementizer(prev) and not w.is_time(prev) and not is_describing(w, prev):
            return SHORT                             # في احتفالات "عيد طيبة 36": a name inside a phrase
    return SPEECH if n_words >= 3 else SHORT


def is_describing(w: Words, k: int) -> bool:
    """A وصف/سمى-type cue: what follows بـ is what someone called something (يصفها المحللون بـ «…»)."""
    b = w.bare(k)
    return any(b.startswith(fold(stem)) for stem in ("وصف", "يصف", "تصف", "سمى", "يسمي", "تسمي", "نعت", "ينعت"))
