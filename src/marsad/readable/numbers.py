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


def counted_noun(n: int, singular: str, dual: str, plural: str, accusative: str) -> str:
    """A count with its noun in Arabic agreement: 1 and 2 by the singular and the dual alone
    (مقال، مقالان), 3-10 the plural (3 مقالات), 11-99 the accusative singular (40 مقالا),
    hundreds and thousands the singular (100 مقال)."""
    if n == 1:
        return singular
    if n == 2:
        return dual
    rest = n % 100
    if 3 <= rest <= 10:
        return f"{number(n)} {plural}"
    if 11 <= rest <= 99:
        return f"{number(n)} {accusative}"
    return f"{number(n)} {singular}"
