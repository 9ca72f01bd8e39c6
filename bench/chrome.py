#!/usr/bin/env python3
"""Site chrome: the line classifier and per-outlet learning, measured.

    .venv/bin/python bench/chrome.py [--md bench/results/chrome.md] [--holdout 0.2]

1. Character-level chrome P/R/F1 and body precision (as ../shared/eval/score.py counts
   them: non-space characters) of the chrome stage alone on the dev set and on the
   written-news held-out split (training/splits.py), and on the training split by
   5-fold cross-validation when `--cv` is given (training/boilerplate.py's figure).
2. Per-outlet learning on SaudiNewsNet (../shared/data/saudinewsnet/*.zip, zips in
   date order): for every outlet, its articles in that order; the first part
   (1 - holdout) is counted as `ingest` counts it (`corpus.chrome.OutletChrome`), the
   last part is held out and marked with what was learned. SaudiNewsNet has no gold
   chrome, so what is reported there is what learning adds: lines the classifier marks
   alone, lines learning marks besides, and the learned lines themselves (the reader
   judges them: bench/results/chrome.md lists them all).
3. The dev articles that come from SaudiNewsNet (snn*), marked with the chrome learned
   from every other SaudiNewsNet article of their outlet: gold P/R/F1 with learning.
"""
from __future__ import annotations

import argparse
import glob
import sqlite3
import sys
import time
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "src"))

from marsad.annotators.boilerplate import classify_lines, line_key  # noqa: E402
from marsad.corpus import chrome  # noqa: E402
from marsad.corpus.sources import iter_items  # noqa: E402
from marsad.store.schema import CHROME_TABLES  # noqa: E402
from training.boilerplate import Page, char_scores  # noqa: E402
from training.splits import SHARED, dev, written_news  # noqa: E402

SNN = SHARED / "data" / "saudinewsnet"
MIN_OUTLET = 100          # outlets with fewer articles are left out of part 2


def chrome_ranges(text: str, known: dict[str, str] | None = None) -> list[tuple[int, int]]:
    from marsad.annotators.boilerplate import paragraphs
    return [(p.start, p.end) for p in paragraphs(text, known) if p.kind == "boilerplate"]


def gold_pages(articles) -> list[Page]:
    return [Page(a.name, a.text(), [(b["start"], b["end"]) for b in a.gold()["boilerplate"]]) for a in articles]


def fmt(s: dict) -> str:
    return f"P {s['p']:.3f} R {s['r']:.3f} F1 **{s['f1']:.3f}**, body P {s['body_p']:.4f}"


def snn_articles() -> dict[str, list]:
    by_outlet: dict[str, list] = defaultdict(list)
    for item in iter_items(sorted(glob.glob(str(SNN / "*.zip")))):
        if item.error or item.document is None or not item.source:
            continue
        by_outlet[item.source].append(item.document)
    return by_outlet


def learner(docs) -> chrome.OutletChrome:
    conn = sqlite3.connect(":memory:", isolation_level=None)
    conn.executescript(CHROME_TABLES)
    out = chrome.OutletChrome(lambda: conn)
    for i, doc in enumerate(docs):
        out.see(doc.meta.site, doc, i)
        out.stored({i: True})
    return out


def per_outlet(by_outlet: dict[str, list], holdout: float) -> tuple[list[dict], dict[str, list]]:
    rows, learned_lines = [], {}
    for outlet, docs in sorted(by_outlet.items()):
        if len(docs) < MIN_OUTLET:
            continue
        cut = int(len(docs) * (1 - holdout))
        model = learner(docs[:cut])
        conn = model.connect()
        learned_lines[outlet] = chrome.learned(conn, outlet)
        alone = added = lines = 0
        for doc in docs[cut:]:
            known = {k.key: k.reason for k in model.known(outlet, doc.text)}
            base = classify_lines(doc.text)
            marked = {(d.start, d.end) for d in base if d.chrome}
            learned = {(d.start, d.end) for d in classify_lines(doc.text, known) if d.chrome} if known else marked
            lines += len(base)
            alone += len(marked)
            added += len(learned - marked)
        rows.append({"outlet": outlet, "train": cut, "held": len(docs) - cut, "learned": len(learned_lines[outlet]),
                     "lines": lines, "classifier": alone, "added": added})
    return rows, learned_lines


def dev_with_learning(by_outlet: dict[str, list]) -> dict:
    pages, decisions = [], {}
    for a in dev():
        page = gold_pages([a])[0]
        pages.append(page)
        outlet = a.name.split("-", 1)[1] if a.name.startswith("snn") else None
        if outlet not in by_outlet:
            decisions[a.name] = chrome_ranges(page.text)
            continue
        key = line_key(page.text.strip().split("\n", 1)[0])
        others = [d for d in by_outlet[outlet] if line_key(d.text.strip().split("\n", 1)[0]) != key]
        model = learner(others)
        known = {k.key: k.reason for k in model.known(outlet, page.text)}
        decisions[a.name] = chrome_ranges(page.text, known or None)
    return char_scores(pages, lambda p: decisions[p.name])


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--md", help="write the report here")
    ap.add_argument("--holdout", type=float, default=0.2, help="share of each outlet's last articles held out")
    args = ap.parse_args()
    started = time.perf_counter()
    out = ["# Site chrome: the line classifier and per-outlet learning", "",
           "Made by `.venv/bin/python bench/chrome.py --md bench/results/chrome.md`. Character-level "
           "(non-space characters, as ../shared/eval/score.py counts), chrome stage alone.", ""]
    sets = {"dev (6 articles)": gold_pages(dev()),
            "written-news held-out (27 articles)": gold_pages(written_news("heldout"))}
    out += ["## The line classifier", "", "| set | chrome P | R | F1 | body P |", "|---|---|---|---|---|"]
    for name, pages in sets.items():
        s = char_scores(pages, lambda p: chrome_ranges(p.text))
        out.append(f"| {name} | {s['p']:.3f} | {s['r']:.3f} | {s['f1']:.3f} | {s['body_p']:.4f} |")
        print(f"{name}: {fmt(s)}", file=sys.stderr)
    by_outlet = snn_articles()
    s = dev_with_learning(by_outlet)
    out += ["", f"Dev with per-outlet learning (each snn* dev article marked with the chrome learned from every "
            f"other SaudiNewsNet article of its outlet, copies of it by headline left out): {fmt(s)}.", ""]
    print(f"dev with learning: {fmt(s)}", file=sys.stderr)
    rows, learned_lines = per_outlet(by_outlet, args.holdout)
    out += ["## Per-outlet learning on SaudiNewsNet", "",
            f"Each outlet's articles in date order; the first {1 - args.holdout:.0%} counted as `marsad ingest` "
            f"counts them (a line is learned at {chrome.MIN_ARTICLES} distinct articles, if `corpus.chrome.learnable`), "
            f"the last {args.holdout:.0%} held out and marked. SaudiNewsNet has no gold chrome: the table says "
            "what learning adds to the classifier on the held-out articles; the learned lines are all listed below "
            "for the reader to judge.", "",
            "| outlet | counted | held out | lines learned | held-out lines | marked by the classifier | "
            "added by learning |", "|---|---|---|---|---|---|---|"]
    for r in rows:
        out.append(f"| {r['outlet']} | {r['train']:,} | {r['held']:,} | {r['learned']} | {r['lines']:,} | "
                   f"{r['classifier']:,} | {r['added']:,} |")
    out += ["", "### Lines learned (articles they recur in, the line as first seen)", ""]
    for outlet, found in learned_lines.items():
        if not found:
            continue
        out.append(f"- **{outlet}**: " + "; ".join(f"{f.articles}× `{f.example[:90]}`" for f in found[:40])
                   + (f"; … {len(found) - 40} more" if len(found) > 40 else ""))
    out += ["", f"({time.perf_counter() - started:.0f} s)", ""]
    text = "\n".join(out)
    if args.md:
        Path(args.md).write_text(text, encoding="utf-8")
    print(text)
    return 0


if __name__ == "__main__":
    sys.exit(main())
