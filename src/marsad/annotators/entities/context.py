"""Context rules over one sentence's mentions.

Names run together are split (`الجمعية محمد بن سليمان ...`, `... آل سعود جدة`) or
joined (`آل` + `سعود`); a place head before a name makes it a place (`منطقة عسير`,
`أمير عسير`) or joins it (`جامع الملك فيصل`); dates, currencies, nationality
adjectives, pious formulas, bare heads and a word with the first-person pronoun
(`قال لي`, `أبي`) are no entities; plural nouns of a
country's people are MISC (`البريطانيين`); multiword CLDR places the tagger
missed are added (`كوريا الشمالية`, `منطقة اليورو`, `الأمم المتحدة` as ORG).
"""
from __future__ import annotations

from ...layers import Mention, Token
from ...lexicons.entities import FIRST_PERSON_WORDS
from ...text.normalize import fold
from .gazetteer import find_places
from .words import _NON_NAMES as _NON_NAMES_SET
from .words import (_ANY_ORG_HEAD, _BODY_HEADS, _DIRECTIONS, _FACILITY_HEADS, _GENERIC_PLACES, _NATIONAL_HEADS,
                    _NON_ENTITIES, _ORG_HEADS, _PARTICLES, _REGION_HEADS, _RULER_OF, _currency_words, _fold,
                    _group_noun, _head_in, _is_title, _month_phrases, _month_words, _nationality, _nisba,
                    _stripped_forms)

_FIRST_PERSON = frozenset(fold(w) for w in FIRST_PERSON_WORDS)


def _words_of(m: Mention) -> tuple[str, ...]:
    return tuple(fold(m.text).split())


def _contains_phrase(words: tuple, phrases) -> bool:
    return any(words[i:i + len(p)] == p for p in phrases for i in range(len(words) - len(p) + 1))


def _join_particles(mentions: list[Mention], tokens: list[Token]) -> list[Mention]:
    """A person cut after a name particle (`سلمان بن عبدالعزيز آل` + `سعود`) is one person."""
    out: list[Mention] = []
    for m in mentions:
        if out and out[-1].label == "PER" and m.label == "PER" and _fold(out[-1].text.split()[-1]) in _PARTICLES \
                and 0 <= m.start - out[-1].end <= 1:
            out[-1] = Mention(out[-1].start, m.end, m.source, "PER", None, out[-1].score)
            continue
        out.append(m)
    return out


_CLAUSE_WORDS = frozenset(fold(w) for w in ("أن", "إن", "بأن", "أنه", "إنه", "بأنه", "أنها", "إنها", "بأنها", "لأن"))


def _cut_at_clauses(mentions: list[Mention], tokens: list[Token]) -> list[Mention]:
    """A person's span that runs into a clause ends before it (`نجيب عبد الرزاق بأن الرينغيت ...`)."""
    out = []
    for m in mentions:
        if m.label == "PER":
            inside = [t for t in tokens if t.start >= m.start and t.end <= m.end]
            for k, t in enumerate(inside[1:], 1):
                if _fold(t.text) in _CLAUSE_WORDS or _fold(t.text) in _NON_NAMES_SET:
                    m = Mention(m.start, inside[k - 1].end, m.source, m.label, m.entity, m.score)
                    break
        out.append(m)
    return out


def _join_organisations(mentions: list[Mention], tokens: list[Token]) -> list[Mention]:
    """Two organisation spans with nothing between them are one name (`شركة جنرال` + `إلكتريك`);
    a list writes و or a comma between its names."""
    out: list[Mention] = []
    for m in mentions:
        if out and out[-1].label == "ORG" and m.label == "ORG" and m.start - out[-1].end == 1 \
                and m.source[out[-1].end:m.start] == " " and not _fold(m.text).startswith("و"):
            out[-1] = Mention(out[-1].start, m.end, m.source, "ORG", None, out[-1].score)
            continue
        out.append(m)
    return out


def _split_runs(mentions: list[Mention], tokens: list[Token], vocab) -> list[Mention]:
    """Two names a tagger ran together, and common words at a name's end.

    `الجمعية محمد بن سليمان الشويمان` (ORG) -> `محمد بن سليمان الشويمان` (PER): inside an ORG or
    LOC name, a word the training data knows as a person's (محمد) opens a person when what
    follows is person-like too; the organisation part is kept unless it is a bare head noun.
    A last word the training data knows only outside names (`ابرز`) is cut."""
    if vocab is None:
        return mentions
    out = []
    for m in _join_particles(mentions, tokens):
        idx = [i for i, t in enumerate(tokens) if t.overlaps(m)]
        if len(idx) < 2:
            out.append(m)
            continue
        folded = [_fold(tokens[i].text) for i in idx]
        if all((vocab.share(w, "O", min_count=3) or 0) >= 0.95 for w in folded) and m.label != "LOC" \
                and folded[0] not in _ANY_ORG_HEAD and m.score is not None:
            continue                               # قرار فردي: common words only, no name
        while len(idx) > 1 and m.label == "PER" and (vocab.share(folded[0], "O", min_count=3) or 0) >= 0.95 \
                and folded[0] not in _PARTICLES and not _is_title(tokens[idx[0]]):
            idx, folded = idx[1:], folded[1:]      # أرباح سابك: a common noun before the name
            m = Mention(tokens[idx[0]].start, m.end, m.source, m.label, m.entity, m.score)
        while len(idx) > 1 and (vocab.share(folded[-1], "O", min_count=5) or 0) >= 0.95 \
                and (m.label == "PER" or not folded[-1].startswith("ال")):
            idx, folded = idx[:-1], folded[:-1]
            m = Mention(m.start, tokens[idx[-1]].end, m.source, m.label, m.entity, m.score)
        if m.label == "PER" and len(idx) > 1 and (vocab.share(folded[-1], "LOC", min_count=3) or 0) >= 0.6 \
                and folded[-2] not in _PARTICLES:
            # سلمان بن عبدالعزيز آل سعود جدة: a city the tagger ran into the person
            out.append(Mention(m.start, tokens[idx[-2]].end, m.source, "PER", None, m.score))
            m = Mention(tokens[idx[-1]].start, m.end, m.source, "LOC", None, m.score)
            out.append(m)
            continue
        if m.label == "PER":
            heads = [k for k in range(len(idx)) if folded[k] in _ANY_ORG_HEAD]
            if heads and heads[0] == 0:
                m = Mention(m.start, m.end, m.source, "ORG", None, m.score)    # قوة المهام: no person
            elif heads:
                k = heads[0]                       # عبدالله العنزي نادي النصر: a person, then a club
                out.append(Mention(m.start, tokens[idx[k - 1]].end, m.source, "PER", None, m.score))
                m = Mention(tokens[idx[k]].start, m.end, m.source, "ORG", None, m.score)
        if m.label in ("ORG", "LOC"):
            for k in range(1, len(idx)):
                person = (vocab.share(folded[k], "PER", min_count=3) or 0) >= 0.6
                before = (vocab.share(folded[k - 1], "PER") or 0) < 0.3 and folded[k - 1] not in _PARTICLES
                rest_ok = all((vocab.share(w, "PER") or 0.5) >= 0.3 or w in _PARTICLES for w in folded[k:])
                if person and before and rest_ok:
                    head = Mention(m.start, tokens[idx[k - 1]].end, m.source, m.label, None, m.score)
                    if k > 1 or (folded[0] not in _ORG_HEADS and folded[0] not in _BODY_HEADS):
                        out.append(head)
                    m = Mention(tokens[idx[k]].start, m.end, m.source, "PER", None, m.score)
                    break
        out.append(m)
    return out


def _org_place(m: Mention) -> Mention:
    """CLDR lists a few organisations among its regions (الأمم المتحدة، الاتحاد الأوروبي): ORG."""
    if m.label == "LOC":
        found = find_places(m.text.split())
        if len(found) == 1 and found[0].place.kind == "org" and found[0].end == len(m.text.split()):
            return Mention(m.start, m.end, m.source, "ORG", m.entity, m.score)
    return m


def _preceding_word(tokens: list[Token], m: Mention) -> str:
    """The folded word right before a mention (empty when none)."""
    for k, t in enumerate(tokens):
        if t.start >= m.start:
            return _fold(tokens[k - 1].text) if k and m.start - tokens[k - 1].end <= 1 else ""
    return ""


_MONTH_GLUE = frozenset("/()-–")


def _beside_month(m: Mention, tokens: list[Token], index: dict[int, int]) -> bool:
    """A month name written beside another month name (`نيسان/أبريل`, `أبريل (نيسان)`)."""
    i = index.get(m.start)
    if i is None or _fold(m.text) not in _month_words():
        return False
    for step in (-1, 1):
        k = i + step
        glued = False
        while 0 <= k < len(tokens) and tokens[k].text in _MONTH_GLUE:
            k, glued = k + step, True
        if glued and 0 <= k < len(tokens) and _fold(tokens[k].text) in _month_words():
            return True
    return False


def months_out(mentions: list[Mention], tokens: list[Token]) -> list[Mention]:
    """Mentions without month names written beside another month name (run again after the
    article-wide rules, which spread a carmaker's name `نيسان` to the month)."""
    index = {t.start: i for i, t in enumerate(tokens)}
    return [m for m in mentions if not _beside_month(m, tokens, index)]


def refine(mentions: list[Mention], tokens: list[Token], vocab=None) -> list[Mention]:
    """Context rules over a sentence's mentions: facility and region heads, dates, currencies, group nouns."""
    index = {t.start: i for i, t in enumerate(tokens)}
    out = []
    mentions = months_out(sorted(mentions, key=lambda m: (m.start, m.end)), tokens)   # نيسان/أبريل: a month
    mentions = _join_organisations(_cut_at_clauses(mentions, tokens), tokens)
    for m in _split_runs(mentions, tokens, vocab):
        words = _words_of(m)
        if not words or (len(words) == 1 and words[0] in _NON_ENTITIES) or " ".join(words) in _NON_ENTITIES \
                or (words[0] in _currency_words() and all(_nisba(w) for w in words[1:])):
            continue
        if len(words) == 1 and m.label != "ORG" and _nationality(words[0]):
            continue                              # باكستاني، الروسية: an adjective, no entity
        if len(words) == 1 and m.label != "ORG" and words[0] in _GENERIC_PLACES:
            continue                              # المدينة، الريف: a common noun
        if m.label != "PER" and _contains_phrase(words, _month_phrases()):
            continue
        before = _preceding_word(tokens, m)
        if before and _contains_phrase((before, *words[:1]), _month_phrases()):
            continue                              # ذي القعدة: the month's second word alone
        if m.label == "PER" and len(words) == 1 and words[0].endswith("و") and vocab is not None:
            ratio = vocab.inside_ratio(words[0][:-1])
            if ratio is not None and ratio < 0.2:
                continue                          # مديرو، ممثلو: a plural noun in construct, not a name
        first = index.get(m.start)
        if first is None:      # the mention starts after a clitic inside its first token
            first = next((i for i, t in enumerate(tokens) if t.start <= m.start < t.end), None)
        prev = tokens[first - 1] if first else None
        if m.label == "PER" and len(words) == 1 and words[0] in _FIRST_PERSON and not (prev is not None and _is_title(prev)):
            continue                              # قال لي، فكان أبي: to me, my father
        back = first - 1 if first else 0
        while prev is not None and back > 0 and _is_title(prev) and back > first - 3:
            back -= 1                             # طريق الملك عبد العزيز: the head is before the title
            if _head_in(tokens[back], _FACILITY_HEADS) is not None:
                prev = tokens[back]
                break
        if prev is not None and prev.kind == "word" and m.start - prev.end <= 1 + (tokens[first - 1].end - prev.end if first else 0):
            cut = _head_in(prev, _FACILITY_HEADS)
            opens_org = words[0] in _ORG_HEADS or words[0] in _BODY_HEADS or words[0] in _NATIONAL_HEADS
            if cut is not None and not (m.label == "ORG" and opens_org):
                m = Mention(prev.start + cut, m.end, m.source, "LOC", None, None)
            elif (_head_in(prev, _REGION_HEADS) is not None or fold(prev.text) in _RULER_OF) \
                    and m.label in ("PER", "ORG", "MISC") and len(words) <= 2:
                m = Mention(m.start, m.end, m.source, "LOC", None, None)    # no score: a rule, not a guess
        if m.label in ("MISC", "PER") and len(words) > 1 and words[0] in _FACILITY_HEADS:
            m = Mention(m.start, m.end, m.source, "LOC", None, None)     # المسجد الأقصى
        out.append(m)
    taken = [any(t.overlaps(m) for m in out) for t in tokens]
    for g in find_places([t.text for t in tokens]):
        if g.end - g.start >= 2 and not any(taken[g.start:g.end]):
            label = "ORG" if g.place.kind == "org" else "LOC"      # كوريا الشمالية، منطقة اليورو، الأمم المتحدة
            out.append(Mention(tokens[g.start].start + g.clitic, tokens[g.end - 1].end, tokens[0].source, label, None,
                               None))
            for k in range(g.start, g.end):
                taken[k] = True
    out = [_org_place(m) for m in out]
    for i, t in enumerate(tokens):
        if taken[i] or t.kind != "word":
            continue
        after_definite = i > 0 and tokens[i - 1].kind == "word" and fold(tokens[i - 1].text).startswith("ال")
        for form, cut in _stripped_forms(t):
            if _group_noun(form) and not after_definite:     # الخبراء الغربيون: an adjective
                out.append(Mention(t.start + cut, t.end, t.source, "MISC", None, None))
                break
            if form in _REGION_HEADS and form.startswith("ال") and i + 1 < len(tokens) \
                    and not taken[i + 1] and fold(tokens[i + 1].text) in _DIRECTIONS:
                out.append(Mention(t.start + cut, tokens[i + 1].end, t.source, "LOC", None, None))
                break
    return sorted(out, key=lambda m: (m.start, m.end))
