"""CoNLL-style NER data: reading `token LABEL` files and conlleval scoring.

ANERcorp writes person labels as PERS; they are read as PER. Scoring is
conlleval's: an entity counts when its type and exact token span match.
"""
from __future__ import annotations

from collections import Counter
from pathlib import Path

LABELS = ("PER", "ORG", "LOC", "MISC")


def read_conll(path: str | Path) -> list[tuple[list[str], list[str]]]:
    """Sentences as (words, BIO tags)."""
    sentences, words, tags = [], [], []
    for line in Path(path).read_text(encoding="utf-8").splitlines():
        parts = line.split()
        if not parts:
            if words:
                sentences.append((words, tags))
                words, tags = [], []
            continue
        word, tag = (parts[0], parts[-1]) if len(parts) >= 2 else (parts[0], "O")
        words.append(word)
        tags.append(tag.replace("PERS", "PER"))
    if words:
        sentences.append((words, tags))
    return sentences


def spans(tags: list[str]) -> list[tuple[int, int, str]]:
    """Entity spans (start, end, type) of a BIO sequence; a stray I- opens an entity (as conlleval)."""
    out, start, kind = [], None, None
    for i, tag in enumerate(list(tags) + ["O"]):
        prefix, _, t = tag.partition("-")
        if start is not None and (prefix != "I" or t != kind):
            out.append((start, i, kind))
            start = None
        if prefix == "B" or (prefix == "I" and start is None):
            start, kind = i, t
    return out


def score(gold: list[list[str]], pred: list[list[str]]) -> dict:
    """Micro and per-type precision, recall, F1 over exact entity spans."""
    tp, n_pred, n_gold = Counter(), Counter(), Counter()
    for g, p in zip(gold, pred):
        gs, ps = set(spans(g)), set(spans(p))
        for s in gs:
            n_gold[s[2]] += 1
        for s in ps:
            n_pred[s[2]] += 1
        for s in gs & ps:
            tp[s[2]] += 1

    def prf(t, np_, ng):
        p = t / np_ if np_ else 0.0
        r = t / ng if ng else 0.0
        return {"p": p, "r": r, "f1": 2 * p * r / (p + r) if p + r else 0.0, "tp": t, "pred": np_, "gold": ng}

    out = {"micro": prf(sum(tp.values()), sum(n_pred.values()), sum(n_gold.values()))}
    for kind in sorted(set(n_gold) | set(n_pred)):
        out[kind] = prf(tp[kind], n_pred[kind], n_gold[kind])
    return out
