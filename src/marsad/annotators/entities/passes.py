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
from .adjectives import adjective_countries
from .article import harmonise, propagate, trim_known_clitics
from .clubs import spread_clubs
from .context import months_out, refine
from .coordinated import extend_coordinated
from .cued import cued_mentions
from .facilities import extend_facilities
from .genitive import join_genitives
from .patterns import merge, pattern_mentions
from .persons import join_persons
from ...text.tokenview import TokenView


@dataclass(frozen=True, slots=True)
class Context:
    view: TokenView              # the sentence's tokens (sentence passes) or the article's, folded once
    vocab: object                # the tagger's vocabulary (word counts of its training data)


def _entities(*pairs: tuple[str, str]) -> dict:
    return {"entities": [{"text": text, "label": label} for text, label in pairs]}


@rule("entities", "head_patterns", lexicons=("entities.ORG_HEADS", "entities.NATIONAL_HEADS", "entities.BODY_HEADS", "entities.MISC_HEADS"), examples=[
    Example("وقال مدير المخابرات العسكرية الأوكرانية إن الهجوم فشل.",
            expect=_entities(("المخابرات العسكرية الأوكرانية", "ORG")))])
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
            expect=_entities(("نخيل الواحة للاستثمار", "ORG")))])
def cued_names(mentions: list[Mention], ctx: Context) -> list[Mention]:
    """Names found by what surrounds them: cities after a locative, names after a title or a cue (`cued`)."""
    return cued_mentions(ctx.view, mentions, ctx.vocab)


@rule("entities", "coordinated_fields", lexicons=("entities.COORDINATED_HEADS",), examples=[
    Example("أعلنت الهيئة العامة للسياحة والتراث العمراني عن برنامج جديد.",
            expect=_entities(("الهيئة العامة للسياحة والتراث العمراني", "ORG")))])
def coordinated_fields(mentions: list[Mention], ctx: Context) -> list[Mention]:
    """An organisation named for two fields spans the coordination (`وزارة الكهرباء والماء`)."""
    return extend_coordinated(mentions, ctx.view)


@rule("entities", "genitive_names", examples=[
    Example("نقلت وكالة أنباء فارس عن مصدر قوله إن المفاوضات مستمرة.",
            expect=_entities(("وكالة أنباء فارس", "ORG")))])
def genitive_names(mentions: list[Mention], ctx: Context) -> list[Mention]:
    """An organisation ending on an indefinite noun takes the name it governs (`وكالة أنباء` + `فارس`)."""
    return join_genitives(mentions, ctx.view, ctx.vocab)


@rule("entities", "facility_adjectives", lexicons=("entities.FACILITY_HEADS",), examples=[
    Example("وزار الوفد مستشفى الرس العام ومطار عدن الدولي.",
            expect=_entities(("مستشفى الرس العام", "LOC")))])
def facility_adjectives(mentions: list[Mention], ctx: Context) -> list[Mention]:
    """A facility's name takes its head and adjectives (`مطار عدن الدولي`)."""
    return extend_facilities(mentions, ctx.view)


@rule("entities", "broken_persons", lexicons=("entities.PERSON_PARTICLES", "entities.NAME_OPENERS", "entities.PIOUS_OPENERS", "titles.TITLES"), examples=[
    Example("واستقبل الملك سلمان بن عبدالعزيز آل سعود الوفد في قصره.",
            expect=_entities(("سلمان بن عبدالعزيز آل سعود", "PER"))),
    Example("وقال آدم يعقوب إسحق، وهو تاجر في السوق، إن الأسعار ارتفعت.",
            expect=_entities(("آدم يعقوب إسحق", "PER")))])
def broken_persons(mentions: list[Mention], ctx: Context) -> list[Mention]:
    """Persons the tagger broke in two or cut short are joined (`persons`)."""
    return join_persons(mentions, ctx.view, ctx.vocab)


@rule("entities", "known_clitics", examples=[
    Example("وصل الوفد إلى مكة صباحا، وتجول بمكة حتى المساء.", expect=_entities(("مكة", "LOC")),
            absent={"entities": [{"text": "بمكة"}]})])
def known_clitics(mentions: list[Mention], ctx: Context) -> list[Mention]:
    """A leading proclitic is cut when the rest is a name found elsewhere in the article (`بمكة` beside `مكة`)."""
    return trim_known_clitics(mentions)


@rule("entities", "one_label_per_name", examples=[
    Example("وقعت «قطر للطاقة» اليوم اتفاقية مع شركة «هانيانغ للطاقة» الكورية الجنوبية. من جانبه، قال رئيس "
            "«هانيانغ للطاقة» إن الاتفاقية مهمة.",
            expect={"entities": [{"text": "هانيانغ للطاقة", "label": "ORG", "start": 95}]})])
def one_label_per_name(mentions: list[Mention], ctx: Context) -> list[Mention]:
    """One label for every mention of a name in the article (the most confident reading wins)."""
    return harmonise(mentions)


@rule("entities", "propagate_names", examples=[
    Example("وقالت شركة «سنابل» الناشئة إنها جمعت تمويلا جديدا. وتخطط سنابل للتوسع في الخليج.",
            expect={"entities": [{"text": "سنابل", "label": "ORG", "start": 57}]})])
def propagate_names(mentions: list[Mention], ctx: Context) -> list[Mention]:
    """A name found once is found wherever the article writes it again."""
    return propagate(mentions, ctx.view, ctx.vocab)


@rule("entities", "spread_clubs", lexicons=("entities.SPORTS_CLUBS", "entities.DISTINCT_CLUBS", "entities.CLUB_CONTEXT"), examples=[
    Example("وأكد مدرب الهلال جاهزية اللاعبين. فالهلال عاد إلى الصدارة بعد الفوز.",
            expect={"entities": [{"text": "الهلال", "label": "ORG", "start": 35}]})])
def spread_clubs_rule(mentions: list[Mention], ctx: Context) -> list[Mention]:
    """A distinct club found in a sports context is that club wherever it is written bare."""
    return spread_clubs(mentions, ctx.view)


@rule("entities", "adjective_countries", lexicons=("entities.DEFINITE_FUNCTION_WORDS",), examples=[
    Example("وتابع الجمهور مباريات كرة القدم السعودية بشغف.", absent={"entities": [{"text": "السعودية"}]})])
def adjective_countries_rule(mentions: list[Mention], ctx: Context) -> list[Mention]:
    """A country name right after a definite word no mention covers is that word's adjective, no entity."""
    return adjective_countries(mentions, ctx.view)


@rule("entities", "months_out_again", examples=[
    Example("وتوقفت المصانع في 30 أبريل (نيسان) الماضي، بينما أعلنت نيسان عن طراز جديد للأسواق الخليجية.",
            expect={"entities": [{"text": "نيسان", "label": "ORG", "start": 55}]},
            absent={"entities": [{"text": "نيسان", "start": 28}]})])
def months_out_again(mentions: list[Mention], ctx: Context) -> list[Mention]:
    """Month names propagation spread from a name written alike (نيسان the carmaker) are taken out again."""
    return months_out(mentions, ctx.view)


SENTENCE_PASSES = PassTable("entities.sentence", [
    head_patterns, sentence_context, cued_names, coordinated_fields, genitive_names, facility_adjectives,
    broken_persons,
])
# After the sentence passes, over the whole article: clitics and labels settled before names are
# spread; persons joined again over what propagation found, then harmonised; facility heads before
# spread names; months (the sentence rules took them out, propagation may spread them back from a name
# written alike) and country-adjectives last.
ARTICLE_PASSES = PassTable("entities.article", [
    known_clitics, one_label_per_name, propagate_names, spread_clubs_rule, broken_persons, one_label_per_name,
    facility_adjectives, months_out_again, adjective_countries_rule,
])
