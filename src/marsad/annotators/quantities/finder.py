"""The quantity finder: numbers, their units and approximators, word by word over a view."""
from __future__ import annotations

from bisect import bisect_left

from ...layers import Quantity
from ..views import DocumentView
from .context import NumberContext
from .duals import DualReaders
from .ordinals import OrdinalReaders
from ...text.normalize import fold
from . import units
from .numbers import FEW, NUMBER_WORDS, ONES, SCALE_PLURALS, SCALES, read_number
from .tables import (
    AMBIGUOUS_WORDS,
    ANCHOR_WORD,
    APPROXIMATORS,
    APPROXIMATOR_ENDS,
    CLOSERS,
    COUNTED_AFTER_YEAR,
    COUNT_NOUNS,
    DUAL_ENDING,
    DEFINITE,
    FRACTION_PLURALS,
    NEXT_ANCHORS,
    NOT_ALONE,
    OPENERS,
    ORDINAL_HEADS,
    POWER_UNITS,
    RANGE_WORDS,
    strip_clitics,
    is_arabic,
)


# Scale words in -ا: the accusative of one ("بلغ عددهم ألفا") alone, the construct dual before a
# noun ("ألفا مشارك", "مليونا دولار": two thousand, two million).
DUAL_CONSTRUCT_SCALES = frozenset(fold(w) for w in ("ألفا", "مليونا", "مليارا"))


class Finder(OrdinalReaders, DualReaders, NumberContext):
    """Quantities among a document view's words, tried at anchor words only."""

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
        return bool(DEFINITE.match(units.plain(self.original(i))))

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
        for m in ANCHOR_WORD.finditer(view_text, lo, hi):
            k = bisect_left(starts, m.start())
            candidates.add(k)
            if m.group() in NEXT_ANCHORS and k > first:
                candidates.add(k - 1)
        for m in DUAL_ENDING.finditer(view_text, lo, hi):
            candidates.add(bisect_left(starts, m.start()) - 1)      # the word the ending closes
        done = first
        for i in sorted(candidates):
            if i < done or i >= last or blocked[i]:
                continue
            item = self.ordinal(i, last) or self.one_after_noun(i, first) or self.number(i, last) \
                or self.unit_alone(i, last) or self.dual(i, first, last)
            if item is not None:
                q, done = item
                found.append(q)
        return found

    # --- readers: each returns ((start word, end word, value, unit, approximate), next index) ---

    def number(self, i: int, last: int):
        texts = self.texts
        is_number = self.is_number(i)
        if not (is_number or texts[i] in NUMBER_WORDS or texts[i][1:] in NUMBER_WORDS):
            return None
        reading = read_number(texts, i, last)
        if reading is None or reading.clitic and texts[i][-3:] == "لست" and len(texts[i]) <= 4:
            return None                                  # "لست متأكدا": I am not, not "for six"
        if i > 0 and texts[i] in ("عشر", "عشره") and strip_clitics(texts[i - 1]) in ORDINAL_HEADS:
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
        if reading.single_word and texts[i] in DUAL_CONSTRUCT_SCALES and end < last and self.is_word(end) \
                and self._joined(i, end) and texts[end] not in NUMBER_WORDS and texts[end] not in units.NOT_UNITS \
                and not self.is_definite(end):
            value *= 2                                   # "ألفا مشارك": two thousand (a dual before its noun)
        if is_number and i > 0 and self._minus(i):
            first, value = i - 1, -value                 # "-5 درجات", "-3.2 في المئة"
        if i > 0 and texts[i] in SCALES and texts[i - 1][:2] == "ال" and texts[i - 1][2:] in NUMBER_WORDS \
                and self._joined(i - 1, i) and not self.blocked[i - 1]:
            count = read_number([texts[i - 1][2:]], 0)        # "المائة ألف سلة": the hundred thousand
            if count is not None and count.value >= 3:
                first, value = i - 1, count.value * reading.value
        if i > 0 and end + 1 < last and texts[i - 1] in OPENERS and texts[end] in CLOSERS \
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
        if unit is not None and fold(unit) in FRACTION_PLURALS and end == i + 1 \
                and value < FRACTION_PLURALS[fold(unit)]:
            value, unit = value / FRACTION_PLURALS[fold(unit)], None     # "ثلاثة أرباع": three quarters
        approximate = reading.approximate or self._approximated(first)
        if unit is None and not is_number:
            word = texts[i][reading.clitic:]                 # "لست" is ل + ست to the reader
            if reading.single_word and (word in AMBIGUOUS_WORDS or word in ONES and ONES[word] == 1):
                if not self._followed_by_min(end, last) and not self._or_number(end, last):
                    return None
            if reading.single_word and word in FEW:
                return None
        if unit is None and stop + 1 < last and texts[stop] in RANGE_WORDS and self.blocked[stop + 1]:
            return None                                   # "من 1 إلى 30/11/1436هـ": the first end of a date range
        if unit is None and is_number and self._glued(i):
            return None                                   # "تشكيل1", "ينبع26 شوال 1436هـ"
        if is_number and end == i + 1 and self._looks_like_year(texts[i]) and unit not in COUNTED_AFTER_YEAR \
                and not units.is_prefixed(unit) \
                and (unit is None and not self._range_to_count(stop, last) or unit is not None
                     and texts[stop - 1][0] in "يبلكف" or self._names_a_year(i)
                     or self._after_a_year(i) and texts[stop - 1] not in COUNT_NOUNS):
            return None                                   # a year, not a count ("2013 يعكس", "موازنة 2015")
        if isinstance(value, float):
            value = float(f"{value:.12g}")               # 34.2 مليار: 34200000000, not ...000004
            value = int(value) if value.is_integer() else value
        return self._emit(first, stop - 1, value, unit, approximate,
                          skip_clitic=bool(reading.clitic) and first == i), stop

    def unit_alone(self, i: int, last: int):
        """"نحو طن": a unit after an approximator counts one; "كيلو ونصف", "طن وربع" one and a part."""
        if self.texts[i] in units.MEASURES and self.texts[i] not in NOT_ALONE and i + 1 < last \
                and self.texts[i + 1] in ("ونصف", "وربع") and self._joined(i, i + 1) and not self.blocked[i + 1]:
            value = 1.5 if self.texts[i + 1] == "ونصف" else 1.25
            return self._emit(i, i + 1, value, units.unit_of(self.original(i)), False), i + 2
        if self.texts[i] not in units.MEASURES or self.texts[i] in NOT_ALONE or not self._approximated(i):
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

    def _approximated(self, i: int) -> bool:
        if i == 0 or strip_clitics(self.texts[i - 1]) not in APPROXIMATOR_ENDS and self.texts[i - 1] not in APPROXIMATOR_ENDS:
            return False
        for phrase in APPROXIMATORS:
            k = len(phrase)
            if i - k < 0:
                continue
            before = [strip_clitics(t) if n == 0 else t for n, t in enumerate(self.texts[i - k:i])]
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
        if texts[k] in POWER_UNITS and k + 1 < last and texts[k + 1] in ("2", "3") \
                and self.ends[k] == self.starts[k + 1] and not self.gap(k - 1, k).strip():
            return f"{POWER_UNITS[texts[k]]} {'مربع' if texts[k + 1] == '2' else 'مكعب'}", k + 2     # "1500م2"
        if not is_arabic(texts[k][0]) or not self._joined(k - 1, k):
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
        if units.is_verb_after_number(texts[k]):
            return None, k                                # "30 يحملون", "24 ألفا يعملون": a verb, no unit
        if texts[k] in units.OTHERS:
            return units.OTHERS_UNIT, k + 1               # "30 آخرين": its noun comes from the sentence
        unit = units.unit_of(original, value, masculine)
        if k + 1 < last and self._joined(k, k + 1) and not self.blocked[k + 1] and self.is_word(k + 1) \
                and not self.is_definite(k + 1):
            adjective = units.adjective(original, self.original(k + 1))
            if adjective:
                return f"{unit} {adjective}", k + 2       # "14 خبيرا اقتصاديا", "أربع طائرات مسيرة"
        return unit, k + 1
