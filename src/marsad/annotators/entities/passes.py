"""The entities stage's rules after the tagger, as named units in two ordered pass tables.

`SENTENCE_PASSES` run on one sentence's mentions (context: the token view of the sentence
and the tagger's vocabulary), `ARTICLE_PASSES` on the article's (context: the view of all
its sentences' tokens).
Each rule is registered with examples (`marsad.rules`): tests are generated from them,
and `bench/ablation.py` measures what each adds on held-out data.
"""
from __future__ import annotations

from dataclasses import dataclass

from ...layers import Mention
from ...rules import Example, PassTable, rule
from .article import propagate
from .context import refine
from .coordinated import extend_coordinated
from .edges import trim_edges
from .cued import cued_mentions
from .genitive import join_genitives
from .patterns import merge, pattern_mentions
from ...text.tokenview import TokenView


@dataclass(frozen=True, slots=True)
class Context:
    view: TokenView              # the sentence's tokens (sentence passes) or the article's, folded once
    vocab: object                # the tagger's vocabulary (word counts of its training data)


def _entities(*pairs: tuple[str, str]) -> dict:
    return {"entities": [{"text": text, "label": label} for text, label in pairs]}


@rule("entities", "head_patterns", lexicons=("entities.ORG_HEADS", "entities.NATIONAL_HEADS", "entities.BODY_HEADS", "entities.MISC_HEADS"), examples=[
    Example("وقال مدير المخابرات العسكرية الأوكرانية إن الهجوم فشل.",
            expect=_entities(("المخابرات العسكرية الأوكرانية", "ORG"))),
    Example("وقال بنك مورغان ستانلي في تقرير إن الطلب على النفط سيتراجع.",
            expect=_entities(("بنك مورغان ستانلي", "ORG")))])
def head_patterns(mentions: list[Mention], ctx: Context) -> list[Mention]:
    """Institutions, treaties and models found by their head nouns replace the tagger's mentions they cover."""
    return merge(mentions, pattern_mentions(ctx.view, ctx.vocab, mentions))


@rule("entities", "sentence_context", lexicons=("entities.REGION_HEADS", "entities.NON_ENTITIES", "entities.FIRST_PERSON_WORDS"), examples=[
    Example("وقال لي المواطن إن الخدمة تحسنت.", absent={"entities": [{"text": "لي"}]}),
    Example("واجتمع الأمير سلطان بن سلمان آل سعود جدة مع الوفد.",
            expect=_entities(("سلطان بن سلمان آل سعود", "PER"), ("جدة", "LOC"))),
    Example("وصلت وفود من منطقة اليورو والأمم المتحدة إلى جنيف.",
            expect=_entities(("منطقة اليورو", "LOC"), ("الأمم المتحدة", "ORG")))])
def sentence_context(mentions: list[Mention], ctx: Context) -> list[Mention]:
    """Names run together split or joined, place heads, non-entities out, CLDR places added (`context`)."""
    return refine(mentions, ctx.view, ctx.vocab)


@rule("entities", "cued_names", lexicons=("entities.LOCATIVE_WORDS", "entities.NAME_TITLES", "entities.OUTLET_HEADS", "places.CITY_STOPWORDS", "reporting.PHRASE_HEADS"), examples=[
    Example("اجتمع الوزير في الطائف مع محافظ الطائف لبحث المشروعات.", expect=_entities(("الطائف", "LOC"))),
    Example("وقال المدير التنفيذي لشركة «نخيل الواحة للاستثمار» إن الأرباح ارتفعت.",
            expect=_entities(("نخيل الواحة للاستثمار", "ORG"))),
    Example("وقال خبراء في مؤسسة «وود ماكنزي» للاستشارات إن الإنتاج سيرتفع.",
            expect=_entities(("وود ماكنزي", "ORG")))])
def cued_names(mentions: list[Mention], ctx: Context) -> list[Mention]:
    """Names found by what surrounds them: cities after a locative, names after a title or a cue (`cued`)."""
    return cued_mentions(ctx.view, mentions, ctx.vocab)


@rule("entities", "coordinated_fields", lexicons=("entities.COORDINATED_HEADS",), examples=[
    Example("أعلنت الهيئة العامة للسياحة والتراث العمراني عن برنامج جديد.",
            expect=_entities(("الهيئة العامة للسياحة والتراث العمراني", "ORG"))),
    Example("وقدم مركز الملك سلمان للإغاثة والأعمال الإنسانية مساعدات جديدة للنازحين.",
            expect=_entities(("مركز الملك سلمان للإغاثة والأعمال الإنسانية", "ORG")))])
def coordinated_fields(mentions: list[Mention], ctx: Context) -> list[Mention]:
    """An organisation named for two fields spans the coordination (`وزارة الكهرباء والماء`)."""
    return extend_coordinated(mentions, ctx.view)


@rule("entities", "genitive_names", examples=[
    Example("نقلت وكالة أنباء فارس عن مصدر قوله إن المفاوضات مستمرة.",
            expect=_entities(("وكالة أنباء فارس", "ORG")))])
def genitive_names(mentions: list[Mention], ctx: Context) -> list[Mention]:
    """An organisation ending on an indefinite noun takes the name it governs (`وكالة أنباء` + `فارس`)."""
    return join_genitives(mentions, ctx.view, ctx.vocab)


@rule("entities", "propagate_names", examples=[
    Example("وقالت شركة «سنابل» الناشئة إنها جمعت تمويلا جديدا. وتخطط سنابل للتوسع في الخليج.",
            expect={"entities": [{"text": "سنابل", "label": "ORG", "start": 57}]})])
def propagate_names(mentions: list[Mention], ctx: Context) -> list[Mention]:
    """A name found once is found wherever the article writes it again."""
    return propagate(mentions, ctx.view, ctx.vocab)


@rule("entities", "person_edges", lexicons=("entities.NON_NAMES", "entities.CLAUSE_OPENERS"), examples=[
    Example("وقال الدبلوماسي الأمريكي جون كيري إن الاتفاق جيد. وأضاف كيري مازحا أن الطعام كان جيدا.",
            expect={"entities": [{"text": "كيري", "label": "PER", "start": 56}]},
            absent={"entities": [{"text": "كيري مازحا"}]}),
    Example("وقال كيري سيزداد الضغط على إيران إذا لم تلتزم.",
            expect={"entities": [{"text": "كيري", "label": "PER", "start": 5}]},
            absent={"entities": [{"text": "كيري سيزداد"}]}),
    Example("وقال الابن أحمد فإن إصابته طفيفة.",
            expect={"entities": [{"text": "أحمد", "label": "PER", "start": 11}]},
            absent={"entities": [{"text": "أحمد فإن"}]})])
def person_edges(mentions: list[Mention], ctx: Context) -> list[Mention]:
    """A person's mention loses the verb, adverb or particle the tagger ran it into (`edges`)."""
    return trim_edges(mentions, ctx.view, ctx.vocab)


SENTENCE_PASSES = PassTable("entities.sentence", [
    head_patterns, sentence_context, cued_names, coordinated_fields, genitive_names,
])
# After the sentence passes, over the whole article: names found once are found everywhere, then
# persons lose the verbs and adverbs glued to them (a propagated name may carry one too).
ARTICLE_PASSES = PassTable("entities.article", [propagate_names, person_edges])
