"""Train the built-in NER model (`make train-ner`): a CRF on all the annotated text.

    python -m training.ner [--out DIR] [--dev] [--groups base,places,...] [--sources anercorp,news]
                           [--news-weight K] [--neural]

Data (`training.ner_data`): ANERcorp train (its tags read as the guide labels them: no
currencies, no الله) and the written-news train split on marsad's own tokens, repeated
`--news-weight` times (it is what the news marsad reads looks like, annotated to the guide);
`--sources anercorp,wikifane,news` adds WikiFANE (types mapped to the guide's labels), which
was measured and left out: in `--dev` mode it lowered the tagger on both left-out parts
(ANERcorp 0.700 -> 0.662, written-news 0.704 -> 0.689) for the same entities-stage F1 (0.840 /
0.841) and a model twice the size. Without `--dev` it trains on them (crfsuite's SGD with L2, `--algorithm lbfgs` for L-BFGS) and writes the shipped files (`ner.crfsuite`, `vocab.json.gz`,
`training.json`) to `src/marsad/models/ner/`. With `--dev` it trains without ANERcorp's
last tenth and without every fifth written-news train article, and prints the tagger's
conlleval scores on both left-out parts (and, with `--stage`, the whole entities stage's
scores on the left-out articles through score.py): every choice was made there. The
written-news held-out split, the dev set and ANERcorp test are never read here
(bench/quality.py and bench/ner.py report on them). `--neural` also trains the
BiLSTM-CRF (`training.ner_neural`, torch) and writes an ensemble (measured, not shipped:
see MODEL_CARD.md). crfsuite's trainers are deterministic (SGD shuffles with a fixed seed).
"""
from __future__ import annotations

import argparse
import gzip
import json
import sys
import time
from collections import Counter
from pathlib import Path

from marsad.annotators.entities.conll import score
from marsad.annotators.entities.features import ALL_GROUPS, GROUPS, sentence_features
from marsad.annotators.entities.model import INFO_FILE, MODEL_FILE, VOCAB_FILE, VOCAB_LABELS
from marsad.annotators.entities.neural import NEURAL_FILE
from marsad.text.normalize import fold

from . import ner_data
from .splits import ROOT

SEED = 20240
DEV_SHARE = ner_data.DEV_SHARE
ALGORITHM = "l2sgd"
# SGD leaves every feature a weight: features seen fewer than 5 times (a written-news sentence counts
# --news-weight times) are dropped, or the model is 115 MB (it is ~15 MB so).
PARAMS = {"c2": 0.01, "max_iterations": 30, "feature.possible_transitions": True, "feature.minfreq": 5}
LBFGS_PARAMS = {"c1": 0.05, "c2": 0.01, "max_iterations": 150, "feature.possible_transitions": True,
                "feature.minfreq": 1}
SOURCES = ("anercorp", "wikifane", "news")
DEFAULT_SOURCES = ("anercorp", "news")      # WikiFANE measured and left out (see above)
NEWS_WEIGHT = 3
TRAIN_FILE = "ANERCorp_CamelLab_train.txt"
CRF_WEIGHT = 0.4                  # the CRF's share in the optional ensemble with the neural tagger
ENSEMBLE_WEIGHTS = (0.3, 0.4, 0.5, 0.6)


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


def train_crf(sentences, path: Path, groups=ALL_GROUPS, params: dict | None = None, verbose: bool = False,
              algorithm: str = ALGORITHM) -> float:
    import pycrfsuite
    trainer = pycrfsuite.Trainer(algorithm=algorithm, verbose=verbose)
    for words, tags in sentences:
        trainer.append(sentence_features(words, groups), tags)
    trainer.set_params(params or PARAMS)
    start = time.time()
    trainer.train(str(path))
    return time.time() - start


def gather(sources, news_weight: int, dev: bool):
    """(training sentences, {part name: held-out sentences}, tuning articles, counts by source).
    With `dev` both dev parts are held out and scored whichever sources are trained on."""
    data, held, counts, tune_articles = [], {}, {}, []
    if "anercorp" in sources or dev:
        fit, part = ner_data.anercorp_parts()
        if dev:
            held["anercorp_dev"] = part
        else:
            fit = fit + [ner_data.to_guide(s) for s in part]
        if "anercorp" in sources:
            data += fit
            counts["anercorp"] = len(fit)
    if "wikifane" in sources:
        wiki = ner_data.wikifane()
        data += wiki
        counts["wikifane"] = len(wiki)
    if "news" in sources or dev:
        if dev:
            fit, part, tune_articles = ner_data.written_news_parts()
            held["news_tune"] = part
        else:
            fit = ner_data.written_news_train()
        if "news" in sources:
            data += fit * news_weight
            counts["news"] = len(fit)
    return data, held, tune_articles, counts


def stage_scores(folder: Path, articles) -> dict:
    """The whole entities stage with the CRF of `folder` on `articles` (score.py's entity metrics)."""
    from marsad.annotators import default_stages
    from marsad.annotators.entities import BuiltinBackend, find_entities
    from marsad.layers import CLUSTERS, ENTITIES
    from marsad.pipeline import Pipeline, Stage

    from .evaluate import score_articles
    import marsad

    backend = BuiltinBackend(str(folder))

    def run(doc):
        mentions, clusters = find_entities(doc, backend)
        return doc.with_layers(**{ENTITIES: mentions, CLUSTERS: clusters})

    stages = [Stage("entities", run, s.requires, s.provides) if s.name == "entities" else s
              for s in default_stages()]
    pipeline = Pipeline(stages)

    def analyse(text, published):
        return marsad.to_record(pipeline(marsad.Document(text, marsad.Metadata(published=published))))
    result = score_articles(articles, analyse)
    keep = ("entities", "entities.strict", "entities.by_label")
    return {k: result[k] for k in keep if k in result}


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--out", default=str(ROOT / "src" / "marsad" / "models" / "ner"))
    ap.add_argument("--dev", action="store_true", help="leave the dev parts out and score them")
    ap.add_argument("--stage", action="store_true", help="with --dev: also score the whole stage on the tuning articles")
    ap.add_argument("--groups", default=",".join(GROUPS), help=f"feature groups ({', '.join(GROUPS)})")
    ap.add_argument("--sources", default=",".join(DEFAULT_SOURCES), help=f"training sources ({', '.join(SOURCES)})")
    ap.add_argument("--news-weight", type=int, default=NEWS_WEIGHT, help="times the written-news sentences count")
    ap.add_argument("--algorithm", default=ALGORITHM, choices=("l2sgd", "lbfgs"),
                    help="crfsuite's trainer: SGD with L2 (the default; ~10x faster) or L-BFGS with L1+L2")
    ap.add_argument("--iterations", type=int, default=None, help="epochs (l2sgd) or iterations (lbfgs)")
    ap.add_argument("--c1", type=float, default=None, help="L1 (lbfgs only)")
    ap.add_argument("--c2", type=float, default=None, help="L2")
    ap.add_argument("--minfreq", type=int, default=None, help="drop features seen fewer times")
    ap.add_argument("--neural", action="store_true",
                    help="also train the BiLSTM-CRF (torch) and average it with the CRF (not shipped: see MODEL_CARD.md)")
    ap.add_argument("--threads", type=int, default=1, help="torch threads for the neural tagger")
    args = ap.parse_args(argv)
    groups = frozenset(g for g in args.groups.split(",") if g)
    sources = [s for s in args.sources.split(",") if s]
    if groups - set(GROUPS) or set(sources) - set(SOURCES):
        print(f"train-ner: error: unknown feature group or source in {args.groups!r} / {args.sources!r}",
              file=sys.stderr)
        return 2
    try:
        data, held, tune_articles, counts = gather(sources, args.news_weight, args.dev)
    except FileNotFoundError as exc:
        print(f"train-ner: error: {exc.filename or exc} not found", file=sys.stderr)
        return 2
    params = dict(PARAMS if args.algorithm == "l2sgd" else LBFGS_PARAMS)
    for key, value in (("max_iterations", args.iterations), ("c1", args.c1), ("c2", args.c2),
                       ("feature.minfreq", args.minfreq)):
        if value is not None and (key != "c1" or args.algorithm == "lbfgs"):
            params[key] = value
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    info = {"sources": counts, "news_weight": args.news_weight, "features": sorted(groups, key=GROUPS.index),
            "seed": SEED, "crfsuite_algorithm": args.algorithm, "crfsuite_params": params}
    if args.dev:
        path = out / MODEL_FILE
        info["train_seconds"] = round(train_crf(data, path, groups, params, algorithm=args.algorithm), 1)
        (out / INFO_FILE).write_text(json.dumps(info, indent=1, ensure_ascii=False) + "\n")
        write_vocabulary(data, out)
        import pycrfsuite
        tagger = pycrfsuite.Tagger()
        tagger.open(str(path))
        result = dict(info)
        for name, part in held.items():
            pred = [tagger.tag(sentence_features(w, groups)) for w, _ in part]
            result[name] = _rounded(score([t for _, t in part], pred))
        if args.stage and tune_articles:
            result["news_tune_stage"] = stage_scores(out, tune_articles)
        if args.neural:
            result.update(_neural_dev(data, held, out, args.threads, path, groups))
        print(json.dumps(result, indent=1, ensure_ascii=False))
        return 0
    info["train_seconds"] = round(train_crf(data, out / MODEL_FILE, groups, params, algorithm=args.algorithm), 1)
    write_vocabulary(data, out)
    tags = Counter(t for _, ts in data for t in ts)
    info.update({"sentences": len(data), "tokens": sum(tags.values()), "tags": dict(sorted(tags.items()))})
    if not args.neural:
        (out / NEURAL_FILE).unlink(missing_ok=True)
    else:
        from .ner_neural import PARAMS as NEURAL_PARAMS, SEED as NEURAL_SEED, train_neural
        neural_seconds = train_neural(data, out, threads=args.threads)
        info["neural"] = {"params": NEURAL_PARAMS, "seed": NEURAL_SEED, "threads": args.threads,
                          "train_seconds": round(neural_seconds, 1)}
        info["ensemble"] = {"crf_weight": CRF_WEIGHT}
    (out / INFO_FILE).write_text(json.dumps(info, indent=1, ensure_ascii=False) + "\n")
    print(f"trained on {len(data)} sentences in {info['train_seconds']:.0f} s -> {out}")
    return 0


def _neural_dev(data, held, out: Path, threads: int, path: Path, groups) -> dict:
    from marsad.annotators.entities.model import Tagger
    from marsad.annotators.entities.neural import NeuralTagger

    from .ner_neural import train_neural
    dev = held.get("anercorp_dev") or next(iter(held.values()))
    result = {"neural_train_seconds": round(train_neural(data, out, threads=threads, dev=dev), 1)}
    neural = NeuralTagger(out / NEURAL_FILE)
    for name, part in held.items():
        result[f"neural_{name}"] = _rounded(score([t for _, t in part], [neural.tag(w)[0] for w, _ in part]))
        for weight in ENSEMBLE_WEIGHTS:
            both = Tagger(path, neural=neural, crf_weight=weight, groups=groups)
            result[f"ensemble_crf_{weight}_{name}"] = _rounded(
                score([t for _, t in part], [both.tag(w)[0] for w, _ in part]))
    return result


def _rounded(result: dict) -> dict:
    return {k: {m: round(v, 4) for m, v in d.items()} for k, d in result.items()}


if __name__ == "__main__":
    sys.exit(main())
