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


def test_then_and_again_are_adverbials_not_part_of_the_subject(analyse):
    text = "وهو ما اعتقد المراقبون حينها أنه تراجع مؤقت في الطلب."
    (c,) = analyse(text).claims
    assert where(c.source) == at(text, "المراقبون") and c.source.text == "المراقبون"
    assert where(c.content) == at(text, "تراجع مؤقت في الطلب") and c.content.text == "تراجع مؤقت في الطلب"
    text = "وقال المتحدث باسم البلدية إن العمل مستمر. وقال مرة أخرى إن الطرق ستفتح قريبا."
    first, second = analyse(text).claims
    assert second.source is not None and second.source.text == "المتحدث باسم البلدية"
    assert where(second.content) == at(text, "الطرق ستفتح قريبا") and second.content.text == "الطرق ستفتح قريبا"


def test_a_wire_service_after_the_subject_is_whom_it_was_told(analyse):
    text = "وقالت مصادر أمنية لرويترز إن الحافلة كانت تقل عشرين راكبا."
    (c,) = analyse(text).claims
    assert where(c.source) == at(text, "مصادر أمنية") and c.source.text == "مصادر أمنية"
    assert where(c.content) == at(text, "الحافلة كانت تقل عشرين راكبا")
    assert c.content.text == "الحافلة كانت تقل عشرين راكبا"


def test_a_plural_in_un_ends_the_subject_before_the_object(analyse):
    text = "واعتبر مزارعون قرار الوزارة بالمنصف، مضيفين أن المحصول تأثر بالحرارة."
    (c,) = analyse(text).claims
    assert c.cue.text == "مضيفين" and where(c.source) == at(text, "مزارعون") and c.source.text == "مزارعون"
    assert where(c.content) == at(text, "المحصول تأثر بالحرارة") and c.content.text == "المحصول تأثر بالحرارة"
    text = "وتوقع محللون اقتصاديون تراجع أسعار الحديد في الربع المقبل."
    (c,) = analyse(text).claims
    assert where(c.source) == at(text, "محللون اقتصاديون") and c.source.text == "محللون اقتصاديون"
    assert c.content.text == "تراجع أسعار الحديد في الربع المقبل" and where(c.content) == at(text, c.content.text)


def test_the_subject_of_kana_before_a_comma_and_qad(analyse):
    text = "وكانت شركة الكهرباء الوطنية، قد أوضحت أن أعمال الصيانة ستنتهي الشهر المقبل."
    (c,) = analyse(text).claims
    assert where(c.source) == at(text, "شركة الكهرباء الوطنية") and c.source.text == "شركة الكهرباء الوطنية"
    assert where(c.content) == at(text, "أعمال الصيانة ستنتهي الشهر المقبل")
    assert c.content.text == "أعمال الصيانة ستنتهي الشهر المقبل"


def test_a_topic_after_amma_is_the_speaker_later_cues_continue():
    text = ("وقال سالم الحربي إن الموسم كان صعبا. أما الوزير عبدالله الزامل فقد اختار طريقا آخر.\n\n"
            "ويقول إن الإصابة غيرت حياته.")
    said, continued = marsad.analyze(text).layer(CLAIMS)
    assert continued.cue.text == "ويقول"
    assert where(continued.source) == at(text, "عبدالله الزامل") and continued.source.text == "عبدالله الزامل"
    assert where(continued.content) == at(text, "الإصابة غيرت حياته")
    assert continued.content.text == "الإصابة غيرت حياته"
