"""A noun in the dual counts two: "ريالين", "طنين", "محطتين", "شاحنتان" (value 2, the unit the
singular): a currency or a measure in -ين/-ان, and a feminine noun in -تين/-تان whose singular in
ة is a common word (wordfreq classes shipped with the entity tagger). Unvocalised, a masculine
-ين is also the sound plural ("مواطنين") and -ان ends names ("لبنان"): those are left alone. An adjective that agrees with a dual ("محطتين جديدتين"), a definite word and a
word inside a time expression or a name are left alone."""
from __future__ import annotations

from ...text.normalize import fold
from . import units
from .numbers import NUMBER_WORDS

_MIN_SINGULAR = 6          # frequency class of a common word (twice the Zipf frequency)
_NOT_DUAL_UNITS = frozenset(fold(w) for w in ("مرة", "ضعف", "نقطة", "درجة", "قدم", "ميل", "مرت", "عقد", "قرن",
                                                "موسم", "عام", "يوم", "شهر", "اسبوع", "ساعه", "سنه"))


def _frequency(folded: str) -> int:
    from ..entities.resources import frequency_class
    return frequency_class(folded)


def dual_singular(word: str) -> str | None:
    """The singular (as written) of a dual noun, or None. `word` is the original spelling."""
    plain = units.plain(word)
    key = fold(plain)
    if len(key) < 4 or key in NUMBER_WORDS or key in units.NOT_UNITS:
        return None
    for ending in ("ين", "ان"):
        head = key[:-2]
        if key.endswith(ending) and (head in units.CURRENCIES or head in units.MEASURES) and head not in _NOT_DUAL_UNITS:
            return units.unit_of(plain[:-2])                   # "ريالين", "طنين", "مترين"
    if key.endswith(("تين", "تان")):
        singular = key[:-3] + "ه"
        if singular[:-1] in _NOT_DUAL_UNITS:
            return None
        if _frequency(singular) >= _MIN_SINGULAR and _frequency(key) < _frequency(singular):
            return plain[:-3] + "ة"                             # "محطتين", "شاحنتان"
        return None
    # A masculine -ين/-ان noun ("قاربين", "لقاءان") is as often a sound plural or a name; measured on
    # the written-news train split, reading those as duals cost more than it found.
    return None


class DualReaders:
    """The dual reader mixed into the finder (`finder.Finder`)."""

    def dual(self, i: int, first: int, last: int):
        texts = self.texts
        word = texts[i]                                  # folded already: cheap tests first
        if self.blocked[i] or not (word.endswith(("تين", "تان")) or word[:-2] in units.CURRENCIES
                                   or word[:-2] in units.MEASURES or word[1:-2] in units.CURRENCIES
                                   or word[1:-2] in units.MEASURES or word[1:].endswith(("تين", "تان"))):
            return None
        if self.is_definite(i):
            return None
        original = self.original(i)
        skip = 0
        singular = dual_singular(original)
        if singular is None and len(word) > 5 and word[0] in "وبلفك" and _frequency(word) <= 2:
            singular, skip = dual_singular(original[1:]), 1          # "بهدفين", "لحادثين"
        if singular is None:
            return None
        if i > first and (self.is_number(i - 1) or texts[i - 1] in NUMBER_WORDS
                          or texts[i - 1].endswith(("ين", "ان")) and dual_singular(self.original(i - 1))):
            return None                                  # "3 مواطنين"; "محطتين جديدتين" agrees
        if i + 1 < last and texts[i + 1] in ("اثنين", "اثنان", "اثنتين", "اثنتان"):
            return None                                  # "مدنيين اثنين": the number reader's
        return self._emit(i, i, 2, singular, False, skip_clitic=skip), i + 1
