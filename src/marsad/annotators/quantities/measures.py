"""Measures normalised: each unit's CLDR id gives its family and a factor to the family's base
unit, so `0.5 كغ` and `500 غرام` both measure 0.5 kilogram (`lexicons.numbers.unit_ids`,
`UNIT_FACTORS`, `FAMILY_BASE`; Babel's Arabic unit names with the fixes listed there)."""
from __future__ import annotations

import re
from dataclasses import replace

from ...layers import Quantity
from ...lexicons import numbers as lex
from ...text.normalize import fold
from . import units

_IDS = {fold(name): unit_id for name, unit_id in lex.unit_ids().items()}
_SPEED_TAIL = re.compile(r"\s*(?:" + "|".join(re.escape(t).replace(r"\ ", r"\s+") for t in lex.SPEED_TAILS) + r")(?!\w)")


def unit_id(unit: str | None) -> str | None:
    """The CLDR unit id of an Arabic unit name ("كيلوغرام" -> mass-kilogram), None if no measure."""
    return _IDS.get(units.key(unit)) if unit else None


def _speed(q: Quantity) -> Quantity:
    """"300 كيلومتر في الساعة": a length per hour is a speed, its tail part of the span."""
    if q.unit not in ("كيلومتر", "متر", "ميل"):
        return q
    m = _SPEED_TAIL.match(q.source, q.end)
    if m is None:
        return q
    per = "الثانية" if "ثاني" in m.group() else "الساعة"
    return replace(q, end=m.end(), unit=f"{q.unit} في {per}")


def normalise(q: Quantity) -> Quantity:
    """The quantity with its family, base value and base unit when its unit is a measure."""
    q = _speed(q)
    key = unit_id(q.unit)
    if key is None or not isinstance(q.value, (int, float)) or key not in lex.UNIT_FACTORS:
        return q
    family = key.split("-", 1)[0]
    base = q.value * lex.UNIT_FACTORS[key]
    base = int(base) if float(base).is_integer() else float(f"{base:.12g}")
    return replace(q, family=family, base_value=base, base_unit=lex.FAMILY_BASE[family])


def normalise_measures(found: list[Quantity]) -> list[Quantity]:
    return [normalise(q) for q in found]
