"""Numbers as the Arabic pages print them: CLDR grouping through Babel (Western digits, `,` grouping)."""
from __future__ import annotations

from babel.numbers import format_decimal

from .dates import LOCALE


def number(value) -> str:
    """`3,000,000`, `12.5`, `1.23457e+15` for the absurd; "" for None."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return str(value)
    if isinstance(value, float) and value.is_integer() and abs(value) < 1e15:
        value = int(value)
    if isinstance(value, (int, float)):
        if abs(value) >= 1e15:
            return f"{value:.6g}"
        return format_decimal(value, format="#,##0.######", locale=LOCALE)
    return str(value)
