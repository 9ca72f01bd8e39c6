"""Articles from the web: polite fetching (httpx), charsets, publication moments, RSS/Atom feeds, sitemaps.

Nothing here touches the corpus: `marsad.watch` keeps the state (seen URLs,
validators, sources) in the corpus database and stores what is fetched. Names
are imported on first use, so building the command line's parser stays cheap.
"""
from __future__ import annotations

import importlib

_WHERE = {
    "USER_AGENT": "client", "Fetcher": "client", "FetchSettings": "client", "Response": "client",
    "check_url": "client", "is_url": "client", "When": "dates", "parse_when": "dates", "FetchError": "errors",
    "Link": "links", "Listing": "listing", "read_feed": "listing", "read_sitemap": "listing",
    "document_from_response": "page",
}
__all__ = sorted(_WHERE)


def __getattr__(name: str):
    if name not in _WHERE:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(f".{_WHERE[name]}", __name__), name)
    globals()[name] = value
    return value
