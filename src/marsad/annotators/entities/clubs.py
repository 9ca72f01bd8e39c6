"""Football clubs named bare (`لاعبي الهلال`, `النصر والهلال`), as organisations.

The tagger, trained on 2007 general news, leaves a club's bare name out or reads
it as a place or a person (`القادسية`, `الخليج`). Most club names are common
words as well (الشباب youth, الوحدة unity, النصر victory), so a listed club
(`lexicons.entities.SPORTS_CLUBS`) is an organisation only in a sports context:
right after a sports word (`فريق`, `مدرب`, `مواجهة`; after a weak one such as
`أمام` or `إدارة` a distinct club only), or coordinated with another club when one
of the two is distinct (`الأهلي والاتحاد`: `الاتفاق والتعاون` is an agreement and
cooperation). A club followed by an adjective (`الهلال الأحمر`, `الاتحاد الأوروبي`)
is another body's name and is left alone.
"""
from __future__ import annotations

from ...layers import Mention
from ...lexicons import affixes as af
from ...lexicons import entities as lex
from ...text.tokenview import TokenView
from .words import nisba


def _club(view: TokenView, i: int) -> tuple[int, str] | None:
    """(clitic length, folded club) when the word, proclitics aside, is a listed club."""
    if view.tokens[i].kind != "word":
        return None
    for form, cut in view.clitic_forms(i):
        if form in lex.SPORTS_CLUBS:
            return cut, form
    return None


def _context_word(view: TokenView, i: int) -> str:
    """A context word folded, without a leading و/ف/ل/ب (ولاعبي، لمواجهة)."""
    for form, _ in view.clitic_forms(i):
        if form in lex.CLUB_CONTEXT or form in lex.WEAK_CLUB_CONTEXT:
            return form
    return view.forms[i]


def _adjacent(view: TokenView, a: int, b: int) -> bool:
    return 0 <= a and b < len(view.tokens) and view.starts[b] - view.ends[a] == 1


def club_mentions(view: TokenView, mentions: list[Mention], vocab) -> list[Mention]:
    """Clubs in a sports context, as ORG (they replace what the tagger made of the word)."""
    tokens, forms = view.tokens, view.forms
    clubs = [_club(view, i) for i in range(len(tokens))]
    out = []
    for i, found in enumerate(clubs):
        if found is None:
            continue
        if _adjective_after(view, i):
            continue
        cut, club = found
        distinct = club in lex.DISTINCT_CLUBS
        before = _context_word(view, i - 1) if _adjacent(view, i - 1, i) and tokens[i - 1].kind == "word" else ""
        context = before in lex.CLUB_CONTEXT or (distinct and before in lex.WEAK_CLUB_CONTEXT)
        if not context:
            # coordinated: X وY (this one or the next carries the و), one of the two distinct
            for j in (i - 1, i + 1):
                if not _adjacent(view, min(i, j), max(i, j)) or clubs[j] is None:
                    continue
                later = max(i, j)
                if forms[later].startswith(af.WAW) and (distinct or clubs[j][1] in lex.DISTINCT_CLUBS) \
                        and not (j == i + 1 and _adjacent(view, j, j + 1) and nisba(forms[j + 1])):
                    context = True
        if context:
            out.append(Mention(tokens[i].start + cut, tokens[i].end, tokens[i].source, "ORG", None, None))
    return out


def _adjective_after(view: TokenView, i: int) -> bool:
    return _adjacent(view, i, i + 1) and view.tokens[i + 1].kind == "word" and (
        view.forms[i + 1] in lex.NOT_CLUB_ADJECTIVES or nisba(view.forms[i + 1]))
