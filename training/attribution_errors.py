"""Error analysis of who-said-what on the written-news training split (never the held-out 27).

    .venv/bin/python -m training.attribution_errors [--rules] [--show KIND] [--examples N]

Analyses the 109 training articles (with `--rules` the rule walk alone) and counts
what the analysis misses against gold, by kind: gold quotes by shape (inside quote
marks, after a colon, interview س/ج lines, over several paragraphs) found or missed;
found quotes and claims whose speaker is wrong, by what gold has (a named speaker,
an anonymous source, no span: a continuation) and what was predicted (no one, someone
else); claims missed; stances confused. `--show` prints examples of the kinds whose
name contains it.
"""
from __future__ import annotations

import argparse
import collections
import random
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
MARKS = "«»“”„\"'‘’‹›"
QA = ("س", "ج", "سؤال", "جواب")


def _context(text: str, s: int, e: int, width: int = 40) -> str:
    return (text[max(0, s - width):s] + "[[" + text[s:min(e, s + 80)] + "]]" + text[e:e + width]).replace("\n", " / ")


def quote_shape(text: str, g: dict) -> str:
    before = text[max(0, g["start"] - 3):g["start"]].strip()
    if (g.get("cue") or {}).get("text", "").strip() in QA:
        return "interview"
    if before and before[-1] in MARKS:
        return "marks, several paragraphs" if "\n" in text[g["start"]:g["end"]] else "marks"
    return "colon" if before.endswith(":") else "other"


def _who(gold_span, entity) -> str:
    return "gold none" if gold_span is None else "gold anonymous" if (entity or "").startswith("src") else "gold named"


def analyse_errors(records) -> tuple[collections.Counter, dict]:
    from training.evaluate import official_scorer
    sc = official_scorer()
    counts, examples = collections.Counter(), collections.defaultdict(list)
    for article, rec in records:
        text, gold = article.text(), article.gold()
        mentions = sc.gold_mentions(gold)
        found = dict((id(g), p) for g, p in sc.match(gold["quotes"], rec.get("quotes") or [], sc.half_overlap))
        for g in gold["quotes"]:
            shape, p = quote_shape(text, g), found.get(id(g))
            counts[f"quote {shape}: {'found' if p else 'missed'}"] += 1
            if p is None:
                examples[f"quote {shape}: missed"].append(f"{article.name} | {_context(text, g['start'], g['end'])}")
            elif not sc.resolves_to(rec, p.get("speaker"), mentions.get(g["entity"], [])):
                kind = f"quote speaker wrong: {_who(g.get('speaker'), g['entity'])}, " \
                       f"{'predicted none' if p.get('speaker') is None else 'predicted another'}"
                counts[kind] += 1
                examples[kind].append(f"{article.name} | gold {(g.get('speaker') or {}).get('text')} | predicted "
                                      f"{(p.get('speaker') or {}).get('text')} | {_context(text, g['start'], g['end'])}")
        pc = rec.get("claims") or []
        pairs = sc.match(gold["claims"], pc, lambda g, p: (p.get("cue") and sc.half_overlap(g["cue"], p["cue"]))
                         or (p.get("content") and sc.half_overlap(g["content"], p["content"])),
                         key=lambda c: c.get("cue"))
        matched = dict((id(g), p) for g, p in pairs)
        for g in gold["claims"]:
            p = matched.get(id(g))
            counts["claim: " + ("found" if p else "missed")] += 1
            if p is None:
                examples["claim: missed"].append(f"{article.name} | {g['cue']['text']} | {g['stance']} | "
                                                 f"{_context(text, g['cue']['start'], g['content']['end'])}")
                continue
            if not sc.same_stance(g["stance"], p.get("stance")):
                counts[f"stance: gold {g['stance']}, predicted {p.get('stance')}"] += 1
                examples["stance"].append(f"{article.name} | {g['cue']['text']} | gold {g['stance']} predicted "
                                          f"{p.get('stance')} | {_context(text, g['cue']['start'], g['content']['end'])}")
            spans = mentions.get(g.get("entity")) or ([g["source"]] if g.get("source") else [])
            if not (sc.resolves_to(rec, p.get("source"), spans) if spans else not p.get("source")):
                kind = f"claim source wrong: {_who(g.get('source'), g.get('entity'))}, " \
                       f"{'predicted none' if p.get('source') is None else 'predicted another'}"
                counts[kind] += 1
                examples[kind].append(f"{article.name} | gold {(g.get('source') or {}).get('text')} | predicted "
                                      f"{(p.get('source') or {}).get('text')} | "
                                      f"{_context(text, g['cue']['start'], g['cue']['end'], 60)}")
        used = {id(p) for _, p in pairs}
        for p in pc:
            if id(p) not in used:
                counts["claim: not in gold"] += 1
                examples["claim: not in gold"].append(f"{article.name} | {_context(text, p['cue']['start'], p['content']['end'])}")
    return counts, examples


def main() -> int:
    sys.path.insert(0, str(ROOT / "src"))
    from training.evaluate import default_analyse
    from training.splits import written_news
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--rules", action="store_true", help="the rule walk alone (no learned pass)")
    ap.add_argument("--show", default="")
    ap.add_argument("--examples", type=int, default=15)
    args = ap.parse_args()
    if args.rules:
        from marsad.annotators.attribution.learned import linear
        linear.models_installed = lambda folder=None: False
    analyse = default_analyse()
    articles = written_news("train")
    counts, examples = analyse_errors((a, analyse(a.text(), a.gold().get("published"))) for a in articles)
    for kind, n in sorted(counts.items()):
        print(f"{n:5d}  {kind}")
    if args.show:
        random.seed(1)
        for kind in sorted(k for k in examples if args.show in k):
            print(f"\n== {kind} ({len(examples[kind])})")
            for line in random.sample(examples[kind], min(args.examples, len(examples[kind]))):
                print("  ", line)
    return 0


if __name__ == "__main__":
    sys.exit(main())
