"""Where a speaker's noun phrase ends: construct chains, appositions, what follows the subject."""
import marsad
from marsad.layers import CLAIMS
from tests.annotators.attribution.conftest import at, where


def test_a_plural_genitive_in_a_construct_chain_stays_in_the_subject(analyse):
    text = "كما أعلن مصدر في قيادة عمليات الحدود، أمس، عن ضبط شحنة مخدرات كبيرة."
    (c,) = analyse(text).claims
    assert where(c.source) == at(text, "مصدر في قيادة عمليات الحدود")
    assert c.source.text == "مصدر في قيادة عمليات الحدود"
    assert where(c.content) == at(text, "ضبط شحنة مخدرات كبيرة") and c.content.text == "ضبط شحنة مخدرات كبيرة"


def test_a_plural_after_ihda_reaches_the_name():
    text = "وأكد كبير المحللين في إحدى شركات الوساطة سامي العتيبي أن السوق تتجه إلى الاستقرار."
    (c,) = marsad.analyze(text).layer(CLAIMS)
    assert where(c.source) == at(text, "سامي العتيبي") and c.source.text == "سامي العتيبي"
    assert where(c.description) == at(text, "كبير المحللين في إحدى شركات الوساطة سامي العتيبي")
    assert c.description.text == "كبير المحللين في إحدى شركات الوساطة سامي العتيبي"
    assert c.content.text == "السوق تتجه إلى الاستقرار" and where(c.content) == at(text, c.content.text)
