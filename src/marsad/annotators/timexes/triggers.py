"""Which rules can match around which words: the trigger table.

A rule runs only in short windows around its trigger words (every clitic
reading spelled out) and around runs of digits that can start it, so an article
costs one dictionary lookup a word plus a few short scans.
"""
from __future__ import annotations

import re

from ...lexicons import time as lex
from ...text.normalize import fold
from .grammar import (
    CLOCK_HOURS,
    DAY_PART_ADVERBS,
    DECADES,
    DEFINITE_UNITS,
    E,
    ERA_WORDS,
    GENERIC,
    HIJRI_MONTHS,
    MONTHS,
    PLURAL_UNITS,
    RELATIVE_DAYS,
    SEASONS,
    SET_ADVERBS,
    UNITS,
    WEEKDAYS,
)


def _triggers() -> dict[str, frozenset[str]]:
    """Folded word (with every clitic reading spelled out) -> the rules worth trying around it.
    A rule runs only in short windows around its trigger words, so an article costs one
    dictionary lookup a word plus a few short scans."""
    table: dict[str, set[str]] = {}

    def add(words, *rules):
        for w in words:
            table.setdefault(fold(w).split()[0], set()).update(rules)

    add(MONTHS, "date", "month", "day_range")
    add(HIJRI_MONTHS, "hijri_date", "hijri_month")
    add(WEEKDAYS, "weekday")
    add([w[2:] for w in WEEKDAYS], "every")
    add(RELATIVE_DAYS, "relday", "weekday")
    add(["غد"], "relday", "weekday")
    for form, (_, implied) in UNITS.items():          # each form only the rules its number allows
        add([form], "unit_alone", "every", "unit_count_after", "whole_unit")
        if implied == 2:
            add([form], "dual_unit")
        else:                                         # "15 عاما": a singular after 11..99
            add([form], "duration", "duration_range")
        if implied == 1:
            add([form], "unit_and_half")
        if implied is None:
            add([form], "vague_duration")
    add(list(DEFINITE_UNITS) + ["الاسبوع"], "this_unit", "unit_modifier", "year", "weekend", "quarter", "century",
        "season")
    add(PLURAL_UNITS, "plural_unit", "generic")
    add(["كل"], "every")
    add(["قبل"], "ago")
    add(lex.VAGUE_PERIODS, "vague_period")
    add(["وقت"], "earlier_later")
    add(["العام", "السنه", "الشهر", "الاسبوع"], "edge_unit")
    add(["الليله"], "night")
    add(SET_ADVERBS, "set_adverb")
    add(list(SEASONS) + ["صيفا", "ربيعا", "خريفا"], "season")
    add(["ربع", "الربع", "نصف", "النصف"], "quarter")
    add(["قرن", "القرن", "عقد"], "century", "decade")
    add(["ساعه", "الساعه", "تمام"] + [w.split()[0] for w in CLOCK_HOURS], "clock")
    add(GENERIC, "generic")
    add(["نهايه", "عطله"], "weekend")
    add(["العيد", "عيد", "رمضان", "الفطر", "الاضحي"], "feast_day")
    add(lex.HOLY_DAYS, "holy_day")
    add(["الشهر"], "day_of_month")
    add(list(lex.WEEKDAY_ORDINALS) + list(WEEKDAYS), "nth_weekday")
    add(["الاسبوع"], "nth_week")
    add(lex.PART_OF_DAY_ADVERBS, "part_of_day")
    add(["اليوم"], "following_day")
    add(lex.YEAR_NOUNS, "year", "year_range")
    add(["عده", "بضعه", "بضع"], "vague_duration")
    for tens in DECADES:
        for suffix in ("ات", "يات"):
            add([tens + suffix, tens[2:] + suffix], "decade")
    # every clitic reading: و ف, then ب ل ك, and لل for ال after ل
    spelled: dict[str, set[str]] = {}
    for word, rules in table.items():
        forms = {word}
        for conj in ("", "و", "ف"):
            for prep in ("", "ب", "ل", "ك"):
                forms.add(conj + prep + word)
            if word.startswith("ال"):
                forms.add(conj + "ل" + word[1:])
        for form in forms:
            spelled.setdefault(form, set()).update(rules)
    return {w: frozenset(r) for w, r in spelled.items()}


TRIGGERS = _triggers()

_DATE_SEPARATOR_AFTER = re.compile(r"\s*[/\-.]\s*\d")
_SLASH_AFTER = re.compile(r"\s*[/\-]")
_ERA_AFTER = re.compile(rf"\s*{ERA_WORDS}{E}")
_AFTER_SHORT_NUMBER = frozenset("/-.:–,")
_LETTERS_AFTER = re.compile(r"\s*([^\W\d_]+)")
_RANGE_AFTER = re.compile(r"\s*(?:و|الي|حتي|-|–)\s*\d")


def number_rules(text: str, start: int, end: int) -> set[str]:
    """The rules a run of digits can start, judged from the characters right after it."""
    rules = set()
    n = end - start
    nxt = text[end:end + 1]
    if n > 4 or (n == 1 or n == 2) and nxt not in _AFTER_SHORT_NUMBER and not nxt.isspace():
        return rules
    if _DATE_SEPARATOR_AFTER.match(text, end):
        rules.add("numeric_date")
        if n <= 2 and _SLASH_AFTER.match(text, end):
            rules.update(("day_month", "day_month_range"))
        if n == 4:
            rules.add("year_pair")
    if text.startswith(":", end):
        rules.update(("clock", "clock_range"))
    elif n <= 2:
        after = _LETTERS_AFTER.match(text, end)
        if after and after.group(1) in DAY_PART_ADVERBS:
            rules.update(("clock", "clock_range"))
    if _RANGE_AFTER.match(text, end):
        rules.update(("clock_range", "day_range", "year_range"))
    if n >= 3:
        if _ERA_AFTER.match(text, end):
            rules.update(("year_era", "year_range"))
        if n == 4 and text[start:start + 2] in ("19", "20"):
            rules.add("year_after_preposition")
    return rules



# Whole words (runs of letters) and runs of digits, found in one scan; a word is a trigger when
# the table holds it. Every trigger is one run of letters (a test checks it), so this finds what
# a trie of the triggers between letter boundaries found, without compiling that trie (a tenth
# of a second at every start-up).
WORD_OR_DIGITS = re.compile(r"(?<![^\W\d_])([^\W\d_]+)|(\d+)")


def trigger_hits(text: str, start: int, end: int) -> list[tuple[int, int, frozenset[str]]]:
    """(start, end, rules) of every trigger word and rule-starting number, in text order."""
    hits = []
    triggers = TRIGGERS
    for m in WORD_OR_DIGITS.finditer(text, start, end):
        word = m.group(1)
        if word is not None:
            rules = triggers.get(word)
            if rules is None:
                continue
        else:
            rules = number_rules(text, m.start(), m.end())
            if not rules:
                continue
        hits.append((m.start(), m.end(), rules))
    return hits
