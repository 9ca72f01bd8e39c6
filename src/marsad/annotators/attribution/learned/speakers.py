"""Speaker candidates and their features: who, of the people, bodies and sources around a cue, said it.

For one statement (a claim's cue, or a quote and the cue that introduces it) the
candidates are the walk's own choice, the named mentions and descriptions of
people (entities, `nominals.descriptions`) of its paragraph and the two before,
the speakers the walk heard there (anonymous sources and roles included: مصدر
عسكري، المتحدث باسم الوزارة) and the noun phrases right after and before the
cue. Each is described by where it stands from the cue (its subject position
right after the verb, before it, the previous sentence or paragraph), whether
its gender agrees with the cue (أكدت / أكد), whether a preposition governs it
(للرئيس), how recently it spoke, and whether the walk chose it. The trained
ranker (`models/attribution/speakers.json`) picks one.
"""
from __future__ import annotations

import bisect
from dataclasses import dataclass, field

from ....document import Span
from ....layers import Mention
from ..agreement import head_gender
from ..attributed import who
from ..cues import Cue
from ..speakers import DESCRIPTION, Speaker, describe, subject_after, subject_before
from ..walk import Walk
from ..words import (ADVERBIAL_PREPS, ANONYMOUS, BREAKERS, CLAUSE_VERBS, CONTRASTS, LINKERS, MARKER_LINKS, ROLES,
                     TIME_ADJECTIVES, TITLES)
from .context import bucket

LABELS = ("PER", "ORG", "MISC")
PARAGRAPHS_BACK = 2
MEMORY_BACK = 3
MAX_CLAUSE_WORDS = 12
APPOSITION_GAP = 3
HEARD_DEPTH = 5                      # ranks past 4 share one feature (`heard=>4`)
MAX_PLAIN_WORDS = 5                  # a subject before its verb that no lexicon word heads                   # words between a speaker phrase and the name set after it


@dataclass
class SpeakerCandidate:
    span: Span | None                    # None: the candidate "no one of these"
    entity: str | None
    walk: int                            # index of the walk (paragraph) it is in
    start: int                           # its token range in that walk
    end: int
    mention: Mention | None = None
    speaker: Speaker | None = None       # the walk's speaker phrase, when it comes from the walk
    sources: set[str] = field(default_factory=set)
    features: list[str] = field(default_factory=list)


@dataclass
class Anchor:
    """Where a statement is: its walk, its cue (None for a quote no cue introduces), the quoted span."""

    walk: int
    cue: Cue | None
    token: int                            # the cue's first token, or the quote's
    item: Span | None = None              # the quote (speakers never stand inside their own words)
    rule: tuple[Span | None, str | None] = (None, None)     # the walk's speaker span and entity
    rule_speaker: Speaker | None = None
    content: Span | None = None           # a claim's content (its source is not inside it)


def _range(w, span: Span) -> tuple[int, int]:
    s = bisect.bisect_right(w.starts, span.start) - 1
    return max(0, s), max(s + 1, w.index_at(span.end))


def gather(walks: list[Walk], anchor: Anchor) -> list[SpeakerCandidate]:
    walk = walks[anchor.walk]
    w = walk.w
    limit_tok = w.sentence_end(anchor.token)
    if anchor.item is not None:
        limit_tok = max(limit_tok, min(len(w), w.index_at(anchor.item.end) + 8))
    limit = w.tokens[limit_tok - 1].end if limit_tok > 0 else w.tokens[0].end
    found: dict[tuple[int, int], SpeakerCandidate] = {}

    def add(span: Span, entity: str | None, widx: int, source: str, mention: Mention | None = None,
            speaker: Speaker | None = None) -> None:
        key = (span.start, span.end)
        cand = found.get(key)
        if cand is None:
            s, e = _range(walks[widx].w, span)
            cand = found[key] = SpeakerCandidate(span, entity, widx, s, e, mention, speaker)
        cand.sources.add(source)
        cand.entity = cand.entity or entity
        cand.mention = cand.mention or mention
        cand.speaker = cand.speaker or speaker

    span, entity = anchor.rule
    if span is not None:
        add(span, entity, _walk_of(walks, span.start), "rule", speaker=anchor.rule_speaker)
    for widx in range(max(0, anchor.walk - PARAGRAPHS_BACK), anchor.walk + 1):
        for m in walks[widx].w.mentions:
            if m.label in LABELS and m.start < limit:
                add(m.as_span(), m.entity, widx, "description" if m.score == DESCRIPTION else "mention", mention=m)
    index = _walk_index(walks)
    numbers = index.numbers
    first = walks[max(0, anchor.walk - MEMORY_BACK)].number
    for position, paragraph, sp in walk.out.memory.between(first, walk.number):
        k = numbers.get(paragraph)
        if k is None or not sp.explicit or not (anchor.walk - MEMORY_BACK <= k <= anchor.walk) or sp.span.start >= limit:
            continue
        add(sp.span, sp.entity, _walk_of(walks, sp.span.start), "memory", speaker=sp)
    cue = anchor.cue
    if cue is not None:
        after = cue.last + 1
        while after < len(w) and (w.bare(after) in MARKER_LINKS or w.tokens[after].text in ("لـ", "ل")):
            after += 1                               # بحسب | ما | أعلن، وفقا | لـ
        if w.cue_at(after) is not None and after > cue.last + 1:
            after = w.cue_at(after).last + 1
        form = cue.form
        stops = tuple(p for p in form.takes if p not in ("that", "speech", "object", "renewal"))
        rng = subject_after(w, after, stops, object_follows="object" in form.takes or form.addressee
                            or form.transitive) if after < len(w) else None
        if rng is not None:
            sp = describe(w, rng, cue.form.agreement)
            if not any(c.span.start == sp.span.start and "rule" in c.sources for c in found.values()):
                add(sp.span, sp.entity, anchor.walk, "subject_after", speaker=sp)
            else:                                    # the walk read the same subject (and where it ends)
                next(c for c in found.values() if c.span.start == sp.span.start).sources.add("subject_after")
        rng = subject_before(w, cue.token, cue.form.agreement) if cue.form.form != "noun" else None
        if rng is not None:
            sp = describe(w, rng, cue.form.agreement)
            add(sp.span, sp.entity, anchor.walk, "subject_before", speaker=sp)
        rng = clause_before(w, cue.token - (1 if cue.auxiliary else 0)) if cue.form.form != "noun" else None
        if rng is not None:
            sp = describe(w, rng, cue.form.agreement)
            add(sp.span, sp.entity, anchor.walk, "clause_before", speaker=sp)
    for c in found.values():
        if c.mention is None and c.speaker is not None:
            name = _apposed_name(walks[c.walk].w, c.span)
            if name is not None:                     # مدير مكتب المنظمة في نينوى، الإيطالي ماركو بيانكي
                c.mention, c.entity = name, name.entity
                c.sources.add("apposed_name")
    out = sorted((c for c in found.values()
                  if anchor.item is None or not anchor.item.start <= c.span.start < anchor.item.end),
                 key=lambda c: c.span.start)                # (no one is the speaker of words they stand in)
    if anchor.item is None:                          # a claim may have no source (a quote always has a speaker)
        out.append(SpeakerCandidate(None, None, anchor.walk, 0, 0, sources={"none"}))
    return out


def _apposed_name(w, phrase: Span) -> Mention | None:
    """A person's name set right after a speaker phrase: after a comma (وقال أحد المنسقين، منتظر عبد الحسين،),
    a nisba or a title (الإيطالي ماركو بيانكي، الدكتور آزاد شيخاني), or a place the phrase stopped before
    (المدير الإقليمي للمكتب بسطات، عبد الرحيم الإدريسي; منسق الإغاثة في الموصل كريم الجبوري)."""
    k = w.index_at(phrase.end)
    stop = min(len(w), k + APPOSITION_GAP + 1)
    while k < stop:
        m = w.mention_at(k)
        if m is not None and m.label == "PER" and m.score != DESCRIPTION and m.start == w.tokens[k].start:
            return m
        if w.bare(k) == "في" and k + 1 < len(w) and _place_at(w, k + 1):
            k, stop = k + 2, min(len(w), stop + 1)      # في + a place: one step of the gap
            continue
        if not (w.is_punct(k, "،,") or w.is_nisba(k) or w.in_set(k, TITLES)
                or (w.tokens[k].kind == "word" and w.with_preposition(k, "ب") and w.mention_at(k) is not None)):
            return None
        k += 1
    return None


def _place_at(w, k: int) -> bool:
    m = w.mention_at(k)
    return m is not None and m.label == "LOC" and m.start == w.tokens[k].start


def clause_before(w, cue_token: int) -> tuple[int, int] | None:
    """The words between the clause's opening (a sentence start, a comma, أن، لكن، كانت ...) and the cue:
    a subject written before its verb that the rules may not have read (غير أن عددا من الأسر ... شككت)."""
    end = cue_token
    while end > 0 and w.bare(end - 1) in ("قد", "لقد"):
        end -= 1
    start = end
    while start > 0 and end - start < MAX_CLAUSE_WORDS:
        k = start - 1
        if not w.is_word(k) or w.is_complementizer(k) or w.in_set(k, CLAUSE_VERBS) or w.cue_at(k) is not None \
                or w.in_set(k, CONTRASTS) or w.in_set(k, LINKERS) or w.bare(k) in ("أن", "ان", "إن"):
            break
        start = k
    if start >= end or w.sentence_start(start) != w.sentence_start(end - 1 if end else 0):
        return None
    if w.person_like(start, end) or w.named(start, end):
        return start, end
    # a short noun phrase no lexicon word heads, after a contrast, أن or كان (لكن منظمات إغاثة تشكك، غير أن
    # أولياء أمور الطالبات يشككون): a candidate still
    opened = start > 0 and (w.is_complementizer(start - 1) or w.in_set(start - 1, CLAUSE_VERBS)
                            or w.in_set(start - 1, CONTRASTS))
    plain = opened and end - start <= MAX_PLAIN_WORDS and not w.is_time(start) and not any(
        w.in_set(k, BREAKERS | ADVERBIAL_PREPS) or w.tokens[k].kind != "word" for k in range(start, end))
    return (start, end) if plain else None


@dataclass
class _WalkIndex:
    """Where the walks stand, built once per document: paragraph number -> walk, walk starts and ends."""

    walks: list
    size: int
    numbers: dict[int, int]
    starts: list[int]
    ends: list[int]


def _walk_index(walks: list[Walk]) -> _WalkIndex:
    store = walks[0].out._index                 # kept with the document's attribution
    cached = store.get("walks")
    if cached is None or cached.walks is not walks or cached.size != len(walks):
        cached = store["walks"] = _WalkIndex(walks, len(walks), {wk.number: k for k, wk in enumerate(walks)},
                                             [wk.w.tokens[0].start for wk in walks],
                                             [wk.w.tokens[-1].end for wk in walks])
    return cached


def _walk_of(walks: list[Walk], offset: int) -> int:
    """The walk (paragraph) holding `offset`, 0 for none (walks are disjoint, in text order)."""
    index = _walk_index(walks)
    k = bisect.bisect_right(index.starts, offset) - 1
    return k if k >= 0 and offset <= index.ends[k] else 0


def _gender(walks: list[Walk], c: SpeakerCandidate) -> str:
    if c.speaker is not None and c.speaker.agreement == "pl":
        return "pl"
    g = head_gender(walks[c.walk].w, c.start, c.end)
    return g or "unknown"


def speaker_features(walks: list[Walk], anchor: Anchor, cands: list[SpeakerCandidate]) -> None:
    """Fill each candidate's features for this anchor."""
    walk = walks[anchor.walk]
    w = walk.w
    cue = anchor.cue
    cue_kind = "none" if cue is None else "participle" if cue.form.form == "participle" else \
        "noun" if cue.form.form == "noun" else "conjunction" if cue.conjunction else "bare"
    agreement = cue.form.agreement if cue is not None else "none"
    rule_span, rule_entity = anchor.rule
    sentence = w.sentence_start(anchor.token)
    last = cue.last if cue is not None else anchor.token
    heard = _heard_order(walk, anchor)
    counts: dict[str, int] = {}
    for c in cands:
        f = c.features = []
        if c.span is None:                             # no one of these: the speaker stays unknown
            f += ["none", f"none_cue={cue_kind}", f"none_rule={rule_span is not None}", f"none_agreement={agreement}"]
            continue
        for s in sorted(c.sources):
            f.append(f"src={s}")
        chosen = rule_span is not None and (c.span.overlaps(rule_span) or (rule_entity is not None and c.entity == rule_entity))
        f.append(f"rule_choice={chosen}")
        if rule_span is None:
            f.append("rule_none")
        label = "DESC" if c.mention is not None and c.mention.score == DESCRIPTION else \
            c.mention.label if c.mention is not None else ("PHRASE_LINKED" if c.entity else "PHRASE")
        f.append(f"label={label}")
        own = _own_features(walks, c)
        if own.anonymous:
            f.append("anonymous")
        if c.walk == anchor.walk:
            if w.sentence_start(c.start) == sentence:
                if c.start > last:
                    gap = c.start - last - 1
                    pos = "subject" if gap <= 3 else "after"
                else:
                    gap = anchor.token - c.end
                    pos = "before_adjacent" if gap <= 1 else "before"
                f.append(f"gap={bucket(gap, (0, 1, 3, 6, 12))}")
            elif c.start < anchor.token:
                pos = "previous_sentence" if w.sentence_start(anchor.token) > 0 and \
                    w.sentence_start(w.sentence_start(anchor.token) - 1) <= c.start else "earlier_sentence"
            else:
                pos = "later_sentence"
        else:
            pos = "previous_paragraph" if anchor.walk - c.walk == 1 else "older_paragraph"
        f.append(f"pos={pos}")
        f.append(f"cue_pos={cue_kind}_{pos}")
        f.append(f"label_pos={label}_{pos}")
        if anchor.item is not None:
            if anchor.item.start <= c.span.start < anchor.item.end:
                f.append("inside_quote")
            elif c.span.start >= anchor.item.end:
                f.append("after_quote")
        if anchor.content is not None and anchor.content.start <= c.span.start < anchor.content.end:
            f.append("inside_content")
        f.append(f"agreement={agreement}_{own.gender}")
        if own.governed:
            f.append("governed")
        key = c.entity or f"span{c.span.start}"
        rank = heard.get(key)
        f.append("heard=" + ("never" if rank is None else bucket(rank, (0, 1, 2, 4))))
        if c.entity is not None:
            counts[c.entity] = counts.get(c.entity, 0) + 1
        f.append(f"rule_choice_pos={chosen}_{pos}")
        f += own.head
        if cue is not None and (cue.form.addressee or cue.form.transitive):
            f.append(f"addressee_verb_pos={pos}")
        if c.walk == anchor.walk and c.start <= w.sentence_start(c.start) + 2 and c.start < anchor.token:
            f.append("sentence_subject")
    for c in cands:
        if c.entity is not None and c.span is not None:
            c.features.append(f"mentions={bucket(counts[c.entity], (1, 2, 4))}")


@dataclass(frozen=True)
class _Own:
    """What a candidate's words say whatever the statement: computed once per candidate and document."""

    anonymous: bool
    gender: str
    governed: bool
    head: tuple[str, ...]


def _own_features(walks: list[Walk], c: SpeakerCandidate) -> _Own:
    cache = walks[0].out._index.setdefault("own", {})
    key = (c.walk, c.start, c.end, c.span.start, c.mention is None,
           None if c.speaker is None else (c.speaker.agreement == "pl", c.speaker.anonymous))
    own = cache.get(key)
    if own is None:
        cw = walks[c.walk].w
        anonymous = cw.in_set(c.start, ANONYMOUS) and not cw.in_set(c.start, ROLES) or \
            (c.speaker is not None and c.speaker.anonymous)
        governed = c.start > 0 and (cw.in_set(c.start - 1, BREAKERS) or cw.tokens[c.start].start < c.span.start
                                    and cw.text[cw.tokens[c.start].start:c.span.start].lstrip("وف")[:1] in ("ل", "ب", "ك"))
        head = c.start
        while head < c.end - 1 and cw.in_set(head, TITLES):
            head += 1
        words = []
        if cw.in_set(c.start, BREAKERS | ADVERBIAL_PREPS) or cw.bare(c.start) in ("في", "من"):
            words.append("starts_with_preposition")    # من جهتها، في المقابل، وفي دهوك
        if not cw.person_like(c.start, c.end):
            words.append("not_person_like")
        if cw.is_time(head) or cw.in_set(head, TIME_ADJECTIVES):
            words.append("head_time")
        if cw.object_noun(head) or cw.verbal_noun(head) and c.mention is None:
            words.append("head_object_noun")
        own = cache[key] = _Own(bool(anonymous), _gender(walks, c), bool(governed), tuple(words))
    return own


class _Heard:
    """Entity (or phrase) -> how many other speakers spoke after it, before the anchor (0: the latest), exact
    up to HEARD_DEPTH: the feature buckets every rank past that alike."""

    def __init__(self, ranks: dict[str, int], first: dict[str, int] | None, position: int) -> None:
        self.ranks, self.first, self.position = ranks, first, position

    def get(self, key: str) -> int | None:
        rank = self.ranks.get(key)
        if rank is None and self.first is not None and self.first.get(key, self.position) < self.position:
            return HEARD_DEPTH + 1
        return rank


def _key(sp: Speaker) -> str:
    return sp.entity or f"span{sp.span.start}"


def _heard_order(walk: Walk, anchor: Anchor) -> _Heard:
    position = walk.w.tokens[anchor.token].start
    history = _history(walk)
    ranks: dict[str, int] = {}

    def see(key: str) -> bool:
        if key not in ranks:
            ranks[key] = len(ranks)
        return len(ranks) > HEARD_DEPTH

    if history is None:                        # entries out of paragraph order: read them all
        order: list[str] = []
        for pos, _, sp in walk.out.memory.entries:
            if pos < position:
                if _key(sp) in order:
                    order.remove(_key(sp))
                order.append(_key(sp))
        return _Heard({key: len(order) - 1 - k for k, key in enumerate(order)}, None, position)
    # The latest first: this paragraph's speakers before the anchor (later paragraphs stand after it), then
    # the latest ones of the paragraphs before, as recorded once for the document.
    full = False
    for pos, _, sp in reversed(walk.out.memory.between(walk.number, walk.number)):
        if pos < position and see(_key(sp)):
            full = True
            break
    if not full:
        numbers, before, final = history[1:]
        k = bisect.bisect_left(numbers, walk.number)
        for key in (before[k] if k < len(numbers) else final):
            if see(key):
                full = True
                break
    return _Heard(ranks, history[0] if full else None, position)


def _history(walk: Walk):
    """For the document's speaker memory, built once: key -> the first offset it was heard at; the paragraphs
    with entries, and for each the latest HEARD_DEPTH + 1 keys heard before it; those after all of them.
    None when the entries are not in paragraph order."""
    memory, store = walk.out.memory, walk.out._index
    cached = store.get("history")
    if cached is None or cached[0] != len(memory.entries):
        first: dict[str, int] = {}
        latest: dict[str, None] = {}            # keys in the order last heard
        numbers: list[int] = []
        before: list[tuple[str, ...]] = []

        def top() -> tuple[str, ...]:
            out = []
            for key in reversed(latest):
                out.append(key)
                if len(out) > HEARD_DEPTH:
                    break
            return tuple(out)

        for pos, par, sp in memory.entries:
            if not numbers or par != numbers[-1]:
                numbers.append(par)
                before.append(top())
            key = _key(sp)
            first[key] = min(pos, first.get(key, pos))
            latest.pop(key, None)
            latest[key] = None
        ordered = all(a < b for a, b in zip(numbers, numbers[1:]))
        cached = store["history"] = (len(memory.entries), (first, numbers, before, top()) if ordered else None)
    return cached[1]


def as_speaker(c: SpeakerCandidate, anchor: Anchor, cands: list[SpeakerCandidate] = ()
               ) -> tuple[Span | None, str | None, Span | None]:
    """The speaker span, entity and description (the phrase, when longer) of a chosen candidate; a named
    mention keeps the phrase of the walk's speaker around it (منسق الشؤون الإنسانية في العراق خالد العبيدي)."""
    if c.span is None:
        return None, None, None
    if "apposed_name" in c.sources and c.mention is not None:
        return c.mention.as_span(), c.entity, Span(c.span.start, c.mention.end, c.span.source)
    if c.speaker is not None and (c.mention is None or c.speaker.span == c.span):
        named, description = who(c.speaker)
        return named, c.speaker.entity or c.entity, description
    phrases = [o.span for o in cands if o.speaker is not None and o.span is not None and o.span != c.span
               and o.span.contains(c.span)]
    rule_span = anchor.rule[0]
    if rule_span is not None and rule_span != c.span and rule_span.contains(c.span):
        phrases.append(rule_span)
    return c.span, c.entity, max(phrases, key=len) if phrases else None
