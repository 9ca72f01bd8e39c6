"""The passes over the quantities the finder found, in order: named rules of the project's
registry (`marsad.rules`, as quantities.NAME), each with examples that are generated tests
(they hold with the pass, one fails without it) and can be switched off for an ablation."""
from __future__ import annotations

from ...rules import Example, PassTable, rule
from .anaphora import share_counted_nouns
from .measures import normalise_measures
from .money import resolve_money
from .ranges import drop_scores, share_range_units

_ON = "2024-08-14"


@rule("quantities", "money", lexicons=("numbers.CURRENCY_NAME_FIXES", "numbers.CURRENCY_SIGNS", "numbers.SUBUNITS"),
      examples=[Example("ودفع المشتري 15 دولارا و25 سنتا عن كل سهم.", published=_ON,
                        expect={"quantities": [{"text": "15 دولارا و25 سنتا", "value": 15.25, "currency": "USD"}]}),
                Example("وقدم الصندوق 500 مليون دينار أردني للمشروع.", published=_ON,
                        expect={"quantities": [{"text": "500 مليون دينار أردني", "unit": "دينار أردني",
                                                "currency": "JOD"}]})])
def money(found, text):
    """Signs and codes, a country after the currency, subunits, ISO 4217 codes (`money`)."""
    return resolve_money(found, text)


@rule("quantities", "range_units", examples=[
    Example("وتتراوح كلفة الجسر من 5 إلى 7 ملايين دولار بحسب التصميم.", published=_ON,
            expect={"quantities": [{"text": "5", "value": 5000000, "unit": "دولار"}]})])
def range_units(found, text):
    """A bare first end of a range takes the second end's unit and scale (`ranges`)."""
    return share_range_units(found, text)


@rule("quantities", "scores", examples=[
    Example("وفاز الهلال على النصر 3 - 1 في ختام الدوري.", published=_ON,
            absent={"quantities": [{"text": "3"}, {"text": "1"}]})])
def scores(found, text):
    """Two small bare numbers around a dash are a match score, not counts (`ranges`)."""
    return drop_scores(found, text)


@rule("quantities", "counted_nouns", lexicons=("numbers.OTHERS", "numbers.INJURY_WORDS"), examples=[
    Example("وقتل 14 مدنيا وأصيب 30 آخرين في القصف.", published=_ON,
            expect={"quantities": [{"text": "30 آخرين", "unit": "مصاب"}]}),
    Example("ويتوقع أن يبلغ عدد الزوار 14 مليون زائر، مقابل نحو 12 مليونا العام الماضي.", published=_ON,
            expect={"quantities": [{"text": "12 مليونا", "unit": "زائر"}]})])
def counted_nouns(found, text):
    """Others and bare scaled counts take the noun their sentence gives (`anaphora`)."""
    return share_counted_nouns(found, text)


@rule("quantities", "measures", lexicons=("numbers.UNIT_ID_FIXES", "numbers.UNIT_FACTORS"), examples=[
    Example("وضبطت الجمارك 0.5 كغ من الذهب مخبأة في حقيبة.", published=_ON,
            expect={"quantities": [{"text": "0.5 كغ", "family": "mass", "base_value": 0.5,
                                    "base_unit": "kilogram"}]})])
def measures(found, text):
    """Each measure's family and its value in the family's base unit (`measures`)."""
    return normalise_measures(found)


PASSES = PassTable("quantities.passes", [money, range_units, scores, counted_nouns, measures])
