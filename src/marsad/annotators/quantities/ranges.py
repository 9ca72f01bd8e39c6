"""Pairs of numbers: the first end of a range takes what the second end counts; a score is
no quantity.

"بين 20 و30 في المائة", "من 45 إلى 90 سفينة", "من 2.7 إلى 3.1 تريليون دولار": the first number
is written bare, its unit (and scale) said once after the second. It takes the second's unit,
and its scale when the two ends are then of one magnitude (within a factor of 20: "من 131 إلى
123.5 مليار دولار" scales 131, "بين 500 و3 آلاف ريال" keeps 500).
"""
from __future__ import annotations

import re
from dataclasses import replace

from ...layers import Quantity
from ...text.normalize import fold
from .numbers import SCALES

# "فاز 3 - 1", "خسر صفر- 4": two small bare numbers around a dash are a match score, unless a
# range word comes before them ("بين 10 - 15").
_SCORE_BEFORE = re.compile(r"(?:(?<!\d)\d{1,2}|صفر)\s*[-–]\s*$")
_SCORE_AFTER = re.compile(r"\s*[-–]\s*(?:\d{1,2}(?![\d.,٫])|صفر)")
_RANGE_OPENER = re.compile(r"(?:^|\s)(?:بين|من|مابين)\s*\(?\s*$")

_JOIN = re.compile(r"^\s*(?:الي|حتي|و|-|–)\s*$")
_WORD = re.compile(r"[^\W\d_]+")


def _scale(text: str) -> int | None:
    for word in _WORD.findall(fold(text)):
        if word in SCALES:
            return SCALES[word]
    return None


def share_range_units(found: list[Quantity], text: str) -> list[Quantity]:
    """`found` in text order; a bare first end of a range gets the second end's unit and scale."""
    out = list(found)
    for k in range(len(out) - 1):
        first, second = out[k], out[k + 1]
        if first.unit is not None or second.unit is None or not _JOIN.match(fold(text[first.end:second.start])):
            continue
        value = first.value
        scale = _scale(second.text)
        if scale and _scale(first.text) is None and isinstance(value, (int, float)) and value > 0 \
                and 1 / 20 <= value * scale / second.value <= 20:
            value = value * scale
            value = int(value) if float(value).is_integer() else value
        out[k] = replace(first, value=value, unit=second.unit, currency=second.currency)
    return out


def drop_scores(found: list[Quantity], text: str) -> list[Quantity]:
    """Bare numbers of one or two digits paired by a dash with another: scores, not counts."""
    out = []
    for q in found:
        if q.unit is None and q.end - q.start <= 2 and q.text.isdigit():
            before = text[max(0, q.start - 8):q.start]
            m = _SCORE_BEFORE.search(before)
            if m and not _RANGE_OPENER.search(fold(text[max(0, q.start - 8 - 12):q.start - len(m.group())])):
                continue
            if _SCORE_AFTER.match(text, q.end) and not _RANGE_OPENER.search(fold(text[max(0, q.start - 12):q.start])):
                continue
        out.append(q)
    return out
