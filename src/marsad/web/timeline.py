"""An entity's quotes and claims over time, as an inline SVG drawn on the server.

Time runs from right (earliest) to left (latest), as Arabic readers follow it.
One row for quotes, one for claims (dots coloured by stance); items on the same
day stack upwards. Every dot links to its article and has a tooltip; every
piece of text is escaped.
"""
from __future__ import annotations

import datetime
from dataclasses import dataclass

from markupsafe import Markup, escape

from .labels import css_token, stance_label

WIDTH = 900
LEFT, RIGHT = 30, 110            # the right margin holds the row labels
ROW_HEIGHT = 70
TOP = 14
AXIS_SPACE = 34
DOT = 6
STACK = 12                       # vertical step between dots of the same day

STANCE_COLOURS = {
    "assert": "#3a6ea5", "confirm": "#2f7d4f", "deny": "#c0392b", "estimate": "#7b52ab", "doubt": "#d35400",
    "warn": "#b7791f", "demand": "#117a8b", "promise": "#4b8b3b", "accuse": "#8e2450",
}
QUOTE_COLOUR = "#d9a400"
OTHER_COLOUR = "#5d6877"


@dataclass(frozen=True)
class Point:
    date: datetime.date
    row: str                      # quotes | claims
    colour: str
    tooltip: str
    href: str | None
    stance: str | None = None


def _day(value) -> datetime.date | None:
    if not isinstance(value, str) or len(value) < 10:
        return None
    try:
        return datetime.date.fromisoformat(value[:10])
    except ValueError:
        return None


def points(quotes: list[dict], claims: list[dict]) -> tuple[list[Point], int]:
    """Dots for the items that carry a publication date, and how many had none."""
    out, undated = [], 0
    for q in quotes or []:
        day = _day(q.get("published"))
        if day is None:
            undated += 1
            continue
        out.append(Point(day, "quotes", QUOTE_COLOUR, f"{day.isoformat()} — «{_short(q.get('text'))}»",
                         _href(q)))
    for c in claims or []:
        day = _day(c.get("published"))
        if day is None:
            undated += 1
            continue
        stance = c.get("stance")
        content = c.get("content")
        content = content.get("text") if isinstance(content, dict) else content
        out.append(Point(day, "claims", STANCE_COLOURS.get(stance, OTHER_COLOUR),
                         f"{day.isoformat()} — {stance_label(stance)}: {_short(content)}", _href(c), stance))
    return out, undated


def _short(text, limit: int = 120) -> str:
    text = " ".join(str(text or "").split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _href(item: dict) -> str | None:
    doc_id = item.get("doc_id")
    if doc_id is None:
        return None
    from urllib.parse import quote
    return f"/ui/documents/{quote(str(doc_id), safe='')}"


def svg(quotes: list[dict], claims: list[dict]) -> Markup:
    pts, undated = points(quotes, claims)
    rows = ["quotes", "claims"]
    row_names = {"quotes": "اقتباسات", "claims": "ادعاءات"}
    if not pts:
        note = "لا اقتباسات ولا ادعاءات مؤرخة لهذا الاسم." + (f" ({undated} بلا تاريخ)" if undated else "")
        return Markup('<p class="empty timeline-empty">') + escape(note) + Markup("</p>")
    first, last = min(p.date for p in pts), max(p.date for p in pts)
    span = max((last - first).days, 1)
    inner = WIDTH - LEFT - RIGHT
    # Room for the tallest stack of same-day dots in any row.
    stacks: dict[tuple[str, datetime.date], int] = {}
    for p in pts:
        stacks[(p.row, p.date)] = stacks.get((p.row, p.date), 0) + 1
    row_h = max(ROW_HEIGHT, 30 + STACK * max(stacks.values()))
    height = TOP + row_h * len(rows) + AXIS_SPACE

    def x_of(day: datetime.date) -> float:
        if first == last:
            return LEFT + inner / 2
        # Right to left: the earliest day at the right end.
        return WIDTH - RIGHT - inner * (day - first).days / span

    parts = [f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {WIDTH} {height}" role="img" '
             f'aria-label="{escape("الخط الزمني للاقتباسات والادعاءات")}">']
    axis_y = TOP + row_h * len(rows)
    for day in _ticks(first, last):
        x = x_of(day)
        parts.append(f'<line class="grid" x1="{x:.1f}" y1="{TOP}" x2="{x:.1f}" y2="{axis_y}"/>')
        parts.append(f'<text x="{x:.1f}" y="{axis_y + 20}" text-anchor="middle" direction="ltr">{escape(day.isoformat())}</text>')
    parts.append(f'<line class="axis" x1="{LEFT}" y1="{axis_y}" x2="{WIDTH - RIGHT + 10}" y2="{axis_y}"/>')
    for i, row in enumerate(rows):
        base = TOP + row_h * (i + 1) - 18
        parts.append(f'<line class="grid" x1="{LEFT}" y1="{base}" x2="{WIDTH - RIGHT + 10}" y2="{base}"/>')
        # Arabic label: its start (right edge) at the right margin, running leftwards.
        parts.append(f'<text class="row-label" x="{WIDTH - 8}" y="{base + 4}" direction="rtl" text-anchor="start">'
                     f'{escape(row_names[row])}</text>')
    seen: dict[tuple[str, datetime.date], int] = {}
    for p in sorted(pts, key=lambda p: (p.row, p.date)):
        k = seen[(p.row, p.date)] = seen.get((p.row, p.date), -1) + 1
        y = TOP + row_h * (rows.index(p.row) + 1) - 18 - k * STACK
        cls = f"dot dot-{p.row}" + (f" stance-{css_token(p.stance)}" if p.stance else "")
        dot = (f'<circle class="{escape(cls)}" cx="{x_of(p.date):.1f}" cy="{y}" r="{DOT}" fill="{p.colour}" '
               f'fill-opacity="0.85"><title>{escape(p.tooltip)}</title></circle>')
        parts.append(f'<a href="{escape(p.href)}">{dot}</a>' if p.href else dot)
    parts.append("</svg>")
    out = Markup("".join(parts))
    if undated:
        out += Markup('<p class="muted small">') + escape(f"و{undated} بلا تاريخ نشر لا تظهر في الخط.") + Markup("</p>")
    return out


def _ticks(first: datetime.date, last: datetime.date, most: int = 6) -> list[datetime.date]:
    days = (last - first).days
    if days == 0:
        return [first]
    step = max(1, -(-days // (most - 1)))
    ticks = [first + datetime.timedelta(days=step * i) for i in range(most) if step * i <= days - step / 2]
    return ticks + [last]
