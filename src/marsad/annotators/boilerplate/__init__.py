"""Site chrome versus article: every non-blank line becomes a body or boilerplate paragraph.

Three sources of evidence, in this order:
1. lines learned as chrome of the article's outlet from the corpus
   (`marsad.corpus.chrome`), handed to the stage as the `OUTLET_CHROME` layer;
2. the line classifier (`model.py`) over features of the line and its place in
   the page (`features.py`), the hand rules (`rules.py`) among them;
3. chrome glued to a line the classifier keeps, split off: a share bar before its
   first words (`rules.LEADING`), a link or tag list after its last sentence (`rules.GLUED`).

Conservative by design: a line of more than `MAX_CHROME_WORDS` words is always
body, and the classifier's threshold is set so that no article line of the
training data is lost.
"""
from __future__ import annotations

from dataclasses import dataclass

from ...document import Document
from ...layers import PARAGRAPHS, Paragraph
from ...pipeline import stage
from . import rules
from .features import has_evidence, page_features
from .lines import Line, line_key, line_spans
from .model import LineModel, default_model
from .rules import leading_chrome, trailing_chrome

__all__ = ["OUTLET_CHROME", "KnownChrome", "LineDecision", "classify_lines", "line_key", "paragraphs",
           "split_paragraphs", "trailing_chrome"]

MAX_CHROME_WORDS = 40
OUTLET_CHROME = "outlet_chrome"      # layer: KnownChrome items given before the pipeline runs


@dataclass(frozen=True, slots=True)
class KnownChrome:
    """A line (by `line_key`) known to be chrome of the document's outlet, and why."""

    key: str
    reason: str


@dataclass(frozen=True, slots=True)
class LineDecision:
    start: int
    end: int
    chrome: bool
    reason: str | None
    probability: float


def classify_lines(text: str, known: dict[str, str] | None = None,
                   model: LineModel | None = None) -> list[LineDecision]:
    """A decision for every non-blank line of `text`."""
    model = model or default_model()
    spans = line_spans(text)
    lines = [Line(text[s:e]) for s, e in spans]
    gaps = [i > 0 and "\n" in text[spans[i - 1][1]:s].replace("\n", "", 1) for i, (s, _e) in enumerate(spans)]
    feats = page_features(lines, gaps)
    out: list[LineDecision] = []
    for (start, end), line, f in zip(spans, lines, feats):
        if known and line.key in known:
            out.append(LineDecision(start, end, True, known[line.key], 1.0))
            continue
        if len(line) > MAX_CHROME_WORDS or not has_evidence(f):
            out.append(LineDecision(start, end, False, None, 0.0))
            continue
        p = model.probability(f)
        fired = rules.fired(line)
        if p < model.threshold and not any(rules.is_sure(name) for name in fired):
            out.append(LineDecision(start, end, False, None, p))
            continue
        reason = next(iter(fired.values())) if fired else model.reason(f)
        if reason == "list":
            reason = out[-1].reason if out and out[-1].chrome else "read-also"
        out.append(LineDecision(start, end, True, reason, p))
    return out


def paragraphs(text: str, known: dict[str, str] | None = None, model: LineModel | None = None) -> list[Paragraph]:
    found = []
    for d in classify_lines(text, known, model):
        if d.chrome:
            found.append(Paragraph(d.start, d.end, text, "boilerplate", d.reason))
            continue
        start, end = d.start, d.end
        lead = leading_chrome(text[start:end])
        if lead is not None:
            chrome_end = start + len(text[start:start + lead[0]].rstrip())
            found.append(Paragraph(start, chrome_end, text, "boilerplate", lead[1]))
            start += lead[0]
        tail = trailing_chrome(text[start:end])
        if tail is not None:
            cut = start + tail[0]
            body_end = cut
            while text[body_end - 1].isspace():
                body_end -= 1
            found.append(Paragraph(start, body_end, text, "body", None))
            found.append(Paragraph(cut, end, text, "boilerplate", tail[1]))
            continue
        found.append(Paragraph(start, end, text, "body", None))
    return found


@stage("paragraphs", provides=[PARAGRAPHS], uses=[OUTLET_CHROME])
def split_paragraphs(doc: Document) -> Document:
    """Lines as body or boilerplate (site chrome) paragraphs."""
    known = {k.key: k.reason for k in doc.layer(OUTLET_CHROME)} or None
    return doc.with_layers(**{PARAGRAPHS: paragraphs(doc.text, known)})
