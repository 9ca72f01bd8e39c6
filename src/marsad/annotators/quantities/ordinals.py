"""Ordinals that name things ("المادة الرابعة", "خامس هجوم", "عامها الخامس"), definite counts
("الدول الثلاث") and one or two after their noun ("شيء واحد"): readers of the quantity finder."""
from __future__ import annotations

from ...text.normalize import fold
from . import units
from .numbers import NUMBER_WORDS, read_number
from .tables import (
    DEFINITE_CARDINALS,
    FIRST,
    FIRST_RANKED,
    NOT_COUNTED,
    NUMBERED_NOUNS,
    ONE_AFTER_NOT,
    ONE_TWO_AFTER,
    ORDINALS,
    ORDINALS_CONSTRUCT,
    ORDINAL_NOT_AFTER,
    ORDINAL_TENS,
    POSSESSIVE_SUFFIXES,
    PRONOUN_PREPOSITIONS,
    TIME_NOUNS,
    TIME_STEMS,
    strip_clitics,
    definite_noun,
    noun_as_written,
    without_pronoun,
)


class OrdinalReaders:
    """Readers mixed into the finder (`finder.Finder`); they use its word helpers."""

    def ordinal(self, i: int, last: int):
        texts = self.texts
        noun = definite_noun(texts[i]) if self.is_definite(i) else None
        stem = None if noun else self._possessed(i)
        if (noun or stem) and i + 1 < last:
            two = f"{texts[i + 1]} {texts[i + 2]}" if i + 2 < last else None
            for size, key in ((2, two), (1, texts[i + 1])):
                if key in FIRST and size == 1 and noun in FIRST_RANKED and self._joined(i, i + 1) \
                        and not self._any_blocked(i, i + 1):
                    return self._emit(i, i + 1, 1, units.unit_of(noun_as_written(self.original(i))), False,
                                      skip_clitic=self._clitics(i)), i + 2          # "المركز الأول"
                if key not in ORDINALS or not self._joined(i, i + size) or self._any_blocked(i, i + size):
                    continue
                if noun and (noun in ORDINAL_NOT_AFTER or noun in TIME_NOUNS and not self._in_a_row(i + size + 1)):
                    continue                                # "الحرب العالمية الثانية", "اليوم الثاني"
                if stem and (stem[-1] == "ت") != (key.split()[0][-1] == "ه"):
                    continue                                # no agreement: "بيتها الثانية"
                value, end = ORDINALS[key], i + size
                tens = texts[end + 1] if end + 1 < last else ""
                if size == 1 and value < 10 and tens[:1] == "و" and tens[1:] in ORDINAL_TENS:
                    value, end = value + ORDINAL_TENS[tens[1:]], end + 1     # الثالث والعشرون
                unit = units.unit_of(noun_as_written(self.original(i))) if noun else self._possessed_unit(i, stem)
                return self._emit(i, end, value, unit, False, skip_clitic=self._clitics(i)), end + 1
        if noun and i + 1 < last:
            if texts[i + 1] in DEFINITE_CARDINALS and noun not in TIME_NOUNS and self._joined(i, i + 1) \
                    and not self._any_blocked(i, i + 1):
                value = DEFINITE_CARDINALS[texts[i + 1]]
                return self._emit(i, i + 1, value, units.unit_of(noun_as_written(self.original(i)), value),
                                  False), i + 2
            if noun in NUMBERED_NOUNS and self.is_number(i + 1) and self._joined(i, i + 1) \
                    and not self._any_blocked(i, i + 1):
                reading = read_number(texts, i + 1, last)
                unit_next = i + 2 < last and (texts[i + 2] in units.CURRENCIES or texts[i + 2] in units.MEASURES)
                if reading is not None and reading.end == i + 2 and float(reading.value).is_integer() \
                        and reading.value < 1000 and not unit_next:       # "سعر الكيلو 80 جنيه": a price
                    return self._emit(i, i + 1, reading.value, units.unit_of(noun_as_written(self.original(i))),
                                      False), i + 2
        word = strip_clitics(texts[i]) if texts[i][0] in "وف" and strip_clitics(texts[i]) in ORDINALS_CONSTRUCT else texts[i]
        if word in ORDINALS_CONSTRUCT and self.is_word(i + 1) and i + 1 < last and self._joined(i, i + 1) \
                and texts[i + 1] not in units.NOT_UNITS and texts[i + 1] not in NOT_COUNTED \
                and not units.after_lam(self.original(i + 1)) \
                and not self._any_blocked(i, i + 1):
            unit = units.unit_of(without_pronoun(self.original(i + 1)))
            return self._emit(i, i + 1, ORDINALS_CONSTRUCT[word], unit, False,
                              skip_clitic=word != texts[i]), i + 2
        return None

    def _possessed(self, i: int) -> str | None:
        """The folded stem of a noun with a possessive suffix ("عامها" -> "عام", "دورتها" -> "دورت"),
        or None (prepositions with a pronoun, "منها", "فيه", are no nouns; a final ة is no suffix)."""
        word = self.texts[i]
        if not self.is_word(i) or word in PRONOUN_PREPOSITIONS or strip_clitics(word) in PRONOUN_PREPOSITIONS:
            return None
        original = units.plain(self.original(i))
        if not original.endswith(("ه", "ها", "هم", "هما", "هن", "نا", "كم", "كما")) or original.endswith("الله"):
            return None
        for suffix in POSSESSIVE_SUFFIXES:
            if word.endswith(suffix) and len(word) - len(suffix) >= 3:
                stem = word[:-len(suffix)]
                return stem[1:] if stem[0] in "وفبلك" and len(stem) > 3 and stem[1:] in TIME_STEMS else stem
        return None

    def _possessed_unit(self, i: int, stem: str) -> str:
        """The noun of "عامها الخامس" as written, without the suffix (ت back to ة)."""
        original = units.plain(self.original(i))
        for suffix in POSSESSIVE_SUFFIXES:
            if fold(original).endswith(suffix):
                original = original[:-len(suffix)]
                break
        return original[:-1] + "ة" if original.endswith("ت") and len(original) > 3 else original

    def _clitics(self, i: int) -> int:
        """View letters of و/ف and ب/ل/ك before a definite word ("للعام" -> 1, "وبالمركز" -> 2)."""
        word = self.texts[i]
        k = 0
        if len(word) > 4 and word[0] in "وف":
            k = 1
        if word[k:k + 2] == "لل":
            return k + 1
        if word[k:k + 1] in ("ب", "ل", "ك") and word[k + 1:k + 3] == "ال":
            return k + 1
        return k if word[k:k + 2] == "ال" else 0

    def _in_a_row(self, k: int) -> bool:
        """"للعام الخامس على التوالي": the ordinal counts years in a row."""
        return self.texts[k:k + 2] == ["علي", "التوالي"]

    def one_after_noun(self, i: int, first: int):
        """"شيء واحد", "عائلة واحدة", "جنديين اثنين": the noun before one or two is what it counts."""
        entry = ONE_TWO_AFTER.get(self.texts[i])
        if entry is None or i - 1 < first or self.blocked[i - 1] or not self.is_word(i - 1) \
                or not self._joined(i - 1, i) or self._followed_by_min(i + 1, len(self.texts)):
            return None
        value, feminine = entry
        if not units.plain(self.original(i)).startswith(("واحد", "اثن", "إثن")):
            return None                                    # "وأحد" folds to "واحد"
        noun = self.texts[i - 1]
        skip = 0
        if noun[0] == "و" and len(noun) > 3 and noun not in units.NOUNS_WITH_WAW:
            noun, skip = noun[1:], 1                       # "وعائلة واحدة"
        if units.plain(self.original(i - 1)).endswith(("ها", "هم", "ه", "نا", "كم")):
            return None                                    # "فأتتبعها واحدا": a verb with its object
        if noun in ONE_AFTER_NOT or noun in units.NOT_UNITS or noun in NUMBER_WORDS or noun[0] == "ي" \
                or self.is_definite(i - 1) or len(noun) < 3 or i >= 2 and self.texts[i - 2] in ("قلب", "علي قلب"):
            return None                                    # "على قلب رجل واحد": one heart, no count
        original = units.plain(self.original(i - 1))[skip:]
        if value == 2 and not original.endswith(("ين", "ان")):
            return None                                    # "نقل اثنان": two follows a dual noun only
        noun_feminine = original.endswith("ة") or value == 2 and original.endswith(("تين", "تان"))
        if noun_feminine != feminine:
            return None                                    # no agreement: not this noun's number
        if value == 2 and len(original) >= 5 and original.endswith(("ين", "ان")):
            original = original[:-3] + "ة" if original.endswith(("تين", "تان")) else original[:-2]
        q = self._emit(i - 1, i, value, units.unit_of(original), False, skip_clitic=skip)
        return q, i + 1
