"""Site chrome versus article: every non-blank line becomes a body or boilerplate paragraph.

Conservative by design: a line is boilerplate only when it is exactly a chrome
phrase, a short line opening with a chrome prefix, or made of share/social
vocabulary alone. Anything else, however short, stays body.
"""
from __future__ import annotations

import re
from functools import lru_cache

from ..document import Document
from ..layers import PARAGRAPHS, Paragraph
from ..lexicons import boilerplate as lex
from ..pipeline import stage
from ..text.normalize import fold

_PUNCT = re.compile(r"[^\w\s©]+", re.UNICODE)
_SPACE = re.compile(r"\s+")
_LINE = re.compile(r"[^\n]+")
# No chrome rule accepts a line of more words than this (see the lexicon's limits).
_MAX_CHROME_SPACES = 2 * max(max(lex.PREFIX_LINE_MAX_WORDS.values()), lex.PREFIX_LINE_MAX_WORDS_DEFAULT)


def line_key(line: str) -> str:
    """A line reduced for matching: folded letters, lower case, punctuation dropped."""
    return _SPACE.sub(" ", _PUNCT.sub(" ", fold(line).lower())).strip()


@lru_cache(maxsize=1)
def _rules():
    whole = {line_key(p): reason for reason, phrases in lex.WHOLE_LINES.items() for p in phrases}
    prefixes = sorted(((line_key(p), reason) for reason, ps in lex.LINE_PREFIXES.items() for p in ps),
                      key=lambda x: -len(x[0]))
    words = {line_key(w) for w in lex.CHROME_WORDS}
    anchors = {line_key(w) for w in lex.CHROME_ANCHORS}
    contact = [re.compile(p, re.IGNORECASE) for p in lex.CONTACT_PATTERNS]
    crumbs = re.compile("[" + re.escape(lex.BREADCRUMB_SEPARATORS) + "]")
    return whole, prefixes, words, anchors, contact, crumbs


@lru_cache(maxsize=1)
def _trailing_rules():
    markers = [(line_key(m), reason, limit) for reason, (ms, limit) in lex.TRAILING_MARKERS.items() for m in ms]
    return markers, re.compile(lex.TRAILING_MORE, re.IGNORECASE)


_SENTENCE_END = re.compile(r"[.!?\u061F\u2026]+[\"'”»’)\]]*\s+")
_TAG_PUNCT = re.compile(r"[^\w\s،,]")


def trailing_chrome(line: str) -> tuple[int, str] | None:
    """(offset in `line`, reason) where chrome glued to the end of an article line
    begins (`... سائقا بفريقنا”. رابط الخبر بصحيفة الوئام: ...`), or None."""
    markers, more = _trailing_rules()
    m = more.search(line)
    if m and m.start() > 0:
        return m.start() + len(m.group()) - len(m.group().lstrip()), "read-also"
    for end in _SENTENCE_END.finditer(line):
        rest = line[end.end():]
        key = line_key(rest)
        for marker, reason, limit in markers:
            if key == marker or key.startswith(marker + " "):
                if len(key.split()) > limit or (reason == "tags" and _TAG_PUNCT.search(rest)):
                    continue
                return end.end(), reason
    return None


def chrome_reason(line: str) -> str | None:
    """Why `line` is site chrome, or None when it may be article text."""
    if line.count(" ") > _MAX_CHROME_SPACES:
        return None             # longer than any chrome rule allows: skip the folding
    whole, prefixes, words, anchors, contact, crumbs = _rules()
    key = line_key(line)
    raw = line.strip()
    if not key:
        # Punctuation-only lines (separators such as *** or //) are left to the body.
        return "copyright" if raw.startswith("©") else None
    if key in whole:
        return whole[key]
    tokens = key.split()
    for prefix, reason in prefixes:
        if key == prefix or key.startswith(prefix + " "):
            if len(tokens) <= lex.PREFIX_LINE_MAX_WORDS.get(reason, lex.PREFIX_LINE_MAX_WORDS_DEFAULT):
                return reason
    if raw.startswith("©") and len(tokens) <= lex.PREFIX_LINE_MAX_WORDS_DEFAULT:
        return "copyright"
    if len(tokens) <= 12 and all(t in words for t in tokens) and any(t in anchors for t in tokens):
        return "share"
    if len(tokens) <= 12 and any(p.search(key) for p in contact):
        return "contact"
    if _is_breadcrumb(raw, crumbs):
        return "navigation"
    return None


def _is_breadcrumb(raw: str, separators: re.Pattern) -> bool:
    """Short segments joined by | › > with no sentence in them: a navigation trail."""
    if any(c.isdigit() for c in raw) or raw.rstrip().endswith((".", ":")):
        return False
    segments = [line_key(s) for s in separators.split(raw)]
    if len(segments) < 2 or any(not s for s in segments):
        return False
    if any(len(s.split()) > lex.BREADCRUMB_MAX_SEGMENT_WORDS for s in segments):
        return False
    home = {line_key(h) for h in lex.BREADCRUMB_HOME}
    return segments[0] in home or len(segments) >= lex.BREADCRUMB_MIN_SEGMENTS and raw.count(" ") <= 16


def paragraphs(text: str) -> list[Paragraph]:
    found = []
    for m in _LINE.finditer(text):
        start, end = m.start(), m.end()
        while start < end and text[start].isspace():
            start += 1
        while end > start and text[end - 1].isspace():
            end -= 1
        if start == end:
            continue
        reason = chrome_reason(text[start:end])
        if reason is None:
            tail = trailing_chrome(text[start:end])
            if tail is not None:
                cut = start + tail[0]
                body_end = cut
                while text[body_end - 1].isspace():
                    body_end -= 1
                found.append(Paragraph(start, body_end, text, "body", None))
                found.append(Paragraph(cut, end, text, "boilerplate", tail[1]))
                continue
        found.append(Paragraph(start, end, text, "boilerplate" if reason else "body", reason))
    return found


@stage("paragraphs", provides=[PARAGRAPHS])
def split_paragraphs(doc: Document) -> Document:
    """Lines as body or boilerplate (site chrome) paragraphs."""
    return doc.with_layers(**{PARAGRAPHS: paragraphs(doc.text)})
