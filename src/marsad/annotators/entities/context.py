"""Context rules over one sentence's mentions.

Names run together are split (`الجمعية محمد بن سليمان ...`, `... آل سعود جدة`, `موسكو وبيونغ يانغ`) or
joined (`آل` + `سعود`); a place head before a name makes it a place (`منطقة عسير`,
`أمير عسير`) or joins it (`جامع الملك فيصل`); dates, currencies, nationality
adjectives, pious formulas, bare heads and a word with the first-person pronoun
(`قال لي`, `أبي`) are no entities; plural nouns of a
country's people are MISC (`البريطانيين`); multiword CLDR places the tagger
missed are added (`كوريا الشمالية`, `منطقة اليورو`, `الأمم المتحدة` as ORG).
"""
from __future__ import annotations

from bisect import bisect_right

from ...layers import Mention
from ...lexicons import affixes as af
from ...lexicons import entities as lex
from ...text.tokenview import TokenView, fold_words
from .gazetteer import find_places
from .patterns import sentence_cities, sentence_places
from .words import (currency_words, group_noun, is_title, month_phrases, month_words, nationality, nisba)


def _words_of(m: Mention) -> tuple[str, ...]:
    return fold_words(m.text)


def _contains_phrase(words: tuple, phrases) -> bool:
    return any(words[i:i + len(p)] == p for p in phrases for i in range(len(words) - len(p) + 1))


def _join_particles(mentions: list[Mention], view: TokenView) -> list[Mention]:
    """A person cut after a name particle (`سلمان بن عبدالعزيز آل` + `سعود`) is one person."""
    out: list[Mention] = []
    for m in mentions:
        if out and out[-1].label == "PER" and m.label == "PER" and fold_words(out[-1].text)[-1] in lex.PERSON_PARTICLES \
                and 0 <= m.start - out[-1].end <= 1:
            out[-1] = Mention(out[-1].start, m.end, m.source, "PER", None, out[-1].score)
            continue
        out.append(m)
    return out


def _cut_at_clauses(mentions: list[Mention], view: TokenView) -> list[Mention]:
    """A person's span that runs into a clause ends before it (`نجيب عبد الرزاق بأن الرينغيت ...`)."""
    out = []
    for m in mentions:
        if m.label == "PER":
            inside = [i for i, t in enumerate(view.tokens) if t.start >= m.start and t.end <= m.end]
            for k, i in enumerate(inside[1:], 1):
                if view.forms[i] in lex.CLAUSE_OPENERS or view.forms[i] in lex.NON_NAMES:
                    m = Mention(m.start, view.ends[inside[k - 1]], m.source, m.label, m.entity, m.score)
                    break
        out.append(m)
    return out


def _join_organisations(mentions: list[Mention], view: TokenView) -> list[Mention]:
    """Two organisation spans with nothing between them are one name (`شركة جنرال` + `إلكتريك`);
    a list writes و or a comma between its names."""
    out: list[Mention] = []
    for m in mentions:
        if out and out[-1].label == "ORG" and m.label == "ORG" and m.start - out[-1].end == 1 \
                and m.source[out[-1].end:m.start] == " " and not " ".join(fold_words(m.text)).startswith(af.WAW):
            out[-1] = Mention(out[-1].start, m.end, m.source, "ORG", None, out[-1].score)
            continue
        out.append(m)
    return out


def _split_runs(mentions: list[Mention], view: TokenView, vocab) -> list[Mention]:
    """Two names a tagger ran together, and common words at a name's end.

    `الجمعية محمد بن سليمان الشويمان` (ORG) -> `محمد بن سليمان الشويمان` (PER): inside an ORG or
    LOC name, a word the training data knows as a person's (محمد) opens a person when what
    follows is person-like too; the organisation part is kept unless it is a bare head noun.
    A last word the training data knows only outside names (`ابرز`) is cut."""
    if vocab is None:
        return mentions
    tokens = view.tokens
    out = []
    for m in _join_particles(mentions, view):
        idx = [i for i, t in enumerate(tokens) if t.overlaps(m)]
        if len(idx) < 2:
            out.append(m)
            continue
        folded = [view.forms[i] for i in idx]
        if all((vocab.share(w, "O", min_count=3) or 0) >= 0.95 for w in folded) and m.label != "LOC" \
                and folded[0] not in lex.ANY_ORG_HEADS and m.score is not None:
            continue                               # قرار فردي: common words only, no name
        while len(idx) > 1 and m.label == "PER" and (vocab.share(folded[0], "O", min_count=3) or 0) >= 0.95 \
                and folded[0] not in lex.PERSON_PARTICLES and not is_title(view, idx[0]):
            idx, folded = idx[1:], folded[1:]      # أرباح سابك: a common noun before the name
            m = Mention(tokens[idx[0]].start, m.end, m.source, m.label, m.entity, m.score)
        while len(idx) > 1 and (vocab.share(folded[-1], "O", min_count=5) or 0) >= 0.95 \
                and (m.label == "PER" or not folded[-1].startswith(af.ARTICLE)):
            idx, folded = idx[:-1], folded[:-1]
            m = Mention(m.start, tokens[idx[-1]].end, m.source, m.label, m.entity, m.score)
        if m.label == "PER" and len(idx) > 1 and (vocab.share(folded[-1], "LOC", min_count=3) or 0) >= 0.6 \
                and folded[-2] not in lex.PERSON_PARTICLES:
            # سلمان بن عبدالعزيز آل سعود جدة: a city the tagger ran into the person
            out.append(Mention(m.start, tokens[idx[-2]].end, m.source, "PER", None, m.score))
            m = Mention(tokens[idx[-1]].start, m.end, m.source, "LOC", None, m.score)
            out.append(m)
            continue
        if m.label == "PER":
            heads = [k for k in range(len(idx)) if folded[k] in lex.ANY_ORG_HEADS]
            if heads and heads[0] == 0:
                m = Mention(m.start, m.end, m.source, "ORG", None, m.score)    # قوة المهام: no person
            elif heads:
                k = heads[0]                       # عبدالله العنزي نادي النصر: a person, then a club
                out.append(Mention(m.start, tokens[idx[k - 1]].end, m.source, "PER", None, m.score))
                m = Mention(tokens[idx[k]].start, m.end, m.source, "ORG", None, m.score)
        if m.label in ("ORG", "LOC"):
            for k in range(1, len(idx)):
                person = (vocab.share(folded[k], "PER", min_count=3) or 0) >= 0.6
                before = (vocab.share(folded[k - 1], "PER") or 0) < 0.3 and folded[k - 1] not in lex.PERSON_PARTICLES
                rest_ok = all((vocab.share(w, "PER") or 0.5) >= 0.3 or w in lex.PERSON_PARTICLES for w in folded[k:])
                if person and before and rest_ok:
                    head = Mention(m.start, tokens[idx[k - 1]].end, m.source, m.label, None, m.score)
                    if k > 1 or (folded[0] not in lex.ORG_HEADS and folded[0] not in lex.BODY_HEADS):
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


def _preceding_word(view: TokenView, m: Mention) -> str:
    """The folded word right before a mention (empty when none)."""
    for k, t in enumerate(view.tokens):
        if t.start >= m.start:
            return view.forms[k - 1] if k and m.start - view.ends[k - 1] <= 1 else ""
    return ""


_MONTH_GLUE = frozenset("/()-–")


def _beside_month(m: Mention, view: TokenView) -> bool:
    """A month name written beside another month name (`نيسان/أبريل`, `أبريل (نيسان)`)."""
    tokens = view.tokens
    i = view.starting_at.get(m.start)
    if i is None or " ".join(fold_words(m.text)) not in month_words():
        return False
    for step in (-1, 1):
        k = i + step
        glued = False
        while 0 <= k < len(tokens) and tokens[k].text in _MONTH_GLUE:
            k, glued = k + step, True
        if glued and 0 <= k < len(tokens) and view.forms[k] in month_words():
            return True
    return False


def months_out(mentions: list[Mention], view: TokenView) -> list[Mention]:
    """Mentions without month names written beside another month name (`نيسان/أبريل`)."""
    return [m for m in mentions if not _beside_month(m, view)]


def _split_coordinated(mentions: list[Mention], view: TokenView) -> list[Mention]:
    """A span the tagger ran over `و` + a known place is two names (`موسكو وبيونغ يانغ`, `منطقة
    اليورو والأمم المتحدة`): the guide tags each coordinated name on its own."""
    places = (*sentence_places(view), *sentence_cities(view))
    after_waw = {g.start: g for g in places if g.clitic == 1 and view.tokens[g.start].text.startswith(af.WAW)}
    if not after_waw:
        return mentions
    out = []
    for m in mentions:
        first = bisect_right(view.starts, m.start) - 1
        k = next((k for k in range(first + 1, len(view.tokens)) if view.tokens[k].start < m.end
                  and k in after_waw and view.tokens[after_waw[k].end - 1].end <= m.end), None)
        if k is None:
            out.append(m)
            continue
        g = after_waw[k]
        head = next((p for p in places if p.start == first and p.end == k and view.tokens[first].start + p.clitic == m.start),
                    None)
        head_label = m.label if head is None else "ORG" if head.place.kind == "org" else "LOC"   # موسكو: a place
        out.append(Mention(m.start, view.tokens[k - 1].end, m.source, head_label, None, m.score))
        label = "ORG" if g.place.kind == "org" else "LOC"
        out.append(Mention(view.tokens[k].start + 1, view.tokens[g.end - 1].end, m.source, label, None, None))
        if view.tokens[g.end - 1].end < m.end:           # what follows the place stays as the tagger had it
            out.append(Mention(view.tokens[g.end].start, m.end, m.source, m.label, None, m.score))
    return out


def _without_region_head(m: Mention, view: TokenView, place_starts: set[int]) -> Mention:
    """A place opened by an indefinite region head before a known place is that place (`منطقة عسير`
    -> `عسير`, as the guide annotates); a head before no known place stays (`منطقة اليورو`)."""
    i = bisect_right(view.starts, m.start) - 1           # the token holding the start (after a clitic)
    if m.label != "LOC" or i < 0 or i + 1 >= len(view.tokens) or view.tokens[i + 1].end > m.end \
            or i + 1 not in place_starts:
        return m
    if not any(form in lex.REGION_HEADS and not form.startswith(af.ARTICLE) for form, _ in view.clitic_forms(i)):
        return m
    return Mention(view.tokens[i + 1].start, m.end, m.source, m.label, m.entity, m.score)


def refine(mentions: list[Mention], view: TokenView, vocab=None) -> list[Mention]:
    """Context rules over a sentence's mentions: facility and region heads, dates, currencies, group nouns."""
    tokens, forms = view.tokens, view.forms
    index = view.starting_at
    out = []
    mentions = months_out(sorted(mentions, key=lambda m: (m.start, m.end)), view)   # نيسان/أبريل: a month
    mentions = _join_organisations(_cut_at_clauses(_split_coordinated(mentions, view), view), view)
    place_starts = {g.start for g in sentence_places(view)} | {g.start for g in sentence_cities(view)}
    for m in _split_runs(mentions, view, vocab):
        m = _without_region_head(m, view, place_starts)
        words = _words_of(m)
        if not words or (len(words) == 1 and words[0] in lex.NON_ENTITIES) or " ".join(words) in lex.NON_ENTITIES \
                or (words[0] in currency_words() and all(nisba(w) for w in words[1:])):
            continue
        if len(words) == 1 and m.label != "ORG" and nationality(words[0]):
            continue                              # باكستاني، الروسية: an adjective, no entity
        if len(words) == 1 and m.label != "ORG" and words[0] in lex.PLACE_NOUNS:
            continue                              # المدينة، الريف: a common noun
        if m.label != "PER" and _contains_phrase(words, month_phrases()):
            continue
        before = _preceding_word(view, m)
        if before and _contains_phrase((before, *words[:1]), month_phrases()):
            continue                              # ذي القعدة: the month's second word alone
        if m.label == "PER" and len(words) == 1 and words[0].endswith(af.CONSTRUCT_PLURAL_ENDING) and vocab is not None:
            ratio = vocab.inside_ratio(words[0][:-1])
            if ratio is not None and ratio < 0.2:
                continue                          # مديرو، ممثلو: a plural noun in construct, not a name
        first = index.get(m.start)
        if first is None:      # the mention starts after a clitic inside its first token
            first = next((i for i, t in enumerate(tokens) if t.start <= m.start < t.end), None)
        prev = first - 1 if first else None
        if m.label == "PER" and len(words) == 1 and words[0] in lex.FIRST_PERSON_WORDS \
                and not (prev is not None and is_title(view, prev)):
            continue                              # قال لي، فكان أبي: to me, my father
        back = first - 1 if first else 0
        while prev is not None and back > 0 and is_title(view, prev) and back > first - 3:
            back -= 1                             # طريق الملك عبد العزيز: the head is before the title
            if view.head_in(back, lex.FACILITY_HEADS) is not None:
                prev = back
                break
        if prev is not None and tokens[prev].kind == "word" \
                and m.start - view.ends[prev] <= 1 + (view.ends[first - 1] - view.ends[prev] if first else 0):
            cut = view.head_in(prev, lex.FACILITY_HEADS)
            opens_org = words[0] in lex.ORG_HEADS or words[0] in lex.BODY_HEADS or words[0] in lex.NATIONAL_HEADS
            if cut is not None and not (m.label == "ORG" and opens_org):
                m = Mention(view.starts[prev] + cut, m.end, m.source, "LOC", None, None)
            elif (view.head_in(prev, lex.REGION_HEADS) is not None or forms[prev] in lex.RULER_OF) \
                    and m.label in ("PER", "ORG", "MISC") and len(words) <= 2:
                m = Mention(m.start, m.end, m.source, "LOC", None, None)    # no score: a rule, not a guess
        if m.label in ("MISC", "PER") and len(words) > 1 and words[0] in lex.FACILITY_HEADS:
            m = Mention(m.start, m.end, m.source, "LOC", None, None)     # المسجد الأقصى
        out.append(m)
    taken = [any(t.overlaps(m) for m in out) for t in tokens]
    for g in sentence_places(view):
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
        after_definite = i > 0 and tokens[i - 1].kind == "word" and forms[i - 1].startswith(af.ARTICLE)
        for form, cut in view.clitic_forms(i):
            if group_noun(form) and not after_definite:     # الخبراء الغربيون: an adjective
                out.append(Mention(t.start + cut, t.end, t.source, "MISC", None, None))
                break
            if form in lex.REGION_HEADS and form.startswith(af.ARTICLE) and i + 1 < len(tokens) \
                    and not taken[i + 1] and forms[i + 1] in lex.DIRECTIONS:
                out.append(Mention(t.start + cut, tokens[i + 1].end, t.source, "LOC", None, None))
                break
    return sorted(out, key=lambda m: (m.start, m.end))
