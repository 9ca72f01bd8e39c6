"""Cue candidates: the lexicon's cues and the source markers, with what the walk made of each."""
from marsad.annotators.attribution.cues import find_cues
from marsad.annotators.attribution.learned.claims import candidates, claim_features, fallback_content
from tests.annotators.attribution.conftest import at, where


def _candidates(walk_of, text):
    out = []
    for walk in walk_of(text).walks:
        for c in candidates(walk, find_cues(walk.w.tokens, walk.w.f)):
            c.features = claim_features(c)
            out.append(c)
    return out


def test_a_cue_with_a_that_clause_carries_the_walks_claim(analyse):
    text = "وقال المتحدث باسم البلدية إن أعمال الصيانة ستنتهي الشهر المقبل."
    (c,) = _candidates(analyse, text)
    assert c.kind == "verb" and c.cue.span.text == "وقال" and where(c.cue.span) == at(text, "وقال")
    assert c.rule_claim is not None and c.rule_claim.content.text == "أعمال الصيانة ستنتهي الشهر المقبل"
    assert "outcome=that" in c.features and "that=<=4" in c.features and "conjunction" in c.features


def test_a_source_marker_after_its_clause_gets_the_clause_as_content(analyse):
    text = "ارتفعت أسعار الخضار بنسبة عشرة في المائة خلال الشهر الماضي، بحسب إحصاءات الهيئة."
    (c,) = [c for c in _candidates(analyse, text) if c.kind == "marker"]
    assert c.cue.span.text == "بحسب" and where(c.cue.span) == at(text, "بحسب")
    content = fallback_content(c)
    clause = "ارتفعت أسعار الخضار بنسبة عشرة في المائة خلال الشهر الماضي"
    assert content.text == clause and where(content) == at(text, clause)
    assert "marker_prev=punct،" in c.features


def test_a_marker_with_ma_hands_the_cue_to_its_verb(analyse):
    text = "وتوقفت الملاحة في الميناء يومين، بحسب ما أعلنت هيئة الموانئ."
    marker = next(c for c in _candidates(analyse, text) if c.kind == "marker")
    verb = next(c for c in _candidates(analyse, text) if c.kind == "verb")
    assert "marker_then_cue" in marker.features and verb.cue.span.text == "أعلنت" and "after_marker" in verb.features


def test_an_object_complement_without_a_walk_claim_falls_back_to_the_verbs_clause(analyse):
    text = "واتهمت النقابة الشركة بالتأخر في صرف الرواتب، ودعت إلى إضراب عام."
    verb = next(c for c in _candidates(analyse, text) if c.cue.span.text == "واتهمت")
    content = fallback_content(verb)
    assert content is not None and where(content) == at(text, content.text)
    assert "التأخر في صرف الرواتب" in content.text
