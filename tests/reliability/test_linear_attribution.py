"""Attribution is near-linear in the number of paragraphs: no pass scans the whole document per paragraph.

Not a timed test: the work is counted as the lines of attribution code executed (a trace restricted
to the package `marsad.annotators.attribution`), on an article of 550 short lines and the same
article ten times longer (5,500 lines). A per-paragraph scan of every sentence, mention or speaker
heard grows that count a hundredfold; linear passes grow it about tenfold. (The trace makes the
attribution some fifty times slower, hence the moderate sizes.)
"""
from __future__ import annotations

import sys
from pathlib import Path

import pytest

from marsad.annotators.attribution.analysis import attribute
from marsad.annotators.segment import segment
from marsad.document import Document
from marsad.layers import ENTITIES, PARAGRAPHS, Mention, Paragraph

PACKAGE = str(Path(attribute.__code__.co_filename).parent)
SPEAKER = "عادل الجبير"
# A short wire story broken into lines of two or three words, as pasted text often is: a named speaker,
# a quote, a claim, a denial; every line a body paragraph.
LINES = [
    "وقال وزير الخارجية", SPEAKER, "إن المملكة ستواصل", "دعم الحل السياسي.",
    "وأضاف: «نحن ملتزمون", "بأمن المنطقة واستقرارها».",
    "وأكدت الوزارة في بيان", "أن المحادثات ستستأنف", "الأسبوع المقبل.",
    "ونفى المتحدث باسم الحكومة", "التقارير عن انسحاب القوات.",
]


def article(n_lines: int) -> Document:
    lines = [LINES[k % len(LINES)] for k in range(n_lines)]
    text = "\n".join(lines)
    paragraphs, mentions, start = [], [], 0
    for line in lines:
        paragraphs.append(Paragraph(start, start + len(line), text, "body", None))
        if line == SPEAKER:                     # the tagger's finding, given: the test is about attribution
            mentions.append(Mention(start, start + len(line), text, "PER", "E1", 1.0))
        start += len(line) + 1
    doc = segment(Document(text).with_layers(**{PARAGRAPHS: paragraphs}))
    return doc.with_layers(**{ENTITIES: mentions})


def lines_executed(doc: Document) -> tuple[int, object]:
    count = 0

    def local(frame, event, arg):
        nonlocal count
        if event == "line":
            count += 1
        return local

    def calls(frame, event, arg):
        return local if frame.f_code.co_filename.startswith(PACKAGE) else None

    sys.settrace(calls)
    try:
        found = attribute(doc)
    finally:
        sys.settrace(None)
    return count, found


@pytest.mark.slow
def test_attribution_work_grows_linearly_with_paragraphs():
    small_doc, large_doc = article(50 * len(LINES)), article(500 * len(LINES))
    small, small_found = lines_executed(small_doc)
    large, large_found = lines_executed(large_doc)
    # the walk does real work on every copy of the story: quotes and claims ten times as many
    assert len(small_found.quotes) > 0 and len(small_found.claims) > 0
    quote = small_found.quotes[0]
    assert quote.text == small_doc.text[quote.start:quote.end] and quote.text.startswith("نحن ملتزمون")
    assert len(large_found.quotes) == 10 * len(small_found.quotes)
    assert len(large_found.claims) == 10 * len(small_found.claims)
    assert large < 12 * small, f"{small:,} -> {large:,} lines executed for 10x the paragraphs"


if __name__ == "__main__":                     # the counts themselves: python tests/reliability/test_linear_attribution.py
    for copies in (50, 500):
        print(copies * len(LINES), "lines:", f"{lines_executed(article(copies * len(LINES)))[0]:,}", "lines executed")
