"""The learned pass: cue -> content -> source, and stance, over the rule walk's findings.

`extract` lists a document's quote and cue candidates with their features (the
rule walk's verdicts among them); `decide` keeps the candidates the trained
models accept, gives each kept statement the speaker the ranker picks among the
candidates around its cue, and each claim the stance the classifier picks.
Training (`training/attribution_train.py`) reads the same `extract` output, so
the features seen in training are the ones seen here.
"""
from __future__ import annotations

from dataclasses import dataclass, field

from ....document import Span
from ....layers import Claim, Quote
from ..attributed import AttributedClaim, AttributedQuote, who
from ..cues import find_cues
from . import claims as claim_cands
from . import quotes as quote_cands
from .linear import load
from .speakers import Anchor, as_speaker, gather, speaker_features
from .stance import stance_features

CONFIRM_STANCES = frozenset({"confirm"})


@dataclass
class Extraction:
    walks: list
    quotes: list = field(default_factory=list)        # QuoteCandidate, with .walk_index set
    claims: list = field(default_factory=list)        # ClaimCandidate


def extract(walks: list) -> Extraction:
    ex = Extraction(walks)
    for widx, walk in enumerate(walks):
        all_cues = find_cues(walk.w.tokens, walk.w.f)
        for q in quote_cands.candidates(walk, all_cues):
            q.walk_index = widx
            q.features = quote_cands.quote_features(q)
            ex.quotes.append(q)
        for c in claim_cands.candidates(walk, all_cues):
            c.walk_index = widx
            c.features = claim_cands.claim_features(c)
            ex.claims.append(c)
    return ex


def _clause_speaker(walk, cue):
    if cue is None:
        return None
    clause = next((cl for cl in walk.clauses if cl.cue.token == cue.token), None)
    return clause.speaker if clause is not None else None


def quote_anchor(q) -> Anchor:
    walk = q.walk
    rule = (None, None)
    rule_speaker = _clause_speaker(walk, q.cue)
    if q.rule_quote is not None:
        rule = (q.rule_quote.speaker, q.rule_quote.entity)
    elif rule_speaker is not None:
        named, _ = who(rule_speaker)
        rule = (named, rule_speaker.entity)
    token = q.cue.token if q.cue is not None else walk.w.index_at(q.span.start)
    return Anchor(q.walk_index, q.cue, token, q.span, rule, rule_speaker)


def claim_anchor(c) -> Anchor:
    rule_speaker = _clause_speaker(c.walk, c.cue)
    rule = (None, None)
    if c.rule_claim is not None:
        rule = (c.rule_claim.source, c.rule_claim.entity)
    elif rule_speaker is not None:
        named, _ = who(rule_speaker)
        rule = (named, rule_speaker.entity)
    return Anchor(c.walk_index, c.cue, c.cue.token, None, rule, rule_speaker, claim_content(c))


def speaker_candidates(walks: list, anchor: Anchor) -> list:
    cands = gather(walks, anchor)
    speaker_features(walks, anchor, cands)
    return cands


def claim_content(c) -> Span | None:
    return c.rule_claim.content if c.rule_claim is not None else claim_cands.fallback_content(c)


def decide(ex: Extraction, folder: str | None = None) -> tuple[list[Quote], list[Claim]]:
    quote_model, cue_model = load("quotes", folder), load("cues", folder)
    ranker, stance_model = load("speakers", folder), load("stance", folder)

    def speaker_of(anchor: Anchor):
        cands = speaker_candidates(ex.walks, anchor)
        best = ranker.best([c.features for c in cands])
        if best is None:
            return anchor.rule[0], anchor.rule[1], None
        return as_speaker(cands[best], anchor, cands)

    quotes: list[Quote] = []
    for q in ex.quotes:
        if not quote_model.accepts(q.features):
            continue
        span, entity, description = speaker_of(quote_anchor(q))
        cue = q.cue.span if q.cue is not None else (q.rule_quote.cue if q.rule_quote is not None else None)
        quotes.append(AttributedQuote(q.span.start, q.span.end, q.span.source, "direct", span, entity, cue,
                                      description))
    claims: list[Claim] = []
    here: list[Claim] = []                             # the claims kept in the current paragraph
    for n, c in enumerate(ex.claims):
        if n == 0 or c.walk_index != ex.claims[n - 1].walk_index:
            here = []                                  # (cues of other paragraphs never overlap)
        if not cue_model.accepts(c.features):
            continue
        cue = c.rule_claim.cue if c.rule_claim is not None else c.cue.span
        if any(k.cue.start < cue.end and cue.start < k.cue.end for k in here):
            continue                                   # بحسب ما أعلن: one claim, one cue
        content = claim_content(c)
        if content is None:
            continue
        span, entity, description = speaker_of(claim_anchor(c))
        rule_stance = c.rule_claim.stance if c.rule_claim is not None else None
        stance = stance_model.predict(stance_features(c, content, rule_stance))
        if stance == "assert" and (rule_stance or c.cue.form.stance) in CONFIRM_STANCES:
            stance = "confirm"                     # scored as one; the cue's own word is kept
        claims.append(AttributedClaim(cue, content, stance, span, entity, description))
        here.append(claims[-1])
    quotes.sort(key=lambda q: q.start)
    claims.sort(key=lambda c: c.cue.start)
    return quotes, claims
