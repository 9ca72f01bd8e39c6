"""Fuzzing `marsad.analyze` (hypothesis, bounded, derandomized): Arabic words and punctuation mixed
with lone surrogates, bidi and other control characters. No input may crash the analysis, the
text keeps its length (a lone surrogate becomes U+FFFD in place), and every span in the record
slices the text it points into."""
from __future__ import annotations

import json

from hypothesis import HealthCheck, example, given, settings, strategies as st

import marsad
from marsad.record import to_record

WORDS = ["قال", "وزير", "الخارجية", "السعودي", "عادل", "الجبير", "في", "الرياض", "إن", "المملكة", "تدعم",
         "الحل", "السياسي", "اليمن", "أمس", "الخميس", "2015", "١٤٣٦", "رمضان", "مليون", "ريال", "وأضاف",
         "أن", "«", "»", '"', ":", "،", ".", "؟", "هـ", "بن", "عبدالله", "الأمم", "المتحدة", "(واس)"]
ODD = (["\ud800", "\udfff", "\udbff", "\udc00", "\u202e", "\u202d", "\u202a", "\u202b", "\u202c", "\u2066",
        "\u2067", "\u2068", "\u2069", "\u200e", "\u200f", "\u061c", "\u200b", "\u200c", "\u200d", "\ufeff",
        "\u0640", "\u064b", "\u0651", "\ufffd", "\x00", "\x01", "\x1a", "\x7f", "\x85", "\u2028", "\u2029",
        "\r", "\t", "\n", "\n\n", "\U0001F600", "\ud83d", "\ude00"]
       + [chr(c) for c in range(0x0600, 0x0700, 7)])
PIECE = st.one_of(st.sampled_from(WORDS), st.sampled_from(ODD),
                  st.text(st.characters(min_codepoint=0, max_codepoint=0x10FFFF), max_size=3))
TEXTS = st.lists(st.tuples(PIECE, st.sampled_from([" ", "", "\n", " \u202e", "\ud800 "])), max_size=60).map(
    lambda parts: "".join(p + sep for p, sep in parts))


def _spans(record: dict):
    stack = [record]
    while stack:
        node = stack.pop()
        if isinstance(node, dict):
            if node is not record and isinstance(node.get("start"), int) and isinstance(node.get("end"), int):
                yield node
            stack.extend(node.values())
        elif isinstance(node, list):
            stack.extend(node)


@settings(max_examples=200, deadline=None, derandomize=True, database=None,
          suppress_health_check=[HealthCheck.too_slow])
@given(TEXTS)
@example("\ud800")
@example("قال الجبير \u202eفي الرياض\u202c إن \udc00 المملكة «تدعم\u2067 الحل\u2069» \x00\x1a.")
def test_analyze_never_crashes_and_spans_slice_the_text(text):
    doc = marsad.analyze(text)
    assert len(doc.text) == len(text)
    assert all(a == b or (0xD800 <= ord(a) <= 0xDFFF and b == "\ufffd") for a, b in zip(text, doc.text))
    record = to_record(doc)
    json.dumps(record, ensure_ascii=False).encode("utf-8")       # writable: no lone surrogate left
    for span in _spans(record):
        assert 0 <= span["start"] <= span["end"] <= len(doc.text), span
        if "text" in span:
            assert doc.text[span["start"]:span["end"]] == span["text"], span
