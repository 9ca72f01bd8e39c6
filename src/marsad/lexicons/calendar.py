"""Month and weekday names, built from maintained data rather than typed in.

- Gregorian months and weekdays: CLDR through Babel, over EVERY Arabic locale it
  ships (ar_SA gives يناير…, ar_IQ/ar_SY/ar_LB كانون الثاني…, ar_DZ/ar_TN جانفي…,
  ar_MA غشت/شتنبر…, ar_MR أغشت…), wide and abbreviated, format and stand-alone.
- Hijri months: hijridate's Arabic locale (Babel carries no Islamic-calendar names).
  News spells a few of them in other ways than that list; HIJRI_VARIANTS holds
  only those alternatives (genitive ذي/ذا of ذو, the older ربيع الآخر, جمادى
  الثانية), each a well-known spelling, not a second copy of the names.

Keys are folded (`marsad.text.normalize.fold`), so lookups ignore hamza,
alef and teh-marbuta variants and diacritics.
"""
from __future__ import annotations

from functools import lru_cache

from babel import Locale, localedata
from hijridate.locales import get_locale as _hijri_locale

from ..text.normalize import fold

# Spellings of Gregorian months that CLDR does not list but news writes (Egyptian يونيه/يوليه).
# Levantine names also come without the article: "كانون أول", "تشرين ثاني".
GREGORIAN_VARIANTS = {"يونيه": 6, "يوليه": 7, "إبريل": 4, "ابريل": 4, "اغسطس": 8, "سبتمر": 9,
                      "كانون ثاني": 1, "تشرين أول": 10, "تشرين ثاني": 11, "كانون أول": 12}

# Alternative spellings of Hijri months (see the module docstring).
HIJRI_VARIANTS = {
    "ربيع الآخر": 4, "ربيع الثانى": 4,
    "جمادى الأول": 5, "جمادى الآخر": 6, "جمادى الثانية": 6, "جمادى الثاني": 6,
    "ذي القعدة": 11, "ذا القعدة": 11, "ذو القعده": 11,
    "ذي الحجة": 12, "ذا الحجة": 12,
}


def arabic_locales() -> list[str]:
    return sorted(l for l in localedata.locale_identifiers() if l.split("_")[0] == "ar")


@lru_cache(maxsize=1)
def gregorian_months() -> dict[str, int]:
    """Folded month name -> month number, from every Arabic CLDR locale."""
    names: dict[str, int] = {}
    for ident in arabic_locales():
        months = Locale.parse(ident).months
        for context in ("format", "stand-alone"):
            for width in ("wide", "abbreviated"):
                try:
                    table = months[context][width]
                except KeyError:
                    continue
                for number, name in table.items():
                    names.setdefault(fold(name.replace("\xa0", " ")), number)
    for name, number in GREGORIAN_VARIANTS.items():
        names.setdefault(fold(name), number)
    return names


@lru_cache(maxsize=1)
def weekdays() -> dict[str, int]:
    """Folded weekday name (with ال) -> ISO weekday (Monday 1 .. Sunday 7), from CLDR."""
    names: dict[str, int] = {}
    for ident in arabic_locales():
        days = Locale.parse(ident).days
        for context in ("format", "stand-alone"):
            for width in ("wide", "abbreviated"):
                try:
                    table = days[context][width]
                except KeyError:
                    continue
                for babel_day, name in table.items():   # Babel: Monday 0 .. Sunday 6
                    names.setdefault(fold(name), babel_day + 1)
    return names


@lru_cache(maxsize=1)
def hijri_months() -> dict[str, int]:
    """Folded Hijri month name -> month number (hijridate's Arabic names plus HIJRI_VARIANTS)."""
    locale = _hijri_locale("ar")
    names = {fold(locale.month_name(m)): m for m in range(1, 13)}
    for name, number in HIJRI_VARIANTS.items():
        names.setdefault(fold(name), number)
    # ذو (nominative) also appears as ذي/ذا (genitive/accusative) before القعدة/الحجة.
    for name, number in list(names.items()):
        if name.startswith("ذو "):
            for case in ("ذي ", "ذا "):
                names.setdefault(case + name[3:], number)
    return names

# Words that fold to a month name but, as written, are not one: the Yemeni city إب (hamza
# below) folds to آب (August, written with madda).
MONTH_LOOKALIKES = ("إب",)
