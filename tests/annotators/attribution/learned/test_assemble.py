"""The learned pass end to end: what the shipped models make of news sentences (written for these tests)."""
import marsad
from marsad.layers import CLAIMS, QUOTES
from tests.annotators.attribution.conftest import at, where


def test_a_quoted_fragment_in_reported_speech_is_a_claim_and_a_quote_of_one_source():
    text = "وقال وزير المالية محمد الجدعان إن الحكومة «ستخفض العجز إلى النصف» خلال العام المقبل."
    doc = marsad.analyze(text)
    (quote,) = doc.layer(QUOTES)
    (claim,) = doc.layer(CLAIMS)
    assert where(quote) == at(text, "ستخفض العجز إلى النصف") and quote.text == "ستخفض العجز إلى النصف"
    content = "الحكومة «ستخفض العجز إلى النصف» خلال العام المقبل"
    assert where(claim.content) == at(text, content) and claim.content.text == content
    assert claim.cue.text == "وقال" and quote.cue.text == "وقال"
    assert where(claim.source) == at(text, "محمد الجدعان") and quote.entity == claim.entity is not None


def test_interview_answers_are_quotes_of_their_cue():
    text = "س: ما خططكم للعام المقبل؟\nج: سنفتتح ثلاثة فروع جديدة في المدن الكبرى."
    question, answer = marsad.analyze(text).layer(QUOTES)
    assert question.cue.text == "س" and where(question) == at(text, "ما خططكم للعام المقبل؟")
    assert answer.cue.text == "ج" and where(answer) == at(text, "سنفتتح ثلاثة فروع جديدة في المدن الكبرى")


def test_speech_after_a_colon_is_a_quote_of_the_cues_subject():
    text = "وأضاف الوزير: نحن ملتزمون بخطة الإصلاح ولن نتراجع عنها مهما كانت الضغوط."
    (quote,) = marsad.analyze(text).layer(QUOTES)
    speech = "نحن ملتزمون بخطة الإصلاح ولن نتراجع عنها مهما كانت الضغوط"
    assert where(quote) == at(text, speech) and quote.text == speech
    assert where(quote.speaker) == at(text, "الوزير") and quote.cue.text == "وأضاف"


def test_stances_of_a_promise_a_denial_and_a_demand():
    text = ("وتعهد محافظ البصرة بتوفير الكهرباء لكل الأحياء قبل الصيف. "
            "ونفى المتحدث باسم الحكومة وجود أي نقص في الوقود. "
            "وطالبت نقابة المعلمين الحكومة بصرف الرواتب المتأخرة فورا.")
    promise, denial, demand = marsad.analyze(text).layer(CLAIMS)
    assert (promise.cue.text, promise.stance) == ("وتعهد", "promise")
    assert where(promise.content) == at(text, "توفير الكهرباء لكل الأحياء قبل الصيف")
    assert (denial.cue.text, denial.stance) == ("ونفى", "deny") and denial.source.text == "المتحدث باسم الحكومة"
    assert (demand.cue.text, demand.stance) == ("وطالبت", "demand") and demand.source.text == "نقابة المعلمين"
    assert where(demand.content) == at(text, "صرف الرواتب المتأخرة فورا")


def test_a_source_marker_attributes_the_clause_before_it():
    text = "ارتفعت أسعار الخضار بنسبة عشرة في المائة خلال الشهر الماضي، بحسب إحصاءات الهيئة العامة للإحصاء."
    (claim,) = marsad.analyze(text).layer(CLAIMS)
    assert claim.cue.text == "بحسب" and claim.stance == "assert"
    assert where(claim.content) == at(text, "ارتفعت أسعار الخضار بنسبة عشرة في المائة خلال الشهر الماضي")
    assert "الهيئة العامة للإحصاء" in claim.source.text and where(claim.source) == at(text, claim.source.text)
