"""Text from JSON collections and feeds, cleaned once on input: stray HTML markup removed, then
HTML character references (`&quot;`, `&#8220;`, `&amp;`) decoded, once.

Scraped collections (SaudiNewsNet's JSON, RSS/Atom items, CMS exports) often carry the
page's escaping and a few tags inside their "text" fields. The record's text is the
cleaned text, so every offset indexes what a reader sees. Markup is removed before
references are decoded, so `&lt;b&gt;` written on purpose stays the text `<b>`; a
doubly escaped `&amp;quot;` becomes `&quot;` (decoded once, never twice). Plain text
files and HTML pages are not touched here: a text file is taken as it is, and HTML
pages go through trafilatura, which decodes them itself.
"""
from __future__ import annotations

import html
import re

# Only references with their semicolon: "AT&T" and "R&D" are text, not references.
_REFERENCE = re.compile(r"&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});")
_INVISIBLE = re.compile(r"<(script|style|noscript|iframe)\b[^>]*>.*?</\1\s*>", re.IGNORECASE | re.DOTALL)
_COMMENT = re.compile(r"<!--.*?-->", re.DOTALL)
_BREAK = re.compile(r"</?(?:br|p|div|li|h[1-6]|tr|blockquote)\b[^<>]*>", re.IGNORECASE)
# Tags of HTML's text and layout elements; a lone "<" or "a < b" is not one.
_TAG = re.compile(r"</?(?:a|abbr|b|big|blockquote|body|center|cite|code|dd|del|div|dl|dt|em|figcaption|figure|font|"
                  r"h[1-6]|head|hr|html|i|img|ins|label|li|mark|meta|ol|p|pre|q|s|section|small|span|strike|"
                  r"strong|sub|sup|table|tbody|td|tfoot|th|thead|tr|tt|u|ul|wbr|article|header|footer|nav|"
                  r"source|video|audio|picture|time)\b[^<>]*/?>", re.IGNORECASE)
_SPACES = re.compile(r"[ \t]*\n[ \t]*\n[ \t\n]*")


def has_markup(text: str) -> bool:
    return "&" in text and _REFERENCE.search(text) is not None or "<" in text and (
        _TAG.search(text) is not None or _COMMENT.search(text) is not None)


def clean_text(text: str) -> str:
    """`text` with stray markup removed (line-breaking tags become line breaks) and character
    references decoded once; text without either is returned unchanged (the same object)."""
    if not text or not has_markup(text):
        return text
    if "<" in text:
        text = _INVISIBLE.sub("", text)
        text = _COMMENT.sub("", text)
        text = _BREAK.sub("\n", text)
        text = _TAG.sub("", text)
        text = _SPACES.sub("\n\n", text)
    if "&" in text:
        text = _REFERENCE.sub(lambda m: html.unescape(m.group(0)), text)
    return text


def clean_line(text: str | None) -> str | None:
    """A title or name: cleaned, its white space (line breaks too) collapsed to single spaces."""
    if text is None:
        return None
    return " ".join(clean_text(text).split()) or None
