"""Country names that are also relative adjectives (`السعودية`).

`السعودية` names the country (`زار السعودية`, `في السعودية`) and is the feminine
adjective of it (`الأندية السعودية`, `القوات الجوية السعودية`). Right after a
definite word that no mention covers it agrees with that noun: an adjective, no
entity (the annotation guide tags no nationality adjectives). Right after an
organisation's name it belongs to the name (`وزارة الداخلية السعودية`).
"""
from __future__ import annotations

from functools import lru_cache

from ...layers import Mention
from ...lexicons import affixes as af
from ...lexicons import entities as lex
from ...text.tokenview import TokenView, fold_words
from .gazetteer import places
from .words import nisba


@lru_cache(maxsize=1)
def _adjective_countries() -> frozenset[str]:
    """Folded one-word country names shaped like a relative adjective (ال + stem + ية)."""
    return frozenset(words[0] for words, p in places().items()
                     if len(words) == 1 and p.kind == "country" and nisba(words[0]))


def _definite(view: TokenView, i: int) -> bool:
    """A definite noun or adjective (clitics aside): الأندية، والقوات، للسوق; not إلى, الذي."""
    if view.tokens[i].kind != "word":
        return False
    return any(form.startswith(af.ARTICLE) and len(form) >= 4 and form not in lex.DEFINITE_FUNCTION_WORDS
               for form, _ in view.clitic_forms(i))


def adjective_countries(mentions: list[Mention], view: TokenView) -> list[Mention]:
    """Drop a country-adjective after a bare definite word; join it to an organisation before it."""
    tokens = view.tokens
    if not tokens:
        return mentions
    index = view.starting_at
    ends = {m.end: n for n, m in enumerate(mentions)}
    drop, grow = set(), {}
    for n, m in enumerate(mentions):
        i = index.get(m.start)
        if m.label != "LOC" or i is None or i == 0 or " ".join(fold_words(m.text)) not in _adjective_countries():
            continue
        prev = tokens[i - 1]
        if m.source[prev.end:m.start] not in ("", " "):
            continue
        owner = ends.get(prev.end)
        if owner is not None:
            if mentions[owner].label == "ORG":
                grow[owner] = m.end               # وزارة الداخلية السعودية: one name
                drop.add(n)
            continue                              # الولايات المتحدة السعودية: two names
        if any(o.start < prev.end and prev.start < o.end for o in mentions):
            continue
        if _definite(view, i - 1):
            drop.add(n)
    out = []
    for n, m in enumerate(mentions):
        if n in drop:
            continue
        if n in grow:
            m = Mention(m.start, grow[n], m.source, m.label, None, m.score)
        out.append(m)
    return out
