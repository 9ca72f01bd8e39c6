"""Inferring an article's publication date from its own evidence.

News dates events against the day of the report: "أمس الخميس" is said on a
Friday, a bare "الخميس" names the latest Thursday on or before publication.
A weekday alone does not give a date, and a written date alone ("في 23 أكتوبر
2024") does not say when the report was written; together they pin it: the
report came out on the first day, on or after the latest written date, that
the weekday evidence allows (within the week after it). "اليوم" right before a
written date ("اليوم 23 أكتوبر 2024") gives the date directly. Anything less
leaves the date unknown (None): a wrong date would shift every relative
expression in the article.
"""
from __future__ import annotations

import datetime as dt
import re

from .patterns import Candidate
from .resolve import absolute_date

_ADJACENT = re.compile(r"^[\s،,()\-–:]*(?:الموافق\s*)?$")
# How far after the latest written date the report may be (a weekday reaches back at most 6 days).
_WINDOW_DAYS = 7


def infer_published(candidates: list[Candidate], text: str) -> dt.date | None:
    """The publication date the candidates (in text order) pin down, or None."""
    dated = [(c, absolute_date(c.parse)) for c in candidates]
    written = [(c, d) for c, d in dated if d is not None]
    if not written:
        return None
    # "اليوم 23 أكتوبر 2024", "أمس (الخميس) 23 أكتوبر": a day word next to a written date.
    for i, c in enumerate(candidates):
        if c.parse.kind != "relday" or c.parse.value or c.parse.hour is not None:
            continue
        for other, day in written:
            if other.start >= c.end and _ADJACENT.match(text[c.end:other.start]):
                return day - dt.timedelta(days=c.parse.offset)
    latest = max(d for _, d in written)
    # Weekdays the publication day must fall on: "أمس الخميس" -> Friday; "اليوم (الاثنين)" -> Monday.
    required = {(c.parse.weekday - 1 + (-c.parse.offset)) % 7 + 1
                for c in candidates if c.parse.kind == "relday" and c.parse.weekday and not c.parse.value}
    if len(required) > 1:
        return None                                    # the evidence disagrees
    # Bare weekdays ("الخميس", "يوم الخميس"): the latest such day on or before publication.
    bare = {c.parse.weekday for c in candidates
            if c.parse.kind == "weekday" and c.parse.modifier is None and c.parse.weekday}
    for step in range(_WINDOW_DAYS):
        day = latest + dt.timedelta(days=step)
        if day.isoweekday() in (required or bare):
            return day
    return None
