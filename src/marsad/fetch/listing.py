"""What a source lists: the links of a feed, a sitemap (following its index) or a list of pages.

Listings are fetched conditionally with the validators (ETag, Last-Modified)
saved from the last read; a 304 means nothing new. The new validators are
returned, not saved: the caller saves them once every listed link has been
dealt with, so a run killed half-way reads the listing again next time instead
of trusting a 304 for links it never fetched.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Callable

from .client import Fetcher, Response
from .errors import FetchError
from .feeds import parse_feed
from .links import Link
from .sitemaps import parse_sitemap

FEED_ACCEPT = "application/rss+xml,application/atom+xml,application/xml;q=0.9,text/xml;q=0.9,*/*;q=0.5"
SITEMAP_ACCEPT = "application/xml,text/xml;q=0.9,*/*;q=0.5"
MAX_SITEMAPS = 25            # child sitemaps read per poll of an index, most recently modified first
MAX_DEPTH = 3

Validators = Callable[[str], "tuple[str | None, str | None] | None"]


@dataclass
class Listing:
    links: list[Link] = field(default_factory=list)
    outlet: str | None = None
    unchanged: bool = False                       # the listing answered 304 Not Modified
    validators: dict[str, tuple[str | None, str | None]] = field(default_factory=dict)
    errors: list[str] = field(default_factory=list)   # parts that failed while the rest was read


def _get(fetcher: Fetcher, url: str, known: Validators | None, accept: str) -> Response:
    etag, modified = (known(url) or (None, None)) if known else (None, None)
    return fetcher.get(url, etag=etag, last_modified=modified, accept=accept)


def _keep(listing: Listing, response: Response) -> None:
    if response.etag or response.last_modified:
        listing.validators[response.url] = (response.etag, response.last_modified)


def read_feed(fetcher: Fetcher, url: str, known: Validators | None = None) -> Listing:
    response = _get(fetcher, url, known, FEED_ACCEPT)
    listing = Listing()
    if response.not_modified:
        listing.unchanged = True
        return listing
    feed = parse_feed(response.content, response.final_url, response.headers.get("content-type"))
    listing.links, listing.outlet = feed.links, feed.title
    _keep(listing, response)
    return listing


def read_sitemap(fetcher: Fetcher, url: str, known: Validators | None = None, *,
                 max_sitemaps: int = MAX_SITEMAPS) -> Listing:
    """A sitemap's links; an index's children (newest `lastmod` first, at most `max_sitemaps`) are read too."""
    listing = Listing()
    seen_links: set[str] = set()
    budget = [max_sitemaps]

    def read(target: str, depth: int, top: bool) -> None:
        try:
            response = _get(fetcher, target, known, SITEMAP_ACCEPT)
            if response.not_modified:
                if top:
                    listing.unchanged = True
                return
            found = parse_sitemap(response.content, response.final_url, fetcher.settings.max_bytes * 5)
        except FetchError as exc:
            if top:
                raise
            listing.errors.append(str(exc))
            return
        for link in found.links:
            if link.url not in seen_links:
                seen_links.add(link.url)
                listing.links.append(link)
                listing.outlet = listing.outlet or link.outlet
        children = sorted(found.sitemaps, key=lambda c: c[1] or "", reverse=True)
        if children and depth >= MAX_DEPTH:
            listing.errors.append(f"{target}: sitemap indexes nested deeper than {MAX_DEPTH}; not followed")
            children = []
        for child, _ in children:
            if budget[0] <= 0:
                break
            budget[0] -= 1
            read(child, depth + 1, False)
        if not found.sitemaps:       # an index is read every time: its children change without it
            _keep(listing, response)

    read(url, 0, True)
    return listing
