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


def _lift_depth_limit() -> None:
    """trafilatura's lxml parser with `huge_tree`: libxml2 otherwise stops at 256 nested elements
    and the article under them is lost. The input is already within --max-bytes."""
    import trafilatura.utils as utils
    from lxml.html import HTMLParser
    if not getattr(utils.HTML_PARSER, "_marsad_huge", False):
        parser = HTMLParser(collect_ids=False, default_doctype=False, encoding="utf-8", remove_comments=True,
                            remove_pis=True, huge_tree=True)
        parser._marsad_huge = True
        utils.HTML_PARSER = parser


def extract_html(data: bytes | str) -> Extracted:
    import trafilatura  # imports lxml_html_clean; kept local so plain text never pays for it

    _lift_depth_limit()
    logging.getLogger("trafilatura").setLevel(logging.ERROR)
    logging.getLogger("htmldate").setLevel(logging.ERROR)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        try:
            found = trafilatura.bare_extraction(data, with_metadata=True, include_comments=False,
                                                include_tables=True, deduplicate=False)
        except RecursionError:          # nested deeper than the extractor's recursion goes
            raise InputError("the HTML page is nested too deeply to read") from None
    text = (getattr(found, "text", None) or "").strip() if found is not None else ""
    if not text:
        raise InputError("no article text found in the HTML page")
    title = (found.title or "").strip() or None
    if title and not text.startswith(title):
        text = f"{title}\n\n{text}"
    return Extracted(text=text, title=title, author=found.author or None, date=found.date or None,
                     site=found.sitename or found.hostname or None, url=found.url or None)
