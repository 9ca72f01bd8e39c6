"""Train the learned attribution components on the written-news training split and write them to the package.

    .venv/bin/python -m training.attribution_train [--out src/marsad/models/attribution] [--folds 5]

Four linear models over the features of `marsad.annotators.attribution.learned`
(instances: `training/attribution_data.py`): the quote classifier, the claim-cue
classifier, the speaker ranker (a conditional logit over the candidates of one
statement) and the stance classifier (softmax). Each is fitted by L-BFGS with an
L2 penalty; the penalty (and a classifier's threshold) is chosen by
cross-validation over the 109 training articles (folds by article); the dev set
and the held-out split are never read. The cross-validated figures are printed
beside the rule walk's own on the same candidates and written with the models
(`training.json`).
"""
from __future__ import annotations

import argparse
import json
import sys
import time
from collections import Counter
from pathlib import Path

import numpy as np
from scipy import sparse
from scipy.optimize import minimize

ROOT = Path(__file__).resolve().parents[1]
PENALTIES = (0.3, 1.0, 3.0, 10.0, 30.0)
MIN_COUNT = 2
STANCES = ("assert", "deny", "estimate", "doubt", "warn", "demand", "promise", "accuse")


class Index:
    def __init__(self, rows: list[list[str]], min_count: int = MIN_COUNT):
        counts = Counter(f for row in rows for f in set(row))
        self.names = sorted(f for f, n in counts.items() if n >= min_count)
        self.of = {f: k for k, f in enumerate(self.names)}

    def matrix(self, rows: list[list[str]]) -> sparse.csr_matrix:
        data, cols, ptr = [], [], [0]
        for row in rows:
            ks = sorted({self.of[f] for f in row if f in self.of})
            cols += ks
            data += [1.0] * len(ks)
            ptr.append(len(cols))
        return sparse.csr_matrix((data, cols, ptr), shape=(len(rows), len(self.names)))


# --- binary logistic regression --------------------------------------------------------------
def fit_binary(X, y: np.ndarray, penalty: float) -> tuple[np.ndarray, float]:
    n, d = X.shape

    def loss(theta):
        w, b = theta[:d], theta[d]
        z = X @ w + b
        p = 1.0 / (1.0 + np.exp(-z))
        ll = np.logaddexp(0, z) - y * z
        g = p - y
        return ll.sum() + 0.5 * penalty * w @ w, np.concatenate([X.T @ g + penalty * w, [g.sum()]])

    res = minimize(loss, np.zeros(d + 1), jac=True, method="L-BFGS-B", options={"maxiter": 500})
    return res.x[:d], float(res.x[d])


def best_threshold(p: np.ndarray, y: np.ndarray) -> tuple[float, float]:
    best = (0.5, -1.0)
    for t in np.arange(0.2, 0.81, 0.025):
        pred = p >= t
        tp = float((pred & (y == 1)).sum())
        prec = tp / max(1.0, pred.sum())
        rec = tp / max(1.0, (y == 1).sum())
        f1 = 2 * prec * rec / (prec + rec) if prec + rec else 0.0
        if f1 > best[1] + 1e-9:
            best = (float(t), f1)
    return best


def prf(pred: np.ndarray, y: np.ndarray) -> dict:
    tp = float((pred & (y == 1)).sum())
    p = tp / max(1.0, pred.sum())
    r = tp / max(1.0, (y == 1).sum())
    return {"p": round(p, 4), "r": round(r, 4), "f1": round(2 * p * r / (p + r) if p + r else 0.0, 4)}


def folds_of(names: list[str], k: int) -> list[int]:
    articles = sorted(set(names))
    fold = {a: i % k for i, a in enumerate(articles)}
    return [fold[n] for n in names]


def train_binary(name: str, data: list, k: int, rule_feature: str | None) -> tuple[dict, dict]:
    names = [a for a, _, _ in data]
    rows = [f for _, f, _ in data]
    y = np.array([1.0 if label else 0.0 for _, _, label in data])
    fold = np.array(folds_of(names, k))
    report = {"instances": len(data), "positive": int(y.sum())}
    best = None
    for penalty in PENALTIES:
        oof = np.zeros(len(data))
        for f in range(k):
            tr, te = fold != f, fold == f
            index = Index([rows[i] for i in np.flatnonzero(tr)])
            w, b = fit_binary(index.matrix([rows[i] for i in np.flatnonzero(tr)]), y[tr], penalty)
            oof[te] = 1.0 / (1.0 + np.exp(-(index.matrix([rows[i] for i in np.flatnonzero(te)]) @ w + b)))
        t, f1 = best_threshold(oof, y)
        print(f"  {name}: penalty {penalty:g} cross-validated F1 {f1:.4f} at threshold {t:.3f}", file=sys.stderr)
        if best is None or f1 > best[1]:
            best = (penalty, f1, t, oof)
    penalty, f1, t, oof = best
    t = round(t, 3)
    report.update({"penalty": penalty, "threshold": t, "cv": prf(oof >= t, y)})
    if rule_feature is not None:
        report["rules_alone"] = prf(np.array([rule_feature in r for r in rows]), y)
    index = Index(rows)
    w, b = fit_binary(index.matrix(rows), y, penalty)
    weights = {f: round(float(v), 5) for f, v in zip(index.names, w) if abs(v) >= 1e-4}
    return {"kind": "binary", "weights": weights, "bias": round(b, 5), "threshold": t}, report


# --- conditional logit (speaker ranking) ------------------------------------------------------
def fit_ranker(groups: list[tuple], penalty: float) -> np.ndarray:
    """groups: (X csr of the candidates, boolean label array)."""
    X = sparse.vstack([g[0] for g in groups]).tocsr()
    sizes = np.array([g[0].shape[0] for g in groups])
    bounds = np.concatenate([[0], np.cumsum(sizes)])
    pos = np.concatenate([g[1] for g in groups]).astype(float)
    seg = np.repeat(np.arange(len(groups)), sizes)
    d = X.shape[1]

    def loss(w):
        s = X @ w
        mx = np.maximum.reduceat(s, bounds[:-1])
        e = np.exp(s - mx[seg])
        z = np.add.reduceat(e, bounds[:-1])
        zp = np.add.reduceat(e * pos, bounds[:-1])
        ll = -(np.log(zp) - np.log(z)).sum()
        g = e / z[seg] - e * pos / zp[seg]
        return ll + 0.5 * penalty * w @ w, X.T @ g + penalty * w

    res = minimize(loss, np.zeros(d), jac=True, method="L-BFGS-B", options={"maxiter": 500})
    return res.x


def train_ranker(data: list, k: int) -> tuple[dict, dict]:
    names = [a for a, _, _ in data]
    fold = np.array(folds_of(names, k))
    report = {"statements": len(data)}

    def accuracy(groups_idx, index, w):
        right = 0
        for i in groups_idx:
            _, rows, labels = data[i]
            s = index.matrix(rows) @ w
            right += bool(labels[int(np.argmax(s))])
        return right

    best = None
    for penalty in PENALTIES:
        right = 0
        for f in range(k):
            tr = [i for i in range(len(data)) if fold[i] != f]
            te = [i for i in range(len(data)) if fold[i] == f]
            index = Index([r for i in tr for r in data[i][1]])
            w = fit_ranker([(index.matrix(data[i][1]), np.array(data[i][2])) for i in tr], penalty)
            right += accuracy(te, index, w)
        acc = right / len(data)
        print(f"  speakers: penalty {penalty:g} cross-validated accuracy {acc:.4f}", file=sys.stderr)
        if best is None or acc > best[1]:
            best = (penalty, acc)
    penalty, acc = best
    rule_right = sum(any(lab and "rule_choice=True" in r for r, lab in zip(rows, labels))
                     and all(lab for r, lab in zip(rows, labels) if "rule_choice=True" in r)
                     for _, rows, labels in data)
    report.update({"penalty": penalty, "cv_accuracy": round(acc, 4), "rules_alone_accuracy": round(rule_right / len(data), 4)})
    index = Index([r for _, rows, _ in data for r in rows])
    w = fit_ranker([(index.matrix(rows), np.array(labels)) for _, rows, labels in data], penalty)
    weights = {f: round(float(v), 5) for f, v in zip(index.names, w) if abs(v) >= 1e-4}
    return {"kind": "ranker", "weights": weights}, report


# --- softmax (stance) -------------------------------------------------------------------------
def fit_softmax(X, y: np.ndarray, classes: int, penalty: float) -> tuple[np.ndarray, np.ndarray]:
    n, d = X.shape
    Y = np.zeros((n, classes))
    Y[np.arange(n), y] = 1.0

    def loss(theta):
        W = theta[:d * classes].reshape(d, classes)
        b = theta[d * classes:]
        S = X @ W + b
        S -= S.max(axis=1, keepdims=True)
        P = np.exp(S)
        P /= P.sum(axis=1, keepdims=True)
        ll = -np.log(np.clip(P[np.arange(n), y], 1e-12, None)).sum()
        G = P - Y
        gW = X.T @ G + penalty * W
        return ll + 0.5 * penalty * (W * W).sum(), np.concatenate([np.asarray(gW).ravel(), G.sum(axis=0)])

    res = minimize(loss, np.zeros(d * classes + classes), jac=True, method="L-BFGS-B", options={"maxiter": 500})
    return res.x[:d * classes].reshape(d, classes), res.x[d * classes:]


def train_stance(data: list, k: int) -> tuple[dict, dict]:
    names = [a for a, _, _ in data]
    rows = [f for _, f, _ in data]
    y = np.array([STANCES.index(s) for _, _, s in data])
    fold = np.array(folds_of(names, k))
    best = None
    for penalty in PENALTIES:
        pred = np.zeros(len(data), dtype=int)
        for f in range(k):
            tr, te = np.flatnonzero(fold != f), np.flatnonzero(fold == f)
            index = Index([rows[i] for i in tr])
            W, b = fit_softmax(index.matrix([rows[i] for i in tr]), y[tr], len(STANCES), penalty)
            pred[te] = np.argmax(index.matrix([rows[i] for i in te]) @ W + b, axis=1)
        acc = float((pred == y).mean())
        print(f"  stance: penalty {penalty:g} cross-validated accuracy {acc:.4f}", file=sys.stderr)
        if best is None or acc > best[1]:
            best = (penalty, acc, pred)
    penalty, acc, pred = best
    rule = [next((x.split("=", 1)[1] for x in r if x.startswith("rule=")), "None") for r in rows]
    lexicon = [next((x.split("=", 1)[1] for x in r if x.startswith("lexicon=")), "assert") for r in rows]
    rule_stance = [STANCES.index({"confirm": "assert"}.get(r if r != "None" else lx, r if r != "None" else lx))
                   if ({"confirm": "assert"}.get(r if r != "None" else lx, r if r != "None" else lx)) in STANCES else 0
                   for r, lx in zip(rule, lexicon)]
    confusion = {g: dict(Counter(STANCES[p] for p, t in zip(pred, y) if STANCES[t] == g)) for g in STANCES}
    report = {"claims": len(data), "penalty": penalty, "cv_accuracy": round(acc, 4),
              "rules_alone_accuracy": round(float((np.array(rule_stance) == y).mean()), 4), "cv_confusion": confusion}
    index = Index(rows)
    W, b = fit_softmax(index.matrix(rows), y, len(STANCES), penalty)
    weights = {f: [round(float(v), 5) for v in W[k]] for k, f in enumerate(index.names) if np.abs(W[k]).max() >= 1e-4}
    return {"kind": "multiclass", "classes": list(STANCES), "weights": weights,
            "bias": [round(float(v), 5) for v in b]}, report


def fit_all(data, penalties: dict) -> dict:
    """The four models fitted on `data` (Instances) with the given penalties (and binary thresholds)."""
    models = {}
    for name, rows in (("quotes", data.quotes), ("cues", data.cues)):
        index = Index([f for _, f, _ in rows])
        y = np.array([1.0 if label else 0.0 for _, _, label in rows])
        w, b = fit_binary(index.matrix([f for _, f, _ in rows]), y, penalties[name][0])
        models[name] = {"kind": "binary", "weights": dict(zip(index.names, map(float, w))), "bias": b,
                        "threshold": penalties[name][1]}
    index = Index([r for _, rows, _ in data.speakers for r in rows])
    w = fit_ranker([(index.matrix(rows), np.array(labels)) for _, rows, labels in data.speakers], penalties["speakers"])
    models["speakers"] = {"kind": "ranker", "weights": dict(zip(index.names, map(float, w)))}
    rows = [f for _, f, _ in data.stance]
    index = Index(rows)
    W, b = fit_softmax(index.matrix(rows), np.array([STANCES.index(s) for _, _, s in data.stance]), len(STANCES),
                       penalties["stance"])
    models["stance"] = {"kind": "multiclass", "classes": list(STANCES),
                        "weights": {f: list(map(float, W[k])) for k, f in enumerate(index.names)},
                        "bias": list(map(float, b))}
    return models


def main() -> int:
    sys.path.insert(0, str(ROOT / "src"))
    from training.attribution_data import instances
    from training.splits import written_news
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--out", default=str(ROOT / "src" / "marsad" / "models" / "attribution"))
    ap.add_argument("--folds", type=int, default=5)
    args = ap.parse_args()
    start = time.perf_counter()
    articles = written_news("train")
    data = instances(articles)
    print(f"instances from {len(articles)} training articles in {time.perf_counter() - start:.0f} s", file=sys.stderr)
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    reports = {}
    models = {}
    models["quotes"], reports["quotes"] = train_binary("quotes", data.quotes, args.folds, "rule")
    models["cues"], reports["cues"] = train_binary("cues", data.cues, args.folds, "rule_claim=True")
    models["speakers"], reports["speakers"] = train_ranker(data.speakers, args.folds)
    models["stance"], reports["stance"] = train_stance(data.stance, args.folds)
    for name, model in models.items():
        (out / f"{name}.json").write_text(json.dumps(model, ensure_ascii=False, sort_keys=True) + "\n",
                                          encoding="utf-8")
    reports["data"] = {"split": "written-news train", "articles": len(articles), "folds": args.folds}
    (out / "training.json").write_text(json.dumps(reports, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    print(json.dumps(reports, ensure_ascii=False, indent=1))
    return 0


if __name__ == "__main__":
    sys.exit(main())
