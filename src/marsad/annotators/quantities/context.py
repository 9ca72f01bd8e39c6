"""When a number is no quantity: identifiers, model names, scores, list numbers, years."""
from __future__ import annotations

from ...lexicons import numbers as lex
from . import units
from .numbers import NUMBER_WORDS
from .tables import (
    ARTICLE_ONLY,
    CLITIC_BEFORE,
    CLOSING_QUOTES,
    COUNT_NOUNS,
    COUNT_WORDS,
    ID_WORDS,
    LIST_DASH,
    RANGE_WORDS,
    SLASH_PAIR_AFTER,
    SLASH_PAIR_BEFORE,
    SPELLED_LETTERS,
    YEAR_MODIFIERS,
    YEAR_NAMING_NOUNS,
    strip_clitics,
)


class NumberContext:
    """Checks mixed into the finder (`finder.Finder`) on the words around a number."""

    def _number_is_quantity(self, i: int, end: int, reading) -> bool:
        text = self.view.text
        w_start, w_end = self.starts[i], self.ends[i]
        digits = self.texts[i]
        if len(digits) >= lex.ID_MIN_DIGITS and digits.isdigit() and end == i + 1 and not self._counted_after(i):
            return False                                  # phone numbers, IDs (not "2500000 نسمة")
        prev = self._previous_word(i)
        if (strip_clitics(prev) in ID_WORDS or prev in ID_WORDS) and not self._counted_after_count_word(prev, end) \
                or prev in SPELLED_LETTERS \
                or prev[:1] in "وف" and prev[1:] in SPELLED_LETTERS:
            return False                                  # "القرار 2216", "خليجي 24", "إف 16"
        if prev and prev.isascii() and prev.isalpha():
            return False                                  # "iPad Mini 3", "Air 2": model names
        before = text[max(0, w_start - 2):w_start]
        after = text[self.ends[end - 1]:self.ends[end - 1] + 2]
        if before.endswith(("/", ":", "#", "_")) or before.endswith("-") and not self._minus(i) \
                and not self._dash_range(i - 2) \
                or before[-1:].isalpha() and before[-1:].isascii():
            return False                                  # KN-23, 2014/2015, 3:1 (not "إلى -5 درجات")
        if SLASH_PAIR_BEFORE.search(text, max(0, w_start - 8), w_start) \
                or SLASH_PAIR_AFTER.match(text, self.ends[end - 1]):
            return False                                  # "3 / 1", "2 / صفر", "(60 / 33)": scores, references
        if before[-1:].isalpha() and not CLITIC_BEFORE.search(text, max(0, w_start - 4), w_start) \
                and not self._glued(i):
            return False                                  # "1000م2", "كم2": part of a unit; "نحو1000" is two words
        if after[:1] in ("-", "/", ":", "_") and after[1:2].isalnum() and not self._dash_range(i) \
                or after[:1].isascii() and after[:1].isalpha() \
                or after[:1] == "@":
            return False
        if after[:1] in CLOSING_QUOTES and i > 0 and self.texts[i - 1][0].isalpha() and self.texts[i - 1] != "ال" \
                and end == i + 1:
            return False                                  # «خليجي 23», “شاهين 2″: a quoted name
        if before.endswith("(") and after.startswith(")"):
            opener = text[max(0, w_start - 40):w_start - 1].rstrip()[-1:]
            if not opener or opener in ".:؛\n" or after[1:2] == ":" or text[w_end + 1:w_end + 3].strip()[:1] == ":":
                return False                              # "(12) انظر ...": a footnote or list number
        if end == i + 1 and (after[:1] in (")", ".", "-") and after[1:2] in (" ", "\n", "")
                             or self._dash_after(i)):
            lead = text[max(0, w_start - 3):w_start].rstrip(" (")
            if not lead or lead[-1:] in ".:؛\n":
                return False                              # a list number: "أهمها: 1. ...", "2 ـ تعيين"
        return True

    def _counted_after(self, i: int) -> bool:
        """A long run of digits followed by what it counts ("2500000 نسمة"), not by a clause: a
        number that starts with 0 or follows an identifier word stays an identifier."""
        k = i + 1
        if self.texts[i][0] == "0" or k >= len(self.texts) or not self.is_word(k) or self.gap(i, k).strip():
            return False
        word = self.texts[k]
        return word in units.CURRENCIES or word in units.MEASURES or word in COUNT_NOUNS \
            or word not in units.NOT_UNITS and not word.startswith("ال") and len(word) >= 3 \
            and not units.is_verb_after_number(word)

    def _dash_range(self, i: int) -> bool:
        """Number i opens a range written with a dash before money, a measure or percent
        ("30-40 يورو", "5-7 كلم", "10-15%"), not a score or a code."""
        t = self.texts
        return 0 <= i and i + 3 < len(t) and t[i][0].isdigit() and t[i + 1] in ("-", "–") and t[i + 2][0].isdigit() \
            and (t[i + 3] in COUNT_NOUNS and (t[i + 3] in units.CURRENCIES or t[i + 3] in units.MEASURES)
                 or t[i + 3] in units.PERCENT_SIGNS)

    def _minus(self, i: int) -> bool:
        """A minus sign glued before number i with space before it ("إلى -5", "قدرها -3.2"): a
        negative number, not a code (KN-23) or a range (30-40)."""
        k = i - 1
        if k < 0 or self.texts[k] not in ("-", "−") or self.ends[k] != self.starts[i]:
            return False
        return k == 0 or bool(self.gap(k - 1, k).strip() == "" and self.gap(k - 1, k)) \
            and not self.is_number(k - 1) and self.texts[k - 1] not in NUMBER_WORDS

    def _counted_after_count_word(self, prev: str, end: int) -> bool:
        """"عدد 3 نسخ", "وعدد (8) صور", "عدد 750 من الأطباء": after indefinite عدد a number is a
        count; after العدد it numbers an issue ("العدد 262 منشورات الوزارة")."""
        return strip_clitics(prev) in COUNT_WORDS

    def _percent_before(self, i: int) -> bool:
        """A percent sign right before number i that no number before it owns ("بنسبة %15",
        not "20% 15")."""
        k = i - 1
        return k >= 0 and self.texts[k] in units.PERCENT_SIGNS and not self.gap(k, i).strip() \
            and len(self.gap(k, i)) <= 1 and not (k >= 1 and self.is_number(k - 1) and not self.gap(k - 1, k).strip())

    def _dash_after(self, i: int) -> bool:
        """A dash after number i in the original text, tatweel included ("1 ـ", "2 –"), which the
        folded view drops."""
        end = self.view.span(self.starts[i], self.ends[i]).end
        return LIST_DASH.match(self.view.doc.text, end) is not None

    def _glued(self, i: int) -> bool:
        """Digits written right after a word of three letters or more ("نحو1000", "على75"): two
        words run together; they count only with a unit after them (not "تشكيل1", "أوميجا3")."""
        prev = self.texts[i - 1] if i > 0 else ""
        return len(prev) >= 3 and self.ends[i - 1] == self.starts[i] and prev[0].isalpha() and not prev.isascii() \
            and not ARTICLE_ONLY.match(prev)                 # "وبالـ8": clitics and the article

    def _previous_word(self, i: int) -> str:
        """The nearest word before i that has letters or digits (skipping quote marks)."""
        for k in range(i - 1, max(-1, i - 3), -1):
            if self.texts[k][0].isalnum():
                return self.texts[k]
        return ""

    def _after_a_year(self, i: int) -> bool:
        """"بين 1854 و1863", "1436 - 1437": the second of two years."""
        k = i - 1
        if k >= 0 and self.texts[k] in RANGE_WORDS | {"/"}:
            k -= 1
        return k >= 0 and self._looks_like_year(self.texts[k])

    def _range_to_count(self, k: int, last: int) -> bool:
        """"ما بين 1800 إلى 2200 كيلو وات": the first end of a range of counts (a range of years is
        a time expression, blocked)."""
        if not (k + 2 < last and self.texts[k] in ("الي", "حتي", "و") and self.is_number(k + 1)
                and not self.blocked[k + 1] and self.is_word(k + 2) and not self.blocked[k + 2]):
            return False                                  # "2002 - 77 قتيلا": a chronology, not a range
        # "بين 1854 و1863 طويلا", "أعوام 2006 و2009": years, unless the second end counts money or measures
        return not self._looks_like_year(self.texts[k + 1]) or self.texts[k + 2] in COUNT_NOUNS

    def _names_a_year(self, i: int) -> bool:
        """The word before names the year ("موازنة 2015", "كأس العالم 2018")."""
        prev = self._previous_word(i)
        bare = strip_clitics(prev)
        if prev in YEAR_NAMING_NOUNS or bare in YEAR_NAMING_NOUNS or bare[2:] in YEAR_NAMING_NOUNS \
                or bare in YEAR_MODIFIERS:
            return True
        after = units.plain(self.original(i + 1)) if i + 1 < len(self.texts) and self.is_word(i + 1) else ""
        return len(after) == 4 and after[0] == "أ" and after[-1] not in "ةه"      # "1989 أفضل مبيعات"

    @staticmethod
    def _looks_like_year(digits: str) -> bool:
        return digits.isdigit() and len(digits) == 4 and 1000 <= int(digits) <= 2100
