"""Organisation names whose field is a coordination (`وزارة العمل والتنمية الاجتماعية`).

Arab bodies are named for two fields as often as for one: `الهيئة العامة للسياحة
والتراث العمراني`, `المؤسسة العامة للتدريب التقني والمهني`, `وزارة الكهرباء
والماء`. The tagger and the head-noun patterns stop before the و, leaving half a
name. An organisation is extended over `و` + a definite noun (+ its adjectives)
when its field is a `لل` + noun phrase (`للسياحة` ... `والتراث العمراني`), or when
it is a ministry or authority head with one definite noun (`وزارة الكهرباء` +
`والماء`); not over a word another mention covers (`وزارة الداخلية والحرس
الوطني` names two bodies when both are found), nor over another head noun.
"""
from __future__ import annotations

from ...layers import Mention, Token
from ...lexicons.entities import COORDINATED_HEADS
from ...text.normalize import fold
from .words import _ANY_ORG_HEAD, _GENERIC_AFTER, _NON_NAMES, _fold, _nisba, _stripped_forms

_HEADS = frozenset(fold(h) for h in COORDINATED_HEADS)


def _field_start(words: list[str]) -> bool:
    """Whether a name's words end on its field: `لل` + noun, then adjectives (للتدريب التقني)."""
    k = len(words) - 1
    while k > 0 and (_nisba(words[k]) or words[k] in _GENERIC_AFTER):
        k -= 1
    return k > 0 and words[k].startswith("لل") and len(words[k]) > 4


def _ministry(words: list[str]) -> bool:
    """`وزارة` / `هيئة` + one definite noun: وزارة الكهرباء, هيئة الإعلام."""
    return len(words) == 2 and any(form in _HEADS for form, _ in _stripped_forms_of(words[0])) \
        and words[1].startswith("ال")


def _stripped_forms_of(word: str):
    return _stripped_forms(Token(0, len(word), word, "word"))


def _conjunct(token: Token, after: str) -> bool:
    """و + a definite noun that is no head of another body, function word or plural of people
    (a participle's sound plural: والمعلمون, والمقيمين; والفنون and والتلفزيون are fields);
    an adjective only after an adjective (التقني والمهني)."""
    f = _fold(token.text)
    if token.kind != "word" or not f.startswith("وال") or len(f) < 5:
        return False
    rest = f[1:]
    if rest in _ANY_ORG_HEAD or rest in _NON_NAMES or (rest.startswith("الم") and rest.endswith(("ون", "ين"))):
        return False
    return not _nisba(rest) or _nisba(after)


def extend_coordinated(mentions: list[Mention], tokens: list[Token]) -> list[Mention]:
    """The sentence's mentions with organisation names extended over a coordinated field."""
    if not mentions or not tokens:
        return mentions
    ends = {t.end: i for i, t in enumerate(tokens)}
    src = tokens[0].source
    out = []
    for m in mentions:
        k = ends.get(m.end)
        if m.label == "ORG" and k is not None and k + 1 < len(tokens) and src[m.end:tokens[k + 1].start] == " ":
            words = [_fold(w) for w in m.text.split()]
            j = k + 1
            if _field_start(words) or _ministry(words):
                while j < len(tokens) and src[tokens[j - 1].end:tokens[j].start] == " " \
                        and not any(o.start < tokens[j].end and tokens[j].start < o.end for o in mentions) \
                        and (_conjunct(tokens[j], _fold(tokens[j - 1].text)) or (j > k + 1 and (
                            _nisba(_fold(tokens[j].text)) or _fold(tokens[j].text) in _GENERIC_AFTER))):
                    j += 1                        # والتراث العمراني، والعمل والضمان الاجتماعي
            if j > k + 1:
                m = Mention(m.start, tokens[j - 1].end, m.source, "ORG", m.entity, m.score)
        out.append(m)
    return out
