"""Counts over time as stacked bar charts, drawn on the server as inline SVG (no script, no CDN).

`bars(rows)` takes `(YYYY-MM-DD, group, n)` rows (`Store.per_day`) and draws one bar
per day, per week or per month — whichever keeps the bars readable: a day each
up to two months, a week each up to two years, a month each beyond — with every
empty period drawn as empty, so gaps are visible. Time runs from right (earliest)
to left (latest), as Arabic readers follow it. The biggest groups (outlets,
stances) get a colour each and the rest share one; a legend with totals sits
under the chart as HTML. Every bar piece has a tooltip and may link to the list
behind it; every piece of text is escaped.
"""
from __future__ import annotations

import datetime as dt
from typing import Callable

from markupsafe import Markup, escape

from ..readable import day, number, outlet_name, short_day
from .render import isolated
from ..readable.dates import month_year
from .labels import QUOTE_COLOUR, STANCE_COLOURS, stance_label

WIDTH = 900
PLOT_HEIGHT = 150
TOP, BOTTOM = 12, 34             # room above the bars and for the date axis
LEFT, RIGHT = 16, 44             # the right margin holds the count axis
MAX_BAR = 56                     # a bar is never wider than this (two days make two slim bars, not two walls)
MOST_GROUPS = 7                  # groups drawn in their own colour; the rest are "others"
DAILY_UP_TO = 62                 # days
WEEKLY_UP_TO = 731

PALETTE = ("#3a6ea5", "#c0392b", "#2f7d4f", "#b7791f", "#7b52ab", "#117a8b", "#8e2450", "#4b8b3b")
OTHERS_COLOUR = "#9aa5b1"
OTHERS = "أخرى"
UNKNOWN_GROUP = "غير معروف"


def _day(value: str) -> dt.date | None:
    try:
        return dt.date.fromisoformat(value[:10])
    except (TypeError, ValueError):
        return None


def period(first: dt.date, last: dt.date) -> str:
    days = (last - first).days + 1
    return "day" if days <= DAILY_UP_TO else "week" if days <= WEEKLY_UP_TO else "month"


def _start(day: dt.date, unit: str) -> dt.date:
    if unit == "week":
        return day - dt.timedelta(days=day.weekday())          # weeks from Monday, as ISO weeks
    if unit == "month":
        return day.replace(day=1)
    return day


def _next(day: dt.date, unit: str) -> dt.date:
    if unit == "week":
        return day + dt.timedelta(days=7)
    if unit == "month":
        return (day.replace(day=28) + dt.timedelta(days=4)).replace(day=1)
    return day + dt.timedelta(days=1)


def period_label(start: dt.date, unit: str) -> str:
    if unit == "month":
        return month_year(start.year, start.month)
    if unit == "week":
        return f"أسبوع {short_day(start)}"
    return short_day(start)


def buckets(rows, unit: str | None = None) -> tuple[str, list[tuple[dt.date, dict[str | None, int]]]]:
    """Rows summed into consecutive periods from the first to the last (empty ones included)."""
    dated = [(d, g, n) for d, g, n in ((_day(r[0]), r[1], r[2]) for r in rows) if d is not None]
    if not dated:
        return unit or "day", []
    first, last = min(d for d, _, _ in dated), max(d for d, _, _ in dated)
    unit = unit or period(first, last)
    sums: dict[dt.date, dict] = {}
    for d, g, n in dated:
        slot = sums.setdefault(_start(d, unit), {})
        slot[g] = slot.get(g, 0) + n
    out, cursor = [], _start(first, unit)
    while cursor <= last:
        out.append((cursor, sums.get(cursor, {})))
        cursor = _next(cursor, unit)
    return unit, out


def _nice(top: int) -> int:
    """A round axis maximum at or above `top` (1, 2, 5 × 10^k)."""
    if top <= 5:
        return max(top, 1)
    magnitude = 10 ** (len(str(top)) - 1)
    for step in (1, 1.5, 2, 2.5, 3, 4, 5, 6, 8, 10):
        if top <= step * magnitude:
            return int(step * magnitude)
    return top


def bars(rows, *, name: Callable[[str | None], str] = lambda g: g or UNKNOWN_GROUP,
         colours: dict[str | None, str] | None = None, label: str = "عدد", what: str = "",
         href: Callable[[dt.date, dt.date], str | None] | None = None, chart_id: str = "chart") -> Markup:
    """A stacked bar chart of `rows` ((date, group, n)); `name` names a group, `colours` fixes
    group colours (stances), `href(start, end)` links a period to its list."""
    unit, periods = buckets(rows)
    if not periods:
        return Markup('<p class="empty chart-empty">') + escape(f"لا {what or 'بيانات'} مؤرخة.") + Markup("</p>")
    totals: dict[str | None, int] = {}
    for _, counts in periods:
        for g, n in counts.items():
            totals[g] = totals.get(g, 0) + n
    ranked = sorted(totals, key=lambda g: (-totals[g], name(g)))
    if colours is None:
        kept = ranked[:MOST_GROUPS] if len(ranked) > MOST_GROUPS + 1 else ranked
        colour_of = {g: PALETTE[i % len(PALETTE)] for i, g in enumerate(kept)}
    else:
        kept = ranked
        colour_of = {g: colours.get(g, OTHERS_COLOUR) for g in kept}
    order = kept + ([OTHERS] if len(kept) < len(ranked) else [])
    colour_of[OTHERS] = OTHERS_COLOUR

    def folded(counts: dict) -> dict:
        out: dict = {}
        for g, n in counts.items():
            key = g if g in colour_of and g != OTHERS else OTHERS
            out[key] = out.get(key, 0) + n
        return out

    stacks = [(start, folded(counts)) for start, counts in periods]
    top = _nice(max(sum(c.values()) for _, c in stacks))
    inner = WIDTH - LEFT - RIGHT
    slot = inner / len(stacks)
    bar = min(MAX_BAR, max(2.0, slot * 0.72))
    height = TOP + PLOT_HEIGHT + BOTTOM
    base = TOP + PLOT_HEIGHT
    title = f"{label} {'في اليوم' if unit == 'day' else 'في الأسبوع' if unit == 'week' else 'في الشهر'}"
    parts = [f'<svg xmlns="http://www.w3.org/2000/svg" class="chart" id="{escape(chart_id)}" viewBox="0 0 {WIDTH} '
             f'{height}" role="img" aria-label="{escape(title)}" data-unit="{unit}" data-periods="{len(stacks)}">',
             f"<title>{escape(title)}</title>"]
    for value in sorted({0, top} | ({top // 2} if top % 2 == 0 else set())):
        y = base - PLOT_HEIGHT * value / top
        parts.append(f'<line class="grid" x1="{LEFT}" y1="{y:.1f}" x2="{WIDTH - RIGHT}" y2="{y:.1f}"/>')
        parts.append(f'<text class="tick" x="{WIDTH - RIGHT + 6}" y="{y + 4:.1f}" text-anchor="start">'
                     f'{escape(number(value))}</text>')
    every = max(1, -(-len(stacks) // 8))                     # at most about eight dates under the axis
    for i, (start, counts) in enumerate(stacks):
        # Right to left: the first period at the right end.
        centre = WIDTH - RIGHT - slot * (i + 0.5)
        x = centre - bar / 2
        end = _next(start, unit) - dt.timedelta(days=1)
        link = href(start, end) if href else None
        pieces, y = [], base
        for g in order:
            n = counts.get(g, 0)
            if not n:
                continue
            h = PLOT_HEIGHT * n / top
            y -= h
            tip = f"{period_label(start, unit)} — {isolated(name(g)) if g != OTHERS else OTHERS}: {number(n)}"
            pieces.append(f'<rect class="bar" x="{x:.1f}" y="{y:.1f}" width="{bar:.1f}" height="{h:.1f}" '
                          f'fill="{colour_of[g]}" data-group="{escape(g or "")}" data-n="{n}">'
                          f'<title>{escape(tip)}</title></rect>')
        total = sum(counts.values())
        group = "".join(pieces)
        if link and pieces:
            group = f'<a href="{escape(link)}">{group}</a>'
        parts.append(f'<g class="period" data-start="{start.isoformat()}" data-total="{total}">{group}</g>')
        if i % every == 0 or i == len(stacks) - 1 and len(stacks) <= 8:
            parts.append(f'<text class="date" x="{centre:.1f}" y="{base + 20}" text-anchor="middle">'
                         f'{escape(period_label(start, unit))}</text>')
    parts.append(f'<line class="axis" x1="{LEFT}" y1="{base}" x2="{WIDTH - RIGHT}" y2="{base}"/>')
    parts.append("</svg>")
    last_day = _next(stacks[-1][0], unit) - dt.timedelta(days=1)
    span = Markup('<p class="chart-span muted small">{} — {}</p>').format(day(stacks[0][0], weekday=False),
                                                                          day(min(last_day, _last(rows)), weekday=False))
    legend = [Markup('<ul class="chart-legend">')]
    for g in order:
        n = sum(totals[k] for k in ranked if k not in kept) if g == OTHERS else totals[g]
        # An SVG swatch: the page's Content-Security-Policy allows no inline style attribute.
        legend.append(Markup('<li><svg class="swatch" viewBox="0 0 10 10" aria-hidden="true"><rect width="10" '
                             'height="10" rx="2" fill="{}"/></svg><bdi>{}</bdi> <b>{}</b></li>').format(
            colour_of[g], OTHERS if g == OTHERS else name(g), number(n)))
    legend.append(Markup("</ul>"))
    return (Markup('<figure class="chart-box">') + Markup("".join(parts)) + Markup("").join(legend) + span
            + Markup("</figure>"))


def _last(rows) -> dt.date:
    return max(d for d in (_day(r[0]) for r in rows) if d is not None)


# -- the charts the pages draw ---------------------------------------------------------------------
QUOTE_GROUP = "quote"


def outlet_chart(rows, *, label: str, what: str, href=None, chart_id: str = "chart") -> Markup:
    """Counts per period by outlet (Arabic names)."""
    return bars(rows, name=lambda g: outlet_name(g) or UNKNOWN_GROUP, label=label, what=what, href=href,
                chart_id=chart_id)


def stance_chart(rows, *, href=None, chart_id: str = "stance-chart") -> Markup:
    """Claims per period by stance, in the stances' colours: the "denied, then confirmed" picture."""
    return bars(rows, name=stance_label, colours=STANCE_COLOURS, label="الادعاءات حسب الموقف", what="ادعاءات",
                href=href, chart_id=chart_id)


def said_chart(quote_rows, claim_rows, *, chart_id: str = "said-chart") -> Markup:
    """What someone said per period: quotes, and claims by stance."""
    rows = [(d, QUOTE_GROUP, n) for d, _, n in quote_rows] + list(claim_rows)
    return bars(rows, name=lambda g: "اقتباس" if g == QUOTE_GROUP else stance_label(g),
                colours={**STANCE_COLOURS, QUOTE_GROUP: QUOTE_COLOUR}, label="الاقتباسات والادعاءات",
                what="اقتباسات ولا ادعاءات", chart_id=chart_id)
