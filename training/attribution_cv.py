"""End-to-end cross-validation of the learned attribution on the written-news training split.

    .venv/bin/python -m training.attribution_cv [--folds 5]

Each fold's articles are analysed with models fitted on the other folds only
(penalties and thresholds as in `models/attribution/training.json`), and scored
with the official scorer's functions: an estimate of the shipped components on
unseen articles, computed without the dev set or the held-out split. Prints the
rule walk's own figures on the same articles beside them.
"""
from __future__ import annotations

import argparse
import json
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
METRICS = ("quotes", "quotes.attributed", "claims", "claims.stance", "claims.source")


def main() -> int:
    sys.path.insert(0, str(ROOT / "src"))
    from marsad.annotators.attribution.learned.assemble import decide
    from marsad.layers import CLAIMS, QUOTES
    from marsad.record import to_record
    from training.attribution_data import Instances, instances
    from training.attribution_train import fit_all, folds_of
    from training.evaluate import score_records
    from training.splits import written_news
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--folds", type=int, default=5)
    ap.add_argument("--models", default=str(ROOT / "src" / "marsad" / "models" / "attribution"))
    args = ap.parse_args()
    report = json.loads((Path(args.models) / "training.json").read_text())
    penalties = {"quotes": (report["quotes"]["penalty"], report["quotes"]["threshold"]),
                 "cues": (report["cues"]["penalty"], report["cues"]["threshold"]),
                 "speakers": report["speakers"]["penalty"], "stance": report["stance"]["penalty"]}
    articles = written_news("train")
    data = instances(articles, keep=True)
    names = [a.name for a in articles]
    fold = dict(zip(names, folds_of(names, args.folds)))
    learned, rules = [], []
    for f in range(args.folds):
        part = Instances(*[[x for x in getattr(data, k) if fold[x[0]] != f] for k in ("quotes", "cues", "speakers", "stance")])
        models = fit_all(part, penalties)
        with tempfile.TemporaryDirectory() as folder:
            for name, model in models.items():
                (Path(folder) / f"{name}.json").write_text(json.dumps(model))
            from marsad.annotators.attribution.learned import linear
            linear.load.cache_clear()
            for a in articles:
                if fold[a.name] != f:
                    continue
                doc, ex = data.analyses[a.name]
                quotes, claims = decide(ex, folder)
                learned.append((a, to_record(doc.with_layers(**{QUOTES: quotes, CLAIMS: claims}))))
                walk_quotes = [q for w in ex.walks[:1] for q in w.out.quotes]
                walk_claims = [c for w in ex.walks[:1] for c in w.out.claims]
                rules.append((a, to_record(doc.with_layers(**{QUOTES: walk_quotes, CLAIMS: walk_claims}))))
            linear.load.cache_clear()
    mine, base = score_records(learned), score_records(rules)
    print("| metric | rules | learned (5-fold CV) |\n|---|---|---|")
    for m in METRICS:
        print(f"| {m} | {base[m]['f1']:.3f} | {mine[m]['f1']:.3f} (P {mine[m]['p']:.3f} R {mine[m]['r']:.3f}) |")
    return 0


if __name__ == "__main__":
    sys.exit(main())
