"""Durations, counts of units back from the reference (قبل سنتين) and sets (كل شهر, شهرياً)."""
from __future__ import annotations

import re

from ...lexicons import time as lex
from ...lexicons import numbers as numlex
from ...text.normalize import fold
from ..quantities.numbers import read_number
from .resolve import Parse
from ..quantities.numbers import NUMBER_WORDS
from .grammar import (
    B,
    CL,
    Candidate,
    E,
    NUMBER,
    NUM_TOKEN,
    SET_ADVERBS,
    UNITS,
    WEEKDAYS,
    alt,
    next_is_month,
    next_word,
    norm,
    prev_word,
    rule,
    start_of,
    without_conjunction,
    words_after,
)


_UNIT_FORMS = alt(UNITS)


# A number starts a word, or follows a one-letter clitic or the article ("لـ14 يوما", "و23 عاما", "الـ28 عاما").
# ... or runs on from a word of three letters or more ("مدتها60 يوما", "على مدار4 سنوات").
NUMBER_START = r"(?:(?<![\w/\-.])|(?<=(?<!\w)[وفلبك])|(?<=(?<!\w)[وف][لبك])|(?<=(?<!\w)ال)|(?<=(?<!\w)[وفلبك]ال)" \
    r"|(?<=[^\W\d_]{3})(?=\d))"


@rule("duration", rf"{NUMBER_START}(?:\(\s*)?{NUMBER}(?:\s*\))?\s*(?P<unit>{_UNIT_FORMS})(?:\s+و\s*(?P<half>نصف|ربع))?{E}")
def read_duration(m: re.Match, text: str):
    tokens = re.findall(r"\d+(?:[.,\u066B\u066C]\d+)*|[^\W\d_]+", m.group("num"))
    reading = read_number(tokens, 0)
    if reading is None or reading.end != len(tokens):
        return []                                    # not a number, or one that stops before the unit
    unit, implied = UNITS[norm(m.group("unit"))]
    amount = reading.value
    if implied == 2:
        return []                                   # "ثلاثة يومين" is not Arabic
    if amount in (1, 2) and len(tokens) == 1 and not tokens[0].isdigit():
        return []                                   # one and two follow their noun: "حالة واحدة عام 2010"
    if unit == "Y" and re.fullmatch(r"\d{4}", next_word(text, m.end())):
        return []                                   # "من 13.47 عام 2014", "دور الثمانية عام 1990": the year
    if m.group("half"):
        amount += 0.5 if fold(m.group("half")) == "نصف" else 0.25
    if amount <= 0 or amount > 100000:
        return []
    if unit in ("DE", "CE") and (amount > 10 or norm(m.group("unit")) in ("عقد", "قرن")
                                 or not _decades_meant(text, m.start(), m.end())):
        return []                                   # "31 عقدا", "وقعت خمسة عقود": contracts, not decades
    start = m.start()
    if text[start] == "(" and ")" not in text[m.end("num"):m.start("unit")]:
        start = m.start("num")
    p = Parse("duration", type="DURATION", unit=unit, amount=amount, anchor=_anchor(text, start, m.end()))
    return [Candidate(start, m.end(), p, "duration")]


_SINCE_BEFORE = frozenset(fold(w) for w in ("منذ", "مضى على", "ومنذ"))
_AFTER_BEFORE = frozenset(fold(w) for w in ("بعد", "وبعد", "خلال", "غضون"))
_OF_EVENT = frozenset(fold(w) for w in ("من", "على", "علي", "عن"))
# A count of decades or centuries is one of time after a time preposition or before a word of
# time ("منذ خمسة عقود", "ثلاثة عقود من الصراع", "أربعة قرون مضت"); otherwise عقود are contracts.
_TIME_PREPOSITIONS = frozenset(fold(w) for w in ("منذ", "قبل", "بعد", "خلال", "لمدة", "مدة", "طوال", "طيلة", "مدى",
                                                 "مدار", "عبر", "نحو", "حوالي", "قرابة", "زهاء", "لنحو", "لقرابة",
                                                 "ل", "لأكثر", "أكثر", "من", "غضون", "مرور", "امتداد"))


def _decades_meant(text: str, start: int, end: int) -> bool:
    before = without_conjunction(prev_word(text, start))
    return before in _TIME_PREPOSITIONS or _DECADES_TAIL.match(text, end) is not None \
        or next_word(text, end) == "من"


def _anchor(text: str, start: int, end: int) -> str | None:
    """A count of units after منذ reaches back to the reference ("منذ أربعة أيام"), one after
    بعد forward ("بعد ثلاثة أيام"), unless it counts from an event ("بعد يومين من الحادث")."""
    before = prev_word(text, start)
    if next_word(text, end) in _OF_EVENT:
        return None
    if before in _SINCE_BEFORE:
        return "since"
    if before in ("بعد", "وبعد"):
        return "after"
    return None


# Cardinals after the unit: "عام واحد", "يومين اثنين", "سنوات ثلاث" (not أحد/إحدى: "one of").
_COUNT_AFTER = {w: n for w, n in ((fold(k), v) for k, v in numlex.ONES.items()) if w not in ("احد", "احدي")}
_COUNT_AFTER.update({fold(k): v for k, v in numlex.TEN.items()})


_AGO_NOT_BEFORE = frozenset(fold(w) for w in lex.AGO_NOT_BEFORE)


@rule("ago", rf"{B}{CL}قبل\s+(?:{alt(lex.AGO_APPROXIMATORS)}\s+)?(?:(?P<few>عده|بضعه|بضع)\s+)?(?:\(\s*)?(?:{NUMBER}(?:\s*\))?\s*)?"
             rf"(?P<unit>{_UNIT_FORMS})(?:\s+(?P<cnt>{alt(_COUNT_AFTER)})(?!\w))?(?:\s+و\s*(?P<half>نصف|ربع)(?:\s+(?:ال)?{_UNIT_FORMS})?)?"
             rf"(?:\s+(?P<tail>{alt(lex.AGO_TAILS)})){{0,2}}{E}")
def read_ago(m: re.Match, text: str):
    """"قبل سنتين" (2013 for 2015), "قبل ثلاثة أيام" (the day), "قبل أيام" (PAST_REF)."""
    unit, implied = UNITS[norm(m.group("unit"))]
    if unit in ("H", "MIN", "S"):
        return []                                   # the hour of publication is unknown: a duration
    if not m.group("tail") and fold(next_word(text, m.end())) in _AGO_NOT_BEFORE:
        return []                                   # "قبل يومين من الانتخابات": before an event
    amount = implied
    if m.group("cnt"):
        count = _COUNT_AFTER[m.group("cnt")]
        if m.group("num") or (count != implied if implied is not None else count < 3):
            return []
        amount = count
    elif m.group("num"):
        tokens = re.findall(r"\d+(?:[.,\u066B\u066C]\d+)*|[^\W\d_]+", m.group("num"))
        reading = read_number(tokens, 0)
        if reading is None or reading.end != len(tokens) or implied == 2:
            return []
        amount = reading.value
    if implied == 1 and not m.group("cnt") and not m.group("num"):
        nxt = next_word(text, m.end())
        if not m.group("tail") and (nxt.isdigit() or nxt.startswith("ال") or nxt in WEEKDAYS
                                    or next_is_month(text, m.end())):
            return []                               # "قبل يوم الخميس", "قبل عام 2015"
    if m.group("few") or amount is None:
        return [Candidate(start_of(m), m.end(), Parse("generic", value="PAST_REF"), "ago")]
    if m.group("half"):
        amount += 0.5 if fold(m.group("half")) == "نصف" else 0.25
    if amount <= 0 or amount > 5000:
        return []
    return [Candidate(start_of(m), m.end(), Parse("ago", unit=unit, amount=amount), "ago")]


_ONE_NUMBER = rf"(?:\d{{1,4}}|{alt(NUMBER_WORDS)})(?!\w)"


@rule("duration_range", rf"{NUMBER_START}(?P<n1>{_ONE_NUMBER})\s*(?:و|الي|حتي|او|-|–)\s*(?P<n2>{_ONE_NUMBER})\s*(?P<unit>{_UNIT_FORMS}){E}")
def read_duration_range(m: re.Match, text: str):
    """"بين 17 و23 عاما", "خمس أو ست سنوات": the first end counts the same unit."""
    first, second = read_number([m.group("n1")], 0), read_number([m.group("n2")], 0)
    if first is None or second is None:
        return []
    n1, n2 = first.value, second.value
    unit, implied = UNITS[norm(m.group("unit"))]
    if not 0 < n1 < n2 or implied == 2:
        return []
    if unit in ("DE", "CE") and not _decades_meant(text, m.start("n1"), m.end()):
        return []                                   # "٥-٦ عقود مع موردين": contracts
    return [Candidate(m.start("n1"), m.end("n1"), Parse("duration", type="DURATION", unit=unit, amount=n1), "duration"),
            Candidate(m.start("n2"), m.end(), Parse("duration", type="DURATION", unit=unit, amount=n2), "duration")]


@rule("unit_alone", rf"{B}(?P<prep>{alt(['منذ', 'لمدة', 'مدة', 'طوال', 'طيلة', 'خلال', 'قبل', 'بعد', 'على مدى', 'على مدار', 'لأكثر من', 'أكثر من', 'نحو', 'حوالي', 'قرابة', 'لنحو', 'لحوالي', 'زهاء', 'أقل من', 'لفترة', 'فترة', 'مضى', 'مرور', 'غضون', 'حوالى', 'لقرابة', 'ل'])})"
                     rf"\s*(?P<unit>{_UNIT_FORMS})(?:\s+و\s*(?P<half>نصف|ربع))?{E}")
def read_unit_alone(m: re.Match, text: str):
    unit_form = norm(m.group("unit"))
    unit, implied = UNITS[unit_form]
    prep = fold(m.group("prep"))
    if prep == "ل" and implied != 2 and implied is not None:
        return []                                   # "لشهر" is too often something else
    of_time = _OF_TIME.match(text, m.end()) is not None        # "أكثر من عقد من الزمن"
    if implied == 1 and not of_time and unit_form in ("يوم", "عام", "سنه", "شهر", "ساعه", "اسبوع", "عقد", "قرن",
                                                      "دقيقه", "ليله"):
        nxt = next_word(text, m.end())
        if nxt.isdigit() or nxt.startswith("ال") or nxt in WEEKDAYS or fold(nxt) in _NOT_AFTER_SINGLE_UNIT:
            return []                               # "خلال عام 2015", "قبل يوم الخميس", "خلال شهر رمضان"
        if next_is_month(text, m.end()):
            return []
    if implied is None:
        nxt = next_word(text, m.end())
        if nxt.startswith("ال") or fold(nxt) in ("عيد", "رمضان", "الحج"):
            return []                               # "خلال أيام العيد"
    if unit == "DE" and not _DECADES_TAIL.match(text, m.end()):
        return []                                   # "خلال عقود تتسم بالمرونة": contracts
    if prep == "بعد" and fold(prev_word(text, m.start("prep")))[:3] == unit_form[:3]:
        return []                                   # "يوما بعد يوم"
    amount = implied
    if amount is not None and m.group("half"):
        amount += 0.5 if fold(m.group("half")) == "نصف" else 0.25
    p = Parse("duration", type="DURATION", unit=unit, amount=amount)
    return [Candidate(m.start("unit"), m.end(), p, "unit_alone")]


_OF_TIME = re.compile(r"\s+من\s+(?:الزمن|الزمان)")
_DECADES_TAIL = re.compile(r"\s+(?:من\s+(?:الزمن|الزمان)|مضت|طويله|عديده|قليله|متتاليه)")
_NAME_LINKS = frozenset(fold(w) for w in ("أبو", "ابو", "أبي", "ابن", "بن", "آل", "بنت", "أم"))
_NOT_AFTER_SINGLE_UNIT = frozenset(fold(w) for w in ("ذلك", "من"))


@rule("unit_count_after", rf"{B}{CL}(?P<unit>{_UNIT_FORMS})\s+(?P<count>{alt(_COUNT_AFTER)}){E}")
def read_unit_count_after(m: re.Match, text: str):
    unit, implied = UNITS[norm(m.group("unit"))]
    count = _COUNT_AFTER[m.group("count")]
    if implied is not None and implied != count or implied is None and count < 3:
        return []                                   # the number must agree with the noun
    if prev_word(text, start_of(m)) in _NAME_LINKS:
        return []
    p = Parse("duration", type="DURATION", unit=unit, amount=count)
    return [Candidate(start_of(m), m.end(), p, "unit_count_after")]


@rule("whole_unit", rf"{B}{CL}(?P<unit>{alt([w for w, (u, n) in lex.UNITS.items() if n in (1, 2)])})\s+(?:كاملا|كامل|كامله|كاملين|كاملتين|باكمله|بكامله){E}")
def read_whole_unit(m: re.Match, text: str):
    """"يوما كاملا", "عامين كاملين", "شهر بأكمله": a whole unit or two."""
    unit, implied = UNITS[norm(m.group("unit"))]
    if prev_word(text, start_of(m)) in _NAME_LINKS:
        return []
    return [Candidate(start_of(m), m.end(), Parse("duration", type="DURATION", unit=unit, amount=implied), "whole_unit")]


@rule("dual_unit", rf"{B}{CL}(?P<unit>{alt([w for w, (u, n) in lex.UNITS.items() if n == 2 and u not in ('DE', 'CE')])}){E}")
def read_dual_unit(m: re.Match, text: str):
    if prev_word(text, start_of(m)) in _NAME_LINKS:
        return []                                   # "أبو يومين" is a name
    unit, _ = UNITS[norm(m.group("unit"))]
    return [Candidate(start_of(m), m.end(), Parse("duration", type="DURATION", unit=unit, amount=2), "dual_unit")]


@rule("unit_and_half", rf"{B}{CL}(?P<unit>{alt([w for w, (u, n) in lex.UNITS.items() if n == 1])})\s+و\s*(?P<half>نصف|ربع){E}")
def read_unit_and_half(m: re.Match, text: str):
    unit, _ = UNITS[norm(m.group("unit"))]
    amount = 1.5 if fold(m.group("half")) == "نصف" else 1.25
    return [Candidate(start_of(m), m.end(), Parse("duration", type="DURATION", unit=unit, amount=amount), "unit_and_half")]


@rule("vague_duration", rf"{B}{CL}(?P<few>عده|بضعه|بضع)\s+(?P<unit>{alt(['ساعات', 'أيام', 'أسابيع', 'أشهر', 'شهور', 'سنوات', 'سنين', 'أعوام', 'عقود', 'قرون', 'دقائق', 'ليال'])}){E}")
def read_vague_duration(m: re.Match, text: str):
    unit, _ = UNITS[norm(m.group("unit"))]
    return [Candidate(start_of(m), m.end(), Parse("duration", type="DURATION", unit=unit), "vague_duration")]


@rule("every", rf"{B}{CL}كل\s+(?:(?P<num>{NUM_TOKEN})\s+)?(?P<unit>{alt(['يوم', 'أسبوع', 'شهر', 'عام', 'سنة', 'ساعة', 'دقيقة', 'أيام', 'أسابيع', 'أشهر', 'شهور', 'سنوات', 'أعوام', 'ساعات', 'دقائق', 'يومين', 'شهرين', 'عامين', 'سنتين', 'أسبوعين', 'ساعتين'])})"
               rf"(?:\s+(?P<wd>{alt([w[2:] for w in WEEKDAYS])}))?{E}")
def read_every(m: re.Match, text: str):
    unit, implied = UNITS[norm(m.group("unit"))]
    after = words_after(text, m.end(), 4)
    if after and after[0].startswith("و") and any(w in ("بخير", "خير", "بالف") for w in after):
        return []                                   # "كل عام وأنتم بخير" is a greeting
    if m.group("wd"):
        return [Candidate(start_of(m), m.end(), Parse("set", type="SET", weekday=WEEKDAYS["ال" + m.group("wd")]), "every")]
    amount = implied
    if m.group("num"):
        reading = read_number([m.group("num")], 0)
        if reading is None:
            return []
        amount = reading.value
    if amount is None:
        return []
    return [Candidate(start_of(m), m.end(), Parse("set", type="SET", unit=unit, amount=amount), "every")]


@rule("set_adverb", rf"{B}{CL}(?P<adv>{alt(SET_ADVERBS)}){E}")
def read_set_adverb(m: re.Match, text: str):
    return [Candidate(start_of(m), m.end(), Parse("set", type="SET", value=SET_ADVERBS[m.group("adv")]), "set_adverb")]
