"""Cue candidates and their features: which reporting cues introduce a reported claim, and its content.

Candidates of a paragraph are every cue the lexicon finds (`cues.find_cues`, also
those the walk set aside) and every source marker (بحسب، وفقا لـ، نقلا عن). A
candidate is described by the cue itself (lemma, form, agreement, conjunction,
negation), what the walk made of it (a claim, a quote, no speaker, no
complement, blocked), what it reaches (أن within a few words, the verb's
preposition, a colon, a quote mark) and where it stands (a clause start, after
a relative pronoun, a subjunctive, inside quoted words). The trained model
(`models/attribution/cues.json`) decides; the content is the walk's, or else the
clause the cue reaches (`fallback_content`).
"""
from __future__ import annotations

from dataclasses import dataclass, field

from ....document import Span
from ..cues import NOUN, Cue, CueForm
from ..quotemarks import MARKS
from ..speakers import subject_after
from ..walk import Walk
from ..walk.content import content_end, opens_clause, trimmed
from ..words import (ACCORDING_TO, ACCORDING_WHAT, LINKERS, NEGATORS, RELATIVES, SUBJUNCTIVE, WORD_PREPOSITIONS,
                     Words)
from .context import bucket, cue_lemma, word_class

MAX_THAT_DISTANCE = 22


@dataclass
class ClaimCandidate:
    walk: Walk
    cue: Cue
    kind: str                          # verb | marker
    rule_claim: object = None          # the walk's claim with this cue, if any
    rule_quotes: list = field(default_factory=list)   # the walk's quotes with this cue
    features: list[str] = field(default_factory=list)
    walk_index: int = 0

    @property
    def span(self) -> Span:
        return self.cue.span


def _marker_form(word: str) -> CueForm:
    return CueForm(word, "assert", ("that",), NOUN, "m")


def candidates(walk: Walk, all_cues: list[Cue]) -> list[ClaimCandidate]:
    w = walk.w
    lo, hi = w.tokens[0].start, w.tokens[-1].end
    claims = walk.out.claims_in(lo, hi)
    # (a quote's cue stands in the quote's paragraph)
    quotes = [q for q in walk.out.quotes_in(lo, hi) if q.cue is not None and lo <= q.cue.start < hi]
    out = []
    for cue in all_cues:
        out.append(ClaimCandidate(walk, cue, "verb"))
    taken = {c.token for c in all_cues}
    for i in range(len(w)):
        if i in taken or w.tokens[i].kind != "word":
            continue
        if w.in_set(i, ACCORDING_TO) or w.bare(i) in ACCORDING_WHAT:
            out.append(ClaimCandidate(walk, Cue(w.span(i, i + 1), _marker_form(w.bare(i)), i, i, False), "marker"))
    out.sort(key=lambda c: c.cue.span.start)
    for claim in claims:                       # each walk claim to one candidate: the one its cue starts with
        over = [c for c in out if c.cue.span.start < claim.cue.end and claim.cue.start < c.cue.span.end]
        if over:
            min(over, key=lambda c: abs(c.cue.span.start - claim.cue.start)).rule_claim = claim
    for cand in out:
        s = cand.cue.span
        cand.rule_quotes = [q for q in quotes if q.cue.start < s.end and s.start < q.cue.end]
    return out


def _next_that(w: Words, k: int) -> int | None:
    end = min(w.sentence_end(k), k + MAX_THAT_DISTANCE)
    for j in range(k, end):
        if w.is_complementizer(j):
            return j
        if w.is_punct(j, ".!?؟"):
            return None
    return None


def claim_features(c: ClaimCandidate) -> list[str]:
    walk, cue = c.walk, c.cue
    w = walk.w
    i, last = cue.token, cue.last
    lemma = cue_lemma(cue)
    f = [f"kind={c.kind}", f"lemma={lemma}", f"form={cue.form.form}", f"lemma_form={lemma}_{cue.form.form}",
         f"agreement={cue.form.agreement}", f"stance={cue.form.stance}"]
    if cue.conjunction:
        f.append("conjunction")
    if cue.auxiliary:
        f.append("auxiliary")
    if w.in_set(i - 1, NEGATORS):
        f.append("negated")
    outcome = walk.outcomes.get(i)
    if c.kind == "verb":
        if i in walk.consumed:
            outcome = outcome or "consumed"
        elif w.cue_at(i) is None:
            outcome = outcome or "inadmissible"
        elif walk.inside_quote(cue.span.start):
            outcome = outcome or "inside_quote"
    f.append(f"outcome={outcome or 'none'}")
    f.append(f"lemma_outcome={lemma}_{outcome or 'none'}")
    f.append(f"rule_claim={c.rule_claim is not None}")
    f.append(f"rule_quotes={bucket(len(c.rule_quotes), (0, 1))}")
    f.append(f"rule={c.rule_claim is not None}_{bool(c.rule_quotes)}")
    clause = next((cl for cl in walk.clauses if cl.cue.token == i), None)
    if clause is not None:
        sp = clause.speaker
        f.append("speaker=" + ("none" if sp is None else "explicit" if sp.explicit else "resolved"))
        if sp is not None and sp.anonymous:
            f.append("speaker_anonymous")
    f.append(f"prev={word_class(w, i - 1)}")
    if 0 < i and w.is_word(i - 1):
        f.append(f"prev_word={w.bare(i - 1)}")
    f.append(f"next={word_class(w, last + 1)}")
    f.append(f"next2={word_class(w, last + 2)}")
    if last + 1 < len(w) and w.is_word(last + 1):
        f.append(f"next_word={w.bare(last + 1)}")
    that = _next_that(w, last + 1)
    f.append("that=" + ("none" if that is None else bucket(that - last, (1, 2, 4, 8, 16))))
    f.append(f"lemma_that={lemma}_{that is not None}")
    end = min(w.sentence_end(i), last + 30)
    colon = next((k for k in range(last + 1, end) if w.is_punct(k, ":")), None)
    if colon is not None:
        f.append(f"colon={bucket(colon - last, (1, 3, 8))}")
    mark = next((k for k in range(last + 1, end) if w.is_punct(k, MARKS) and w.quote_opening_at(k) is not None), None)
    if mark is not None:
        f.append(f"quote_mark={bucket(mark - last, (1, 3, 8, 16))}")
    prep = next((k for k in range(last + 1, min(end, last + 8)) if w.bare(k) in WORD_PREPOSITIONS), None)
    if prep is not None:
        f.append(f"prep={w.bare(prep)}_{bucket(prep - last, (1, 3, 7))}")
    if walk.clause_start(i):
        f.append("clause_start")
    if w.sentence_start(i) == i:
        f.append("sentence_start")
    if w.in_set(i - 1, RELATIVES):
        f.append("after_relative")
    if w.in_set(i - 1, SUBJUNCTIVE):
        f.append("after_subjunctive")
    if w.in_set(i - 1, LINKERS):
        f.append("after_linker")
    if walk.inside_quote(cue.span.start) or any(q.start <= cue.span.start < q.end for q in w.quoted):
        f.append("in_quoted")
    if c.kind == "marker":
        f.append(f"marker_clause_start={walk.clause_start(i)}")
        f.append(f"marker_prev={word_class(w, i - 1)}")
    if c.kind == "marker" and (w.bare(i + 1) in ("ما", "لما") and w.cue_at(i + 2) is not None
                               or w.bare(i) in ACCORDING_WHAT and w.cue_at(i + 1) is not None):
        f.append("marker_then_cue")                 # بحسب ما أعلنت الوزارة: the verb is the cue
    if w.bare(i - 1) in ("ما", "لما") and w.in_set(i - 2, ACCORDING_TO) or w.bare(i - 1) in ACCORDING_WHAT:
        f.append("after_marker")
    if walk.number <= 2 and not any(w.is_punct(k, ".!?؟") for k in range(len(w))) and len(w) < 30:
        f.append("headline")
    content = c.rule_claim.content if c.rule_claim is not None else fallback_content(c)
    if content is None:
        f.append("no_content")
    else:
        quoted = sum(min(q.end, content.end) - max(q.start, content.start) for q in w.quoted
                     if q.start < content.end and content.start < q.end)
        f.append(f"content_quoted={bucket(quoted / max(1, len(content)), (0.0, 0.3, 0.6, 0.9))}")
        f.append(f"content_words={bucket(len(content.text.split()), (2, 4, 8, 16))}")
        first = w.index_at(content.start)
        opening = w.quote_opening_at(first - 1) or w.quote_opening_at(first)
        if opening is not None:
            f.append(f"content_opens_quote={bucket(len(opening.span) / max(1, len(content)), (0.5, 0.9))}")
    return f


def fallback_content(c: ClaimCandidate) -> Span | None:
    """A claim's content where the walk made none: the clause the cue reaches (after أن, the verb's
    preposition or its object), or for a source marker the clause it closes (…، بحسب المرصد)."""
    walk, cue = c.walk, c.cue
    w = walk.w
    if c.kind == "marker":
        i = cue.token
        start = w.sentence_start(i)
        for k in range(i - 2, start, -1):
            if w.is_punct(k, ":") or w.is_punct(k, "،,؛;") and opens_clause(walk, k + 1):
                start = k + 1
                break
        if i - start >= 2:
            return trimmed(w.text, w.tokens[start].start, w.tokens[i - 1].end)
        rng = subject_after(w, i + 1)
        k = rng[1] if rng is not None else i + 1
        if k >= len(w):
            return None
        return _span_to_end(walk, k, "that")
    clause = next((cl for cl in walk.clauses if cl.cue.token == cue.token), None)
    if clause is not None and clause.complement is not None:
        kind, anchor = clause.complement
        if kind in ("that", "colon", "quote"):
            return _span_to_end(walk, anchor + 1, "that")
        if kind in ("object", "clause"):
            return _span_to_end(walk, anchor, "that" if kind == "clause" else kind)
        return _span_to_end(walk, anchor + 1 if w.bare(anchor) in WORD_PREPOSITIONS else anchor, kind)
    that = _next_that(w, cue.last + 1)
    if that is not None:
        return _span_to_end(walk, that + 1, "that")
    rng = subject_after(w, cue.last + 1)
    k = rng[1] if rng is not None else cue.last + 1
    return _span_to_end(walk, k, "object")


def _span_to_end(walk: Walk, start: int, kind: str) -> Span | None:
    w = walk.w
    if start >= len(w):
        return None
    end = content_end(walk, start, kind)
    if end <= start:
        end = min(len(w), w.sentence_end(start))
    if end <= start:
        return None
    return trimmed(w.text, w.tokens[start].start, w.tokens[end - 1].end)
