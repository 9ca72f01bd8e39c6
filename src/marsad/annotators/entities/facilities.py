"""A facility's name takes its head and adjectives (`مستشفى عسير المركزي`, `مطار عدن الدولي`).

The tagger and the head rules stop a facility after its proper name (`مستشفى
الرس`); the adjectives after it are part of the name (`العام`, `المركزي`,
`القومي`, `الجنوبية`), and a place found after the rules that join heads ran (a
city in context: `مستشفى` + `عسير`) takes its head; a country's adjective is not (`متنزه يلوستون القومي
الأمريكي` ends before `الأمريكي`, the annotation guide's nationality rule; the tagger's span loses it too).
"""
from __future__ import annotations

from bisect import bisect_right

from ...layers import Mention, Token
from .words import _FACILITY_HEADS, _GENERIC_AFTER, _INTERNATIONAL, _country_nisba, _fold, _nisba, _stripped_forms

MAX_ADJECTIVES = 2


def extend_facilities(mentions: list[Mention], tokens: list[Token]) -> list[Mention]:
    """The sentence's mentions with facility places extended over the adjectives after them."""
    if not mentions or not tokens:
        return mentions
    starts = {t.start: i for i, t in enumerate(tokens)}
    ends = {t.end: i for i, t in enumerate(tokens)}
    src = tokens[0].source
    token_starts = [t.start for t in tokens]
    out = []
    for m in mentions:
        first = bisect_right(token_starts, m.start) - 1
        first = first if first >= 0 and tokens[first].start <= m.start < tokens[first].end else None
        k = ends.get(m.end)
        if m.label == "LOC" and first and tokens[first].start == m.start and ends.get(tokens[first - 1].end) is not None \
                and src[tokens[first - 1].end:m.start] == " " and not any(o.end == tokens[first - 1].end for o in mentions):
            cut = next((c for form, c in _stripped_forms(tokens[first - 1]) if form in _FACILITY_HEADS
                        and not form.startswith("ال")), None)
            if cut is not None:                   # مستشفى + عسير, a city the context rules found
                first -= 1
                m = Mention(tokens[first].start + cut, m.end, m.source, m.label, m.entity, m.score)
        if m.label == "LOC" and first is not None and k is not None and k > first \
                and any(form in _FACILITY_HEADS for form, _ in _stripped_forms(tokens[first])):
            j = k + 1
            while j < len(tokens) and j - k <= MAX_ADJECTIVES and src[tokens[j - 1].end:tokens[j].start] == " " \
                    and j not in {starts.get(o.start) for o in mentions}:
                f = _fold(tokens[j].text)
                if not (f in _GENERIC_AFTER or f in _INTERNATIONAL or (_nisba(f) and not _country_nisba(f))):
                    break
                j += 1
            while j == k + 1 and k > first + 1 and _country_nisba(_fold(tokens[k].text)):
                k -= 1                            # متنزه يلوستون القومي الأمريكي: the country's adjective out
                j = k + 1
            if tokens[j - 1].end != m.end:
                m = Mention(m.start, tokens[j - 1].end, m.source, m.label, m.entity, m.score)
        out.append(m)
    return out
