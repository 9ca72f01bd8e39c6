"""HTML pages to article text and metadata, through trafilatura.

trafilatura finds the main text (and drops navigation, comments and footers);
marsad keeps the page title as the first line, as news sites print it, so that
the headline is analysed with the body. Offsets then index this extracted text.
"""
from __future__ import annotations

import logging
import re
import warnings
from dataclasses import dataclass

from ..errors import InputError

_HTML_START = re.compile(rb"^\s*(?:<\?xml[^>]*>\s*)?(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html|head|body|meta|title)\b",
                         re.IGNORECASE | re.DOTALL)
HTML_SUFFIXES = (".html", ".htm", ".xhtml", ".shtml", ".php", ".aspx")


@dataclass(frozen=True)
class Extracted:
    text: str
    title: str | None
    author: str | None
    date: str | None
    site: str | None
    url: str | None


def looks_like_html(data: bytes, name: str | None = None) -> bool:
    if name and name.lower().endswith(HTML_SUFFIXES):
        return True
    head = data[:2048].lstrip(b"\xef\xbb\xbf")
    return bool(_HTML_START.match(head))


def extract_html(data: bytes | str) -> Extracted:
    import trafilatura  # imports lxml_html_clean; kept local so plain text never pays for it

    logging.getLogger("trafilatura").setLevel(logging.ERROR)
    logging.getLogger("htmldate").setLevel(logging.ERROR)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        found = trafilatura.bare_extraction(data, with_metadata=True, include_comments=False,
                                            include_tables=True, deduplicate=False)
    text = (getattr(found, "text", None) or "").strip() if found is not None else ""
    if not text:
        raise InputError("no article text found in the HTML page")
    title = (found.title or "").strip() or None
    if title and not text.startswith(title):
        text = f"{title}\n\n{text}"
    return Extracted(text=text, title=title, author=found.author or None, date=found.date or None,
                     site=found.sitename or found.hostname or None, url=found.url or None)
