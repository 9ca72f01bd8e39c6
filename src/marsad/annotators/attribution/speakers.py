"""Speakers: the subject of a reporting verb, its entity, and who an unnamed cue continues.

- `subject_after` reads the noun phrase after a verb (VSO: وقال المتحدث باسم
  الوزارة عبدالله ... في تصريح له أمس إن): a head (title, role, name, source
  word), then what may continue it (idafa, adjectives, في/من after a role or
  source: مسؤولون في المخابرات، عدد من الأهالي; باسم), until an adverbial, a time
  word, a complementizer, a colon, a comma or the verb's own preposition.
- `subject_before` reads it before the verb (SVO: بدا أن الرئيس بوتين يؤكد).
- `salient_subject` reads the subject of a clause-initial verb that is not a cue
  (ووجه مدير الأمن العام رسالة ... قائلا:), which a participle cue reports for.
- `link` finds the entity cluster of a speaker span from the mentions.
(`memory.SpeakerMemory` resolves a cue without a subject to the latest speaker heard.)
"""
from __future__ import annotations

from dataclasses import dataclass, field

from ...document import Span
from ...text.normalize import fold
from .words import (ABBREVIATION_TITLES, ACCORDING_TO, ADVERBIAL_PREPS, ANONYMOUS, ASSERTED_NOUNS, BREAKERS,
                    CLAUSE_VERBS, DEMONSTRATIVES, HUMAN, KANA, MANNER_ADVERBS, MARKER_LINKS, MEDIA, NEGATORS,
                    NP_CONTINUERS, ORGANISATIONS, PLURAL_ADJECTIVES, PLURAL_HEADS, PRAYER, PREPOSITION_PRONOUNS,
                    RELATIVES, ROLE_PREPOSITIONS, ROLES, TIME_ADJECTIVES, TITLES, TO_PRONOUNS, Words)

MAX_SUBJECT_WORDS = 10
MAX_SVO_WORDS = 7              # a subject before its verb
MAX_FRONTED_WORDS = 12         # ... when كان opens the clause (وكان المفتي العام رئيس هيئة ... أكد)
DESCRIPTION = -1.0             # Mention.score of a described person (see analysis._described_people)
MAX_NAME_QUOTE_WORDS = 3
MAX_QUOTED_BODY_WORDS = 6


@dataclass
class Speaker:
    """Who says something: a span of the text, and the entity cluster when linked."""

    span: Span                      # the noun phrase (or, resolved, the earlier one it continues)
    entity: str | None = None       # cluster id from the mentions
    mention: Span | None = None     # the linked mention inside the span
    agreement: str = "m"            # m | f | pl
    explicit: bool = True           # named at this cue, not resolved from earlier text
    anonymous: bool = False         # مصدر، مسؤولون، شهود ...: a source of its own
    group: int = -1                 # the speaker it corefers with in this document
    words: frozenset = field(default_factory=frozenset)   # content words, for coreference
    kind: str | None = None         # person | body, by its head word; None when the head does not tell

    def resolved(self) -> "Speaker":
        """The same speaker, as the resolved speaker of a later cue without a subject."""
        return Speaker(self.span, self.entity, self.mention, self.agreement, False, self.anonymous, self.group,
                       self.words, self.kind)


def _quoted_name_end(w: Words, i: int) -> int | None:
    """A short quoted name at token i (“ابن مساعد”، "باطوق"): the index after its closing mark."""
    q = w.quote_opening_at(i)
    longest = MAX_NAME_QUOTE_WORDS if not w.head_in(i + 1, ORGANISATIONS) else MAX_QUOTED_BODY_WORDS
    if q is None or q.closing is None or len(q.span.text.split()) > longest:
        return None                                 # (“الشركة الكويتية لنفط الخليج”: a body's name is longer)
    j = w.index_at(q.closing.start)
    return j + 1 if j < len(w) else None


def _continues_with_preposition(w: Words, k: int, head_i: int, stop_preps: tuple[str, ...]) -> bool:
    """في/من inside a speaker phrase: مسؤولون في المخابرات، عدد من الأهالي، المادة 4 من المعاهدة."""
    b = w.bare_preposition(k)
    nxt = k + 1
    if not w.is_word(nxt) or w.is_adverbial_noun(nxt) or w.is_time(nxt) or \
            (w.in_set(nxt, BREAKERS) and not w.in_set(nxt, DEMONSTRATIVES)):
        return False
    if k > 0 and ROLE_PREPOSITIONS.get(w.without_article(k - 1)) == b:
        return True                                 # المشرف على أعمال العيد، المسؤولين عن القرار
    if k > 1 and w.is_adjective(k - 1) and ROLE_PREPOSITIONS.get(w.without_article(k - 2)) == b:
        return True                                 # المشرف العام على الإدارة
    if b not in ("في", "من") or b in stop_preps:
        return False
    return w.speaker_head(head_i) or w.tokens[k - 1].kind == "number"


def subject_after(w: Words, i: int, stop_preps: tuple[str, ...] = (), object_follows: bool = False,
                  skip_leading: bool = True, glued: bool = False) -> tuple[int, int] | None:
    """Token range of the subject starting at (or, past leading adverbials, after) token i; with `glued`
    its first word carries a preposition (وفقا | للمرصد السوري)."""
    end = w.sentence_end(i)
    stop_preps = tuple(fold(p) for p in stop_preps)
    if skip_leading:
        i = _skip_leading_adverbials(w, i, end)
    if not glued and w.in_set(i, ACCORDING_TO):     # يتوقع بحسب | المصدر أن، وأشار وفقا لما أوردته | صحيفة مكة
        i += 1
        what = False
        while i < end and w.bare(i) in MARKER_LINKS:
            what = what or w.bare(i) in (fold("ما"), fold("لما"))
            i += 1
        if i < end and (w.cue_at(i) is not None or what and not w.is_definite(i) and w.mention_at(i) is None):
            i += 1                                  # the verb of ما: أعلن، أوردته، نشرت
        glued = w.f[i - 1] in ("وفقا", "طبقا", "نقلا") if i - 1 >= 0 else False
    start = k = i
    words = 0
    last_definite = False
    after_person = False                 # a person's name closed the phrase; only an apposition may follow
    while k < end and words < MAX_SUBJECT_WORDS:
        tok = w.tokens[k]
        if tok.kind in ("punct", "symbol"):
            name_end = _quoted_name_end(w, k)
            construct = words and not last_definite and w.tokens[k - 1].kind == "word"   # محرر «ارتياد الآفاق»
            ends_sentence = name_end is not None and (name_end >= end or w.is_punct(name_end, ".!?؟"))
            if name_end is not None and not ends_sentence and (
                    words == 0 or construct or not w.is_word(name_end) or w.is_punct(name_end, "،,:")
                    or w.is_complementizer(name_end)):
                k, words, last_definite = name_end, words + 1, True     # قالت «المقاومة الجنوبية» في بيان
                continue
            if tok.text == "." and words and w.f[k - 1] in ABBREVIATION_TITLES:
                k += 1
                continue
            break
        if words and w.in_set(k, ACCORDING_TO):
            break                                   # بيان للديوان | نقلا عن المحكمة
        if words and w.anonymity_end(k) is not None:
            break                                   # مسؤول أمني | طلب عدم الكشف عن هويته
        phrase_end = next((e for e in (w.name_phrase_end(j) for j in range(max(start, k - 2), k + 1))
                           if e is not None and e > k), None) if words else None
        if phrase_end is not None:                  # (a mention may have taken its first word: هيئة الأمر)
            k, words, last_definite = phrase_end, words + 1, True     # هيئة | الأمر بالمعروف والنهي عن المنكر
            continue
        b = w.bare(k)
        mention = w.mention_at(k)
        if mention is not None and any(w.is_complementizer(j) or w.cue_at(j) for j in range(k + 1, w.index_at(mention.end))):
            mention = None                          # a mention run over إن or a cue is no name
        named = mention is not None and mention.label in ("PER", "ORG")
        if words == 0 and not glued and (mention is None or mention.end <= tok.end) and (w.addressee(k) or (
                w.in_set(k, ASSERTED_NOUNS) and not w.speaker_head(k)
                and not any(w.is_complementizer(j) for j in range(k + 1, min(end, k + 4))))):
            break                                   # وقال | لمناصريه، وأكد | جاهزية الطلاب (even when tagged)
        if words and w.in_set(k, MANNER_ADVERBS):
            break                                   # أدانت الأمانة العامة | وبشدة ...
        if words and w.to_media(k):
            break                                   # المصادر | لرويترز: whom it was said to, even when tagged
        if words and mention is not None and mention.label == "LOC" and w.with_preposition(k, "ب"):
            break                                   # الوزير | بالرياض، المدينة الطبية | بمكة المكرمة
        if named and mention.start == tok.start and not after_person:
            k = max(k + 1, w.index_at(mention.end))           # والي، وانغ: a name, whatever it starts with
            words += 1
            last_definite, after_person = True, mention.label == "PER" and mention.score != DESCRIPTION
            continue
        if words == 0 and tok.kind == "word" and mention is None and not w.is_definite(k) and len(b) >= 4 \
                and b.endswith("ا") and not b.endswith(("اا", "ءا")) and not w.speaker_head(k):
            break                                   # توقعت | ربحا فصليا: an indefinite accusative, the object
        if words == 0 and w.in_set(k, DEMONSTRATIVES) and w.is_definite(k + 1):
            k, words = k + 1, words + 1                                  # هذا المعرض، هذه الدراسة
            continue
        if w.is_complementizer(k) or (w.in_set(k, PRAYER) and (
                words == 0 or w.is_definite(k - 1) or not w.is_word(k - 1))) \
                or (words and w.in_set(k + 1, PRAYER) and w.with_preposition(k, "ب")):
            break                                   # (ذبيح الله، نصر الله: a name; بمشيئة الله: no speaker's)
        after_preposition = words and w.in_set(k - 1, BREAKERS | ADVERBIAL_PREPS)
        if w.in_set(k, DEMONSTRATIVES) and after_preposition:
            k, words = k + 1, words + 1                            # المسؤولين عن | تلك القرارات
            continue
        if (w.in_set(k, BREAKERS) or w.in_set(k, ADVERBIAL_PREPS)) and words:
            if not _continues_with_preposition(w, k, start, stop_preps):
                break
            k, words, last_definite = k + 1, words + 1, False      # مسؤولون في | المخابرات
            continue
        if w.in_set(k, BREAKERS):
            break
        if w.is_time(k) and (words == 0 or not w.is_adjective(k)):
            break                                   # (مدير الأمن العام: العام is "general" here)
        if b in stop_preps or ("ب" in stop_preps and w.with_preposition(k, "ب") and b != "باسم"):
            break
        if w.in_set(k, ADVERBIAL_PREPS):
            break
        if w.cue_at(k):
            break
        if words == 0 and w.addressee(k) and not glued:
            break
        if words == 0 and not glued and mention is None and b[:1] == "ب" and len(b) > 4 and b != "باسم" and (
                b.startswith("بال") or b[1] == "ت" or len(b) >= 6 and b[-2] == "ا" or b.endswith(("ه", "ها", "هم"))):
            break                                   # واتهمته | بتعاطي، بالتمارض: ب + a noun is no subject (بوتين is)
        if words and w.addressee(k) and (w.to_media(k) or not (w.speaker_head(k - 1) or w.is_definite(k - 1))):
            break                                   # أحد السكان المحليين | لوكالة الصحافة الفرنسية
        if words and tok.kind == "word" and b[:1] in "بل" and b != "باسم" and w.raw[k].endswith(("ه", "ها", "هم")) \
                and len(b) > 4 and w.mention_at(k) is None:
            break                                   # الادارة | برغبتها: a prepositional phrase with a pronoun
        if after_person:
            if not (w.human_head(k) or w.is_adjective(k) or b in ("باسم", "بن", "ابن", "ال")):
                break                               # الخريجي | إنجاز لوس أنجلوس
            after_person = not w.human_head(k)      # an apposition opens: توماس باخ رئيس اللجنة الأولمبية
        definite = w.is_definite(k)
        if words and object_follows and tok.kind == "word" and not w.is_definite(k - 1) \
                and w.nominative_plural(k - 1) and mention is None and not w.is_adjective(k) \
                and not w.accusative(k - 1) and not w.f[k].startswith("و") and not w.in_set(k, PLURAL_ADJECTIVES) \
                and not w.without_article(k).endswith(("ون", "ين")):
            break                                   # ويتهم ناشطون | السلطات: a plural in ون is never a construct
        if words and object_follows and last_definite and not w.is_adjective(k) \
                and (not w.human_head(k) or (definite and w.plural(k))) \
                and not named and (definite or tok.kind == "word") and not w.addressee(k) \
                and not w.with_preposition(k, "ب") and not w.with_preposition(k, "ل") \
                and not w.f[k].startswith("وال") and b not in NP_CONTINUERS and not _coordinated_name(w, k) \
                and not _coordinated_genitive(w, k) and not _name_before_complement(w, k, stop_preps):
            break                                   # ونفى الكرملين | التقارير، أكد الوزير | حرص المجلس
            # (but المرصد السوري لحقوق الإنسان، الإدارة العامة للطرق والنقل، شركة شل ذات التاريخ)
        if words and not definite and tok.kind == "word" and not w.speaker_head(k) and not named and b not in NP_CONTINUERS and \
                ((last_definite and (w.accusative(k) or (object_follows and (w.raw[k].endswith("ه") or w.object_noun(k)))))
                 or (object_follows and w.object_noun(k) and _plain_adjective(w, k - 1))
                 or (words >= 2 and b.endswith("ات") and not _construct_genitive(w, k))):
            break                                   # ووجه مدير الأمن العام | رسالة، أعلن قائد العمليات المشتركة | مقتل
        if mention is not None and mention.end > tok.end:
            k = w.index_at(mention.end)
            words += 1
            last_definite = True
            after_person = mention.label == "PER" and mention.score != DESCRIPTION
            continue
        if mention is not None and mention.label == "PER" and mention.score != DESCRIPTION:
            after_person = True
        last_definite = definite or (mention is not None)
        words += 1
        k += 1
    if words >= MAX_SUBJECT_WORDS and not after_person:
        for j in range(k, min(end, k + 5)):        # سماحة مفتي عام المملكة رئيس هيئة ... الشيخ | عبدالعزيز آل الشيخ
            m = w.mention_at(j)
            if m is not None and m.label == "PER" and m.score != DESCRIPTION and m.start == w.tokens[j].start:
                k = w.index_at(m.end)
                break
            place = m is not None and m.label == "LOC" or w.with_preposition(j, "ب") and w.mention_at(j + 1) is not None
            if not (w.in_set(j, TITLES) or w.is_definite(j) or place) or w.cue_at(j) or w.is_complementizer(j):
                break                               # (… في محافظة تنومة | بمنطقة عسير محمد السيد)
    while k > start + 1 and (w.in_set(k - 1, BREAKERS) or w.in_set(k - 1, ADVERBIAL_PREPS)):
        k -= 1                                      # عدد من المشاركين | في احتفالات: no dangling preposition
    return (start, k) if k > start else None


def _plain_adjective(w: Words, k: int) -> bool:
    """أمريكيون، سعودية، أمني: an indefinite nisba adjective, after which no noun of the same phrase follows."""
    b = w.bare(k)
    return not w.is_definite(k) and (len(b) >= 5 and b.endswith(("يون", "يين", "يه", "يان")) or len(b) >= 4
                                      and b.endswith("ي") and w.tokens[k].text[-1:] != "ى") and w.mention_at(k) is None


def _name_before_complement(w: Words, k: int, stop_preps: tuple[str, ...]) -> bool:
    """رئيس نادي الزمالك المصري | مرتضى منصور | عن تنحيه: up to three plain words that end right before the
    verb's preposition or أن are a name the tagger missed, not the object."""
    j = k
    while j < len(w.tokens) and j - k < 3 and w.tokens[j].kind == "word" and not w.is_definite(j) \
            and not w.object_noun(j) and not w.in_set(j, BREAKERS) and not w.cue_at(j) and not w.accusative(j):
        j += 1
    return j - k >= 2 and j < len(w.tokens) and (w.bare(j) in stop_preps or w.is_complementizer(j))


def _construct_genitive(w: Words, k: int) -> bool:
    """مصدر في قيادة | عمليات الحدود، إحدى | شركات الوساطة: a plural after a bare noun that a definite word
    follows is the genitive of a construct chain, not an object."""
    return k > 0 and w.is_word(k - 1) and w.tokens[k - 1].kind == "word" and not w.is_definite(k - 1) \
        and not w.is_adjective(k - 1) and not w.accusative(k - 1) and w.mention_at(k - 1) is None \
        and k + 1 < len(w) and w.is_word(k + 1) and w.is_definite(k + 1) and not w.is_time(k + 1)


def _coordinated_genitive(w: Words, k: int) -> bool:
    """للأرصاد وحماية البيئة: و after a genitive goes on with it (an object never begins with و)."""
    f = w.f[k]
    return len(f) >= 4 and f[0] == "و" and not w.object_noun(k) and k > 0 \
        and (w.with_preposition(k - 1, "ل") or w.is_definite(k - 1)) and w.is_definite(k + 1)


def _coordinated_name(w: Words, k: int) -> bool:
    """ومصر، ومكتب النيابة: و before a name or a body's head goes on with the subject."""
    f = w.f[k]
    if len(f) < 3 or f[0] != "و":
        return False
    mention = w.mention_at(k)
    return (mention is not None and mention.start > w.tokens[k].start) or w.conjunction_attached(k)


def _skip_leading_adverbials(w: Words, i: int, end: int) -> int:
    """Past adverbials between a verb and its subject: أمس، يوم الخميس، لـ«عكاظ»."""
    while i < end:
        if w.is_time(i):
            i += 1
            while i < end and (w.is_time(i) or w.tokens[i].kind == "number" or w.in_set(i, TIME_ADJECTIVES)):
                i += 1                              # أعلنت العام الماضي | أن ...
            continue
        if w.in_set(i, PREPOSITION_PRONOUNS):
            i += 1                                  # وطالب فيها المدرب ...
            continue
        if w.bare(i) == "من" and w.is_adverbial_noun(i + 1):
            i += 2                                  # وأكد من جانبه أن ...، من جهة أخرى
            if w.bare(i) in (fold("أخرى"), fold("ثانية")):
                i += 1
            continue
        if w.in_set(i, DEMONSTRATIVES) and (w.is_time(i + 1) or w.is_punct(i + 1, "،,")):
            i += 1                                  # أوضح ذلك أمس مدير عام الفرع ...: the object first
            continue
        if w.in_set(i, DEMONSTRATIVES) and not w.is_definite(i + 1) and (
                w.head_in(i + 1, HUMAN) or _person_at(w, i + 1)):
            i += 1                                  # أعلن ذلك معالي وزير الزراعة: the object, then the subject
            continue                                # (هذا المعرض، هذا المسؤول: the subject itself)
        if w.addressee(i) or w.in_set(i, TO_PRONOUNS):
            i += 1
            name_end = _quoted_name_end(w, i)
            if name_end is not None:
                i = name_end
            continue
        if w.is_punct(i, "،,"):
            # وقال، في تصريح له، ... : only skip a comma that a short adverbial follows
            break
        break
    return i


def _person_at(w: Words, i: int) -> bool:
    m = w.mention_at(i) if 0 <= i < len(w.tokens) else None
    return m is not None and m.label == "PER" and m.score != DESCRIPTION


def subject_before(w: Words, cue_i: int, agreement: str = "m") -> tuple[int, int] | None:
    """Token range of a subject written before its verb (SVO), or None; without a source marker that opens it
    (وبحسب | مصادر عسكرية، أكدت أن)."""
    rng = _subject_before(w, cue_i, agreement)
    if rng is not None and rng[1] - rng[0] > 1 and w.in_set(rng[0], ACCORDING_TO):
        rng = (rng[0] + 1, rng[1])
    return rng


def _subject_before(w: Words, cue_i: int, agreement: str = "m") -> tuple[int, int] | None:
    if w.bare(cue_i) != w.f[cue_i]:
        return None                                 # ويعتقدوا، وقال: a conjunction opens a clause of its own
    j = cue_i - 1
    while j >= 0 and (w.bare(j) in ("قد", "لقد", "اذ") or w.in_set(j, NEGATORS)):
        j -= 1                                      # الوزير قد أكد، البعض لا يعترفون، والوزارة إذ تعلن
    if j >= 0 and w.in_set(j, RELATIVES):           # متحدث باسم الشرطة الذي أكد أن: the antecedent
        if _relative_agrees(w.bare(j), agreement):
            return _noun_phrase_before(w, j, relative=True)
        return None                                 # التمارين التي يرى أنها ...: the antecedent is the object
    if j >= 0 and w.is_punct(j, "،,"):
        fronted = _fronted_with_apposition(w, cue_i, j)
        if fronted is None and j + 1 < cue_i:       # وكانت الشركة، قد أوضحت: كان's subject, a comma before قد
            rng = _noun_phrase_before(w, j)
            if rng is not None and rng[0] > 0 and w.in_set(rng[0] - 1, CLAUSE_VERBS):
                return rng
        return fronted
    return _noun_phrase_before(w, j + 1)


def _relative_agrees(relative: str, agreement: str) -> bool:
    if relative in ("التي", "اللتين", "اللتان"):
        return agreement in ("f", "pl")
    if relative in ("الذين", "اللاتي", "اللواتي"):
        return agreement == "pl"
    return agreement in ("m", "pl")


def _noun_phrase_before(w: Words, end: int, relative: bool = False) -> tuple[int, int] | None:
    if relative and end > 0 and w.is_punct(end - 1, "،,"):
        end -= 1                                    # عبدالله العليان، الذي بين أن ...
    j = end - 1
    words = 0
    while j >= 0 and words < (4 if relative else MAX_FRONTED_WORDS):
        q = w.quote_closing_at(j)
        if q is not None and q.opening is not None and len(q.span.text.split()) <= MAX_NAME_QUOTE_WORDS \
                and w.head_in(w.index_at(q.opening.start) - 1, MEDIA, ORGANISATIONS):
            j, words = w.index_at(q.opening.start) - 1, words + 1       # وكانت صحيفة "الأنباء" | أفادت
            continue
        if not w.is_word(j) or w.accusative(j):
            break
        if w.is_complementizer(j) or w.in_set(j, CLAUSE_VERBS) or w.in_set(j, RELATIVES) or w.cue_at(j) \
                or w.after_contrast(j + 1):
            break                                   # (لكن | الوزير يرى أن)
        if w.in_set(j, BREAKERS | ADVERBIAL_PREPS) and (relative or w.bare(j) not in ("في", "من")):
            if relative:
                break                               # عن متحدث باسم الشرطة | الذي ...، الضعف خلال | الخطاب الذي
            return None
        words += 1
        j -= 1
    start = j + 1
    if words == 0:
        return None
    boundary_ok = relative or j < 0 or not w.is_word(j) or w.is_complementizer(j) or w.in_set(j, CLAUSE_VERBS) \
        or w.after_contrast(j + 1) \
        or w.sentence_start(end) > j
    if not boundary_ok or w.bare(start) in ("في", "من"):
        return None
    if words > MAX_SVO_WORDS and not (j >= 0 and w.in_set(j, KANA)):
        return None                                 # a long subject only after كان: وكان المفتي العام ... أكد
    return (start, end) if w.person_like(start, end) or w.named(start, end, places=True) else None


def _fronted_with_apposition(w: Words, cue_i: int, comma: int) -> tuple[int, int] | None:
    """عايد الشمري، عضو هيئة التدريس، قال ...: a sentence that opens with its speaker and an apposition."""
    s0 = w.sentence_start(cue_i)
    commas = [k for k in range(s0, comma) if w.is_punct(k, "،,")]
    if comma - s0 < 1 or len(commas) > 1 or comma - s0 - len(commas) > 14:
        return None
    if w.in_set(s0, BREAKERS | ADVERBIAL_PREPS):
        return None                                 # من جهتها، وفي دهوك، في المقابل: an adverbial, no speaker
    for k in range(s0, comma):
        if w.is_punct(k, "،,"):
            continue
        if not w.is_word(k) or w.is_complementizer(k) or w.cue_at(k) or w.in_set(k, RELATIVES) \
                or w.in_set(k, CLAUSE_VERBS) or w.accusative(k):
            return None
        if w.in_set(k, BREAKERS) and w.bare(k) not in ("في", "من"):
            return None
    first_end = commas[0] if commas else comma
    apposition_head = first_end + 1 if commas else None
    if w.person_like(s0, first_end) or w.named(s0, first_end) or \
            (apposition_head is not None and w.human_head(apposition_head)):
        return s0, comma
    if not commas and comma - s0 <= 3 and not w.in_set(s0, DEMONSTRATIVES):
        return s0, comma                            # المشوح، أكد ...: a name set before its verb
    return None


def salient_subject(w: Words, i: int) -> tuple[int, int] | None:
    """The subject of a clause-initial verb that is not a cue (أدى الأمير فيصل ...، ووجه مدير الأمن)."""
    if not w.is_word(i) or w.tokens[i].kind != "word" or w.cue_at(i):
        return None
    if w.is_definite(i) or w.in_set(i, BREAKERS) or w.in_set(i, ADVERBIAL_PREPS) or w.is_time(i) \
            or w.speaker_head(i) or w.in_set(i, CLAUSE_VERBS) or len(w.bare(i)) < 2 or w.verbal_noun(i):
        return None
    rng = subject_after(w, i + 1, object_follows=True, skip_leading=False)
    if rng is None:
        return None
    s, e = rng
    head = s
    while head < e and w.in_set(head, TITLES):
        head += 1
    if (head < e and w.head_in(head, HUMAN, ORGANISATIONS)) or w.head_in(s, HUMAN, ORGANISATIONS):   # (الوزير alone)
        return rng
    mention = w.mention_at(s)
    if mention is not None and mention.label in ("PER", "ORG"):
        return rng
    return None


def describe(w: Words, rng: tuple[int, int], cue_agreement: str, clusters: set[str] | None = None) -> Speaker:
    """A speaker for the subject tokens `rng`: its span, entity, agreement and words."""
    s, e = rng
    while e > s + 1 and w.is_punct(e - 1) and not w.quote_closing_at(e - 1):
        e -= 1
    span = w.span(s, e)
    if w.conjunction_attached(s):                       # وأحد زعماء ...: the conjunction is no part of it
        span = Span(span.start + 1, span.end, span.source)
    head = s
    while head < e - 1 and w.in_set(head, TITLES):
        head += 1
    anonymous = w.in_set(s, ANONYMOUS) and not w.in_set(s, ROLES)
    entity, mention = (None, None) if anonymous else link(w, span, head)
    agreement = _agreement(w, s, e, cue_agreement)
    content = frozenset(w.without_article(k) for k in range(s, e)
                        if w.is_word(k) and not w.in_set(k, TITLES) and not w.in_set(k, BREAKERS)
                        and len(w.without_article(k)) > 2)
    return Speaker(span, entity, mention, agreement, True, anonymous, -1, content, _kind(w, head))


def _kind(w: Words, head: int) -> str | None:
    """person (الناطق، مصدر، the name of a person) or body (المقاومة، الوزارة) by the head word."""
    if w.head_in(head, ROLES, TITLES, ANONYMOUS):
        return "person"
    mention = w.mention_at(head)
    if mention is not None and mention.label == "PER" and mention.score != DESCRIPTION:
        return "person"
    if w.head_in(head, ORGANISATIONS) or mention is not None and mention.label == "ORG":
        return "body"
    return None


def _agreement(w: Words, s: int, e: int, cue_agreement: str) -> str:
    head = s
    while head < e - 1 and w.in_set(head, TITLES):
        head += 1
    b = w.without_article(head)
    glued = b[1:] if b[:1] in "لب" and len(b) > 4 else ""   # وفقا لمصادر عسكرية: the plural behind the ل
    if cue_agreement == "pl" or w.head_in(head, PLURAL_HEADS) or glued in PLURAL_HEADS \
            or (len(b) >= 5 and b.endswith(("ون", "ين", "و")) and w.head_in(head, ANONYMOUS)):
        return "pl"
    return cue_agreement


def link(w: Words, span: Span, head: int) -> tuple[str | None, Span | None]:
    """The cluster of a speaker span: a person named in it, else the organisation it is headed by."""
    overlapping = w.overlapping(span.start, span.end)
    if not overlapping:
        return None, None
    named = [m for m in overlapping if m.score != DESCRIPTION]
    overlapping = named or overlapping                 # a named mention before a description of one
    people = [m for m in overlapping if m.label == "PER"]
    if people:
        m = people[0]
        return m.entity, m.as_span()
    head_start = w.tokens[head].start
    head_end = w.tokens[head].end
    for m in overlapping:
        if m.start < head_end and head_start < m.end:
            return m.entity, m.as_span()
    return None, None
