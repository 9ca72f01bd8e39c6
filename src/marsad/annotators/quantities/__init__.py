"""Quantities: numbers with what they count, resolved to values.

Found on the folded view of the body (`marsad.annotators.views`), word by word:
- cardinals in digits or words, with the noun they count as unit (`12 ألف جندي`,
  `ثلاثة مراكز إدارية`, `9000 ريال`, `25 مترا`, `60%`, `20 في المئة`), or alone
  (`نقل سبعة منهم`);
- ordinals naming things (`المادة الرابعة`, `خامس هجوم`, `المادة 4`), and
  counts after a definite plural (`الدول الثلاث`);
- a unit alone after an approximator (`نحو طن` -> 1).
An approximator before the number (`نحو`, `حوالي`, `أكثر من`) marks it
approximate and stays outside the span. Skipped: numbers inside time
expressions (`23 أكتوبر 2024`, `15 عاما`) and inside names (when the entities
layer is present), identifiers (`رقم 920004696`, `KN-23`), bare years, list
numbers and scores.
"""
from __future__ import annotations

import re
from bisect import bisect_left

from ...document import Document
from ...layers import ENTITIES, PARAGRAPHS, QUANTITIES, TIMEXES, Quantity
from ...lexicons import numbers as lex
from ...pipeline import stage
from ...text.normalize import fold
from ..views import DocumentView, document_view, trie_pattern
from . import units
from .numbers import FEW, NUMBER_WORDS, ONES, SCALE_PLURALS, SCALES, read_number
from .ranges import drop_scores, share_range_units

__all__ = ["quantities", "find_quantities"]

ORDINALS = {fold(k): v for k, v in lex.ORDINALS.items()}
ORDINALS_CONSTRUCT = {fold(k): v for k, v in lex.ORDINALS_CONSTRUCT.items()}
DEFINITE_CARDINALS = {fold(k): v for k, v in lex.DEFINITE_CARDINALS.items()}
NUMBERED_NOUNS = frozenset(fold(w) for w in lex.NUMBERED_NOUNS)
ORDINAL_NOT_AFTER = frozenset(fold(w) for w in lex.ORDINAL_NOT_AFTER)
_FIRST_RANKED = frozenset(fold(w) for w in lex.FIRST_RANKED)
_FIRST = frozenset(fold(w) for w in lex.FIRST)
ID_WORDS = frozenset(fold(w) for w in lex.ID_WORDS)
SPELLED_LETTERS = frozenset(fold(w) for w in lex.SPELLED_LETTERS)
YEAR_NAMING_NOUNS = frozenset(fold(w) for w in lex.YEAR_NAMING_NOUNS)
YEAR_MODIFIERS = frozenset(fold(w) for w in lex.YEAR_MODIFIERS)
ONE_AFTER_NOT = frozenset(fold(w) for w in lex.ONE_AFTER_NOT)
# "شيء واحد", "رجلين اثنين": one and two follow the noun they count, agreeing with it.
_ONE_TWO_AFTER = {fold(w): (v, fold(w).endswith(("ه", "تين", "تان", "تا"))) for w, v in lex.ONES.items()
                  if v in (1, 2) and fold(w) not in ("احد", "احدي", "اثنا", "اثني", "اثنتا", "اثنتي")}
APPROXIMATORS = sorted((fold(w).split() for w in lex.APPROXIMATORS), key=len, reverse=True)
BOUNDS = frozenset(fold(w) for w in lex.BOUNDS)
# One-word numbers that are as often other words ("ست" lady, "تسع" fits, "ألف" composed):
# they count only with a noun, a scale or "من ..." after them.
_AMBIGUOUS_WORDS = frozenset(fold(w) for w in ("ست", "تسع", "ثمان", "عشر", "عشرة", "ألف", "سبع", "خمس", "أربع",
                                               "ثلاث", "مية", "مئة", "مائة", "واحد", "واحدة", "واحدا"))
_TIME_NOUNS = frozenset(fold(w) for w in ("اليوم", "الأسبوع", "الشهر", "العام", "السنة", "القرن", "العقد",
                                          "الأيام", "الأشهر", "الشهور", "السنوات", "الأعوام", "الساعة",
                                          "الموسم", "الربع", "النصف", "الشوط"))
_ORDINAL_TENS = {fold(w): v for w, v in (("العشرون", 20), ("العشرين", 20), ("الثلاثون", 30),
                                          ("الثلاثين", 30), ("الأربعون", 40), ("الأربعين", 40),
                                          ("الخمسون", 50), ("الخمسين", 50), ("الستون", 60), ("الستين", 60),
                                          ("السبعون", 70), ("السبعين", 70), ("الثمانون", 80), ("الثمانين", 80),
                                          ("التسعون", 90), ("التسعين", 90))}
_ORDINAL_HEADS = frozenset(k.split()[0] for k in ORDINALS) | frozenset(fold(w) for w in ("الحادي", "الحادية", "السابع",
                                                                                           "السابعة", "الثامن", "الثامنة",
                                                                                           "التاسع", "التاسعة"))
# Words an indefinite ordinal orders rather than counts: "ثاني أيام العيد" is a day, not two.
_NOT_COUNTED = frozenset(fold(w) for w in ("أكسيد", "اكسيد", "أيام", "يوم", "ليالي", "ليلة", "أسابيع", "أسبوع",
                                           "أشهر", "شهور", "شهر", "سنوات", "أعوام", "عام", "سنة", "ساعات", "ساعة"))

# Words a quantity can start at (besides digits), and words whose presence after a word makes
# that word a possible start ("المادة الرابعة", "الدول الثلاث", "المادة 4" are checked there).
_ANCHORS = frozenset(NUMBER_WORDS) | frozenset(ORDINALS_CONSTRUCT) | frozenset(units.MEASURES) | NUMBERED_NOUNS
_NEXT_ANCHORS = frozenset(w.split()[0] for w in ORDINALS) | frozenset(DEFINITE_CARDINALS) | _FIRST
_ANCHOR_WORD = re.compile(rf"(?<![^\W\d_])[وفبلك]{{0,2}}{trie_pattern(_ANCHORS | _NEXT_ANCHORS)}(?![^\W\d_])|\d+")
_APPROXIMATOR_ENDS = frozenset(p[-1] for p in APPROXIMATORS)


def _bare(word: str) -> str:
    """A folded word without a leading و/ف and a preposition ب/ل/ك before ال."""
    if len(word) > 3 and word[0] in "وف":
        word = word[1:]
    if len(word) > 3 and word[0] in "بلك" and word[1:3] == "ال":
        word = word[1:]
    if word.startswith("لل") and len(word) > 3:
        word = "ا" + word[1:]
    return word


# Possessive suffixes on a noun before an ordinal ("عامها الخامس", "دورته الثالثة"), longest first.
_POSSESSIVE_SUFFIXES = ("هما", "كما", "ها", "هم", "هن", "نا", "كم", "ه")
_PRONOUN_PREPOSITIONS = frozenset(fold(w) for w in (
    "منها", "فيها", "لها", "بها", "عليها", "عنها", "إليها", "معها", "منه", "فيه", "له", "به", "عليه", "عنه",
    "إليه", "معه", "منهم", "فيهم", "لهم", "بهم", "عليهم", "عنهم", "إليهم", "معهم", "لنا", "منا", "فينا",
    "علينا", "عنا", "معنا", "إلينا", "بنا", "لكم", "منكم", "فيكم", "عليكم", "هذه", "إنه", "أنه", "لأنه",
    "إنها", "أنها", "لأنها", "إننا", "أننا", "بأنه", "بأنها", "وأنه", "وأنها", "كونه", "كونها", "لديه",
    "لديها", "لديهم", "عنده", "عندها", "نفسه", "نفسها", "ذاته", "ذاتها", "بعضها", "بعضه", "كلها", "كله"))
_TIME_STEMS = frozenset(fold(w) for w in ("عام", "يوم", "شهر", "أسبوع", "سنت", "موسم", "دورت"))
# Nouns surely counted (money, measures, the common counted nouns): a number in the years' range
# before them is a count even after another such number ("بين 1990 و2000 شخص").
_COUNT_NOUNS = frozenset(units.CURRENCIES) | frozenset(units.MEASURES) | frozenset(units.BROKEN_PLURALS) \
    | frozenset(fold(v) for v in units.BROKEN_PLURALS.values()) | units.PERCENT_SIGNS
# Unit abbreviations written with a power: "1500م2" (square metres), "كم2", "م3".
_POWER_UNITS = {"م": "متر", "كم": "كيلومتر", "سم": "سنتيمتر"}
_ARTICLE_ONLY = re.compile(r"^(?:[وف]?[بلك]?ال|[وف]?لل)$")
_CLOSING_QUOTES = frozenset("»”″\"'")
_DEFINITE = re.compile(r"(?:[وف]?[بكل]?ال|[وف]?لل)\w")
# Brackets and quote marks a number may stand in before what it counts: "(600) وظيفة", «600» وظيفة.
_OPENERS = frozenset('(«“"″')
_CLOSERS = frozenset(')»”"″')
# Letters that may stand glued before digits: a clitic alone, or the article ("لـ14", "الـ15").
_CLITIC_BEFORE = re.compile(r"(?:(?<![^\W\d_])[وفبلك]|(?<![^\W\d_])[وفبلك]?ال)$")
# Units a four-digit number in the years' range must have to count as a quantity.
_COUNTED_AFTER_YEAR = frozenset(["%"]) | frozenset(units.CURRENCIES.values()) | frozenset(units.MEASURES.values())
_RANGE_WORDS = frozenset(fold(w) for w in ("إلى", "الى", "حتى", "-", "–", "و"))
# A number on either side of a slash is a score, a reference or a date, not a count.
_SLASH_PAIR_BEFORE = re.compile(r"(?:\d|صفر)\s*/\s*$")
_SLASH_PAIR_AFTER = re.compile(r"\s*/\s*(?:\d|صفر)")
# Units that do not count one when alone ("أكثر من مرة" is not one time).
_LIST_DASH = re.compile(r"[ \t]*[-–ـ][ \t]")
_FRACTION_PLURALS = {fold(k): v for k, v in lex.FRACTION_PLURALS.items()}
_COUNT_WORDS = frozenset(fold(w) for w in ("عدد",))           # العدد names an issue: "العدد 262"
_NOT_ALONE = frozenset(fold(w) for w in ("مرة", "مرات", "ضعف", "أضعاف", "نقطة", "نقاط", "درجة", "درجات"))


def _is_arabic(ch: str) -> bool:
    return "\u0600" <= ch <= "\u06ff"


def _noun(original: str) -> str:
    """A definite noun as written without its clitics and article: والمادة -> مادة."""
    head = original[:5]
    if "ال" in head:
        return original[head.index("ال") + 2:]
    if "لل" in original[:4]:
        return original[original.index("لل") + 2:]
    return original


def _without_pronoun(word: str) -> str:
    """A plural noun without the possessive pronoun an ordinal's noun may carry: "ثاني مبارياته"
    counts matches (مباريات), "ثالث لقاءاتها" meetings."""
    for suffix in ("اتهما", "اتهم", "اتها", "اته"):
        if word.endswith(suffix) and len(word) - len(suffix) >= 3:
            return word[:-len(suffix) + 2]
    return word


def _definite_noun(word: str) -> str | None:
    bare = _bare(word)
    return bare if bare.startswith("ال") and len(bare) > 3 else None


class _Finder:
    def __init__(self, view: DocumentView, blocked: list[tuple[int, int]]):
        self.view = view
        self.texts = view.texts
        self.starts = view.starts
        self.ends = view.ends
        # which words lie inside a blocked range (a timex or a name)
        self.blocked = [False] * len(self.texts)
        for s, e in blocked:
            k = bisect_left(self.ends, s + 1)
            while k < len(self.texts) and self.starts[k] < e:
                self.blocked[k] = True
                k += 1

    def original(self, i: int) -> str:
        return self.view.span(self.starts[i], self.ends[i]).text

    def is_word(self, i: int) -> bool:
        return 0 <= i < len(self.texts) and self.texts[i][0].isalpha()

    def is_definite(self, i: int) -> bool:
        """Word i carries the article as written (ألقاب, ألف fold to "ال..." but have none)."""
        return bool(_DEFINITE.match(units.plain(self.original(i))))

    def is_number(self, i: int) -> bool:
        return self.texts[i][0].isdigit()

    def gap(self, i: int, j: int) -> str:
        """View text between word i's end and word j's start."""
        return self.view.text[self.ends[i]:self.starts[j]]

    def run(self, first: int, last: int) -> list[Quantity]:
        """Quantities among words first..last (a body paragraph), tried at anchor words only."""
        found = []
        view_text, starts, blocked = self.view.text, self.starts, self.blocked
        lo, hi = starts[first] if first < last else 0, self.ends[last - 1] if first < last else 0
        candidates = set()
        for m in _ANCHOR_WORD.finditer(view_text, lo, hi):
            k = bisect_left(starts, m.start())
            candidates.add(k)
            if m.group() in _NEXT_ANCHORS and k > first:
                candidates.add(k - 1)
        done = first
        for i in sorted(candidates):
            if i < done or i >= last or blocked[i]:
                continue
            item = self.ordinal(i, last) or self.one_after_noun(i, first) or self.number(i, last) \
                or self.unit_alone(i, last)
            if item is not None:
                q, done = item
                found.append(q)
        return found

    # --- readers: each returns ((start word, end word, value, unit, approximate), next index) ---
    def ordinal(self, i: int, last: int):
        texts = self.texts
        noun = _definite_noun(texts[i]) if self.is_definite(i) else None
        stem = None if noun else self._possessed(i)
        if (noun or stem) and i + 1 < last:
            two = f"{texts[i + 1]} {texts[i + 2]}" if i + 2 < last else None
            for size, key in ((2, two), (1, texts[i + 1])):
                if key in _FIRST and size == 1 and noun in _FIRST_RANKED and self._joined(i, i + 1) \
                        and not self._any_blocked(i, i + 1):
                    return self._emit(i, i + 1, 1, units.unit_of(_noun(self.original(i))), False,
                                      skip_clitic=self._clitics(i)), i + 2          # "المركز الأول"
                if key not in ORDINALS or not self._joined(i, i + size) or self._any_blocked(i, i + size):
                    continue
                if noun and (noun in ORDINAL_NOT_AFTER or noun in _TIME_NOUNS and not self._in_a_row(i + size + 1)):
                    continue                                # "الحرب العالمية الثانية", "اليوم الثاني"
                if stem and (stem[-1] == "ت") != (key.split()[0][-1] == "ه"):
                    continue                                # no agreement: "بيتها الثانية"
                value, end = ORDINALS[key], i + size
                tens = texts[end + 1] if end + 1 < last else ""
                if size == 1 and value < 10 and tens[:1] == "و" and tens[1:] in _ORDINAL_TENS:
                    value, end = value + _ORDINAL_TENS[tens[1:]], end + 1     # الثالث والعشرون
                unit = units.unit_of(_noun(self.original(i))) if noun else self._possessed_unit(i, stem)
                return self._emit(i, end, value, unit, False, skip_clitic=self._clitics(i)), end + 1
        if noun and i + 1 < last:
            if texts[i + 1] in DEFINITE_CARDINALS and noun not in _TIME_NOUNS and self._joined(i, i + 1) \
                    and not self._any_blocked(i, i + 1):
                value = DEFINITE_CARDINALS[texts[i + 1]]
                return self._emit(i, i + 1, value, units.unit_of(_noun(self.original(i)), value),
                                  False), i + 2
            if noun in NUMBERED_NOUNS and self.is_number(i + 1) and self._joined(i, i + 1) \
                    and not self._any_blocked(i, i + 1):
                reading = read_number(texts, i + 1, last)
                if reading is not None and reading.end == i + 2 and float(reading.value).is_integer() \
                        and reading.value < 1000:
                    return self._emit(i, i + 1, reading.value, units.unit_of(_noun(self.original(i))),
                                      False), i + 2
        word = _bare(texts[i]) if texts[i][0] in "وف" and _bare(texts[i]) in ORDINALS_CONSTRUCT else texts[i]
        if word in ORDINALS_CONSTRUCT and self.is_word(i + 1) and i + 1 < last and self._joined(i, i + 1) \
                and texts[i + 1] not in units.NOT_UNITS and texts[i + 1] not in _NOT_COUNTED \
                and not units.after_lam(self.original(i + 1)) \
                and not self._any_blocked(i, i + 1):
            unit = units.unit_of(_without_pronoun(self.original(i + 1)))
            return self._emit(i, i + 1, ORDINALS_CONSTRUCT[word], unit, False,
                              skip_clitic=word != texts[i]), i + 2
        return None

    def number(self, i: int, last: int):
        texts = self.texts
        is_number = self.is_number(i)
        if not (is_number or texts[i] in NUMBER_WORDS or texts[i][1:] in NUMBER_WORDS):
            return None
        reading = read_number(texts, i, last)
        if reading is None or reading.clitic and texts[i][-3:] == "لست" and len(texts[i]) <= 4:
            return None                                  # "لست متأكدا": I am not, not "for six"
        if i > 0 and texts[i] in ("عشر", "عشره") and _bare(texts[i - 1]) in _ORDINAL_HEADS:
            return None                                  # "الحادي عشر": the end of an ordinal
        end = reading.end                                # words i..end-1 are the number
        if end < last and end > i and texts[end - 1] in ("ونصف", "نصف") and texts[end][:2] == "ال" \
                and texts[end][2:] in SCALES and self._joined(end - 1, end):
            end += 1                                     # "مليون ونصف المليون زائر": the scale said again
        if any(self.blocked[k] for k in range(i, end)):
            return None
        if is_number and not self._number_is_quantity(i, end, reading):
            return None
        first, value = i, reading.value
        if i > 0 and texts[i] in SCALES and texts[i - 1][:2] == "ال" and texts[i - 1][2:] in NUMBER_WORDS \
                and self._joined(i - 1, i) and not self.blocked[i - 1]:
            count = read_number([texts[i - 1][2:]], 0)        # "المائة ألف سلة": the hundred thousand
            if count is not None and count.value >= 3:
                first, value = i - 1, count.value * reading.value
        if i > 0 and end + 1 < last and texts[i - 1] in _OPENERS and texts[end] in _CLOSERS \
                and self._joined(i - 1, end + 1):
            k = end + 1                                     # "(600) وظيفة", "(1500) مليون ريال"
            scale = SCALES.get(texts[k])
            if scale and self._joined(k - 1, k):
                value, k = value * scale, k + 1
            unit, stop = self._unit_after(k, last, value, self._masculine_count(i, end))
            if unit is not None or scale:
                first = i - 1
                stop = max(stop, k)
            else:
                value, unit, stop = reading.value, None, end
        elif is_number and first == i and self._percent_before(i):
            unit, stop, first = "%", end, i - 1              # "%15", as typed right to left
        else:
            unit, stop = self._unit_after(end, last, value, self._masculine_count(i, end))
        if unit not in (None, "%") and not is_number and end == i + 1 and value in (1, 2) \
                and not self._counted_after_one_or_two(end):
            unit, stop = None, end                      # "واحد يستطيع", "اثنان آخران": no counted noun
        if unit is not None and fold(unit) in _FRACTION_PLURALS and end == i + 1 \
                and value < _FRACTION_PLURALS[fold(unit)]:
            value, unit = value / _FRACTION_PLURALS[fold(unit)], None     # "ثلاثة أرباع": three quarters
        approximate = reading.approximate or self._approximated(first)
        if unit is None and not is_number:
            word = texts[i][reading.clitic:]                 # "لست" is ل + ست to the reader
            if reading.single_word and (word in _AMBIGUOUS_WORDS or word in ONES and ONES[word] == 1):
                if not self._followed_by_min(end, last) and not self._or_number(end, last):
                    return None
            if reading.single_word and word in FEW:
                return None
        if unit is None and stop + 1 < last and texts[stop] in _RANGE_WORDS and self.blocked[stop + 1]:
            return None                                   # "من 1 إلى 30/11/1436هـ": the first end of a date range
        if unit is None and is_number and self._glued(i):
            return None                                   # "تشكيل1", "ينبع26 شوال 1436هـ"
        if is_number and end == i + 1 and self._looks_like_year(texts[i]) and unit not in _COUNTED_AFTER_YEAR \
                and not units.is_prefixed(unit) \
                and (unit is None and not self._range_to_count(stop, last) or unit is not None
                     and texts[stop - 1][0] in "يبلكف" or self._names_a_year(i)
                     or self._after_a_year(i) and texts[stop - 1] not in _COUNT_NOUNS):
            return None                                   # a year, not a count ("2013 يعكس", "موازنة 2015")
        if isinstance(value, float) and value.is_integer():
            value = int(value)
        return self._emit(first, stop - 1, value, unit, approximate,
                          skip_clitic=bool(reading.clitic) and first == i), stop

    def _possessed(self, i: int) -> str | None:
        """The folded stem of a noun with a possessive suffix ("عامها" -> "عام", "دورتها" -> "دورت"),
        or None (prepositions with a pronoun, "منها", "فيه", are no nouns; a final ة is no suffix)."""
        word = self.texts[i]
        if not self.is_word(i) or word in _PRONOUN_PREPOSITIONS or _bare(word) in _PRONOUN_PREPOSITIONS:
            return None
        original = units.plain(self.original(i))
        if not original.endswith(("ه", "ها", "هم", "هما", "هن", "نا", "كم", "كما")) or original.endswith("الله"):
            return None
        for suffix in _POSSESSIVE_SUFFIXES:
            if word.endswith(suffix) and len(word) - len(suffix) >= 3:
                stem = word[:-len(suffix)]
                return stem[1:] if stem[0] in "وفبلك" and len(stem) > 3 and stem[1:] in _TIME_STEMS else stem
        return None

    def _possessed_unit(self, i: int, stem: str) -> str:
        """The noun of "عامها الخامس" as written, without the suffix (ت back to ة)."""
        original = units.plain(self.original(i))
        for suffix in _POSSESSIVE_SUFFIXES:
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
        entry = _ONE_TWO_AFTER.get(self.texts[i])
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

    def unit_alone(self, i: int, last: int):
        """"نحو طن": a unit after an approximator counts one."""
        if self.texts[i] not in units.MEASURES or self.texts[i] in _NOT_ALONE or not self._approximated(i):
            return None
        if self.texts[i] in units.NOT_UNITS:
            return None
        return self._emit(i, i, 1, units.unit_of(self.original(i)), True), i + 1

    # --- helpers ---
    def _joined(self, i: int, j: int) -> bool:
        """Words i..j are separated by white space only."""
        return all(not self.gap(k, k + 1).strip() for k in range(i, j))

    def _any_blocked(self, i: int, j: int) -> bool:
        return any(self.blocked[k] for k in range(i, j + 1))

    def _emit(self, i: int, j: int, value, unit, approximate, skip_clitic: int = 0):
        start = self.starts[i] + int(skip_clitic)
        span = self.view.span(start, self.ends[j])
        return Quantity(span.start, span.end, span.source, value, unit, approximate)

    def _number_is_quantity(self, i: int, end: int, reading) -> bool:
        text = self.view.text
        w_start, w_end = self.starts[i], self.ends[i]
        digits = self.texts[i]
        if len(digits) >= lex.ID_MIN_DIGITS and digits.isdigit() and end == i + 1:
            return False                                  # phone numbers, IDs
        prev = self._previous_word(i)
        if (_bare(prev) in ID_WORDS or prev in ID_WORDS) and not self._counted_after_count_word(prev, end) \
                or prev in SPELLED_LETTERS \
                or prev[:1] in "وف" and prev[1:] in SPELLED_LETTERS:
            return False                                  # "القرار 2216", "خليجي 24", "إف 16"
        if prev and prev.isascii() and prev.isalpha():
            return False                                  # "iPad Mini 3", "Air 2": model names
        before = text[max(0, w_start - 2):w_start]
        after = text[self.ends[end - 1]:self.ends[end - 1] + 2]
        if before.endswith(("-", "/", ":", "#", "_")) or before[-1:].isalpha() and before[-1:].isascii():
            return False                                  # KN-23, 2014/2015, 3:1
        if _SLASH_PAIR_BEFORE.search(text, max(0, w_start - 8), w_start) \
                or _SLASH_PAIR_AFTER.match(text, self.ends[end - 1]):
            return False                                  # "3 / 1", "2 / صفر", "(60 / 33)": scores, references
        if before[-1:].isalpha() and not _CLITIC_BEFORE.search(text, max(0, w_start - 4), w_start) \
                and not self._glued(i):
            return False                                  # "1000م2", "كم2": part of a unit; "نحو1000" is two words
        if after[:1] in ("-", "/", ":", "_") and after[1:2].isalnum() or after[:1].isascii() and after[:1].isalpha() \
                or after[:1] == "@":
            return False
        if after[:1] in _CLOSING_QUOTES and i > 0 and self.texts[i - 1][0].isalpha() and self.texts[i - 1] != "ال" \
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

    def _counted_after_count_word(self, prev: str, end: int) -> bool:
        """"عدد 3 نسخ", "وعدد (8) صور", "عدد 750 من الأطباء": after indefinite عدد a number is a
        count; after العدد it numbers an issue ("العدد 262 منشورات الوزارة")."""
        return _bare(prev) in _COUNT_WORDS

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
        return _LIST_DASH.match(self.view.doc.text, end) is not None

    def _glued(self, i: int) -> bool:
        """Digits written right after a word of three letters or more ("نحو1000", "على75"): two
        words run together; they count only with a unit after them (not "تشكيل1", "أوميجا3")."""
        prev = self.texts[i - 1] if i > 0 else ""
        return len(prev) >= 3 and self.ends[i - 1] == self.starts[i] and prev[0].isalpha() and not prev.isascii() \
            and not _ARTICLE_ONLY.match(prev)                 # "وبالـ8": clitics and the article

    def _previous_word(self, i: int) -> str:
        """The nearest word before i that has letters or digits (skipping quote marks)."""
        for k in range(i - 1, max(-1, i - 3), -1):
            if self.texts[k][0].isalnum():
                return self.texts[k]
        return ""

    def _after_a_year(self, i: int) -> bool:
        """"بين 1854 و1863", "1436 - 1437": the second of two years."""
        k = i - 1
        if k >= 0 and self.texts[k] in _RANGE_WORDS | {"/"}:
            k -= 1
        return k >= 0 and self._looks_like_year(self.texts[k])

    def _range_to_count(self, k: int, last: int) -> bool:
        """"ما بين 1800 إلى 2200 كيلو وات": the first end of a range of counts (a range of years is
        a time expression, blocked)."""
        if not (k + 2 < last and self.texts[k] in ("الي", "حتي", "و") and self.is_number(k + 1)
                and not self.blocked[k + 1] and self.is_word(k + 2) and not self.blocked[k + 2]):
            return False                                  # "2002 - 77 قتيلا": a chronology, not a range
        # "بين 1854 و1863 طويلا", "أعوام 2006 و2009": years, unless the second end counts money or measures
        return not self._looks_like_year(self.texts[k + 1]) or self.texts[k + 2] in _COUNT_NOUNS

    def _names_a_year(self, i: int) -> bool:
        """The word before names the year ("موازنة 2015", "كأس العالم 2018")."""
        prev = self._previous_word(i)
        bare = _bare(prev)
        if prev in YEAR_NAMING_NOUNS or bare in YEAR_NAMING_NOUNS or bare[2:] in YEAR_NAMING_NOUNS \
                or bare in YEAR_MODIFIERS:
            return True
        after = units.plain(self.original(i + 1)) if i + 1 < len(self.texts) and self.is_word(i + 1) else ""
        return len(after) == 4 and after[0] == "أ" and after[-1] not in "ةه"      # "1989 أفضل مبيعات"

    @staticmethod
    def _looks_like_year(digits: str) -> bool:
        return digits.isdigit() and len(digits) == 4 and 1000 <= int(digits) <= 2100

    def _approximated(self, i: int) -> bool:
        if i == 0 or _bare(self.texts[i - 1]) not in _APPROXIMATOR_ENDS and self.texts[i - 1] not in _APPROXIMATOR_ENDS:
            return False
        for phrase in APPROXIMATORS:
            k = len(phrase)
            if i - k < 0:
                continue
            before = [_bare(t) if n == 0 else t for n, t in enumerate(self.texts[i - k:i])]
            if before == phrase or self.texts[i - k:i] == phrase:
                return True
        return False

    def _or_number(self, end: int, last: int) -> bool:
        """"لخمس أو ست سنوات", "ثلاث إلى أربع": a number word alternating with another is a number."""
        return end + 1 < last and self.texts[end] in ("او", "الي", "حتي") \
            and (self.texts[end + 1] in NUMBER_WORDS or self.is_number(end + 1))

    def _followed_by_min(self, end: int, last: int) -> bool:
        return end < last and self.texts[end] in ("منهم", "منهن", "منها", "ممن", "من", "منكم")

    def _counted_after_one_or_two(self, k: int) -> bool:
        """One and two follow their noun ("رجل واحد"); a word after them is counted only when it is
        a unit or a plural ("اثنان مصابين", "واحد مليون"), not a verb or an adjective."""
        word = self.texts[k]
        return word in units.CURRENCIES or word in units.MEASURES or word in units.BROKEN_PLURALS \
            or word in SCALES or word.endswith(("ين", "ون", "ات"))

    def _masculine_count(self, i: int, end: int) -> bool | None:
        """The gender of the noun a spelled count shows (ثلاثة: masculine), None for digits."""
        if self.is_number(end - 1):
            return None
        return self.texts[end - 1].endswith("ه")

    def _unit_after(self, k: int, last: int, value, masculine: bool | None = None) -> tuple[str | None, int]:
        """(unit, index after the quantity) for the words from k on."""
        texts = self.texts
        if k >= last or self.blocked[k]:
            return None, k
        if texts[k] in units.PERCENT_SIGNS and not self.gap(k - 1, k).strip(" "):
            return "%", k + 1
        for phrase in units.PERCENT_WORDS:
            n = len(phrase)
            if texts[k:k + n] == phrase and k + n <= last:
                return "%", k + n
        if texts[k] == "$":
            return "دولار", k + 1
        if texts[k] in _POWER_UNITS and k + 1 < last and texts[k + 1] in ("2", "3") \
                and self.ends[k] == self.starts[k + 1] and not self.gap(k - 1, k).strip():
            return f"{_POWER_UNITS[texts[k]]} {'مربع' if texts[k + 1] == '2' else 'مكعب'}", k + 2     # "1500م2"
        if not _is_arabic(texts[k][0]) or not self._joined(k - 1, k):
            return None, k
        if texts[k][0] == "و" and len(texts[k]) > 3 and texts[k] not in units.BROKEN_PLURALS \
                and texts[k] not in units.CURRENCIES and texts[k] not in units.MEASURES \
                and texts[k] not in units.NOUNS_WITH_WAW:
            return None, k                                # "23 ودمر": the next clause, not a unit
        if texts[k] in units.NOT_UNITS or texts[k] in NUMBER_WORDS and texts[k] not in SCALE_PLURALS:
            return None, k
        if self.is_definite(k):
            return None, k
        original = self.original(k)
        if k + 1 < last and self._joined(k, k + 1) and not self.blocked[k + 1]:
            joined = units.prefixed(original, self.original(k + 1))
            if joined:
                return joined, k + 2                      # "32 جيجا بايت", "170 كيلو مترا"
        if texts[k] in units.CURRENCIES or texts[k] in units.MEASURES:
            unit = units.unit_of(original)
            if k + 1 < last and self.is_word(k + 1) and self._joined(k, k + 1) and not self.blocked[k + 1]:
                extra = units.COMPLEMENTS.get(texts[k + 1])
                if extra and extra not in unit:
                    return f"{unit} {extra}", k + 2
            return unit, k + 1
        if len(texts[k]) < 2 or units.after_lam(original):
            return None, k                                # "الدورة 24 لمهرجان": of, not a counted noun
        return units.unit_of(original, value, masculine), k + 1


def find_quantities(view: DocumentView, blocked: list[tuple[int, int]]) -> list[Quantity]:
    """Quantities of a document view's body; `blocked` are view ranges to leave alone."""
    finder = _Finder(view, blocked)
    found: list[Quantity] = []
    for start, end in view.body:
        first, last = view.word_at(start), view.word_at(end)
        found.extend(finder.run(first, last))
    return drop_scores(share_range_units(found, view.doc.text), view.doc.text)


@stage("quantities", requires=[PARAGRAPHS, TIMEXES], provides=[QUANTITIES], uses=[ENTITIES])
def quantities(doc: Document) -> Document:
    """Numbers with what they count (digits, number words, ordinals, percentages, money)."""
    view = document_view(doc)
    blocked = [(view.to_view(t.start), view.to_view(t.end)) for t in doc.layer(TIMEXES)]
    blocked += [(view.to_view(e.start), view.to_view(e.end)) for e in doc.layer(ENTITIES)]
    return doc.with_layers(**{QUANTITIES: find_quantities(view, blocked)})
