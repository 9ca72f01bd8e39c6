"""Weekdays that are family names: "محمد الخميس ... وكشف الخميس عن ...", "الدكتور الجمعة".

Saudi family names include weekdays (الخميس, الجمعة, السبت). A weekday is a name, not
a date, where the article shows it: right after a given name that is no father's name
("محمد الخميس", "عبد رب الرسول الخميس", not "محمد بن سلمان الخميس"), after a title
("المهندس الخميس"), or inside a person the entities stage found. Once shown, the
same word elsewhere in the article, alone (no يوم, day word, part of the day or
modifier) right after a verb it is the subject of, is that person too ("وكشف الخميس
عن", "وثمن الخميس تفضل"); after anything else it stays a day.
"""
from __future__ import annotations

import re

from ...lexicons import given_names as lex
from ...lexicons.reporting import VERBS
from ...text.normalize import fold
from .patterns import WEEKDAYS, Candidate

_GIVEN = frozenset(fold(w) for w in lex.GIVEN_NAMES)
_LINKS = frozenset(fold(w) for w in lex.PATRONYMIC_LINKS)
_TITLES = frozenset(fold(w).rstrip(".") for w in lex.NAME_TITLES)
# Verbs (third person perfect, masculine or feminine) whose subject the named person is.
_SUBJECT_VERBS = frozenset(fold(form) for v in [v.past for v in VERBS] + list(lex.SUBJECT_VERBS)
                           for form in (v, v + "ت"))
_WORD_BEFORE = re.compile(r"([^\W\d_]+)[^\w]*$")


def _words_before(text: str, pos: int, k: int) -> list[str]:
    """The k letter words before a view offset, nearest last."""
    out: list[str] = []
    while len(out) < k:
        m = _WORD_BEFORE.search(text, max(0, pos - 40), pos)
        if m is None or text[m.end(1):pos].strip(" \u00a0"):
            break                                     # punctuation between: no longer the same phrase
        out.insert(0, m.group(1))
        pos = m.start(1)
    return out


def _bare(word: str) -> str:
    return word[1:] if len(word) > 3 and word[0] in "وف" else word


def _is_given_name(words: list[str]) -> bool:
    """The last of `words` is a given name that is not a father's name."""
    if not words:
        return False
    name = _bare(words[-1])
    before = words[-2] if len(words) >= 2 else ""
    if len(words) >= 2 and fold(before) in ("عبد",):
        return len(words) < 3 or words[-3] not in _LINKS
    if len(words) >= 3 and words[-3] == "عبد":          # "عبد رب الرسول"
        return len(words) < 4 or words[-4] not in _LINKS
    given = name in _GIVEN or name.startswith("عبد") and len(name) > 4
    return given and before not in _LINKS


def weekday_word(c: Candidate, text: str) -> str | None:
    """The weekday of a bare weekday candidate (a word alone, after و/ف at most), or None."""
    p = c.parse
    if c.rule != "weekday" or p.kind != "weekday" or p.modifier is not None or p.type != "DATE":
        return None
    word = _bare(text[c.start:c.end])
    return word if word in WEEKDAYS else None


def drop_family_names(chosen: list[Candidate], text: str, person_spans: list[tuple[int, int]]) -> list[Candidate]:
    """The candidates without the weekdays that are family names in this article (view offsets)."""
    names: set[str] = set()
    for s, e in person_spans:
        names.update(w for w in re.findall(r"[^\W\d_]+", text[s:e]) if w in WEEKDAYS)
    shown: set[int] = set()
    for i, c in enumerate(chosen):
        word = weekday_word(c, text)
        if word is None:
            continue
        before = _words_before(text, c.start, 4)
        if _is_given_name(before) or before and _bare(before[-1]) in _TITLES:
            names.add(word)
            shown.add(i)
    if not names:
        return chosen
    out = []
    for i, c in enumerate(chosen):
        word = weekday_word(c, text)
        if word in names:
            before = _words_before(text, c.start, 1)
            if i in shown or before and _bare(before[-1]) in _SUBJECT_VERBS:
                continue                              # "وكشف الخميس عن": the person reports
        out.append(c)
    return out
