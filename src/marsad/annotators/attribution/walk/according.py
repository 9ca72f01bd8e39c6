"""Source markers: بحسب المرصد، وفقا للمصادر، نقلا عن الوكالة، بحسب ما أعلن الجيش."""
from __future__ import annotations

from typing import TYPE_CHECKING

from ....document import Span
from ....lexicons import reporting as lex
from ..agreement import head_gender
from ..speakers import describe, subject_after
from ..words import (ACCORDING_WHAT, ADVERBIAL_PREPS, BREAKERS, CONTENT_OPENERS, DOCUMENTS, HUMAN, ORGANISATIONS,
                     QUANTIFIERS, RULE_TEXTS, TITLES, TO_PRONOUNS)
from .content import QUOTE_SHARE, content_end, opens_clause, trimmed

if TYPE_CHECKING:
    from .paragraph import Walk


def according_to(walk: Walk, i: int) -> None:
    """بحسب المرصد، وفقا للمصادر، نقلا عن الوكالة، بحسب ما أعلن الجيش: a claim of that source, whose
    content is the clause after the marker when it opens one (وبحسب المرصد فقد اغتنم المقاتلون ...),
    else the clause before it (قتل 20 شخصا، بحسب المرصد)."""
    w = walk.w
    j = i + 1
    while j < len(w) and (w.bare(j) in ("ل", "عن") or w.tokens[j].text in ("لـ", "ل")):
        j += 1
    end_of_cue = i
    if w.bare(i) in ACCORDING_WHAT:                   # حسبما أعلن: the marker and ما in one word
        j = i
    if j + 1 < len(w) and (w.bare(j) in ("ما", "لما") or j == i) and w.cue_at(j + 1) is not None:
        inner = w.cue_at(j + 1)                       # بحسب ما أعلن الجيش: one attribution
        walk.consumed.add(inner.token)
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
    if rng is None or not source_head(walk, rng, glued):
        return
    speaker = describe(w, rng, head_gender(w, *rng) or "m")   # بحسب الوزارة: no verb to agree with
    if glued:
        speaker.span = Span(speaker.span.start + 1, speaker.span.end, speaker.span.source)
    cue = w.span(i, end_of_cue + 1)
    start = stop = 0
    if walk.clause_start(i) and not cue_quote_before(walk, i):
        k = rng[1]
        opened = w.sentence_start(i) == i or w.is_punct(i - 1, ":")
        while k < len(w) and (w.is_punct(k, "،,") or w.bare(k) in CONTENT_OPENERS or w.in_set(k, TO_PRONOUNS)):
            opened = opened or w.bare(k) in CONTENT_OPENERS
            k += 1
        if opened and k < len(w) and w.is_word(k) and not (w.in_set(k, ADVERBIAL_PREPS | BREAKERS) or w.is_time(k)):
            start, stop = k, content_end(walk, k, "that")
        if stop - start < 2 and opened:
            return
    if stop - start < 2:
        start = w.sentence_start(i)
        for k in range(i - 2, start, -1):              # the clause the marker closes
            if w.is_punct(k, ":") or w.is_punct(k, "،,؛;") and (
                    w.cue_at(k + 1) is not None or opens_clause(walk, k + 1)):
                start = k + 1
                break
        stop = i
        if any(w.cue_at(k) is not None for k in range(start, stop)):
            return                                     # وقال بيان للديوان نقلا عن المحكمة: the cue's own
        if w.is_punct(i - 1, "،,") and w.is_punct(rng[1], "،,"):   # قرية التمور، وبحسب فلان، صممت ...
            after_end = content_end(walk, rng[1] + 1, "that")
            if after_end - (rng[1] + 1) > stop - start:
                start, stop = rng[1] + 1, after_end
    if stop <= start:
        return
    content = trimmed(w.text, w.tokens[start].start, w.tokens[stop - 1].end)
    if content is None or len(content.text.split()) < 2:
        return
    if any(c.content.start < content.end and content.start < c.content.end for c in walk.own_claims()) or any(
            q.start < content.end and content.start < q.end for q in walk.own_quotes()):
        return                                         # already a report or a quote of its own
    if sum(len(q.span) for q in w.quoted if content.start <= q.start and q.end <= content.end + 1) \
            >= QUOTE_SHARE * len(content):
        return
    speaker = walk.memory.add(w.tokens[rng[0]].start, speaker, walk.number)
    walk.emit_claim(cue, content, lex.ASSERT, speaker)
    walk.spoke = True


def source_head(walk: Walk, rng: tuple[int, int], glued: bool) -> bool:
    """The words after بحسب/وفقا name a source: a person or body named or described, a report or
    statistics (not a rule: وفقا للنظام; not a quantity: حسب عدد الأيام)."""
    w = walk.w
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
    if forms & QUANTIFIERS:                           # أحد الدلالين، عدد من الخبراء: who is counted
        nxt = s + 1 + (1 if w.bare(s + 1) == "من" else 0)
        return nxt < e and (w.human_head(nxt) or w.plural(nxt))
    return any(f in HUMAN or f in ORGANISATIONS or f in DOCUMENTS for f in forms)


def cue_quote_before(walk: Walk, i: int) -> bool:
    """«…»، بحسب الوزارة: the marker attributes the quote before it."""
    w = walk.w
    k = i - 1
    while k >= 0 and w.is_punct(k, "،,."):
        k -= 1
    return k >= 0 and w.quote_closing_at(k) is not None

# --- quotes ---------------------------------------------------------------------------
