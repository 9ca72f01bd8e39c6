"""A person's mention that runs into the verb, adverb or particle beside it loses that word.

The tagger carries a name on into the next word (`كيري مازحا`, `كيري سيزداد`, `سيرأس أوباما`,
`خالد بن عبدالعزيز أوقفا`, `أحمد فإن`), and across articles every such span became a person of its
own. A word at either end of a person's mention is no part of the name when it is no person-name
token (Wikidata's Arabic name tokens, the knowledge base's names) and
- a lexicon says it is a function word or clause opener (the token view's flags), or
- its shape is a verb's or an adverb's and its stem is a common word: the future `س` before an
  imperfect (`سيزداد` = س + يزداد), an imperfect prefix (`يصافح`), a perfect's suffix (`كافحت`,
  `جعلوا`), an indefinite accusative (`مازحا`, `مرارا`), a plural in construct (`مستشارو أوباما`); foreign names take such shapes too
  (`تياجو`, `كيرت`, `جارسيا`), so only long words with a common stem count; a conjunction و before
  a common word (`وأردف`) opens no name either.
Names that are common words (`متعب`, `نظيف`, `مساعد`) are name tokens, so they stay. A mention left with no word is dropped. A conjunction و glued to the first name (`وقصي الخيبري`)
is cut when the rest is a name token and the whole is none (`وليد` stays).
"""
from __future__ import annotations

from ...layers import Mention
from ...lexicons import affixes as af
from ...lexicons import entities as lex
from ...text.tokenview import TokenView
from ...lexicons.given_names import ALI
from .resources import frequency_class, kb_names, person_tokens

FUTURE = "س"
FUTURE_PERSONS = "يتن"    # سيفعل، ستفعل، سنفعل (not سأفعل: سارين، سايروس)
IMPERFECT_PREFIXES = "ين"  # (ت opens too many foreign names: تياجو، تشاك، تيسلا)
PERFECT_SUFFIXES = ("ت", "وا")
PLURAL_STEM = 4           # letters of a perfect before its plural وا (جعلوا، أبشروا; not فرانسوا)
ACCUSATIVE = "ا"
CONSTRUCT_ENDINGS = "و"    # a sound plural in construct drops its ن (مستشارو(ن)، موظفو(ن)); not ي: مقري، فرحاني
HAMZA_ALEFS = "أإ"
CONSTRUCT_NUN = "ن"
COMMON = 5                # frequency class (Zipf 2.5) of a common word, or of the stem a verb's shape leaves
NOT_NAME_LEXICONS = (lex.NON_NAMES, lex.CLAUSE_OPENERS)


def _name_token(f: str) -> bool:
    return f in person_tokens() or (f,) in kb_names()


def not_name_word(view: TokenView, i: int, vocab) -> bool:
    """Token i is a verb, an adverb or a function word, no part of a person's name."""
    tok = view.tokens[i]
    if tok.kind != "word":
        return tok.kind == "punct"
    f = view.forms[i]
    if tok.text == ALI:                     # علي the name, not على (they fold alike)
        return False
    if any(view.has(i, lexicon) for lexicon in NOT_NAME_LEXICONS) or (
            f[0] in af.CONJUNCTIONS and f[1:] in lex.CLAUSE_OPENERS and tok.text[1:2] in HAMZA_ALEFS):
        return True                         # فإن = ف + إن (not فان, Van; not فالي = ف + إلى)
    if f.startswith(af.ARTICLE) or _name_token(f) or _name_token(view.bare(i)) or len(f) < 3:
        return False
    if vocab is not None and (vocab.share(f, "PER") or 0) > 0:
        return False
    if len(f) >= 4 and f[0] == af.WAW and max(frequency_class(f), frequency_class(f[1:])) >= COMMON:
        return True                                   # وأردف, واشتاق: و + a common word that names no one
    if len(f) >= 5 and f[0] == FUTURE and f[1] in FUTURE_PERSONS and frequency_class(f[1:]) >= COMMON:
        return True                                   # سيزداد, سيلتقي, ستنعكس
    if len(f) >= 4 and f[0] in IMPERFECT_PREFIXES and frequency_class(f) > COMMON:
        return True                                   # يصافح, يلتزم, نبارك
    if len(f) >= 5 and any(f.endswith(x) and frequency_class(f[:-len(x)]) >= COMMON for x in PERFECT_SUFFIXES) \
            and not (f.endswith(PERFECT_SUFFIXES[1]) and len(f) - 2 > PLURAL_STEM):
        return frequency_class(f) >= COMMON           # كافحت, جعلوا (not the foreign كيرت, فرانسوا)
    if len(f) >= 4 and f[-1] in CONSTRUCT_ENDINGS and frequency_class(f + CONSTRUCT_NUN) >= COMMON - 1:
        return True                                   # مستشارو أوباما: a plural before its genitive
    return len(f) >= 5 and f.endswith(ACCUSATIVE) and f[-2] not in "او" and frequency_class(f) >= COMMON \
        and frequency_class(f[:-1]) >= COMMON - 1     # مازحا, مرارا, خارجيا (not جارسيا, دروجبا)


def _conjunction_cut(view: TokenView, i: int) -> int:
    """Characters of a conjunction و glued to a first name (`وقصي`), else 0."""
    f = view.forms[i]
    if view.tokens[i].kind != "word" or len(f) < 4 or f[0] != af.WAW:
        return 0
    names = person_tokens()
    return 1 if names.get(f[1:], 0) > 1 and names.get(f, 0) * 10 < names.get(f[1:], 0) else 0


def trim_edges(mentions: list[Mention], view: TokenView, vocab) -> list[Mention]:
    """Persons without the verbs, adverbs and particles at their edges (dropped when nothing is left)."""
    out = []
    for m in mentions:
        if m.label != "PER" or m.start not in view.starting_at or m.end not in view.ending_at:
            out.append(m)                   # (a span cut inside a word is left to the rules that cut it)
            continue
        idx = list(range(view.starting_at[m.start], view.ending_at[m.end] + 1))
        while idx and not_name_word(view, idx[-1], vocab):
            idx.pop()
        while idx and not_name_word(view, idx[0], vocab):
            idx.pop(0)
        if not idx:
            continue
        start = view.tokens[idx[0]].start + _conjunction_cut(view, idx[0])
        end = view.tokens[idx[-1]].end
        out.append(m if (start, end) == (m.start, m.end) else Mention(start, end, m.source, m.label, m.entity, m.score))
    return out
