"""Articles from the web: polite fetching (httpx), charsets, publication moments, RSS/Atom feeds, sitemaps.

Nothing here touches the corpus: `marsad.watch` keeps the state (seen URLs,
validators, sources) in the corpus database and stores what is fetched.
"""
from .client import USER_AGENT, Fetcher, FetchSettings, Response, check_url, is_url
from .dates import When, parse_when
from .errors import FetchError
from .links import Link
from .listing import Listing, read_feed, read_sitemap
from .page import document_from_response

__all__ = ["USER_AGENT", "Fetcher", "FetchSettings", "FetchError", "Link", "Listing", "Response", "When",
           "check_url", "document_from_response", "is_url", "parse_when", "read_feed", "read_sitemap"]
