"""Inferring an article's publication date from its own evidence.

News dates events against the day of the report: "أمس الخميس" is said on a
Friday, a bare "الخميس" names the latest Thursday on or before publication.
A weekday alone does not give a date, and a written date alone ("في 23 أكتوبر
2024") does not say when the report was written; together they pin it:

1. a day word right before a written date gives it directly: "اليوم 23 أكتوبر
   2024", "أمس الاثنين الموافق 10/4/1436هـ" (when the weekday, if named, is
   the date's own);
2. otherwise news reports what happened that day or the day before: the
   report came out on the latest written date of the paragraph that holds the
   weekday evidence, or the day after, whichever the weekday allows.
   "أمس الخميس" requires a Friday; bare weekdays ("الخميس", "يوم الخميس")
   not attached to a written date point at their own day. Dates the text
   looks forward to ("حتى 30 شوال", "ابتداء من ...", "غدا") or back from
   ("منذ 23 سبتمبر 2014") are not evidence of when it was written.

The result must agree with everything else the article writes: no written
date (looked back on) or year after it. Anything less leaves the date unknown (None): a wrong
date would shift every relative expression in the article.
"""
from __future__ import annotations

import datetime as dt
import re

from .patterns import Candidate
from .resolve import absolute_date

# What may stand between a day word and the date it is: spaces, commas, brackets, "الموافق".
_FILLER = r"[\s،,؛;()\-–:]*(?:(?:الموافق|الموافق ل|المصادف|بتاريخ|تاريخ)\s*)?[\s،,؛;()\-–:]*"
_ADJACENT = re.compile(rf"^{_FILLER}$")
# A weekday right before digits that are not a readable date ("يوم الاثنين 11/9") belongs to them.
_DIGITS_AFTER = re.compile(rf"^{_FILLER}\d")
# The report is on the day of the latest event it dates, or the day after.
_WINDOW_DAYS = 2


def infer_published(candidates: list[Candidate], text: str) -> dt.date | None:
    """The publication date the candidates (in text order) pin down, or None."""
    written = [(c, d) for c in candidates if (d := absolute_date(c.parse)) is not None
               and not _looks_forward(text, c)]
    if not written:
        return None
    attached: set[int] = set()                 # day words standing right before a written date
    direct: set[dt.date] = set()
    for i, c in enumerate(candidates[:-1]):
        nxt = candidates[i + 1]
        day = absolute_date(nxt.parse)
        if day is None or c.parse.kind not in ("relday", "weekday") or c.parse.value or c.parse.hour is not None \
                or not _ADJACENT.match(text[c.end:nxt.start]):
            continue
        attached.add(i)
        if c.parse.weekday and not _same_weekday(day, c.parse.weekday, nxt.parse.calendar):
            continue                           # the text contradicts itself; not evidence
        if c.parse.kind == "relday":
            direct.add(day - dt.timedelta(days=c.parse.offset))
    if len(direct) == 1:
        return _consistent(direct.pop(), written, candidates)
    if direct:
        return None
    # Weekdays the publication day must fall on: "أمس الخميس" -> Friday; "اليوم (الاثنين)" -> Monday.
    free = [c for i, c in enumerate(candidates) if i not in attached and c.parse.weekday and not c.parse.value
            and not _DIGITS_AFTER.match(text[c.end:c.end + 20]) and not _looks_forward(text, c)]
    strong = [c for c in free if c.parse.kind == "relday" and c.parse.offset <= 0]
    bare = [c for c in free if c.parse.kind == "weekday" and c.parse.modifier is None]
    evidence = strong or bare
    wanted = {(c.parse.weekday - 1 - c.parse.offset) % 7 + 1 for c in evidence}
    if len(wanted) != 1:
        return None                            # none, or the evidence disagrees
    # the written dates that share a paragraph with the weekday evidence
    near = [d for c, d in written if any(_same_paragraph(text, c, e) for e in evidence)]
    if not near:
        return None
    latest = max(near)
    for step in range(_WINDOW_DAYS):
        day = latest + dt.timedelta(days=step)
        if day.isoweekday() in wanted:
            return _consistent(day, written, candidates)
    return None


# Words before a date that look forward to it, and after it.
_FORWARD_BEFORE = re.compile(r"(?:حتي|لغايه|ابتداء|اعتبارا|بحلول|موعد|قبل|غايه|انتهاء|تنتهي|ينتهي|منذ|من|الي"
                             r"|المقرر|المقرره|المزمع|المزمعه|المرتقب|المرتقبه|المنتظر|المنتظره|سيبدا|ستبدا|يبدا|تبدا)"
                             r"\s+(?:عقدها\s+|اجراوها\s+)?(?:في\s+|من\s+)?(?:يوم\s+)?$")
_FORWARD_AFTER = re.compile(r"^\s*(?:المقبل|القادم|المقبله|القادمه)")
_PARAGRAPH_BREAK = re.compile(r"\n")
_NEAR_CHARS = 600


def _looks_forward(text: str, c: Candidate) -> bool:
    return bool(_FORWARD_BEFORE.search(text, max(0, c.start - 30), c.start) or _FORWARD_AFTER.match(text[c.end:c.end + 12]))


def _same_paragraph(text: str, a: Candidate, b: Candidate) -> bool:
    lo, hi = (a, b) if a.start <= b.start else (b, a)
    return hi.start - lo.end <= _NEAR_CHARS and not _PARAGRAPH_BREAK.search(text, lo.end, hi.start)


def _same_weekday(day: dt.date, weekday: int, calendar: str) -> bool:
    """Whether a written date falls on the weekday named with it (a Hijri date may be a day
    off: sighting and Umm al-Qura can differ)."""
    if calendar == "H":
        return any((day + dt.timedelta(days=k)).isoweekday() == weekday for k in (-1, 0, 1))
    return day.isoweekday() == weekday


def _consistent(day: dt.date, written, candidates: list[Candidate]) -> dt.date | None:
    """`day`, unless the article writes a later date or year (then it is not the report day)."""
    if any(d > day for _, d in written):
        return None
    for c in candidates:
        p = c.parse
        if p.kind == "date" and p.explicit_year and p.calendar == "G" and p.year and p.year > day.year:
            return None
    return day
