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
from .speakers import DESCRIPTION, SpeakerMemory
from .walk import Walk
from .words import TITLES, Words


@dataclass
class Attribution:
    quotes: list[Quote] = field(default_factory=list)
    claims: list[Claim] = field(default_factory=list)
    memory: SpeakerMemory = field(default_factory=SpeakerMemory)
    walks: list = field(default_factory=list)    # the paragraphs' rule walks, in text order


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
    sentences = doc.layer(SENTENCES)
    mentions = sorted(list(doc.layer(ENTITIES)) + _described_people(doc), key=lambda m: (m.start, -m.end))
    spoke_in: list[int] = []      # paragraph numbers with attributed speech
    for number, par in enumerate(p for p in doc.layer(PARAGRAPHS) if p.kind == "body"):
        lo, hi = bisect.bisect_left(starts, par.start), bisect.bisect_left(starts, par.end)
        ptoks = tokens[lo:hi]
        if not ptoks:
            continue
        w = Words(doc.text, list(ptoks), [s for s in sentences if par.start <= s.start < par.end],
                  find_quoted(doc.text, par.start, par.end),
                  [m for m in mentions if par.start <= m.start < par.end])
        walk = Walk(w, out, number, spoke_in)
        walk.run()
        out.walks.append(walk)
        if walk.spoke:
            spoke_in.append(number)
    out.quotes.sort(key=lambda q: q.start)
    out.claims.sort(key=lambda c: c.cue.start)
    return out


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
