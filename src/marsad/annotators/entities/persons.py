"""Persons the tagger broke in two or cut short.

Arabic full names run over words the tagger reads as something else: the given
name `علي` folds to the preposition `على` (`أحمد علي الإبراهيم` came out as
`أحمد` + `الإبراهيم`), `آل` before a family (`سلمان بن عبدالعزيز آل سعود`), and
family names the training data never saw after a known name (`عبدالله بن
عبدالعزيز الربيعة`). Rules:
- a person and a one-word person with only a space between them (when that
  word is name-like: not `بأن`, `شكره` a propagated name may have been), or two
  persons with one name word (`علي`, a particle, a training name) between
  them, are one person;
- a person ends before a pious formula (`عمر بن الخطاب` without `رضي الله`);
- a person followed by `آل` + a word takes both, one ending on a particle that opens a name
  (`عبد`, `أبو`, `بن`) the word after it (`الضابط عبد` + `السلام`);
- a formally named person (after a title, or with a patronymic `بن`) followed
  by a rare definite word that is no title, common word, feminine word (participles:
  `القابضة`, `المرشحة`; family names like `الربيعة` are lost) or nationality adjective takes it as the family name (`الدكتور حسين العوض`);
  elsewhere such a word is as often a participle (`هيلاري كلينتون المرشحة`).
"""
from __future__ import annotations

from ...layers import Mention
from ...lexicons import affixes as af
from ...lexicons import entities as lex
from ...lexicons.given_names import ALI
from ...text.tokenview import TokenView, fold_words
from .cued import _name_like
from .resources import frequency_class
from .words import TITLE_WORDS, country_nisba

# A family name after a full name is a rare word (Zipf 3.5 at most: الربيعة، العوض، اليامي).
FAMILY_CLASS = 7


def _name_word(view: TokenView, i: int, vocab) -> bool:
    """A word that continues a name between two parts of it."""
    if view.tokens[i].kind != "word":
        return False
    f = view.forms[i]
    if view.tokens[i].text == ALI or f in lex.PERSON_PARTICLES:
        return True
    return vocab is not None and (vocab.share(f, "PER", min_count=3) or 0) >= 0.5


def _surname_like(word: str, vocab) -> bool:
    """A name-like word that is no noun with a pronoun (`شكره` = شكر + ه)."""
    for suffix in af.PRONOUN_SUFFIXES:
        if word.endswith(suffix) and frequency_class(word[:-len(suffix)]) >= FAMILY_CLASS:
            return False
    return _name_like(word, vocab, False)


def _family(view: TokenView, i: int, vocab) -> bool:
    """A rare definite word that may be a family name (`العوض`), not `الخميس`, `المتحدث`, `الأمريكي`, `القابضة`."""
    f = view.forms[i]
    if view.tokens[i].kind != "word" or not f.startswith(af.ARTICLE) or len(f) < 5 or f in TITLE_WORDS \
            or f in lex.NON_NAMES or f.endswith(af.FEMININE_ENDING) \
            or country_nisba(f) or frequency_class(f) > FAMILY_CLASS:
        return False
    return not (vocab is not None and (vocab.share(f, "O", min_count=2) or 0) >= 0.5)


def join_persons(mentions: list[Mention], view: TokenView, vocab) -> list[Mention]:
    """A sentence's mentions with broken persons joined and family names added."""
    tokens = view.tokens
    if not mentions or not tokens:
        return mentions
    starts, ends = view.starting_at, view.ending_at
    src = tokens[0].source
    out: list[Mention] = []
    for m in sorted(mentions, key=lambda x: (x.start, x.end)):
        prev = out[-1] if out else None
        if prev is not None and prev.label == "PER" and m.label == "PER" and prev.end in ends and m.start in starts:
            a, b = ends[prev.end], starts[m.start]
            gap = src[prev.end:m.start]
            one_word = ends.get(m.end) == b
            joined = (b == a + 1 and gap == " " and tokens[b].text[0] not in af.CONJUNCTIONS and one_word
                      and _surname_like(view.forms[b], vocab)) or (
                b == a + 2 and src[prev.end:tokens[a + 1].start] == " " and src[tokens[a + 1].end:m.start] == " "
                and _name_word(view, a + 1, vocab))
            if joined:
                out[-1] = Mention(prev.start, m.end, m.source, "PER", None, prev.score)
                continue
        out.append(m)
    out = [_extend(m, view, out, vocab) if m.label == "PER" else m for m in out]
    return [_without_formula(m, view) if m.label == "PER" else m for m in out]


def _without_formula(m: Mention, view: TokenView) -> Mention:
    """A person without the pious formula the tagger ran into (`عمر بن الخطاب رضي` + `الله عنه`):
    the person ends before a formula word that الله follows (رضوان alone is a given name)."""
    tokens, forms = view.tokens, view.forms
    k = view.starting_at.get(m.start)
    if k is None:
        return m
    j = k
    while j < len(tokens) and tokens[j].end <= m.end:
        if j > k and forms[j] in lex.PIOUS_OPENERS and j + 1 < len(tokens) \
                and forms[j + 1] == lex.ALLAH and tokens[j - 1].kind == "word":
            return Mention(m.start, tokens[j - 1].end, m.source, "PER", m.entity, m.score)
        j += 1
    return m


def _formal(m: Mention, view: TokenView) -> bool:
    """A person named with a patronymic (`بن`) or after a title within three words (`وزير التعليم عزام`)."""
    if any(w in lex.PATRONYMICS for w in fold_words(m.text)[1:-1]):
        return True
    k = view.starting_at.get(m.start)
    if k is None:
        return False
    return any(view.forms[i] in TITLE_WORDS for i in range(max(0, k - 3), k))


def _extend(m: Mention, view: TokenView, mentions, vocab) -> Mention:
    """`آل` + a word, the word after a particle ending the person (`عبد` + `السلام`), or a family
    name, right after a person."""
    tokens, forms = view.tokens, view.forms
    k = view.ending_at.get(m.end)
    if k is None or k + 1 >= len(tokens) or tokens[k + 1].start - m.end != 1:
        return m
    nxt = tokens[k + 1]
    if any(o.start < nxt.end and nxt.start < o.end for o in mentions):
        return m
    if forms[k + 1] in lex.FAMILY_PARTICLES and k + 2 < len(tokens) and tokens[k + 2].start - nxt.end == 1 \
            and tokens[k + 2].kind == "word" and not any(o.start < tokens[k + 2].end and tokens[k + 2].start < o.end
                                                         for o in mentions):
        return Mention(m.start, tokens[k + 2].end, m.source, "PER", m.entity, m.score)
    if fold_words(m.text)[-1] in lex.NAME_OPENERS and nxt.kind == "word" and forms[k + 1] not in lex.NON_NAMES \
            and nxt.text[0] not in af.CONJUNCTIONS:
        return Mention(m.start, nxt.end, m.source, "PER", m.entity, m.score)
    if _family(view, k + 1, vocab) and _formal(m, view):
        return Mention(m.start, nxt.end, m.source, "PER", m.entity, m.score)
    return m
