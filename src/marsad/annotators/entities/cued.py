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
from ...lexicons import affixes as af
from ...lexicons import entities as lex
from ...lexicons.given_names import ALI
from ...lexicons.places import NON_CITY_WORDS
from ...lexicons.titles import LETTER_TITLES, NAME_TITLES
from ...text.tokenview import TokenView, fold_word, fold_words
from .gazetteer import city_population, find_cities, find_places
from .dedicated import dedicated_mentions
from .events import operation_mentions, quoted_event_mentions, tournament_mentions
from .article import _covered as covered_tokens
from .clubs import club_mentions
from .known import known_mentions
from .patterns import sentence_cities
from .resources import frequency_class
from .words import TITLE_WORDS, adjacent, country_nisba, currency_words, month_phrases

_ARAB = frozenset(lex.ARAB_COUNTRIES)
# Nunation marks an indefinite common noun (عوناً), which no name written in news carries.
_TANWEEN = frozenset("\u064b\u064c\u064d")
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


def _covered(view: TokenView, mentions: list[Mention]) -> list[bool]:
    return covered_tokens(view.tokens, mentions)      # bisected: a sentence times its mentions was 6% of a run


def _city_runs(view: TokenView, matches) -> list[list]:
    """GeoNames matches coordinated in a list (`الرمادي والفلوجة`, `عسير، الباحة وجازان`)."""
    tokens = view.tokens
    runs: list[list] = []
    for m in matches:
        if runs:
            last = runs[-1][-1]
            joined = (m.start == last.end and tokens[m.start].text[:m.clitic].startswith(af.WAW)) or (
                m.start == last.end + 1 and tokens[last.end].text in "،,")
            if joined:
                runs[-1].append(m)
                continue
        runs.append([m])
    return runs


def _city_reading(view: TokenView, m) -> bool:
    """Whether the words of a GeoNames match read as the city's name here, not as a common word."""
    tokens, forms = view.tokens, view.forms
    head = m.place.name.split()[0]
    if head in lex.PLACE_NOUNS or head in lex.NON_NAMES or head in currency_words() or head in NON_CITY_WORDS \
            or any(head == p[0] for p in month_phrases()):
        return False
    word = forms[m.start]
    if m.clitic and frequency_class(word) >= max(5, frequency_class(head) - 1):
        return False                 # وليد، وأن، فإن: the whole word is commoner than و + a city
    if m.end == m.start + 1 and word.endswith(af.FEMININE_ENDING) and frequency_class(word[:-1]) >= RARE_CLASS:
        return False                 # حواره: a noun with a pronoun (حوار + ه), not حوارة
    if m.start > 0 and tokens[m.start - 1].kind == "number" or (
            m.start > 1 and tokens[m.start - 2].kind == "number" and forms[m.start - 1] == lex.PREPOSITION_IN):
        return False                 # 30 في المائة
    if not head.startswith(af.ARTICLE) and m.end < len(tokens) and adjacent(view, m.end - 1, m.end) \
            and forms[m.end].startswith(af.ARTICLE) and frequency_class(head) >= RARE_CLASS - 2:
        return False                 # في ميادين القتال: a noun in construct, not a town
    return True


def city_mentions(view: TokenView, mentions: list[Mention], vocab) -> list[Mention]:
    """GeoNames cities in a place's context (see the module's docstring).

    A list of cities shares the context of its first member (`قرب الموصل وتكريت`); a list
    with a place already found, or of two rare city names, is a context of its own."""
    tokens, forms = view.tokens, view.forms
    taken = _covered(view, mentions)
    loc_at = {i for i, t in enumerate(tokens) for m in mentions if m.label == "LOC" and t.overlaps(m)}
    candidates = [m for m in sentence_cities(view) if not any(taken[m.start:m.end]) and _city_reading(view, m)]
    out = []
    for run in _city_runs(view, candidates):
        first = run[0]
        prev = view.bare(first.start - 1) if first.start > 0 and adjacent(view, first.start - 1, first.start) else ""
        heads = {form for form, _ in view.clitic_forms(first.start - 1)} if prev else set()
        # بمنطقة عسير، لمحافظة الأحساء: a preposition before the head changes nothing
        region = any(h in lex.REGION_HEADS and not h.startswith(af.ARTICLE) for h in heads) or prev in lex.RULER_OF
        located = prev in lex.LOCATIVE_WORDS or tokens[first.start].text[:first.clitic].endswith(af.BA)
        # a place already found just before or after the list (مكة والطائف، الطائف ومكة)
        before = first.start - 1 if tokens[first.start].text[:first.clitic].startswith(af.WAW) else first.start - 2
        after = run[-1].end + (0 if run[-1].end < len(tokens) and forms[run[-1].end].startswith(af.WAW) else 1)
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
    # بين، ذكر، طالب ... are nouns and prepositions as often; لفت needs its phrase (لفت انتباه)
    return frozenset(form for form, cues in cue_index().items()
                     if any(c.form == PAST and c.agreement in ("m", "f") and not c.phrase
                            and fold_word(c.lemma) not in lex.UNSURE_CUES for c in cues))


def _is_cue(view: TokenView, i: int) -> bool:
    f = view.forms[i]
    return f in _cue_forms() or (len(f) > 3 and f[0] in af.CONJUNCTIONS and f[1:] in _cue_forms())


def _name_like(word: str, vocab, first: bool) -> bool:
    """A word that may be part of a person's name here."""
    if word in TITLE_WORDS or word in lex.ANONYMOUS_HEADS or word in lex.NON_NAMES or len(word) < 3:
        return False
    if vocab is not None:
        per = vocab.share(word, "PER")
        if per is not None and per >= 0.5:
            return True
        if (vocab.share(word, "O", min_count=3) or 0) >= 0.5:
            return False
    if first and (word.startswith(af.ARTICLE) or word.startswith(af.WAW)):
        return False                                      # وقال المسؤول: a definite noun opens no name
    for p in af.ALL_PRONOUN_SUFFIXES:
        if word.endswith(p):
            stem = word[:-len(p)]
            stems = (stem, stem[:-1] + af.FEMININE_ENDING) if stem.endswith(af.OPEN_TEH) else (stem,)
            if any(frequency_class(x) > RARE_CLASS for x in stems):
                return False                              # زيادته، انتباهنا: a noun with a pronoun
    return frequency_class(word) <= RARE_CLASS


def speaker_mentions(view: TokenView, mentions: list[Mention], vocab) -> list[Mention]:
    """The name right after a reporting verb, when the words are name-like and a complement follows."""
    tokens, forms = view.tokens, view.forms
    taken = _covered(view, mentions)
    out = []
    for i, tok in enumerate(tokens[:-1]):
        if tok.kind != "word" or not _is_cue(view, i):
            continue
        j = i + 1
        while j < len(tokens) and j - i <= 4 and not taken[j] and tokens[j].kind == "word" \
                and adjacent(view, j - 1, j) and (_name_like(forms[j], vocab, j == i + 1)
                                                  or (j > i + 1 and forms[j] in lex.PERSON_PARTICLES)):
            j += 1
        if j == i + 1 or j - i > 4 or forms[j - 1] in lex.PERSON_PARTICLES:
            continue
        nxt = view.form(j)
        if nxt not in lex.SPEAKER_COMPLEMENTS and not nxt.startswith(af.LAM):
            continue
        out.append(Mention(tokens[i + 1].start, tokens[j - 1].end, tokens[0].source, "PER", None, None))
        for k in range(i + 1, j):
            taken[k] = True
    return out


def _title_at(view: TokenView, i: int) -> int | None:
    """Index of the first word after a title written before names at token i (`الأستاذ`,
    `والمهندس`, `د.`), past a nationality adjective (`الرئيس الأمريكي`), or None."""
    tokens, forms = view.tokens, view.forms
    f = view.bare(i)
    if f in LETTER_TITLES:
        if f != forms[i] or i + 2 >= len(tokens) or tokens[i + 1].text != "." or not adjacent(view, i, i + 1):
            return None
        return i + 2
    if f not in NAME_TITLES:
        return None
    j = i + 1
    while j < len(tokens) and j - i <= 2 and adjacent(view, j - 1, j) and forms[j] in TITLE_WORDS:
        j += 1                            # اللواء ركن، الأستاذ الدكتور
    if j < len(tokens) and adjacent(view, j - 1, j) and country_nisba(forms[j]):
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
    if word.startswith(af.LAM_ARTICLE):
        return False                      # ل + ال (للقادسية، للرقي): a preposition and a definite noun
    if word.startswith(af.IMPERFECT_PREFIX) and first:
        return False                      # الرائد يشرع: an imperfect verb (names in ي are known: يوسف)
    if len(word) >= 4 and word[0] in af.CLITIC_LETTERS:
        rest = word[1:]
        if rest.startswith(af.ARTICLE) or frequency_class(rest) > RARE_CLASS or (
                len(word) >= 6 and frequency_class(rest) >= CLITIC_REST_CLASS):
            return False                  # بمجموعتين: ب + a word; short names keep their letter (ليان)
    for suffix in af.PRONOUN_SUFFIXES:
        if word.endswith(suffix) and frequency_class(word[:-len(suffix)]) >= CLITIC_REST_CLASS + 1:
            return False                  # مصيره، ضيوفها: a noun with a pronoun
    return True


def titled_mentions(view: TokenView, mentions: list[Mention], vocab) -> list[Mention]:
    """The name right after a title (`الأستاذ شديد الحربي`, `الرئيس الأمريكي باراك أوباما`),
    when its words are name-like (see `_name_like`)."""
    tokens, forms = view.tokens, view.forms
    taken = _covered(view, mentions)
    out = []
    for i, tok in enumerate(tokens[:-1]):
        if tok.kind != "word" or taken[i]:
            continue
        first = _title_at(view, i)
        if first is None or first >= len(tokens) or taken[first] or not adjacent(view, first - 1, first):
            continue
        if i > 0 and adjacent(view, i - 1, i) and any(form in lex.NAMED_AFTER_HEADS for form, _ in view.clitic_forms(i - 1)):
            continue                      # مركز الملك سلمان، جامعة الأمير سلطان: the title is in a name
        j = first
        while j < len(tokens) and j - first < 4 and not taken[j] and tokens[j].kind == "word" \
                and adjacent(view, j - 1, j) and not _TANWEEN & set(tokens[j].text) \
                and (_titled_name_like(forms[j], vocab, j == first) or tokens[j].text == ALI
                     or (j > first and forms[j] in lex.PERSON_PARTICLES)):
            j += 1
        while j > first and forms[j - 1] in lex.PERSON_PARTICLES:
            j -= 1
        if j == first:
            continue
        out.append(Mention(tokens[first].start, tokens[j - 1].end, tokens[0].source, "PER", None, None))
        for k in range(first, j):
            taken[k] = True
    return out


def _quoted_after(view: TokenView, i: int) -> int | None:
    """End index of a short quoted name opening at token i (a quote mark), or None."""
    tokens = view.tokens
    if tokens[i].text not in _OPEN_QUOTES:
        return None
    for j in range(i + 1, min(len(tokens), i + 6)):
        if tokens[j].text in _CLOSE_QUOTES:
            return j if j > i + 1 and all(t.kind in ("word", "latin", "number") for t in tokens[i + 1:j]) else None
    return None


def _source_context(view: TokenView, i: int, end: int) -> bool:
    """Whether `ل + «name»` at token i names where words were said: a reporting verb or a speech
    noun shortly before, `وفقا لـ`, or a colon or إن/أن right after (`وقال لـ"سبق": ...`)."""
    for k in range(max(0, i - 3), i):
        f = view.bare(k)
        if _is_cue(view, k) or f in lex.INTERVIEW_NOUNS or f in lex.OUTLET_VERBS:
            return True
    return view.form(end + 1) in lex.SOURCE_COMPLEMENTS


def outlet_mentions(view: TokenView, mentions: list[Mention], vocab) -> list[Mention]:
    """Outlets quoted after ل or an outlet head, and rare names after an outlet's reporting verb."""
    tokens, forms = view.tokens, view.forms
    taken = _covered(view, mentions)
    out = []
    for i, tok in enumerate(tokens[:-1]):
        if tok.kind != "word":
            continue
        f = forms[i]
        heads = {form for form, _ in view.clitic_forms(i)}
        outlet_head = any(h in lex.OUTLET_HEADS for h in heads)
        if f == af.LAM or outlet_head:
            end = _quoted_after(view, i + 1)
            if end is not None and not outlet_head and not _source_context(view, i, end):
                end = None                # علاجان لـ"السكري": a quoted term, not a source
            if end is not None:          # replaces what the tagger made of the quoted words (الشرق الأوسط: LOC)
                out.append(Mention(tokens[i + 2].start, tokens[end - 1].end, tok.source, "ORG", None, None))
                for k in range(i + 2, end):
                    taken[k] = True
            continue
        if view.bare(i) in lex.OUTLET_VERBS:
            j = i + 1
            if j < len(tokens) and forms[j] in lex.OUTLET_VERB_LINKS:
                j += 1
            if j < len(tokens) and tokens[j].text in "(«\"“":
                j += 1
            if j < len(tokens) and not taken[j] and tokens[j].kind == "word":
                w = forms[j]
                if 3 <= len(w) and not w.startswith(af.DEFINITE_OPENINGS) and frequency_class(w) <= RARE_CLASS + 1 \
                        and w not in TITLE_WORDS and w not in lex.ANONYMOUS_HEADS and w not in lex.NON_NAMES \
                        and not (vocab is not None and vocab.known(w) and (vocab.share(w, "O") or 0) >= 0.5) \
                        and (j + 1 >= len(tokens) or not tokens[j + 1].kind == "word"
                             or forms[j + 1] in lex.OUTLET_COMPLEMENTS):
                    out.append(Mention(tokens[j].start, tokens[j].end, tok.source, "ORG", None, None))
                    taken[j] = True
    return out


def quoted_body_mentions(view: TokenView, mentions: list[Mention], vocab) -> list[Mention]:
    """The quoted name after a body's indefinite head (`شركة «غو برو»`, `حركة «حماس»`) is an
    organisation, unless it is one feminine word (`شركة «مقفلة»`, a closed company); after a
    definite head quote marks open speech as often (`المنظمة "ليست مستعدة"`)."""
    tokens, forms = view.tokens, view.forms
    out = []
    for i, tok in enumerate(tokens[:-2]):
        if tok.kind != "word" or not any(form in lex.QUOTED_NAME_HEADS for form, _ in view.clitic_forms(i)):
            continue
        end = _quoted_after(view, i + 1)
        if end is None or not adjacent(view, i, i + 1):
            continue
        if end == i + 3 and tokens[i + 2].kind == "word" and forms[i + 2].endswith(af.FEMININE_ENDING):
            continue                      # شركة «مقفلة»: a feminine word agrees with the head, an adjective
        out.append(Mention(tokens[i + 2].start, tokens[end - 1].end, tok.source, "ORG", None, None))
    return out


def model_mentions(view: TokenView, mentions: list[Mention], vocab) -> list[Mention]:
    """Weapon and product models after their head, recurring events with their edition (MISC)."""
    tokens, forms = view.tokens, view.forms
    taken = _covered(view, mentions)
    out = []
    for i, tok in enumerate(tokens[:-1]):
        if tok.kind != "word":
            continue
        f = view.bare(i)
        nxt = tokens[i + 1]
        if not adjacent(view, i, i + 1):
            continue
        if f in lex.EDITION_NAMES and nxt.kind == "number" and _NUMBER.match(nxt.text):
            # replaces a partial tagging (لبطولة خليجي); an event head before it joins (بطولة خليجي 24)
            start = tok.start + (1 if f != forms[i] else 0)
            if i > 0 and adjacent(view, i - 1, i):
                cut = view.head_in(i - 1, lex.EVENT_HEADS)
                if cut is not None:
                    start = tokens[i - 1].start + cut
            out.append(Mention(start, nxt.end, tok.source, "MISC", None, None))
            taken[i] = taken[i + 1] = True
            continue
        if f in lex.WEAPON_HEADS and nxt.kind in ("word", "latin"):
            j = i + 1
            while j < len(tokens) and j - i <= 3 and not taken[j] and adjacent(view, j - 1, j) and (
                    tokens[j].kind == "latin" or (tokens[j].kind == "word" and _foreign(forms[j], vocab))):
                j += 1
            if j > i + 1:
                out.append(Mention(tokens[i + 1].start, tokens[j - 1].end, tok.source, "MISC", None, None))
                for k in range(i + 1, j):
                    taken[k] = True
    return out


def _foreign(word: str, vocab) -> bool:
    """A transliterated model name: not definite, rare, unknown to the training data as a common word."""
    if word.startswith(af.ARTICLE) or len(word) < 3 or word in lex.NON_NAMES \
            or word.endswith(af.ADJECTIVE_OR_FEMININE_ENDINGS):
        return False
    if vocab is not None and vocab.known(word) and (vocab.share(word, "O") or 0) >= 0.5:
        return False
    return frequency_class(word) <= RARE_CLASS - 1


def _replace(mentions: list[Mention], found: list[Mention]) -> list[Mention]:
    """`found` wins over the mentions it overlaps."""
    kept = [m for m in mentions if not any(m.overlaps(f) for f in found)]
    return kept + found


def city_persons(view: TokenView, mentions: list[Mention], vocab) -> list[Mention]:
    """A person that is a CLDR place (`بيونغ يانغ`), or one word naming a sizeable Arab city no
    training name bore (`جازان`), is a place."""
    tokens, forms = view.tokens, view.forms
    out = []
    for m in mentions:
        if m.label != "PER":
            continue
        words = m.text.split()
        folded = fold_words(m.text)
        cldr = find_places(words)
        if len(cldr) == 1 and cldr[0].start == 0 and cldr[0].end == len(words) and not cldr[0].clitic \
                and cldr[0].place.kind != "org" and vocab is not None \
                and not all((vocab.share(w, "PER") or 0) >= 0.5 for w in folded):
            out.append(Mention(m.start, m.end, m.source, "LOC", m.entity, None))     # بيونغ يانغ: CLDR's city
            continue
        if len(words) == 1 and not (vocab is not None and (vocab.share(folded[0], "PER") or 0) >= 0.3):
            k = next((i for i, t in enumerate(tokens) if t.start <= m.start < t.end), None)
            prev = forms[k - 1] if k else ""
            after_fi = prev == lex.PREPOSITION_IN and tokens[k].start == m.start
            listed = k is not None and forms[k].startswith(af.WAW) and k > 0 and any(
                o.label == "LOC" and o.end <= tokens[k - 1].end and o.end >= tokens[k - 1].start for o in mentions)
            if after_fi or listed:
                out.append(Mention(m.start, m.end, m.source, "LOC", m.entity, None))    # في يلوستون، ومونتانا وايداهو
                continue
        if len(words) != 1:
            continue
        found = find_cities(words, regions=True)
        if len(found) != 1 or found[0].clitic or not _city_reading(_one_word(m), found[0]):
            continue
        key = found[0].place.key
        word = folded[0]
        if key[:2] in _ARAB and city_population().get(key, 0) >= 50_000 and frequency_class(word) <= RARE_CLASS \
                and not (vocab is not None and (vocab.share(word, "PER") or 0) > 0):
            out.append(Mention(m.start, m.end, m.source, "LOC", m.entity, None))
    return out


def _one_word(m: Mention) -> TokenView:
    """A mention of one word as a view of its own (the city test reads the word's context)."""
    return TokenView(None, [Token(m.start, m.end, m.source, "word")], [fold_word(m.text)])


_DASHES = "-–—"


def _dateline_segments(view: TokenView) -> list[tuple[int, int]] | None:
    """Token ranges of a dateline opening a line (`ياسر العتيبي- سبق- الباحة:`), or None."""
    tokens = view.tokens
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
    if len(segments) < 2 or any((view.forms[k] in lex.NON_NAMES and view.forms[k] not in lex.DATELINE_NAME_WORDS)
                                or _is_cue(view, k) for k in range(segments[-1][1])):
        return None                       # وقال إن الفريق - كما قال المدرب - ...: a sentence, no dateline
    return segments


def dateline_mentions(view: TokenView, mentions: list[Mention], vocab) -> list[Mention]:
    """A dateline's place, and with three parts its reporter and outlet: `ياسر العتيبي- سبق- الباحة:`
    (PER, ORG, LOC), `عين اليوم - جدة:` (the place only)."""
    tokens = view.tokens
    src = tokens[0].source
    # the dateline opens a line, which may be inside the sentence (a title line without a period before it)
    for k, t in enumerate(tokens):
        line = src.rfind("\n", 0, t.start) + 1
        if (k == 0 or line > tokens[k - 1].end) and not src[line:t.start].strip():
            segments = _dateline_segments(view.window(k, len(tokens)))
            if segments:
                view = view.window(k, len(tokens))
                tokens = view.tokens
                break
    else:
        return []
    out = []
    placed = False
    for n, (a, b) in enumerate(segments):
        words = [t.text for t in tokens[a:b]]
        if view.forms[a] in lex.DATELINE_GENERIC:
            continue
        whole = [m for finder in (find_places, lambda w: find_cities(w, regions=True)) for m in finder(words) if m.start == 0 and m.end == len(words)]
        if whole:
            label, placed = "LOC", True
        elif len(segments) == 3 and n == 0 and len(words) >= 2:
            label = "PER"
        elif len(segments) == 3 and n == 1 and view.forms[a] not in lex.DATELINE_GENERIC:
            label = "ORG"
        else:
            continue
        out.append(Mention(tokens[a].start, tokens[b - 1].end, src, label, None, None))
    return out if placed else []


def cued_mentions(view: TokenView, mentions: list[Mention], vocab) -> list[Mention]:
    """The sentence's mentions with the names these rules find added, in text order."""
    out = _replace(list(mentions), city_persons(view, mentions, vocab))
    out = _replace(out, dateline_mentions(view, out, vocab))
    for rule in (model_mentions, outlet_mentions, quoted_body_mentions, quoted_event_mentions, known_mentions,
                 operation_mentions, dedicated_mentions, club_mentions, tournament_mentions):
        out = _replace(out, rule(view, out, vocab))
    for rule in (city_mentions, speaker_mentions, titled_mentions):
        out = out + rule(view, out, vocab)
    return sorted(out, key=lambda m: (m.start, m.end))
