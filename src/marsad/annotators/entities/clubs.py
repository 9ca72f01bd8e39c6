"""Football clubs named bare (`لاعبي الهلال`, `النصر والهلال`), as organisations.

The tagger, trained on 2007 general news, leaves a club's bare name out or reads
it as a place or a person (`القادسية`, `الخليج`). Most club names are common
words as well (الشباب youth, الوحدة unity, النصر victory), so a listed club
(`lexicons.entities.SPORTS_CLUBS`) is an organisation only in a sports context:
right after a sports word (`فريق`, `مدرب`, `مواجهة`; after a weak one such as
`أمام` or `إدارة` a distinct club only), or coordinated with another club when one
of the two is distinct (`الأهلي والاتحاد`: `الاتفاق والتعاون` is an agreement and
cooperation). A club followed by an adjective (`الهلال الأحمر`, `الاتحاد الأوروبي`)
is another body's name and is left alone. Article-wide, a distinct club found so is
that club wherever it is written bare (`spread_clubs`).
"""
from __future__ import annotations

from ...layers import Mention, Token
from ...lexicons.entities import CLUB_CONTEXT, DISTINCT_CLUBS, SPORTS_CLUBS, WEAK_CLUB_CONTEXT
from ...text.normalize import fold
from .words import _ANY_ORG_HEAD, _fold, _forms_of, _nisba

_CLUBS = frozenset(fold(w) for w in SPORTS_CLUBS)
_DISTINCT = frozenset(fold(w) for w in DISTINCT_CLUBS)
_CONTEXT = frozenset(fold(w) for w in CLUB_CONTEXT)
_WEAK = frozenset(fold(w) for w in WEAK_CLUB_CONTEXT)
# adjectives that make another body of a club's name (الهلال الأحمر، الاتحاد الأوروبي، الاتحاد السعودي)
_NOT_CLUB_AFTER = frozenset(fold(w) for w in ("الأحمر", "الاحمر", "الدولي", "العام", "العربي", "الوطني"))


def _club(token: Token) -> tuple[int, str] | None:
    """(clitic length, folded club) when the word, proclitics aside, is a listed club."""
    if token.kind != "word":
        return None
    for form, cut in _forms_of(token.text):
        if form in _CLUBS:
            return cut, form
    return None


def _bare(token: Token) -> str:
    """A context word folded, without a leading و/ف/ل/ب (ولاعبي، لمواجهة)."""
    f = _fold(token.text)
    for form, _ in _forms_of(token.text):
        if form in _CONTEXT or form in _WEAK:
            return form
    return f


def _adjacent(tokens: list[Token], a: int, b: int) -> bool:
    return 0 <= a and b < len(tokens) and tokens[b].start - tokens[a].end == 1


def club_mentions(tokens: list[Token], mentions: list[Mention], vocab) -> list[Mention]:
    """Clubs in a sports context, as ORG (they replace what the tagger made of the word)."""
    clubs = [_club(t) for t in tokens]
    out = []
    for i, found in enumerate(clubs):
        if found is None:
            continue
        if _adjective_after(tokens, i):
            continue
        cut, club = found
        distinct = club in _DISTINCT
        before = _bare(tokens[i - 1]) if _adjacent(tokens, i - 1, i) and tokens[i - 1].kind == "word" else ""
        context = before in _CONTEXT or (distinct and before in _WEAK)
        if not context:
            # coordinated: X وY (this one or the next carries the و), one of the two distinct
            for j in (i - 1, i + 1):
                if not _adjacent(tokens, min(i, j), max(i, j)) or clubs[j] is None:
                    continue
                later = tokens[max(i, j)]
                if _fold(later.text).startswith("و") and (distinct or clubs[j][1] in _DISTINCT) \
                        and not (j == i + 1 and _adjacent(tokens, j, j + 1)
                                 and _nisba(_fold(tokens[j + 1].text))):
                    context = True
        if context:
            out.append(Mention(tokens[i].start + cut, tokens[i].end, tokens[i].source, "ORG", None, None))
    return out


def _adjective_after(tokens: list[Token], i: int) -> bool:
    return _adjacent(tokens, i, i + 1) and tokens[i + 1].kind == "word" and (
        _fold(tokens[i + 1].text) in _NOT_CLUB_AFTER or _nisba(_fold(tokens[i + 1].text)))


def spread_clubs(mentions: list[Mention], tokens: list[Token]) -> list[Mention]:
    """A distinct club named as an organisation once is that club wherever the article writes it
    bare (`فالهلال عاد لتمارينه`); the common-word clubs (الشباب: رعاية الشباب) are not spread."""
    # the club alone or after its head (نادي الهلال)
    named = {_fold(m.text).split()[-1] for m in mentions if m.label == "ORG" and len(m.text.split()) <= 2} & _DISTINCT
    if not named:
        return mentions
    from .article import _covered
    taken = _covered(tokens, mentions)
    added = []
    for i, tok in enumerate(tokens):
        found = None if taken[i] else _club(tok)
        if found is None or found[1] not in named or _adjective_after(tokens, i):
            continue
        if i > 0 and _adjacent(tokens, i - 1, i) and _fold(tokens[i - 1].text) in _ANY_ORG_HEAD:
            continue                      # هيئة الهلال ...: another body's name
        added.append(Mention(tok.start + found[0], tok.end, tok.source, "ORG", None, None))
    return sorted(mentions + added, key=lambda m: (m.start, m.end)) if added else mentions
