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

from ...layers import Mention
from ...lexicons import affixes as af
from ...lexicons import entities as lex
from ...text.tokenview import TokenView
from .gazetteer import find_cities, find_places
from .words import MODEL_NAME, TITLE_WORDS, adjacent, country_nisba, nisba


def sentence_places(view: TokenView):
    """CLDR places of the sentence (`gazetteer.find_places`), found once for every rule."""
    return view.cached("places", lambda: find_places([t.text for t in view.tokens]))


def sentence_cities(view: TokenView):
    """GeoNames cities and Arab regions of the sentence (`gazetteer.find_cities`), found once."""
    return view.cached("cities", lambda: find_cities([t.text for t in view.tokens], regions=True))


def pattern_mentions(view: TokenView, vocab, found: list[Mention] = ()) -> list[Mention]:
    """Institution names the tagger may miss.

    - a national institution: `المخابرات/الجيش/البنك` + adjectives, one naming a country or a
      place (`المخابرات العسكرية الأوكرانية`, `البنك المركزي الأوروبي`, `جيش كوريا الديمقراطية`);
    - a named body: `وزارة/هيئة/صندوق/شرطة ...` + a genitive chain ending on a definite noun,
      then adjectives (`وزارة الداخلية`, `صندوق تنمية الموارد البشرية`, `شرطة منطقة عسير`,
      `المؤسسة العامة للتأمينات الاجتماعية`);
    - `الأمن العام`, `الأمن الوطني`.
    """
    tokens, words = view.tokens, view.forms
    out = []
    place_at = {m.start: m.end for m in sentence_places(view) if m.clitic == 0}
    starts, ends = view.starting_at, view.ending_at
    name_at = dict(place_at)
    for m in found:                      # the tagger's names count in a genitive (شرطة منطقة عسير)
        if m.start in starts and m.end in ends:
            name_at.setdefault(starts[m.start], ends[m.end] + 1)
    for m in sentence_cities(view):      # and cities after a region head
        if m.clitic == 0 and m.start > 0 and words[m.start - 1] in lex.REGION_HEADS \
                and not words[m.start - 1].startswith(af.ARTICLE):
            name_at.setdefault(m.start, m.end)
    security = frozenset(lex.SECURITY_BODIES.phrases)
    i = 0
    while i < len(tokens):
        if tokens[i].kind == "latin" and MODEL_NAME.match(tokens[i].text):
            out.append(Mention(tokens[i].start, tokens[i].end, tokens[i].source, "MISC", None, None))
        if tokens[i].kind != "word":
            i += 1
            continue
        listed = _ministries(view, i)
        if listed:
            out.extend(listed)
            i = next(k for k, t in enumerate(tokens) if t.end == listed[-1].end) + 1
            continue
        span, label = None, "ORG"
        # a definite head right after a definite word is an adjective there (الواجهة البحرية،
        # القرارات الحكومية المنظمة للمواقع): no name opens on it
        after_definite = i > 0 and tokens[i - 1].kind == "word" and adjacent(view, i - 1, i) \
            and words[i - 1].startswith((af.ARTICLE, af.LAM_ARTICLE)) and words[i].startswith(af.ARTICLE)
        for form, cut in view.clitic_forms(i):
            if after_definite:
                break
            if form in lex.NATIONAL_HEADS:
                span = _national(view, place_at, i, cut)
            if not span and form in lex.BODY_HEADS and not (form in lex.NATIONAL_HEADS and form.startswith(af.ARTICLE)):
                # وكالة is both: وكالة أنباء الصين is a body's name (a definite national head, البنك or
                # الشرطة + ل + noun, is no name: البنك لإنجاح المهرجان)
                span = _body(view, name_at, i, cut, form, vocab)
            elif not span and i + 1 < len(tokens) and (form, words[i + 1]) in security:
                span = (tokens[i].start + cut, i + 2)          # الأمن العام، الأمن الوطني
            elif not span and form in lex.EVENT_HEADS:
                span = _body(view, {}, i, cut, form, vocab)
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


def _ministries(view: TokenView, i: int) -> list[Mention]:
    """`وزارات النقل والتجارة والداخلية`, `وزارتي الداخلية والخارجية`: one ORG per ministry,
    the head with the first; the و of the others is cut."""
    tokens, words = view.tokens, view.forms
    cut = view.head_in(i, lex.MINISTRY_PLURALS)
    if cut is None or i + 1 >= len(tokens) or not words[i + 1].startswith(af.ARTICLE) or not adjacent(view, i, i + 1):
        return []
    src = tokens[i].source
    out = [Mention(tokens[i].start + cut, tokens[i + 1].end, src, "ORG", None, None)]
    j = i + 2
    while j < len(tokens) and adjacent(view, j - 1, j):
        if words[j] in ("،", ",") and j + 1 < len(tokens) and words[j + 1].startswith(af.ARTICLE):
            out.append(Mention(tokens[j + 1].start, tokens[j + 1].end, src, "ORG", None, None))
            j += 2
        elif words[j].startswith(af.CONJUNCTION_ARTICLE) and len(words[j]) > 4:
            out.append(Mention(tokens[j].start + 1, tokens[j].end, src, "ORG", None, None))
            j += 1
        else:
            break
    return out


def _national(view: TokenView, place_at, i, cut):
    tokens, words = view.tokens, view.forms
    j, national = i + 1, False
    while j < len(tokens) and j - i <= 4 and adjacent(view, j - 1, j):
        if country_nisba(words[j]) or words[j] in lex.INTERNATIONAL_ADJECTIVES:
            j, national = j + 1, True
        elif nisba(words[j]) or words[j] in lex.GENERIC_ADJECTIVES:
            j += 1
        elif j in place_at:
            j, national = place_at[j], True
        else:
            break
    if national:
        j = _sport(view, j)
    return (tokens[i].start + cut, j) if national else None


def _sport(view: TokenView, j: int) -> int:
    """A definite body's field after it: `الاتحاد الكويتي لكرة القدم`, `للتنمية الاجتماعية` (ل + noun + ال...)."""
    words = view.forms
    if j + 1 < len(words) and adjacent(view, j - 1, j) and adjacent(view, j, j + 1) \
            and words[j].startswith(af.LAM) and not words[j].startswith(af.LAM_VERB_OPENINGS) \
            and len(words[j]) > 3 and words[j + 1].startswith(af.ARTICLE) and words[j + 1] not in lex.NON_NAMES \
            and words[j + 1] not in lex.QUANTIFIERS:        # ليوضح العديد: a verb
        return j + 2
    return j


def _body(view: TokenView, place_at, i, cut, head, vocab=None):
    tokens, words = view.tokens, view.forms
    definite_head = head.startswith(af.ARTICLE)
    j, named = i + 1, False
    # adjectives of the head (المؤسسة العامة ..., الهيئة السعودية ...; a definite head only)
    while j < len(tokens) and adjacent(view, j - 1, j) and (
            words[j] in lex.GENERIC_ADJECTIVES or (definite_head and nisba(words[j]))):
        j += 1
    # a genitive chain: indefinite nouns, then a definite one (or لل + noun after a definite head)
    k = j
    while k < len(tokens) and k - j < 3 and adjacent(view, k - 1, k) and tokens[k].kind == "word":
        w = words[k]
        if k in place_at and not definite_head:     # a definite noun governs no name: الوزارة سلام الدليمي
            k, named = place_at[k], True
            break
        if head in lex.NAMING_HEADS and k == j and vocab is not None and not vocab.known(w) and len(w) >= 3 \
                and not w.endswith(af.NAMING_CLOSING_ENDINGS) and tokens[k].kind == "word":
            k, named = k + 1, True                # تنظيم داعش، شركة أرامكو: a word no dictionary of ours knows
            break
        if (not definite_head and w.startswith(af.ARTICLE) and w not in lex.NON_NAMES) or (
                definite_head and w.startswith(af.LAM_ARTICLE) and len(w) > 4):
            k, named = k + 1, True
            break
        if definite_head and _sport(view, k) > k:
            k, named = _sport(view, k), True
            break
        if definite_head or w.startswith((af.ARTICLE, af.IMPERFECT_PREFIX)) or w in lex.NON_NAMES \
                or w in TITLE_WORDS or len(w) < 3 or w.endswith(af.CHAIN_CLOSING_ENDINGS):
            break                                 # adjectives, pronoun-suffixed nouns and verbs (يتخذ) end the chain
        k += 1                                    # an indefinite noun of the chain (تنمية)
    if not named:
        return None
    j = k
    while j < len(tokens) and j - i <= 7 and adjacent(view, j - 1, j) and (
            nisba(words[j]) or words[j] in lex.GENERIC_ADJECTIVES):
        j += 1
    if head in lex.GENERIC_BODY_HEADS and j - i < 3:
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
