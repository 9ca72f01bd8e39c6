"""Training instances for the learned attribution components, labelled against the gold annotation.

`instances(articles)` analyses each article up to the rule walk, lists its
candidates with `learned.assemble.extract` (the very features the shipped
models read) and labels them with the official scorer's own matching
(../shared/eval/score.py): a quote candidate is right when it overlaps a gold
quote by half; a cue candidate when it overlaps a gold claim's cue by half; a
speaker candidate when it (or a mention of its cluster) overlaps a mention of the
gold speaker's entity; a claim's stance is the gold claim's (confirm as assert).
"""
from __future__ import annotations

from dataclasses import dataclass, field

from .evaluate import official_scorer
from .splits import Article

STANCE_OF = {"confirm": "assert"}


@dataclass
class Instances:
    quotes: list = field(default_factory=list)       # (article, features, label)
    cues: list = field(default_factory=list)         # (article, features, label)
    speakers: list = field(default_factory=list)     # (article, [features...], [label...])
    stance: list = field(default_factory=list)       # (article, features, stance)
    notes: dict = field(default_factory=dict)        # id(instance) -> where it is in the text (error analysis)
    analyses: dict = field(default_factory=dict)     # article -> (document, extraction), with `keep`


def rule_attribution(text: str, published: str | None):
    """The document analysed by every stage before attribution, and the rule walk's attribution of it."""
    from marsad.annotators import default_stages
    from marsad.annotators.attribution.analysis import walk_document
    from marsad.document import Document, Metadata
    from marsad.pipeline import Pipeline
    stages = [s for s in default_stages() if s.name not in ("quotes", "claims")]
    doc = Pipeline(stages)(Document(text, Metadata(published=published, published_source="given" if published else None)))
    return doc, walk_document(doc)


def _cluster_spans(doc, entity: str | None) -> list[dict]:
    from marsad.layers import ENTITIES
    if entity is None:
        return []
    return [{"start": m.start, "end": m.end} for m in doc.layer(ENTITIES) if m.entity == entity]


def _resolves(doc, span, entity, gold_spans) -> bool:
    sc = official_scorer()
    mine = [{"start": span.start, "end": span.end}] + _cluster_spans(doc, entity)
    return any(sc.overlap(p, g) for p in mine for g in gold_spans)


def _context(span, after: int = 60) -> str:
    text = span.source
    return (text[max(0, span.start - 40):span.start] + "[[" + span.text + "]]" + text[span.end:span.end + after]).replace("\n", " / ")


def _span(s) -> dict:
    return {"start": s.start, "end": s.end}


def instances(articles: list[Article], keep: bool = False) -> Instances:
    from marsad.annotators.attribution.learned.assemble import (claim_anchor, claim_content, extract, quote_anchor,
                                                               speaker_candidates)
    from marsad.annotators.attribution.learned.stance import stance_features
    sc = official_scorer()
    out = Instances()
    for article in articles:
        gold = article.gold()
        doc, attribution = rule_attribution(article.text(), gold.get("published"))
        mentions = sc.gold_mentions(gold)
        ex = extract(attribution.walks)
        if keep:
            out.analyses[article.name] = (doc, ex)

        def add_speakers(anchor, entity, gold_span):
            spans = mentions.get(entity) or ([gold_span] if gold_span else [])
            cands = speaker_candidates(ex.walks, anchor)
            labels = [c.span is not None and _resolves(doc, c.span, c.entity, spans) for c in cands]
            if not any(labels) and cands and cands[-1].span is None:
                labels[-1] = True                      # none of them said it: "no one of these" is right
            if any(labels) and not all(labels):
                out.speakers.append((article.name, [c.features for c in cands], labels))
                out.notes[id(out.speakers[-1])] = (_context(anchor.cue.span if anchor.cue else anchor.item),
                                                   [c.span.text if c.span else None for c in cands])

        for q in ex.quotes:
            g = next((g for g in gold["quotes"] if sc.half_overlap(g, _span(q.span))), None)
            out.quotes.append((article.name, q.features, g is not None))
            out.notes[id(out.quotes[-1])] = _context(q.span)
            if g is not None:
                add_speakers(quote_anchor(q), g.get("entity"), g.get("speaker"))
        for c in ex.claims:
            g = next((g for g in gold["claims"] if sc.half_overlap(g["cue"], _span(c.cue.span))), None)
            out.cues.append((article.name, c.features, g is not None))
            out.notes[id(out.cues[-1])] = _context(c.cue.span)
            if g is None:
                continue
            add_speakers(claim_anchor(c), g.get("entity"), g.get("source"))
            content = claim_content(c)
            rule_stance = c.rule_claim.stance if c.rule_claim is not None else None
            out.stance.append((article.name, stance_features(c, content, rule_stance),
                               STANCE_OF.get(g["stance"], g["stance"])))
            out.notes[id(out.stance[-1])] = _context(c.cue.span, 100)
    return out
