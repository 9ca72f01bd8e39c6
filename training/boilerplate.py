"""Train the chrome line classifier (marsad/models/boilerplate/weights.json).

    .venv/bin/python training/boilerplate.py [--out src/marsad/models/boilerplate/weights.json]

Data: the written-news TRAIN split (109 articles, `training/splits.py`; each line
labelled chrome when most of it lies in a gold boilerplate span) and, around
those same articles, furniture written for marsad in many variants
(`training/boilerplate_furniture.py`), plus article-like lines that use
furniture's words. Never the held-out split, the dev set or SaudiNewsNet.

Model: L2-regularised logistic regression (Newton's method, numpy) over
`marsad.annotators.boilerplate.features`. The threshold is chosen by 5-fold
cross-validation over the training articles (furniture generated from the
training folds only): the lowest threshold at which no article line of a
held-out fold is dropped, with a safety margin. Prints the cross-validated
figures; bench/chrome.py reports dev and held-out.
"""
from __future__ import annotations

import argparse
import json
import os
import random
import re
import sys
from dataclasses import dataclass
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT))

from marsad.annotators.boilerplate import MAX_CHROME_WORDS  # noqa: E402
from marsad.annotators.boilerplate.features import has_evidence, page_features  # noqa: E402
from marsad.annotators.boilerplate.lines import Line, line_spans  # noqa: E402
from training import boilerplate_furniture as furniture  # noqa: E402
from training.splits import written_news  # noqa: E402

OUT = ROOT / "src" / "marsad" / "models" / "boilerplate" / "weights.json"
SEED = 1717
COPIES = 6                 # furniture-framed copies of every training article
SYNTHETIC_WEIGHT = 0.5     # a written line counts half as much as a real one
NEGATIVE_WEIGHT = float(os.environ.get("CHROME_NEG", 1.0))     # an article line wrongly dropped costs more than chrome missed
L2 = float(os.environ.get("CHROME_L2", 1.0))
FOLDS = 5
MARGIN = 0.10              # added to the cross-validated threshold (at least MIN_THRESHOLD)
MIN_THRESHOLD = float(os.environ.get("CHROME_MIN_T", 0.5))


@dataclass
class Page:
    name: str
    text: str
    gold: list[tuple[int, int]]          # boilerplate ranges
    synthetic: bool = False


def nonspace(text: str, start: int, end: int) -> set[int]:
    return {i for i in range(start, end) if not text[i].isspace()}


def line_labels(page: Page) -> list[bool]:
    gold = set()
    for s, e in page.gold:
        gold |= nonspace(page.text, s, e)
    labels = []
    for s, e in line_spans(page.text):
        chars = nonspace(page.text, s, e)
        labels.append(len(chars & gold) * 2 >= len(chars))
    return labels


def usable(f: dict[str, float]) -> bool:
    return has_evidence(f) and not f.get("_long")


def featurise(text: str) -> list[dict[str, float]]:
    spans = line_spans(text)
    lines = [Line(text[s:e]) for s, e in spans]
    gaps = [i > 0 and "\n" in text[spans[i - 1][1]:s].replace("\n", "", 1) for i, (s, _e) in enumerate(spans)]
    feats = page_features(lines, gaps)
    for line, f in zip(lines, feats):
        if len(line) > MAX_CHROME_WORDS:
            f["_long"] = 1.0
    return feats


def real_pages(split: str = "train") -> list[Page]:
    return [Page(a.name, a.text(), [(b["start"], b["end"]) for b in a.gold()["boilerplate"]])
            for a in written_news(split)]


_TAG_OK = re.compile(r"^[\u0600-\u06FF ]{3,30}$")


def _context(pages: list[Page]) -> dict:
    """Headlines (first lines) and tag words (gold entity names) of the given training articles."""
    headlines, tag_words = [], set()
    by_name = {a.name: a for a in written_news("train")}
    for page in pages:
        first = page.text.strip().split("\n", 1)[0].strip()
        if 3 <= len(first.split()) <= 16:
            headlines.append(first)
        for e in by_name[page.name].gold()["entities"]:
            if _TAG_OK.match(e["text"]) and len(e["text"].split()) <= 3:
                tag_words.add(e["text"])
    tag_words.update(furniture.SECTIONS)
    return {"headlines": headlines, "tag_words": sorted(tag_words)}


def synthetic_pages(pages: list[Page], rng: random.Random, copies: int = COPIES) -> list[Page]:
    ctx = _context(pages)
    out = []
    for page in pages:
        spans = line_spans(page.text)
        labels = line_labels(page)
        body = [(page.text[s:e], lab) for (s, e), lab in zip(spans, labels)]
        for k in range(copies):
            lines = furniture.synthetic_page(rng, body, ctx)
            text, gold = "", []
            for i, (line, is_chrome, tight) in enumerate(lines):
                if i:
                    text += "\n" if tight else "\n\n"
                if is_chrome:
                    gold.append((len(text), len(text) + len(line)))
                text += line
            out.append(Page(f"{page.name}~{k}", text, gold, synthetic=True))
    # the hard negatives: each as a headline, between two article lines, and (short ones) last
    for i, line in enumerate(furniture.HARD_NEGATIVES):
        host = pages[i % len(pages)]
        paras = [p for p in host.text.split("\n") if len(p.split()) > 12]
        if len(paras) < 2:
            continue
        shapes = [[line, paras[0], paras[1]], [paras[0], line, paras[1]], [paras[0], paras[1], line]]
        for k, lines in enumerate(shapes):
            out.append(Page(f"negative-{i}-{k}", "\n\n".join(lines), [], synthetic=True))
    return out


def matrix(pages: list[Page], index: dict[str, int] | None = None):
    rows, labels, weights = [], [], []
    for page in pages:
        feats = featurise(page.text)
        labs = line_labels(page)
        for f, y in zip(feats, labs):
            if f.get("_long"):
                continue            # body by construction
            rows.append(f)
            labels.append(1.0 if y else 0.0)
            w = SYNTHETIC_WEIGHT if page.synthetic else 1.0
            weights.append(w * (1.0 if y else NEGATIVE_WEIGHT))
    if index is None:
        names = sorted({n for f in rows for n in f})
        index = {n: i for i, n in enumerate(names)}
    x = np.zeros((len(rows), len(index)))
    for r, f in enumerate(rows):
        for n, v in f.items():
            j = index.get(n)
            if j is not None:
                x[r, j] = v
    return x, np.array(labels), np.array(weights), index


def fit(x: np.ndarray, y: np.ndarray, w: np.ndarray, l2: float = L2, iterations: int = 50) -> np.ndarray:
    """Weighted L2 logistic regression by Newton's method (the bias, column 'bias', unpenalised)."""
    beta = np.zeros(x.shape[1])
    penalty = np.full(x.shape[1], l2)
    for _ in range(iterations):
        z = np.clip(x @ beta, -30, 30)
        p = 1.0 / (1.0 + np.exp(-z))
        grad = x.T @ (w * (p - y)) + penalty * beta
        hess = (x * (w * p * (1 - p))[:, None]).T @ x + np.diag(penalty)
        step = np.linalg.solve(hess, grad)
        beta -= step
        if np.abs(step).max() < 1e-6:
            break
    return beta


def train(pages: list[Page], rng: random.Random):
    data = pages + synthetic_pages(pages, rng)
    x, y, w, index = matrix(data)
    if "bias" in index:
        pass
    beta = fit(x, y, w)
    return {name: float(beta[j]) for name, j in index.items() if abs(beta[j]) > 1e-6}


def probabilities(weights: dict[str, float], text: str) -> list[float]:
    out = []
    for f in featurise(text):
        if not usable(f):
            out.append(0.0)
            continue
        m = sum(weights.get(n, 0.0) * v for n, v in f.items())
        out.append(1.0 / (1.0 + np.exp(-np.clip(m, -60, 60))))
    return out


def char_scores(pages: list[Page], decide) -> dict:
    """Character-level chrome P/R/F1 and body precision, as score.py counts them.
    `decide(page)` gives the (start, end) ranges marked chrome."""
    tp = fp = fn = body_pred = body_ok = 0
    for page in pages:
        gold = set()
        for s, e in page.gold:
            gold |= nonspace(page.text, s, e)
        pred = set()
        for s, e in decide(page):
            pred |= nonspace(page.text, s, e)
        every = nonspace(page.text, 0, len(page.text))
        tp += len(gold & pred)
        fp += len(pred - gold)
        fn += len(gold - pred)
        body = every - pred
        body_pred += len(body)
        body_ok += len(body - gold)
    p = tp / (tp + fp) if tp + fp else 1.0
    r = tp / (tp + fn) if tp + fn else 1.0
    return {"p": p, "r": r, "f1": 2 * p * r / (p + r) if p + r else 0.0,
            "body_p": body_ok / body_pred if body_pred else 1.0}


def cross_validate(pages: list[Page], seed: int = SEED):
    """Out-of-fold probabilities of every line of every training article."""
    folds = [pages[i::FOLDS] for i in range(FOLDS)]
    oof = {}
    for k, held in enumerate(folds):
        rest = [p for j, f in enumerate(folds) if j != k for p in f]
        weights = train(rest, random.Random(seed + k))
        for page in held:
            oof[page.name] = probabilities(weights, page.text)
    return oof


def choose_threshold(pages: list[Page], oof: dict) -> float:
    """The lowest threshold at which no article line of the out-of-fold pages is marked chrome."""
    worst_body = 0.0
    for page in pages:
        for prob, label in zip(oof[page.name], line_labels(page)):
            if not label:
                worst_body = max(worst_body, prob)
    return min(0.95, max(MIN_THRESHOLD, worst_body + MARGIN))


def decide_with(probs: dict, threshold: float):
    def decide(page: Page):
        return [span for span, p in zip(line_spans(page.text), probs[page.name]) if p >= threshold]
    return decide


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--out", default=str(OUT))
    args = ap.parse_args()
    pages = real_pages("train")
    oof = cross_validate(pages)
    threshold = choose_threshold(pages, oof)
    cv = char_scores(pages, decide_with(oof, threshold))
    print(f"cross-validated on {len(pages)} training articles, threshold {threshold:.3f}: "
          f"chrome P {cv['p']:.3f} R {cv['r']:.3f} F1 {cv['f1']:.3f}, body P {cv['body_p']:.4f}")
    rng = random.Random(SEED)
    weights = train(pages, rng)
    n_lines = sum(len(line_labels(p)) for p in pages)
    n_chrome = sum(sum(line_labels(p)) for p in pages)
    meta = {
        "trained_on": f"written-news train split ({len(pages)} articles, {n_lines} lines, {n_chrome} chrome) "
                      f"+ {COPIES} furniture-framed copies of each + {len(furniture.HARD_NEGATIVES)} hard negatives",
        "cross_validation": {"folds": FOLDS, **{k: round(v, 4) for k, v in cv.items()}},
        "seed": SEED, "l2": L2, "negative_weight": NEGATIVE_WEIGHT, "synthetic_weight": SYNTHETIC_WEIGHT,
    }
    out = {"threshold": round(threshold, 4), "meta": meta,
           "weights": {k: round(v, 4) for k, v in sorted(weights.items())}}
    Path(args.out).write_text(json.dumps(out, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    print(f"{len(weights)} weights -> {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
