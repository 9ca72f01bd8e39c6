"""What a cue makes of its complement: verbatim speech after a colon, or a claim's content.

Unmarked speech after a colon runs on while it speaks in the first person;
reported content runs to its clause's end; content mostly inside quote marks is
a quote, and short quoted phrases inside it that the source said are quotes too.
"""
from __future__ import annotations

from typing import TYPE_CHECKING

from ....document import Span
from ....lexicons import reporting as lex
from ..quotemarks import MARKS, QuotedSpan
from ..words import (ACCORDING_TO, BEFORE_DEMAND, CLAUSE_OPENERS, DEMAND_OPENERS, EQUATING, FIRST_PERSON, LINKERS,
                     NAMING, NOT_REPORTING, QUOTE_PREPOSITIONS)
from .state import NAME, SPEECH, Clause

if TYPE_CHECKING:
    from .paragraph import Walk

MIN_UNMARKED_WORDS = 3
MAX_INNER_QUOTE_WORDS = 8        # a quoted phrase inside reported content
QUOTE_SHARE = 0.5                # content mostly inside quote marks is a quote, not a claim


def after_colon(walk: Walk, clause: Clause, colon: int) -> None:
    w = walk.w
    j = colon + 1
    if j >= len(w):
        return
    q = w.quote_opening_at(j)
    if q is not None and walk.kinds[id(q)] != NAME:
        walk.attach(q, clause)
        return
    if w.is_complementizer(j) and not first_person(walk, j):
        report_content(walk, clause, j + 1, "that")
        return
    span = trimmed(w.text, w.tokens[j].start, w.tokens[unmarked_end(walk, j) - 1].end)
    if span is None or len(span.text.split()) < MIN_UNMARKED_WORDS:
        return
    walk.emit_quote(span, clause.speaker, clause.cue.span)
    walk.silenced.append((span.start, span.end))


def unmarked_end(walk: Walk, j: int) -> int:
    """Unmarked speech runs to its sentence's end, and on through the next sentences while they speak
    in the first person with no cue and no quote mark of their own (pages often run a whole article
    into one paragraph); it stops earlier at a participle or a new cue after a comma
    (وقال: الحمد لله على التخرج، مضيفا أن ...: reported speech resumes)."""
    w = walk.w
    sentence_end = w.sentence_end(j)
    for k in range(j + 1, len(w)):
        if k == sentence_end:
            sentence_end = w.sentence_end(k)
            if not speech_goes_on(walk, k, sentence_end):
                return k
        cue = w.cue_at(k)
        if cue is not None and w.is_punct(k - 1, "،,") and (cue.participle or cue.conjunction):
            return k - 1
    return len(w)


def speech_goes_on(walk: Walk, start: int, end: int) -> bool:
    """The sentence start..end-1 goes on with unmarked first-person speech."""
    w = walk.w
    if any(w.cue_at(k) is not None or w.is_punct(k, MARKS) or w.in_set(k, ACCORDING_TO) for k in range(start, end)):
        return False
    return any(w.in_set(k, FIRST_PERSON) or w.bare(k).endswith(("نا", "ني")) and len(w.bare(k)) > 4
               for k in range(start, end))


def first_person(walk: Walk, j: int) -> bool:
    """Speech after قال: إن ... is verbatim when it speaks in the first person."""
    w = walk.w
    if w.bare(j).endswith(("ني", "نا")) or w.bare(j) in ("اني",):
        return True
    stop = min(len(w), j + 12, w.sentence_end(j))
    return any(w.in_set(k, FIRST_PERSON) for k in range(j, stop))


def report_content(walk: Walk, clause: Clause, start: int, kind: str, glued: bool = False) -> None:
    w = walk.w
    end = content_end(walk, start, kind)
    if end <= start:
        return
    span = trimmed(w.text, w.tokens[start].start, w.tokens[end - 1].end)
    if span is None:
        return
    if glued and not w.f[start].startswith("لل"):    # بضرورة -> ضرورة; للتدخل keeps its elided article
        first = w.tokens[start]
        cut = first.start + 1 + (1 if first.text[1:2] == "\u0640" else 0)
        span = trimmed(w.text, cut, span.end) or span
    inner = [q for q in w.quoted if walk.kinds[id(q)] != NAME and span.start <= q.start and q.end <= span.end + 1]
    quoted_chars = sum(len(q.span) for q in inner)
    if inner and quoted_chars >= QUOTE_SHARE * len(span):
        verbatim = [q for q in inner if walk.kinds[id(q)] == SPEECH or q.outer_start <= span.start]
        for q in verbatim:
            walk.attach(q, clause)
        if verbatim and kind == "that":
            return                                     # أكدوا أن «…»: verbatim; دعا إلى «…» is also a call
    if not clause.cue_form_claims and kind != "that":
        return                                         # وصفه بالكبير; but واصفا الاتهام بأنه خطير reports
    stance = clause.stance
    words = [k for k in range(start, min(end, start + 4)) if w.is_word(k)]
    first = next((n for n, k in enumerate(words) if w.bare(k) in DEMAND_OPENERS), None)
    if stance in (lex.ASSERT, lex.CONFIRM) and first is not None and (
            first == 0 or w.bare(words[first - 1]) in BEFORE_DEMAND or w.is_definite(words[first - 1])):
        stance = lex.DEMAND                            # (not القناة تمثل ضرورة ...: a verb governs the need)
    sp = clause.speaker
    walk.heard(sp, clause.cue.span.start)
    walk.emit_claim(clause.cue.span, span, stance, sp)
    walk.spoke = True
    for q in inner:
        if walk.kinds[id(q)] == SPEECH or someones_words(walk, q, span, kind):
            walk.attach(q, clause)


def someones_words(walk: Walk, q: QuotedSpan, content: Span, kind: str) -> bool:
    """A short quoted phrase inside reported content that the source said, not a name: what a verb's
    preposition or object starts with (دعا الطرفين إلى "ضبط النفس"), after a preposition (كانت عبارة عن
    «تبرعات») or adverbs (دمرت المدارس "جزئيا أو كليا"); never a named entity, a name after a naming
    noun, figures, or a quoted subject opening a clause (وأضاف أن «نرسم بسمتهم» تأتي ...)."""
    w = walk.w
    if q.opening is None or q.closing is None or len(q.span.text.split()) > MAX_INNER_QUOTE_WORDS:
        return False
    if not any(ch.isalpha() and not ch.isascii() for ch in q.span.text) or any(ch.isdigit() for ch in q.span.text):
        return False                                   # «700»، «KPIS»، «جدارة 3»
    if w.overlapping(q.start, q.end):
        return False                                   # «داعش»، «أحمد وكريستينا»
    if q.outer_start <= content.start:
        return kind != "that"
    i = w.index_at(q.opening.start)
    prev = i - 1
    if prev < 0 or not w.is_word(prev):
        return False
    token = w.tokens[prev].text.rstrip("\u0640")
    naming = w.in_set(prev, NAMING) or w.without_article(prev) in NAMING
    first = q.span.text.split()[0].rstrip("\u064b\u064c\u064d\u064e\u064f\u0650\u0651\u0652")
    if not naming and len(first) >= 4 and first.endswith("ا") and first[0] != "ا" and len(q.span.text.split()) > 1:
        return True                                    # دمرت المدارس "جزئيا أو كليا": an adverb, no name
    if w.is_complementizer(prev):                      # وصفه على أنه "مقامر عتيد" (أن «يتحرك»: a term;
        return len(q.span.text.split()) > 1 and w.bare(prev - 1) not in NOT_REPORTING   # حيث إن: the writer's)
    if len(q.span.text.split()) == 1:                 # one word is a term unless something equates it
        return w.bare(prev) in EQUATING or prev > 0 and w.bare(prev - 1) in EQUATING
    return w.bare_preposition(prev) in QUOTE_PREPOSITIONS or token in ("ب", "ل") and not (
        prev > 0 and (w.in_set(prev - 1, NAMING) or w.without_article(prev - 1) in NAMING))


def content_end(walk: Walk, start: int, kind: str) -> int:
    """Where reported content stops: its sentence's end, or a new clause inside the sentence."""
    w = walk.w
    end = w.sentence_end(start)
    k = start
    while k < end:
        if k > start:
            other = w.cue_at(k)
            if other is not None and (other.participle or other.conjunction or w.is_punct(k - 1, "،,؛;")):
                return k
        if w.is_punct(k, "،,؛;"):
            if kind in ("object", "prep"):
                return k
            if opens_clause(walk, k + 1):
                return k
        if w.is_punct(k, "(") and kind in ("object",):
            return k
        k += 1
    return end


def opens_clause(walk: Walk, i: int) -> bool:
    w = walk.w
    if i >= len(w):
        return False
    if w.cue_at(i) is not None or w.in_set(i, ACCORDING_TO):
        return True
    if w.in_set(i, LINKERS) and w.cue_at(i + 1) is not None:
        return True                                  # ، كما أكد ...
    if w.after_contrast(i + 1) and w.cue_at(i + 1) is not None \
            or w.after_contrast(i + 2) and w.is_complementizer(i + 1) and w.cue_at(i + 2) is not None:
        return True                                  # ، لكنه أكد ...، إلا أنها أوضحت ... (not ، لكنها مستمرة)
    for seq in CLAUSE_OPENERS:
        if all(i + n < len(w) and w.f[i + n] == word for n, word in enumerate(seq)):
            return True
    return False

# --- according to ---------------------------------------------------------------------


def trimmed(text: str, start: int, end: int) -> Span | None:
    """The span without surrounding spaces and trailing punctuation."""
    while start < end and (text[start].isspace() or text[start] in "،,:؛;"):
        start += 1
    while end > start and (text[end - 1].isspace() or text[end - 1] in "،,:؛;.-–—"):
        end -= 1
    return Span(start, end, text) if end > start else None
