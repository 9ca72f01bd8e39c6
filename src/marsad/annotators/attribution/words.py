"""A paragraph's tokens with the folded forms and word classes attribution reads.

One `Words` per body paragraph: its tokens, each folded once, the sentence
each token belongs to, the quoted spans and the named-entity mentions inside
it. The predicates answer lexicon questions about a token with its conjunction
(و/ف) set aside, so وقال, والتي and فيما are read like قال, التي, فيما.
"""
from __future__ import annotations

import bisect
import unicodedata
from functools import lru_cache

from ...document import Span
from ...lexicons import reporting, sources, titles
from ...text.normalize import fold, normalize
from ...text.tokenview import fold_word
from .quotemarks import MARKS, QuotedSpan


@lru_cache(maxsize=200_000)
def _unfolded(word: str) -> str:
    """A word normalised without letter folding (NFKC, diacritics and tatweel dropped)."""
    return normalize(unicodedata.normalize("NFKC", word), letters=False).text


@lru_cache(maxsize=None)
def folded_set(words: tuple[str, ...]) -> frozenset[str]:
    return frozenset(fold(w) for w in words)


ANONYMOUS = folded_set(sources.ANONYMOUS_HEADS)
TITLES = folded_set(sources.TITLES)
ROLES = folded_set(sources.ROLE_HEADS)
ORGANISATIONS = folded_set(sources.ORGANISATION_HEADS)
DOCUMENTS = folded_set(sources.DOCUMENT_HEADS)
ADVERBIAL_NOUNS = folded_set(sources.ADVERBIAL_NOUNS)
ADVERBIAL_PREPS = folded_set(sources.ADVERBIAL_PREPOSITIONS)
TIME_WORDS = folded_set(sources.TIME_WORDS)
BREAKERS = folded_set(sources.NP_BREAKERS)
NAMING = folded_set(sources.NAMING_NOUNS)
PLURAL_HEADS = folded_set(sources.PLURAL_HEADS)
ROLE_PREPOSITIONS = {fold(role): fold(prep) for role, prep in sources.ROLE_PREPOSITIONS.items()}
PRONOUNS = folded_set(sources.PRONOUNS)
MANNER_ADVERBS = folded_set(sources.MANNER_ADVERBS)
CLAUSE_STARTERS = folded_set(reporting.CLAUSE_STARTERS)
CONTRASTS = folded_set(reporting.CONTRASTS)
CONTRASTS_BEFORE_ANNA = folded_set(reporting.CONTRASTS_BEFORE_ANNA)
SUBJUNCTIVE = folded_set(reporting.SUBJUNCTIVE)
HUMAN = ANONYMOUS | TITLES | ROLES | PLURAL_HEADS
NEGATORS = folded_set(reporting.NEGATORS)
HEDGES = folded_set(reporting.HEDGES)
FIRST_PERSON = folded_set(reporting.FIRST_PERSON)
ACCORDING_TO = folded_set(reporting.ACCORDING_TO)
RULE_TEXTS = folded_set(reporting.RULE_TEXTS)
PRAYER = folded_set(reporting.PRAYER_ADDRESSEES)
ANONYMITY = folded_set(reporting.ANONYMITY_WORDS)
OBJECT_NOUNS = folded_set(reporting.OBJECT_NOUNS)
ASSERTED_NOUNS = folded_set(reporting.ASSERTED_NOUNS)
MEDIA = folded_set(sources.MEDIA_NOUNS)
PLURAL_ADJECTIVES = folded_set(sources.PLURAL_ADJECTIVES)
NAME_PHRASES = tuple(tuple(fold(x) for x in phrase.split()) for phrase in sources.NAME_PHRASES)
COMPLEMENT_PREPS = folded_set(reporting.COMPLEMENT_PREPOSITIONS)
DEMAND_OPENERS = folded_set(reporting.DEMAND_OPENERS)
AFTER_QUOTE_NOUNS = folded_set(reporting.AFTER_QUOTE_NOUNS)
COMPLEMENTIZERS = frozenset(fold(c) + p for c in reporting.COMPLEMENTIZERS for p in reporting.COMPLEMENTIZER_PRONOUNS)
CLAUSE_OPENERS = tuple(tuple(fold(w) for w in seq) for seq in reporting.CLAUSE_OPENERS)
AMBIGUOUS_CUES = folded_set(reporting.AMBIGUOUS_FORMS)
CLAUSE_VERBS = folded_set(reporting.CLAUSE_VERBS)
KANA = folded_set(reporting.KANA)
DEMONSTRATIVES = folded_set(sources.DEMONSTRATIVES)
RELATIVES = folded_set(sources.RELATIVES)
_UNNAMED_OPENERS = folded_set(reporting.UNNAMED_OPENERS)
ABBREVIATION_TITLES = titles.SPEAKER_ABBREVIATIONS.forms
NISBA_ENDINGS = sources.NISBA_ENDINGS
ADJECTIVES = folded_set(sources.PHRASE_ADJECTIVES)
TO_PRONOUNS = folded_set(sources.TO_PRONOUNS)
PREPOSITION_PRONOUNS = folded_set(sources.PREPOSITION_PRONOUNS)
NP_CONTINUERS = folded_set(sources.NP_CONTINUERS)
MARKER_LINKS = folded_set(reporting.MARKER_LINKS)
WORD_PREPOSITIONS = tuple(fold(p) for p in reporting.WORD_PREPOSITIONS)
QUOTE_PREPOSITIONS = folded_set(reporting.QUOTE_PREPOSITIONS)
QUANTIFIERS = folded_set(reporting.QUANTIFIERS)
CONTENT_OPENERS = folded_set(reporting.CONTENT_OPENERS)
TIME_ADJECTIVES = folded_set(reporting.TIME_ADJECTIVES)
ACCORDING_WHAT = folded_set(reporting.ACCORDING_WHAT)
BEFORE_DEMAND = folded_set(reporting.BEFORE_DEMAND)
EQUATING = folded_set(reporting.EQUATING)
TEMPORAL = folded_set(reporting.TEMPORAL)
SUBORDINATORS = folded_set(reporting.SUBORDINATORS)
LINKERS = folded_set(reporting.LINKERS)
NOT_REPORTING = folded_set(reporting.NOT_REPORTING)
ADDRESSEE_PREPOSITIONS = {fold(verb): fold(prep) for verb, prep in reporting.ADDRESSEE_PREPOSITIONS.items()}
SECOND_PARTY_REQUIRED = folded_set(reporting.SECOND_PARTY_REQUIRED)
# دعوته folds to دعوته: the noun's ة is a ت before the pronoun; التأكيد، الدعوة with the article
RENEWALS = {fold(noun)[:-1] + "ت" if noun.endswith("ة") else fold(noun): value
            for noun, value in reporting.RENEWALS.items()}
RENEWALS.update({fold(noun): value for noun, value in reporting.RENEWALS.items()})


_OVERLAP_KINDS = {
    "any": lambda m: True,
    "person": lambda m: m.label in ("PER", "ORG"),
    "not_place": lambda m: m.label != "LOC",
}


def _running_max(mentions: list, keep) -> list[int]:
    """At k, the largest end among mentions[:k + 1] that `keep` accepts (-1 for none)."""
    out, best = [], -1
    for m in mentions:
        if keep(m) and m.end > best:
            best = m.end
        out.append(best)
    return out


class Words:
    def __init__(self, text: str, tokens: list, sentences: list[Span], quoted: list[QuotedSpan],
                 mentions: list) -> None:
        self.text = text
        self.tokens = tokens
        # NFKC first: pages carry presentation forms (أﻥ) that folding alone leaves apart
        self.f = [fold_word(t.text) for t in tokens]
        # Without letter folding: على and the name علي fold alike
        self.raw = [_unfolded(t.text) for t in tokens]
        self.starts = [t.start for t in tokens]
        self.quoted = quoted
        self.mentions = mentions
        self._sentence_ends = sorted(s.end for s in sentences)
        self.cues: dict[int, object] = {}      # token index -> Cue (filled by the analysis)
        # Lookups by offset (bisect, dicts) instead of scans: a long paragraph stays near-linear.
        self._openings: dict[int, QuotedSpan] = {}
        self._closings: dict[int, QuotedSpan] = {}
        for q in quoted:                       # the first span in list order wins, as a scan would find it
            if q.opening is not None:
                self._openings.setdefault(q.opening.start, q)
            if q.closing is not None:
                self._closings.setdefault(q.closing.start, q)
        self._mention_starts = [m.start for m in mentions]
        self._mentions_sorted = all(a <= b for a, b in zip(self._mention_starts, self._mention_starts[1:]))
        # the furthest end among the first k mentions, over all of them, the people and bodies, and the non-places
        self._longest = max((m.end - m.start for m in mentions), default=0)
        self._reach = {key: _running_max(mentions, keep) for key, keep in _OVERLAP_KINDS.items()}

    def __len__(self) -> int:
        return len(self.tokens)

    # --- positions -------------------------------------------------------------------------
    def index_at(self, offset: int) -> int:
        """Index of the first token starting at or after `offset`."""
        return bisect.bisect_left(self.starts, offset)

    def sentence_end(self, i: int) -> int:
        """Index of the first token after the sentence holding token i."""
        if i >= len(self.tokens):
            return len(self.tokens)
        k = bisect.bisect_right(self._sentence_ends, self.tokens[i].start)
        if k >= len(self._sentence_ends):
            return len(self.tokens)
        return self.index_at(self._sentence_ends[k])

    def sentence_start(self, i: int) -> int:
        if not self.tokens:
            return 0
        i = min(i, len(self.tokens) - 1)
        k = bisect.bisect_right(self._sentence_ends, self.tokens[i].start)
        if k == 0:
            return 0
        return self.index_at(self._sentence_ends[k - 1])

    def span(self, i: int, j: int) -> Span:
        """Characters of tokens i..j-1."""
        return Span(self.tokens[i].start, self.tokens[j - 1].end, self.text)

    # --- word classes ----------------------------------------------------------------------
    def is_word(self, i: int) -> bool:
        return 0 <= i < len(self.tokens) and self.tokens[i].kind in ("word", "latin", "number")

    def is_punct(self, i: int, chars: str | None = None) -> bool:
        if not 0 <= i < len(self.tokens) or self.tokens[i].kind not in ("punct", "symbol"):
            return False
        return chars is None or self.tokens[i].text in chars

    def bare(self, i: int) -> str:
        """The folded word without a leading conjunction (kept when the rest is too short); "" past the ends."""
        if not 0 <= i < len(self.f):
            return ""
        f = self.f[i]
        return f[1:] if len(f) > 3 and f[0] in "وف" else f

    def in_set(self, i: int, words: frozenset[str]) -> bool:
        if not 0 <= i < len(self.tokens):
            return False
        f = self.f[i]
        if f in ("علي", "وعلي") and self.raw[i].endswith("علي"):
            return f in words and f not in BREAKERS        # the name علي, not the preposition على
        if f == "والي" and self.raw[i].endswith("والي"):
            return f in words and f not in BREAKERS        # the name والي, not وإلى
        if f in ("امام", "وامام") and self.raw[i].lstrip("وف").startswith("إ") and ADVERBIAL_PREPS <= words:
            return False                                   # إمام المسجد, not the preposition أمام
        return f in words or (len(f) > 2 and f[0] in "وف" and f[1:] in words)

    def bare_preposition(self, i: int) -> str:
        """The folded word, except the name علي, which is never the preposition على ("" past the end)."""
        if not 0 <= i < len(self.tokens):
            return ""                                      # a subject that ends its paragraph
        return "" if self.raw[i].endswith("علي") and self.f[i] in ("علي", "وعلي") else self.bare(i)

    def without_article(self, i: int) -> str:
        b = self.bare(i)
        for prefix in ("ال", "بال", "لل", "كال"):
            if b.startswith(prefix) and len(b) > len(prefix) + 1:
                return b[len(prefix):]
        return b

    def is_definite(self, i: int) -> bool:
        if not 0 <= i < len(self.tokens):
            return False
        b = self.bare(i)
        if b != self.f[i] and b.startswith("كال"):
            return False                                   # وكالة، وكالات: no و + كال
        return self.tokens[i].kind == "word" and len(b) > 3 and b.startswith(("ال", "بال", "لل", "كال"))

    def is_nisba(self, i: int) -> bool:
        b = self.bare(i)
        if self.raw[i].endswith("ى"):
            return False                                   # المستشفى، المستوى: alef maqsura folds like ي
        return b.startswith("ال") and b.endswith(NISBA_ENDINGS) and len(b) > 4

    def is_adjective(self, i: int) -> bool:
        return self.is_nisba(i) or self.in_set(i, ADJECTIVES) or self._feminine_participle(i)

    def _feminine_participle(self, i: int) -> bool:
        """العمليات المشتركة، القوات المسلحة، الأمم المتحدة: a definite participle in ة after a feminine
        or plural noun, which it qualifies."""
        b = self.bare(i)
        if i == 0 or not (b.startswith("الم") and b.endswith(("ة", "ه")) and len(b) >= 7) or not self.is_word(i - 1):
            return False
        prev = self.without_article(i - 1)
        return prev.endswith(("ات", "ة", "ه")) or self.bare(i - 1) in ("الامم", "امم")

    def name_phrase_end(self, i: int) -> int | None:
        """A fixed name with a preposition inside starting at token i (الأمر بالمعروف والنهي عن المنكر):
        the index after it."""
        for phrase in NAME_PHRASES:
            n = len(phrase)
            if i + n <= len(self.tokens) and (self.bare(i) == phrase[0] or self.f[i] == phrase[0]) \
                    and all(self.f[i + m] == phrase[m] for m in range(1, n)):
                return i + n
        return None

    def after_contrast(self, i: int) -> bool:
        """Token i opens a clause after a contrast: لكنه | أكد، لكن | الوزير، إلا أنه | أوضح."""
        if self.in_set(i - 1, CONTRASTS):
            return True
        return i >= 2 and self.is_complementizer(i - 1) and len(self.bare(i - 1)) > 2 \
            and self.in_set(i - 2, CONTRASTS_BEFORE_ANNA)

    def is_complementizer(self, i: int) -> bool:
        return self.is_word(i) and self.tokens[i].kind == "word" and self.in_set(i, COMPLEMENTIZERS)

    def is_adverbial_noun(self, i: int) -> bool:
        """تصريح، بيان، حديثه، كتابه ...: a noun that, after في/خلال, opens an adverbial."""
        if not self.is_word(i):
            return False
        if self.in_set(i, ADVERBIAL_NOUNS):
            return True
        b = self.without_article(i)
        for suffix in ("هما", "هم", "ها", "ه"):
            if b.endswith(suffix) and len(b) - len(suffix) >= 3 and b[:-len(suffix)] in ADVERBIAL_NOUNS:
                return True
        return False

    def verbal_noun(self, i: int) -> bool:
        """استهداف، انتقال، تطوير: a verbal noun, which opens a clause without being its verb."""
        b = self.bare(i)
        for suffix in ("هما", "هم", "ها", "ه"):            # استشهادهم، تعيينه
            core = b[:-len(suffix)]
            if b.endswith(suffix) and len(core) >= 5 and (core[-2] == "ا" or core[0] == "ت" and core[-2] == "ي"):
                b = core
                break
        return (len(b) >= 6 and b[-2] == "ا") or (len(b) == 5 and b[0] == "ت" and b[-2] == "ي")

    def conjunction_verb(self, i: int) -> bool:
        """وحصد اللاعب: a conjunction glued to a bare three-letter perfect before its subject, opening a new
        clause (not وجود، وصول، وقف: nouns that begin with و)."""
        f = self.f[i]
        return len(f) == 4 and f[0] in "وف" and not self.in_set(i, OBJECT_NOUNS) and self.mention_at(i) is None \
            and (self.is_definite(i + 1) or self.mention_at(i + 1) is not None) if i + 1 < len(self.tokens) \
            else False

    def object_noun(self, i: int) -> bool:
        """A noun that opens what is announced or expected (مقتل، توزيع، ارتفاع): never a speaker's word."""
        if self.f[i][:1] in "بل" and len(self.f[i]) > 4 and (self.verbal_noun(i) or self.f[i][1:] in OBJECT_NOUNS):
            return False                                   # بانتهاكات، لتحرير: a preposition's noun, no object
        return self.mention_at(i) is None and not self.is_definite(i) \
            and (self.verbal_noun(i) or self.in_set(i, OBJECT_NOUNS))

    def is_time(self, i: int) -> bool:
        return self.in_set(i, TIME_WORDS)

    def addressee(self, i: int) -> bool:
        """A word with the preposition ل unmistakably glued on: لـ«عكاظ»، لـ"سبق"، للصحفيين، لوكالة، لرويترز,
        or on a noun with its possessive (لمناصريه، لزملائه)."""
        if not self.is_word(i) or self.tokens[i].kind != "word":
            return False
        text, f = self.tokens[i].text, self.f[i]
        return f == "ل" or text.startswith("لـ") or (f.startswith("لل") and len(f) > 4) or \
            (f.startswith("ل") and len(f) > 4 and (f[1:] in NAMING or f[1:] in ORGANISATIONS or f[1:] in MEDIA)) \
            or (f.startswith("ل") and len(f) > 5 and f.endswith(("ه", "ها", "هم")))

    def anonymity_end(self, i: int) -> int | None:
        """طلب عدم الكشف عن اسمه، طالبا عدم ذكر هويته، مفضلا عدم نشر اسمه at token i: the index after it."""
        if not self.is_word(i) or self.is_definite(i) or not self.is_word(i + 1) \
                or self.bare(i + 1) not in _UNNAMED_OPENERS:
            return None
        for k in range(i + 2, min(len(self.tokens), i + 6)):
            if self.in_set(k, ANONYMITY):
                return k + 1
        return None

    def to_media(self, i: int) -> bool:
        """ل before an outlet or the press (لوكالة فرانس برس، للصحفيين، لـ«عكاظ»): whom a statement was given to."""
        if not self.addressee(i):
            return False
        f = self.f[i]
        return self.tokens[i].text.startswith("لـ") or f == "ل" or f[1:] in MEDIA or f[2:] in MEDIA \
            or "ال" + f[2:] in MEDIA

    def with_preposition(self, i: int, letter: str) -> bool:
        """The word carries the preposition `letter` (ب, ل): بضرورة، بإطلاق، بـ، بالمنطقة."""
        if not self.is_word(i) or self.tokens[i].kind != "word":
            return False
        text, f = self.tokens[i].text, self.f[i]
        return f == letter or text.startswith(letter + "\u0640") or (f.startswith(letter) and len(f) > 3)

    def head_in(self, i: int, *sets: frozenset[str], whole: bool = False) -> bool:
        """The word, with or without its article and conjunction, is in one of `sets`."""
        if not 0 <= i < len(self.tokens):
            return False
        forms = {self.f[i]} if whole else {self.f[i], self.bare(i)}    # وزير is no و + زير: try it whole too
        for form in list(forms):
            for prefix in ("ال", "بال", "لل", "كال"):
                if form.startswith(prefix) and len(form) > len(prefix) + 1:
                    forms.add(form[len(prefix):])
        forms |= {"ال" + form for form in forms}
        return any(form in s for form in forms for s in sets)

    def conjunction_attached(self, i: int) -> bool:
        """The word carries و/ف (وأحد زعماء): known without it, unknown with it (وزير, فريق stay whole)."""
        f = self.f[i]
        if len(f) <= 3 or f[0] not in "وف" or self.head_in(i, HUMAN, ORGANISATIONS, DOCUMENTS, whole=True):
            return False
        return self.head_in(i, HUMAN, ORGANISATIONS, DOCUMENTS)

    def speaker_head(self, i: int) -> bool:
        """The word can head a speaker's noun phrase: a title, role, source, organisation, document or group
        (also in the dual: الشركتان، الوزيران)."""
        return self.head_in(i, HUMAN, ORGANISATIONS, DOCUMENTS) or self._dual_head(i)

    def _dual_head(self, i: int) -> bool:
        b = self.bare(i)
        for ending, singular in (("تان", "ه"), ("تين", "ه"), ("ان", ""), ("ين", "")):
            if b.endswith(ending) and len(b) - len(ending) >= 3:
                core = b[:-len(ending)] + singular
                forms = {core, core[2:] if core.startswith("ال") else "ال" + core}
                if any(f in s for f in forms for s in (ROLES, ORGANISATIONS)):
                    return True
        return False

    def human_head(self, i: int) -> bool:
        return self.head_in(i, HUMAN)

    def plural(self, i: int) -> bool:
        """A plural noun (المواطنين، المنشآت، الأهالي): whom a call is addressed to, more often than who calls."""
        core = self.without_article(i)
        return self.head_in(i, PLURAL_HEADS) or (len(core) >= 5 and core.endswith(("ون", "ين", "ات")))

    def nominative_plural(self, i: int) -> bool:
        """المتضررون، المواطنون: a sound plural in ون, the case of a subject (not المواطنين, whom one addresses)."""
        core = self.without_article(i)
        return len(core) >= 5 and core.endswith("ون")

    def accusative(self, i: int) -> bool:
        """An indefinite accusative (بنداً، تحذيرا): an object or adverb, never a subject's word."""
        text = self.tokens[i].text
        return "\u064b" in text

    def person_like(self, i: int, j: int) -> bool:
        """Tokens i..j-1 read as a speaker: a head word from the lexicons or a PER/ORG mention."""
        if any(self.speaker_head(k) for k in range(i, min(j, i + 3))):
            return True
        return self._overlapped(self.span(i, j), "person")

    def named(self, i: int, j: int, places: bool = False) -> bool:
        """A named-entity mention overlaps tokens i..j-1 (a place only with `places`: باكستان تتهم ...)."""
        return self._overlapped(self.span(i, j), "any" if places else "not_place")

    def _overlapped(self, sp: Span, kind: str) -> bool:
        """A mention of `kind` (`_OVERLAP_KINDS`) overlaps `sp`."""
        keep = _OVERLAP_KINDS[kind]
        if not self._mentions_sorted:
            return any(keep(m) and m.start < sp.end and sp.start < m.end for m in self.mentions)
        k = bisect.bisect_left(self._mention_starts, sp.end)      # the mentions starting before sp ends
        return k > 0 and self._reach[kind][k - 1] > sp.start

    def overlapping(self, start: int, end: int) -> list:
        """The mentions overlapping [start, end), in list order."""
        if not self._mentions_sorted:
            return [m for m in self.mentions if m.start < end and start < m.end]
        # a mention that ends after `start` starts after start - (the longest mention)
        lo = bisect.bisect_left(self._mention_starts, start - self._longest + 1)
        hi = bisect.bisect_left(self._mention_starts, end)
        return [m for m in self.mentions[lo:hi] if start < m.end]

    def starting_in(self, start: int, end: int) -> list:
        """The mentions starting in [start, end), in list order."""
        if not self._mentions_sorted:
            return [m for m in self.mentions if start <= m.start < end]
        return self.mentions[bisect.bisect_left(self._mention_starts, start):bisect.bisect_left(self._mention_starts, end)]

    def mention_at(self, i: int):
        """The mention starting at token i (ignoring a clitic), if any (none past the ends)."""
        if not 0 <= i < len(self.tokens):
            return None
        tok = self.tokens[i]
        if not self._mentions_sorted:
            return next((m for m in self.mentions if tok.start <= m.start < tok.end), None)
        k = bisect.bisect_left(self._mention_starts, tok.start)
        return self.mentions[k] if k < len(self.mentions) and self.mentions[k].start < tok.end else None

    def cue_at(self, i: int):
        """The cue whose (first) token is i, if any."""
        return self.cues.get(i)

    # --- quotes ---------------------------------------------------------------------------
    def quote_opening_at(self, i: int) -> QuotedSpan | None:
        if not self.is_punct(i, MARKS):
            return None
        return self._openings.get(self.tokens[i].start)

    def quote_closing_at(self, i: int) -> QuotedSpan | None:
        if not self.is_punct(i, MARKS):
            return None
        return self._closings.get(self.tokens[i].start)
