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


from ...layers import Mention
from ...lexicons import entities as lex
from ...text.tokenview import TokenView
from .gazetteer import find_listed, listed_names


def known_mentions(view: TokenView, mentions: list[Mention], vocab) -> list[Mention]:
    """Mentions of the listed organisations no organisation mention covers already."""
    out = []
    listed = listed_names(lex.KNOWN_ORGANISATIONS.entries, "org", "ORG")
    for m, start, end in find_listed(view.tokens, listed, mentions):
        if m.start > 0 and view.forms[m.start - 1] in lex.REGION_HEADS:
            continue                      # محافظة فيفا: a place of the same name
        out.append(Mention(start, end, view.tokens[0].source, "ORG", None, None))
    return out
