"""Amounts of money: the ISO 4217 code beside the Arabic unit, signs and codes, split amounts.

Runs over the quantities the finder found (original offsets), in text order:
- a sign or code around a bare number is its unit: `$25`, `25 USD`, `150 ر.س` (the Arabic
  abbreviations are CLDR's, from every Arabic locale);
- a country after the currency names it and joins the span: `500 مليون دينار أردني` is JOD,
  `جنيه مصري` EGP, `جنيه استرليني` GBP (CLDR's Arabic currency names);
- a subunit after `و` joins the amount: `15 دولارا و25 سنتا` is 15.25 دولار;
- a currency said without its country takes the code of the same currency qualified elsewhere
  in the article, else the one the head means alone (`دولار` USD), else none (`دينار`).
"""
from __future__ import annotations

import re
from dataclasses import replace

from ...layers import Quantity
from ...lexicons import numbers as lex
from ...text.normalize import fold
from . import units

_CODES = {fold(name): code for name, code in lex.currency_codes().items()}
_SIGNS = lex.currency_signs()
_ISO = lex.currency_iso_codes()
_DEFAULT = {fold(head): code for head, code in lex.DEFAULT_CURRENCY.items()}
_SUBUNITS = {fold(word): {fold(head): parts for head, parts in pairs} for word, pairs in lex.SUBUNITS.items()}
# The Arabic head noun of a code: the first word of its CLDR name ("USD" -> دولار).
_HEAD_OF_CODE = {}
for _name, _code in lex.currency_codes().items():
    _HEAD_OF_CODE.setdefault(_code, units.unit_of(_name.split()[0]))

_SIGN_ALT = "|".join(re.escape(s) for s in sorted(_SIGNS, key=len, reverse=True))
_SIGN_BEFORE = re.compile(rf"(?:{_SIGN_ALT}|\b(?P<code>[A-Z]{{3}}))\s?$")
_SIGN_AFTER = re.compile(rf"^\s?(?:{_SIGN_ALT}|(?P<code>[A-Z]{{3}})\b)")
_QUALIFIER = re.compile(r"^\s+((?:ال)?[^\W\d_]+)")
_SUBUNIT_JOIN = re.compile(r"^\s*و\s*$")


def _code_of_sign(sign: str, code_group: str | None) -> str | None:
    if code_group:
        return code_group if code_group in _ISO else None
    return _SIGNS.get(sign.strip())


def _signed(q: Quantity, text: str) -> Quantity:
    """A bare number with a currency sign or code right before or after it."""
    if q.unit is not None or not isinstance(q.value, (int, float)):
        return q
    before = _SIGN_BEFORE.search(text, max(0, q.start - 6), q.start)
    if before:
        code = _code_of_sign(before.group(), before.group("code"))
        if code:
            return _with_code(replace(q, start=before.start(), unit=_HEAD_OF_CODE.get(code)), text, code)
    after = _SIGN_AFTER.match(text[q.end:q.end + 7])
    if after:
        code = _code_of_sign(after.group(), after.group("code"))
        if code:
            return _with_code(replace(q, end=q.end + after.end(), unit=_HEAD_OF_CODE.get(code)), text, code)
    return q


def _with_code(q: Quantity, text: str, code: str) -> Quantity:
    return replace(q, currency=code)


def _qualifier_keys(word: str) -> list[str]:
    """Folded spellings to try for a country adjective: with and without the article, the
    accusative alif, the feminine ending; أميركي as أمريكي."""
    w = fold(word)
    if w.startswith("ال"):
        w = w[2:]
    w = w.replace("اميرك", "امريك")
    keys = [w]
    if w.endswith("ا") and len(w) > 3:
        keys.append(w[:-1])
    if w.endswith("ه"):
        keys.append(w[:-1])
    return keys


def _as_written(word: str) -> str:
    """A country adjective as the unit carries it: marks, article and accusative alif dropped
    ("الأمريكيَّ" -> أمريكي, "أردنيا" -> أردني)."""
    word = units.plain(word)
    if word.startswith("ال"):
        word = word[2:]
    return word[:-1] if word.endswith("ا") and len(word) > 3 else word


def _qualified(q: Quantity, text: str) -> Quantity:
    """A currency followed by its country ("دينار أردني", "جنيه استرليني"): the code, and the
    adjective joins the span."""
    if q.unit is None or q.currency is not None or units.key(q.unit) not in _DEFAULT and not units.is_currency(q.unit):
        return q
    m = _QUALIFIER.match(text[q.end:q.end + 24])
    if m:
        for key in _qualifier_keys(m.group(1)):
            code = _CODES.get(f"{units.key(q.unit)} {key}")
            if code:
                end = q.end + m.end()
                return replace(q, end=end, currency=code, unit=f"{q.unit} {_as_written(m.group(1))}")
    return q


def _merge_subunits(found: list[Quantity], text: str) -> list[Quantity]:
    """"15 دولارا و25 سنتا", "3 ريالات و500 بيسة": one amount in the larger unit."""
    out: list[Quantity] = []
    for q in found:
        prev = out[-1] if out else None
        parts = _SUBUNITS.get(units.key(q.unit or "")) if prev is not None else None
        head = units.key(prev.unit.split()[0]) if prev is not None and prev.unit else None
        if parts and head in parts and isinstance(prev.value, (int, float)) \
                and isinstance(q.value, (int, float)) and _SUBUNIT_JOIN.match(text[prev.end:q.start]) \
                and q.value < parts[head]:
            value = prev.value + q.value / parts[head]
            value = int(value) if float(value).is_integer() else round(value, 6)
            code = lex.SUBUNIT_CURRENCY.get(units.plain(q.unit))
            out[-1] = replace(prev, end=q.end, value=value, currency=code or prev.currency)
            continue
        out.append(q)
    return out


def resolve_money(found: list[Quantity], text: str) -> list[Quantity]:
    """`found` (text order) with signs, qualifiers, split amounts and ISO codes resolved."""
    found = [_qualified(_signed(q, text), text) for q in found]
    found = _merge_subunits(found, text)
    seen: dict[str, str] = {}                     # head -> code of its qualified mentions
    for q in found:
        if q.currency and q.unit:
            seen.setdefault(units.key(q.unit.split()[0]), q.currency)
    out = []
    for q in found:
        if q.unit is not None and q.currency is None and (units.is_currency(q.unit) or units.key(q.unit) in _DEFAULT):
            code = seen.get(units.key(q.unit)) or _DEFAULT.get(units.key(q.unit))
            if code:
                q = replace(q, currency=code)
        out.append(q)
    return out
