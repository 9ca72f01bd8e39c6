"""From tagged tokens to mentions as the contract defines them.

A tagger (the CRF or a transformer) labels whole tokens, so a name's first
token may carry a conjunction or preposition (`لأوکرانيا`, `وبيونغ`) and a
person's span may start with a title (`الرئيس`). The rules here, applied to
every backend's output, are:
- a leading proclitic (و ف ب ل ك) is cut when the rest is a known name or place,
  or when the word without it is what the training data knew (`وبوتين` -> `بوتين`);
- titles are cut from the start of a person, function words from either edge;
- an organisation head noun right before a name joins it (`جامعة` + `الملك سعود`
  -> ORG), and head-noun patterns the tagger missed become ORGs
  (`المخابرات الأوكرانية`, `الجيش الروسي`, `وزارة الداخلية`);
- across the article, one name keeps one label (weighted vote), and a name the
  tagger found once is found wherever else it is written.
"""
from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass
from functools import lru_cache

from ...document import Span
from ...layers import Mention, Token
from ...lexicons.entities import (DIRECTIONS, FACILITY_HEADS, HIJRI_MONTHS, NON_ENTITIES, NON_NAME_ADJECTIVES,
                                  NON_NAMES, ORG_HEADS,
                                  PERSON_PARTICLES, REGION_HEADS, RULER_OF, TITLES)
from ...text.clitics import analyses
from ...text.normalize import fold
from .gazetteer import find_places, places

_TITLE_WORDS = frozenset(fold(w) for t in TITLES for w in t.split())
_NON_NAMES = frozenset(fold(w) for w in NON_NAMES)
_TITLE_WORDS_F = _TITLE_WORDS
_ORG_HEADS = frozenset(fold(h) for h in ORG_HEADS if " " not in h)
# Heads of national institutions: an organisation with a country's adjective or a place after them.
_NATIONAL_HEADS = frozenset(fold(h) for h in (
    "المخابرات", "الاستخبارات", "مخابرات", "استخبارات", "الجيش", "جيش", "الحرس", "البنك", "بنك", "الشرطة",
    "البحرية", "البرلمان", "الخارجية", "وكالة", "الوكالة"))
# Heads of named bodies: an organisation with a genitive noun after them.
_BODY_HEADS = frozenset(fold(h) for h in (
    "وزارة", "هيئة", "الهيئة", "مؤسسة", "المؤسسة", "صندوق", "جامعة", "وكالة", "مجلس", "شركة", "جمعية", "منظمة",
    "قوات", "قوة", "شرطة", "اتحاد", "نادي", "بنك", "مصرف", "محكمة", "مديرية", "إدارة", "أمانة", "بلدية", "غرفة",
    "كلية", "معهد", "حزب", "لجنة", "تنظيم", "قناة", "صحيفة", "مجموعة"))
_BODY_HEADS = _BODY_HEADS | frozenset("ال" + h for h in _BODY_HEADS)    # definite: المديرية العامة للشؤون ...
# Heads whose own name may follow bare (تنظيم داعش، شركة أرامكو، جمعية كفيف).
_NAMING_HEADS = frozenset(fold(h) for h in ("تنظيم", "شركة", "جمعية", "حزب", "قناة", "صحيفة", "وكالة", "مجموعة"))
# Heads of treaties, feasts, tournaments, prizes: MISC with a definite noun after them
# (`اتفاقية الشراكة الاستراتيجية`, `عيد الفطر`, `كأس العالم`).
_MISC_HEADS = frozenset(fold(h) for h in ("اتفاقية", "معاهدة", "عيد", "بطولة", "كأس", "جائزة", "مهرجان", "وثيقة"))
# Model designations written in Latin letters with digits: KN-23, F-16, S-400, MH17.
_MODEL_NAME = re.compile(r"^[A-Z]{1,4}-?\d{1,4}[A-Z]?$")
_MIN_TWO = frozenset(fold(h) for h in ("قوات", "قوة", "إدارة", "مجلس", "لجنة"))      # too generic with one noun
_FACILITY_HEADS = frozenset(fold(h) for h in FACILITY_HEADS) | frozenset(fold("ال" + h) for h in FACILITY_HEADS)
_REGION_HEADS = frozenset(fold(h) for h in REGION_HEADS if " " not in h) | frozenset(
    fold("ال" + h) for h in REGION_HEADS if " " not in h)
_DIRECTIONS = frozenset(fold(d) for d in DIRECTIONS)
_PARTICLES = frozenset(fold(p) for p in PERSON_PARTICLES)
_NON_NAME_ADJECTIVES = frozenset(fold(w) for w in NON_NAME_ADJECTIVES)
_RULER_OF = frozenset(fold(w) for w in RULER_OF)
_ANY_ORG_HEAD = _ORG_HEADS | _BODY_HEADS | _NATIONAL_HEADS
# Heads of places standing alone are common nouns (المدينة، المنطقة، الريف), not names.
_GENERIC_PLACES = _REGION_HEADS | frozenset(fold(w) for w in (
    "ريف", "الريف", "البلاد", "الدولة", "المسجد", "المستشفى", "المطار", "الميناء", "الشارع", "الطريق", "الملعب",
    "الحديقة", "الجسر", "السد", "القصر", "الساحة", "الميدان"))
_NON_ENTITIES = frozenset(fold(w) for w in NON_ENTITIES)
_GENERIC_AFTER = frozenset(fold(w) for w in ("العامة", "العام", "الوطني", "الوطنية", "المركزي", "الاتحادي",
                                             "الاتحادية", "الخاصة", "العليا", "الأعلى"))
CONJ_PREP = "وفبلك"


@dataclass
class Tagged:
    """A tagger's output for one sentence: word tokens, BIO tags, tag probabilities."""

    tokens: list[Token]
    tags: list[str]
    probs: list[float]


def reading(an, word_start: int) -> tuple[str, int]:
    """(folded word without proclitics, characters cut) of one clitic reading. After ل + ل the
    article's alef is elided (للسعودية = ل + السعودية): the lookup form gets its alef back and
    only a conjunction before them is cut, since no substring spells the name with its article."""
    rest = an.without_proclitics.text
    if an.article is not None and an.article.text == "ل":
        return fold("ا" + rest), an.preposition.start - word_start
    return fold(rest), an.without_proclitics.start - word_start


def _label(tag: str) -> str:
    kind = tag.split("-", 1)[-1]
    return "PER" if kind == "PERS" else kind


def groups(tags: list[str]) -> list[tuple[int, int, str]]:
    """BIO -> (first, end, label) over token indexes; a stray I- opens a name."""
    out, start, kind = [], None, None
    for i, tag in enumerate(list(tags) + ["O"]):
        prefix = tag[:1]
        lab = _label(tag) if tag != "O" else None
        if start is not None and (prefix != "I" or lab != kind):
            out.append((start, i, kind))
            start = None
        if prefix == "B" or (prefix == "I" and start is None):
            start, kind = i, lab
    return out


def _place_heads() -> frozenset[str]:
    return frozenset(w[0] for w in places())


def clitic_cut(word: Span, vocab) -> int:
    """How many leading characters of a name's first word are a proclitic (0 when none)."""
    text = word.text
    if len(text) < 3 or text[0] not in CONJ_PREP:
        return 0
    if text[0] == "و" and text[1] == "ا" and not text.startswith("وال"):
        return 0          # a bare alef after و opens foreign names (وايومنج، واشنطن); و+أ keeps its hamza
    whole = fold(text)
    inside_whole = vocab.inside_ratio(whole) if vocab else None
    heads = _place_heads()
    best = 0
    # least stripped reading first: وبيونغ is و + بيونغ, not و + ب + يونغ
    for an in sorted(analyses(word), key=lambda a: a.without_proclitics.start):
        if an.without_proclitics.start <= word.start:
            continue
        folded_rest, cut = reading(an, word.start)
        if an.article is not None:
            return cut                                      # وال / بال / لل: always clitics
        if folded_rest in heads:
            return cut
        if vocab is not None:
            inside_rest = vocab.inside_ratio(folded_rest)
            # ANERcorp tags whole tokens (ومحمد is B-PERS there): after و/ف a known name is enough;
            # after ب/ك/ل the whole word must be less of a name than the rest (كريم is no ك + ريم)
            if inside_rest is not None and inside_rest >= 0.3 and (
                    text[0] in "وف" or inside_whole is None or inside_whole < inside_rest):
                return cut
            if inside_whole is None and inside_rest is None and text[0] in "وف" and len(folded_rest) >= 4 and not best:
                best = cut                                  # unknown either way: a conjunction is likelier
    return best


def _is_title(token: Token) -> bool:
    f = fold(token.text)
    if f in _TITLE_WORDS:
        return True
    for an in analyses(token):
        if an.without_proclitics.start > token.start and fold(an.without_proclitics.text) in _TITLE_WORDS:
            return True
    return False


def _is_edge_noise(token: Token) -> bool:
    return token.kind not in ("word", "latin", "number") or fold(token.text) in _NON_NAMES


def sentence_mentions(tagged: Tagged, vocab) -> list[Mention]:
    toks = tagged.tokens
    out = []
    for first, end, label in groups(tagged.tags):
        if label not in ("PER", "ORG", "LOC", "MISC"):
            continue
        # an organisation head noun right before the name joins it
        if first > 0 and tagged.tags[first - 1] == "O" and _head_of(toks[first - 1]) and label != "ORG" \
                and toks[first - 1].end + 1 >= toks[first].start:
            first, label = first - 1, "ORG"
        titled = False
        while first < end and (_is_edge_noise(toks[first]) or (label == "PER" and (
                _is_title(toks[first]) or ((titled or end - first > 1) and _nisba(fold(toks[first].text)))))):
            titled = titled or _is_title(toks[first])
            first += 1
        while end > first and _is_edge_noise(toks[end - 1]):
            end -= 1
        if first >= end:
            continue
        start = toks[first].start + clitic_cut(toks[first], vocab)
        score = min(tagged.probs[first:end])
        out.append(Mention(start, toks[end - 1].end, toks[0].source, label, None, round(score, 4)))
    return out


def _head_of(token: Token) -> bool:
    f = fold(token.text)
    return f in _ORG_HEADS


def _nisba(folded: str) -> bool:
    """A definite relative adjective (الروسي، الأوكرانية، الكورية): ال + stem + ي/يه."""
    return folded.startswith("ال") and len(folded) >= 6 and (folded.endswith("ي") or folded.endswith("يه")) \
        and folded not in _NON_NAME_ADJECTIVES


def _country_nisba(folded: str) -> bool:
    """A relative adjective of a country or region: الروسي، الأوكرانية، الكورية، الأوروبي."""
    if not _nisba(folded):
        return False
    stem = folded[2:]
    for ending in ("يه", "ي"):
        if stem.endswith(ending):
            stem = stem[: -len(ending)]
            break
    return stem in _country_stems()


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
    i = 0
    while i < len(tokens):
        if tokens[i].kind == "latin" and _MODEL_NAME.match(tokens[i].text):
            out.append(Mention(tokens[i].start, tokens[i].end, tokens[i].source, "MISC", None, None))
        if tokens[i].kind != "word":
            i += 1
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
            elif form in _BODY_HEADS:
                span = _body(tokens, words, name_at, i, cut, form, vocab)
            elif form == "الامن" and i + 1 < len(tokens) and words[i + 1] in ("العام", "الوطني"):
                span = (tokens[i].start + cut, i + 2)
            elif form in _MISC_HEADS:
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


def _adjacent(tokens, a: int, b: int) -> bool:
    return tokens[b].start - tokens[a].end <= 1


def _national(tokens, words, place_at, i, cut):
    j, national = i + 1, False
    while j < len(tokens) and j - i <= 4 and _adjacent(tokens, j - 1, j):
        if _country_nisba(words[j]):
            j, national = j + 1, True
        elif _nisba(words[j]) or words[j] in _GENERIC_AFTER:
            j += 1
        elif j in place_at:
            j, national = place_at[j], True
        else:
            break
    return (tokens[i].start + cut, j) if national else None


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
        if definite_head or w.startswith("ال") or w in _NON_NAMES or fold(w) in _TITLE_WORDS or len(w) < 3 \
                or w.endswith(("يه", "ي", "ها", "هم", "هما")):
            break                                 # adjectives and pronoun-suffixed nouns end the chain
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


def name_key(text: str) -> tuple[str, ...]:
    """Folded words of a name; a word opening with ل + elided article (لليونان) reads as ال..."""
    return tuple("ال" + w[2:] if w.startswith("لل") and len(w) > 4 else w for w in fold(text).split())


def trim_known_clitics(mentions: list[Mention]) -> list[Mention]:
    """Cut a leading proclitic the first pass kept when the rest is a name found elsewhere in
    the article (`بمكة` beside `مكة`)."""
    known = {name_key(m.text) for m in mentions}
    out = []
    for m in mentions:
        text = m.text
        if len(text) > 3 and text[0] in CONJ_PREP and name_key(text) not in known - {name_key(text)} \
                and name_key(text[1:]) in known:
            m = Mention(m.start + 1, m.end, m.source, m.label, m.entity, m.score)
        out.append(m)
    return out


def harmonise(mentions: list[Mention]) -> list[Mention]:
    """One label per name across the article: each name's probability-weighted majority
    (a label set by a context rule, which carries no score, counts double)."""
    votes: dict[tuple, dict[str, float]] = defaultdict(lambda: defaultdict(float))
    for m in mentions:
        votes[name_key(m.text)][m.label] += m.score if m.score is not None else 2.0
    out = []
    for m in mentions:
        v = votes[name_key(m.text)]
        best = max(v, key=v.get)
        out.append(m if best == m.label else Mention(m.start, m.end, m.source, best, m.entity, m.score))
    return out


def _parts(words: tuple[str, ...], label: str) -> list[tuple[str, ...]]:
    """Shorter forms of a name that refer to the same entity."""
    if label == "PER" and len(words) >= 2:
        last = words[-1]
        if len(last) >= 4 and last not in _PARTICLES and words[-2] not in _PARTICLES:
            return [(last,)]
        return []
    if label != "LOC":
        return []
    core = list(words)
    if core and core[0] in _FACILITY_HEADS:
        core = core[1:]
    while core and (_nisba(core[-1]) or core[-1] in _GENERIC_AFTER) and len(core) > 1:
        core = core[:-1]
    core_t = tuple(core)
    return [core_t] if core_t and core_t != words and len(core_t[0]) >= 4 else []


@lru_cache(maxsize=100_000)
def _fold(text: str) -> str:
    return fold(text)


def _covered(tokens: list[Token], mentions: list[Mention]) -> list[bool]:
    """For each token, whether a mention overlaps it (tokens and mentions in text order)."""
    from bisect import bisect_left, bisect_right
    starts = [t.start for t in tokens]
    taken = [False] * len(tokens)
    for m in mentions:
        lo = max(0, bisect_right(starts, m.start) - 1)
        hi = bisect_left(starts, m.end)
        for k in range(lo, hi):
            if tokens[k].overlaps(m):
                taken[k] = True
    return taken


def propagate(mentions: list[Mention], tokens: list[Token], vocab) -> list[Mention]:
    """Add the other occurrences of names found once (`بوتين` wherever it is written)."""
    names: dict[tuple, str] = {}
    for m in mentions:
        key = name_key(m.text)
        if len(key) == 1:
            ratio = vocab.inside_ratio(key[0]) if vocab is not None else None
            if ratio is not None and ratio < 0.5:
                continue                      # a common word the tagger took for a name here
            if len(key[0]) < 3:
                continue
        names.setdefault(key, m.label)
    for m in mentions:                    # parts news names on their own: a surname, a park's name
        for part in _parts(name_key(m.text), m.label):
            ratio = vocab.inside_ratio(part[0]) if vocab is not None else None
            if len(part) == 1 and ratio is not None and ratio < 0.5:
                continue
            names.setdefault(part, m.label)
    if not names:
        return mentions
    longest = max(len(k) for k in names)
    taken = _covered(tokens, mentions)
    words = [_fold(t.text) for t in tokens]
    added = []
    i = 0
    while i < len(tokens):
        if taken[i] or tokens[i].kind not in ("word", "latin"):
            i += 1
            continue
        found = None
        heads = [(words[i], 0)]
        if tokens[i].text[0] in CONJ_PREP and len(words[i]) > 3:
            for an in analyses(tokens[i]):
                if an.without_proclitics.start > tokens[i].start:
                    heads.append(reading(an, tokens[i].start))
        for n in range(min(longest, len(tokens) - i), 0, -1):
            if any(taken[i:i + n]):
                continue
            if any(tokens[k].end + 1 < tokens[k + 1].start for k in range(i, i + n - 1)):
                continue
            for head, cut in heads:
                key = (head, *words[i + 1:i + n])
                if key in names:
                    found = (n, cut, names[key])
                    break
            if found:
                break
        if found:
            n, cut, label = found
            added.append(Mention(tokens[i].start + cut, tokens[i + n - 1].end, tokens[i].source, label, None, None))
            i += n
        else:
            i += 1
    return sorted(mentions + added, key=lambda m: (m.start, m.end))


def _stripped_forms(token: Token) -> tuple[tuple[str, int], ...]:
    """(folded form, clitic length) of a word, whole first, then without proclitics (article kept)."""
    return _forms_of(token.text)


@lru_cache(maxsize=100_000)
def _forms_of(text: str) -> tuple[tuple[str, int], ...]:
    out = [(fold(text), 0)]
    if len(text) > 3 and text[0] in CONJ_PREP:
        word = Span(0, len(text), text)
        for an in analyses(word):
            if an.without_proclitics.start > 0:
                out.append(reading(an, 0))
    return tuple(out)


def _head_in(token: Token, heads: frozenset) -> int | None:
    """The clitic length when the word (proclitics aside) is one of `heads`, else None."""
    for form, cut in _stripped_forms(token):
        if form in heads:
            return cut
    return None


@lru_cache(maxsize=1)
def _currency_words() -> frozenset[str]:
    """First words of Arabic currency names (CLDR through Babel): دولار، يورو، ريال ..."""
    from babel import Locale
    words = set()
    for name in Locale("ar").currencies.values():
        first = fold(name).split()[0] if name.split() else ""
        if len(first) >= 3:
            words.add(first)
            words.add("ال" + first)
    return frozenset(words)


@lru_cache(maxsize=1)
def _month_phrases() -> frozenset[tuple[str, ...]]:
    from babel import Locale
    phrases = {tuple(fold(m).split()) for m in HIJRI_MONTHS if " " in m}
    for width in ("wide",):
        for name in Locale("ar").months["format"][width].values():
            phrases.add(tuple(fold(name).split()))
    return frozenset(phrases)


@lru_cache(maxsize=1)
def _country_stems() -> frozenset[str]:
    """Stems of one-word country and region names (بريطان، اوروب، عراق، سعود) for group nouns."""
    stems = set()
    for words, place in places().items():
        if place.kind == "city":
            continue
        w = words[0][2:] if words[0].startswith("ال") else words[0]      # كوريا of كوريا الشمالية too
        for ending in ("يا", "ا", "ه", "يه"):
            if w.endswith(ending) and len(w) - len(ending) >= 3:
                stems.add(w[: -len(ending)])
        stems.add(w)
    return frozenset(stems)


def _nationality(folded: str) -> bool:
    """A singular or indefinite relative adjective of a country: باكستاني، تونسية، الروسي، إسرائيليين."""
    if (folded,) in places():
        return False                               # السعودية is also the country's name
    w = folded[2:] if folded.startswith("ال") else folded
    plural = folded.startswith("ال") is False
    for ending in ("يين", "يون", "يه", "ي") if plural else ("يه", "ي"):
        if w.endswith(ending) and len(w) - len(ending) >= 3:
            return w[: -len(ending)] in _country_stems()
    return False


def _group_noun(folded: str) -> bool:
    """A plural of a country's relative adjective used as a noun: البريطانيين، الأوروبيون، العراقيين."""
    if not folded.startswith("ال"):
        return False
    for ending in ("يين", "يون"):
        if folded.endswith(ending):
            stem = folded[2:-len(ending)]
            return len(stem) >= 3 and stem in _country_stems()
    return False


def _words_of(m: Mention) -> tuple[str, ...]:
    return tuple(fold(m.text).split())


def _contains_phrase(words: tuple, phrases) -> bool:
    return any(words[i:i + len(p)] == p for p in phrases for i in range(len(words) - len(p) + 1))


def _join_particles(mentions: list[Mention], tokens: list[Token]) -> list[Mention]:
    """A person cut after a name particle (`سلمان بن عبدالعزيز آل` + `سعود`) is one person."""
    out: list[Mention] = []
    for m in mentions:
        if out and out[-1].label == "PER" and m.label == "PER" and _fold(out[-1].text.split()[-1]) in _PARTICLES \
                and 0 <= m.start - out[-1].end <= 1:
            out[-1] = Mention(out[-1].start, m.end, m.source, "PER", None, out[-1].score)
            continue
        out.append(m)
    return out


def _split_runs(mentions: list[Mention], tokens: list[Token], vocab) -> list[Mention]:
    """Two names a tagger ran together, and common words at a name's end.

    `الجمعية محمد بن سليمان الشويمان` (ORG) -> `محمد بن سليمان الشويمان` (PER): inside an ORG or
    LOC name, a word the training data knows as a person's (محمد) opens a person when what
    follows is person-like too; the organisation part is kept unless it is a bare head noun.
    A last word the training data knows only outside names (`ابرز`) is cut."""
    if vocab is None:
        return mentions
    out = []
    for m in _join_particles(mentions, tokens):
        idx = [i for i, t in enumerate(tokens) if t.overlaps(m)]
        if len(idx) < 2:
            out.append(m)
            continue
        folded = [_fold(tokens[i].text) for i in idx]
        while len(idx) > 1 and (vocab.share(folded[-1], "O", min_count=5) or 0) >= 0.95 \
                and (m.label == "PER" or not folded[-1].startswith("ال")):
            idx, folded = idx[:-1], folded[:-1]
            m = Mention(m.start, tokens[idx[-1]].end, m.source, m.label, m.entity, m.score)
        if m.label == "PER" and len(idx) > 1 and (vocab.share(folded[-1], "LOC", min_count=3) or 0) >= 0.6 \
                and folded[-2] not in _PARTICLES:
            # سلمان بن عبدالعزيز آل سعود جدة: a city the tagger ran into the person
            out.append(Mention(m.start, tokens[idx[-2]].end, m.source, "PER", None, m.score))
            m = Mention(tokens[idx[-1]].start, m.end, m.source, "LOC", None, m.score)
            out.append(m)
            continue
        if m.label == "PER":
            heads = [k for k in range(len(idx)) if folded[k] in _ANY_ORG_HEAD]
            if heads and heads[0] == 0:
                m = Mention(m.start, m.end, m.source, "ORG", None, m.score)    # قوة المهام: no person
            elif heads:
                k = heads[0]                       # عبدالله العنزي نادي النصر: a person, then a club
                out.append(Mention(m.start, tokens[idx[k - 1]].end, m.source, "PER", None, m.score))
                m = Mention(tokens[idx[k]].start, m.end, m.source, "ORG", None, m.score)
        if m.label in ("ORG", "LOC"):
            for k in range(1, len(idx)):
                person = (vocab.share(folded[k], "PER", min_count=3) or 0) >= 0.6
                before = (vocab.share(folded[k - 1], "PER") or 0) < 0.3 and folded[k - 1] not in _PARTICLES
                rest_ok = all((vocab.share(w, "PER") or 0.5) >= 0.3 or w in _PARTICLES for w in folded[k:])
                if person and before and rest_ok:
                    head = Mention(m.start, tokens[idx[k - 1]].end, m.source, m.label, None, m.score)
                    if k > 1 or (folded[0] not in _ORG_HEADS and folded[0] not in _BODY_HEADS):
                        out.append(head)
                    m = Mention(tokens[idx[k]].start, m.end, m.source, "PER", None, m.score)
                    break
        out.append(m)
    return out


def _org_place(m: Mention) -> Mention:
    """CLDR lists a few organisations among its regions (الأمم المتحدة، الاتحاد الأوروبي): ORG."""
    if m.label == "LOC":
        found = find_places(m.text.split())
        if len(found) == 1 and found[0].place.kind == "org" and found[0].end == len(m.text.split()):
            return Mention(m.start, m.end, m.source, "ORG", m.entity, m.score)
    return m


def refine(mentions: list[Mention], tokens: list[Token], vocab=None) -> list[Mention]:
    """Context rules over a sentence's mentions: facility and region heads, dates, currencies, group nouns."""
    index = {t.start: i for i, t in enumerate(tokens)}
    ends = {t.end: i for i, t in enumerate(tokens)}
    out = []
    for m in _split_runs(mentions, tokens, vocab):
        words = _words_of(m)
        if not words or (len(words) == 1 and words[0] in _NON_ENTITIES) or " ".join(words) in _NON_ENTITIES \
                or (words[0] in _currency_words() and all(_nisba(w) for w in words[1:])):
            continue
        if len(words) == 1 and m.label != "ORG" and _nationality(words[0]):
            continue                              # باكستاني، الروسية: an adjective, no entity
        if len(words) == 1 and m.label != "ORG" and words[0] in _GENERIC_PLACES:
            continue                              # المدينة، الريف: a common noun
        if m.label != "PER" and _contains_phrase(words, _month_phrases()):
            continue
        if m.label == "PER" and len(words) == 1 and words[0].endswith("و") and vocab is not None:
            ratio = vocab.inside_ratio(words[0][:-1])
            if ratio is not None and ratio < 0.2:
                continue                          # مديرو، ممثلو: a plural noun in construct, not a name
        first = index.get(m.start)
        if first is None:      # the mention starts after a clitic inside its first token
            first = next((i for i, t in enumerate(tokens) if t.start <= m.start < t.end), None)
        prev = tokens[first - 1] if first else None
        back = first - 1 if first else 0
        while prev is not None and back > 0 and _is_title(prev) and back > first - 3:
            back -= 1                             # طريق الملك عبد العزيز: the head is before the title
            if _head_in(tokens[back], _FACILITY_HEADS) is not None:
                prev = tokens[back]
                break
        if prev is not None and prev.kind == "word" and m.start - prev.end <= 1 + (tokens[first - 1].end - prev.end if first else 0):
            cut = _head_in(prev, _FACILITY_HEADS)
            opens_org = words[0] in _ORG_HEADS or words[0] in _BODY_HEADS or words[0] in _NATIONAL_HEADS
            if cut is not None and not (m.label == "ORG" and opens_org):
                m = Mention(prev.start + cut, m.end, m.source, "LOC", None, None)
            elif (_head_in(prev, _REGION_HEADS) is not None or fold(prev.text) in _RULER_OF) \
                    and m.label in ("PER", "ORG", "MISC") and len(words) <= 2:
                m = Mention(m.start, m.end, m.source, "LOC", None, None)    # no score: a rule, not a guess
        if m.label in ("MISC", "PER") and len(words) > 1 and words[0] in _FACILITY_HEADS:
            m = Mention(m.start, m.end, m.source, "LOC", None, None)     # المسجد الأقصى
        out.append(m)
    taken = [any(t.overlaps(m) for m in out) for t in tokens]
    for g in find_places([t.text for t in tokens]):
        if g.end - g.start >= 2 and not any(taken[g.start:g.end]):
            label = "ORG" if g.place.kind == "org" else "LOC"      # كوريا الشمالية، منطقة اليورو، الأمم المتحدة
            out.append(Mention(tokens[g.start].start + g.clitic, tokens[g.end - 1].end, tokens[0].source, label, None,
                               None))
            for k in range(g.start, g.end):
                taken[k] = True
    out = [_org_place(m) for m in out]
    for i, t in enumerate(tokens):
        if taken[i] or t.kind != "word":
            continue
        after_definite = i > 0 and tokens[i - 1].kind == "word" and fold(tokens[i - 1].text).startswith("ال")
        for form, cut in _stripped_forms(t):
            if _group_noun(form) and not after_definite:     # الخبراء الغربيون: an adjective
                out.append(Mention(t.start + cut, t.end, t.source, "MISC", None, None))
                break
            if form in _REGION_HEADS and form.startswith("ال") and i + 1 < len(tokens) \
                    and not taken[i + 1] and fold(tokens[i + 1].text) in _DIRECTIONS:
                out.append(Mention(t.start + cut, tokens[i + 1].end, t.source, "LOC", None, None))
                break
    return sorted(out, key=lambda m: (m.start, m.end))
