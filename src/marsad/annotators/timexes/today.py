""""اليوم" alone: today (a date), nowadays (PRESENT_REF), or no time at all."""
from __future__ import annotations

import re

from ...lexicons import time as lex
from ...text.normalize import fold
from ..quantities.numbers import NUMBER_WORDS
from .grammar import (
    LETTERS,
    WEEKDAYS,
    next_word,
    prev_word,
    start_of,
    without_conjunction,
    words_before,
)


TODAY_NOT_BEFORE = frozenset(fold(w) for w in lex.TODAY_NOT_BEFORE)
_TODAY_NOT_AFTER = frozenset(fold(w) for w in lex.TODAY_NOT_AFTER)
_TODAY_GENERIC_BEFORE = frozenset(fold(w) for w in lex.TODAY_GENERIC_BEFORE)
_TODAY_GENERIC_AFTER = frozenset(fold(w) for w in lex.TODAY_GENERIC_AFTER)
_PAST_CONTRAST = frozenset(fold(w) for w in lex.PAST_CONTRAST)
_YESTERDAY_CONTRAST = frozenset(fold(w) for w in lex.YESTERDAY_CONTRAST)
_CLAUSE_OPENERS = frozenset(fold(w) for w in lex.CLAUSE_OPENERS)
_TODAY_EVENT_SUBJECTS = frozenset(fold(w) for w in lex.TODAY_EVENT_SUBJECTS)
_TODAY_DATED_AFTER = frozenset(fold(w) for w in lex.TODAY_DATED_AFTER)
_QUOTE_CLOSERS = "»”\"'"
_SENTENCE_END = re.compile(r"[.!?\u061F\n]")
# Where a clause may open before its subject: a quote, a colon, a sentence end inside a paragraph.
_CLAUSE_MARK = re.compile(r"[«“\":.!?\u061F]\s*$")
_WORD_BEFORE = re.compile(r"([^\W\d_]+)(\s*)$")


def _after_clause_subject(text: str, start: int) -> bool:
    """"اليوم" right after the definite subject that opens its clause: "أن المالية العامة اليوم",
    «العراق اليوم في لحظة تحول»."""
    pos, subject = start, []
    while len(subject) < 4:
        m = _WORD_BEFORE.search(text, max(0, pos - 30), pos)
        if m is None:
            return False
        word = m.group(1)
        bare = without_conjunction(word)
        if subject and (word in _CLAUSE_OPENERS or bare in _CLAUSE_OPENERS):
            break
        if not bare.startswith("ال") or bare in _TODAY_NOT_AFTER:
            return False
        subject.append(bare)
        pos = m.start(1)
        if _CLAUSE_MARK.search(text, max(0, pos - 3), pos):
            break
    else:
        return False
    return subject[0] not in _TODAY_EVENT_SUBJECTS


def subject_after_today(word: str) -> bool:
    """A definite word after "اليوم" that cannot describe it (feminine or plural) is the subject
    of the clause, not an adjective of the day: "تنطلق اليوم البطولة", "تستأنف اليوم المقابلات"."""
    return word.endswith(("ه", "ات")) and word not in ("الاولي", "الثانيه") or len(word) > 5 and word.endswith(("ون", "ين"))


def today_reading(text: str, m: re.Match) -> str | None:
    """"اليوم" alone: today (a date), nowadays (PRESENT_REF), or not a time at all
    ("اليوم الوطني", "اليوم التالي", "روسيا اليوم")."""
    start, end = start_of(m), m.end()
    after = next_word(text, end)
    tail = text[end:end + 3].lstrip()
    if tail[:1] in _QUOTE_CLOSERS:
        return None                                   # «روسيا اليوم», «الفلسفة اليوم»
    if after.startswith("ال") and after not in WEEKDAYS and not subject_after_today(after) \
            or after in TODAY_NOT_BEFORE:
        return None                                   # اليوم الوطني / التالي / الأول, اليوم نفسه
    prev = prev_word(text, start)
    if without_conjunction(prev) in _TODAY_NOT_AFTER or prev in _TODAY_NOT_AFTER:
        return None                                   # ساعات اليوم, طوال اليوم
    if prev == "في" and any(w[0].isdigit() or w in NUMBER_WORDS for w in words_before(text, start, 5)[:-1]):
        return None                                   # "97 سفينة في اليوم": per day
    clitic = m.group("cl") or ""
    if clitic.endswith(("ب", "ل", "ك")):
        return None                                   # باليوم العالمي, لليوم
    if without_conjunction(prev) in _TODAY_GENERIC_BEFORE or prev in _TODAY_GENERIC_BEFORE \
            or without_conjunction(after) in _TODAY_GENERIC_AFTER:
        return "PRESENT_REF"
    sentence_start = max((mm.end() for mm in _SENTENCE_END.finditer(text, max(0, start - 300), start)),
                         default=max(0, start - 300))
    sentence_end = _SENTENCE_END.search(text, end, min(len(text), end + 300))
    around = set(LETTERS.findall(text, sentence_start, start)) \
        | set(LETTERS.findall(text, end, sentence_end.start() if sentence_end else min(len(text), end + 300)))
    if around & _YESTERDAY_CONTRAST:
        return "PRESENT_REF"                          # "أقرب مني اليوم عن الأمس"
    if clitic.startswith(("و", "ف")):
        before = {without_conjunction(w) for w in LETTERS.findall(text, sentence_start, start)}
        before |= {w[1:] for w in before if w.startswith(("ب", "ل"))}
        if before & _PAST_CONTRAST:
            return "PRESENT_REF"                      # بالأمس كانوا … واليوم نراهم
    if not clitic and after not in _TODAY_DATED_AFTER and not (after[:2] in ("سي", "ست", "سن") and len(after) >= 4) \
            and _after_clause_subject(text, start):
        return "PRESENT_REF"                          # "إن المملكة اليوم في مقدمة الدول"
    two = words_before(text, start, 2)
    if not clitic and len(two) == 2 and without_conjunction(two[0]) in ("ما", "مما", "بما") and two[1][:1] in "يتنا" \
            and len(two[1]) >= 4:
        return "PRESENT_REF"                          # "ما نشهده اليوم", "ما يحدث اليوم"
    return "DATE"
