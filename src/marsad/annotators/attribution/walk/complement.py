"""What a cue reaches: a colon, a quote mark, a clause after أن, the verb's preposition or an object.

`complement_of` returns the complement's kind (colon | quote | that | clause | prep |
object) and the token it starts at; the walk between cue and complement passes
time words, adverbials (في بيان له أمس)، whom it was told to (لـ«الوطن») and a
circumstantial (ممثلا بـ) and stops at a new clause, a subordinator or another cue.
"""
from __future__ import annotations

from typing import TYPE_CHECKING

from ....text.normalize import fold
from ..cues import PRESENT, Cue
from ..words import (BREAKERS, CLAUSE_STARTERS, COMPLEMENT_PREPS, MANNER_ADVERBS, MEDIA, NOT_REPORTING, RELATIVES,
                     SUBORDINATORS, TEMPORAL, TIME_ADJECTIVES, WORD_PREPOSITIONS, ADVERBIAL_PREPS, Words)
from .content import first_person, opens_clause
from .state import NAME, SPEECH

if TYPE_CHECKING:
    from .paragraph import Walk

MAX_COMPLEMENT_DISTANCE = 22     # tokens between a cue and its complement
MAX_OBJECT_DISTANCE = 10         # the same for verbs that may take an object instead
MAX_SPEECH_COLON_DISTANCE = 30   # tokens between a cue and the colon that opens its speech


def own_complement(walk: Walk, cue: Cue) -> bool:
    w, k = walk.w, cue.last + 1
    if k < len(w) and w.bare(k) in COMPLEMENT_PREPS:
        k += 1
    return k < len(w) and (w.is_complementizer(k) or w.is_punct(k, ":"))


def complement_of(walk: Walk, cue: Cue, k0: int, preps: tuple[str, ...]) -> tuple[str, int] | None:
    w, takes = walk.w, cue.form.takes
    end = w.sentence_end(cue.token)
    if k0 == cue.last + 1 and k0 < end:
        other = w.cue_at(k0)
        if other is not None and other.conjunction and other.form.form == cue.form.form:
            walk.consumed.add(k0)          # يتساءلون ويستغربون من ...: one report, two verbs
            k0 = other.last + 1
            preps = preps + tuple(fold(p) for p in other.form.takes if p not in ("that", "speech", "object"))
    found = near_complement(walk, cue, k0, end, preps)
    if (found is None or found[0] == "object") and "object" in takes and "that" in takes:
        j = k0
        while j < end and w.is_time(j):
            j += 1
        if w.is_punct(j, "،,"):                          # the subject, then a parenthesis: أن comes later
            later = near_complement(walk, cue, k0, end, preps, objects=False)
            if later is not None and later[0] == "that" and w.f[later[1]][:1] not in "وف":
                found = later                            # (not وأن: a second complement after an object)
    if found is not None and found[0] == "object" and "that" in takes:
        after = end_of_gloss(walk, found[1], end)
        if after is not None:
            found = ("that", after)                      # عبر موقع التواصل الاجتماعي (تويتر) | أن ...
    if (found is None or found[0] in ("object", "prep")) and "speech" in takes and not adjectival(walk, cue):
        colon = speech_colon(walk, cue, k0, end)
        if colon is not None:
            return "colon", colon
    return found


def near_complement(walk: Walk, cue: Cue, k0: int, end: int, preps: tuple[str, ...],
                     objects: bool = True) -> tuple[str, int] | None:
    """The complement the cue's own words reach: a colon, a quote, a clause, a preposition or an object
    (not with `objects` False: أعلن أوباما، خلال مؤتمر ... الذي عقد في كينيا، أن ...)."""
    w, takes = walk.w, cue.form.takes
    if not objects:
        takes = tuple(t for t in takes if t != "object")
    limit = min(end, k0 + (MAX_OBJECT_DISTANCE if "object" in takes else MAX_COMPLEMENT_DISTANCE))
    k = k0
    leading = True                       # only time words and commas so far
    relative = False
    subordinate = False                  # crossed حيث إن / دون أن: no clause after it is this cue's
    right_after = True                   # nothing but time words and commas since the subject
    is_adjectival = adjectival(walk, cue)
    if k0 == cue.last + 1 and "speech" in takes and "that" in takes and w.in_set(k0, CLAUSE_STARTERS) \
            and not cue.participle:
        return "clause", k0                # وأضاف تم اختيار المركز ...: what follows is what was said
    while k < limit:
        skip = w.anonymity_end(k)
        if skip is not None:
            k = skip                     # (طلب عدم الكشف عن هويته) إن ...
            continue
        if w.is_punct(k, ":") and "speech" in takes:
            return "colon", k
        q = w.quote_opening_at(k)
        if q is not None and "speech" in takes and walk.kinds[id(q)] == SPEECH and not is_adjectival:
            return "quote", k
        b = w.bare(k)
        if w.is_complementizer(k) and not subordinate:
            if w.bare(k - 1) in NOT_REPORTING or (w.bare(k - 1) == "ذلك" and w.f[k].startswith("ان")):
                subordinate = True       # حيث إن، دون أن: a reason or a manner; only a quote may follow
                k += 1
                continue
            return ("that", k) if "that" in takes else None
        if b in COMPLEMENT_PREPS and w.is_word(k + 1) and w.is_complementizer(k + 1) and not subordinate:
            return ("that", k + 1) if "that" in takes else None
        if leading and preps and is_prep(walk, k, preps) and not is_adjectival:
            return "prep", k
        if w.bare_preposition(k) == "في" and w.is_word(k + 1) and w.in_set(k + 2, TIME_ADJECTIVES):
            k += 3                       # أعلنت الأوقاف في يوليو الماضي | عن ...
            continue
        place = w.mention_at(k)
        if w.with_preposition(k, "ب") and place is not None and place.label == "LOC":
            k = max(k + 1, w.index_at(place.end))  # أعلنت المدينة الطبية بمكة المكرمة | عن ...
            while k < limit and w.is_adjective(k):
                k += 1
            continue
        told = told_to(walk, k)
        if told is not None:
            k = told                     # أكد مصدر إلى "الوطن" | أن ...: whom it was told
            continue
        if leading and circumstantial(walk, k):
            k += 2                       # أعلن الاتحاد ممثلا بلجنة المسابقات | عن ...: a حال keeps it leading
            while k < limit and w.is_word(k) and (w.is_definite(k) or w.is_adjective(k)) \
                    and not is_prep(walk, k, preps) and not w.is_complementizer(k):
                k += 1
            continue
        if w.bare_preposition(k) in WORD_PREPOSITIONS + ("خلال", "عبر") and w.is_adverbial_noun(k + 1):
            k += 2                       # ندد الأربعاء على تويتر | بقيام ...: an adverbial keeps it leading
            right_after = False
            continue
        if w.is_punct(k, "،,:"):
            relative = False
        if w.cue_at(k) is not None and (not relative or own_complement(walk, w.cue_at(k))):
            break                        # (a cue in a relative clause with a complement of its own: الذي أكد أن)
        if w.is_punct(k, ".!?؟") or w.in_set(k, SUBORDINATORS):
            break
        if w.is_punct(k, "،,؛;") and k + 1 < limit and (w.f[k + 1][:1] == "ف" and w.bare(k + 1) != w.f[k + 1]
                                                      or opens_clause(walk, k + 1)):
            break                        # ، فمن الأفضل أن ...: a new clause, not this verb's complement
        if w.in_set(k, RELATIVES):
            if "object" in takes:
                break
            relative = True              # المصدر الذي يتابع الصادرات "...": a cue inside it is not ours
        if leading and right_after and w.bare_preposition(k) in WORD_PREPOSITIONS and b != "في" \
                and not w.is_adverbial_noun(k + 1) \
                and not w.is_time(k + 1):
            break                        # a prepositional object, not a clause: تنص على بعض المحاذير
        if not (w.is_time(k) or w.is_punct(k, "،,")):
            leading = False
        k += 1
    if "object" in takes and not is_adjectival:            # (أمرا متوقعا طبيعيا: an adjective)
        j = skip_adverbials(w, k0, end)
        if j < end and w.is_word(j) and w.tokens[j].kind == "word" and not w.in_set(j, BREAKERS) \
                and not w.is_complementizer(j) and not w.cue_at(j) and not w.conjunction_verb(j):
            return "object", j
    return None


def told_to(walk: Walk, k: int) -> int | None:
    """إلى "الوطن"، إلى صحيفة «عكاظ»: the outlet a statement was given to; the index after it."""
    w = walk.w
    if w.bare(k) not in (fold("إلى"), "الي"):
        return None
    j = k + 1
    if j < len(w) and w.is_word(j) and w.head_in(j, MEDIA):
        j += 1
    q = w.quote_opening_at(j)
    if q is not None and q.closing is not None and len(q.span.text.split()) <= 3:
        return w.index_at(q.closing.end)
    return j if j > k + 1 else None


def circumstantial(walk: Walk, k: int) -> bool:
    """ممثلا بـ، مدعوما بـ، مستندا إلى: an indefinite accusative participle and its preposition after the
    subject, a manner adverbial (حال) before the verb's own complement."""
    w = walk.w
    b = w.bare(k)
    if not (w.is_word(k) and w.tokens[k].kind == "word" and b == w.f[k] and len(b) >= 5 and b[0] == "م"
            and b.endswith("ا") and not b.endswith("ءا") and w.cue_at(k) is None and w.mention_at(k) is None):
        return False
    return w.with_preposition(k + 1, "ب") or w.bare(k + 1) in WORD_PREPOSITIONS


def end_of_gloss(walk: Walk, j: int, end: int) -> int | None:
    """An 'object' that is only a definite noun, its adjectives and a short parenthesis right before أن
    ends an adverbial (في حسابه عبر موقع التواصل الاجتماعي (تويتر) أن ...): the complementizer's index."""
    w = walk.w
    if j < 1 or not w.is_definite(j) or w.is_word(j - 1) and w.is_definite(j - 1):
        return None
    k = j + 1
    while k < end and w.is_adjective(k):
        k += 1
    if k < end and w.is_punct(k, "("):
        close = next((c for c in range(k + 1, min(end, k + 5)) if w.is_punct(c, ")")), None)
        if close is None:
            return None
        k = close + 1
    return k if k < end and w.is_complementizer(k) and w.f[k][:1] not in "وف" else None


def speech_colon(walk: Walk, cue: Cue, k0: int, end: int) -> int | None:
    """A colon further on that opens the cue's speech: وقال فلان من المنظمة في بيان: «…»، وقال المتحدث
    لـ«الشرق الأوسط» أمس: «…»، وتابع ماكلين يقول: «…». Between the cue and the colon only the
    speaker and adverbials (no other cue, no أن-clause, no quoted speech); after it, a quote mark
    or first-person speech."""
    w = walk.w
    limit = min(end, k0 + MAX_SPEECH_COLON_DISTANCE)
    k = k0
    inner: list[int] = []
    while k < limit:
        skip = w.anonymity_end(k)
        if skip is not None:
            k = skip
            continue
        if w.is_punct(k, ":"):
            nxt = k + 1
            q = w.quote_opening_at(nxt)
            if q is not None and walk.kinds[id(q)] != NAME or nxt < len(w) and first_person(walk, nxt):
                walk.consumed.update(inner)
                return k
            return None
        if w.is_punct(k, ".!?؟؛;"):
            return None
        q = w.quote_opening_at(k)
        if q is not None:
            if walk.kinds[id(q)] != NAME or q.closing is None:
                return None
            k = w.index_at(q.closing.end)               # قالت «المقاومة الجنوبية» في بيان:
            continue
        other = w.cue_at(k)
        if other is not None:
            if not (other.form.lemma == "قال" and other.form.form == PRESENT and not other.conjunction
                    and not w.is_punct(k - 1)):
                return None
            inner.append(k)                              # وتابع ماكلين يقول: one cue
        if w.is_complementizer(k) and w.bare(k - 1) not in NOT_REPORTING and w.bare(k - 1) not in TEMPORAL:
            return None                                  # (بعد أن تسلم الجائزة: is no report)
        k += 1
    return None


def adjectival(walk: Walk, cue: Cue) -> bool:
    """حجوزاتنا مؤكدة "…": a participle right after a noun may be its adjective; then only أن or
    a colon make it a report (قائلا never is an adjective)."""
    w = walk.w
    return cue.participle and cue.form.lemma != "قال" and not cue.conjunction \
        and not (w.is_punct(cue.token - 1) or walk.clause_start(cue.token))


def is_prep(walk: Walk, k: int, preps: tuple[str, ...]) -> bool:
    w = walk.w
    b = w.bare(k)
    for p in preps:
        if len(p) > 1 and b == p:
            return True
        if len(p) == 1 and w.with_preposition(k, p) and b != "باسم" and not w.in_set(k, MANNER_ADVERBS):
            return True
    return False


def skip_adverbials(w: Words, k: int, end: int) -> int:
    """Past time words, commas, addressees (لوكالة فرانس برس) and prepositional adverbials (في البداية،
    في بيان أمس) before an object."""
    while k < end:
        if w.is_time(k) or w.is_punct(k, "،,") or w.in_set(k, MANNER_ADVERBS):
            k += 1                           # (استنكر الأمين العام بشدة | تصريحات ...)
            continue
        if w.addressee(k):
            mention = w.mention_at(k + 1) if k + 1 < end else None
            k = w.index_at(mention.end) if mention is not None else k + 2
            continue
        if w.in_set(k, ADVERBIAL_PREPS) or w.bare(k) == "في":
            k += 2
            while k < end and w.is_word(k) and (not w.is_definite(k) or w.is_adjective(k) or w.is_time(k)):
                if w.is_complementizer(k) or (w.object_noun(k) and not w.is_time(k)) \
                        or w.bare_preposition(k) in WORD_PREPOSITIONS and not w.is_time(k + 1):
                    break                    # في بيان لها أمس | استشهاد الرقيب ...
                k += 1
            continue
        break
    return k
