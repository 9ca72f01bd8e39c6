"""RSS and Atom feeds to links, with feedparser (RSS 0.9x-2.0, RSS 1.0/RDF, Atom 0.3/1.0).

feedparser is handed bytes only (never a URL: it would fetch it itself, past our
robots.txt and limits), with the response's Content-Type and final URL so it
picks the declared charset and resolves relative links.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from .dates import When, parse_when
from .errors import FetchError
from .links import Link


@dataclass
class Feed:
    title: str | None
    links: list[Link] = field(default_factory=list)


def parse_feed(content: bytes, url: str, content_type: str | None = None) -> Feed:
    import feedparser
    headers = {"content-location": url}
    if content_type:
        headers["content-type"] = content_type
    parsed = feedparser.parse(content, response_headers=headers, sanitize_html=False, resolve_relative_uris=True)
    if not parsed.get("version") and not parsed.entries:
        problem = parsed.get("bozo_exception")
        detail = f": {str(problem).splitlines()[0]}" if problem else ""
        raise FetchError(url, f"not an RSS or Atom feed{detail}"[:300])
    title = (parsed.feed.get("title") or "").strip() or None
    links, seen = [], set()
    for entry in parsed.entries:
        link = _entry_link(entry)
        if not link or link in seen:
            continue
        seen.add(link)
        links.append(Link(link, (entry.get("title") or "").strip() or None, _entry_when(entry), title))
    return Feed(title, links)


def _entry_link(entry) -> str | None:
    link = entry.get("link")
    if not link:
        for candidate in entry.get("links") or []:
            if candidate.get("rel", "alternate") == "alternate" and candidate.get("href"):
                link = candidate["href"]
                break
    if not link and str(entry.get("id", "")).startswith(("http://", "https://")):
        link = entry["id"]
    return link.strip() if isinstance(link, str) else None


def _entry_when(entry) -> When | None:
    for key in ("published", "created", "updated"):
        when = parse_when(entry.get(key))
        if when is not None:
            return when
    for key in ("published_parsed", "updated_parsed"):
        parsed = entry.get(key)
        if parsed:                        # feedparser's struct_time is in UTC
            moment = dt.datetime(*parsed[:6], tzinfo=dt.timezone.utc)
            return When(moment.date().isoformat(), moment.isoformat())
    return None
