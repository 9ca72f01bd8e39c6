"""Score marsad's records with the official scorer (../shared/eval/score.py), in process.

`score_articles(articles, analyse)` analyses each article with `analyse(text,
published) -> record` and scores the records exactly as score.py does (its own
functions, imported from the shared folder), plus entity P/R/F1 per label.
`anercorp_f1(analyse_many)` runs ANERcorp's test split through the whole
pipeline: each sentence's tokens joined by spaces, one document each; the
predicted spans mapped onto the tokens; conlleval exact chunk match.
"""
from __future__ import annotations

import importlib.util
import json
from functools import lru_cache
from typing import Callable, Iterable

from .splits import ANERCORP, SHARED, Article

LABELS = ("PER", "ORG", "LOC", "MISC")
METRICS = ("boilerplate", "body", "entities", "entities.strict", "quotes", "quotes.attributed", "claims",
           "claims.stance", "claims.source", "timexes", "timexes.value", "quantities", "quantities.value")


@lru_cache(maxsize=1)
def official_scorer():
    """../shared/eval/score.py as a module."""
    path = SHARED / "eval" / "score.py"
    spec = importlib.util.spec_from_file_location("marsad_official_score", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def default_analyse(**options) -> Callable[[str, str | None], dict]:
    import marsad

    def analyse(text: str, published: str | None) -> dict:
        return marsad.to_record(marsad.analyze(text, published=published, **options))
    return analyse


def _prf(t) -> dict:
    p, r, f = t.prf()
    return {"p": round(p, 4), "r": round(r, 4), "f1": round(f, 4), "tp": t.tp, "fp": t.fp, "fn": t.fn}


def score_records(pairs: Iterable[tuple[Article, dict]]) -> dict:
    """Metrics of (article, record) pairs: every score.py metric, and entities per label."""
    sc = official_scorer()
    tallies = {n: sc.Tally() for n in METRICS}
    per_label = {label: sc.Tally() for label in LABELS}
    errors: list[str] = []
    n = 0
    for article, rec in pairs:
        n += 1
        text, gold = article.text(), article.gold()
        if rec.get("text") != text:
            errors.append(f"{article.name}: record text differs from the input")
            rec = {"text": text}
        sc.check_spans(rec, text, errors, article.name)
        sc.score_doc(article.name, text, gold, rec, tallies)
        preds = rec.get("entities") or []
        for label in LABELS:
            g = [e for e in gold["entities"] if e["label"] == label]
            p = [e for e in preds if e.get("label") == label]
            pairs_ = sc.match(g, p, lambda a, b: sc.overlap(a, b) > 0)
            per_label[label].add(len(pairs_), len(p), len(g))
    out = {"documents": n, "contract_errors": errors}
    out.update({name: _prf(t) for name, t in tallies.items() if t.tp + t.fp + t.fn})
    out["entities.by_label"] = {label: _prf(t) for label, t in per_label.items()}
    return out


def score_articles(articles: list[Article], analyse: Callable[[str, str | None], dict] | None = None) -> dict:
    analyse = analyse or default_analyse()

    def pairs():
        for a in articles:
            yield a, analyse(a.text(), a.gold().get("published"))
    return score_records(pairs())


def anercorp_test() -> list[tuple[list[str], list[str]]]:
    from marsad.annotators.entities.conll import read_conll
    return read_conll(ANERCORP / "ANERCorp_CamelLab_test.txt")


def tags_from_spans(words: list[str], entities: list[dict]) -> list[str]:
    """BIO tags of space-joined words from predicted character spans: a word takes the label of the
    first span that overlaps it; B on a span's first word."""
    tags, pos, starts = [], 0, []
    for w in words:
        starts.append(pos)
        pos += len(w) + 1
    spans = sorted((e["start"], e["end"], e["label"]) for e in entities)
    owner = [None] * len(words)
    for k, (s, e, label) in enumerate(spans):
        for i, ws in enumerate(starts):
            we = ws + len(words[i])
            if owner[i] is None and ws < e and s < we:
                owner[i] = (k, label)
    prev = None
    for o in owner:
        if o is None:
            tags.append("O")
        else:
            tags.append(("I-" if prev is not None and prev[0] == o[0] else "B-") + o[1])
        prev = o
    return tags


def anercorp_f1(analyse: Callable[[str, str | None], dict] | None = None, limit: int | None = None) -> dict:
    from marsad.annotators.entities.conll import score
    analyse = analyse or default_analyse()
    test = anercorp_test()[:limit] if limit else anercorp_test()
    gold, pred = [], []
    for words, tags in test:
        rec = analyse(" ".join(words), None)
        gold.append(tags)
        pred.append(tags_from_spans(words, rec.get("entities") or []))
    return {k: {m: (round(v, 4) if isinstance(v, float) else v) for m, v in d.items()}
            for k, d in score(gold, pred).items()}


def dumps(metrics: dict) -> str:
    return json.dumps(metrics, ensure_ascii=False, indent=1)
