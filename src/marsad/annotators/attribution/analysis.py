"""Who said what in one document: direct quotes with speakers, reported claims with stance.

The walk goes paragraph by paragraph, in text order, through clause starts and
reporting cues. For each cue it reads
1. the speaker: the subject after the verb (VSO), before it (SVO), the clause a
   participle hangs on (…، مشيرا إلى أن), or, when the cue names no one
   (وأضاف:), the latest speaker whose agreement fits;
2. the complement: a colon, an opening quote mark, a clause after أن/إن/بأن (also
   after إلى/على/من), the verb's own preposition (شكك في، تساءل عن، حذر من) or a
   direct object (نفى الكرملين التقارير);
3. what that makes: a direct quote (marked, or verbatim after a colon), or a
   claim whose content runs to the end of its clause, with the cue's stance
   turned by a negator (لم ينف) and set to demand by ضرورة/أهمية.
Quoted spans no cue introduced are then tried for a cue after them («…»، قال
بوتين / بحسب … / على حد قوله), a continuation of the previous quote (“A”. B”),
or a paragraph of speech right after the previous speaker's; the rest are
scare quotes around names and terms and are not reported.
"""
from __future__ import annotations

import bisect
from dataclasses import dataclass, field, replace

from ...document import Document, Span
from ...layers import ENTITIES, PARAGRAPHS, SENTENCES, TOKENS, Claim, Mention, Quote
from ...lexicons import reporting as lex
from ...text.normalize import fold
from .agreement import agrees, head_gender
from .antecedents import named_antecedent
from .attributed import AttributedClaim, AttributedQuote, who
from .cues import JUSSIVE, NOUN, PARTICIPLE, PRESENT, Cue, cue_index, find_cues, negated
from .quotemarks import MARKS, QuotedSpan, find_quoted
from .speakers import (DESCRIPTION, TO_PRONOUNS, Speaker, SpeakerMemory, describe, salient_subject, subject_after,
                       subject_before)
from .words import NEGATORS as _NEGATORS
from .words import CLAUSE_STARTERS, DEMONSTRATIVES, HUMAN, MANNER_ADVERBS, ROLES, PRAYER, PRONOUNS, SUBJUNCTIVE, TITLES
from .words import (MEDIA, ACCORDING_TO, ADVERBIAL_PREPS, AFTER_QUOTE_NOUNS, AMBIGUOUS_CUES, BREAKERS,
                    CLAUSE_OPENERS, COMPLEMENT_PREPS, DEMAND_OPENERS, DOCUMENTS, FIRST_PERSON, NAMING, ORGANISATIONS,
                    RELATIVES, RULE_TEXTS, Words)

NAME, SHORT, SPEECH = "name", "short", "speech"
MAX_COMPLEMENT_DISTANCE = 22     # tokens between a cue and its complement
MAX_OBJECT_DISTANCE = 10         # the same for verbs that may take an object instead
MIN_UNMARKED_WORDS = 3
MAX_SPEECH_COLON_DISTANCE = 30
MAX_INNER_QUOTE_WORDS = 8        # a quoted phrase inside reported content   # tokens between a cue and the colon that opens its speech
MIN_CONTINUATION_WORDS = 6
QUOTE_SHARE = 0.5                # content mostly inside quote marks is a quote, not a claim
_WORD_PREPOSITIONS = tuple(fold(p) for p in ("في", "عن", "من", "إلى", "على"))


@dataclass
class Clause:
    cue: Cue
    speaker: Speaker | None
    stance: str
    negated: bool
    sentence: int                 # token index where the cue's sentence starts

    @property
    def cue_form_claims(self) -> bool:
        return self.cue.form.claims


@dataclass
class Attribution:
    quotes: list[Quote] = field(default_factory=list)
    claims: list[Claim] = field(default_factory=list)
    memory: SpeakerMemory = field(default_factory=SpeakerMemory)


def attribute(doc: Document) -> Attribution:
    """Quotes and claims of a document (body paragraphs only)."""
    out = Attribution()
    tokens = doc.layer(TOKENS)
    starts = [t.start for t in tokens]
    sentences = doc.layer(SENTENCES)
    mentions = sorted(list(doc.layer(ENTITIES)) + _described_people(doc), key=lambda m: (m.start, -m.end))
    spoke_in: list[int] = []      # paragraph numbers with attributed speech
    for number, par in enumerate(p for p in doc.layer(PARAGRAPHS) if p.kind == "body"):
        lo, hi = bisect.bisect_left(starts, par.start), bisect.bisect_left(starts, par.end)
        ptoks = tokens[lo:hi]
        if not ptoks:
            continue
        w = Words(doc.text, list(ptoks), [s for s in sentences if par.start <= s.start < par.end],
                  find_quoted(doc.text, par.start, par.end),
                  [m for m in mentions if par.start <= m.start < par.end])
        walk = _ParagraphWalk(w, out, number, spoke_in)
        walk.run()
        if walk.spoke:
            spoke_in.append(number)
    out.quotes.sort(key=lambda q: q.start)
    out.claims.sort(key=lambda c: c.cue.start)
    return out


class _ParagraphWalk:
    def __init__(self, w: Words, out: Attribution, number: int, spoke_in: list[int]) -> None:
        self.w, self.out, self.number, self.spoke_in = w, out, number, spoke_in
        self.memory = out.memory
        self.kinds: dict[int, str] = {}
        self.attached: dict[int, tuple[Speaker | None, Span | None]] = {}
        self.clauses: list[Clause] = []
        self.silenced: list[tuple[int, int]] = []
        self.spoke = False
        self.consumed: set[int] = set()

    # --- the walk --------------------------------------------------------------------------
    def run(self) -> None:
        w = self.w
        cues = [c for c in find_cues(w.tokens, w.f) if self._admissible(c)]
        w.cues = {c.token: c for c in cues}
        self.kinds = {id(q): _classify(w, q) for q in w.quoted}
        self.silenced = [(q.start, q.end) for q in w.quoted if self.kinds[id(q)] != NAME]
        for i in range(len(w) - 1):                        # بحسب ما أعلن الجيش: the marker's, not a clause
            if w.bare(i) in _ACCORDING_WHAT and w.cue_at(i + 1) is not None:
                self.consumed.add(i + 1)
            elif w.in_set(i, ACCORDING_TO) and w.bare(i + 1) in ("ما", "لما") and w.cue_at(i + 2) is not None:
                self.consumed.add(i + 2)
        events: list[tuple[int, int, object]] = [(c.token, 1, c) for c in cues]
        for i in range(len(w)):
            if self._clause_start(i) and not w.cue_at(i):
                events.append((i, 0, None))
        for i in range(len(w)):
            if w.bare(i) == "اما" and not w.tokens[i].text.lstrip("وف").startswith("إ"):
                events.append((i, 0, "topic"))
        for i, _, cue in sorted(events, key=lambda e: (e[0], e[1])):
            if cue == "topic":
                self._topic(i)
            elif cue is None:
                verb = i + 1 if w.in_set(i, _LINKERS) else i       # كما جدد د. أحمد الطيب ...
                rng = salient_subject(w, verb)
                if rng is not None:
                    # the noun's own gender first: تعقد الهيئة (a ت prefix; a perfect may begin with ت too),
                    # أفقدت الأزمة الرئيس صوابه (the man read as the subject is the object; he goes on as a man);
                    # else the verb's: كرّمت المفوضية
                    agreement = head_gender(w, *rng) or ("f" if w.f[verb].endswith("ت") else "m")
                    self.memory.add(w.tokens[rng[0]].start, describe(w, rng, agreement), self.number, silent=True)
            elif cue.token not in self.consumed and not self._inside_quote(cue.span.start):
                self._clause(cue)
        self._unattached_quotes()
        for i in range(len(w)):
            if (w.in_set(i, ACCORDING_TO) or w.bare(i) in _ACCORDING_WHAT) and w.tokens[i].kind == "word" \
                    and not self._inside_quote(w.tokens[i].start):
                self._according_to(i)

    def _topic(self, i: int) -> None:
        """أما أبو سعد فقد ...، أما الوزارة فتقول: the topic is who the next cues without a subject continue."""
        w = self.w
        rng = subject_after(w, i + 1, skip_leading=False)
        if rng is None or rng[1] >= len(w) or not w.f[rng[1]].startswith("ف") or len(w.f[rng[1]]) < 3:
            return
        if not (w.person_like(*rng) or w.named(*rng)):
            return
        agreement = "f" if w.f[rng[1] - 1].endswith(("ة", "ه")) else "m"
        self.memory.add(w.tokens[rng[0]].start, describe(w, rng, agreement), self.number)

    def _admissible(self, cue: Cue) -> bool:
        w = self.w
        if cue.form.form == PRESENT and not cue.conjunction and w.in_set(cue.token - 1, SUBJUNCTIVE):
            return False                                   # دون أن يذكر أردوغان: a subjunctive, no report
        if w.anonymity_end(cue.token) is not None:
            return False
        if w.bare(cue.token - 1) == "حد":
            return False                                   # على حد وصفه: a gloss after words, no cue here                                   # طالبا عدم الكشف عن اسمه: asking not to be named
        if cue.form.form == PARTICIPLE or cue.conjunction or cue.auxiliary:
            return True
        if w.f[cue.token] in AMBIGUOUS_CUES or w.bare(cue.token) in AMBIGUOUS_CUES:
            return self._clause_start(cue.token) or w.in_set(cue.token - 1, _LINKERS) or w.after_contrast(cue.token) \
                or w.in_set(cue.token - 1, RELATIVES)      # الذي بين أن
        return True

    def _clause_start(self, i: int) -> bool:
        w = self.w
        return i == 0 or w.sentence_start(i) == i or w.is_punct(i - 1, "،,؛;:")

    def _inside_quote(self, offset: int) -> bool:
        return any(s <= offset < e for s, e in self.silenced)

    # --- one cue ---------------------------------------------------------------------------
    def _clause(self, cue: Cue) -> None:
        w, form = self.w, cue.form
        position = cue.span.start
        is_negated = negated(w.f, cue)
        stance = lex.NEGATED_STANCE.get(form.stance, form.stance) if is_negated else form.stance
        preps = tuple(fold(p) for p in form.takes if p not in ("that", "speech", "object"))
        found = self._speaker(cue, preps)
        if found is None:
            return                                         # a passive, or a subject that is no speaker
        speaker, subject_end, remembered = found
        named_end = subject_end
        if "renewal" in form.takes:                        # جدد الطيب دعوته | إلى ...
            renewed = self._renewal(subject_end)
            if renewed is None:
                return
            stance, takes, subject_end = renewed
            stance = lex.NEGATED_STANCE.get(stance, stance) if is_negated else stance
            cue = Cue(cue.span, replace(form, stance=stance, takes=takes), cue.token, cue.last, cue.conjunction,
                      cue.auxiliary)
            form = cue.form
            preps = tuple(fold(p) for p in takes if p not in ("that", "speech", "object"))
        subject_end = self._past_addressee(cue, subject_end, preps)
        complement = None if w.in_set(subject_end, PRAYER) else self._complement(cue, subject_end, preps)
        if complement is not None and complement[0] not in ("colon", "quote", "that") \
                and w.in_set(cue.last + 1, DEMONSTRATIVES) \
                and speaker is not None and speaker.explicit and w.tokens[cue.last + 1].end <= speaker.span.start:
            # أكد ذلك المدير عبر حسابه: ذلك, the report before, is what he confirmed (أوضح ذلك المدير أن … keeps it)
            complement = None
        if complement is not None and complement[0] in ("colon", "quote", "that") and speaker is not None \
                and speaker.explicit and speaker.group < 0:
            speaker = self._with_apposed_name(speaker, subject_end, complement[1], form.agreement)
        if speaker is not None and speaker.explicit and speaker.group < 0 and (remembered or complement is not None):
            speaker = self.memory.add(position, speaker, self.number)   # a subject later cues may continue
        if form.lemma in _SECOND_PARTY_REQUIRED and speaker is not None and speaker.explicit:
            self._remember_quoted(named_end)
        if speaker is None and complement is not None and self._continues_clause(cue, complement[0]):
            start = w.sentence_start(cue.token)               # no speaker agrees: a body or person named just before
            speaker = named_antecedent(w, cue.token, form.agreement, w.sentence_start(start - 1) if start else 0)
        clause = Clause(cue, speaker, stance, is_negated, w.sentence_start(cue.token))
        self.clauses.append(clause)
        if complement is None:
            return
        kind, anchor = complement
        if kind == "object" and (speaker is None or not speaker.explicit) and not cue.conjunction \
                and form.form not in (PARTICIPLE, NOUN):
            return                                         # حيث أعلنت حالة الطوارئ، لم يتهم شخصيا: passives
        if form.named_subject and (speaker is None or not speaker.explicit):
            return                                         # وطلب منه أن يلتقط صورة: a request in a story
        if is_negated and form.stance == lex.ASSERT and kind in ("object", "prep"):
            return                                         # لم تعلن أي جهة مسؤوليتها: nothing was said
        if form.things and kind in ("prep", "object") and speaker is not None and speaker.explicit \
                and not self._personal(speaker.span):
            return                                         # يكشف هذا المعرض عن جذور الهوس بالجمال
        if kind == "colon":
            self._after_colon(clause, anchor)
        elif kind == "quote":
            self._attach(w.quote_opening_at(anchor), clause)
        elif kind == "that":
            self._content(clause, anchor + 1, kind)
        elif kind in ("object", "clause"):
            self._content(clause, anchor, "that" if kind == "clause" else kind)
        elif w.bare(anchor) in _WORD_PREPOSITIONS or w.tokens[anchor].text.rstrip("\u0640") in ("ب", "ل"):
            self._content(clause, anchor + 1, kind)         # شكك في | قرار بوتين
        else:
            self._content(clause, anchor, kind, glued=True)  # طالب | بضرورة ...

    def _speaker(self, cue: Cue, preps: tuple[str, ...]) -> tuple[Speaker | None, int, bool] | None:
        """Who speaks at `cue`, the token after their name, and whether the name is worth remembering;
        None when the cue reports no one (ويُذكر أن، لكن المكاسب تشير إلى أن، التمارين التي يرى أنها)."""
        w, form = self.w, cue.form
        position, after = cue.span.start, cue.last + 1
        if form.form in (PARTICIPLE, NOUN):
            return self._governing(cue, w.sentence_start(cue.token), position, form.agreement), after, False
        if w.in_set(cue.token - 1, RELATIVES):             # الذي أكد أن: the antecedent speaks, or no one here
            if self._object_pronoun(cue):
                return None                                # الصور التي توقعتها النماذج: the antecedent is said
            rng = subject_after(w, after, preps)
            if rng is not None and (w.person_like(*rng) or w.named(*rng)) and self._reports_clause(rng[1]):
                return describe(w, rng, form.agreement), rng[1], True   # الخطة التي ذكرت الصحيفة أنها ...
            rng = subject_before(w, cue.token, form.agreement)
            if rng is None:
                return None
            for clause in reversed(self.clauses):          # the antecedent is the subject of a cue before it
                sp = clause.speaker
                if sp is not None and sp.explicit and sp.span.start <= w.tokens[rng[0]].start < sp.span.end + 1 \
                        and sp.span.end >= w.tokens[rng[1] - 1].end:
                    return sp.resolved(), after, False
            return self.memory.add(w.tokens[rng[0]].start, describe(w, rng, form.agreement), self.number), after, False
        subject_end = after
        stops = preps + ((_ADDRESSEE_PREPOSITIONS[form.lemma],) if form.lemma in _ADDRESSEE_PREPOSITIONS else ())
        rng = subject_after(w, after, stops, object_follows="object" in form.takes or form.addressee or form.transitive)
        asked = _ADDRESSEE_PREPOSITIONS.get(form.lemma)
        if rng is not None and asked is not None and w.bare(after).startswith(asked) and len(w.bare(after)) > len(asked):
            rng = None                                     # وطلبت منها | الحضور: whom one asks, then the object
        if rng is not None and "renewal" in form.takes:    # جدد الطيب | دعوته: the renewed noun ends the subject
            cut = next((k for k in range(rng[0] + 1, rng[1]) if self._renewal(k) is not None), None)
            if cut is not None:
                rng = (rng[0], cut)
        if rng is not None and w.is_punct(rng[1], "،,"):    # نائب الرئيس رئيس الوزراء، خالد بحاح، ...
            name = w.mention_at(rng[1] + 1)
            after = w.index_at(name.end) if name is not None else 0
            if name is not None and name.label == "PER" and name.score != DESCRIPTION and w.is_punct(after, "،,"):
                rng = (rng[0], after)
        apposed = rng is not None and self._apposed_role(rng[1])
        if apposed:                                        # غادة والي، وزيرة التضامن، | عن ...
            close = next((k for k in range(rng[1] + 2, min(w.sentence_end(rng[1]), rng[1] + 14))
                          if w.is_punct(k, "،,")), None)
            if close is not None and not any(w.cue_at(k) or w.is_complementizer(k) for k in range(rng[1], close)):
                rng = (rng[0], close)
        if rng is not None and "object" in form.takes and w.object_noun(rng[0]) and not w.speaker_head(rng[0]) \
                and not self._reports_clause(rng[1]):
            rng = None                                     # تقارير ترجح | إمكانية ترشح ميركل: the object
        if rng is not None and form.addressee:
            cut = self._addressee_inside(rng, preps)
            if cut is not None:                            # ودعت المنظمة | الوزير إلى ...
                rng = (rng[0], cut)
        if rng is not None and form.addressee and self._addressed(rng, preps):
            subject_end, rng = rng[1], None                # ودعا المنشآت إلى ...، كما دعا الحكومة إلى ...
        if rng is not None and not (w.person_like(*rng) or w.named(*rng)):
            if form.addressee and w.plural(rng[0]) and not w.nominative_plural(rng[0]):   # ودعا المنشآت إلى
                subject_end, rng = rng[1], None
            elif "object" in form.takes and not w.speaker_head(rng[0]) and not self._reports_clause(rng[1]) and (
                    not (w.named(*rng, places=True) or w.nominative_plural(rng[0]) or apposed
                         or self._object_after(rng[1], preps))
                    or subject_before(w, cue.token, form.agreement) is not None):
                rng = None                                 # باكستان تتهم الهند بانتهاكات: the object, not who says it
            elif form.impersonal and form.form in (PRESENT, JUSSIVE) and not self._reports_clause(rng[1]):
                return None                                # ويُذكر اسمه: a passive
            elif form.transitive and not w.speaker_head(rng[0]) and self._reports_clause(rng[1]) \
                    and w.f[rng[1]].startswith("ب"):
                subject_end, rng = rng[0], None            # ووصف حادث التفجير بأنه ...: the object, no subject
        if form.lemma in _SECOND_PARTY_REQUIRED and not (
                rng is not None and w.bare_preposition(rng[1]) == _ADDRESSEE_PREPOSITIONS[form.lemma]
                and (w.person_like(*rng) or w.named(*rng) or w.head_in(rng[0], MEDIA))):   # نقل التلفزيون عن
            if rng is not None and self._clause_start(cue.token) and (w.person_like(*rng) or w.named(*rng)):
                self.memory.add(w.tokens[rng[0]].start, describe(w, rng, form.agreement), self.number, silent=True)
            return None                                    # ونقل الأمير التعازي ...: no report, but a subject
        if rng is not None:
            return describe(w, rng, form.agreement), rng[1], w.person_like(*rng)
        rng = subject_before(w, cue.token - (1 if cue.auxiliary else 0), form.agreement)
        if rng is not None and form.impersonal and form.form in (PRESENT, JUSSIVE) and w.is_punct(cue.token - 1, "،,") \
                and not any(w.is_punct(k, "،,") for k in range(rng[0], cue.token - 1)):
            # تعقد المحكمة جلسة، يتوقع أن ...: a passive, no speaker (but عايد الشمري، عضو هيئة التدريس، يرى أن)
            return None
        if rng is not None:
            return self.memory.add(w.tokens[rng[0]].start, describe(w, rng, form.agreement), self.number), \
                subject_end, False
        if form.impersonal and form.form in (PRESENT, JUSSIVE) and not cue.auxiliary:
            return None                                    # يُذكر أن، يُتوقع أن
        if not (cue.conjunction or cue.auxiliary or self._clause_start(cue.token) or w.in_set(cue.token - 1, _LINKERS)
                or w.after_contrast(cue.token)
                or w.in_set(cue.token - 1, _NEGATORS) or w.in_set(cue.token - 1, PRONOUNS)):
            return None                                    # لكن المكاسب تشير إلى أن
        return self.memory.resolve(position, form.agreement, self.number, self._previous_sentence(cue.token)), \
            subject_end, False

    def _with_apposed_name(self, speaker: Speaker, subject_end: int, anchor: int, agreement: str) -> Speaker:
        """وقال رئيس قطاع البحوث في الشركة، فرانسيسكو كينتانا: «…»: a described speaker whose name follows,
        after a comma, right before the speech; the speaker phrase then runs to the name."""
        w = self.w
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

    def _remember_quoted(self, k: int) -> None:
        """نقلت الوكالة عن | وزير الخارجية فلان قوله إن ...: the outlet reports, the person quoted is who
        speaks on (لكنه حذر، وأضاف), so he is the latest speaker after it."""
        w = self.w
        if w.bare_preposition(k) != _ADDRESSEE_PREPOSITIONS[fold("نقل")]:
            return
        rng = subject_after(w, k + 1)
        if rng is not None and rng[1] - rng[0] > 1 and w.bare(rng[1] - 1).startswith("قول"):
            rng = (rng[0], rng[1] - 1)                     # … الحلبي | قوله: the verbal noun is the report
        if rng is not None and w.person_like(*rng) and not w.head_in(rng[0], MEDIA):
            self.memory.add(w.tokens[rng[0]].start, describe(w, rng, head_gender(w, *rng) or "m"), self.number)

    def _continues_clause(self, cue: Cue, complement: str) -> bool:
        """وقالت إن، ووعدت بـ، حيث قال: a conjoined verb of speech that goes on the story's clause, the only
        cue a named antecedent may be the subject of (not يقول هذا «المواطن», a bare verb whose subject was
        missed, nor وتعهده بالرعاية, whose pronoun is another person)."""
        w = self.w
        if cue.form.form in (PARTICIPLE, NOUN) or self._object_pronoun(cue) or complement == "object":
            return False
        return cue.conjunction or w.in_set(cue.token - 1, _LINKERS)

    def _personal(self, span: Span) -> bool:
        """The speaker span names a person, a body or a document (not المعرض، الصور)."""
        w = self.w
        s = bisect.bisect_right(w.starts, span.start) - 1
        e = w.index_at(span.end)
        return s < e and (w.person_like(s, e) or w.named(s, e))

    def _object_pronoun(self, cue: Cue) -> bool:
        """توقعتها، نفاه: the cue carries an object pronoun."""
        word = self.w.bare(cue.token)
        index = cue_index()
        return any(word.endswith(p) and len(word) > len(p) + 2 and word[:-len(p)] in index
                   for p in ("هما", "هم", "ها", "ه"))

    def _addressed(self, rng: tuple[int, int], preps: tuple[str, ...]) -> bool:
        """The noun phrase after a call or warning is whom it is addressed to when it names no person and a
        speaker was heard in this paragraph (كما دعا الحكومة إلى ...), or when it is a plural (المنشآت)."""
        w = self.w
        s, e = rng
        if any(w.human_head(k) for k in range(s, min(e, s + 3))) or w.named(s, e) and any(
                m.label == "PER" and m.start < w.tokens[e - 1].end and w.tokens[s].start < m.end for m in w.mentions):
            return False
        if not (e < len(w) and (self._is_prep(e, preps) or w.is_complementizer(e))):
            return False
        heard_here = any(par == self.number for _, par, _ in self.memory.entries)
        return not w.nominative_plural(s) and (heard_here or w.plural(s))

    def _object_after(self, k: int, preps: tuple[str, ...]) -> bool:
        """توقع القحطاني | زيادة ...، أعلنت الأوقاف في يوليو | عن ...: what follows the noun phrase is the
        object (a verbal noun, an accusative) or the verb's preposition, so the noun phrase is its subject."""
        w = self.w
        j = _skip_adverbials(w, k, w.sentence_end(k))
        return j < len(w) and w.is_word(j) and (w.object_noun(j) or w.accusative(j) or self._is_prep(j, preps))

    def _apposed_role(self, k: int) -> bool:
        """وأعلنت غادة والي، وزيرة التضامن، ...: a role after a comma says the words before it are a person."""
        w = self.w
        return w.is_punct(k, "،,") and w.is_word(k + 1) and w.head_in(k + 1, ROLES | TITLES)

    def _previous_sentence(self, i: int) -> int:
        """The offset where the sentence before token i's sentence starts."""
        w = self.w
        start = w.sentence_start(i)
        return w.tokens[w.sentence_start(start - 1) if start > 0 else 0].start

    def _addressee_inside(self, rng: tuple[int, int], preps: tuple[str, ...]) -> int | None:
        """Where the addressee starts inside a subject read too far (ودعت المنظمة الوزير إلى ...): a definite
        human noun right after a definite word that is no title, running to the verb's preposition or أن with
        only definite words (الأمين العام للأمم المتحدة) and no named person."""
        w = self.w
        s, e = rng
        if not (e < len(w) and (self._is_prep(e, preps) or w.is_complementizer(e))):
            return None
        for k in range(s + 1, e):
            if w.is_definite(k) and w.human_head(k) and not w.is_adjective(k) and w.is_definite(k - 1) \
                    and not w.in_set(k - 1, TITLES) and not w.in_set(k - 1, BREAKERS) \
                    and all(w.is_definite(j) or w.with_preposition(j, "ل") for j in range(k, e)) \
                    and not any(m.label == "PER" and w.tokens[k].start <= m.start < w.tokens[e - 1].end
                                for m in w.mentions):
                return k
        return None

    def _past_addressee(self, cue: Cue, k: int, preps: tuple[str, ...]) -> int:
        """ودعا الوزير | المواطنين | إلى ...: the token after whom a call or a warning is addressed to."""
        w = self.w
        asked = _ADDRESSEE_PREPOSITIONS.get(cue.form.lemma)
        if asked is not None and k + 1 < len(w) and w.bare_preposition(k) == asked:
            addressed = subject_after(w, k + 1, preps, object_follows=True, skip_leading=False)
            return addressed[1] if addressed is not None else k       # طلبت الشرطة | من المواطنين | الإبلاغ
        if cue.form.addressee and k < len(w) and w.is_word(k) and not w.is_complementizer(k) \
                and not self._is_prep(k, preps) and not w.in_set(k, PRAYER):
            addressed = subject_after(w, k, preps, object_follows=True, skip_leading=False)
            if addressed is not None:
                return addressed[1]
        return k

    def _renewal(self, k: int) -> tuple[str, tuple[str, ...], int] | None:
        """The noun جدد renews (دعوته، تأكيدها) with its stance and complements, and the token after it."""
        w = self.w
        while k < len(w) and w.is_punct(k, "،,"):
            k += 1                                         # وجدد رئيس هيئة الأركان، التأكيد ...
        if k >= len(w) or not w.is_word(k):
            return None
        word = w.bare(k)
        if word.startswith("ال") and word[2:] in _RENEWALS:
            stance, takes = _RENEWALS[word[2:]]
            return stance, takes, k + 1
        for suffix in ("هما", "هم", "ها", "ه"):
            if word.endswith(suffix) and word[:-len(suffix)] in _RENEWALS:
                stance, takes = _RENEWALS[word[:-len(suffix)]]
                return stance, takes, k + 1
        return None

    def _own_complement(self, cue: Cue) -> bool:
        w, k = self.w, cue.last + 1
        if k < len(w) and w.bare(k) in COMPLEMENT_PREPS:
            k += 1
        return k < len(w) and (w.is_complementizer(k) or w.is_punct(k, ":"))

    def _reports_clause(self, k: int) -> bool:
        """A complementizer right after the subject (ويتوقع النقيدان أن ...): the verb is active."""
        w = self.w
        while k < len(w) and (w.is_punct(k, "،,") or w.is_time(k)):
            k += 1
        return k < len(w) and w.is_complementizer(k)

    def _governing(self, cue: Cue, sentence: int, position: int, agreement: str) -> Speaker | None:
        """Who a participle (…، مشيرا إلى أن) or بقوله reports for: the speaker of its sentence whose gender
        and number it agrees with (…، كرّمت المفوضية المملكة، مؤكدة أنها ...), else the sentence's latest if it
        may be (`agreement.agrees`)."""
        sentence_start = self.w.tokens[sentence].start
        here = [c.speaker for c in self.clauses if c.sentence == sentence and c.speaker is not None]
        here += [sp for pos, _, sp in self.memory.entries if sentence_start <= pos < position]
        here.sort(key=lambda sp: sp.span.start)
        for sp in reversed(here):
            if sp.agreement == agreement:
                return sp.resolved()
        if here and agrees(agreement, here[-1].agreement):
            return here[-1].resolved()
        if here:
            return None                                    # قالت الوزارة …، مشيرا: not hers, and no one else's here
        return self.memory.resolve(position, agreement, self.number)

    # --- complements ----------------------------------------------------------------------
    def _complement(self, cue: Cue, k0: int, preps: tuple[str, ...]) -> tuple[str, int] | None:
        w, takes = self.w, cue.form.takes
        end = w.sentence_end(cue.token)
        if k0 == cue.last + 1 and k0 < end:
            other = w.cue_at(k0)
            if other is not None and other.conjunction and other.form.form == cue.form.form:
                self.consumed.add(k0)          # يتساءلون ويستغربون من ...: one report, two verbs
                k0 = other.last + 1
                preps = preps + tuple(fold(p) for p in other.form.takes if p not in ("that", "speech", "object"))
        found = self._near_complement(cue, k0, end, preps)
        if (found is None or found[0] == "object") and "object" in takes and "that" in takes:
            j = k0
            while j < end and w.is_time(j):
                j += 1
            if w.is_punct(j, "،,"):                          # the subject, then a parenthesis: أن comes later
                later = self._near_complement(cue, k0, end, preps, objects=False)
                if later is not None and later[0] == "that" and w.f[later[1]][:1] not in "وف":
                    found = later                            # (not وأن: a second complement after an object)
        if found is not None and found[0] == "object" and "that" in takes:
            after = self._end_of_gloss(found[1], end)
            if after is not None:
                found = ("that", after)                      # عبر موقع التواصل الاجتماعي (تويتر) | أن ...
        if (found is None or found[0] in ("object", "prep")) and "speech" in takes and not self._adjectival(cue):
            colon = self._speech_colon(cue, k0, end)
            if colon is not None:
                return "colon", colon
        return found

    def _near_complement(self, cue: Cue, k0: int, end: int, preps: tuple[str, ...],
                         objects: bool = True) -> tuple[str, int] | None:
        """The complement the cue's own words reach: a colon, a quote, a clause, a preposition or an object
        (not with `objects` False: أعلن أوباما، خلال مؤتمر ... الذي عقد في كينيا، أن ...)."""
        w, takes = self.w, cue.form.takes
        if not objects:
            takes = tuple(t for t in takes if t != "object")
        limit = min(end, k0 + (MAX_OBJECT_DISTANCE if "object" in takes else MAX_COMPLEMENT_DISTANCE))
        k = k0
        leading = True                       # only time words and commas so far
        relative = False
        subordinate = False                  # crossed حيث إن / دون أن: no clause after it is this cue's
        right_after = True                   # nothing but time words and commas since the subject
        adjectival = self._adjectival(cue)
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
            if q is not None and "speech" in takes and self.kinds[id(q)] == SPEECH and not adjectival:
                return "quote", k
            b = w.bare(k)
            if w.is_complementizer(k) and not subordinate:
                if w.bare(k - 1) in _NOT_REPORTING or (w.bare(k - 1) == "ذلك" and w.f[k].startswith("ان")):
                    subordinate = True       # حيث إن، دون أن: a reason or a manner; only a quote may follow
                    k += 1
                    continue
                return ("that", k) if "that" in takes else None
            if b in COMPLEMENT_PREPS and w.is_word(k + 1) and w.is_complementizer(k + 1) and not subordinate:
                return ("that", k + 1) if "that" in takes else None
            if leading and preps and self._is_prep(k, preps) and not adjectival:
                return "prep", k
            if w.bare_preposition(k) == "في" and w.is_word(k + 1) and w.in_set(k + 2, _TIME_ADJECTIVES):
                k += 3                       # أعلنت الأوقاف في يوليو الماضي | عن ...
                continue
            place = w.mention_at(k)
            if w.with_preposition(k, "ب") and place is not None and place.label == "LOC":
                k = max(k + 1, w.index_at(place.end))  # أعلنت المدينة الطبية بمكة المكرمة | عن ...
                while k < limit and w.is_adjective(k):
                    k += 1
                continue
            told = self._told_to(k)
            if told is not None:
                k = told                     # أكد مصدر إلى "الوطن" | أن ...: whom it was told
                continue
            if leading and self._circumstantial(k):
                k += 2                       # أعلن الاتحاد ممثلا بلجنة المسابقات | عن ...: a حال keeps it leading
                while k < limit and w.is_word(k) and (w.is_definite(k) or w.is_adjective(k)) \
                        and not self._is_prep(k, preps) and not w.is_complementizer(k):
                    k += 1
                continue
            if w.bare_preposition(k) in _WORD_PREPOSITIONS + ("خلال", "عبر") and w.is_adverbial_noun(k + 1):
                k += 2                       # ندد الأربعاء على تويتر | بقيام ...: an adverbial keeps it leading
                right_after = False
                continue
            if w.is_punct(k, "،,:"):
                relative = False
            if w.cue_at(k) is not None and (not relative or self._own_complement(w.cue_at(k))):
                break                        # (a cue in a relative clause with a complement of its own: الذي أكد أن)
            if w.is_punct(k, ".!?؟") or w.in_set(k, _SUBORDINATORS):
                break
            if w.is_punct(k, "،,؛;") and k + 1 < limit and (w.f[k + 1][:1] == "ف" and w.bare(k + 1) != w.f[k + 1]
                                                          or self._opens_clause(k + 1)):
                break                        # ، فمن الأفضل أن ...: a new clause, not this verb's complement
            if w.in_set(k, RELATIVES):
                if "object" in takes:
                    break
                relative = True              # المصدر الذي يتابع الصادرات "...": a cue inside it is not ours
            if leading and right_after and w.bare_preposition(k) in _WORD_PREPOSITIONS and b != "في" \
                    and not w.is_adverbial_noun(k + 1) \
                    and not w.is_time(k + 1):
                break                        # a prepositional object, not a clause: تنص على بعض المحاذير
            if not (w.is_time(k) or w.is_punct(k, "،,")):
                leading = False
            k += 1
        if "object" in takes and not adjectival:            # (أمرا متوقعا طبيعيا: an adjective)
            j = _skip_adverbials(w, k0, end)
            if j < end and w.is_word(j) and w.tokens[j].kind == "word" and not w.in_set(j, BREAKERS) \
                    and not w.is_complementizer(j) and not w.cue_at(j) and not w.conjunction_verb(j):
                return "object", j
        return None

    def _told_to(self, k: int) -> int | None:
        """إلى "الوطن"، إلى صحيفة «عكاظ»: the outlet a statement was given to; the index after it."""
        w = self.w
        if w.bare(k) not in (fold("إلى"), "الي"):
            return None
        j = k + 1
        if j < len(w) and w.is_word(j) and w.head_in(j, MEDIA):
            j += 1
        q = w.quote_opening_at(j)
        if q is not None and q.closing is not None and len(q.span.text.split()) <= 3:
            return w.index_at(q.closing.end)
        return j if j > k + 1 else None

    def _circumstantial(self, k: int) -> bool:
        """ممثلا بـ، مدعوما بـ، مستندا إلى: an indefinite accusative participle and its preposition after the
        subject, a manner adverbial (حال) before the verb's own complement."""
        w = self.w
        b = w.bare(k)
        if not (w.is_word(k) and w.tokens[k].kind == "word" and b == w.f[k] and len(b) >= 5 and b[0] == "م"
                and b.endswith("ا") and not b.endswith("ءا") and w.cue_at(k) is None and w.mention_at(k) is None):
            return False
        return w.with_preposition(k + 1, "ب") or w.bare(k + 1) in _WORD_PREPOSITIONS

    def _end_of_gloss(self, j: int, end: int) -> int | None:
        """An 'object' that is only a definite noun, its adjectives and a short parenthesis right before أن
        ends an adverbial (في حسابه عبر موقع التواصل الاجتماعي (تويتر) أن ...): the complementizer's index."""
        w = self.w
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

    def _speech_colon(self, cue: Cue, k0: int, end: int) -> int | None:
        """A colon further on that opens the cue's speech: وقال فلان من المنظمة في بيان: «…»، وقال المتحدث
        لـ«الشرق الأوسط» أمس: «…»، وتابع ماكلين يقول: «…». Between the cue and the colon only the
        speaker and adverbials (no other cue, no أن-clause, no quoted speech); after it, a quote mark
        or first-person speech."""
        w = self.w
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
                if q is not None and self.kinds[id(q)] != NAME or nxt < len(w) and self._first_person(nxt):
                    self.consumed.update(inner)
                    return k
                return None
            if w.is_punct(k, ".!?؟؛;"):
                return None
            q = w.quote_opening_at(k)
            if q is not None:
                if self.kinds[id(q)] != NAME or q.closing is None:
                    return None
                k = w.index_at(q.closing.end)               # قالت «المقاومة الجنوبية» في بيان:
                continue
            other = w.cue_at(k)
            if other is not None:
                if not (other.form.lemma == "قال" and other.form.form == PRESENT and not other.conjunction
                        and not w.is_punct(k - 1)):
                    return None
                inner.append(k)                              # وتابع ماكلين يقول: one cue
            if w.is_complementizer(k) and w.bare(k - 1) not in _NOT_REPORTING and w.bare(k - 1) not in _TEMPORAL:
                return None                                  # (بعد أن تسلم الجائزة: is no report)
            k += 1
        return None

    def _adjectival(self, cue: Cue) -> bool:
        """حجوزاتنا مؤكدة "…": a participle right after a noun may be its adjective; then only أن or
        a colon make it a report (قائلا never is an adjective)."""
        w = self.w
        return cue.participle and cue.form.lemma != "قال" and not cue.conjunction \
            and not (w.is_punct(cue.token - 1) or self._clause_start(cue.token))

    def _is_prep(self, k: int, preps: tuple[str, ...]) -> bool:
        w = self.w
        b = w.bare(k)
        for p in preps:
            if len(p) > 1 and b == p:
                return True
            if len(p) == 1 and w.with_preposition(k, p) and b != "باسم" and not w.in_set(k, MANNER_ADVERBS):
                return True
        return False

    def _after_colon(self, clause: Clause, colon: int) -> None:
        w = self.w
        j = colon + 1
        if j >= len(w):
            return
        q = w.quote_opening_at(j)
        if q is not None and self.kinds[id(q)] != NAME:
            self._attach(q, clause)
            return
        if w.is_complementizer(j) and not self._first_person(j):
            self._content(clause, j + 1, "that")
            return
        span = _trimmed(w.text, w.tokens[j].start, w.tokens[self._unmarked_end(j) - 1].end)
        if span is None or len(span.text.split()) < MIN_UNMARKED_WORDS:
            return
        self._emit_quote(span, clause.speaker, clause.cue.span)
        self.silenced.append((span.start, span.end))

    def _unmarked_end(self, j: int) -> int:
        """Unmarked speech runs to its sentence's end, and on through the next sentences while they speak
        in the first person with no cue and no quote mark of their own (pages often run a whole article
        into one paragraph); it stops earlier at a participle or a new cue after a comma
        (وقال: الحمد لله على التخرج، مضيفا أن ...: reported speech resumes)."""
        w = self.w
        sentence_end = w.sentence_end(j)
        for k in range(j + 1, len(w)):
            if k == sentence_end:
                sentence_end = w.sentence_end(k)
                if not self._speech_goes_on(k, sentence_end):
                    return k
            cue = w.cue_at(k)
            if cue is not None and w.is_punct(k - 1, "،,") and (cue.participle or cue.conjunction):
                return k - 1
        return len(w)

    def _speech_goes_on(self, start: int, end: int) -> bool:
        """The sentence start..end-1 goes on with unmarked first-person speech."""
        w = self.w
        if any(w.cue_at(k) is not None or w.is_punct(k, MARKS) or w.in_set(k, ACCORDING_TO) for k in range(start, end)):
            return False
        return any(w.in_set(k, FIRST_PERSON) or w.bare(k).endswith(("نا", "ني")) and len(w.bare(k)) > 4
                   for k in range(start, end))

    def _first_person(self, j: int) -> bool:
        """Speech after قال: إن ... is verbatim when it speaks in the first person."""
        w = self.w
        if w.bare(j).endswith(("ني", "نا")) or w.bare(j) in ("اني",):
            return True
        stop = min(len(w), j + 12, w.sentence_end(j))
        return any(w.in_set(k, FIRST_PERSON) for k in range(j, stop))

    def _content(self, clause: Clause, start: int, kind: str, glued: bool = False) -> None:
        w = self.w
        end = self._content_end(start, kind)
        if end <= start:
            return
        span = _trimmed(w.text, w.tokens[start].start, w.tokens[end - 1].end)
        if span is None:
            return
        if glued and not w.f[start].startswith("لل"):    # بضرورة -> ضرورة; للتدخل keeps its elided article
            first = w.tokens[start]
            cut = first.start + 1 + (1 if first.text[1:2] == "\u0640" else 0)
            span = _trimmed(w.text, cut, span.end) or span
        inner = [q for q in w.quoted if self.kinds[id(q)] != NAME and span.start <= q.start and q.end <= span.end + 1]
        quoted_chars = sum(len(q.span) for q in inner)
        if inner and quoted_chars >= QUOTE_SHARE * len(span):
            verbatim = [q for q in inner if self.kinds[id(q)] == SPEECH or q.outer_start <= span.start]
            for q in verbatim:
                self._attach(q, clause)
            if verbatim and kind == "that":
                return                                     # أكدوا أن «…»: verbatim; دعا إلى «…» is also a call
        if not clause.cue_form_claims and kind != "that":
            return                                         # وصفه بالكبير; but واصفا الاتهام بأنه خطير reports
        stance = clause.stance
        words = [k for k in range(start, min(end, start + 4)) if w.is_word(k)]
        first = next((n for n, k in enumerate(words) if w.bare(k) in DEMAND_OPENERS), None)
        if stance in (lex.ASSERT, lex.CONFIRM) and first is not None and (
                first == 0 or w.bare(words[first - 1]) in _BEFORE_DEMAND or w.is_definite(words[first - 1])):
            stance = lex.DEMAND                            # (not القناة تمثل ضرورة ...: a verb governs the need)
        sp = clause.speaker
        self._heard(sp, clause.cue.span.start)
        self._emit_claim(clause.cue.span, span, stance, sp)
        self.spoke = True
        for q in inner:
            if self.kinds[id(q)] == SPEECH or self._someones_words(q, span, kind):
                self._attach(q, clause)

    def _someones_words(self, q: QuotedSpan, content: Span, kind: str) -> bool:
        """A short quoted phrase inside reported content that the source said, not a name: what a verb's
        preposition or object starts with (دعا الطرفين إلى "ضبط النفس"), after a preposition (كانت عبارة عن
        «تبرعات») or adverbs (دمرت المدارس "جزئيا أو كليا"); never a named entity, a name after a naming
        noun, figures, or a quoted subject opening a clause (وأضاف أن «نرسم بسمتهم» تأتي ...)."""
        w = self.w
        if q.opening is None or q.closing is None or len(q.span.text.split()) > MAX_INNER_QUOTE_WORDS:
            return False
        if not any(ch.isalpha() and not ch.isascii() for ch in q.span.text) or any(ch.isdigit() for ch in q.span.text):
            return False                                   # «700»، «KPIS»، «جدارة 3»
        if any(m.start < q.end and q.start < m.end for m in w.mentions):
            return False                                   # «داعش»، «أحمد وكريستينا»
        if q.outer_start <= content.start:
            return kind != "that"
        i = w.index_at(q.opening.start)
        prev = i - 1
        if prev < 0 or not w.is_word(prev):
            return False
        token = w.tokens[prev].text.rstrip("\u0640")
        naming = w.in_set(prev, NAMING) or w.without_article(prev) in NAMING
        first = q.span.text.split()[0].rstrip("\u064b\u064c\u064d\u064e\u064f\u0650\u0651\u0652")
        if not naming and len(first) >= 4 and first.endswith("ا") and first[0] != "ا" and len(q.span.text.split()) > 1:
            return True                                    # دمرت المدارس "جزئيا أو كليا": an adverb, no name
        if w.is_complementizer(prev):                      # وصفه على أنه "مقامر عتيد" (أن «يتحرك»: a term;
            return len(q.span.text.split()) > 1 and w.bare(prev - 1) not in _NOT_REPORTING   # حيث إن: the writer's)
        if len(q.span.text.split()) == 1:                 # one word is a term unless something equates it
            return w.bare(prev) in _EQUATING or prev > 0 and w.bare(prev - 1) in _EQUATING
        return w.bare_preposition(prev) in _QUOTE_PREPOSITIONS or token in ("ب", "ل") and not (
            prev > 0 and (w.in_set(prev - 1, NAMING) or w.without_article(prev - 1) in NAMING))

    def _content_end(self, start: int, kind: str) -> int:
        """Where reported content stops: its sentence's end, or a new clause inside the sentence."""
        w = self.w
        end = w.sentence_end(start)
        k = start
        while k < end:
            if k > start:
                other = w.cue_at(k)
                if other is not None and (other.participle or other.conjunction or w.is_punct(k - 1, "،,؛;")):
                    return k
            if w.is_punct(k, "،,؛;"):
                if kind in ("object", "prep"):
                    return k
                if self._opens_clause(k + 1):
                    return k
            if w.is_punct(k, "(") and kind in ("object",):
                return k
            k += 1
        return end

    def _opens_clause(self, i: int) -> bool:
        w = self.w
        if i >= len(w):
            return False
        if w.cue_at(i) is not None or w.in_set(i, ACCORDING_TO):
            return True
        if w.in_set(i, _LINKERS) and w.cue_at(i + 1) is not None:
            return True                                  # ، كما أكد ...
        if w.after_contrast(i + 1) and w.cue_at(i + 1) is not None \
                or w.after_contrast(i + 2) and w.is_complementizer(i + 1) and w.cue_at(i + 2) is not None:
            return True                                  # ، لكنه أكد ...، إلا أنها أوضحت ... (not ، لكنها مستمرة)
        for seq in CLAUSE_OPENERS:
            if all(i + n < len(w) and w.f[i + n] == word for n, word in enumerate(seq)):
                return True
        return False

    # --- according to ---------------------------------------------------------------------
    def _according_to(self, i: int) -> None:
        """بحسب المرصد، وفقا للمصادر، نقلا عن الوكالة، بحسب ما أعلن الجيش: a claim of that source, whose
        content is the clause after the marker when it opens one (وبحسب المرصد فقد اغتنم المقاتلون ...),
        else the clause before it (قتل 20 شخصا، بحسب المرصد)."""
        w = self.w
        j = i + 1
        while j < len(w) and (w.bare(j) in ("ل", "عن") or w.tokens[j].text in ("لـ", "ل")):
            j += 1
        end_of_cue = i
        if w.bare(i) in _ACCORDING_WHAT:                   # حسبما أعلن: the marker and ما in one word
            j = i
        if j + 1 < len(w) and (w.bare(j) in ("ما", "لما") or j == i) and w.cue_at(j + 1) is not None:
            inner = w.cue_at(j + 1)                       # بحسب ما أعلن الجيش: one attribution
            self.consumed.add(inner.token)
            end_of_cue, j = inner.last, inner.last + 1
        elif j == i:
            return
        if j >= len(w) or not w.is_word(j):
            return
        glued = w.tokens[j].kind == "word" and w.bare(j)[:1] == "ل" and not w.in_set(j, BREAKERS) \
            and w.f[j] != "ل" and (w.f[j].startswith("لل") or w.bare(j)[1:] in DOCUMENTS | ORGANISATIONS | HUMAN
                                  or (w.mention_at(j) is not None and w.mention_at(j).start > w.tokens[j].start))
        if end_of_cue == i and w.bare(i) == "وفق":
            return                                         # وفق خطة محكمة: "in line with"; وفق ما أفادت reports
        rng = subject_after(w, j, skip_leading=end_of_cue != i, glued=glued)
        if rng is None or not self._source_head(rng, glued):
            return
        speaker = describe(w, rng, head_gender(w, *rng) or "m")   # بحسب الوزارة: no verb to agree with
        if glued:
            speaker.span = Span(speaker.span.start + 1, speaker.span.end, speaker.span.source)
        cue = w.span(i, end_of_cue + 1)
        start = stop = 0
        if self._clause_start(i) and not self._cue_quote_before(i):
            k = rng[1]
            opened = w.sentence_start(i) == i or w.is_punct(i - 1, ":")
            while k < len(w) and (w.is_punct(k, "،,") or w.bare(k) in _CONTENT_OPENERS or w.in_set(k, TO_PRONOUNS)):
                opened = opened or w.bare(k) in _CONTENT_OPENERS
                k += 1
            if opened and k < len(w) and w.is_word(k) and not (w.in_set(k, ADVERBIAL_PREPS | BREAKERS) or w.is_time(k)):
                start, stop = k, self._content_end(k, "that")
            if stop - start < 2 and opened:
                return
        if stop - start < 2:
            start = w.sentence_start(i)
            for k in range(i - 2, start, -1):              # the clause the marker closes
                if w.is_punct(k, ":") or w.is_punct(k, "،,؛;") and (
                        w.cue_at(k + 1) is not None or self._opens_clause(k + 1)):
                    start = k + 1
                    break
            stop = i
            if any(w.cue_at(k) is not None for k in range(start, stop)):
                return                                     # وقال بيان للديوان نقلا عن المحكمة: the cue's own
            if w.is_punct(i - 1, "،,") and w.is_punct(rng[1], "،,"):   # قرية التمور، وبحسب فلان، صممت ...
                after_end = self._content_end(rng[1] + 1, "that")
                if after_end - (rng[1] + 1) > stop - start:
                    start, stop = rng[1] + 1, after_end
        if stop <= start:
            return
        content = _trimmed(w.text, w.tokens[start].start, w.tokens[stop - 1].end)
        if content is None or len(content.text.split()) < 2:
            return
        if any(c.content.start < content.end and content.start < c.content.end for c in self.out.claims) or any(
                q.start < content.end and content.start < q.end for q in self.out.quotes):
            return                                         # already a report or a quote of its own
        if sum(len(q.span) for q in w.quoted if content.start <= q.start and q.end <= content.end + 1) \
                >= QUOTE_SHARE * len(content):
            return
        speaker = self.memory.add(w.tokens[rng[0]].start, speaker, self.number)
        self._emit_claim(cue, content, lex.ASSERT, speaker)
        self.spoke = True

    def _source_head(self, rng: tuple[int, int], glued: bool) -> bool:
        """The words after بحسب/وفقا name a source: a person or body named or described, a report or
        statistics (not a rule: وفقا للنظام; not a quantity: حسب عدد الأيام)."""
        w = self.w
        s, e = rng
        while s < e - 1 and w.in_set(s, TITLES):
            s += 1
        if s > rng[0]:
            return True                                    # الفريق مميش: a title before a name
        mention = w.mention_at(s)
        if mention is not None and mention.label in ("PER", "ORG"):
            return True
        head = w.f[s][1:] if glued and s == rng[0] else w.bare(s)
        forms = {head, head[2:] if head.startswith("ال") else "ال" + head}
        if head.startswith("ل"):                           # للمرصد: ل + المرصد with its alef elided
            forms |= {"ا" + head, head[1:]}
        if forms & RULE_TEXTS:
            return False
        if forms & _QUANTIFIERS:                           # أحد الدلالين، عدد من الخبراء: who is counted
            nxt = s + 1 + (1 if w.bare(s + 1) == "من" else 0)
            return nxt < e and (w.human_head(nxt) or w.plural(nxt))
        return any(f in HUMAN or f in ORGANISATIONS or f in DOCUMENTS for f in forms)

    def _cue_quote_before(self, i: int) -> bool:
        """«…»، بحسب الوزارة: the marker attributes the quote before it."""
        w = self.w
        k = i - 1
        while k >= 0 and w.is_punct(k, "،,."):
            k -= 1
        return k >= 0 and w.quote_closing_at(k) is not None

    # --- quotes ---------------------------------------------------------------------------
    def _attach(self, q: QuotedSpan | None, clause: Clause | None, speaker: Speaker | None = None,
                cue: Span | None = None) -> None:
        if q is None or id(q) in self.attached:
            return
        if clause is not None:
            speaker, cue = clause.speaker, clause.cue.span
        self.attached[id(q)] = (speaker, cue)
        self._emit_quote(q.span, speaker, cue)

    def _heard(self, speaker: Speaker | None, position: int) -> None:
        """A resolved speaker who says something stays the one later cues continue."""
        if speaker is not None and not speaker.explicit:
            self.memory.add(position, speaker, self.number)

    def _emit_quote(self, span: Span, speaker: Speaker | None, cue: Span | None) -> None:
        self._heard(speaker, span.start)
        named, description = who(speaker)
        self.out.quotes.append(AttributedQuote(span.start, span.end, span.source, "direct", named,
                                               speaker.entity if speaker else None, cue, description))
        self.spoke = True

    def _emit_claim(self, cue: Span, content: Span, stance: str, speaker: Speaker | None) -> None:
        named, description = who(speaker)
        self.out.claims.append(AttributedClaim(cue, content, stance, named, speaker.entity if speaker else None,
                                               description))

    def _unattached_quotes(self) -> None:
        w = self.w
        previous: QuotedSpan | None = None
        for q in w.quoted:
            kind = self.kinds[id(q)]
            if id(q) in self.attached or kind == NAME:
                previous = q if id(q) in self.attached else previous
                continue
            if q.pattern == "continued" and previous is not None and id(previous) in self.attached:
                speaker, cue = self.attached[id(previous)]
                self._attach(q, None, speaker, cue)
            elif kind == SPEECH and self._cue_after(q):
                pass
            elif kind == SPEECH and self._continues_speech(q):
                pass
            if id(q) in self.attached:
                previous = q

    def _cue_after(self, q: QuotedSpan) -> bool:
        """«…»، قال بوتين / «…» بحسب الوزارة / «…» على حد قوله / «…». يقول فلان."""
        w = self.w
        k = w.index_at(q.outer_end)
        while k < len(w) and w.is_punct(k, "،,.:"):
            k += 1
        if k >= len(w):
            return False
        if w.bare(k) in ("كما", "هكذا") and w.cue_at(k + 1) is not None:
            k += 1
        cue = w.cue_at(k)
        if cue is not None and not cue.conjunction and cue.form.form != PARTICIPLE:
            clause = next((c for c in self.clauses if c.cue is cue), None)
            if clause is not None and clause.speaker is not None and clause.speaker.explicit:
                self._attach(q, clause)
                return True
            return False
        if w.in_set(k, ACCORDING_TO):
            j = k + 1
            while j < len(w) and (w.bare(j) in ("ل", "عن", "ما") or w.addressee(j) and w.f[j] == "ل"):
                j += 1
            rng = subject_after(w, j)
            if rng is not None and w.person_like(*rng):
                speaker = self.memory.add(w.tokens[rng[0]].start, describe(w, rng, head_gender(w, *rng) or "m"),
                                          self.number)
                self._attach(q, None, speaker, w.span(k, k + 1))
                return True
        if w.bare(k) == "علي" and k + 2 < len(w) and w.bare(k + 1) == "حد":
            noun = w.bare(k + 2)
            if any(noun.startswith(n) for n in AFTER_QUOTE_NOUNS):
                agreement = "f" if noun.endswith("ها") else "pl" if noun.endswith(("هم", "هما")) else "m"
                speaker = self.memory.resolve(w.tokens[k].start, agreement, self.number)
                if speaker is not None:
                    self._attach(q, None, speaker, w.span(k, k + 3))
                    return True
        return False

    def _continues_speech(self, q: QuotedSpan) -> bool:
        """A paragraph of quoted speech right after the previous speaker's paragraph."""
        w = self.w
        if q.opening is None or w.index_at(q.opening.start) != 0:
            return False
        if len(q.span.text.split()) < MIN_CONTINUATION_WORDS or not self.spoke_in \
                or self.spoke_in[-1] != self.number - 1:
            return False
        speaker = self.memory.latest(q.start, self.number)
        if speaker is None:
            return False
        self._attach(q, None, speaker, None)
        return True


_NOT_REPORTING = frozenset(fold(w) for w in lex.NOT_REPORTING)
_ADDRESSEE_PREPOSITIONS = {fold(verb): fold(prep) for verb, prep in lex.ADDRESSEE_PREPOSITIONS.items()}
_SECOND_PARTY_REQUIRED = frozenset(fold(verb) for verb in lex.SECOND_PARTY_REQUIRED)
# دعوته folds to دعوته: the noun's ة is a ت before the pronoun
_RENEWALS = {fold(noun)[:-1] + "ت" if noun.endswith("ة") else fold(noun): value
             for noun, value in lex.RENEWALS.items()}
_RENEWALS.update({fold(noun): value for noun, value in lex.RENEWALS.items()})   # التأكيد، الدعوة

# Prepositions after which quoted words inside a report are the source's (عبارة عن «تبرعات»، إلى "ضبط النفس").
_QUOTE_PREPOSITIONS = frozenset(fold(w) for w in ("إلى", "الى", "على", "عن", "من", "حول", "بشأن", "تجاه", "لصالح"))

# Heads that count rather than name a source (حسب عدد الأيام); a source only with whom they count.
_QUANTIFIERS = frozenset(fold(w) for w in ("عدد", "بعض", "مجموعة", "كثير", "غالبية", "معظم", "عشرات", "مئات",
                                           "آلاف", "العديد", "أحد", "إحدى", "العدد", "المجموعة"))

# Particles between a source marker and its clause: وبحسب المرصد فقد اغتنم ...، وفقا للمصادر فإن ...
_CONTENT_OPENERS = frozenset(fold(w) for w in ("فقد", "فإن", "فان", "فإنه", "فانه", "فإنها", "فانها", "أن", "ان"))

# Adjectives that make a period of the noun before them: في يوليو الماضي، في الشهر المقبل.
_TIME_ADJECTIVES = frozenset(fold(w) for w in ("الماضي", "الماضية", "المقبل", "المقبلة", "الجاري", "الجارية",
                                               "الحالي", "الحالية", "القادم", "القادمة", "المنصرم", "المنصرمة"))

# A source marker with ما glued to it: حسبما أعلن الجيش.
_ACCORDING_WHAT = frozenset(fold(w) for w in ("حسبما", "بحسبما", "وفقما", "طبقما"))

# Function words that may stand before ضرورة/أهمية in a demand's content (على ضرورة، أنه من الأهمية).
_BEFORE_DEMAND = frozenset(fold(w) for w in ("على", "إلى", "الى", "ب", "أن", "إن", "أنه", "إنه", "من", "هو", "هي"))

# Words that equate what follows with the subject: كانت عبارة عن «تبرعات»، بمثابة «إعلان حرب».
_EQUATING = frozenset(fold(w) for w in ("عبارة", "بمثابة", "مجرد", "سوى"))

# Words before أن that make a time clause (بعد أن تسلم الجائزة), not what was said.
_TEMPORAL = frozenset(fold(w) for w in ("بعد", "قبل", "منذ", "عقب", "بمجرد", "ريثما"))

# Subordinators that open a clause of their own before any complement of the cue.
_SUBORDINATORS = frozenset(fold(w) for w in ("حين", "عندما", "إذا", "لو", "كي", "لكي", "حتى", "بعدما", "قبل"))

# Words after which an ambiguous bare cue still starts a clause: فيما بين، كما ذكر.
_LINKERS = frozenset({"فيما", "بينما", "كما", "حيث", "ثم", "وقد", "قد", "لقد", "اذ", "بعدما", "عندما", "حين"})


def _classify(w: Words, q: QuotedSpan) -> str:
    """Speech or a name: a quoted term after a naming noun or a preposition is a name (صحيفة «عكاظ»، لـ"سبق")."""
    n_words = len(q.span.text.split())
    if q.opening is not None:
        i = w.index_at(q.opening.start)
        prev = i - 1
        if prev >= 0 and w.is_word(prev):
            if (w.in_set(prev, NAMING) or w.without_article(prev) in NAMING) and w.bare(prev) != "بالاسم":
                described = any(w.cue_at(k) is not None or _is_describing(w, k) for k in range(max(0, prev - 4), prev))
                return SHORT if w.f[prev] in ("ب",) and described else NAME
            token = w.tokens[prev].text
            if token in ("لـ", "ل", "بـ", "ب") or token.endswith("\u0640"):
                if token.startswith("ب") and any(_is_describing(w, k) for k in range(max(0, prev - 5), prev)):
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
                and not w.is_complementizer(prev) and not w.is_time(prev) and not _is_describing(w, prev):
            return SHORT                             # في احتفالات "عيد طيبة 36": a name inside a phrase
    return SPEECH if n_words >= 3 else SHORT


def _is_describing(w: Words, k: int) -> bool:
    """A وصف/سمى-type cue: what follows بـ is what someone called something (يصفها المحللون بـ «…»)."""
    b = w.bare(k)
    return any(b.startswith(fold(stem)) for stem in ("وصف", "يصف", "تصف", "سمى", "يسمي", "تسمي", "نعت", "ينعت"))


def _skip_adverbials(w: Words, k: int, end: int) -> int:
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
                        or w.bare_preposition(k) in _WORD_PREPOSITIONS and not w.is_time(k + 1):
                    break                    # في بيان لها أمس | استشهاد الرقيب ...
                k += 1
            continue
        break
    return k


def _trimmed(text: str, start: int, end: int) -> Span | None:
    """The span without surrounding spaces and trailing punctuation."""
    while start < end and (text[start].isspace() or text[start] in "،,:؛;"):
        start += 1
    while end > start and (text[end - 1].isspace() or text[end - 1] in "،,:؛;.-–—"):
        end -= 1
    return Span(start, end, text) if end > start else None


def _described_people(doc: Document) -> list[Mention]:
    """Descriptions of named people (وقال الرئيس الروسي ...) as person mentions of their clusters."""
    if not doc.layer(ENTITIES):
        return []
    from ..entities.nominals import descriptions
    # A bare title (الفريق، الأمير) could be anyone so titled; a description with more words is one person.
    return [Mention(span.start, span.end, doc.text, "PER", entity, DESCRIPTION) for span, entity in descriptions(doc)
            if any(fold(word) not in TITLES for word in span.text.split())]


def cached_attribution(doc: Document) -> Attribution:
    """The attribution of `doc`, computed once for both stages (keyed by the layers it reads)."""
    key = ("attribution", hash((doc.layer(ENTITIES), doc.layer(PARAGRAPHS))))
    return doc.cached(key, lambda: attribute(doc))
