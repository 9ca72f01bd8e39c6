"""Who said what, per component: the learned pass beside the rule walk alone, on the dev set and the held-out split.

    .venv/bin/python bench/attribution.py [--sets dev,heldout] [--md F] [--json F]

For each set: the official scores (quotes, attributed quotes, claims, stance, source;
../shared/eval/score.py's own functions), then per component on the statements
that match gold: claim cues (precision, recall), claim content (the share of
matched claims whose content overlaps gold's by half, and exactly), speaker/source
link accuracy (matched quotes and claims whose speaker resolves to gold's entity)
and the stance confusion (gold rows, predicted columns; confirm as assert). The
same for the rule walk alone (`learned` off), and the attribution time per article
(CPU seconds, with the machine's load average beside it).
"""
from __future__ import annotations

import argparse
import json
import sys
import time
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "src"))

from bench.machine_info import load_average  # noqa: E402
from training.evaluate import official_scorer, score_records  # noqa: E402
from training.splits import dev, written_news  # noqa: E402

SETS = {"dev": dev, "heldout": lambda: written_news("heldout")}
METRICS = ("quotes", "quotes.attributed", "claims", "claims.stance", "claims.source")
STANCES = ("assert", "deny", "estimate", "doubt", "warn", "demand", "promise", "accuse")


def _analyse(articles, learned: bool):
    from marsad.annotators import default_stages
    from marsad.annotators.attribution.analysis import walk_document
    from marsad.annotators.attribution.learned.assemble import decide, extract
    from marsad.document import Document, Metadata
    from marsad.layers import CLAIMS, QUOTES
    from marsad.pipeline import Pipeline
    from marsad.record import to_record
    before = Pipeline([s for s in default_stages() if s.name not in ("quotes", "claims")])
    out, seconds = [], 0.0
    for a in articles:
        published = a.gold().get("published")
        doc = before(Document(a.text(), Metadata(published=published, published_source="given" if published else None)))
        start = time.process_time()
        walked = walk_document(doc)
        quotes, claims = decide(extract(walked.walks)) if learned else (walked.quotes, walked.claims)
        seconds += time.process_time() - start
        out.append((a, to_record(doc.with_layers(**{QUOTES: quotes, CLAIMS: claims}))))
    return out, seconds / max(1, len(articles))


def components(pairs) -> dict:
    sc = official_scorer()
    cue = Counter()
    content = Counter()
    link = Counter()
    confusion = {g: Counter() for g in STANCES}
    for article, rec in pairs:
        gold = article.gold()
        mentions = sc.gold_mentions(gold)
        pc = rec.get("claims") or []
        cue_pairs = sc.match(gold["claims"], pc, lambda g, p: sc.half_overlap(g["cue"], p["cue"]),
                             key=lambda c: c.get("cue"))
        cue.update(tp=len(cue_pairs), pred=len(pc), gold=len(gold["claims"]))
        pairs_ = sc.match(gold["claims"], pc, lambda g, p: sc.half_overlap(g["cue"], p["cue"])
                          or sc.half_overlap(g["content"], p["content"]), key=lambda c: c.get("cue"))
        for g, p in pairs_:
            content["matched"] += 1
            content["half"] += sc.half_overlap(g["content"], p["content"])
            content["exact"] += (g["content"]["start"], g["content"]["end"]) == (p["content"]["start"], p["content"]["end"])
            spans = mentions.get(g.get("entity")) or ([g["source"]] if g.get("source") else [])
            link["claims"] += 1
            link["claims_right"] += sc.resolves_to(rec, p.get("source"), spans) if spans else not p.get("source")
            gs, ps = sc.STANCE.get(g["stance"], g["stance"]), sc.STANCE.get(p.get("stance"), p.get("stance"))
            confusion[gs][ps] += 1
        for g, p in sc.match(gold["quotes"], rec.get("quotes") or [], sc.half_overlap):
            link["quotes"] += 1
            link["quotes_right"] += sc.resolves_to(rec, p.get("speaker"), mentions.get(g["entity"], []))
    p = cue["tp"] / max(1, cue["pred"])
    r = cue["tp"] / max(1, cue["gold"])
    return {"cue": {"p": round(p, 3), "r": round(r, 3), "f1": round(2 * p * r / (p + r) if p + r else 0, 3)},
            "content": {"half": round(content["half"] / max(1, content["matched"]), 3),
                        "exact": round(content["exact"] / max(1, content["matched"]), 3)},
            "speaker_link": {"quotes": round(link["quotes_right"] / max(1, link["quotes"]), 3),
                             "claims": round(link["claims_right"] / max(1, link["claims"]), 3)},
            "stance_confusion": {g: dict(c) for g, c in confusion.items() if c}}


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--sets", default="dev,heldout")
    ap.add_argument("--md")
    ap.add_argument("--json")
    args = ap.parse_args()
    results = {}
    for name in args.sets.split(","):
        articles = SETS[name]()
        timed = {}
        for mode in ("rules", "learned", "rules", "learned"):        # the second round with warm word caches
            timed.setdefault(mode, []).append(_analyse(articles, mode == "learned"))
        for mode in ("rules", "learned"):
            pairs = timed[mode][-1][0]
            per_article = min(t for _, t in timed[mode])
            scores = score_records(pairs)
            results[f"{name}/{mode}"] = {"scores": {m: scores[m] for m in METRICS}, "components": components(pairs),
                                         "cpu_seconds_per_article": round(per_article, 4)}
    lines = [f"load average {load_average():.1f}", "", "| set | " + " | ".join(METRICS)
             + " | cue P/R | content half/exact | speaker link quotes/claims | CPU s/article |",
             "|---|" + "---|" * (len(METRICS) + 4)]
    for key, r in results.items():
        c = r["components"]
        lines.append(f"| {key} | " + " | ".join(f"{r['scores'][m]['f1']:.3f}" for m in METRICS)
                     + f" | {c['cue']['p']:.3f}/{c['cue']['r']:.3f} | {c['content']['half']:.3f}/{c['content']['exact']:.3f}"
                     + f" | {c['speaker_link']['quotes']:.3f}/{c['speaker_link']['claims']:.3f}"
                     + f" | {r['cpu_seconds_per_article']:.3f} |")
    for key, r in results.items():
        if not key.endswith("/learned"):
            continue
        lines += ["", f"Stance confusion, {key} (gold rows, predicted columns):", "",
                  "| gold \\ predicted | " + " | ".join(STANCES) + " |", "|---|" + "---|" * len(STANCES)]
        conf = r["components"]["stance_confusion"]
        for g in STANCES:
            if g in conf:
                lines.append(f"| {g} | " + " | ".join(str(conf[g].get(p, "")) for p in STANCES) + " |")
    text = "\n".join(lines) + "\n"
    print(text)
    if args.md:
        Path(args.md).write_text(text)
    if args.json:
        Path(args.json).write_text(json.dumps(results, ensure_ascii=False, indent=1) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
