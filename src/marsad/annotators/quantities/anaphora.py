"""Counts whose noun the sentence gives: "وأصيب 30 آخرين" (the wounded), "و3 آخرين" after "10
متهمين" (the accused), "مقابل نحو 12 مليوناً" after "14 مليون زائر" (visitors).

A quantity marked as others (`units.OTHERS_UNIT`) takes مصاب after a word of injury, else the
noun of the nearest quantity before it in the same sentence; a bare count written with a scale
word ("24 ألفا", "١١ مليونا") takes that noun, or that currency or measure ("45 مليون متر مكعب
... نحو 20 مليونا"). Percent is never shared.
"""
from __future__ import annotations

import re
from dataclasses import replace

from ...layers import Quantity
from ...lexicons import numbers as lex
from ...text.normalize import fold
from . import units
from .numbers import SCALES

_INJURY = frozenset(fold(w) for w in lex.INJURY_WORDS)
_SENTENCE_END = re.compile(r"[.!?؟\n]")
_WORDS = re.compile(r"[^\W\d_]+")
_REACH = 240                         # characters back to look for the noun


def _noun_unit(q: Quantity) -> bool:
    return q.unit is not None and q.unit != units.OTHERS_UNIT and q.unit != "%" \
        and not units.is_currency(q.unit.split()[0]) and not units.is_measure(q.unit)


def _injured_before(q: Quantity, text: str, since: int) -> bool:
    """A word of injury between the previous quantity (or 40 characters back) and this one:
    "وأصيب 30 آخرين", not "وأصيب 12 شخصا وقتل ثلاثة آخرون"."""
    before = _WORDS.findall(text, max(since, q.start - 40), q.start)[-4:]
    return any(fold(w) in _INJURY for w in before)


def _scaled_bare(q: Quantity) -> bool:
    words = fold(q.text).split()
    return q.unit is None and len(words) >= 2 and words[-1] in SCALES and not words[0].startswith("بضع")


def share_counted_nouns(found: list[Quantity], text: str) -> list[Quantity]:
    out = list(found)
    for k, q in enumerate(out):
        others = q.unit == units.OTHERS_UNIT
        if not (others or _scaled_bare(q)):
            continue
        since = out[k - 1].end if k > 0 else 0
        unit = lex.INJURED_UNIT if others and _injured_before(q, text, since) else None
        currency = None
        if unit is None:
            for prev in reversed(out[:k]):
                if q.start - prev.end > _REACH or _SENTENCE_END.search(text, prev.end, q.start):
                    break
                if _noun_unit(prev) or not others and prev.unit not in (None, "%", units.OTHERS_UNIT):
                    unit, currency = prev.unit, prev.currency
                    break
        out[k] = replace(q, unit=unit, currency=currency)     # no noun in the sentence: it stands alone
    return out
