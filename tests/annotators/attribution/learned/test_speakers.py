"""Speaker candidates around a statement: the walk's choice, names, phrases, and where each stands."""
import marsad
from marsad.annotators.attribution.analysis import walk_document
from marsad.annotators.attribution.learned.assemble import claim_anchor, extract, speaker_candidates
from marsad.annotators.attribution.learned.speakers import as_speaker
from tests.annotators.attribution.conftest import at, where


def _claim_candidates(text, cue_text):
    ex = extract(walk_document(marsad.analyze(text)).walks)
    claim = next(c for c in ex.claims if c.cue.span.text == cue_text)
    anchor = claim_anchor(claim)
    return anchor, speaker_candidates(ex.walks, anchor)


def test_a_name_apposed_to_the_speakers_phrase_is_that_phrase_linked_to_the_name():
    text = "وقال مدير مكتب المنظمة في الموصل، الإيطالي ماركو بيانكي، في مؤتمر صحفي إن عودة النازحين ما زالت بطيئة."
    anchor, cands = _claim_candidates(text, "وقال")
    phrase = next(c for c in cands if c.span is not None and c.span.text == "مدير مكتب المنظمة في الموصل")
    assert "apposed_name" in phrase.sources and phrase.mention.text == "ماركو بيانكي"
    assert "pos=subject" in phrase.features and "rule_choice=True" in phrase.features
    span, entity, description = as_speaker(phrase, anchor, cands)
    assert where(span) == at(text, "ماركو بيانكي") and entity == phrase.mention.entity
    assert description.text == "مدير مكتب المنظمة في الموصل، الإيطالي ماركو بيانكي"
    assert where(description) == at(text, description.text)


def test_an_adverbial_before_the_cue_is_no_candidate_and_the_subject_after_it_is():
    text = "من جهتها، اتهمت رابطة المودعين المصارف باحتجاز أموال الناس دون وجه حق."
    anchor, cands = _claim_candidates(text, "اتهمت")
    assert not any(c.span is not None and c.span.text.startswith("من جهتها") for c in cands)
    subject = next(c for c in cands if c.span is not None and c.span.text.startswith("رابطة المودعين"))
    assert "pos=subject" in subject.features and where(subject.span)[0] == at(text, "رابطة المودعين")[0]
    assert cands[-1].span is None and "none" in cands[-1].features       # a claim may have no source


def test_a_subject_no_lexicon_knows_after_a_contrast_is_a_candidate():
    text = "وأعلنت الحكومة توزيع المساعدات، لكن منظمات إغاثة تشكك في وصولها إلى المحتاجين."
    anchor, cands = _claim_candidates(text, "تشكك")
    subject = next(c for c in cands if c.span is not None and c.span.text == "منظمات إغاثة")
    assert "src=clause_before" in subject.features and where(subject.span) == at(text, "منظمات إغاثة")
    assert "pos=before_adjacent" in subject.features


def test_a_continuation_cue_sees_the_earlier_speaker_heard_last():
    text = ("وقالت المديرة التنفيذية للبرنامج إن التمويل تراجع هذا العام.\n"
            "وأضافت أن عدد المستفيدين سينخفض إلى النصف.")
    anchor, cands = _claim_candidates(text, "وأضافت")
    earlier = next(c for c in cands if c.span is not None and c.span.text == "المديرة التنفيذية للبرنامج")
    assert where(earlier.span) == at(text, "المديرة التنفيذية للبرنامج")
    assert "pos=previous_paragraph" in earlier.features and "heard=<=0" in earlier.features
    assert "agreement=f_f" in earlier.features
