"""The watch configuration: a TOML file (read with the standard library's tomllib).

    [fetch]                       # optional: politeness and limits (defaults in marsad.fetch.FetchSettings)
    host_delay = 2                # seconds between requests to one host
    timeout = 20

    [[source]]
    name = "wire"                 # unique; the state is kept under this name
    feed = "https://example.org/rss.xml"     # or: sitemap = "...", or: pages = ["https://...", ...]
    outlet = "وكالة الأنباء"        # stored as the articles' outlet (default: the feed's title, the page's site)
    interval = "10m"              # seconds, or with a unit: 90s, 10m, 1h (default 15m)
"""
from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass, fields

from ..errors import InputError
from ..fetch import FetchSettings, check_url
from ..fetch.errors import FetchError

DEFAULT_INTERVAL = 900.0
MIN_INTERVAL = 1.0
KINDS = ("feed", "sitemap", "pages")
_DURATION = re.compile(r"^\s*(\d+(?:\.\d+)?)\s*(s|m|h|d)?\s*$")
_UNITS = {None: 1, "s": 1, "m": 60, "h": 3600, "d": 86400}


@dataclass(frozen=True)
class Source:
    name: str
    kind: str                    # feed | sitemap | pages
    url: str                     # the feed or sitemap; for pages, the first page
    pages: tuple[str, ...] = ()
    outlet: str | None = None
    interval: float = DEFAULT_INTERVAL


@dataclass(frozen=True)
class WatchConfig:
    sources: tuple[Source, ...]
    fetch: FetchSettings


def duration(value, what: str) -> float:
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        seconds = float(value)
    else:
        found = _DURATION.match(str(value))
        if not found:
            raise InputError(f"{what}: {value!r} is not a duration (seconds, or 90s, 10m, 1h, 1d)")
        seconds = float(found.group(1)) * _UNITS[found.group(2)]
    if seconds < MIN_INTERVAL:
        raise InputError(f"{what}: at least {MIN_INTERVAL:g} s, got {value!r}")
    return seconds


def load_config(path: str) -> WatchConfig:
    try:
        with open(path, "rb") as fh:
            data = tomllib.load(fh)
    except FileNotFoundError:
        raise InputError(f"{path}: no such file") from None
    except tomllib.TOMLDecodeError as exc:
        raise InputError(f"{path}: not valid TOML ({exc})") from None
    except OSError as exc:
        raise InputError(f"{path}: cannot read ({exc.strerror or exc})") from None
    return parse_config(data, path)


def parse_config(data: dict, origin: str = "config") -> WatchConfig:
    unknown = set(data) - {"source", "fetch"}
    if unknown:
        raise InputError(f"{origin}: unknown section(s) {', '.join(sorted(unknown))} (expected [fetch], [[source]])")
    raw_sources = data.get("source") or []
    if not isinstance(raw_sources, list) or not raw_sources:
        raise InputError(f"{origin}: no [[source]] listed")
    sources, names = [], set()
    for i, raw in enumerate(raw_sources, 1):
        source = _source(raw, f"{origin}: source {i}")
        if source.name in names:
            raise InputError(f"{origin}: source {i}: the name {source.name!r} is used twice")
        names.add(source.name)
        sources.append(source)
    return WatchConfig(tuple(sources), _fetch_settings(data.get("fetch") or {}, origin))


def _source(raw, where: str) -> Source:
    if not isinstance(raw, dict):
        raise InputError(f"{where}: expected a table")
    unknown = set(raw) - {"name", "outlet", "interval", *KINDS}
    if unknown:
        raise InputError(f"{where}: unknown key(s) {', '.join(sorted(unknown))}")
    kinds = [k for k in KINDS if k in raw]
    if len(kinds) != 1:
        raise InputError(f"{where}: give exactly one of feed, sitemap, pages")
    kind = kinds[0]
    try:
        if kind == "pages":
            pages = raw["pages"]
            if isinstance(pages, str):
                pages = [pages]
            if not isinstance(pages, list) or not pages:
                raise InputError(f"{where}: pages must be a list of URLs")
            pages = tuple(check_url(str(p)) for p in pages)
            url = pages[0]
        else:
            url, pages = check_url(str(raw[kind])), ()
    except FetchError as exc:
        raise InputError(f"{where}: {exc}") from None
    name = str(raw.get("name") or url).strip()
    outlet = raw.get("outlet")
    if outlet is not None and not isinstance(outlet, str):
        raise InputError(f"{where}: outlet must be a string")
    interval = duration(raw.get("interval", DEFAULT_INTERVAL), f"{where}: interval")
    return Source(name=name, kind=kind, url=url, pages=pages, outlet=(outlet or "").strip() or None,
                  interval=interval)


def _fetch_settings(raw: dict, origin: str) -> FetchSettings:
    if not isinstance(raw, dict):
        raise InputError(f"{origin}: [fetch] must be a table")
    known = {f.name: f.type for f in fields(FetchSettings)}
    unknown = set(raw) - set(known)
    if unknown:
        raise InputError(f"{origin}: [fetch]: unknown key(s) {', '.join(sorted(unknown))} "
                         f"(known: {', '.join(sorted(known))})")
    defaults = FetchSettings()
    values = {}
    for key, value in raw.items():
        default = getattr(defaults, key)
        if isinstance(default, bool):
            ok = isinstance(value, bool)
        elif isinstance(default, (int, float)):
            ok = isinstance(value, (int, float)) and not isinstance(value, bool) and value >= 0
        else:
            ok = isinstance(value, str) and value.strip()
        if not ok:
            raise InputError(f"{origin}: [fetch] {key}: {value!r} is not a valid value")
        values[key] = type(default)(value) if not isinstance(default, str) else value
    return FetchSettings(**values)
