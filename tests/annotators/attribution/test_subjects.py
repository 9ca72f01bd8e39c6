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


def test_a_cue_after_a_contrast_continues_or_takes_the_subject_before_it(analyse):
    text = "وقال المدرب إن الفريق تعب كثيرا. وغاب اللاعب عن المباراة لكنه أكد أن الإصابة بسيطة."
    said, confirmed = analyse(text).claims
    assert confirmed.cue.text == "أكد" and confirmed.stance == "confirm"
    assert where(confirmed.source) == at(text, "اللاعب") and confirmed.source.text == "اللاعب"
    assert where(confirmed.content) == at(text, "الإصابة بسيطة") and confirmed.content.text == "الإصابة بسيطة"
    text = "وتحسنت العلاقات بين البلدين، لكن الوزير الأردني يرى أن الطريق ما زال طويلا."
    (c,) = analyse(text).claims
    assert where(c.source) == at(text, "الوزير الأردني") and c.source.text == "الوزير الأردني"
    assert where(c.content) == at(text, "الطريق ما زال طويلا") and c.content.text == "الطريق ما زال طويلا"


def test_a_contrast_before_a_cue_ends_the_content_but_not_a_contrast_inside_it(analyse):
    text = "وقالت الشركة إن المبيعات تراجعت، إلا أنها أكدت أن خطتها ماضية."
    said, confirmed = analyse(text).claims
    assert where(said.content) == at(text, "المبيعات تراجعت") and said.content.text == "المبيعات تراجعت"
    assert confirmed.source.text == "الشركة" and where(confirmed.source) == at(text, "الشركة")
    assert where(confirmed.content) == at(text, "خطتها ماضية") and confirmed.content.text == "خطتها ماضية"
    text = "وقال الوزير إن المفاوضات صعبة، لكنها مستمرة."
    (c,) = analyse(text).claims
    assert where(c.content) == at(text, "المفاوضات صعبة، لكنها مستمرة")
    assert c.content.text == "المفاوضات صعبة، لكنها مستمرة"


def test_kana_with_a_quoted_outlet_or_a_long_subject_before_the_cue(analyse):
    text = 'وكانت صحيفة "الأنباء" أفادت أمس (الأحد)، بأن الحكومة تدرس زيادة الرواتب.'
    (c,) = analyse(text).claims
    assert where(c.source) == at(text, 'صحيفة "الأنباء"') and c.source.text == 'صحيفة "الأنباء"'
    assert where(c.content) == at(text, "الحكومة تدرس زيادة الرواتب")
    assert c.content.text == "الحكومة تدرس زيادة الرواتب"
    text = "وكان رئيس مجلس إدارة الشركة الوطنية للنقل البحري المهندس سالم الدوسري قد أكد أن الأسطول سيتضاعف."
    (c,) = analyse(text).claims
    phrase = "رئيس مجلس إدارة الشركة الوطنية للنقل البحري المهندس سالم الدوسري"
    assert where(c.source) == at(text, phrase) and c.source.text == phrase
    assert where(c.content) == at(text, "الأسطول سيتضاعف") and c.content.text == "الأسطول سيتضاعف"


def test_for_his_part_is_an_adverbial(analyse):
    text = "وقال سالم الحربي إن العمل انتهى. وأكد من جانبه أن المشروع سيسلم قريبا."
    said, confirmed = analyse(text).claims
    assert where(confirmed.source) == at(text, "سالم الحربي") and confirmed.source.text == "سالم الحربي"
    assert where(confirmed.content) == at(text, "المشروع سيسلم قريبا")
    assert confirmed.content.text == "المشروع سيسلم قريبا"


def test_the_outlet_told_after_ila_and_a_subject_after_a_relative(analyse):
    text = 'كما أكد مصدر أمني مطلع إلى "الوطن" أن القذائف لم توقع ضحايا.'
    (c,) = analyse(text).claims
    assert where(c.source) == at(text, "مصدر أمني مطلع") and c.source.text == "مصدر أمني مطلع"
    assert where(c.content) == at(text, "القذائف لم توقع ضحايا") and c.content.text == "القذائف لم توقع ضحايا"
    text = "وأعدت الوزارة الخطة التي ذكرت الصحيفة أنها تتطلب ألف موظف."
    (c,) = analyse(text).claims
    assert where(c.source) == at(text, "الصحيفة") and c.source.text == "الصحيفة"
    assert where(c.content) == at(text, "تتطلب ألف موظف") and c.content.text == "تتطلب ألف موظف"


def test_no_subject_starts_with_a_preposition_and_a_possessive(analyse):
    text = "وقال المرشح إن حملته قوية. وقال لمناصريه إنه لن ينسحب من السباق."
    said, again = analyse(text).claims
    assert where(again.source) == at(text, "المرشح") and again.source.text == "المرشح"
    assert where(again.content) == at(text, "لن ينسحب من السباق") and again.content.text == "لن ينسحب من السباق"
    text = "النادي يكشف بعدوانه أنه ضعيف"
    (c,) = analyse(text).claims
    assert where(c.source) == at(text, "النادي") and c.source.text == "النادي"


def test_an_affirmed_noun_is_the_object_not_the_subject(analyse):
    text = "أكد مصدر أمني نبأ القبض على سائق الشاحنة."
    (c,) = analyse(text).claims
    assert where(c.source) == at(text, "مصدر أمني") and c.source.text == "مصدر أمني"
    assert where(c.content) == at(text, "نبأ القبض على سائق الشاحنة") and c.content.text == "نبأ القبض على سائق الشاحنة"
    text = "رأت سعاد خلف أن المسؤولية تقع على الآباء."
    (c,) = analyse(text).claims
    assert where(c.source) == at(text, "سعاد خلف") and c.source.text == "سعاد خلف"


def test_anonymity_with_a_plural_and_a_passive_after_a_comma(analyse):
    text = "وذكرت ثلاثة مصادر في الشرطة طلبت عدم كشف هوياتها أن الحصيلة بلغت عشرين قتيلا."
    (c,) = analyse(text).claims
    assert c.cue.text == "وذكرت" and c.stance == "assert"
    assert where(c.content) == at(text, "الحصيلة بلغت عشرين قتيلا") and c.content.text == "الحصيلة بلغت عشرين قتيلا"
    text = "تعقد المحكمة العامة في الرياض يوم الأربعاء جلسة جديدة، يتوقع أن يصدر خلالها الحكم."
    assert analyse(text).claims == []


def test_a_long_title_reaches_the_name_and_whom_one_asks_is_no_subject():
    text = ("وأكد سماحة مفتي عام المملكة رئيس هيئة كبار العلماء رئيس اللجنة الدائمة للبحوث العلمية والإفتاء "
            "الشيخ عبدالعزيز آل الشيخ أن الإرهاب محرم.")
    (c,) = marsad.analyze(text).layer(CLAIMS)
    assert where(c.source) == at(text, "عبدالعزيز آل الشيخ") and c.source.text == "عبدالعزيز آل الشيخ"
    assert c.description.text.startswith("سماحة مفتي") and c.description.text.endswith("عبدالعزيز آل الشيخ")
    text = "وتلقت اتصالا من ابنتها وطلبت منها الحضور لمساعدتها في تهدئة الوضع."
    assert list(marsad.analyze(text).layer(CLAIMS)) == []


def test_a_council_of_jurists_is_a_body_that_speaks(analyse):
    text = "وأكد المجمع في بيان صدر أمس، أن التفجير يتنافى مع ثوابت الدين."
    (c,) = analyse(text).claims
    assert where(c.source) == at(text, "المجمع") and c.source.text == "المجمع"
    assert where(c.content) == at(text, "التفجير يتنافى مع ثوابت الدين")
    assert c.content.text == "التفجير يتنافى مع ثوابت الدين"


def test_a_source_marker_is_no_part_of_the_speaker(analyse):
    text = "وارتفع عدد المتطوعين إلى ألفين، يتوقع بحسب المصدر أن يزداد العدد الأسبوع المقبل."
    (c,) = analyse(text).claims
    assert c.stance == "estimate" and where(c.source) == at(text, "المصدر") and c.source.text == "المصدر"
    text = "وبحسب مصادر محلية، أكدت أن عدد النازحين ارتفع."
    (c,) = analyse(text).claims
    assert where(c.source) == at(text, "مصادر محلية") and c.source.text == "مصادر محلية"
    assert where(c.content) == at(text, "عدد النازحين ارتفع") and c.content.text == "عدد النازحين ارتفع"
    text = 'وقال سالم العتيبي إن شاحنة صدمته. وأشار وفقا لما نشرته صحيفة "المدينة"، إلى أن الحادث لم يكن الأول.'
    said, pointed = analyse(text).claims
    assert where(pointed.source) == at(text, 'صحيفة "المدينة"') and pointed.source.text == 'صحيفة "المدينة"'
    assert where(pointed.content) == at(text, "الحادث لم يكن الأول") and pointed.content.text == "الحادث لم يكن الأول"


def test_a_long_subject_reaches_its_name_past_a_place_but_not_the_described_object():
    text = ("كشف كاتب العدل والرئيس السابق لهيئة الأمر بالمعروف والنهي عن المنكر في محافظة النماص بمنطقة عسير "
            "محمد السالم، عن محاولة رجل دهسه بالسيارة.")
    (c,) = marsad.analyze(text).layer(CLAIMS)
    assert where(c.source) == at(text, "محمد السالم") and c.source.text == "محمد السالم"
    assert where(c.content) == at(text, "محاولة رجل دهسه بالسيارة") and c.content.text == "محاولة رجل دهسه بالسيارة"
    text = ("وصف الشيخ د. سالم بن ناصر آل حمد نائب رئيس مجلس الأمناء والمدير التنفيذي لمركز الفنون الثقافي بمدينة "
            "الدوحة المشرف العام على مؤسسة النهار الصحفية الأستاذ فهد بن علي العمري بأنه من قلائل المفكرين.")
    (c,) = marsad.analyze(text).layer(CLAIMS)
    assert c.cue.text == "وصف" and where(c.source) == at(text, "سالم بن ناصر آل حمد")
    assert where(c.content) == at(text, "من قلائل المفكرين") and c.content.text == "من قلائل المفكرين"


def test_a_time_word_and_its_adjective_between_verb_and_complement_are_no_subject(analyse):
    text = "وكانت الهيئة العليا للانتخابات قد أعلنت العام الماضي أن عدد المرشحين تجاوز الألف."
    (c,) = analyse(text).claims
    assert c.source is not None and c.source.text != "الماضي"
    assert where(c.source) == at(text, "الهيئة العليا للانتخابات") and c.source.text == "الهيئة العليا للانتخابات"
    assert where(c.content) == at(text, "عدد المرشحين تجاوز الألف") and c.content.text == "عدد المرشحين تجاوز الألف"


def test_an_adverbial_opening_the_sentence_is_no_fronted_speaker(analyse):
    text = "وقالت الوزيرة إن الخطة قائمة. من جهتها، أكدت أن الإصلاحات مستمرة رغم الاحتجاجات."
    first, second = analyse(text).claims
    assert second.cue.text == "أكدت" and second.content.text == "الإصلاحات مستمرة رغم الاحتجاجات"
    assert where(second.source) == at(text, "الوزيرة") and second.source.text == "الوزيرة"   # not من جهتها
