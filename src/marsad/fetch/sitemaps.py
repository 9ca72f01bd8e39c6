"""Sitemaps to links: `<urlset>` (with Google News `<news:news>` entries), `<sitemapindex>`, plain-text lists.

Parsed with lxml rather than a sitemap library: the maintained ones
(ultimate-sitemap-parser, trafilatura.sitemaps) fetch the sitemaps themselves,
past our robots.txt, per-host limits and validators, while the format is a
few elements. The parser never resolves entities nor loads anything from the
network (no XXE); gzip-compressed sitemaps are inflated up to the size cap.
"""
from __future__ import annotations

import gzip
import io
from dataclasses import dataclass, field

from .dates import best, parse_when
from .errors import FetchError
from .links import Link


@dataclass
class Sitemap:
    links: list[Link] = field(default_factory=list)
    sitemaps: list[tuple[str, str | None]] = field(default_factory=list)   # (child sitemap URL, lastmod)


def _local(tag) -> str:
    return tag.rsplit("}", 1)[-1].lower() if isinstance(tag, str) else ""


def _child(el, name: str):
    for sub in el:
        if _local(sub.tag) == name:
            return sub
    return None


def _text(el, name: str) -> str | None:
    sub = _child(el, name) if el is not None else None
    value = (sub.text or "").strip() if sub is not None else ""
    return value or None


def inflate(content: bytes, url: str, max_bytes: int) -> bytes:
    if not content.startswith(b"\x1f\x8b"):
        return content
    try:
        with gzip.GzipFile(fileobj=io.BytesIO(content)) as fh:
            data = fh.read(max_bytes + 1)
    except (OSError, EOFError) as exc:
        raise FetchError(url, f"not a readable gzip file ({exc})") from None
    if len(data) > max_bytes:
        raise FetchError(url, f"over the limit of {max_bytes:,} bytes once decompressed")
    return data


def parse_sitemap(content: bytes, url: str, max_bytes: int = 50_000_000) -> Sitemap:
    from lxml import etree
    data = inflate(content, url, max_bytes)
    stripped = data.lstrip(b"\xef\xbb\xbf \t\r\n")
    if not stripped.startswith(b"<"):
        return _plain_text(stripped, url)
    parser = etree.XMLParser(resolve_entities=False, no_network=True, huge_tree=False, recover=False)
    try:
        root = etree.fromstring(stripped, parser)
    except etree.XMLSyntaxError as exc:
        raise FetchError(url, f"not a readable sitemap (XML error: {exc})"[:300]) from None
    kind = _local(root.tag)
    found = Sitemap()
    if kind == "sitemapindex":
        for el in root:
            if _local(el.tag) == "sitemap" and _text(el, "loc"):
                found.sitemaps.append((_text(el, "loc"), _text(el, "lastmod")))
        return found
    if kind != "urlset":
        raise FetchError(url, f"not a sitemap (its root element is <{kind or root.tag}>)")
    seen = set()
    for el in root:
        if _local(el.tag) != "url":
            continue
        loc = _text(el, "loc")
        if not loc or loc in seen:
            continue
        seen.add(loc)
        news = _child(el, "news")
        publication = _child(news, "publication") if news is not None else None
        when = best(parse_when(_text(news, "publication_date")) if news is not None else None,
                    parse_when(_text(el, "lastmod")))
        found.links.append(Link(loc, _text(news, "title") if news is not None else None, when,
                                _text(publication, "name") if publication is not None else None))
    return found


def _plain_text(data: bytes, url: str) -> Sitemap:
    """A text sitemap: one URL a line (the sitemaps protocol allows it)."""
    lines = [line.strip() for line in data.decode("utf-8", "replace").splitlines() if line.strip()]
    urls = [line for line in lines if line.startswith(("http://", "https://"))]
    if not urls or len(urls) < len(lines) / 2:
        raise FetchError(url, "not a sitemap (neither XML nor a list of URLs)")
    return Sitemap(links=[Link(u) for u in dict.fromkeys(urls)])
