"""Reporting cues: generated inflections, clitics, phrases and the words that only look like cues."""
import pytest

from marsad.annotators.attribution.cues import find_cues, negated
from marsad.text.normalize import fold
from marsad.text.tokenize import tokenize
from tests.annotators.attribution.conftest import at, where


def cues(text):
    return find_cues(tokenize(text))


@pytest.mark.parametrize("word,lemma,form,agreement", [
    ("قال", "قال", "past", "m"), ("قالت", "قال", "past", "f"), ("قالوا", "قال", "past", "pl"),
    ("يقول", "قال", "present", "m"), ("تقول", "قال", "present", "f"), ("يقولون", "قال", "present", "pl"),
    ("قائلا", "قال", "participle", "m"), ("قائلاً", "قال", "participle", "m"), ("قائلة", "قال", "participle", "f"),
    ("أضاف", "أضاف", "past", "m"), ("يضيف", "أضاف", "present", "m"), ("مضيفا", "أضاف", "participle", "m"),
    ("أكد", "أكد", "past", "m"), ("يؤكد", "أكد", "present", "m"), ("مؤكدين", "أكد", "participle", "pl"),
    ("مؤكداً", "أكد", "participle", "m"), ("أوضح", "أوضح", "past", "m"), ("موضحا", "أوضح", "participle", "m"),
    ("مشيرا", "أشار", "participle", "m"), ("مشيرةً", "أشار", "participle", "f"), ("مبينًا", "بين", "participle", "m"),
    ("لافتاً", "لفت", "participle", "m"), ("نفى", "نفى", "past", "m"), ("نفت", "نفى", "past", "f"),
    ("نفوا", "نفى", "past", "pl"), ("ينفي", "نفى", "present", "m"), ("نافيا", "نفى", "participle", "m"),
    ("دعا", "دعا", "past", "m"), ("دعت", "دعا", "past", "f"), ("يدعو", "دعا", "present", "m"),
    ("يقدر", "قدر", "present", "m"), ("يتساءلون", "تساءل", "present", "pl"), ("ويخشى", "خشي", "present", "m"),
    ("شكك", "شكك", "past", "m"), ("حذر", "حذر", "past", "m"), ("طالب", "طالب", "past", "m"),
    ("اتهم", "اتهم", "past", "m"), ("تنص", "نص", "present", "f"), ("صرح", "صرح", "past", "m"),
    ("أعلن", "أعلن", "past", "m"), ("كشفت", "كشف", "past", "f"), ("اعتبر", "اعتبر", "past", "m"),
    ("رأى", "رأى", "past", "m"), ("يرى", "رأى", "present", "m"), ("يرون", "رأى", "present", "pl"),
])
def test_inflections_are_generated_from_the_lemma(word, lemma, form, agreement):
    (cue,) = cues(word)
    assert cue.form.lemma == lemma and cue.form.form == form and cue.form.agreement == agreement
    assert where(cue.span) == (0, len(word)) and cue.span.text == word


@pytest.mark.parametrize("word,lemma,conjunction", [
    ("وقال", "قال", True), ("فقال", "قال", True), ("وأضاف", "أضاف", True), ("وأكدت", "أكد", True),
    ("ومؤكدا", "أكد", True), ("ونفى", "نفى", True), ("ووصفها", "وصف", True), ("نفاها", "نفى", False),
    ("يصفها", "وصف", False), ("وتساءل", "تساءل", True), ("وشكك", "شكك", True), ("ويقدر", "قدر", True),
    ("وبين", "بين", True), ("وتطرق", "تطرق", True), ("وأفاد", "أفاد", True), ("وصف", "وصف", False),
])
def test_conjunctions_and_object_pronouns(word, lemma, conjunction):
    (cue,) = cues(word)
    assert cue.form.lemma == lemma and cue.span.text == word
    assert cue.conjunction is conjunction


def test_the_jussive_counts_only_after_lam():
    text = "لم ينف المتحدث التقارير"
    (cue,) = cues(text)
    assert cue.span.text == "ينف" and cue.form.form == "jussive" and cue.form.stance == "deny"
    assert negated([fold(t.text) for t in tokenize(text)], cue)
    assert cues("ينف المتحدث") == []
    (said,) = cues("ولم يقل الوزير إن")
    assert said.span.text == "يقل" and said.form.lemma == "قال"


def test_an_auxiliary_makes_one_phrasal_cue(analyse):
    text = "ومضت تقول إن الأمر تطلب نقل أربعة"
    cue = cues(text)[0]                     # (نقل, a bare form that is a noun here, is left to the walk)
    assert cue.span.text == "ومضت تقول" and where(cue.span) == at(text, "ومضت تقول")
    assert cue.auxiliary and cue.form.lemma == "قال"
    (claim,) = analyse(text).claims
    assert claim.cue.text == "ومضت تقول" and claim.content.text == "الأمر تطلب نقل أربعة"


def test_phrases_and_speech_nouns():
    text = "ملقين باللوم على المحافظة، ثم انتقل في حديثه إلى منطقة اليورو بقوله: أبرز ما في القارة"
    blame, said = cues(text)
    assert blame.span.text == "ملقين باللوم" and blame.form.stance == "accuse"
    assert where(blame.span) == at(text, "ملقين باللوم")
    assert said.span.text == "بقوله" and said.form.form == "noun"


@pytest.mark.parametrize("text", [
    "وإضافة إلى ذلك افتتح المعرض",        # إضافة: a noun, not أضاف + ه
    "أعطى إشارة البدء",                   # إشارة: a noun, not أشار + ه
    "أعتقد أن الأمر صعب",                 # first person inside speech, not the perfect اعتقد
    "وجعل الثقة بينهما مهزوزة",           # بينهما: "between them"
    "وتبين أنه يقيم في الكويت",           # تبيّن: "it turned out"
    "رأيت في المنام أنني أمشي",           # رأيت: "I saw"
    "وجاء في نصه أن",                     # نصه: "its text"
])
def test_words_that_only_look_like_cues(text):
    assert cues(text) == []
