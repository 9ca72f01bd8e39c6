"""Whether a cue with no subject (وأضاف، وأكدت، وأكدوا) can continue an earlier speaker.

A perfect verb's ت (أكدت) or an imperfect's ت prefix (تؤكد) is feminine: a woman, a
body whose head noun is feminine (الوزارة، الهيئة، الشركة) or a broken plural
(المصادر، الأوساط). A bare perfect (أضاف) or a ي prefix is masculine: a man or a
body with a masculine head (المجلس، المكتب، الجيش). Speakers carry the agreement of
the verb that named them. A masculine cue never continues a feminine or plural
speaker, nor a feminine cue a masculine one: the speaker is then left unknown
rather than guessed. A plural cue (وأكدوا) may still continue a singular
speaker, who may have been one of several (قال الوزير ونظيره).
"""
from __future__ import annotations

from ...lexicons import given_names, sources
from ...text.normalize import fold
from .words import ORGANISATIONS, PLURAL_HEADS, ROLES, TITLES, Words

# cue agreement -> speaker agreements it may continue when none agrees exactly
_COMPATIBLE = {
    "m": frozenset({"m"}),
    "f": frozenset({"f", "pl"}),            # قالت مصادر … وأضافت: a broken plural takes the feminine
    "pl": frozenset({"m", "f", "pl"}),
}


def agrees(cue_agreement: str, speaker_agreement: str) -> bool:
    """True when a cue of `cue_agreement` may have a speaker of `speaker_agreement` as its subject."""
    return speaker_agreement in _COMPATIBLE.get(cue_agreement, frozenset({speaker_agreement}))


_MASCULINE_IN_TA = frozenset(fold(w) for w in sources.MASCULINE_IN_TA)
_FEMININE_NAMES = frozenset(fold(w) for w in given_names.WOMEN_NAMES + sources.FOREIGN_WOMEN_NAMES)
_NEUTRAL_TITLES = frozenset(fold(w) for w in sources.NEUTRAL_TITLES)
_MEN = frozenset(fold(w) for w in given_names.MEN_NAMES)


def _ends_in_ta(w: Words, k: int) -> bool:
    """The word is written with ة (the folded text has lost it) and is no man's word (خليفة، العلامة)."""
    return w.raw[k].endswith("ة") and not w.in_set(k, _MASCULINE_IN_TA) \
        and w.without_article(k) not in _MASCULINE_IN_TA


def head_gender(w: Words, s: int, e: int) -> str | None:
    """'f' or 'm' when the subject tokens s..e-1 tell their gender themselves, else None: a gendered title
    (السيدة، الوزير), a person's given name (سارة أوباما، يحيى القحطاني), a body's head noun (الهيئة ة-final is
    feminine; المجلس، المكتب، الجيش masculine)."""
    k = s
    while k < e and w.in_set(k, _NEUTRAL_TITLES):
        k += 1                                         # سمو، معالي: the next word tells
    if k >= e or not w.is_word(k):
        return None
    if w.in_set(k, TITLES):
        return "f" if _ends_in_ta(w, k) else "m"       # الوزيرة | الوزير
    mention = w.mention_at(k)
    if mention is not None and mention.label == "PER" and mention.start == w.tokens[k].start:
        if w.bare(k) in _FEMININE_NAMES or _ends_in_ta(w, k):
            return "f"
        return "m" if w.bare(k) in _MEN or w.bare(k).startswith("عبد") else None
    if w.head_in(k, PLURAL_HEADS):
        return None                                    # المصادر، الأهالي: their verb says how they agree
    if _ends_in_ta(w, k) or len(w.without_article(k)) >= 5 and w.without_article(k).endswith("ات"):
        return "f"                                     # الوزارة، الهيئة، جماعة الإخوان; السلطات، القوات
    if w.head_in(k, ORGANISATIONS, ROLES):
        return "m"                                     # المجلس، المكتب، المدير
    return None
