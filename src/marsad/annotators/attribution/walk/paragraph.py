"""The paragraph walk: the rule passes that tie cues, speakers, complements and quotes together.

A `Walk` holds one body paragraph's state (its `Words`, the clauses read so far,
the quoted spans taken, the speakers heard) and runs `PASSES` in order:
1. `admissible_cues`: the lexicon's cues, without subjunctives (دون أن يذكر) and glosses (على حد وصفه);
2. `quote_kinds`: each quoted span is speech, a short phrase or a name (صحيفة «عكاظ»);
3. `marker_cues`: a cue after بحسب ما / حسبما is the marker's (بحسب ما أعلن الجيش), not a clause;
4. `clauses`: in text order, every clause start (whose subject a later participle may report for),
   topic (أما الوزارة فتقول) and cue (`clause.report_clause`);
5. `unattached`: quoted spans no cue took (`unattached.unattached_quotes`);
6. `source_markers`: بحسب المرصد، وفقا للمصادر (`according.according_to`).
"""
from __future__ import annotations

from typing import TYPE_CHECKING, Callable

from ....document import Span
from ..agreement import head_gender
from ..attributed import AttributedClaim, AttributedQuote, who
from ..cues import PARTICIPLE, PRESENT, Cue, find_cues
from ..quotemarks import QuotedSpan
from ..speakers import Speaker, describe, salient_subject, subject_after
from ..words import ACCORDING_TO, ACCORDING_WHAT, AMBIGUOUS_CUES, LINKERS, RELATIVES, SUBJUNCTIVE, Words
from .according import according_to
from .clause import report_clause
from .state import NAME, Clause
from .unattached import classify_quote, unattached_quotes

if TYPE_CHECKING:
    from ..analysis import Attribution


class Walk:
    def __init__(self, w: Words, out: Attribution, number: int, spoke_in: list[int]) -> None:
        self.w, self.out, self.number, self.spoke_in = w, out, number, spoke_in
        self.memory = out.memory
        self.cues: list[Cue] = []
        self.kinds: dict[int, str] = {}
        self.attached: dict[int, tuple[Speaker | None, Span | None]] = {}
        self.clauses: list[Clause] = []
        self.silenced: list[tuple[int, int]] = []
        self.spoke = False
        self.consumed: set[int] = set()
        self.outcomes: dict[int, str] = {}           # cue token -> what the walk made of it (features)
        self._first = (len(out.quotes), len(out.claims))   # where this paragraph's findings begin in `out`

    def run(self) -> None:
        for _, step in PASSES:
            step(self)

    # --- shared by the passes ----------------------------------------------------------------
    def topic(self, i: int) -> None:
        """أما أبو سعد فقد ...، أما الوزارة فتقول: the topic is who the next cues without a subject continue."""
        w = self.w
        rng = subject_after(w, i + 1, skip_leading=False)
        if rng is None or rng[1] >= len(w) or not w.f[rng[1]].startswith("ف") or len(w.f[rng[1]]) < 3:
            return
        if not (w.person_like(*rng) or w.named(*rng)):
            return
        agreement = "f" if w.f[rng[1] - 1].endswith(("ة", "ه")) else "m"
        self.memory.add(w.tokens[rng[0]].start, describe(w, rng, agreement), self.number)

    def admissible(self, cue: Cue) -> bool:
        w = self.w
        if cue.form.form == PRESENT and not cue.conjunction and w.in_set(cue.token - 1, SUBJUNCTIVE):
            return False                                   # دون أن يذكر أردوغان: a subjunctive, no report
        if w.anonymity_end(cue.token) is not None:
            return False                                   # طالبا عدم الكشف عن اسمه: asking not to be named
        if w.bare(cue.token - 1) == "حد":
            return False                                   # على حد وصفه: a gloss after words, no cue here
        if cue.form.form == PARTICIPLE or cue.conjunction or cue.auxiliary:
            return True
        if w.f[cue.token] in AMBIGUOUS_CUES or w.bare(cue.token) in AMBIGUOUS_CUES:
            return self.clause_start(cue.token) or w.in_set(cue.token - 1, LINKERS) or w.after_contrast(cue.token) \
                or w.in_set(cue.token - 1, RELATIVES)      # الذي بين أن
        return True

    def clause_start(self, i: int) -> bool:
        w = self.w
        return i == 0 or w.sentence_start(i) == i or w.is_punct(i - 1, "،,؛;:")

    def own_quotes(self) -> list:
        """The quotes this walk emitted (earlier paragraphs' never overlap this one)."""
        return self.out.quotes[self._first[0]:]

    def own_claims(self) -> list:
        return self.out.claims[self._first[1]:]

    def inside_quote(self, offset: int) -> bool:
        return any(s <= offset < e for s, e in self.silenced)

    def attach(self, q: QuotedSpan | None, clause: Clause | None, speaker: Speaker | None = None,
               cue: Span | None = None) -> None:
        if q is None or id(q) in self.attached:
            return
        if clause is not None:
            speaker, cue = clause.speaker, clause.cue.span
        self.attached[id(q)] = (speaker, cue)
        self.emit_quote(q.span, speaker, cue)

    def heard(self, speaker: Speaker | None, position: int) -> None:
        """A resolved speaker who says something stays the one later cues continue."""
        if speaker is not None and not speaker.explicit:
            self.memory.add(position, speaker, self.number)

    def emit_quote(self, span: Span, speaker: Speaker | None, cue: Span | None) -> None:
        self.heard(speaker, span.start)
        named, description = who(speaker)
        self.out.quotes.append(AttributedQuote(span.start, span.end, span.source, "direct", named,
                                               speaker.entity if speaker else None, cue, description))
        self.spoke = True

    def emit_claim(self, cue: Span, content: Span, stance: str, speaker: Speaker | None) -> None:
        named, description = who(speaker)
        self.out.claims.append(AttributedClaim(cue, content, stance, named, speaker.entity if speaker else None,
                                               description))


# --- the passes, in order ----------------------------------------------------------------------
def admissible_cues(walk: Walk) -> None:
    w = walk.w
    walk.cues = [c for c in find_cues(w.tokens, w.f) if walk.admissible(c)]
    w.cues = {c.token: c for c in walk.cues}


def quote_kinds(walk: Walk) -> None:
    w = walk.w
    walk.kinds = {id(q): classify_quote(w, q) for q in w.quoted}
    walk.silenced = [(q.start, q.end) for q in w.quoted if walk.kinds[id(q)] != NAME]


def marker_cues(walk: Walk) -> None:
    w = walk.w
    for i in range(len(w) - 1):                        # بحسب ما أعلن الجيش: the marker's, not a clause
        if w.bare(i) in ACCORDING_WHAT and w.cue_at(i + 1) is not None:
            walk.consumed.add(i + 1)
        elif w.in_set(i, ACCORDING_TO) and w.bare(i + 1) in ("ما", "لما") and w.cue_at(i + 2) is not None:
            walk.consumed.add(i + 2)


def clauses(walk: Walk) -> None:
    w = walk.w
    events: list[tuple[int, int, object]] = [(c.token, 1, c) for c in walk.cues]
    for i in range(len(w)):
        if walk.clause_start(i) and not w.cue_at(i):
            events.append((i, 0, None))
    for i in range(len(w)):
        if w.bare(i) == "اما" and not w.tokens[i].text.lstrip("وف").startswith("إ"):
            events.append((i, 0, "topic"))
    for i, _, cue in sorted(events, key=lambda e: (e[0], e[1])):
        if cue == "topic":
            walk.topic(i)
        elif cue is None:
            verb = i + 1 if w.in_set(i, LINKERS) else i       # كما جدد د. أحمد الطيب ...
            rng = salient_subject(w, verb)
            if rng is not None:
                # the noun's own gender first: تعقد الهيئة (a ت prefix; a perfect may begin with ت too),
                # أفقدت الأزمة الرئيس صوابه (the man read as the subject is the object; he goes on as a man);
                # else the verb's: كرّمت المفوضية
                agreement = head_gender(w, *rng) or ("f" if w.f[verb].endswith("ت") else "m")
                walk.memory.add(w.tokens[rng[0]].start, describe(w, rng, agreement), walk.number, silent=True)
        elif cue.token not in walk.consumed and not walk.inside_quote(cue.span.start):
            report_clause(walk, cue)


def unattached(walk: Walk) -> None:
    unattached_quotes(walk)


def source_markers(walk: Walk) -> None:
    w = walk.w
    for i in range(len(w)):
        if (w.in_set(i, ACCORDING_TO) or w.bare(i) in ACCORDING_WHAT) and w.tokens[i].kind == "word" \
                and not walk.inside_quote(w.tokens[i].start):
            according_to(walk, i)


PASSES: tuple[tuple[str, Callable[[Walk], None]], ...] = (
    ("admissible_cues", admissible_cues),
    ("quote_kinds", quote_kinds),
    ("marker_cues", marker_cues),
    ("clauses", clauses),
    ("unattached", unattached),
    ("source_markers", source_markers),
)
