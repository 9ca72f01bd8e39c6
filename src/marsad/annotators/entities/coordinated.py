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

from ...layers import Mention
from ...lexicons import affixes as af
from ...lexicons import entities as lex
from ...text.tokenview import TokenView, clitic_forms, fold_words
from .words import nisba


def _field_start(words: tuple[str, ...]) -> bool:
    """Whether a name's words end on its field: `لل` + noun, then adjectives (للتدريب التقني)."""
    k = len(words) - 1
    while k > 0 and (nisba(words[k]) or words[k] in lex.GENERIC_ADJECTIVES):
        k -= 1
    return k > 0 and words[k].startswith(af.LAM_ARTICLE) and len(words[k]) > 4


def _ministry(words: tuple[str, ...]) -> bool:
    """`وزارة` / `هيئة` + one definite noun: وزارة الكهرباء, هيئة الإعلام."""
    return len(words) == 2 and any(form in lex.COORDINATED_HEADS for form, _ in clitic_forms(words[0])) \
        and words[1].startswith(af.ARTICLE)


def _conjunct(view: TokenView, i: int, after: str) -> bool:
    """و + a definite noun that is no head of another body, function word or plural of people
    (a participle's sound plural: والمعلمون, والمقيمين; والفنون and والتلفزيون are fields);
    an adjective only after an adjective (التقني والمهني)."""
    f = view.forms[i]
    if view.tokens[i].kind != "word" or not f.startswith(af.CONJUNCTION_ARTICLE) or len(f) < 5:
        return False
    rest = f[1:]
    if rest in lex.ANY_ORG_HEADS or rest in lex.NON_NAMES or (
            rest.startswith(af.PARTICIPLE_OPENING) and rest.endswith(af.SOUND_PLURAL_ENDINGS)):
        return False
    return not nisba(rest) or nisba(after)


def extend_coordinated(mentions: list[Mention], view: TokenView) -> list[Mention]:
    """The sentence's mentions with organisation names extended over a coordinated field."""
    tokens, forms = view.tokens, view.forms
    if not mentions or not tokens:
        return mentions
    ends = view.ending_at
    src = tokens[0].source
    out = []
    for m in mentions:
        k = ends.get(m.end)
        if m.label == "ORG" and k is not None and k + 1 < len(tokens) and src[m.end:tokens[k + 1].start] == " ":
            words = fold_words(m.text)
            j = k + 1
            if _field_start(words) or _ministry(words):
                while j < len(tokens) and src[tokens[j - 1].end:tokens[j].start] == " " \
                        and not any(o.start < tokens[j].end and tokens[j].start < o.end for o in mentions) \
                        and (_conjunct(view, j, forms[j - 1]) or (j > k + 1 and (
                            nisba(forms[j]) or forms[j] in lex.GENERIC_ADJECTIVES))):
                    j += 1                        # والتراث العمراني، والعمل والضمان الاجتماعي
            if j > k + 1:
                m = Mention(m.start, tokens[j - 1].end, m.source, "ORG", m.entity, m.score)
        out.append(m)
    return out
