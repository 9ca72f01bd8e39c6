"""A link to an article as a feed or sitemap lists it: its URL and what the listing says about it."""
from __future__ import annotations

from dataclasses import dataclass

from .dates import When


@dataclass(frozen=True)
class Link:
    url: str
    title: str | None = None
    when: When | None = None        # the listing's publication moment
    outlet: str | None = None       # the feed's title, the news sitemap's publication name
