"""Train the built-in NER model on ANERcorp (CAMeL Lab split): `make train-ner`.

    python -m marsad.annotators.entities.train [--data ../shared/data/anercorp] [--out DIR] [--dev] [--neural]

Without `--dev` it trains on the whole train split and writes the shipped files
(`ner.crfsuite`, `vocab.json.gz`, `training.json`) to `src/marsad/models/ner/`.
With `--dev` it holds out the last 10% of the train sentences (the split is
sequential, like train/test) and prints dev-part scores: every modelling choice
was made on that part. `--neural` also trains the BiLSTM-CRF (`train_neural`, needs
torch) and, with `--dev`, scores it and its ensembles with the CRF; without `--dev`
it writes `neural.npz` and the ensemble's CRF weight beside the CRF (measured, not
shipped: see MODEL_CARD.md). The test split is never read here (bench/ner.py reports
on it). crfsuite's L-BFGS training is deterministic; SEED is recorded for the
sentence order anyway.
"""
from __future__ import annotations

import argparse
import gzip
import json
import random
import sys
import time
from collections import Counter
from pathlib import Path

from ...text.normalize import fold
from .conll import read_conll, score
from .features import sentence_features
from .model import MODEL_FILE, VOCAB_FILE, VOCAB_LABELS
from .neural import NEURAL_FILE

SEED = 20240
DEV_SHARE = 0.1
PARAMS = {"c1": 0.05, "c2": 0.01, "max_iterations": 250, "feature.possible_transitions": True,
          "feature.minfreq": 1}
TRAIN_FILE = "ANERCorp_CamelLab_train.txt"
# The CRF's share when its marginals are averaged with the neural tagger's (chosen on the dev part).
CRF_WEIGHT = 0.4
ENSEMBLE_WEIGHTS = (0.3, 0.4, 0.5, 0.6)
ROOT = Path(__file__).resolve().parents[4]


def vocabulary(sentences) -> dict[str, list[int]]:
    """Folded word -> times outside a name, inside a PER, ORG, LOC, MISC name (VOCAB_LABELS)."""
    counts: dict[str, list[int]] = {}
    for words, tags in sentences:
        for w, t in zip(words, tags):
            c = counts.setdefault(fold(w), [0] * len(VOCAB_LABELS))
            c[VOCAB_LABELS.index(t.split("-", 1)[-1]) if t != "O" else 0] += 1
    return counts


def write_vocabulary(sentences, out: Path) -> None:
    # mtime=0: the same data gives the same bytes
    with open(out / VOCAB_FILE, "wb") as raw, gzip.GzipFile(fileobj=raw, mode="wb", compresslevel=9, mtime=0) as fh:
        fh.write(json.dumps(vocabulary(sentences), ensure_ascii=False, separators=(",", ":"), sort_keys=True)
                 .encode("utf-8"))


def train_crf(sentences, path: Path, verbose: bool = False) -> float:
    import pycrfsuite
    trainer = pycrfsuite.Trainer(verbose=verbose)
    for words, tags in sentences:
        trainer.append(sentence_features(words), tags)
    trainer.set_params(PARAMS)
    start = time.time()
    trainer.train(str(path))
    return time.time() - start


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--data", default=str(ROOT.parent / "shared" / "data" / "anercorp"))
    ap.add_argument("--out", default=str(ROOT / "src" / "marsad" / "models" / "ner"))
    ap.add_argument("--dev", action="store_true", help="train on 90%% of train and score the held-out 10%%")
    ap.add_argument("--neural", action="store_true",
                    help="also train the BiLSTM-CRF (torch) and average it with the CRF (not shipped: see MODEL_CARD.md)")
    ap.add_argument("--threads", type=int, default=1, help="torch threads for the neural tagger")
    args = ap.parse_args(argv)
    data = Path(args.data) / TRAIN_FILE
    if not data.exists():
        print(f"train-ner: error: {data} not found", file=sys.stderr)
        return 2
    random.seed(SEED)
    sentences = read_conll(data)
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    if args.dev:
        cut = int(len(sentences) * (1 - DEV_SHARE))
        train, dev = sentences[:cut], sentences[cut:]
        path = out / ("dev-" + MODEL_FILE)
        seconds = train_crf(train, path)
        import pycrfsuite
        tagger = pycrfsuite.Tagger()
        tagger.open(str(path))
        pred = [tagger.tag(sentence_features(w)) for w, _ in dev]
        result = {"crf": _rounded(score([t for _, t in dev], pred)), "crf_train_seconds": round(seconds, 1)}
        if args.neural:
            from .model import Tagger
            from .neural import NeuralTagger
            from .train_neural import train_neural
            neural_seconds = train_neural(train, out, threads=args.threads, dev=dev)
            neural = NeuralTagger(out / NEURAL_FILE)
            result["neural"] = _rounded(score([t for _, t in dev], [neural.tag(w)[0] for w, _ in dev]))
            result["neural_train_seconds"] = round(neural_seconds, 1)
            for weight in ENSEMBLE_WEIGHTS:
                both = Tagger(path, neural=neural, crf_weight=weight)
                result[f"ensemble_crf_{weight}"] = _rounded(score([t for _, t in dev], [both.tag(w)[0] for w, _ in dev]))
        print(json.dumps(result, indent=1))
        return 0
    seconds = train_crf(sentences, out / MODEL_FILE)
    write_vocabulary(sentences, out)
    tags = Counter(t for _, ts in sentences for t in ts)
    info = {"data": f"ANERcorp CAMeL Lab split, {TRAIN_FILE}", "sentences": len(sentences),
            "tokens": sum(tags.values()), "tags": dict(sorted(tags.items())), "seed": SEED,
            "crfsuite_params": PARAMS, "train_seconds": round(seconds, 1)}
    if not args.neural:
        (out / NEURAL_FILE).unlink(missing_ok=True)
    else:
        from .train_neural import PARAMS as NEURAL_PARAMS, SEED as NEURAL_SEED, train_neural
        neural_seconds = train_neural(sentences, out, threads=args.threads)
        info["neural"] = {"params": NEURAL_PARAMS, "seed": NEURAL_SEED, "threads": args.threads,
                          "train_seconds": round(neural_seconds, 1)}
        info["ensemble"] = {"crf_weight": CRF_WEIGHT}
    (out / "training.json").write_text(json.dumps(info, indent=1, ensure_ascii=False) + "\n")
    print(f"trained on {len(sentences)} sentences in {seconds:.0f} s -> {out}")
    return 0


def _rounded(result: dict) -> dict:
    return {k: {m: round(v, 4) for m, v in d.items()} for k, d in result.items()}


if __name__ == "__main__":
    sys.exit(main())
