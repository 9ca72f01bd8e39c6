"""Quality of the whole analysis, per layer and per entity label, on every evaluation set.

    .venv/bin/python bench/quality.py [--sets dev,heldout,anercorp] [--json F] [--md F]

Sets: `dev` (../shared/eval/dev, 6 documents), `heldout` (the fixed written-news
held-out split, 27 articles; see training/splits.py), `train` (the 109
written-news training articles: a fit figure, not a quality figure), `anercorp`
(ANERcorp test through the full pipeline: each sentence its own document,
predicted spans mapped onto the tokens, conlleval exact match). Scores come
from ../shared/eval/score.py's own functions.
"""
from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "src"))

from training.evaluate import METRICS, anercorp_f1, default_analyse, score_articles  # noqa: E402
from training.splits import dev, written_news  # noqa: E402

SETS = {"dev": dev, "heldout": lambda: written_news("heldout"), "train": lambda: written_news("train")}


def table(results: dict) -> str:
    names = [s for s in results if s != "anercorp"]
    lines = ["| metric | " + " | ".join(names) + " |", "|---|" + "---|" * len(names)]
    for m in METRICS:
        row = [results[s].get(m, {}).get("f1") for s in names]
        if any(v is not None for v in row):
            lines.append(f"| {m} | " + " | ".join("" if v is None else f"{v:.3f}" for v in row) + " |")
    for label in ("PER", "ORG", "LOC", "MISC"):
        row = [results[s]["entities.by_label"][label] for s in names]
        lines.append(f"| entities {label} (P/R/F1) | " + " | ".join(
            f"{v['p']:.2f}/{v['r']:.2f}/{v['f1']:.3f}" for v in row) + " |")
    if "anercorp" in results:
        a = results["anercorp"]
        lines += ["", "ANERcorp test, full pipeline, exact chunk match: "
                  f"micro P {a['micro']['p']:.3f} R {a['micro']['r']:.3f} F1 **{a['micro']['f1']:.3f}**; "
                  + ", ".join(f"{k} {a[k]['f1']:.3f}" for k in ("PER", "ORG", "LOC", "MISC") if k in a)]
    return "\n".join(lines) + "\n"


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--sets", default="dev,heldout,anercorp")
    ap.add_argument("--json", help="write all metrics here")
    ap.add_argument("--md", help="write the table here")
    args = ap.parse_args()
    analyse = default_analyse()
    results = {}
    for name in args.sets.split(","):
        start = time.perf_counter()
        if name == "anercorp":
            results[name] = anercorp_f1(analyse)
        else:
            results[name] = score_articles(SETS[name](), analyse)
        print(f"{name}: {time.perf_counter() - start:.1f} s", file=sys.stderr)
    text = table(results)
    print(text)
    if args.json:
        Path(args.json).write_text(json.dumps(results, ensure_ascii=False, indent=1) + "\n")
    if args.md:
        Path(args.md).write_text(text)
    return 0


if __name__ == "__main__":
    sys.exit(main())
