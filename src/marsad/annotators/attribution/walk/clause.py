"""One reporting cue: who speaks, what the cue reaches, and what that makes (a quote or a claim).

`report_clause` reads, for a cue, the speaker (`subject.who_speaks`), the complement
(`complement.complement_of`: a colon, a quote mark, a clause after أن, the verb's
preposition or an object) and emits a direct quote or a claim through `content`,
with the cue's stance turned by a negator (لم ينف) and by a renewed noun (جدد دعوته).
"""
from __future__ import annotations

import bisect
from dataclasses import replace
from typing import TYPE_CHECKING

from ....document import Span
from ....lexicons import reporting as lex
from ....text.normalize import fold
from ..antecedents import named_antecedent
from ..cues import NOUN, PARTICIPLE, Cue, negated
from ..words import DEMONSTRATIVES, LINKERS, PRAYER, SECOND_PARTY_REQUIRED, WORD_PREPOSITIONS
from .complement import complement_of
from .content import after_colon, report_content
from .state import Clause
from .subject import object_pronoun, past_addressee, remember_quoted, renewal, who_speaks, with_apposed_name

if TYPE_CHECKING:
    from .paragraph import Walk


def report_clause(walk: Walk, cue: Cue) -> None:
    w, form = walk.w, cue.form
    position = cue.span.start
    is_negated = negated(w.f, cue)
    stance = lex.NEGATED_STANCE.get(form.stance, form.stance) if is_negated else form.stance
    preps = tuple(fold(p) for p in form.takes if p not in ("that", "speech", "object"))
    found = who_speaks(walk, cue, preps)
    if found is None:
        walk.outcomes[cue.token] = "no_speaker"
        return                                         # a passive, or a subject that is no speaker
    speaker, subject_end, remembered = found
    named_end = subject_end
    if "renewal" in form.takes:                        # جدد الطيب دعوته | إلى ...
        renewed = renewal(walk, subject_end)
        if renewed is None:
            walk.outcomes[cue.token] = "no_renewal"
            return
        stance, takes, subject_end = renewed
        stance = lex.NEGATED_STANCE.get(stance, stance) if is_negated else stance
        cue = Cue(cue.span, replace(form, stance=stance, takes=takes), cue.token, cue.last, cue.conjunction,
                  cue.auxiliary)
        form = cue.form
        preps = tuple(fold(p) for p in takes if p not in ("that", "speech", "object"))
    subject_end = past_addressee(walk, cue, subject_end, preps)
    complement = None if w.in_set(subject_end, PRAYER) else complement_of(walk, cue, subject_end, preps)
    if complement is not None and complement[0] not in ("colon", "quote", "that") \
            and w.in_set(cue.last + 1, DEMONSTRATIVES) \
            and speaker is not None and speaker.explicit and w.tokens[cue.last + 1].end <= speaker.span.start:
        # أكد ذلك المدير عبر حسابه: ذلك, the report before, is what he confirmed (أوضح ذلك المدير أن … keeps it)
        complement = None
    if complement is not None and complement[0] in ("colon", "quote", "that") and speaker is not None \
            and speaker.explicit and speaker.group < 0:
        speaker = with_apposed_name(walk, speaker, subject_end, complement[1], form.agreement)
    if speaker is not None and speaker.explicit and speaker.group < 0 and (remembered or complement is not None):
        speaker = walk.memory.add(position, speaker, walk.number)   # a subject later cues may continue
    if form.lemma in SECOND_PARTY_REQUIRED and speaker is not None and speaker.explicit:
        remember_quoted(walk, named_end)
    if speaker is None and complement is not None and continues_clause(walk, cue, complement[0]):
        start = w.sentence_start(cue.token)               # no speaker agrees: a body or person named just before
        speaker = named_antecedent(w, cue.token, form.agreement, w.sentence_start(start - 1) if start else 0)
    clause = Clause(cue, speaker, stance, is_negated, w.sentence_start(cue.token), complement)
    walk.clauses.append(clause)
    if complement is None:
        walk.outcomes[cue.token] = "no_complement"
        return
    kind, anchor = complement
    walk.outcomes[cue.token] = "blocked"
    if kind == "object" and (speaker is None or not speaker.explicit) and not cue.conjunction \
            and form.form not in (PARTICIPLE, NOUN):
        return                                         # حيث أعلنت حالة الطوارئ، لم يتهم شخصيا: passives
    if form.named_subject and (speaker is None or not speaker.explicit):
        return                                         # وطلب منه أن يلتقط صورة: a request in a story
    if is_negated and form.stance == lex.ASSERT and kind in ("object", "prep"):
        return                                         # لم تعلن أي جهة مسؤوليتها: nothing was said
    if form.things and kind in ("prep", "object") and speaker is not None and speaker.explicit \
            and not personal(walk, speaker.span):
        return                                         # يكشف هذا المعرض عن جذور الهوس بالجمال
    walk.outcomes[cue.token] = kind
    if kind == "colon":
        after_colon(walk, clause, anchor)
    elif kind == "quote":
        walk.attach(w.quote_opening_at(anchor), clause)
    elif kind == "that":
        report_content(walk, clause, anchor + 1, kind)
    elif kind in ("object", "clause"):
        report_content(walk, clause, anchor, "that" if kind == "clause" else kind)
    elif w.bare(anchor) in WORD_PREPOSITIONS or w.tokens[anchor].text.rstrip("\u0640") in ("ب", "ل"):
        report_content(walk, clause, anchor + 1, kind)         # شكك في | قرار بوتين
    else:
        report_content(walk, clause, anchor, kind, glued=True)  # طالب | بضرورة ...


def continues_clause(walk: Walk, cue: Cue, complement: str) -> bool:
    """وقالت إن، ووعدت بـ، حيث قال: a conjoined verb of speech that goes on the story's clause, the only
    cue a named antecedent may be the subject of (not يقول هذا «المواطن», a bare verb whose subject was
    missed, nor وتعهده بالرعاية, whose pronoun is another person)."""
    w = walk.w
    if cue.form.form in (PARTICIPLE, NOUN) or object_pronoun(walk, cue) or complement == "object":
        return False
    return cue.conjunction or w.in_set(cue.token - 1, LINKERS)


def personal(walk: Walk, span: Span) -> bool:
    """The speaker span names a person, a body or a document (not المعرض، الصور)."""
    w = walk.w
    s = bisect.bisect_right(w.starts, span.start) - 1
    e = w.index_at(span.end)
    return s < e and (w.person_like(s, e) or w.named(s, e))
