"""Organisations news names by a short name alone (`داعش`, `الحوثيين`, `أوبك`).

The tagger learnt names from ANERcorp (2007 and earlier): groups and bodies that
rose later, or that news writes as an acronym, are unknown to it, and an article
that never writes `تنظيم داعش` gives the article-wide rules nothing to spread.
`lexicons.entities.KNOWN_ORGANISATIONS` lists such names (armed groups named as
militias, international bodies by their acronyms); they are found with any
proclitic (`لداعش`, `والحوثيين`, `للحوثيين`) and inside quote marks, and win over
what the tagger made of them unless an organisation already covers them.
"""
from __future__ import annotations

from functools import lru_cache

from ...layers import Mention, Token
from ...lexicons.entities import KNOWN_ORGANISATIONS
from ...text.normalize import fold
from .gazetteer import Place, _find
from .words import _REGION_HEADS, _fold


@lru_cache(maxsize=1)
def _table() -> tuple[dict[tuple[str, ...], Place], frozenset[str]]:
    table = {tuple(fold(n).split()): Place(n, "org", "ORG:" + n) for n in KNOWN_ORGANISATIONS}
    return table, frozenset(words[0] for words in table)


def known_mentions(tokens: list[Token], mentions: list[Mention], vocab) -> list[Mention]:
    """Mentions of the listed organisations no organisation mention covers already."""
    table, firsts = _table()
    out = []
    for m in _find([t.text for t in tokens], table, firsts):
        start, end = tokens[m.start].start + m.clitic, tokens[m.end - 1].end
        if any(o.label == "ORG" and o.start < end and start < o.end for o in mentions):
            continue
        if m.start > 0 and _fold(tokens[m.start - 1].text) in _REGION_HEADS:
            continue                      # محافظة فيفا: a place of the same name
        out.append(Mention(start, end, tokens[0].source, "ORG", None, None))
    return out
