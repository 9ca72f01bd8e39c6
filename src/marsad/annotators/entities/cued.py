"""Names the tagger missed, found by what surrounds them in the sentence.

- a GeoNames city after a locative word, a region head or a ruler's title, or in
  a list with a place already found (`في الطائف`, `محافظ الطائف`, `الرمادي والفلوجة`):
  many city names are also common words (الخبر، السوق، عين), so a city is taken
  only in such a context, the commoner its name the stronger the context it needs;
- the name right after a title (`الأستاذ شديد الحربي`, `م. محمد طه`, `الرئيس
  الأمريكي باراك أوباما`) when its words are name-like;
- the subject of a reporting verb when its words are name-like: known names, or
  words our vocabularies do not know as common ones (`وقال قاسم المحمدي إن`,
  `وأكد عماش أن`);
- a quoted name after a body's head (`شركة «غو برو»`) as an organisation, after an event's
  head (`مهرجان «أبها يجمعنا»`) or a listed operation (`عاصفة الحزم`) as MISC (`events`);
- news outlets: a quoted name after ل or after an outlet head (`قال لـ«الشرق الأوسط»`,
  `لـ"سبق"`), a rare word after an outlet's reporting verb (`نقلت واس`, `ذكرت عكاظ`);
- organisations news names by a short name alone (`داعش`, `الحوثيين`: `known`);
- bodies and facilities named after a titled person (`جامعة الملك سعود`: `dedicated`);
- weapon and product models after their head (`طائرات تورنيدو`), recurring events
  with their edition (`خليجي 24`, `رؤية 2030`) as MISC.
Each rule adds mentions only over tokens no mention covers.
"""
from __future__ import annotations

import re
from functools import lru_cache

from ...layers import Mention, Token
from ...lexicons.entities import (ABBREVIATED_TITLES, ARAB_COUNTRIES, LOC_HEADS, NAME_TITLES, QUOTED_NAME_HEADS, DATELINE_GENERIC, EDITION_NAMES, LOCATIVE_WORDS, OUTLET_HEADS, OUTLET_VERBS, TITLES,
                                  WEAPON_HEADS)
from ...lexicons.places import CITY_STOPWORDS
from ...lexicons.sources import ANONYMOUS_HEADS
from ...text.normalize import fold
from .gazetteer import city_population, find_cities, find_places
from .dedicated import dedicated_mentions
from .events import operation_mentions, quoted_event_mentions, tournament_mentions
from .clubs import club_mentions
from .known import known_mentions
from .resources import frequency_class
from .words import (_ANY_ORG_HEAD, _FACILITY_HEADS, _MISC_HEADS, _country_nisba, _head_in, _GENERIC_PLACES, _NON_NAMES, _PARTICLES, _REGION_HEADS, _RULER_OF, _currency_words, _fold,
                    _forms_of, _month_phrases)

_CITY_STOPWORDS = frozenset(fold(w) for w in CITY_STOPWORDS)
_LOCATIVE = frozenset(fold(w) for w in LOCATIVE_WORDS)
_ARAB = frozenset(ARAB_COUNTRIES)
_WEAPON_HEADS = frozenset(fold(w) for w in WEAPON_HEADS)
_EDITIONS = frozenset(fold(w) for w in EDITION_NAMES)
_OUTLET_HEADS = frozenset(fold(w) for w in OUTLET_HEADS) | frozenset("ال" + fold(w) for w in OUTLET_HEADS)
_OUTLET_VERBS = frozenset(fold(w) for w in OUTLET_VERBS)
_QUOTED_HEADS = frozenset(fold(w) for w in QUOTED_NAME_HEADS)
_TITLE_WORDS = frozenset(fold(w) for t in TITLES for w in t.split())
_NAME_TITLES = frozenset(fold(w) for w in NAME_TITLES)
_ABBREVIATED_TITLES = frozenset(fold(w) for w in ABBREVIATED_TITLES)
# Nunation marks an indefinite common noun (عوناً), which no name written in news carries.
# The given name علي spelled with ي (the preposition is على): after a title it is the name, though the
# training data, which folds both, saw it mostly as the preposition.
_ALI = "علي"
_TANWEEN = frozenset("\u064b\u064c\u064d")
# Heads whose name may open with a title (مركز الملك سلمان، طريق الملك فهد، حي الأمير سلطان).
_NAMED_AFTER = _ANY_ORG_HEAD | _FACILITY_HEADS | _REGION_HEADS | frozenset(fold(w) for w in LOC_HEADS)
_ANONYMOUS = frozenset(fold(w) for w in ANONYMOUS_HEADS)
_OPEN_QUOTES = "«“\"‘'„‹"
_CLOSE_QUOTES = "»”\"’'“›"
_NUMBER = re.compile(r"^\d{1,4}$")
# A city name commoner than this in Arabic text (Zipf 4.5: جدة، الخبر، عدن) needs a region head
# or a list of places; rarer ones (الطائف، تكريت، الرمادي) are places after a locative word too.
COMMON_CITY_CLASS = 9
# A word at most this frequent (Zipf 4) that no vocabulary knows as a common word may be a name.
RARE_CLASS = 8
# After a title, a clitic + a word this frequent (Zipf 3) is that word, not a name, in a long word
# (بمجموعتين); a short one may be a name beginning with the letter (ليان، بدر).
CLITIC_REST_CLASS = 6


def _adjacent(tokens: list[Token], a: int, b: int) -> bool:
    return tokens[b].start - tokens[a].end <= 1


def _bare(token: Token) -> str:
    """A word folded, without a leading و/ف."""
    f = _fold(token.text)
    return f[1:] if len(f) > 3 and f[0] in "وف" else f


def _covered(tokens: list[Token], mentions: list[Mention]) -> list[bool]:
    return [any(t.overlaps(m) for m in mentions) for t in tokens]


def _city_runs(tokens: list[Token], matches) -> list[list]:
    """GeoNames matches coordinated in a list (`الرمادي والفلوجة`, `عسير، الباحة وجازان`)."""
    runs: list[list] = []
    for m in matches:
        if runs:
            last = runs[-1][-1]
            joined = (m.start == last.end and tokens[m.start].text[:m.clitic].startswith("و")) or (
                m.start == last.end + 1 and tokens[last.end].text in "،,")
            if joined:
                runs[-1].append(m)
                continue
        runs.append([m])
    return runs


def _city_reading(tokens: list[Token], m) -> bool:
    """Whether the words of a GeoNames match read as the city's name here, not as a common word."""
    head = m.place.name.split()[0]
    if head in _GENERIC_PLACES or head in _NON_NAMES or head in _currency_words() or head in _CITY_STOPWORDS \
            or any(head == p[0] for p in _month_phrases()):
        return False
    word = _fold(tokens[m.start].text)
    if m.clitic and frequency_class(word) >= max(5, frequency_class(head) - 1):
        return False                 # وليد، وأن، فإن: the whole word is commoner than و + a city
    if m.end == m.start + 1 and word.endswith("ه") and frequency_class(word[:-1]) >= RARE_CLASS:
        return False                 # حواره: a noun with a pronoun (حوار + ه), not حوارة
    if m.start > 0 and tokens[m.start - 1].kind == "number" or (
            m.start > 1 and tokens[m.start - 2].kind == "number" and _fold(tokens[m.start - 1].text) == "في"):
        return False                 # 30 في المائة
    if not head.startswith("ال") and m.end < len(tokens) and _adjacent(tokens, m.end - 1, m.end) \
            and _fold(tokens[m.end].text).startswith("ال") and frequency_class(head) >= RARE_CLASS - 2:
        return False                 # في ميادين القتال: a noun in construct, not a town
    return True


def city_mentions(tokens: list[Token], mentions: list[Mention], vocab) -> list[Mention]:
    """GeoNames cities in a place's context (see the module's docstring).

    A list of cities shares the context of its first member (`قرب الموصل وتكريت`); a list
    with a place already found, or of two rare city names, is a context of its own."""
    taken = _covered(tokens, mentions)
    loc_at = {i for i, t in enumerate(tokens) for m in mentions if m.label == "LOC" and t.overlaps(m)}
    candidates = [m for m in find_cities([t.text for t in tokens], regions=True)
                  if not any(taken[m.start:m.end]) and _city_reading(tokens, m)]
    out = []
    for run in _city_runs(tokens, candidates):
        first = run[0]
        prev = _bare(tokens[first.start - 1]) if first.start > 0 and _adjacent(tokens, first.start - 1,
                                                                                first.start) else ""
        heads = {form for form, _ in _forms_of(tokens[first.start - 1].text)} if prev else set()
        # بمنطقة عسير، لمحافظة الأحساء: a preposition before the head changes nothing
        region = any(h in _REGION_HEADS and not h.startswith("ال") for h in heads) or prev in _RULER_OF
        located = prev in _LOCATIVE or tokens[first.start].text[:first.clitic].endswith("ب")
        # a place already found just before or after the list (مكة والطائف، الطائف ومكة)
        before = first.start - 1 if tokens[first.start].text[:first.clitic].startswith("و") else first.start - 2
        after = run[-1].end + (0 if run[-1].end < len(tokens) and _fold(tokens[run[-1].end].text).startswith("و")
                               else 1)
        listed = before in loc_at and (before == first.start - 1 or tokens[first.start - 1].text in "،,") \
            or (after in loc_at and (after == run[-1].end or tokens[run[-1].end].text in "،,"))
        rare = [m for m in run if frequency_class(m.place.name.split()[0]) < COMMON_CITY_CLASS]
        for m in run:
            pop = city_population().get(m.place.key, 0)
            common = frequency_class(m.place.name.split()[0]) >= COMMON_CITY_CLASS
            if region or len(rare) >= 2 or (not common and listed):
                ok = pop >= 1000
            elif located and (not common or len(rare) >= 1):
                ok = (m.place.key[:2] in _ARAB and pop >= 5000) or pop >= 100_000
            else:
                ok = False
            if ok:
                out.append(Mention(tokens[m.start].start + m.clitic, tokens[m.end - 1].end, tokens[0].source, "LOC",
                                   None, None))
    return out


@lru_cache(maxsize=1)
def _cue_forms() -> frozenset[str]:
    """Folded perfect forms of the reporting verbs (قال، أكد، أضاف ...), third person."""
    from ..attribution.cues import PAST, cue_index
    from ...lexicons.reporting import AMBIGUOUS_FORMS, PHRASE_HEADS
    # بين، ذكر، طالب ... are nouns and prepositions as often; لفت needs its phrase (لفت انتباه)
    unsure = {fold(w) for w in AMBIGUOUS_FORMS} | {fold(w) for w in PHRASE_HEADS}
    return frozenset(form for form, cues in cue_index().items()
                     if any(c.form == PAST and c.agreement in ("m", "f") and not c.phrase
                            and fold(c.lemma) not in unsure for c in cues))


def _is_cue(token: Token) -> bool:
    f = _fold(token.text)
    return f in _cue_forms() or (len(f) > 3 and f[0] in "وف" and f[1:] in _cue_forms())


def _name_like(word: str, vocab, first: bool) -> bool:
    """A word that may be part of a person's name here."""
    if word in _TITLE_WORDS or word in _ANONYMOUS or word in _NON_NAMES or len(word) < 3:
        return False
    if vocab is not None:
        per = vocab.share(word, "PER")
        if per is not None and per >= 0.5:
            return True
        if (vocab.share(word, "O", min_count=3) or 0) >= 0.5:
            return False
    if first and (word.startswith("ال") or word.startswith("و")):
        return False                                      # وقال المسؤول: a definite noun opens no name
    for p in ("ه", "ها", "هم", "نا", "كم"):
        if word.endswith(p):
            stem = word[:-len(p)]
            stems = (stem, stem[:-1] + "ه") if stem.endswith("ت") else (stem,)
            if any(frequency_class(x) > RARE_CLASS for x in stems):
                return False                              # زيادته، انتباهنا: a noun with a pronoun
    return frequency_class(word) <= RARE_CLASS


def speaker_mentions(tokens: list[Token], mentions: list[Mention], vocab) -> list[Mention]:
    """The name right after a reporting verb, when the words are name-like and a complement follows."""
    taken = _covered(tokens, mentions)
    out = []
    for i, tok in enumerate(tokens[:-1]):
        if tok.kind != "word" or not _is_cue(tok):
            continue
        j = i + 1
        while j < len(tokens) and j - i <= 4 and not taken[j] and tokens[j].kind == "word" \
                and _adjacent(tokens, j - 1, j) and (_name_like(_fold(tokens[j].text), vocab, j == i + 1)
                                                     or (j > i + 1 and _fold(tokens[j].text) in _PARTICLES)):
            j += 1
        if j == i + 1 or j - i > 4 or _fold(tokens[j - 1].text) in _PARTICLES:
            continue
        nxt = _fold(tokens[j].text) if j < len(tokens) else ""
        if nxt not in ("ان", "انه", "بان", "انها", ":", "،", ",", "في", "ل", "لـ") and not nxt.startswith("ل"):
            continue
        out.append(Mention(tokens[i + 1].start, tokens[j - 1].end, tokens[0].source, "PER", None, None))
        for k in range(i + 1, j):
            taken[k] = True
    return out


def _title_at(tokens: list[Token], i: int) -> int | None:
    """Index of the first word after a title written before names at tokens[i] (`الأستاذ`,
    `والمهندس`, `د.`), past a nationality adjective (`الرئيس الأمريكي`), or None."""
    tok = tokens[i]
    f = _bare(tok)
    if f in _ABBREVIATED_TITLES:
        if f != _fold(tok.text) or i + 2 >= len(tokens) or tokens[i + 1].text != "." or not _adjacent(tokens, i, i + 1):
            return None
        return i + 2
    if f not in _NAME_TITLES:
        return None
    j = i + 1
    while j < len(tokens) and j - i <= 2 and _adjacent(tokens, j - 1, j) and _fold(tokens[j].text) in _TITLE_WORDS:
        j += 1                            # اللواء ركن، الأستاذ الدكتور
    if j < len(tokens) and _adjacent(tokens, j - 1, j) and _country_nisba(_fold(tokens[j].text)):
        j += 1
    return j


def _titled_name_like(word: str, vocab, first: bool) -> bool:
    """`_name_like`, stricter: after a title a common word is likelier than after a reporting verb
    (`الوزير السوري ركّز`, `الحكم باحتساب`), so a word the training data saw outside names even once,
    or a clitic + a common word or a definite one (`لغطاء`, `بالديوان`, `والأستاذ`), is no name."""
    if not _name_like(word, vocab, first):
        return False
    if vocab is not None and (vocab.share(word, "PER") or 0) >= 0.5:
        return True
    if vocab is not None and (vocab.share(word, "O") or 0) >= 0.5:
        return False
    if word.startswith("لل"):
        return False                      # ل + ال (للقادسية، للرقي): a preposition and a definite noun
    if word.startswith("ي") and first:
        return False                      # الرائد يشرع: an imperfect verb (names in ي are known: يوسف)
    if len(word) >= 4 and word[0] in "بلفكو":
        rest = word[1:]
        if rest.startswith("ال") or frequency_class(rest) > RARE_CLASS or (
                len(word) >= 6 and frequency_class(rest) >= CLITIC_REST_CLASS):
            return False                  # بمجموعتين: ب + a word; short names keep their letter (ليان)
    for suffix in ("ه", "ها", "هم"):
        if word.endswith(suffix) and frequency_class(word[:-len(suffix)]) >= CLITIC_REST_CLASS + 1:
            return False                  # مصيره، ضيوفها: a noun with a pronoun
    return True


def titled_mentions(tokens: list[Token], mentions: list[Mention], vocab) -> list[Mention]:
    """The name right after a title (`الأستاذ شديد الحربي`, `الرئيس الأمريكي باراك أوباما`),
    when its words are name-like (see `_name_like`)."""
    taken = _covered(tokens, mentions)
    out = []
    for i, tok in enumerate(tokens[:-1]):
        if tok.kind != "word" or taken[i]:
            continue
        first = _title_at(tokens, i)
        if first is None or first >= len(tokens) or taken[first] or not _adjacent(tokens, first - 1, first):
            continue
        if i > 0 and _adjacent(tokens, i - 1, i) and any(form in _NAMED_AFTER for form, _ in _forms_of(tokens[i - 1].text)):
            continue                      # مركز الملك سلمان، جامعة الأمير سلطان: the title is in a name
        j = first
        while j < len(tokens) and j - first < 4 and not taken[j] and tokens[j].kind == "word" \
                and _adjacent(tokens, j - 1, j) and not _TANWEEN & set(tokens[j].text) \
                and (_titled_name_like(_fold(tokens[j].text), vocab, j == first) or tokens[j].text == _ALI
                                                     or (j > first and _fold(tokens[j].text) in _PARTICLES)):
            j += 1
        while j > first and _fold(tokens[j - 1].text) in _PARTICLES:
            j -= 1
        if j == first:
            continue
        out.append(Mention(tokens[first].start, tokens[j - 1].end, tokens[0].source, "PER", None, None))
        for k in range(first, j):
            taken[k] = True
    return out


def _quoted_after(tokens: list[Token], i: int) -> int | None:
    """End index of a short quoted name opening at tokens[i] (a quote mark), or None."""
    if tokens[i].text not in _OPEN_QUOTES:
        return None
    for j in range(i + 1, min(len(tokens), i + 6)):
        if tokens[j].text in _CLOSE_QUOTES:
            return j if j > i + 1 and all(t.kind in ("word", "latin", "number") for t in tokens[i + 1:j]) else None
    return None


_SPEECH_NOUNS = frozenset(fold(w) for w in ("تصريح", "تصريحات", "تصريحاته", "تصريحاتها", "حديث", "حديثه", "حديثها",
                                             "حوار", "حواره", "حوارها", "مقابلة", "مقابلته", "بيان"))


def _source_context(tokens: list[Token], i: int, end: int) -> bool:
    """Whether `ل + «name»` at tokens[i] names where words were said: a reporting verb or a speech
    noun shortly before, `وفقا لـ`, or a colon or إن/أن right after (`وقال لـ"سبق": ...`)."""
    for k in range(max(0, i - 3), i):
        f = _bare(tokens[k])
        if _is_cue(tokens[k]) or f in _SPEECH_NOUNS or f in _OUTLET_VERBS:
            return True
    after = _fold(tokens[end + 1].text) if end + 1 < len(tokens) else ""
    return after in (":", "ان", "انه", "بان")


def outlet_mentions(tokens: list[Token], mentions: list[Mention], vocab) -> list[Mention]:
    """Outlets quoted after ل or an outlet head, and rare names after an outlet's reporting verb."""
    taken = _covered(tokens, mentions)
    out = []
    for i, tok in enumerate(tokens[:-1]):
        if tok.kind != "word":
            continue
        f = _fold(tok.text)
        heads = {form for form, _ in _forms_of(tok.text)}
        if f in ("ل", "لـ") or f.rstrip("ـ") == "ل" or heads & _OUTLET_HEADS:
            end = _quoted_after(tokens, i + 1)
            if end is not None and not heads & _OUTLET_HEADS and not _source_context(tokens, i, end):
                end = None                # علاجان لـ"السكري": a quoted term, not a source
            if end is not None:          # replaces what the tagger made of the quoted words (الشرق الأوسط: LOC)
                out.append(Mention(tokens[i + 2].start, tokens[end - 1].end, tok.source, "ORG", None, None))
                for k in range(i + 2, end):
                    taken[k] = True
            continue
        if _bare(tok) in _OUTLET_VERBS:
            j = i + 1
            if j < len(tokens) and _fold(tokens[j].text) in ("عن", "ل", "لـ", "ما"):
                j += 1
            if j < len(tokens) and tokens[j].text in "(«\"“":
                j += 1
            if j < len(tokens) and not taken[j] and tokens[j].kind == "word":
                w = _fold(tokens[j].text)
                if 3 <= len(w) and not w.startswith(("ال", "لل", "بال", "وال")) and frequency_class(w) <= RARE_CLASS + 1 \
                        and w not in _TITLE_WORDS and w not in _ANONYMOUS and w not in _NON_NAMES \
                        and not (vocab is not None and vocab.known(w) and (vocab.share(w, "O") or 0) >= 0.5) \
                        and (j + 1 >= len(tokens) or not tokens[j + 1].kind == "word"
                             or _fold(tokens[j + 1].text) in ("ان", "انه", "عن", "ل")):
                    out.append(Mention(tokens[j].start, tokens[j].end, tok.source, "ORG", None, None))
                    taken[j] = True
    return out


def quoted_body_mentions(tokens: list[Token], mentions: list[Mention], vocab) -> list[Mention]:
    """The quoted name after a body's indefinite head (`شركة «غو برو»`, `حركة «حماس»`) is an
    organisation, unless it is one feminine word (`شركة «مقفلة»`, a closed company); after a
    definite head quote marks open speech as often (`المنظمة "ليست مستعدة"`)."""
    out = []
    for i, tok in enumerate(tokens[:-2]):
        if tok.kind != "word" or not {form for form, _ in _forms_of(tok.text)} & _QUOTED_HEADS:
            continue
        end = _quoted_after(tokens, i + 1)
        if end is None or not _adjacent(tokens, i, i + 1):
            continue
        if end == i + 3 and tokens[i + 2].kind == "word" and _fold(tokens[i + 2].text).endswith("ه"):
            continue                      # شركة «مقفلة»: a feminine word agrees with the head, an adjective
        out.append(Mention(tokens[i + 2].start, tokens[end - 1].end, tok.source, "ORG", None, None))
    return out


def model_mentions(tokens: list[Token], mentions: list[Mention], vocab) -> list[Mention]:
    """Weapon and product models after their head, recurring events with their edition (MISC)."""
    taken = _covered(tokens, mentions)
    out = []
    for i, tok in enumerate(tokens[:-1]):
        if tok.kind != "word":
            continue
        f = _bare(tok)
        nxt = tokens[i + 1]
        if not _adjacent(tokens, i, i + 1):
            continue
        if f in _EDITIONS and nxt.kind == "number" and _NUMBER.match(nxt.text):
            # replaces a partial tagging (لبطولة خليجي); an event head before it joins (بطولة خليجي 24)
            start = tok.start + (1 if f != _fold(tok.text) else 0)
            if i > 0 and _adjacent(tokens, i - 1, i):
                cut = _head_in(tokens[i - 1], _MISC_HEADS)
                if cut is not None:
                    start = tokens[i - 1].start + cut
            out.append(Mention(start, nxt.end, tok.source, "MISC", None, None))
            taken[i] = taken[i + 1] = True
            continue
        if f in _WEAPON_HEADS and nxt.kind in ("word", "latin"):
            j = i + 1
            while j < len(tokens) and j - i <= 3 and not taken[j] and _adjacent(tokens, j - 1, j) and (
                    tokens[j].kind == "latin" or (tokens[j].kind == "word" and _foreign(_fold(tokens[j].text), vocab))):
                j += 1
            if j > i + 1:
                out.append(Mention(tokens[i + 1].start, tokens[j - 1].end, tok.source, "MISC", None, None))
                for k in range(i + 1, j):
                    taken[k] = True
    return out


def _foreign(word: str, vocab) -> bool:
    """A transliterated model name: not definite, rare, unknown to the training data as a common word."""
    if word.startswith("ال") or len(word) < 3 or word in _NON_NAMES or word.endswith(("يه", "ي", "ه")):
        return False
    if vocab is not None and vocab.known(word) and (vocab.share(word, "O") or 0) >= 0.5:
        return False
    return frequency_class(word) <= RARE_CLASS - 1


def _replace(mentions: list[Mention], found: list[Mention]) -> list[Mention]:
    """`found` wins over the mentions it overlaps."""
    kept = [m for m in mentions if not any(m.overlaps(f) for f in found)]
    return kept + found


def city_persons(tokens: list[Token], mentions: list[Mention], vocab) -> list[Mention]:
    """A person that is a CLDR place (`بيونغ يانغ`), or one word naming a sizeable Arab city no
    training name bore (`جازان`), is a place."""
    out = []
    for m in mentions:
        if m.label != "PER":
            continue
        words = m.text.split()
        cldr = find_places(words)
        if len(cldr) == 1 and cldr[0].start == 0 and cldr[0].end == len(words) and not cldr[0].clitic \
                and cldr[0].place.kind != "org" and vocab is not None \
                and not all((vocab.share(_fold(w), "PER") or 0) >= 0.5 for w in words):
            out.append(Mention(m.start, m.end, m.source, "LOC", m.entity, None))     # بيونغ يانغ: CLDR's city
            continue
        if len(words) == 1 and not (vocab is not None and (vocab.share(_fold(words[0]), "PER") or 0) >= 0.3):
            k = next((i for i, t in enumerate(tokens) if t.start <= m.start < t.end), None)
            prev = _fold(tokens[k - 1].text) if k else ""
            after_fi = prev == "في" and tokens[k].start == m.start
            listed = k is not None and _fold(tokens[k].text).startswith("و") and k > 0 and any(
                o.label == "LOC" and o.end <= tokens[k - 1].end and o.end >= tokens[k - 1].start for o in mentions)
            if after_fi or listed:
                out.append(Mention(m.start, m.end, m.source, "LOC", m.entity, None))    # في يلوستون، ومونتانا وايداهو
                continue
        if len(words) != 1:
            continue
        found = find_cities(words, regions=True)
        if len(found) != 1 or found[0].clitic or not _city_reading([Token(m.start, m.end, m.source, "word")], found[0]):
            continue
        key = found[0].place.key
        word = _fold(m.text)
        if key[:2] in _ARAB and city_population().get(key, 0) >= 50_000 and frequency_class(word) <= RARE_CLASS \
                and not (vocab is not None and (vocab.share(word, "PER") or 0) > 0):
            out.append(Mention(m.start, m.end, m.source, "LOC", m.entity, None))
    return out


_DASHES = "-–—"
_NO_SOURCE = frozenset(fold(w) for w in DATELINE_GENERIC)


def _dateline_segments(tokens: list[Token]) -> list[tuple[int, int]] | None:
    """Token ranges of a dateline opening a line (`ياسر العتيبي- سبق- الباحة:`), or None."""
    src = tokens[0].source
    line = src.rfind("\n", 0, tokens[0].start) + 1
    if src[line:tokens[0].start].strip():
        return None
    segments, start = [], 0
    for i, t in enumerate(tokens[:16]):
        if t.text in _DASHES or t.text == ":" or (i > start and src[tokens[i - 1].end:t.start].count("\n")):
            if not 1 <= i - start <= 4 or any(x.kind != "word" for x in tokens[start:i]):
                return None
            segments.append((start, i))
            if t.text != "-" and t.text not in _DASHES:
                break
            start = i + 1
    else:
        return None
    function_words = _NON_NAMES - {fold(w) for w in ("اليوم", "يوم", "عام", "أمس")}     # عين اليوم is an outlet
    if len(segments) < 2 or any(_fold(t.text) in function_words or _is_cue(t) for t in tokens[:segments[-1][1]]):
        return None                       # وقال إن الفريق - كما قال المدرب - ...: a sentence, no dateline
    return segments


def dateline_mentions(tokens: list[Token], mentions: list[Mention], vocab) -> list[Mention]:
    """A dateline's place, and with three parts its reporter and outlet: `ياسر العتيبي- سبق- الباحة:`
    (PER, ORG, LOC), `عين اليوم - جدة:` (the place only)."""
    src = tokens[0].source
    # the dateline opens a line, which may be inside the sentence (a title line without a period before it)
    for k, t in enumerate(tokens):
        line = src.rfind("\n", 0, t.start) + 1
        if (k == 0 or line > tokens[k - 1].end) and not src[line:t.start].strip():
            segments = _dateline_segments(tokens[k:])
            if segments:
                tokens = tokens[k:]
                break
    else:
        return []
    out = []
    placed = False
    for n, (a, b) in enumerate(segments):
        words = [t.text for t in tokens[a:b]]
        if _fold(words[0]) in _NO_SOURCE:
            continue
        whole = [m for finder in (find_places, lambda w: find_cities(w, regions=True)) for m in finder(words) if m.start == 0 and m.end == len(words)]
        if whole:
            label, placed = "LOC", True
        elif len(segments) == 3 and n == 0 and len(words) >= 2:
            label = "PER"
        elif len(segments) == 3 and n == 1 and _fold(words[0]) not in _NO_SOURCE:
            label = "ORG"
        else:
            continue
        out.append(Mention(tokens[a].start, tokens[b - 1].end, src, label, None, None))
    return out if placed else []


def cued_mentions(tokens: list[Token], mentions: list[Mention], vocab) -> list[Mention]:
    """The sentence's mentions with the names these rules find added, in text order."""
    out = _replace(list(mentions), city_persons(tokens, mentions, vocab))
    out = _replace(out, dateline_mentions(tokens, out, vocab))
    for rule in (model_mentions, outlet_mentions, quoted_body_mentions, quoted_event_mentions, known_mentions,
                 operation_mentions, dedicated_mentions, club_mentions, tournament_mentions):
        out = _replace(out, rule(tokens, out, vocab))
    for rule in (city_mentions, speaker_mentions, titled_mentions):
        out = out + rule(tokens, out, vocab)
    return sorted(out, key=lambda m: (m.start, m.end))
