"""Attribution time on SaudiNewsNet articles: the rule walk alone and with the learned pass.

    .venv/bin/python bench/attribution_speed.py [--articles 200] [--rounds 3]

Analyses N random articles of one SaudiNewsNet day (seed 7) up to the attribution
stage once, then times attribution alone (CPU seconds, the minimum over rounds;
person descriptions recomputed each round), rules only and learned, alternating.
Prints the load average beside the figures: the machine may be shared.
"""
from __future__ import annotations

import argparse
import json
import random
import sys
import time
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "src"))

from bench.machine_info import cpu_model, load_average  # noqa: E402
from training.splits import SHARED  # noqa: E402


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--articles", type=int, default=200)
    ap.add_argument("--rounds", type=int, default=3)
    args = ap.parse_args()
    from marsad.annotators import default_stages
    from marsad.annotators.attribution import analysis
    from marsad.annotators.attribution.learned import linear
    from marsad.document import Document, Metadata
    from marsad.pipeline import Pipeline
    day = zipfile.ZipFile(SHARED / "data" / "saudinewsnet" / "2015-07-21.zip")
    items = json.loads(day.read(day.namelist()[0]))
    random.seed(7)
    texts = [d["content"] for d in random.sample(items, args.articles)]
    before = Pipeline([s for s in default_stages() if s.name not in ("quotes", "claims")])
    docs = [before(Document(t, Metadata(published="2015-07-21"))) for t in texts]
    installed = linear.models_installed
    best = {"rules": float("inf"), "learned": float("inf")}
    for _ in range(args.rounds):
        for mode in best:
            linear.models_installed = installed if mode == "learned" else (lambda folder=None: False)
            for d in docs:
                d._cache.pop("entities.descriptions", None)
            start = time.process_time()
            for d in docs:
                analysis.attribute(d)
            best[mode] = min(best[mode], time.process_time() - start)
    linear.models_installed = installed
    print(f"{args.articles} SaudiNewsNet articles, attribution CPU s (min of {args.rounds} rounds): "
          + ", ".join(f"{k} {v:.2f}" for k, v in best.items())
          + f"; {cpu_model()}, load average {load_average():.1f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
