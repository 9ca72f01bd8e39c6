"""The page renderer: one Jinja environment (autoescaping), its filters, and the security headers.

Filters turn stored values into what a reader reads: `date_ar` (an ISO date as
`<time datetime="2015-07-21">21 يوليو 2015</time>`), `outlet` (an outlet code as its
Arabic name), `shown` ("يُعرض 1–20 من 412" for a store page), `number`. Titles, outlet
names and article text go through `bdi` (`isolated` in the page title): a bidi control
in them (U+202E) stays inside them.
"""
from __future__ import annotations

import re
from pathlib import Path
from typing import Any
from urllib.parse import quote

import jinja2
from fastapi.responses import HTMLResponse
from markupsafe import Markup, escape

from .. import __version__
from ..readable import day, number, outlet_domain, outlet_name
from ..readable.numbers import counted_noun
from . import labels

HERE = Path(__file__).resolve().parent
STATIC_DIR = HERE / "static"
TEMPLATES_DIR = HERE / "templates"

SECURITY_HEADERS = {
    "Content-Security-Policy": "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
                               "font-src 'self'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'",
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "no-referrer",
}


def highlight(text: str | None, highlights) -> Markup:
    """A search snippet with its [start, end] highlights wrapped in <mark>, every piece escaped."""
    text = text or ""
    out, pos = [], 0
    for pair in sorted(highlights or [], key=lambda h: (h[0], h[1])):
        try:
            start, end = int(pair[0]), int(pair[1])
        except (TypeError, ValueError, IndexError):
            continue
        start, end = max(start, pos), min(end, len(text))
        if start >= end:
            continue
        out += [escape(text[pos:start]), Markup("<mark>"), escape(text[start:end]), Markup("</mark>")]
        pos = end
    out.append(escape(text[pos:]))
    return Markup("").join(out)


def txt(value) -> str:
    """A field the store gives either as a string or as a span {"start", "end", "text"}."""
    if isinstance(value, dict):
        return str(value.get("text") or value.get("name") or "")
    return "" if value is None else str(value)


def date_ar(value, weekday: bool = False) -> Markup:
    """An ISO date as a <time> element read in Arabic; "—" when there is none."""
    shown = day(value, weekday=weekday) if value else None
    if not shown:
        return Markup('<span class="muted">—</span>')
    return Markup('<time datetime="{}">{}</time>').format(str(value)[:10], shown)


def bdi(value) -> Markup:
    """A value from the data (a title, an outlet's name, article text) in its own bidi isolate, so
    that a control character in it (U+202E ...) cannot reorder the rest of the line."""
    return Markup("<bdi>{}</bdi>").format(value if isinstance(value, Markup) else txt(value))


_ISOLATE_OPENERS = "\u2066\u2067\u2068"
_BIDI_CONTROLS = re.compile("[\u202a-\u202e\u2066-\u2069]")


def isolated(value) -> str:
    """`bdi` for text-only places (the page <title>): the value between FSI and PDI, with one more
    FSI for each PDI it does not open itself and one more PDI for each isolate it leaves open, so
    nothing in it reaches past it. Unchanged when it holds no bidi control."""
    text = txt(value)
    if not _BIDI_CONTROLS.search(text):
        return text
    open_, stray = 0, 0
    for ch in text:
        if ch in _ISOLATE_OPENERS:
            open_ += 1
        elif ch == "\u2069":
            open_, stray = (open_ - 1, stray) if open_ else (0, stray + 1)
    return "\u2068" * (1 + stray) + text + "\u2069" * (1 + open_)


def outlets(codes) -> Markup:
    """Outlet codes as their Arabic names, comma-separated, each in its own bidi isolate."""
    return Markup("، ").join(bdi(outlet_name(c)) for c in codes or [] if c) or Markup("—")


def shown(page: dict | None) -> str:
    """"يُعرض 1–20 من 412" (and how many stored rows, when copies were folded together)."""
    if not page or not page.get("total"):
        return "لا شيء"
    total, offset, count = page["total"], page.get("offset", 0), len(page.get("items") or [])
    text = f"يُعرض {number(offset + 1)}–{number(offset + count)} من {number(total)}" if count else \
        f"لا شيء بعد {number(offset)} من {number(total)}"
    stored = page.get("stored")
    if stored and stored != total:
        text += f" ({number(stored)} مع النسخ المعاد نشرها)"
    return text


def with_offset(base: str, offset: int) -> str:
    """`base` (a path with or without a query) asking for the page at `offset`."""
    return f"{base}{'&' if '?' in base else '?'}offset={max(0, int(offset))}"


def _environment() -> jinja2.Environment:
    env = jinja2.Environment(loader=jinja2.FileSystemLoader(str(TEMPLATES_DIR)), autoescape=True,
                             trim_blocks=True, lstrip_blocks=True)
    env.filters.update(entity_label=labels.entity_label, stance_label=labels.stance_label,
                       css_token=labels.css_token, published_source=lambda v: labels.PUBLISHED_SOURCES.get(v, v),
                       highlight=highlight, bdi=bdi, isolated=isolated, urlq=lambda v: quote(str(v), safe=""), txt=txt, date_ar=date_ar,
                       outlet=lambda v: outlet_name(v) or "—", outlet_domain=outlet_domain, outlets=outlets,
                       shown=shown, number=number, with_offset=with_offset,
                       articles=lambda n: counted_noun(int(n or 0), "مقال واحد", "مقالان", "مقالات", "مقالا"),
                       copies=lambda n: counted_noun(int(n or 0), "نسخة واحدة", "نسختان", "نسخ", "نسخة"),
                       outlet_count=lambda n: counted_noun(int(n or 0), "منفذ واحد", "منفذان", "منافذ", "منفذا"))
    env.globals.update(version=__version__, stances=list(labels.STANCES), entity_labels=labels.ENTITY_LABELS)
    return env


ENV = _environment()


def render(name: str, *, status_code: int = 200, headers: dict[str, str] | None = None, **context: Any) -> HTMLResponse:
    html = ENV.get_template(name).render(**context)
    return HTMLResponse(html, status_code=status_code, headers={**SECURITY_HEADERS, **(headers or {})})


def safe_url(url: str | None) -> str | None:
    """A stored URL as a link only when it is http(s); anything else is shown as text."""
    from urllib.parse import urlsplit
    if not url or not isinstance(url, str):
        return None
    try:
        scheme = urlsplit(url.strip()).scheme.lower()
    except ValueError:
        return None
    return url.strip() if scheme in ("http", "https") else None
