"""Arabic numbers to values: digits in every digit set and cardinal number words.

`read_number(words, i)` reads the number that starts at word i of a folded
view (see `marsad.annotators.views`) and returns its value and the index after
it. It takes digits with `٫ ٬ . ,` separators (`10.000` is ten thousand,
`1.5 مليون` one and a half million), number words to trillions in any
gender and case (`ثلاثة وعشرون`, `مائة وخمسون ألفا`), the two mixed
(`12 ألف`, `3 ملايين`), scale words alone (`مليون دولار`), fractions of a scale
(`نصف مليون`, `مليون ونصف`) and `بضعة آلاف` (flagged approximate, lower bound).
Timexes reuse it for counts of units (`ثلاثة أيام`).
"""
from __future__ import annotations

from dataclasses import dataclass

from ...lexicons import numbers as lex
from ...text.normalize import fold


def _folded(table: dict) -> dict:
    return {fold(k): v for k, v in table.items()}


ONES = _folded({**lex.ONES, **lex.COLLOQUIAL_ONES})
TEN = _folded(lex.TEN)
TEENS = _folded(lex.TEENS)
TENS = _folded({**lex.TENS, **lex.COLLOQUIAL_TENS})
HUNDREDS = _folded({**lex.HUNDREDS, **lex.COLLOQUIAL_HUNDREDS})
SCALES = _folded({**lex.SCALES, **lex.COLLOQUIAL_SCALES})
SCALE_DUALS = _folded(lex.SCALE_DUALS)
SCALE_PLURALS = frozenset(fold(w) for w in lex.SCALE_PLURALS)
FRACTIONS = _folded(lex.FRACTIONS)
FEW = _folded(lex.FEW)
NUMBER_WORDS = frozenset(ONES) | frozenset(TEN) | frozenset(TEENS) | frozenset(TENS) | frozenset(HUNDREDS) | frozenset(SCALES) \
    | frozenset(SCALE_DUALS) | frozenset(FRACTIONS) | frozenset(FEW)
# "احد"/"احدي" mean "one of" far more often than "one", and the construct forms of two (اثنا،
# اثني ...) are also the verb أثنى (praised): they count only inside "احد عشر", "اثنا عشر".
_ONE_OF = frozenset({"احد", "احدي", "اثنا", "اثني", "اثنتا", "اثنتي"})
_PERCENT_NEXT = frozenset(fold(w) for w in ("%", "٪", "في", "بالميه", "بالمايه"))


@dataclass(frozen=True, slots=True)
class NumberReading:
    value: float | int
    end: int                  # index of the first word after the number
    approximate: bool = False
    words_only: bool = False  # written in words (no digits)
    single_word: bool = False
    clitic: int = 0           # letters of a preposition/conjunction before the first word ("بنصف")


def digits_value(text: str, next_word: str | None = None) -> float | int | None:
    """The value of a digit string with separators, ASCII digits (a folded view).

    `٫` is a decimal point and `٬` a thousands separator. A lone `.` or `,`
    before exactly three digits groups thousands (`10.000`, `12,000`) unless a
    scale word or percent follows (`1.500 مليون`, `3.125%`); otherwise it is a
    decimal point.
    """
    text = text.replace("\u066C", "")
    if "\u066B" in text:
        text = text.replace("\u066B", ".")
    seps = [c for c in text if c in ".,"]
    try:
        if not seps:
            return int(text)
        if len(seps) > 1:
            if len(set(seps)) == 1:                       # 1.000.000 / 1,000,000
                return int(text.replace(seps[0], ""))
            decimal = seps[-1]                            # 1,234.5 / 1.234,5
            thousands = "," if decimal == "." else "."
            return _num(text.replace(thousands, "").replace(decimal, "."))
        sep = seps[0]
        whole, frac = text.split(sep)
        if not whole:
            return _num("0." + frac)                     # ".5": a decimal written without its zero
        scale_or_percent = next_word is not None and (next_word in SCALES or next_word in SCALE_PLURALS
                                                      or next_word in _PERCENT_NEXT)
        if len(frac) == 3 and not scale_or_percent and whole != "0":
            return int(whole + frac)
        return _num(whole + "." + frac)
    except ValueError:
        return None


def _num(text: str) -> float | int:
    value = float(text)
    return int(value) if value.is_integer() else value


def _strip_and(word: str) -> str | None:
    """`وعشرون` -> `عشرون` when the rest is a number word."""
    if len(word) > 2 and word[0] == "و" and word[1:] in NUMBER_WORDS:
        return word[1:]
    return None


def read_number(words: list[str], i: int, limit: int | None = None) -> NumberReading | None:
    """The number starting at words[i] (folded words of a view), or None."""
    n = len(words) if limit is None else min(limit, len(words))
    if i >= n:
        return None
    total = 0.0
    group: float | None = None      # the value below the current scale
    last = None                     # kind of the last word read
    last_scale = None
    approximate = False
    any_digits = False
    count = 0
    j = i
    end = i
    clitic = 0
    while j < n:
        word = words[j]
        conj = False
        step = 1
        if j == i and word not in NUMBER_WORDS and len(word) > 2 and word[0] in "وفبل" \
                and word[1:] in NUMBER_WORDS and not word[0].isdigit():
            word, clitic = word[1:], 1                  # بنصف مليون, وثلاثة
        if j > i:
            stripped = _strip_and(word)
            if stripped is not None:
                word, conj = stripped, True
            elif word == "و" and j + 1 < n and (words[j + 1][0].isdigit() or words[j + 1] in NUMBER_WORDS):
                word, conj, step = words[j + 1], True, 2
        nxt = words[j + step] if j + step < n else None
        if word[0].isdigit():
            if j > i and not conj:
                break
            if j > i and last_scale is None:
                break
            value = digits_value(word, nxt)
            if value is None:
                break
            group = value
            last, any_digits = "digits", True
        elif word in ONES:
            if j > i and not conj:
                break
            if word in _ONE_OF and not (nxt in TEN):
                break
            group = (group or 0) + ONES[word] if conj and last in ("ones", "tens", "hundreds") else ONES[word]
            last = "ones"
        elif word in TEENS:
            if j > i and not conj:
                break
            group = TEENS[word] if not (conj and last == "scale") else TEENS[word]
            last = "tens"
        elif word in TEN:
            if j > i and last == "ones" and not conj:
                group = (group or 0) + 10               # teens: ثلاثة عشر
            elif j == i or (conj and last == "scale"):
                group = 10
            else:
                break
            last = "ten"
        elif word in TENS:
            if j > i and not conj:
                break
            group = (group or 0) + TENS[word] if last in ("ones", "hundreds") else TENS[word]
            last = "tens"
        elif word in HUNDREDS:
            if j > i and last == "ones" and not conj and HUNDREDS[word] == 100:
                group = (group or 1) * 100              # ثلاث مئة
            elif j == i or conj:
                group = HUNDREDS[word] if not (conj and last in ("ones", "tens")) else (group or 0) + HUNDREDS[word]
            else:
                break
            last = "hundreds"
        elif word in SCALES or word in SCALE_DUALS:
            if conj:
                break
            if word in SCALE_DUALS:
                if group is not None:
                    break
                scale = SCALE_DUALS[word] // 2
                group = 2
            else:
                scale = SCALES[word]
                if word in SCALE_PLURALS and group is None:
                    break                               # "آلاف المواطنين": no count, vague
                if group is None:
                    group = 1
            if last_scale is not None and scale >= last_scale and total:
                total = (total + group) * scale          # ألف مليون
            else:
                total += group * scale
            group = None
            last_scale = scale
            last = "scale"
        elif word in FRACTIONS:
            if j == i and nxt in SCALES and nxt not in SCALE_PLURALS:
                group = FRACTIONS[word]                  # نصف مليون
                last = "fraction"
            elif conj and last == "scale" and FRACTIONS[word] == 0.5:
                total += 0.5 * last_scale                # مليون ونصف
                last = "half"
            else:
                break
        elif word in FEW:
            if j != i or not (nxt in SCALES or nxt in SCALE_PLURALS):
                break
            group = FEW[word]
            approximate = True
            last = "few"
        else:
            break
        count += 1
        j += step
        end = j
    if end == i:
        return None
    if last == "few" or last == "fraction":
        return None
    value = total + (group or 0)
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    return NumberReading(value, end, approximate, words_only=not any_digits, single_word=count == 1,
                         clitic=clitic)
