"""Quote candidates and their features: which spans are someone's verbatim words.

Candidates of a paragraph are every quoted span (any quote-mark style, broken ones
included), the words after a colon that no quote mark opens (وأضاف: نعزي ...،
ج: ...), and the rule walk's own quotes. `quote_features` describes a candidate
by what the rules read around it: the walk's verdict (a quote it attached, speech,
a short phrase or a name), the marks' pattern, its length, the word before the
opening mark (a cue, أن, a preposition, a naming noun: صحيفة «عكاظ»), what
follows the closing one, the nearest cue of its sentence, names inside it, the
first person. The trained model (`models/attribution/quotes.json`) decides.
"""
from __future__ import annotations

from dataclasses import dataclass, field

from ....document import Span
from ..cues import Cue
from ..quotemarks import MARKS, QuotedSpan
from ..walk import Walk
from ..walk.content import trimmed
from ..words import ACCORDING_TO, FIRST_PERSON, NAMING, Words
from .context import bucket, cue_lemma, word_class

QA_CUES = frozenset({"س", "ج", "سؤال", "جواب", "السؤال", "الجواب"})
MAX_CUE_DISTANCE = 40            # tokens from a cue to the quote it may introduce


@dataclass
class QuoteCandidate:
    span: Span
    walk: Walk
    kind: str                        # mark | colon | qa | rule
    quoted: QuotedSpan | None = None
    rule_quote: object = None        # the walk's quote on this span, if any
    cue: Cue | None = None           # the cue that introduces it (before, or right after it)
    features: list[str] = field(default_factory=list)
    walk_index: int = 0


def _colon_end(w: Words, j: int) -> int:
    """Unmarked speech after a colon runs to the paragraph's end, unless a later sentence holds a cue or a
    quote mark of its own (then the speech stopped before it)."""
    end = w.sentence_end(j)
    while end < len(w):
        nxt = w.sentence_end(end)
        if any(w.cue_at(k) is not None or w.is_punct(k, MARKS) or w.in_set(k, ACCORDING_TO) for k in range(end, nxt)):
            return end
        end = nxt
    return len(w)


def _qa_cue(w: Words, colon: int) -> bool:
    return colon >= 1 and w.sentence_start(colon) == colon - 1 and w.bare(colon - 1) in QA_CUES


def candidates(walk: Walk, all_cues: list[Cue]) -> list[QuoteCandidate]:
    """The quote candidates of one paragraph, in text order."""
    w = walk.w
    out: list[QuoteCandidate] = []
    for q in w.quoted:
        out.append(QuoteCandidate(q.span, walk, "mark", q))
    cue_tokens = {c.token for c in all_cues}
    for k in range(len(w)):
        if not w.is_punct(k, ":") or k + 1 >= len(w) or w.quote_opening_at(k + 1) is not None:
            continue
        qa = _qa_cue(w, k)
        near_cue = any(t < k and k - t <= 12 and w.sentence_start(t) == w.sentence_start(k) for t in cue_tokens)
        if not (qa or near_cue):
            continue
        span = trimmed(w.text, w.tokens[k + 1].start, w.tokens[_colon_end(w, k + 1) - 1].end)
        if span is None or any(c.span.overlaps(span) for c in out):
            continue
        out.append(QuoteCandidate(span, walk, "qa" if qa else "colon"))
    for rq in _rule_quotes(walk):
        same = next((c for c in out if c.span.overlaps(rq)), None)
        if same is not None:
            same.rule_quote = rq
        else:
            out.append(QuoteCandidate(Span(rq.start, rq.end, rq.source), walk, "rule", rule_quote=rq))
    out.sort(key=lambda c: c.span.start)
    for c in out:
        c.cue = governing_cue(w, c, all_cues)
    return out


def _rule_quotes(walk: Walk):
    par = walk.w
    lo, hi = par.tokens[0].start, par.tokens[-1].end
    return walk.out.quotes_in(lo, hi)


def governing_cue(w: Words, cand: QuoteCandidate, all_cues: list[Cue]) -> Cue | None:
    """The cue that introduces a quote: the walk's when it attached one; else the nearest cue before it in
    its sentence (or, for a quote opening its sentence, the one before), else one right after it («…»، قال)."""
    rq = cand.rule_quote
    if rq is not None and rq.cue is not None:
        found = next((c for c in all_cues if c.span.start <= rq.cue.start < c.span.end
                      or rq.cue.start <= c.span.start < rq.cue.end), None)
        if found is not None:
            return found
    if cand.kind == "qa":
        colon = w.index_at(cand.span.start) - 1
        return Cue(w.span(colon - 1, colon), _QA_FORM, colon - 1, colon - 1, False)
    first = w.index_at(cand.quoted.outer_start) if cand.quoted is not None else w.index_at(cand.span.start)
    start = w.sentence_start(first)
    if start == first and start > 0:
        start = w.sentence_start(start - 1)
    before = [c for c in all_cues if start <= c.token < first and first - c.last <= MAX_CUE_DISTANCE]
    if before:
        return before[-1]
    last = w.index_at(cand.quoted.outer_end if cand.quoted is not None else cand.span.end)
    k = last
    while k < len(w) and w.is_punct(k, "،,.:"):
        k += 1
    if k < len(w) and w.bare(k) in ("كما", "هكذا"):
        k += 1
    return next((c for c in all_cues if c.token == k), None)


def _qa_form():
    from ..cues import CueForm, NOUN
    return CueForm("قال", "assert", ("speech",), NOUN, "m", claims=False)


_QA_FORM = _qa_form()


def quote_features(c: QuoteCandidate) -> list[str]:
    w = c.walk.w
    f = [f"kind={c.kind}"]
    n_words = len(c.span.text.split())
    f.append(f"words={bucket(n_words, (1, 2, 3, 5, 8, 13, 25))}")
    if c.rule_quote is not None:
        f.append("rule")
        f.append(f"rule_cue={c.rule_quote.cue is not None}")
    q = c.quoted
    if q is not None:
        verdict = c.walk.kinds.get(id(q), "none")
        f.append(f"verdict={verdict}")
        f.append(f"pattern={q.pattern}")
        f.append(f"verdict_rule={verdict}_{c.rule_quote is not None}")
        i = w.index_at(q.outer_start)
        prev = i - 1
        before = word_class(w, prev)
        f.append(f"prev={before}")
        f.append(f"prev_words={before}_{bucket(n_words, (1, 2, 4, 8))}")
        if prev >= 0 and w.is_word(prev):
            f.append(f"prev_word={w.bare(prev)}")
            if w.in_set(prev, NAMING) or w.without_article(prev) in NAMING:
                f.append("after_naming")
        f.append(f"prev2={word_class(w, prev - 1)}")
        j = w.index_at(q.outer_end)
        f.append(f"next={word_class(w, j)}")
        if q.span.text.rstrip()[-1:] in ".!?؟":
            f.append("ends_with_stop")
        if i == 0:
            f.append("paragraph_start")
        elif w.sentence_start(i) == i:
            f.append("sentence_start")
    else:
        k = w.index_at(c.span.start) - 1
        f.append(f"colon_prev={word_class(w, k - 1)}")
    cue = c.cue
    if cue is not None:
        first = w.index_at(c.span.start)
        where = "after" if cue.token > first else "before"
        f.append(f"cue={where}")
        f.append(f"cue_lemma={cue_lemma(cue)}")
        f.append(f"cue_form={cue.form.form}")
        f.append(f"cue_distance={bucket(abs(first - cue.last), (1, 2, 4, 8, 16))}")
        f.append(f"cue_outcome={c.walk.outcomes.get(cue.token, 'none')}")
        f.append(f"cue_outcome_verdict={c.walk.outcomes.get(cue.token, 'none')}_{c.walk.kinds.get(id(q), c.kind)}")
    else:
        f.append("no_cue")
    covered = sum(min(m.end, c.span.end) - max(m.start, c.span.start)
                  for m in w.overlapping(c.span.start, c.span.end) if m.score != -1.0)
    share = covered / max(1, len(c.span))
    f.append(f"names={bucket(share, (0.0, 0.5, 0.9))}")
    if any(ch.isdigit() for ch in c.span.text):
        f.append("digits")
    s, e = w.index_at(c.span.start), w.index_at(c.span.end)
    if any(w.in_set(k, FIRST_PERSON) or (w.bare(k).endswith(("نا", "ني")) and len(w.bare(k)) > 4)
           for k in range(s, min(e, s + 40))):
        f.append("first_person")
    if any(w.is_punct(k, ".!?؟") for k in range(s, e - 1)):
        f.append("several_sentences")
    if c.walk.number <= 2 and not any(w.is_punct(k, ".!?؟") for k in range(len(w))) and len(w) < 30:
        f.append("headline")
    par = c.walk.w.tokens                          # (a claim and its content stand in one paragraph)
    claim = next((cl for cl in c.walk.out.claims_in(par[0].start, par[-1].end)
                  if cl.content.start <= c.span.start and c.span.end <= cl.content.end + 1), None)
    if claim is not None:
        f.append("inside_claim")
        inside = claim.content.start >= (c.quoted.outer_start if c.quoted else c.span.start) - 1
        f.append(f"claim_starts_with_it={inside}")
    return f
