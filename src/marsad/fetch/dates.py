"""Publication date *and time*: from a page's metadata, a feed entry or a news sitemap.

A `When` keeps the outlet's own calendar date (`date`, YYYY-MM-DD, what
`published` holds) and the moment (`at`, ISO 8601 to the second, with the UTC
offset the source gave; none when it gave none). `utc(at)` is the same moment in
UTC, for ordering copies of a story across outlets in different time zones.
"""
from __future__ import annotations

import datetime as dt
import email.utils
import json
import re
from dataclasses import dataclass

# <meta> names and properties that carry the publication moment, most specific first.
META_NAMES = ("article:published_time", "og:article:published_time", "datepublished", "pubdate", "publishdate",
              "publish-date", "publish_date", "parsely-pub-date", "sailthru.date", "dc.date.issued",
              "dcterms.issued", "dcterms.created", "dc.date", "date")
_ISO_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
_OFFSET = re.compile(r"([+-]\d{2})(\d{2})$")


@dataclass(frozen=True)
class When:
    date: str                 # YYYY-MM-DD, the source's own calendar day
    at: str | None = None     # YYYY-MM-DDTHH:MM:SS[+HH:MM], when the source gives a time

    @property
    def utc(self) -> str | None:
        return utc(self.at) if self.at else None


def parse_when(value) -> When | None:
    """ISO 8601 (`2024-10-24T09:15:00+03:00`, `...Z`, a bare date) or RFC 822 (`Thu, 24 Oct 2024 09:15:00 +0300`)."""
    if not isinstance(value, str):
        return None
    value = value.strip()
    if not value or len(value) > 64:
        return None
    if _ISO_DATE.match(value):
        try:
            return _plausible(When(dt.date.fromisoformat(value).isoformat()))
        except ValueError:
            return None
    moment = _iso(value) or _rfc822(value)
    if moment is None:
        return None
    moment = moment.replace(microsecond=0)
    return _plausible(When(moment.date().isoformat(), moment.isoformat()))


def _iso(value: str) -> dt.datetime | None:
    text = value.replace(" ", "T", 1) if re.match(r"^\d{4}-\d{2}-\d{2} \d", value) else value
    text = _OFFSET.sub(r"\1:\2", text) if re.search(r"T\d{2}:\d{2}", text) else text
    try:
        return dt.datetime.fromisoformat(text)
    except ValueError:
        return None


def _rfc822(value: str) -> dt.datetime | None:
    try:
        moment = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError, IndexError):
        return None
    if moment is not None and "-0000" in value:
        moment = moment.replace(tzinfo=dt.timezone.utc)     # RFC 2822's "unknown zone", read as UTC
    return moment


def _plausible(when: When) -> When | None:
    year = int(when.date[:4])
    latest = dt.date.today() + dt.timedelta(days=2)
    return when if 1990 <= year and when.date <= latest.isoformat() else None


def utc(at: str) -> str:
    """`at` in UTC as `YYYY-MM-DDTHH:MM:SSZ`; a moment without an offset is returned as it is."""
    moment = dt.datetime.fromisoformat(at)
    if moment.tzinfo is None:
        return moment.isoformat()
    return moment.astimezone(dt.timezone.utc).replace(tzinfo=None).isoformat() + "Z"


def best(*candidates: When | None) -> When | None:
    """The first candidate that has a time of day, else the first that has a date."""
    found = [c for c in candidates if c is not None]
    return next((c for c in found if c.at), found[0] if found else None)


def page_when(html: str) -> When | None:
    """The publication moment a page declares: <meta> tags, `itemprop=datePublished`, JSON-LD, <time pubdate>."""
    import lxml.html
    try:
        tree = lxml.html.fromstring(html.encode("utf-8"), parser=lxml.html.HTMLParser(encoding="utf-8"))
    except (ValueError, lxml.etree.ParserError):
        return None
    meta: dict[str, str] = {}
    for el in tree.iter("meta"):
        key = (el.get("property") or el.get("name") or el.get("itemprop") or "").strip().lower()
        if key in META_NAMES and key not in meta and el.get("content"):
            meta[key] = el.get("content")
    candidates = [parse_when(meta[name]) for name in META_NAMES if name in meta]
    for el in tree.xpath('//*[@itemprop="datePublished"]'):
        candidates.append(parse_when(el.get("content") or el.get("datetime") or el.text_content()))
    for script in tree.xpath('//script[@type="application/ld+json"]'):
        candidates.extend(parse_when(v) for v in _json_ld_dates(script.text_content()))
    for el in tree.xpath("//time[@pubdate and @datetime]"):
        candidates.append(parse_when(el.get("datetime")))
    return best(*candidates)


def _json_ld_dates(text: str) -> list[str]:
    try:
        data = json.loads(text)
    except (json.JSONDecodeError, ValueError):
        return []
    found: list[str] = []

    def walk(node, depth=0):
        if depth > 6 or len(found) > 10:
            return
        if isinstance(node, dict):
            if isinstance(node.get("datePublished"), str):
                found.append(node["datePublished"])
            for value in node.values():
                walk(value, depth + 1)
        elif isinstance(node, list):
            for value in node:
                walk(value, depth + 1)
    walk(data)
    return found
