"""Direct quotes: speech vs scare quotes, cue before and after, with and without a colon,
unmarked speech after a colon, speakers named, described, anonymous and continued."""
import pytest

import marsad
from marsad.layers import CLAIMS, ENTITIES, QUOTES
from tests.annotators.attribution.conftest import at, where


def one_quote(result):
    assert len(result.quotes) == 1, [q.text for q in result.quotes]
    return result.quotes[0]


def test_cue_before_with_colon_vso(analyse):
    text = "وقال الوزير خالد العتيبي: «سنبدأ تنفيذ المشروع الشهر المقبل»."
    q = one_quote(analyse(text))
    assert where(q) == at(text, "سنبدأ تنفيذ المشروع الشهر المقبل") and q.text == "سنبدأ تنفيذ المشروع الشهر المقبل"
    assert where(q.speaker) == at(text, "الوزير خالد العتيبي") and q.speaker.text == "الوزير خالد العتيبي"
    assert where(q.cue) == at(text, "وقال") and q.kind == "direct"
    assert analyse(text).claims == []


def test_cue_before_without_colon(analyse):
    text = 'وقالت المتحدثة باسم الشركة سارة المالكي "الأسعار لن ترتفع هذا العام".'
    q = one_quote(analyse(text))
    assert q.text == "الأسعار لن ترتفع هذا العام" and where(q) == at(text, q.text)
    assert q.speaker.text == "المتحدثة باسم الشركة سارة المالكي" and where(q.speaker) == at(text, q.speaker.text)


def test_svo_speaker_before_the_cue(analyse):
    text = "الباحث التونسي يوسف الغربي قال في حديث للصحيفة: «التنظيم غير أسلوبه في التجنيد»."
    q = one_quote(analyse(text))
    assert q.speaker.text == "الباحث التونسي يوسف الغربي" and where(q.speaker) == at(text, q.speaker.text)
    assert q.cue.text == "قال"


def test_speaker_with_apposition_before_the_cue(analyse):
    text = ("عايد الشمري، عضو هيئة التدريس بالمعهد العلمي، قال خلال حديث إلى «الشرق الأوسط» إن "
            "«التكفير هو الأصل الذي تعتمد عليه التنظيمات المتطرفة».")
    q = one_quote(analyse(text))
    assert q.text == "التكفير هو الأصل الذي تعتمد عليه التنظيمات المتطرفة"
    assert q.speaker.text == "عايد الشمري، عضو هيئة التدريس بالمعهد العلمي" and q.speaker.start == 0


def test_cue_after_the_quote(analyse):
    text = "«لن نتراجع عن هذا القرار مهما كانت الضغوط»، قال رئيس المجلس البلدي."
    q = one_quote(analyse(text))
    assert q.text == "لن نتراجع عن هذا القرار مهما كانت الضغوط"
    assert q.speaker.text == "رئيس المجلس البلدي" and where(q.speaker) == at(text, "رئيس المجلس البلدي")
    assert where(q.cue) == at(text, "قال")


def test_source_marker_after_the_quote(analyse):
    text = "وتراجعت المبيعات «بسبب ضعف الطلب المحلي خلال الصيف» بحسب مدير الشركة."
    q = one_quote(analyse(text))
    assert q.text == "بسبب ضعف الطلب المحلي خلال الصيف"
    assert q.speaker.text == "مدير الشركة" and q.cue.text == "بحسب"


def test_unmarked_first_person_speech_after_a_colon(analyse):
    text = ("وقال أمير المنطقة إن الحادث لن يمر دون حساب.\n"
            "وأضاف: نعزي القيادة والشعب في هذا المصاب الجلل ونسأل الله الرحمة للشهداء.")
    result = analyse(text)
    q = one_quote(result)
    assert q.text == "نعزي القيادة والشعب في هذا المصاب الجلل ونسأل الله الرحمة للشهداء"
    assert where(q) == at(text, q.text)
    assert where(q.speaker) == at(text, "أمير المنطقة") and q.cue.text == "وأضاف"
    (claim,) = result.claims
    assert claim.content.text == "الحادث لن يمر دون حساب"


def test_after_a_colon_third_person_inna_is_reported_and_first_person_is_quoted(analyse):
    reported = "وقالت المصادر لـ«المدينة»: إن طائرة عمانية هبطت في المطار صباح أمس."
    result = analyse(reported)
    assert result.quotes == []
    (claim,) = result.claims
    assert claim.content.text == "طائرة عمانية هبطت في المطار صباح أمس" and claim.source.text == "المصادر"
    verbatim = "وقال الأمير سعود: إننا نتطلع إلى شراكة أوسع مع القطاع الخاص."
    q = one_quote(analyse(verbatim))
    assert q.text == "إننا نتطلع إلى شراكة أوسع مع القطاع الخاص" and q.speaker.text == "الأمير سعود"


def test_quote_after_anna_is_a_quote_not_a_claim(analyse):
    text = 'وأكد المتحدث باسم الدفاع المدني أن "الحادث لم يسفر عن أي إصابات بشرية".'
    result = analyse(text)
    q = one_quote(result)
    assert q.text == "الحادث لم يسفر عن أي إصابات بشرية" and q.cue.text == "وأكد"
    assert q.speaker.text == "المتحدث باسم الدفاع المدني"
    assert result.claims == []


def test_a_short_phrase_someone_called_something_is_a_quote(analyse):
    text = "ونفى الكرملين في البداية التقارير المتعلقة بإرسال جنود ووصفها بأنها “أخبار كاذبة”."
    result = analyse(text)
    q = one_quote(result)
    assert q.text == "أخبار كاذبة" and where(q) == at(text, "أخبار كاذبة")
    assert where(q.speaker) == at(text, "الكرملين") and q.cue.text == "ووصفها"
    (claim,) = result.claims
    assert claim.stance == "deny" and claim.content.text == "التقارير المتعلقة بإرسال جنود"


def test_described_with_bi(analyse):
    text = "دخلت الأسواق في مرحلة يصفها المحللون بـ «مرحلة التذبذبات العالية والتقلبات القوية»."
    q = one_quote(analyse(text))
    assert q.text == "مرحلة التذبذبات العالية والتقلبات القوية"
    assert q.speaker.text == "المحللون" and q.cue.text == "يصفها"


def test_scare_quotes_around_names_and_terms_are_not_quotes(analyse):
    for text in [
        "أطلقت المؤسسة نظام «ساند» لدعم المتعطلين عن العمل بالتعاون مع صندوق “هدف”.",
        "ونظمت الجمعية حملة تحت شعار \"معا نحو مجتمع أكثر أمانا وصحة\" في عدد من المدن.",
        "وأكدت مصادر لـ\"سبق\" أنه جرى ضبط عشرة وافدين يعملون تحت أشعة الشمس.",
        "وذكرت صحيفتا \"ذي دايلي مايل\" و\"دايلي تلغراف\" أن النادي يسعى لضم اللاعب.",
        "وانتقلت «المقاومة الشعبية» إلى مواقع جديدة شمال المدينة.",
    ]:
        assert analyse(text).quotes == [], text


def test_a_quoted_name_is_the_subject_not_a_quote(analyse):
    text = "وقال “ابن مساعد”: “الخاتم الذي في الصورة هدية من والدي رحمه الله”."
    q = one_quote(analyse(text))
    assert q.text == "الخاتم الذي في الصورة هدية من والدي رحمه الله"
    assert "ابن مساعد" in q.speaker.text and q.speaker.start == at(text, "“ابن مساعد”")[0]
    text = "وقال «مكتب أخبار سوريا» إن المعارضة استعادت السيطرة على التل."
    result = analyse(text)
    assert result.quotes == [] and result.claims[0].source.text == "«مكتب أخبار سوريا»"


def test_participle_cue_takes_the_subject_of_its_clause(analyse):
    text = "ووجه مدير الأمن العام رسالة إلى أعداء الوطن قائلاً: «مهما حاولتم فلن تثنونا عن ديننا»."
    q = one_quote(analyse(text))
    assert q.text == "مهما حاولتم فلن تثنونا عن ديننا" and q.cue.text == "قائلاً"
    assert q.speaker.text == "مدير الأمن العام" and where(q.speaker) == at(text, "مدير الأمن العام")


def test_continuation_resolves_to_the_earlier_speaker(analyse):
    text = ("وقال المدرب الوطني إن الفريق جاهز للمباراة.\n"
            "وأضاف: «نحترم المنافس لكننا نلعب من أجل الفوز»."
            " وتابع: «الجماهير ستكون عاملا حاسما»")
    first, second = analyse(text).quotes
    assert first.cue.text == "وأضاف" and second.cue.text == "وتابع"
    for q in (first, second):
        assert where(q.speaker) == at(text, "المدرب الوطني")


def test_continuation_follows_agreement(analyse):
    text = ("قال مسؤولون في المتنزه إن الهجوم الخامس وقع هذا الأسبوع.\n"
            "وقالت المتحدثة باسم المتنزه إيمي بارتليت إن المرأة أصيبت بجروح طفيفة.\n"
            "وأضاف المدير: «نعمل على تحديث اللافتات».\n"
            "وقالت: «الناس لا يصدقون أنها حيوانات برية».\n"
            "وأكدوا أن «التحذيرات موجودة في كل مكان».")
    quotes = analyse(text).quotes
    said = {q.text: q.speaker.text for q in quotes}
    assert said["نعمل على تحديث اللافتات"] == "المدير"
    assert said["الناس لا يصدقون أنها حيوانات برية"] == "المتحدثة باسم المتنزه إيمي بارتليت"
    assert said["التحذيرات موجودة في كل مكان"] == "مسؤولون في المتنزه"


def test_quote_continued_after_an_inner_closing_mark_keeps_its_speaker(analyse):
    text = ("وقالت المخابرات العسكرية الأوكرانية يوم الخميس: “الوحدات الأولى وصلت بالفعل إلى منطقة القتال”. "
            "وعلى وجه الخصوص، في 23 أكتوبر 2024، تم تسجيل وجودهم في منطقة كورسك”.")
    first, second = analyse(text).quotes
    assert second.text == "وعلى وجه الخصوص، في 23 أكتوبر 2024، تم تسجيل وجودهم في منطقة كورسك"
    for q in (first, second):
        assert q.speaker.text == "المخابرات العسكرية الأوكرانية" and q.cue.text == "وقالت"


def test_unclosed_quote_takes_the_cue_that_follows_it(analyse):
    text = ("“أما بالنسبة لعلاقاتنا مع جمهورية كوريا الشعبية الديمقراطية، فقد تم التصديق على الاتفاقية للتو. "
            "قال بوتين: “هناك المادة الرابعة هناك”.")
    first, second = analyse(text).quotes
    assert first.text.startswith("أما بالنسبة") and first.text.endswith("للتو.")
    assert second.text == "هناك المادة الرابعة هناك"
    for q in (first, second):
        assert where(q.speaker) == at(text, "بوتين") and q.cue.text == "قال"


def test_cues_inside_quoted_speech_report_nothing(analyse):
    text = "وقال الوزير: «أكد لنا الخبراء أن المشروع آمن، ونفى المقاول أي تأخير»."
    result = analyse(text)
    assert [q.text for q in result.quotes] == ["أكد لنا الخبراء أن المشروع آمن، ونفى المقاول أي تأخير"]
    assert result.claims == []


def test_a_headline_with_a_colon_and_no_cue_is_no_quote(analyse):
    text = "أمير عسير: أبناؤنا طالتهم يد الغدر بفكر شيطاني يهدف إلى زعزعة الأمن\n\nأدى الأمير الصلاة."
    assert analyse(text).quotes == []


def test_a_short_quoted_name_inside_a_phrase_is_no_quote(analyse):
    text = 'أكد عدد من المشاركين في احتفالات "عيد طيبة 36" أن المسابقة نجحت في استقطاب الجمهور.'
    result = analyse(text)
    assert result.quotes == []
    (claim,) = result.claims
    assert claim.source.text == "عدد من المشاركين" and claim.content.text == "المسابقة نجحت في استقطاب الجمهور"


def test_unmarked_speech_stops_where_reported_speech_resumes(analyse):
    text = ("وقال المهندس نواف: الحمد لله على التخرج الذي يأتي ثمرة جهود الوالد، مضيفا أن المساعي تتجه "
            "لإكمال درجة الماجستير.")
    result = analyse(text)
    q = one_quote(result)
    assert q.text == "الحمد لله على التخرج الذي يأتي ثمرة جهود الوالد" and where(q) == at(text, q.text)
    (claim,) = result.claims
    assert claim.cue.text == "مضيفا" and claim.content.text == "المساعي تتجه لإكمال درجة الماجستير"
    assert where(claim.source) == at(text, "المهندس نواف")


def test_written_speech_after_a_manner_clause():
    # With the named entities: غورسيل is known as a name only from them.
    text = ('وكان الصحفي قدري غورسيل ندد على تويتر بتقديم التعازي. وكتب دونَ أن يذكر اردوغان بالاسم '
            '"من المخجل أن يتصل مسؤولون اجانب بالشخص الذي يعتبر المسؤول الأول".')
    doc = marsad.analyze(text)
    result = type("Result", (), {"quotes": list(doc.layer(QUOTES)), "claims": list(doc.layer(CLAIMS))})
    q = one_quote(result)
    assert q.text == "من المخجل أن يتصل مسؤولون اجانب بالشخص الذي يعتبر المسؤول الأول" and q.cue.text == "وكتب"
    assert "غورسيل" in q.speaker.text
    (claim,) = result.claims
    assert claim.stance == "accuse" and claim.content.text == "تقديم التعازي"


def test_announced_in_a_statement_then_quoted(analyse):
    text = ('وأعلنت الصحيفة في بيان مقتضب تناقلته الصحف أمس "لقد أوقفنا تعاوننا مع الكاتب بسبب مواقفه".')
    q = one_quote(analyse(text))
    assert q.speaker.text == "الصحيفة" and q.cue.text == "وأعلنت"


# --- a colon further on: the speaker, then prepositional phrases, then the speech ---------------------------

@pytest.mark.parametrize("text,speaker,said", [
    ("وقال جون ماكدونالد من منظمة هيومن رايتس ووتش في بيان: «هذه الاعتقالات تنتهك حقوق الإنسان بشكل صارخ».",
     "جون ماكدونالد", "هذه الاعتقالات تنتهك حقوق الإنسان بشكل صارخ"),
    ("وقال المتحدث باسم الوزارة لـ«الشرق الأوسط» أمس: «لا توجد أي نية لرفع أسعار الوقود هذا العام».",
     "المتحدث باسم الوزارة", "لا توجد أي نية لرفع أسعار الوقود هذا العام"),
    ("وأضاف المهاجم الذي انضم إلى الفريق مطلع الموسم الماضي: «أنا واثق من أننا سننافس على اللقب».",
     "المهاجم", "أنا واثق من أننا سننافس على اللقب"),
    ("وقالت الممرضة بعد أن أنهت نوبتها الليلية في المستشفى: \"لم نر مثل هذا العدد من المصابين من قبل\".",
     "الممرضة", "لم نر مثل هذا العدد من المصابين من قبل"),
    ("وقال أحد السكان المحليين لوكالة الصحافة الفرنسية: «كنت في منزلي عندما سمعت انفجارا قويا».",
     "أحد السكان المحليين", "كنت في منزلي عندما سمعت انفجارا قويا"),
    ("وقال تاجر في السوق، طالبا عدم كشف اسمه: «شاركت في عمليات الإغاثة منذ اليوم الأول».",
     "تاجر", "شاركت في عمليات الإغاثة منذ اليوم الأول"),
])
def test_speech_after_a_colon_past_prepositional_phrases(analyse, text, speaker, said):
    result = analyse(text)
    q = one_quote(result)
    assert q.text == said and where(q) == at(text, said)
    assert q.speaker.text == speaker and where(q.speaker) == at(text, speaker)
    assert q.cue.text == text.split()[0] and q.cue.start == 0
    assert result.claims == []


def test_an_auxiliary_with_its_subject_before_the_speech_is_one_cue(analyse):
    text = "وتابع المدرب يقول: «الشيء الوحيد الذي يقلقنا هو ضغط المباريات»."
    q = one_quote(analyse(text))
    assert q.text == "الشيء الوحيد الذي يقلقنا هو ضغط المباريات" and where(q) == at(text, q.text)
    assert q.cue.text == "وتابع" and where(q.speaker) == at(text, "المدرب")


def test_a_colon_after_a_reported_clause_opens_no_quote(analyse):
    text = "وقال الوزير إن الخطة تشمل ثلاثة محاور: التعليم والصحة والإسكان في المناطق النائية."
    result = analyse(text)
    (claim,) = result.claims
    assert claim.content.text == "الخطة تشمل ثلاثة محاور: التعليم والصحة والإسكان في المناطق النائية"
    assert result.quotes == []
    text = "وقال المدير خلال الحفل الذي أقيم في القاعة الرئيسية وحضره عدد من المسؤولين: الجوائز التالية."
    assert analyse(text).quotes == []       # no quote mark and no first person: a list, not speech


def test_unmarked_speech_ends_with_its_sentence_unless_the_first_person_goes_on(analyse):
    text = ("وقال المدير: نحن ملتزمون بالجدول الزمني للمشروع. ونأمل أن نسلمه قبل نهاية العام. "
            "وكانت الشركة قد أعلنت عن المشروع في مارس الماضي، وقال المقاول: «العمل يسير وفق الخطة».")
    first, second = analyse(text).quotes
    assert first.text == "نحن ملتزمون بالجدول الزمني للمشروع. ونأمل أن نسلمه قبل نهاية العام"
    assert where(first) == at(text, first.text) and where(first.speaker) == at(text, "المدير")
    assert second.text == "العمل يسير وفق الخطة" and where(second.speaker) == at(text, "المقاول")


def test_a_name_set_after_the_description_is_part_of_the_speaker(analyse):
    text = "وقال كبير الاقتصاديين في البنك، جاك فورنييه: «نتوقع أن يتباطأ النمو في الربع المقبل»."
    q = one_quote(analyse(text))
    assert q.speaker.text == "كبير الاقتصاديين في البنك، جاك فورنييه" and where(q.speaker) == at(text, q.speaker.text)
    text = "وقال المحلل في بنك الاستثمار، جاك فورنييه، إن الأسواق ستتعافى قريبا."
    (claim,) = analyse(text).claims
    assert claim.source.text == "المحلل في بنك الاستثمار، جاك فورنييه" and claim.content.text == "الأسواق ستتعافى قريبا"
    text = "وقال الوزير في مؤتمر صحفي مع نظيره الأمريكي، جون كيري: «نحن متفقون على كل النقاط»."
    assert one_quote(analyse(text)).speaker.text == "الوزير"      # the name is the other minister's


def test_a_named_person_after_a_description_is_the_speaker():
    text = "وقال رئيس قطاع البحوث في شركة آسيا للاستثمار، فرانسيسكو كينتانا: «لا نتوقع أن يشكل الانكماش خطرا»."
    doc = marsad.analyze(text)
    (q,) = doc.layer(QUOTES)
    assert q.text == "لا نتوقع أن يشكل الانكماش خطرا"
    assert q.speaker.text == "فرانسيسكو كينتانا" and where(q.speaker) == at(text, "فرانسيسكو كينتانا")
    assert q.entity is not None and q.entity == next(m.entity for m in doc.layer(ENTITIES) if m.text == q.speaker.text)


def test_names_with_allah_and_long_quoted_bodies_as_speakers(analyse):
    text = "وقال ذبيح الله مجاهد المتحدث باسم الحركة: «سمعنا من وسائل الإعلام أن الجولة الثانية ستبدأ قريبا»."
    q = one_quote(analyse(text))
    assert q.speaker.text == "ذبيح الله مجاهد المتحدث باسم الحركة" and q.speaker.start == at(text, "ذبيح")[0]
    text = "وأكدت \"الشركة الكويتية لنفط الخليج\" أن العلاقات مع الشركاء متينة."
    result = analyse(text)
    assert result.quotes == []
    (claim,) = result.claims
    assert claim.source.text == "\"الشركة الكويتية لنفط الخليج\"" and claim.content.text == "العلاقات مع الشركاء متينة"
    text = "ودعا الشيخ الله أن يحفظ البلاد من كل سوء."
    assert analyse(text).claims == []                                # a prayer


# --- short quoted phrases inside reported content are the source's words --------------------------------------

@pytest.mark.parametrize("text,said,speaker,cue", [
    ('ودعا الأمين العام الطرفين إلى "ضبط النفس" والعودة إلى طاولة المفاوضات.', "ضبط النفس", "الأمين العام", "ودعا"),
    ("وقال المسؤول إن الأموال المضبوطة كانت عبارة عن «تبرعات» جمعت من المواطنين.", "تبرعات", "المسؤول", "وقال"),
    ('وأوضح التقرير أن نحو 300 مدرسة دمرت "جزئيا أو كليا" خلال المعارك الأخيرة.', "جزئيا أو كليا", "التقرير",
     "وأوضح"),
    ('وأشار المحقق إلى أن المتهم معروف على أنه "مقامر محترف" منذ سنوات.', "مقامر محترف", "المحقق", "وأشار"),
])
def test_a_short_quoted_phrase_in_a_claim_is_a_quote_of_its_source(analyse, text, said, speaker, cue):
    result = analyse(text)
    q = one_quote(result)
    assert q.text == said and where(q) == at(text, said)
    assert q.speaker.text == speaker and where(q.speaker) == at(text, speaker) and q.cue.text == cue
    (claim,) = result.claims
    assert claim.content.start <= q.start and q.end <= claim.content.end + 1


@pytest.mark.parametrize("text", [
    "وأضاف أن «نرسم بسمتهم» تأتي ضمن برامج المسؤولية الاجتماعية للشركة.",       # a quoted subject: a name
    'وأكد المدير أن برنامج "كتاب بكتاب" يتيح للزوار استبدال كتبهم.',             # after a naming noun
    "وقال المتحدث إن الطائرات قصفت مواقع لتنظيم «داعش» قرب المدينة.",
    'وذكرت الإدارة أن الحاسوب الجديد سيساعد "ناسا" على تطوير عملياتها.',
    'وأوضح أن عدد البلاغات بلغ "84" بلاغا خلال الشهر.',
])
def test_names_and_figures_quoted_inside_a_claim_are_no_quotes(analyse, text):
    result = analyse(text)
    assert result.quotes == [] and len(result.claims) == 1
