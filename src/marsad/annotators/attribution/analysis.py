"""Who said what in one document: direct quotes with speakers, reported claims with stance.

The rule walk (`walk.paragraph`) goes paragraph by paragraph, in text order,
through clause starts and reporting cues. For each cue it reads
1. the speaker: the subject after the verb (VSO), before it (SVO), the clause a
   participle hangs on (…، مشيرا إلى أن), or, when the cue names no one
   (وأضاف:), the latest speaker whose agreement fits;
2. the complement: a colon, an opening quote mark, a clause after أن/إن/بأن (also
   after إلى/على/من), the verb's own preposition (شكك في، تساءل عن، حذر من) or a
   direct object (نفى الكرملين التقارير);
3. what that makes: a direct quote (marked, or verbatim after a colon), or a
   claim whose content runs to the end of its clause, with the cue's stance
   turned by a negator (لم ينف) and set to demand by ضرورة/أهمية.
Quoted spans no cue introduced are then tried for a cue after them («…»، قال
بوتين / بحسب … / على حد قوله), a continuation of the previous quote (“A”. B”),
or a paragraph of speech right after the previous speaker's; the rest are
scare quotes around names and terms and are not reported.
"""
from __future__ import annotations

import bisect
from dataclasses import dataclass, field

from ...document import Document
from ...layers import ENTITIES, PARAGRAPHS, SENTENCES, TOKENS, Claim, Mention, Quote
from ...text.normalize import fold
from .quotemarks import find_quoted
from .memory import SpeakerMemory
from .speakers import DESCRIPTION
from .walk import Walk
from .words import TITLES, Words


MAX_WALK_TOKENS = 2000


@dataclass
class Attribution:
    quotes: list[Quote] = field(default_factory=list)
    claims: list[Claim] = field(default_factory=list)
    memory: SpeakerMemory = field(default_factory=SpeakerMemory)
    walks: list = field(default_factory=list)    # the paragraphs' rule walks, in text order
    _index: dict = field(default_factory=dict, repr=False, compare=False)

    def quotes_in(self, lo: int, hi: int) -> list[Quote]:
        """The quotes starting in [lo, hi), in order: a slice of the sorted list, not a scan."""
        return self._slice("quotes", self.quotes, lambda q: q.start, lo, hi)

    def claims_in(self, lo: int, hi: int) -> list[Claim]:
        """The claims whose cue starts in [lo, hi), in order."""
        return self._slice("claims", self.claims, lambda c: c.cue.start, lo, hi)

    def _slice(self, name: str, items: list, key, lo: int, hi: int) -> list:
        cached = self._index.get(name)
        if cached is None or cached[0] is not items or cached[1] != len(items):
            starts = [key(x) for x in items]
            ordered = all(a <= b for a, b in zip(starts, starts[1:]))
            cached = self._index[name] = (items, len(items), starts if ordered else None)
        starts = cached[2]
        if starts is None:
            return [x for x in items if lo <= key(x) < hi]
        return items[bisect.bisect_left(starts, lo):bisect.bisect_left(starts, hi)]


def attribute(doc: Document) -> Attribution:
    """Quotes and claims of a document (body paragraphs only): the rule walk's findings, decided by the
    learned components when their models are installed (`learned.assemble`)."""
    out = walk_document(doc)
    from .learned.assemble import decide, extract
    from .learned.linear import models_installed
    if models_installed():
        out.quotes, out.claims = decide(extract(out.walks))
    return out


def walk_document(doc: Document) -> Attribution:
    """The rule walk's quotes and claims, paragraph by paragraph (each paragraph's walk kept in `walks`)."""
    out = Attribution()
    tokens = doc.layer(TOKENS)
    starts = [t.start for t in tokens]
    # Sentences and mentions are sliced per paragraph by offset (bisect), never scanned whole: a document
    # of many paragraphs stays linear.
    sentences = sorted(doc.layer(SENTENCES), key=lambda s: s.start)
    sentence_starts = [s.start for s in sentences]
    mentions = sorted(list(doc.layer(ENTITIES)) + _described_people(doc), key=lambda m: (m.start, -m.end))
    mention_starts = [m.start for m in mentions]
    spoke_in: list[int] = []      # paragraph numbers with attributed speech
    number = -1
    for par in (p for p in doc.layer(PARAGRAPHS) if p.kind == "body"):
        number += 1
        lo, hi = bisect.bisect_left(starts, par.start), bisect.bisect_left(starts, par.end)
        if lo == hi:
            continue
        pieces = _pieces(tokens, starts, lo, hi, sentences, sentence_starts)
        for k, (a, b) in enumerate(pieces):
            number += 1 if k else 0            # each piece of a huge paragraph is walked as a paragraph
            start = par.start if k == 0 else tokens[a].start
            end = par.end if k == len(pieces) - 1 else tokens[b].start
            w = Words(doc.text, list(tokens[a:b]), _between(sentences, sentence_starts, start, end),
                      find_quoted(doc.text, start, end), _between(mentions, mention_starts, start, end))
            walk = Walk(w, out, number, spoke_in)
            walk.run()
            out.walks.append(walk)
            if walk.spoke:
                spoke_in.append(number)
    out.quotes.sort(key=lambda q: q.start)
    out.claims.sort(key=lambda c: c.cue.start)
    return out


def _pieces(tokens, starts: list[int], lo: int, hi: int, sentences: list, sentence_starts: list[int]
            ) -> list[tuple[int, int]]:
    """Token ranges of one paragraph to walk: the whole paragraph, or for one longer than MAX_WALK_TOKENS
    (far beyond any news paragraph: pasted text without line breaks), runs of whole sentences up to that
    many tokens, so that the walk's per-paragraph work (speaker candidates, memory) stays bounded."""
    if hi - lo <= MAX_WALK_TOKENS:
        return [(lo, hi)]
    inside = _between(sentences, sentence_starts, tokens[lo].start, tokens[hi - 1].end)
    bounds = sorted({k for k in (bisect.bisect_left(starts, s.end) for s in inside) if lo < k < hi})
    pieces, a = [], lo
    while hi - a > MAX_WALK_TOKENS:
        k = bisect.bisect_right(bounds, a + MAX_WALK_TOKENS) - 1
        b = bounds[k] if k >= 0 and bounds[k] > a else a + MAX_WALK_TOKENS     # a sentence too long: cut it
        pieces.append((a, b))
        a = b
    pieces.append((a, hi))
    return pieces


def _between(items: list, starts: list[int], lo: int, hi: int) -> list:
    """The items (sorted by start) that start in [lo, hi)."""
    return items[bisect.bisect_left(starts, lo):bisect.bisect_left(starts, hi)]


def _described_people(doc: Document) -> list[Mention]:
    """Descriptions of named people (وقال الرئيس الروسي ...) as person mentions of their clusters."""
    if not doc.layer(ENTITIES):
        return []
    from ..entities.nominals import descriptions
    # A bare title (الفريق، الأمير) could be anyone so titled; a description with more words is one person.
    return [Mention(span.start, span.end, doc.text, "PER", entity, DESCRIPTION) for span, entity in descriptions(doc)
            if any(fold(word) not in TITLES for word in span.text.split())]


def cached_attribution(doc: Document) -> Attribution:
    """The attribution of `doc`, computed once for both stages (keyed by the layers it reads)."""
    key = ("attribution", hash((doc.layer(ENTITIES), doc.layer(PARAGRAPHS))))
    return doc.cached(key, lambda: attribute(doc))
