"""A fetched page to an unanalysed `Document`: decoded, its main text extracted, URL, outlet and moment kept.

The publication moment is the page's own metadata (`article:published_time`,
JSON-LD `datePublished` ...) when it has a time of day, else the feed's or
sitemap's, else the date trafilatura finds; `meta.published_at` keeps the time
and offset, `published` the outlet's calendar day.
"""
from __future__ import annotations

from urllib.parse import urlsplit

from ..document import Document, Metadata
from ..errors import InputError
from ..input.html import extract_html, looks_like_html
from .charset import decode_page
from .client import Response
from .dates import best, page_when, parse_when
from .errors import FetchError
from .links import Link

HTML_TYPES = frozenset({"text/html", "application/xhtml+xml"})
TEXT_TYPES = frozenset({"text/plain"})


def document_from_response(response: Response, *, link: Link | None = None, outlet: str | None = None,
                           published: str | None = None) -> Document:
    """The article at `response` as a Document; a FetchError naming the URL when it holds none.

    `outlet` (a watch source's name, `--outlet`) wins over the listing's and the
    page's site name; `published` (YYYY-MM-DD) is used only when nothing gives a date."""
    url = response.final_url
    kind = response.content_type
    html = kind in HTML_TYPES or (kind not in TEXT_TYPES and looks_like_html(response.content))
    if not html and kind and kind not in TEXT_TYPES:
        raise FetchError(response.url, f"not an article page (Content-Type {kind})")
    if not response.content.strip():
        raise FetchError(response.url, "empty page")
    try:
        text, encoding = decode_page(response.content, response.headers.get("content-type"))
        page = extract_html(text) if html else None
    except InputError as exc:
        raise FetchError(response.url, str(exc)) from None
    listed = link or Link(url)
    host = urlsplit(url).hostname
    if page is None:
        when = listed.when
        body, title, author, site = text.strip(), listed.title, None, None
    else:
        when = best(page_when(text), listed.when, parse_when(page.date))
        body, title, author, site = page.text, page.title or listed.title, page.author, page.site
    if not body:
        raise FetchError(response.url, "no article text on the page")
    date, source = (when.date, "metadata") if when else (published, "given" if published else None)
    meta = Metadata(id=url, published=date, published_source=source, published_at=when.at if when else None,
                    title=title, author=author, site=outlet or listed.outlet or site or host, url=url,
                    source_format="html" if html else "text", encoding=encoding)
    return Document(body, meta)
