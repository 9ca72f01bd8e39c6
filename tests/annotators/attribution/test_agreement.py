"""A cue with no subject continues only a speaker whose gender it agrees with; when none does, the
speaker is left unknown (None), or taken from a person or body named just before (sentences written
for these tests)."""
import marsad
from marsad.annotators.attribution.analysis import walk_document
from marsad.layers import CLAIMS, QUOTES
from tests.annotators.attribution.conftest import at, where


def test_a_masculine_cue_does_not_continue_a_feminine_body(analyse):
    text = "قالت الوزارة في بيان إن المدارس ستفتح أبوابها الأحد. وأضاف أن الحافلات جاهزة لنقل الطلاب."
    first, second = analyse(text).claims
    assert where(first.source) == at(text, "الوزارة") and first.source.text == "الوزارة"
    assert second.cue.text == "وأضاف" and where(second.cue) == at(text, "وأضاف")
    assert second.source is None                       # unknown, not the ministry
    assert where(second.content) == at(text, "الحافلات جاهزة لنقل الطلاب")
    assert second.content.text == "الحافلات جاهزة لنقل الطلاب"


def test_a_feminine_cue_skips_the_latest_man_for_the_body_before_him(analyse):
    text = "أعلنت الهيئة أن التسجيل يبدأ غدا. وقال المدير إن الطلبات كثيرة. وأكدت أن الرسوم لن ترتفع."
    claims = analyse(text).claims
    assert [c.cue.text for c in claims] == ["أعلنت", "وقال", "وأكدت"]
    last = claims[2]
    assert where(last.source) == at(text, "الهيئة") and last.source.text == "الهيئة"
    assert where(last.content) == at(text, "الرسوم لن ترتفع") and last.content.text == "الرسوم لن ترتفع"


def test_a_body_with_a_feminine_head_is_feminine_whatever_its_verb_looks_like(analyse):
    # تعقد: an imperfect whose ت prefix the verb's ending does not show; the noun in ة tells
    text = "وتعقد الهيئة اجتماعها الأسبوع المقبل. وأضاف أن جدول الأعمال يشمل الميزانية."
    (c,) = analyse(text).claims
    assert c.cue.text == "وأضاف" and where(c.cue) == at(text, "وأضاف")
    assert c.source is None
    assert where(c.content) == at(text, "جدول الأعمال يشمل الميزانية")
    assert c.content.text == "جدول الأعمال يشمل الميزانية"


def test_a_participle_does_not_report_for_a_body_of_the_other_gender(analyse):
    text = "وقالت الشركة إن أرباحها ارتفعت هذا العام، مشيرا إلى أن المبيعات تضاعفت."
    first, second = analyse(text).claims
    assert where(first.source) == at(text, "الشركة") and first.source.text == "الشركة"
    assert second.cue.text == "مشيرا" and second.source is None
    assert where(second.content) == at(text, "المبيعات تضاعفت") and second.content.text == "المبيعات تضاعفت"


def test_a_plural_source_behind_a_preposition_is_continued_by_a_feminine_cue(analyse):
    # لمصادر: the plural under the ل makes the source plural (a broken plural takes the feminine);
    # read as a masculine singular it would leave وأضافت without a speaker
    text = "سقط ثلاثة قتلى في القصف، وفقا لمصادر محلية في المدينة.\nوأضافت أن الطريق أغلق أمام السيارات."
    first, second = analyse(text).claims
    assert where(first.source) == at(text, "مصادر محلية") and first.source.text == "مصادر محلية"
    assert second.cue.text == "وأضافت" and where(second.cue) == at(text, "وأضافت")
    assert where(second.source) == at(text, "مصادر محلية") and second.source.text == "مصادر محلية"
    assert where(second.content) == at(text, "الطريق أغلق أمام السيارات")
    assert second.content.text == "الطريق أغلق أمام السيارات"


def test_a_conjoined_cue_with_no_speaker_before_it_takes_the_person_just_named():
    text = "وفي حفل الافتتاح تحدث مدير المهرجان الدكتور سامي الحربي، حيث قال: «نفخر بهذا الحضور الكبير»."
    (q,) = marsad.analyze(text).layer(QUOTES)
    assert where(q) == at(text, "نفخر بهذا الحضور الكبير") and q.text == "نفخر بهذا الحضور الكبير"
    assert q.cue.text == "قال" and where(q.cue) == at(text, "قال")
    assert where(q.speaker) == at(text, "سامي الحربي") and q.speaker.text == "سامي الحربي"


def test_a_named_antecedent_must_agree_with_the_cue():
    text = "وفي حفل الافتتاح تحدث مدير المهرجان الدكتور سامي الحربي، حيث قالت: «نفخر بهذا الحضور الكبير»."
    (q,) = walk_document(marsad.analyze(text)).quotes       # the rule walk's verdict (a feature of the ranker)
    assert where(q) == at(text, "نفخر بهذا الحضور الكبير") and q.text == "نفخر بهذا الحضور الكبير"
    assert q.speaker is None


def test_a_plural_in_at_is_feminine_and_no_subject_for_a_masculine_cue(analyse):
    # تفرض: the ت prefix of an imperfect; السلطات (ات) takes the feminine, so وأضاف goes back to the spokesman
    text = "قال المتحدث باسم الشرطة إن الحادث وقع ليلا. وتفرض السلطات حظرا للتجول في المدينة. وأضاف أن التحقيق مستمر."
    first, second = analyse(text).claims
    assert where(first.source) == at(text, "المتحدث باسم الشرطة")
    assert second.cue.text == "وأضاف" and where(second.cue) == at(text, "وأضاف")
    assert where(second.source) == at(text, "المتحدث باسم الشرطة") and second.source.text == "المتحدث باسم الشرطة"
    assert where(second.content) == at(text, "التحقيق مستمر") and second.content.text == "التحقيق مستمر"


def test_a_spokesman_is_not_the_body_he_speaks_for():
    # the words of the body are shared, but a person's head (المتحدث) and a body's (وزارة) name two speakers
    text = "أعلنت وزارة الصحة السعودية تسجيل حالتين جديدتين. وقال المتحدث الرسمي باسم وزارة الصحة إن الحالتين " \
           "مستقرتان. وأضاف أن الفحوص مستمرة."
    claims = marsad.analyze(text).layer(CLAIMS)
    assert [c.cue.text for c in claims] == ["أعلنت", "وقال", "وأضاف"]
    spokesman = "المتحدث الرسمي باسم وزارة الصحة"
    assert where(claims[1].source) == at(text, spokesman) and claims[1].source.text == spokesman
    assert where(claims[2].source) == at(text, spokesman) and claims[2].source.text == spokesman
    assert where(claims[2].content) == at(text, "الفحوص مستمرة") and claims[2].content.text == "الفحوص مستمرة"


def test_the_person_an_outlet_quotes_is_who_speaks_on(analyse):
    # the outlet reports (the claim is its own); لكنه حذر continues the man it quoted, not the outlet
    text = "ونقل التلفزيون الرسمي عن وزير الخارجية سامر الحلبي قوله إن بلاده تدعم الجهود. لكنه حذر من أي تدخل."
    first, second = analyse(text).claims
    assert first.cue.text == "ونقل" and where(first.source) == at(text, "التلفزيون الرسمي")
    assert first.source.text == "التلفزيون الرسمي"
    assert where(first.content) == at(text, "بلاده تدعم الجهود") and first.content.text == "بلاده تدعم الجهود"
    assert second.cue.text == "حذر" and where(second.cue) == at(text, "حذر")
    assert where(second.source) == at(text, "وزير الخارجية سامر الحلبي")
    assert second.source.text == "وزير الخارجية سامر الحلبي"
    assert where(second.content) == at(text, "أي تدخل") and second.content.text == "أي تدخل"


def test_a_demonstrative_object_before_a_titled_subject():
    # أعلن ذلك وزير ...: ذلك is what he announced; the minister is the subject the participle reports for
    text = "تبدأ المؤسسة صرف المستحقات الأحد المقبل. أعلن ذلك وزير الزراعة المهندس سالم الحربي، مبينا أن " \
           "الدفعة تشمل جميع المزارعين."
    (c,) = marsad.analyze(text).layer(CLAIMS)
    assert c.cue.text == "مبينا" and where(c.cue) == at(text, "مبينا")
    assert where(c.source) == at(text, "سالم الحربي") and c.source.text == "سالم الحربي"
    assert where(c.content) == at(text, "الدفعة تشمل جميع المزارعين")
    assert c.content.text == "الدفعة تشمل جميع المزارعين"


def test_a_demonstrative_before_a_definite_noun_is_the_subject(analyse):
    text = "وقال هذا المسؤول إن العمل مستمر."
    (c,) = analyse(text).claims
    assert where(c.source) == at(text, "هذا المسؤول") and c.source.text == "هذا المسؤول"
    assert where(c.content) == at(text, "العمل مستمر") and c.content.text == "العمل مستمر"


def test_a_demonstrative_object_leaves_no_other_complement(analyse):
    # أكد ذلك رئيس اللجنة عبر حسابه: ذلك is what he confirmed; nothing after the subject is a claim
    text = "وأكد ذلك رئيس اللجنة سالم الحربي عبر حسابه في موقع تويتر."
    assert analyse(text).claims == []
    text = "وأوضح ذلك رئيس اللجنة سالم الحربي، أن التسجيل يبدأ غدا."
    (c,) = analyse(text).claims
    assert where(c.source) == at(text, "رئيس اللجنة سالم الحربي") and c.source.text == "رئيس اللجنة سالم الحربي"
    assert where(c.content) == at(text, "التسجيل يبدأ غدا") and c.content.text == "التسجيل يبدأ غدا"
