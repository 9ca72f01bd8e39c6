"""Which way a clause looks: "سيعقد المؤتمر في مايو" looks ahead, "استمرت المعارك حتى مايو" back.

A bare month's year follows the tense of its clause (issue 14): the clause is read back from
the month to the last sentence or clause mark. It looks ahead with سوف/لن, a marker of what is
planned (المقرر, المتوقع, يعتزم), or a verb in the future (س + an imperfect that is itself a
common word: "سيعقد" but not "سيارة", "سنة"); it looks back with كان/قد/لقد/تم, or a perfect
verb in -ت whose stem is a common word ("استمرت", "انتهت"; not "تستمر", not "الوقت").
"""
from __future__ import annotations

import re

from ...lexicons import time as lex
from ...text.normalize import fold

_FUTURE = frozenset(fold(w) for w in lex.FUTURE_MONTH_MARKERS)
_PAST = frozenset(fold(w) for w in lex.PAST_MONTH_MARKERS)
_CLAUSE_START = re.compile(r"[.!?؟\n:؛،,«»\"]")
_WORD = re.compile(r"[^\W\d_]+")
_REACH = 90
_COMMON = 6          # frequency class of a common word (twice the Zipf frequency)


def _frequency(word: str) -> int:
    from ..entities.resources import frequency_class
    return frequency_class(word)


def _future_verb(word: str) -> bool:
    return len(word) >= 4 and word[0] == "س" and word[1] in "يتنا" and _frequency(word[1:]) >= _COMMON


def _past_verb(word: str) -> bool:
    return len(word) >= 4 and word.endswith("ت") and not word.endswith("ات") and word[0] not in "يتن" \
        and not word.startswith("ال") and _frequency(word[:-1]) >= _COMMON and _frequency(word) >= 4


def clause_tense(text: str, pos: int) -> str | None:
    """"future", "past" or None for the clause that ends at `pos` (a folded view)."""
    start = max(0, pos - _REACH)
    marks = [m.end() for m in _CLAUSE_START.finditer(text, start, pos)]
    if marks:
        start = marks[-1]
    for word in reversed(_WORD.findall(text, start, pos)):
        bare = word[1:] if len(word) > 3 and word[0] in "وف" else word
        if bare in _FUTURE or _future_verb(bare):
            return "future"
        if bare in _PAST or _past_verb(bare):
            return "past"
    return None
