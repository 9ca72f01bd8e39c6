"""Quote candidates: quoted spans, colon speech and interview answers, with the walk's verdicts as features."""
from marsad.annotators.attribution.cues import find_cues
from marsad.annotators.attribution.learned.quotes import candidates, quote_features
from tests.annotators.attribution.conftest import at, where


def _candidates(walk_of, text):
    attribution = walk_of(text)
    out = []
    for walk in attribution.walks:
        for c in candidates(walk, find_cues(walk.w.tokens, walk.w.f)):
            c.features = quote_features(c)
            out.append(c)
    return out


def test_speech_after_a_colon_runs_to_the_end_of_the_paragraph(analyse):
    text = "وأضاف الوزير: نحن ملتزمون بخطة الإصلاح. ولن نتراجع عنها مهما كانت الضغوط."
    (c,) = _candidates(analyse, text)
    speech = "نحن ملتزمون بخطة الإصلاح. ولن نتراجع عنها مهما كانت الضغوط"
    assert c.kind in ("colon", "rule") and where(c.span) == at(text, speech) and c.span.text == speech
    assert c.cue is not None and c.cue.span.text == "وأضاف"


def test_interview_questions_and_answers_are_candidates_with_their_cue(analyse):
    text = "س: ما خططكم للعام المقبل؟\nج: سنفتتح ثلاثة فروع جديدة في المدن الكبرى."
    question, answer = _candidates(analyse, text)
    assert question.kind == "qa" and question.span.text == "ما خططكم للعام المقبل؟"
    assert where(question.span) == at(text, "ما خططكم للعام المقبل؟")
    assert answer.kind == "qa" and answer.cue.span.text == "ج"
    assert where(answer.span) == at(text, "سنفتتح ثلاثة فروع جديدة في المدن الكبرى")


def test_a_quoted_fragment_inside_reported_content_knows_the_claim_around_it(analyse):
    text = "وأكد الوزير أن الحكومة «ماضية في الإصلاح» رغم الصعوبات."
    (c,) = _candidates(analyse, text)
    assert c.kind == "mark" and where(c.span) == at(text, "ماضية في الإصلاح") and c.span.text == "ماضية في الإصلاح"
    assert "inside_claim" in c.features and "claim_starts_with_it=False" in c.features
    assert c.cue.span.text == "وأكد" and "cue=before" in c.features


def test_a_quoted_name_after_a_naming_noun_reads_as_a_name(analyse):
    text = "ونشرت صحيفة «الرياض» تقريرا عن المشروع."
    (c,) = _candidates(analyse, text)
    assert c.span.text == "الرياض" and where(c.span) == at(text, "الرياض")
    assert "verdict=name" in c.features and "after_naming" in c.features and "rule" not in c.features
