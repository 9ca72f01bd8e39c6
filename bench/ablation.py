"""Per-rule ablation: what each registered rule adds on the dev set and the written-news held-out split.

    .venv/bin/python bench/ablation.py [--stage entities] [--sets dev,heldout] [--md F] [--json F]

Scores the full analysis with every rule on, then with each rule (`marsad.rules`)
switched off in turn, and prints the change of the metrics of the rule's stage
(F1; positive = the rule helps). A rule whose removal changes nothing, or helps,
on both sets is a candidate to go. `--sets dev,heldout,train` adds the 109 written-news
training articles: fair evidence for a rule written before that data existed, biased for
anything fitted to it (a model trained on them). Scores come from ../shared/eval/score.py's own
functions (training/evaluate.py).
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

from training.evaluate import default_analyse, score_articles  # noqa: E402
from training.splits import dev, written_news  # noqa: E402

# The metrics each stage's rules are judged by.
STAGE_METRICS = {
    "entities": ("entities", "entities.strict"),
    "attribution": ("quotes", "quotes.attributed", "claims", "claims.stance", "claims.source"),
    "timexes": ("timexes", "timexes.value"),
    "quantities": ("quantities", "quantities.value"),
    "boilerplate": ("boilerplate", "body"),
}
SETS = {"dev": dev, "heldout": lambda: written_news("heldout"), "train": lambda: written_news("train")}


def metrics_of(results: dict, stage: str) -> dict:
    names = STAGE_METRICS.get(stage.split(".")[0], ())
    return {(s, m): results[s].get(m, {}).get("f1", 0.0) for s in results for m in names}


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--stage", help="only the rules of this stage (e.g. entities)")
    ap.add_argument("--sets", default="dev,heldout")
    ap.add_argument("--md", help="write the table here")
    ap.add_argument("--json", help="write every figure here")
    args = ap.parse_args()

    from marsad import rules
    from marsad.annotators import default_pipeline
    default_pipeline()                      # registers every rule
    chosen = [r for r in rules.registered() if args.stage is None or r.stage.split(".")[0] == args.stage]
    if not chosen:
        print("bench/ablation.py: no registered rule" + (f" of stage {args.stage}" if args.stage else ""),
              file=sys.stderr)
        return 2
    sets = {name: SETS[name]() for name in args.sets.split(",")}
    analyse = default_analyse()

    def score_all() -> dict:
        return {name: score_articles(articles, analyse) for name, articles in sets.items()}

    start = time.perf_counter()
    base = score_all()
    rows = []
    for r in chosen:
        with rules.disabled([r.qualified]):
            off = score_all()
        before, after = metrics_of(base, r.stage), metrics_of(off, r.stage)
        rows.append({"rule": r.qualified, "lexicons": list(r.lexicons),
                     "delta": {f"{s}/{m}": round(before[(s, m)] - after[(s, m)], 4) for s, m in before},
                     "with": {f"{s}/{m}": v for (s, m), v in before.items()},
                     "without": {f"{s}/{m}": v for (s, m), v in after.items()}})
        print(f"{r.qualified:55s} " + "  ".join(f"{k} {v:+.3f}" for k, v in rows[-1]["delta"].items()),
              file=sys.stderr)

    lines = ["| rule | " + " | ".join(rows[0]["delta"]) + " | verdict |", "|---|" + "---|" * (len(rows[0]["delta"]) + 1)]
    for row in rows:
        deltas = list(row["delta"].values())
        verdict = "helps" if any(d > 0 for d in deltas) and all(d >= 0 for d in deltas) else \
            "mixed" if any(d > 0 for d in deltas) else "no gain: candidate to go"
        lines.append(f"| {row['rule']} | " + " | ".join(f"{d:+.3f}" for d in deltas) + f" | {verdict} |")
    table = "\n".join(lines) + "\n"
    print(table)
    print(f"{len(rows)} rules, {time.perf_counter() - start:.0f} s", file=sys.stderr)
    if args.md:
        Path(args.md).write_text("Change of F1 when the rule is switched off (positive: the rule helps).\n"
                                 "Command: `.venv/bin/python bench/ablation.py" +
                                 (f" --stage {args.stage}" if args.stage else "") + "`\n\n" + table)
    if args.json:
        Path(args.json).write_text(json.dumps({"base": {s: v for s, v in base.items()}, "rules": rows},
                                              ensure_ascii=False, indent=1) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
