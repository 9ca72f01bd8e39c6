"""Names the tagger may miss, found by their head nouns.

- a national institution: `المخابرات/الجيش/البنك` + adjectives, one naming a
  country, or a CLDR place (`المخابرات العسكرية الأوكرانية`, `جيش كوريا الديمقراطية`);
- a named body: `وزارة/هيئة/صندوق/شرطة ...` + a genitive chain ending on a
  definite noun or a name, then adjectives (`صندوق تنمية الموارد البشرية`,
  `المؤسسة العامة للتأمينات الاجتماعية`, `تنظيم داعش`);
- treaties, feasts, tournaments (`اتفاقية الشراكة الاستراتيجية`, `عيد الفطر`) as MISC;
- model designations in Latin letters (`KN-23`, `F-16`) as MISC.
`merge` lets a pattern replace the tagger's mentions it covers.
"""
from __future__ import annotations

from ...layers import Mention, Token
from ...text.normalize import fold
from .gazetteer import find_cities, find_places
from .words import (_REGION_HEADS, _INTERNATIONAL, _MINISTRY_PLURALS, _BODY_HEADS, _GENERIC_AFTER, _MIN_TWO, _MISC_HEADS, _MODEL_NAME, _NAMING_HEADS,
                    _NATIONAL_HEADS, _NON_NAMES, _TITLE_WORDS, _country_nisba, _nisba, _stripped_forms)


def pattern_mentions(tokens: list[Token], vocab, found: list[Mention] = ()) -> list[Mention]:
    """Institution names the tagger may miss.

    - a national institution: `المخابرات/الجيش/البنك` + adjectives, one naming a country or a
      place (`المخابرات العسكرية الأوكرانية`, `البنك المركزي الأوروبي`, `جيش كوريا الديمقراطية`);
    - a named body: `وزارة/هيئة/صندوق/شرطة ...` + a genitive chain ending on a definite noun,
      then adjectives (`وزارة الداخلية`, `صندوق تنمية الموارد البشرية`, `شرطة منطقة عسير`,
      `المؤسسة العامة للتأمينات الاجتماعية`);
    - `الأمن العام`, `الأمن الوطني`.
    """
    words = [fold(t.text) for t in tokens]
    out = []
    place_at = {m.start: m.end for m in find_places([t.text for t in tokens]) if m.clitic == 0}
    starts = {t.start: i for i, t in enumerate(tokens)}
    ends = {t.end: i for i, t in enumerate(tokens)}
    name_at = dict(place_at)
    for m in found:                      # the tagger's names count in a genitive (شرطة منطقة عسير)
        if m.start in starts and m.end in ends:
            name_at.setdefault(starts[m.start], ends[m.end] + 1)
    for m in find_cities([t.text for t in tokens], regions=True):     # and cities after a region head
        if m.clitic == 0 and m.start > 0 and words[m.start - 1] in _REGION_HEADS and not words[m.start - 1].startswith("ال"):
            name_at.setdefault(m.start, m.end)
    i = 0
    while i < len(tokens):
        if tokens[i].kind == "latin" and _MODEL_NAME.match(tokens[i].text):
            out.append(Mention(tokens[i].start, tokens[i].end, tokens[i].source, "MISC", None, None))
        if tokens[i].kind != "word":
            i += 1
            continue
        listed = _ministries(tokens, words, i)
        if listed:
            out.extend(listed)
            i = next(k for k, t in enumerate(tokens) if t.end == listed[-1].end) + 1
            continue
        span, label = None, "ORG"
        # a definite head right after a definite word is an adjective there (الواجهة البحرية،
        # القرارات الحكومية المنظمة للمواقع): no name opens on it
        after_definite = i > 0 and tokens[i - 1].kind == "word" and _adjacent(tokens, i - 1, i) \
            and words[i - 1].startswith(("ال", "لل")) and words[i].startswith("ال")
        for form, cut in _stripped_forms(tokens[i]):
            if after_definite:
                break
            if form in _NATIONAL_HEADS:
                span = _national(tokens, words, place_at, i, cut)
            if not span and form in _BODY_HEADS and not (form in _NATIONAL_HEADS and form.startswith("ال")):
                # وكالة is both: وكالة أنباء الصين is a body's name (a definite national head, البنك or
                # الشرطة + ل + noun, is no name: البنك لإنجاح المهرجان)
                span = _body(tokens, words, name_at, i, cut, form, vocab)
            elif not span and form == "الامن" and i + 1 < len(tokens) and words[i + 1] in ("العام", "الوطني"):
                span = (tokens[i].start + cut, i + 2)
            elif not span and form in _MISC_HEADS:
                span = _body(tokens, words, {}, i, cut, form, vocab)
                label = "MISC"
            if span:
                break
        if span:
            start, j = span
            out.append(Mention(start, tokens[j - 1].end, tokens[i].source, label, None, None))
            i = j
        else:
            i += 1
    return out


def _ministries(tokens, words, i) -> list[Mention]:
    """`وزارات النقل والتجارة والداخلية`, `وزارتي الداخلية والخارجية`: one ORG per ministry,
    the head with the first; the و of the others is cut."""
    cut = next((c for form, c in _stripped_forms(tokens[i]) if form in _MINISTRY_PLURALS), None)
    if cut is None or i + 1 >= len(tokens) or not words[i + 1].startswith("ال") or not _adjacent(tokens, i, i + 1):
        return []
    src = tokens[i].source
    out = [Mention(tokens[i].start + cut, tokens[i + 1].end, src, "ORG", None, None)]
    j = i + 2
    while j < len(tokens) and _adjacent(tokens, j - 1, j):
        if words[j] in ("،", ",") and j + 1 < len(tokens) and words[j + 1].startswith("ال"):
            out.append(Mention(tokens[j + 1].start, tokens[j + 1].end, src, "ORG", None, None))
            j += 2
        elif words[j].startswith("وال") and len(words[j]) > 4:
            out.append(Mention(tokens[j].start + 1, tokens[j].end, src, "ORG", None, None))
            j += 1
        else:
            break
    return out


def _adjacent(tokens, a: int, b: int) -> bool:
    return tokens[b].start - tokens[a].end <= 1


def _national(tokens, words, place_at, i, cut):
    j, national = i + 1, False
    while j < len(tokens) and j - i <= 4 and _adjacent(tokens, j - 1, j):
        if _country_nisba(words[j]) or words[j] in _INTERNATIONAL:
            j, national = j + 1, True
        elif _nisba(words[j]) or words[j] in _GENERIC_AFTER:
            j += 1
        elif j in place_at:
            j, national = place_at[j], True
        else:
            break
    if national:
        j = _sport(tokens, words, j)
    return (tokens[i].start + cut, j) if national else None


def _sport(tokens, words, j: int) -> int:
    """A definite body's field after it: `الاتحاد الكويتي لكرة القدم`, `للتنمية الاجتماعية` (ل + noun + ال...)."""
    if j + 1 < len(tokens) and _adjacent(tokens, j - 1, j) and _adjacent(tokens, j, j + 1) \
            and words[j].startswith("ل") and not words[j].startswith(("لل", "لي", "لن")) and len(words[j]) > 3 \
            and words[j + 1].startswith("ال") and words[j + 1] not in _NON_NAMES \
            and words[j + 1] not in ("العديد", "الكثير", "الجميع", "الكل"):        # ليوضح العديد: a verb
        return j + 2
    return j


def _body(tokens, words, place_at, i, cut, head, vocab=None):
    definite_head = head.startswith("ال")
    j, named = i + 1, False
    # adjectives of the head (المؤسسة العامة ..., الهيئة السعودية ...; a definite head only)
    while j < len(tokens) and _adjacent(tokens, j - 1, j) and (
            words[j] in _GENERIC_AFTER or (definite_head and _nisba(words[j]))):
        j += 1
    # a genitive chain: indefinite nouns, then a definite one (or لل + noun after a definite head)
    k = j
    while k < len(tokens) and k - j < 3 and _adjacent(tokens, k - 1, k) and tokens[k].kind == "word":
        w = words[k]
        if k in place_at:
            k, named = place_at[k], True
            break
        if head in _NAMING_HEADS and k == j and vocab is not None and not vocab.known(w) and len(w) >= 3 \
                and not w.endswith(("يه", "ي", "ها", "هم")) and tokens[k].kind == "word":
            k, named = k + 1, True                # تنظيم داعش، شركة أرامكو: a word no dictionary of ours knows
            break
        if (not definite_head and w.startswith("ال") and w not in _NON_NAMES) or (
                definite_head and w.startswith("لل") and len(w) > 4):
            k, named = k + 1, True
            break
        if definite_head and _sport(tokens, words, k) > k:
            k, named = _sport(tokens, words, k), True
            break
        if definite_head or w.startswith(("ال", "ي")) or w in _NON_NAMES or fold(w) in _TITLE_WORDS or len(w) < 3 \
                or w.endswith(("يه", "ي", "ها", "هم", "هما")):
            break                                 # adjectives, pronoun-suffixed nouns and verbs (يتخذ) end the chain
        k += 1                                    # an indefinite noun of the chain (تنمية)
    if not named:
        return None
    j = k
    while j < len(tokens) and j - i <= 7 and _adjacent(tokens, j - 1, j) and (
            _nisba(words[j]) or words[j] in _GENERIC_AFTER):
        j += 1
    if head in _MIN_TWO and j - i < 3:
        return None
    return tokens[i].start + cut, j


def merge(model: list[Mention], patterns: list[Mention]) -> list[Mention]:
    """Pattern mentions replace the model's mentions they cover; overlaps otherwise keep the model's."""
    out = list(model)
    for p in patterns:
        overlapping = [m for m in out if m.overlaps(p)]
        if all(p.contains(m) for m in overlapping):
            out = [m for m in out if m not in overlapping] + [p]
    return sorted(out, key=lambda m: (m.start, m.end))
