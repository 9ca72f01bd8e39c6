"""Train the built-in NER model on ANERcorp (CAMeL Lab split): `make train-ner`.

    python -m marsad.annotators.entities.train [--data ../shared/data/anercorp] [--out DIR] [--dev]

Without `--dev` it trains on the whole train split and writes the shipped files
(`ner.crfsuite`, `vocab.json.gz`, `training.json`) to `src/marsad/models/ner/`.
With `--dev` it holds out the last 10% of the train sentences (the split is
sequential, like train/test) and prints dev-part scores: every modelling choice
was made on that part. The test split is never read here (bench/ner.py reports
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

SEED = 20240
DEV_SHARE = 0.1
PARAMS = {"c1": 0.05, "c2": 0.01, "max_iterations": 250, "feature.possible_transitions": True,
          "feature.minfreq": 1}
TRAIN_FILE = "ANERCorp_CamelLab_train.txt"
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
        result = score([t for _, t in dev], pred)
        print(json.dumps({"train_seconds": round(seconds, 1), **{k: {m: round(v, 4) for m, v in d.items()}
                                                                 for k, d in result.items()}}, indent=1))
        return 0
    seconds = train_crf(sentences, out / MODEL_FILE)
    write_vocabulary(sentences, out)
    tags = Counter(t for _, ts in sentences for t in ts)
    (out / "training.json").write_text(json.dumps({
        "data": f"ANERcorp CAMeL Lab split, {TRAIN_FILE}", "sentences": len(sentences),
        "tokens": sum(tags.values()), "tags": dict(sorted(tags.items())), "seed": SEED,
        "crfsuite_params": PARAMS, "train_seconds": round(seconds, 1)}, indent=1, ensure_ascii=False) + "\n")
    print(f"trained on {len(sentences)} sentences in {seconds:.0f} s -> {out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
