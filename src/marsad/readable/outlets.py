"""An outlet's Arabic name and domain, found from its code, its site name or any URL/host on its domain."""
from __future__ import annotations

from functools import lru_cache
from urllib.parse import urlsplit

from ..lexicons.outlets import OUTLETS


@lru_cache(maxsize=1)
def _index() -> dict[str, tuple[str, str, str, str]]:
    index = {}
    for row in OUTLETS:
        code, name, domain, _ = row
        index[code.lower()] = row
        index[domain.lower()] = row
        index.setdefault(domain.split("/")[0].lower(), row)
        index[name] = row
    return index


def _host(value: str) -> str:
    value = value.strip().lower()
    if "://" in value:
        value = urlsplit(value).netloc
    value = value.split("/")[0].split(":")[0]
    return value[4:] if value.startswith("www.") else value


@lru_cache(maxsize=4096)
def _row(value: str) -> tuple[str, str, str, str] | None:
    index = _index()
    key = value.strip()
    if key.lower() in index:
        return index[key.lower()]
    if key in index:
        return index[key]
    host = _host(key)
    while host:
        if host in index:
            return index[host]
        host = host.partition(".")[2] if host.count(".") > 1 else ""
    return None


def outlet_name(value: str | None, url: str | None = None) -> str | None:
    """The Arabic display name of an outlet (`aawsat` -> `الشرق الأوسط`); the value itself when unknown."""
    if not value and not url:
        return None
    row = (_row(value) if value else None) or (_row(url) if url else None)
    return row[1] if row else value


def outlet_domain(value: str | None, url: str | None = None) -> str | None:
    """The outlet's main domain (`aawsat.com`), from the table or from the article's URL."""
    row = (_row(value) if value else None) or (_row(url) if url else None)
    if row:
        return row[2]
    return _host(url) or None if url else None
