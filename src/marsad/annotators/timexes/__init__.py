"""Time expressions (timexes): found in the body, resolved to TIMEX3 values.

The stage needs only the paragraphs: it reads the body through its own folded
view (`marsad.annotators.views`), not the tokens or sentences layers, so it can
run right after `paragraphs` when dates are all that is wanted.

The grammar (`patterns`) proposes candidates on the folded view; the longest
non-overlapping ones are kept; a range's first end takes the year of its
second ("من يناير إلى مارس 2015"); candidates inside a name (when the entities
layer is present: "اليوم الوطني", "روسيا اليوم") are dropped. When the
document has no publication date (neither given nor from HTML metadata), the
stage infers one from the text where the evidence pins it (`published`), and
marks it `published_source="inferred"`. Values are then resolved against that
date (`resolve`); with none, relative expressions stay underspecified.
"""
from __future__ import annotations

import datetime as dt
import re

from ...document import Document
from ...layers import ENTITIES, PARAGRAPHS, TIMEXES, Timex
from ...pipeline import stage
from ..views import DocumentView, document_view
from .names import drop_family_names
from .patterns import Candidate, find_candidates
from .published import infer_published
from .resolve import points, value
from .spellings import drop_lookalikes

__all__ = ["timexes", "find_timexes", "infer_published", "select"]

# Rules that win a tie in length (a written date over a weekday reading of the same words).
_PRIORITY = {"date": 0, "hijri_date": 0, "numeric_date": 0, "day_range": 0, "clock": 1, "weekday": 2}
_RANGE_JOIN = re.compile(r"^\s*(?:الي|حتي|و|-|–|/)\s*$")


def select(candidates: list[Candidate]) -> list[Candidate]:
    """The longest candidates that do not overlap, in text order."""
    ranked = sorted(candidates, key=lambda c: (-(c.end - c.start), _PRIORITY.get(c.rule, 5), c.start, c.rule))
    taken: list[Candidate] = []
    for c in ranked:
        if all(c.end <= t.start or t.end <= c.start for t in taken):
            taken.append(c)
    return sorted(taken, key=lambda c: c.start)


def _inherit_years(chosen: list[Candidate], text: str) -> list[Candidate]:
    """"من يناير إلى مارس 2015": the first end of a range takes the second's written year, or
    the year before when it lies later in the year ("من 15 ديسمبر حتى 15 يناير 2016"); without a
    year, its modifier ("شهري نوفمبر وديسمبر الماضيين", "يومي الأربعاء والخميس القادمين")."""
    out = list(chosen)
    for i in range(len(out) - 1, 0, -1):
        first, second = out[i - 1], out[i]
        p1, p2 = first.parse, second.parse
        if p1.kind == "date" and p2.kind == "date" and p1.year is None and p2.explicit_year \
                and p1.calendar == p2.calendar and p1.month is not None and p2.month is not None \
                and _RANGE_JOIN.match(text[first.end:second.start]):
            later = (p1.month, p1.day or 1) > (p2.month, p2.day or 31)
            year = p2.year - 1 if later else p2.year
            out[i - 1] = Candidate(first.start, first.end, p1.with_(year=year, explicit_year=True), first.rule)
        elif (p1.kind == p2.kind == "date" and p1.year is None and p2.year is None and p1.month is not None
              and p1.calendar == p2.calendar or p1.kind == p2.kind == "weekday") \
                and p1.modifier is None and p2.modifier in ("past", "next") \
                and _RANGE_JOIN.match(text[first.end:second.start]):
            out[i - 1] = Candidate(first.start, first.end, p1.with_(modifier=p2.modifier), first.rule)
    return out


# What may stand between a weekday and the written date it names: "الخميس، 20 أغسطس", "يوم
# الخميس الموافق 1436/11/5هـ", "الخميس (20 أغسطس)".
_WEEKDAY_TO_DATE = re.compile(r"^[\s،,(\-–]*(?:(?:الموافق|الموافق ل|المصادف|بتاريخ)\s*)?[\s(]*$")


def _weekday_with_date(chosen: list[Candidate], text: str, kinds=("weekday",)) -> list[Candidate]:
    """A weekday right before a written day ("يوم الخميس 1436/11/5هـ") is one expression:
    the written date gives its value, not the weekday looked back for. With `kinds` also
    "relday", a day word with a weekday too ("أمس الخميس 20 أغسطس")."""
    out: list[Candidate] = []
    for c in chosen:
        prev = out[-1] if out else None
        if prev is not None and prev.parse.kind in kinds and prev.parse.value is None and c.parse.kind == "date" \
                and (prev.parse.weekday is not None or c.parse.weekday is not None) and c.parse.day is not None \
                and _WEEKDAY_TO_DATE.match(text[prev.end:c.start]):
            out[-1] = Candidate(prev.start, c.end, c.parse.with_(weekday=prev.parse.weekday), c.rule)
            continue
        out.append(c)
    return out


# What may stand between a day and the clock time that follows it: "يوم غد الثلاثاء، عند الساعة ...".
_DAY_TO_CLOCK = re.compile(r"^[\s،,(]*(?:(?:عند|في|من|وذلك|و)\s+)*[\s(]*$")


def _clock_on_its_day(chosen: list[Candidate], text: str) -> list[Candidate]:
    """A clock time with no day of its own right after a day ("يوم غد الثلاثاء، عند الساعة الخامسة
    عصرا") is on that day, not on the reference date."""
    out = list(chosen)
    for i in range(1, len(out)):
        day, clock = out[i - 1], out[i]
        p, q = day.parse, clock.parse
        if clock.rule == "clock" and q.kind == "relday" and q.offset == 0 and q.value is None \
                and q.hour is not None and p.hour is None and p.value is None \
                and (p.kind in ("relday", "weekday") or p.kind == "date" and p.day is not None) \
                and _DAY_TO_CLOCK.match(text[day.end:clock.start]):
            out[i] = Candidate(clock.start, clock.end, p.with_(type="TIME", hour=q.hour, minute=q.minute), clock.rule)
    return out


def _clock_before_its_day(chosen: list[Candidate], text: str) -> list[Candidate]:
    """A clock time with no day of its own right before a part of a day ("الساعة 5،42 عصر أول أيام
    عيد الفطر") is one expression: that day at that hour (past noon for an afternoon or evening)."""
    out: list[Candidate] = []
    for c in chosen:
        prev = out[-1] if out else None
        if prev is not None and prev.rule == "clock" and prev.parse.kind == "relday" and prev.parse.offset == 0 \
                and prev.parse.value is None and prev.parse.hour is not None and c.parse.day_part is not None \
                and c.parse.hour is None and not text[prev.end:c.start].strip():
            hour = prev.parse.hour
            if c.parse.day_part in ("AF", "EV", "NI") and hour < 12:
                hour += 12
            out[-1] = Candidate(prev.start, c.end, c.parse.with_(hour=hour, minute=prev.parse.minute), c.rule)
            continue
        out.append(c)
    return out


# A part of the day said after the day: "الجمعة صباحا", "أمس مساء", "يوم الخميس 20 أغسطس مساء".
_PART_AFTER = re.compile(r"\s+(?:صباحا|ظهرا|عصرا|مساء|مساءا|ليلا|فجرا)(?!\w)")
_DAY_KINDS = ("relday", "weekday", "day_month", "feast")


def _part_after_day(chosen: list[Candidate], text: str) -> list[Candidate]:
    """A day followed by a part of the day is a TIME of that day (valued by the date)."""
    out = list(chosen)
    drop = set()
    for i, c in enumerate(out):
        p = c.parse
        if p.hour is not None or p.value is not None or p.type != "DATE" \
                or not (p.kind in _DAY_KINDS or p.kind == "date" and p.day is not None):
            continue
        m = _PART_AFTER.match(text, c.end)
        if m is None:
            continue
        if i + 1 < len(out) and out[i + 1].start < m.end():
            if out[i + 1].rule != "part_of_day" or out[i + 1].end != m.end():
                continue
            drop.add(i + 1)                          # "الجمعة صباحا": the adverb belongs to its day
        out[i] = Candidate(c.start, m.end(), p.with_(type="TIME"), c.rule)
    return [c for k, c in enumerate(out) if k not in drop]


# "عشية الخميس", "عشيةَ الانتخابات": the eve of a day (the day before it).
_EVE_BEFORE = re.compile(r"(?<!\w)[وف]?(?:في\s+)?(?P<eve>عشيه)\s+$")
_DAY_VALUED = ("relday", "weekday", "feast", "day_month", "month_day", "nth_weekday", "following")


def _eve_of_day(chosen: list[Candidate], text: str) -> list[Candidate]:
    """A day right after عشية is the day before it: the word joins the span."""
    out = []
    for c in chosen:
        p = c.parse
        m = _EVE_BEFORE.search(text, max(0, c.start - 14), c.start)
        if m is not None and p.value is None and (p.kind in _DAY_VALUED or p.kind == "date" and p.day is not None):
            c = Candidate(m.start("eve"), c.end, p.with_(day_shift=p.day_shift - 1, type="DATE"), c.rule)
        out.append(c)
    return out


def find_timexes(view: DocumentView, entities=()) -> list[Candidate]:
    """The kept candidates of a document view's body (view offsets), in text order."""
    found: list[Candidate] = []
    for start, end in view.body:
        found.extend(find_candidates(view.text, start, end))
    chosen = drop_lookalikes(select(found), view)
    chosen = _clock_on_its_day(_weekday_with_date(_inherit_years(chosen, view.text), view.text), view.text)
    chosen = _part_after_day(_clock_before_its_day(chosen, view.text), view.text)
    chosen = _eve_of_day(chosen, view.text)
    names = [(view.to_view(e.start), view.to_view(e.end)) for e in entities]
    if names:
        chosen = [c for c in chosen if not any(s <= c.start and c.end <= e for s, e in names)]
    persons = [(s, e) for (s, e), mention in zip(names, entities) if mention.label == "PER"]
    return drop_family_names(chosen, view.text, persons)


@stage("timexes", requires=[PARAGRAPHS], provides=[TIMEXES], uses=[ENTITIES])
def timexes(doc: Document) -> Document:
    """Dates, times, durations and sets, resolved against the publication date (inferred when absent)."""
    view = document_view(doc)
    chosen = find_timexes(view, doc.layer(ENTITIES))
    if doc.meta.published is None:
        inferred = infer_published(chosen, view.text)
        if inferred is not None:
            doc = doc.with_meta(published=inferred.isoformat(), published_source="inferred")
    chosen = _weekday_with_date(chosen, view.text, kinds=("relday",))   # after inference: its evidence
    ref = dt.date.fromisoformat(doc.meta.published) if doc.meta.published else None
    items = []
    story_day = None                                 # the latest day named: "اليوم التالي" follows it
    for c in chosen:
        start, end = view.view.to_original(c.start, c.end)
        p = c.parse
        if p.kind == "following":
            base = story_day or ref
            val = (base + dt.timedelta(days=p.offset)).isoformat() if base else None
        else:
            val = value(p, ref)
        if val and len(val) >= 10 and val[4] == "-" and val[7] == "-" and val[:4].isdigit():
            story_day = dt.date.fromisoformat(val[:10])
        begin_point, end_point = points(p, ref)
        items.append(Timex(start, end, doc.text, p.type, val, begin_point, end_point, p.zone))
    return doc.with_layers(**{TIMEXES: items})
