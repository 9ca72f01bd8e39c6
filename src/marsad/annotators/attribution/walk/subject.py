"""Who speaks at a cue: the subject after or before the verb, the addressee skipped, the speaker resolved.

`who_speaks` reads the subject of a cue (VSO, SVO, the antecedent of الذي, the
sentence's speaker for a participle) or resolves a cue without one to the latest
speaker whose agreement fits; the helpers tell a subject from an addressee
(ودعت المنظمة | الوزير إلى)، an object (توقع القحطاني | زيادة) or a renewed noun (جدد الطيب | دعوته).
"""
from __future__ import annotations

import bisect
from typing import TYPE_CHECKING

from ....document import Span
from ....text.normalize import fold
from ..agreement import agrees, head_gender
from ..cues import JUSSIVE, NOUN, PARTICIPLE, PRESENT, Cue, cue_index
from ..speakers import DESCRIPTION, Speaker, describe, subject_after, subject_before
from ..words import (ADDRESSEE_PREPOSITIONS, ADVERBIAL_PREPS, BREAKERS, COMPLEMENT_PREPS, LINKERS, MEDIA, NEGATORS,
                     PRAYER, PRONOUNS, RELATIVES, RENEWALS, ROLES, SECOND_PARTY_REQUIRED, TITLES)
from .complement import is_prep, skip_adverbials

if TYPE_CHECKING:
    from .paragraph import Walk


def who_speaks(walk: Walk, cue: Cue, preps: tuple[str, ...]) -> tuple[Speaker | None, int, bool] | None:
    """Who speaks at `cue`, the token after their name, and whether the name is worth remembering;
    None when the cue reports no one (ويُذكر أن، لكن المكاسب تشير إلى أن، التمارين التي يرى أنها)."""
    w, form = walk.w, cue.form
    position, after = cue.span.start, cue.last + 1
    if form.form in (PARTICIPLE, NOUN):
        return governing(walk, cue, w.sentence_start(cue.token), position, form.agreement), after, False
    if w.in_set(cue.token - 1, RELATIVES):             # الذي أكد أن: the antecedent speaks, or no one here
        if object_pronoun(walk, cue):
            return None                                # الصور التي توقعتها النماذج: the antecedent is said
        rng = subject_after(w, after, preps)
        if rng is not None and (w.person_like(*rng) or w.named(*rng)) and reports_clause(walk, rng[1]):
            return describe(w, rng, form.agreement), rng[1], True   # الخطة التي ذكرت الصحيفة أنها ...
        rng = subject_before(w, cue.token, form.agreement)
        if rng is None:
            return None
        for clause in reversed(walk.clauses):          # the antecedent is the subject of a cue before it
            sp = clause.speaker
            if sp is not None and sp.explicit and sp.span.start <= w.tokens[rng[0]].start < sp.span.end + 1 \
                    and sp.span.end >= w.tokens[rng[1] - 1].end:
                return sp.resolved(), after, False
        return walk.memory.add(w.tokens[rng[0]].start, describe(w, rng, form.agreement), walk.number), after, False
    subject_end = after
    stops = preps + ((ADDRESSEE_PREPOSITIONS[form.lemma],) if form.lemma in ADDRESSEE_PREPOSITIONS else ())
    rng = subject_after(w, after, stops, object_follows="object" in form.takes or form.addressee or form.transitive)
    asked = ADDRESSEE_PREPOSITIONS.get(form.lemma)
    if rng is not None and asked is not None and w.bare(after).startswith(asked) and len(w.bare(after)) > len(asked):
        rng = None                                     # وطلبت منها | الحضور: whom one asks, then the object
    if rng is not None and "renewal" in form.takes:    # جدد الطيب | دعوته: the renewed noun ends the subject
        cut = next((k for k in range(rng[0] + 1, rng[1]) if renewal(walk, k) is not None), None)
        if cut is not None:
            rng = (rng[0], cut)
    if rng is not None and w.is_punct(rng[1], "،,"):    # نائب الرئيس رئيس الوزراء، خالد بحاح، ...
        name = w.mention_at(rng[1] + 1)
        after = w.index_at(name.end) if name is not None else 0
        if name is not None and name.label == "PER" and name.score != DESCRIPTION and w.is_punct(after, "،,"):
            rng = (rng[0], after)
    apposed = rng is not None and apposed_role(walk, rng[1])
    if apposed:                                        # غادة والي، وزيرة التضامن، | عن ...
        close = next((k for k in range(rng[1] + 2, min(w.sentence_end(rng[1]), rng[1] + 14))
                      if w.is_punct(k, "،,")), None)
        if close is not None and not any(w.cue_at(k) or w.is_complementizer(k) for k in range(rng[1], close)):
            rng = (rng[0], close)
    if rng is not None and "object" in form.takes and w.object_noun(rng[0]) and not w.speaker_head(rng[0]) \
            and not reports_clause(walk, rng[1]):
        rng = None                                     # تقارير ترجح | إمكانية ترشح ميركل: the object
    if rng is not None and form.addressee:
        cut = addressee_inside(walk, rng, preps)
        if cut is not None:                            # ودعت المنظمة | الوزير إلى ...
            rng = (rng[0], cut)
    if rng is not None and form.addressee and addressed(walk, rng, preps):
        subject_end, rng = rng[1], None                # ودعا المنشآت إلى ...، كما دعا الحكومة إلى ...
    if rng is not None and not (w.person_like(*rng) or w.named(*rng)):
        if form.addressee and w.plural(rng[0]) and not w.nominative_plural(rng[0]):   # ودعا المنشآت إلى
            subject_end, rng = rng[1], None
        elif "object" in form.takes and not w.speaker_head(rng[0]) and not reports_clause(walk, rng[1]) and (
                not (w.named(*rng, places=True) or w.nominative_plural(rng[0]) or apposed
                     or object_after(walk, rng[1], preps))
                or subject_before(w, cue.token, form.agreement) is not None):
            rng = None                                 # باكستان تتهم الهند بانتهاكات: the object, not who says it
        elif form.impersonal and form.form in (PRESENT, JUSSIVE) and not reports_clause(walk, rng[1]):
            return None                                # ويُذكر اسمه: a passive
        elif form.transitive and not w.speaker_head(rng[0]) and reports_clause(walk, rng[1]) \
                and w.f[rng[1]].startswith("ب"):
            subject_end, rng = rng[0], None            # ووصف حادث التفجير بأنه ...: the object, no subject
    if form.lemma in SECOND_PARTY_REQUIRED and not (
            rng is not None and w.bare_preposition(rng[1]) == ADDRESSEE_PREPOSITIONS[form.lemma]
            and (w.person_like(*rng) or w.named(*rng) or w.head_in(rng[0], MEDIA))):   # نقل التلفزيون عن
        if rng is not None and walk.clause_start(cue.token) and (w.person_like(*rng) or w.named(*rng)):
            walk.memory.add(w.tokens[rng[0]].start, describe(w, rng, form.agreement), walk.number, silent=True)
        return None                                    # ونقل الأمير التعازي ...: no report, but a subject
    if rng is not None:
        return describe(w, rng, form.agreement), rng[1], w.person_like(*rng)
    rng = subject_before(w, cue.token - (1 if cue.auxiliary else 0), form.agreement)
    if rng is not None and form.impersonal and form.form in (PRESENT, JUSSIVE) and w.is_punct(cue.token - 1, "،,") \
            and not any(w.is_punct(k, "،,") for k in range(rng[0], cue.token - 1)):
        # تعقد المحكمة جلسة، يتوقع أن ...: a passive, no speaker (but عايد الشمري، عضو هيئة التدريس، يرى أن)
        return None
    if rng is not None:
        return walk.memory.add(w.tokens[rng[0]].start, describe(w, rng, form.agreement), walk.number), \
            subject_end, False
    if form.impersonal and form.form in (PRESENT, JUSSIVE) and not cue.auxiliary:
        return None                                    # يُذكر أن، يُتوقع أن
    if not (cue.conjunction or cue.auxiliary or walk.clause_start(cue.token) or w.in_set(cue.token - 1, LINKERS)
            or w.after_contrast(cue.token)
            or w.in_set(cue.token - 1, NEGATORS) or w.in_set(cue.token - 1, PRONOUNS)):
        return None                                    # لكن المكاسب تشير إلى أن
    return walk.memory.resolve(position, form.agreement, walk.number, previous_sentence(walk, cue.token)), \
        subject_end, False


def with_apposed_name(walk: Walk, speaker: Speaker, subject_end: int, anchor: int, agreement: str) -> Speaker:
    """وقال رئيس قطاع البحوث في الشركة، فرانسيسكو كينتانا: «…»: a described speaker whose name follows,
    after a comma, right before the speech; the speaker phrase then runs to the name."""
    w = walk.w
    if speaker.entity is not None and speaker.mention is not None and not speaker.anonymous:
        return speaker
    end = anchor
    while end > subject_end and (w.is_punct(end - 1, "،,") or w.in_set(end - 1, COMPLEMENT_PREPS)):
        end -= 1                                       # (، إن …، إلى أن …)
    comma = next((k for k in range(end - 1, subject_end - 1, -1) if w.is_punct(k, "،,")), None)
    if comma is None or comma + 1 >= end or end - comma - 1 > 4 or comma - subject_end > 4 or any(
            w.in_set(k, BREAKERS | ADVERBIAL_PREPS) or w.is_time(k) or w.is_adverbial_noun(k) or w.cue_at(k)
            for k in range(subject_end, comma)):
        return speaker                                 # (مع نظيره الأمريكي، جون كيري: the name is another's)
    first = w.mention_at(comma + 1)
    if first is not None and first.label == "PER" and first.score != DESCRIPTION:
        if w.index_at(first.end) != end:
            return speaker
    elif not (end - comma - 1 >= 2 and w.human_head(bisect.bisect_right(w.starts, speaker.span.start) - 1)
              and all(w.tokens[k].kind == "word" and not w.is_definite(k) and not w.speaker_head(k)
                      and not w.in_set(k, BREAKERS | ADVERBIAL_PREPS) and not w.cue_at(k) and not w.is_time(k)
                      for k in range(comma + 1, end))):
        return speaker                                 # a name the tagger does not know: two plain words
    start = bisect.bisect_right(w.starts, speaker.span.start) - 1
    longer = describe(w, (start, end), agreement)
    if longer.span.start != speaker.span.start:       # (a conjunction cut the same way)
        longer.span = Span(speaker.span.start, longer.span.end, longer.span.source)
    return longer


def remember_quoted(walk: Walk, k: int) -> None:
    """نقلت الوكالة عن | وزير الخارجية فلان قوله إن ...: the outlet reports, the person quoted is who
    speaks on (لكنه حذر، وأضاف), so he is the latest speaker after it."""
    w = walk.w
    if w.bare_preposition(k) != ADDRESSEE_PREPOSITIONS[fold("نقل")]:
        return
    rng = subject_after(w, k + 1)
    if rng is not None and rng[1] - rng[0] > 1 and w.bare(rng[1] - 1).startswith("قول"):
        rng = (rng[0], rng[1] - 1)                     # … الحلبي | قوله: the verbal noun is the report
    if rng is not None and w.person_like(*rng) and not w.head_in(rng[0], MEDIA):
        walk.memory.add(w.tokens[rng[0]].start, describe(w, rng, head_gender(w, *rng) or "m"), walk.number)


def object_pronoun(walk: Walk, cue: Cue) -> bool:
    """توقعتها، نفاه: the cue carries an object pronoun."""
    word = walk.w.bare(cue.token)
    index = cue_index()
    return any(word.endswith(p) and len(word) > len(p) + 2 and word[:-len(p)] in index
               for p in ("هما", "هم", "ها", "ه"))


def addressed(walk: Walk, rng: tuple[int, int], preps: tuple[str, ...]) -> bool:
    """The noun phrase after a call or warning is whom it is addressed to when it names no person and a
    speaker was heard in this paragraph (كما دعا الحكومة إلى ...), or when it is a plural (المنشآت)."""
    w = walk.w
    s, e = rng
    if any(w.human_head(k) for k in range(s, min(e, s + 3))) or w.named(s, e) and any(
            m.label == "PER" for m in w.overlapping(w.tokens[s].start, w.tokens[e - 1].end)):
        return False
    if not (e < len(w) and (is_prep(walk, e, preps) or w.is_complementizer(e))):
        return False
    heard_here = walk.memory.heard_in(walk.number)
    return not w.nominative_plural(s) and (heard_here or w.plural(s))


def object_after(walk: Walk, k: int, preps: tuple[str, ...]) -> bool:
    """توقع القحطاني | زيادة ...، أعلنت الأوقاف في يوليو | عن ...: what follows the noun phrase is the
    object (a verbal noun, an accusative) or the verb's preposition, so the noun phrase is its subject."""
    w = walk.w
    j = skip_adverbials(w, k, w.sentence_end(k))
    return j < len(w) and w.is_word(j) and (w.object_noun(j) or w.accusative(j) or is_prep(walk, j, preps))


def apposed_role(walk: Walk, k: int) -> bool:
    """وأعلنت غادة والي، وزيرة التضامن، ...: a role after a comma says the words before it are a person."""
    w = walk.w
    return w.is_punct(k, "،,") and w.is_word(k + 1) and w.head_in(k + 1, ROLES | TITLES)


def previous_sentence(walk: Walk, i: int) -> int:
    """The offset where the sentence before token i's sentence starts."""
    w = walk.w
    start = w.sentence_start(i)
    return w.tokens[w.sentence_start(start - 1) if start > 0 else 0].start


def addressee_inside(walk: Walk, rng: tuple[int, int], preps: tuple[str, ...]) -> int | None:
    """Where the addressee starts inside a subject read too far (ودعت المنظمة الوزير إلى ...): a definite
    human noun right after a definite word that is no title, running to the verb's preposition or أن with
    only definite words (الأمين العام للأمم المتحدة) and no named person."""
    w = walk.w
    s, e = rng
    if not (e < len(w) and (is_prep(walk, e, preps) or w.is_complementizer(e))):
        return None
    for k in range(s + 1, e):
        if w.is_definite(k) and w.human_head(k) and not w.is_adjective(k) and w.is_definite(k - 1) \
                and not w.in_set(k - 1, TITLES) and not w.in_set(k - 1, BREAKERS) \
                and all(w.is_definite(j) or w.with_preposition(j, "ل") for j in range(k, e)) \
                and not any(m.label == "PER" for m in w.starting_in(w.tokens[k].start, w.tokens[e - 1].end)):
            return k
    return None


def past_addressee(walk: Walk, cue: Cue, k: int, preps: tuple[str, ...]) -> int:
    """ودعا الوزير | المواطنين | إلى ...: the token after whom a call or a warning is whom to."""
    w = walk.w
    asked = ADDRESSEE_PREPOSITIONS.get(cue.form.lemma)
    if asked is not None and k + 1 < len(w) and w.bare_preposition(k) == asked:
        whom = subject_after(w, k + 1, preps, object_follows=True, skip_leading=False)
        return whom[1] if whom is not None else k       # طلبت الشرطة | من المواطنين | الإبلاغ
    if cue.form.addressee and k < len(w) and w.is_word(k) and not w.is_complementizer(k) \
            and not is_prep(walk, k, preps) and not w.in_set(k, PRAYER):
        whom = subject_after(w, k, preps, object_follows=True, skip_leading=False)
        if whom is not None:
            return whom[1]
    return k


def renewal(walk: Walk, k: int) -> tuple[str, tuple[str, ...], int] | None:
    """The noun جدد renews (دعوته، تأكيدها) with its stance and complements, and the token after it."""
    w = walk.w
    while k < len(w) and w.is_punct(k, "،,"):
        k += 1                                         # وجدد رئيس هيئة الأركان، التأكيد ...
    if k >= len(w) or not w.is_word(k):
        return None
    word = w.bare(k)
    if word.startswith("ال") and word[2:] in RENEWALS:
        stance, takes = RENEWALS[word[2:]]
        return stance, takes, k + 1
    for suffix in ("هما", "هم", "ها", "ه"):
        if word.endswith(suffix) and word[:-len(suffix)] in RENEWALS:
            stance, takes = RENEWALS[word[:-len(suffix)]]
            return stance, takes, k + 1
    return None


def reports_clause(walk: Walk, k: int) -> bool:
    """A complementizer right after the subject (ويتوقع النقيدان أن ...): the verb is active."""
    w = walk.w
    while k < len(w) and (w.is_punct(k, "،,") or w.is_time(k)):
        k += 1
    return k < len(w) and w.is_complementizer(k)


def governing(walk: Walk, cue: Cue, sentence: int, position: int, agreement: str) -> Speaker | None:
    """Who a participle (…، مشيرا إلى أن) or بقوله reports for: the speaker of its sentence whose gender
    and number it agrees with (…، كرّمت المفوضية المملكة، مؤكدة أنها ...), else the sentence's latest if it
    may be (`agreement.agrees`)."""
    sentence_start = walk.w.tokens[sentence].start
    here = [c.speaker for c in walk.clauses if c.sentence == sentence and c.speaker is not None]
    # (entries of other paragraphs stand outside this sentence)
    here += [sp for pos, _, sp in walk.memory.between(walk.number, walk.number) if sentence_start <= pos < position]
    here.sort(key=lambda sp: sp.span.start)
    for sp in reversed(here):
        if sp.agreement == agreement:
            return sp.resolved()
    if here and agrees(agreement, here[-1].agreement):
        return here[-1].resolved()
    if here:
        return None                                    # قالت الوزارة …، مشيرا: not hers, and no one else's here
    return walk.memory.resolve(position, agreement, walk.number)

# --- complements ----------------------------------------------------------------------
