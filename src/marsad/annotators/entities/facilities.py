"""A facility's name takes its head and adjectives (`مستشفى عسير المركزي`, `مطار عدن الدولي`).

The tagger and the head rules stop a facility after its proper name (`مستشفى
الرس`); the adjectives after it are part of the name (`العام`, `المركزي`,
`القومي`, `الجنوبية`), and a place found after the rules that join heads ran (a
city in context: `مستشفى` + `عسير`) takes its head; a country's adjective is not (`متنزه يلوستون القومي
الأمريكي` ends before `الأمريكي`, the annotation guide's nationality rule; the tagger's span loses it too).
"""
from __future__ import annotations

from bisect import bisect_right

from ...layers import Mention
from ...lexicons import affixes as af
from ...lexicons import entities as lex
from ...text.tokenview import TokenView
from .words import country_nisba, nisba

MAX_ADJECTIVES = 2


def extend_facilities(mentions: list[Mention], view: TokenView) -> list[Mention]:
    """The sentence's mentions with facility places extended over the adjectives after them."""
    tokens, forms = view.tokens, view.forms
    if not mentions or not tokens:
        return mentions
    starts, ends = view.starting_at, view.ending_at
    src = tokens[0].source
    token_starts = view.starts
    out = []
    for m in mentions:
        first = bisect_right(token_starts, m.start) - 1
        first = first if first >= 0 and tokens[first].start <= m.start < tokens[first].end else None
        k = ends.get(m.end)
        if m.label == "LOC" and first and tokens[first].start == m.start and ends.get(tokens[first - 1].end) is not None \
                and src[tokens[first - 1].end:m.start] == " " and not any(o.end == tokens[first - 1].end for o in mentions):
            cut = next((c for form, c in view.clitic_forms(first - 1) if form in lex.FACILITY_HEADS
                        and not form.startswith(af.ARTICLE)), None)
            if cut is not None:                   # مستشفى + عسير, a city the context rules found
                first -= 1
                m = Mention(tokens[first].start + cut, m.end, m.source, m.label, m.entity, m.score)
        if m.label == "LOC" and first is not None and k is not None and k > first \
                and any(form in lex.FACILITY_HEADS for form, _ in view.clitic_forms(first)):
            j = k + 1
            while j < len(tokens) and j - k <= MAX_ADJECTIVES and src[tokens[j - 1].end:tokens[j].start] == " " \
                    and j not in {starts.get(o.start) for o in mentions}:
                f = forms[j]
                if not (f in lex.GENERIC_ADJECTIVES or f in lex.INTERNATIONAL_ADJECTIVES or (nisba(f) and not country_nisba(f))):
                    break
                j += 1
            while j == k + 1 and k > first + 1 and country_nisba(forms[k]):
                k -= 1                            # متنزه يلوستون القومي الأمريكي: the country's adjective out
                j = k + 1
            if tokens[j - 1].end != m.end:
                m = Mention(m.start, tokens[j - 1].end, m.source, m.label, m.entity, m.score)
        out.append(m)
    return out
