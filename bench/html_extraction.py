#!/usr/bin/env python3
"""HTML main-text extraction: marsad's input stage against the tools users would pick instead.

Scores, on the scrapinghub article-extraction benchmark (181 pages, ../shared/data/
html-extraction/scrapinghub), the article-body shingle metric of that benchmark
(4-token shingles, per-page normalised, precision and recall averaged over pages)
for:
  - marsad's extraction (trafilatura with marsad's settings, the title kept as the first line),
  - the same without the title line (what the benchmark's ground truth holds),
  - trafilatura.extract with its defaults,
  - jusText (English stoplist), and the page's whole visible text (lxml) as a floor,
with pages/s for each, in one run. Then checks the two Arabic pages' expectations.

    .venv/bin/python bench/html_extraction.py [--shared ../shared] [--out bench/results/html.md]
"""
from __future__ import annotations

import argparse
import gzip
import json
import platform
import re
import statistics
import sys
import time
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

_WORD = re.compile(r"\w+")


def shingles(text: str, n: int = 4) -> Counter:
    tokens = _WORD.findall(text or "")
    return Counter(tuple(tokens[i:i + n]) for i in range(max(1, len(tokens) - n + 1)) if tokens[i:i + n])


def page_scores(truth: str, pred: str) -> tuple[float, float]:
    """(precision, recall) of one page over shingle counts; pages with nothing on a side count as in the benchmark."""
    t, p = shingles(truth), shingles(pred)
    tp = sum((t & p).values())
    fp = sum((p - t).values())
    fn = sum((t - p).values())
    precision = 1.0 if fp == fn == 0 else (0.0 if tp == fp == 0 else tp / (tp + fp))
    recall = 1.0 if fp == fn == 0 else (0.0 if tp == fn == 0 else tp / (tp + fn))
    return precision, recall


def marsad_text(html: bytes) -> str:
    from marsad.errors import InputError
    from marsad.input.html import extract_html
    try:
        return extract_html(html).text
    except InputError:
        return ""


def marsad_body(html: bytes) -> str:
    from marsad.errors import InputError
    from marsad.input.html import extract_html
    try:
        page = extract_html(html)
    except InputError:
        return ""
    if page.title and page.text.startswith(page.title + "\n\n"):
        return page.text[len(page.title) + 2:]
    return page.text


def trafilatura_default(html: bytes) -> str:
    import trafilatura
    return trafilatura.extract(html) or ""


def justext_text(html: bytes) -> str:
    import justext
    paragraphs = justext.justext(html, justext.get_stoplist("English"))
    return "\n".join(p.text for p in paragraphs if not p.is_boilerplate)


def whole_text(html: bytes) -> str:
    import lxml.html
    try:
        tree = lxml.html.fromstring(html)
    except Exception:
        return ""
    for bad in tree.xpath("//script|//style|//noscript"):
        bad.drop_tree()
    return tree.text_content()


SYSTEMS = {
    "marsad (title + body)": marsad_text,
    "marsad body only": marsad_body,
    "trafilatura.extract defaults": trafilatura_default,
    "jusText": justext_text,
    "all visible text": whole_text,
}


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--shared", default=str(ROOT.parent / "shared"))
    ap.add_argument("--out", default=str(ROOT / "bench" / "results" / "html.md"))
    args = ap.parse_args()
    import logging
    logging.disable(logging.WARNING)
    import warnings
    warnings.simplefilter("ignore")

    folder = Path(args.shared) / "data" / "html-extraction" / "scrapinghub"
    truth = json.loads((folder / "ground-truth.json").read_text(encoding="utf-8"))
    pages = {key: gzip.decompress((folder / "html" / f"{key}.html.gz").read_bytes()) for key in truth}
    lines = [f"# HTML extraction on the scrapinghub benchmark ({len(pages)} pages)", "",
             f"machine: {platform.machine()}, {platform.processor() or '?'}, Python {platform.python_version()}; "
             "metric: 4-token shingles per page, precision/recall averaged over pages (the benchmark's definition); "
             "published figure for trafilatura: F1 0.958.", "",
             "| system | precision | recall | F1 | pages/s |", "|---|---|---|---|---|"]
    for name, extract in SYSTEMS.items():
        precisions, recalls = [], []
        extract(next(iter(pages.values())))          # warm up: imports and caches are not per-page cost
        start = time.perf_counter()
        outputs = {key: extract(html) for key, html in pages.items()}
        seconds = time.perf_counter() - start
        for key, item in truth.items():
            p, r = page_scores(item.get("articleBody", ""), outputs[key])
            precisions.append(p)
            recalls.append(r)
        p, r = statistics.mean(precisions), statistics.mean(recalls)
        f1 = 2 * p * r / (p + r) if p + r else 0.0
        lines.append(f"| {name} | {p:.3f} | {r:.3f} | {f1:.3f} | {len(pages) / seconds:.1f} |")
        print(lines[-1], flush=True)

    lines += ["", "## Arabic pages", ""]
    arabic = Path(args.shared) / "data" / "html-extraction" / "arabic"
    cnn = arabic / "cnn_arabic_2013"
    expected = (cnn / "expected_text.txt").read_text(encoding="utf-8")
    got = marsad_body((cnn / "source.html").read_bytes())
    p, r = page_scores(expected, got)
    lines.append(f"- cnn_arabic_2013 against newspaper4k's expected text: precision {p:.3f}, recall {r:.3f}")
    spec = json.loads((arabic / "assabah_tn" / "expected_snippets.json").read_text(encoding="utf-8"))
    text = marsad_text((arabic / "assabah_tn" / "source.html").read_bytes())
    kept = sum(s in text for s in spec["with"])
    dropped = sum(s not in text for s in spec["without"])
    lines.append(f"- assabah_tn: {kept}/{len(spec['with'])} must-include snippets kept, "
                 f"{dropped}/{len(spec['without'])} must-exclude snippets dropped")
    print("\n".join(lines[-3:]))
    Path(args.out).write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"written to {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
