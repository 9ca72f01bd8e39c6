"""Claims: source, cue and content of reported speech, each stance, negation and hedges,
participle cues, continuation, and where content ends."""
import pytest

import marsad
from marsad.layers import CLAIMS
from tests.annotators.attribution.conftest import at, where


def one_claim(result):
    assert len(result.claims) == 1, [(c.cue.text, c.content.text) for c in result.claims]
    return result.claims[0]


def test_vso_speaker_adverbials_and_an_inna_clause(analyse):
    text = "وقال المتحدث باسم الوزارة عبدالله الفلاني في تصريح له أمس إن الحكومة أقرت الميزانية الجديدة."
    c = one_claim(analyse(text))
    assert where(c.cue) == at(text, "وقال") and c.cue.text == "وقال"
    assert where(c.source) == at(text, "المتحدث باسم الوزارة عبدالله الفلاني")
    assert c.source.text == "المتحدث باسم الوزارة عبدالله الفلاني"
    assert where(c.content) == at(text, "الحكومة أقرت الميزانية الجديدة")
    assert c.content.text == "الحكومة أقرت الميزانية الجديدة" and c.stance == "assert"


def test_hedged_svo_confirmation_and_a_second_claim_in_the_sentence(analyse):
    text = ("وبدا أن الرئيس الروسي فلاديمير بوتين يؤكد، الخميس، إرسال جنود كوريين شماليين للقتال في روسيا، "
            "فيما قال مسؤولون في المخابرات الأوكرانية إن القوات وصلت إلى منطقة كورسك.")
    confirm, said = analyse(text).claims
    assert confirm.stance == "confirm" and confirm.cue.text == "يؤكد"
    assert confirm.source.text == "الرئيس الروسي فلاديمير بوتين" and where(confirm.source) == at(text, confirm.source.text)
    assert confirm.content.text == "إرسال جنود كوريين شماليين للقتال في روسيا"
    assert where(confirm.content) == at(text, confirm.content.text)
    assert said.stance == "assert" and said.source.text == "مسؤولون في المخابرات الأوكرانية"
    assert said.content.text == "القوات وصلت إلى منطقة كورسك"


@pytest.mark.parametrize("text,stance,cue,source,content", [
    ("ونفت وزارة الموارد المائية في بيان أمس التقارير التي تحدثت عن جفاف الأهوار.",
     "deny", "ونفت", "وزارة الموارد المائية", "التقارير التي تحدثت عن جفاف الأهوار"),
    ("ولم ينف المتحدث وجود مفاوضات سرية مع الجانب الآخر.",
     "confirm", "ينف", "المتحدث", "وجود مفاوضات سرية مع الجانب الآخر"),
    ("ويقدر مسؤولو المخابرات الكورية الجنوبية أن 12 ألف جندي كوري شمالي موجودون الآن في روسيا.",
     "estimate", "ويقدر", "مسؤولو المخابرات الكورية الجنوبية", "12 ألف جندي كوري شمالي موجودون الآن في روسيا"),
    ("وتوقع خبراء في سوق الطاقة أن تواصل أسعار النفط تراجعها خلال الربع المقبل.",
     "estimate", "وتوقع", "خبراء في سوق الطاقة", "تواصل أسعار النفط تراجعها خلال الربع المقبل"),
    ("وشكك الخبراء الغربيون في قرار بوتين بتفعيل المعاهدة.",
     "doubt", "وشكك", "الخبراء الغربيون", "قرار بوتين بتفعيل المعاهدة"),
    ("وتساءل الأهالي عن إغفال الفرحة بالعيد في المحافظة.",
     "doubt", "وتساءل", "الأهالي", "إغفال الفرحة بالعيد في المحافظة"),
    ("ولا يعتقد المحللون أن البنك المركزي سيرفع الفائدة هذا العام.",
     "doubt", "يعتقد", "المحللون", "البنك المركزي سيرفع الفائدة هذا العام"),
    ("ويخشى مربو الماشية في مونتانا من أن تصيب الحيوانات الشاردة أبقارهم بالمرض.",
     "warn", "ويخشى", "مربو الماشية في مونتانا", "تصيب الحيوانات الشاردة أبقارهم بالمرض"),
    ("وحذرت الأمم المتحدة من أن ثلاثة ملايين شخص قد يواجهون نقصا حادا في مياه الشرب.",
     "warn", "وحذرت", "الأمم المتحدة", "ثلاثة ملايين شخص قد يواجهون نقصا حادا في مياه الشرب"),
    ("وطالب أعضاء المجلس بضرورة الإسراع في تنفيذ مشاريع الصرف الصحي.",
     "demand", "وطالب", "أعضاء المجلس", "ضرورة الإسراع في تنفيذ مشاريع الصرف الصحي"),
    ("ودعا الوزير المواطنين إلى التبليغ عن المخالفات عبر التطبيق.",
     "demand", "ودعا", "الوزير", "التبليغ عن المخالفات عبر التطبيق"),
    ("وشدد المتحدث باسم المؤسسة على أصحاب العمل أهمية الالتزام بإدخال البيانات الصحيحة.",
     "demand", "وشدد", "المتحدث باسم المؤسسة", "أصحاب العمل أهمية الالتزام بإدخال البيانات الصحيحة"),
    ("وتعهد الرئيس بمحاسبة المسؤولين عن الحادث.",
     "promise", "وتعهد", "الرئيس", "محاسبة المسؤولين عن الحادث"),
    ("واتهم الحزب الكردي الحكومة بالتواطؤ مع التنظيم.",
     "accuse", "واتهم", "الحزب الكردي", "الحكومة بالتواطؤ مع التنظيم"),
    ("وأكد وزير الخارجية أن المملكة ماضية في دعم الحل السياسي.",
     "confirm", "وأكد", "وزير الخارجية", "المملكة ماضية في دعم الحل السياسي"),
])
def test_each_stance(analyse, text, stance, cue, source, content):
    c = one_claim(analyse(text))
    assert (c.stance, c.cue.text, c.source.text, c.content.text) == (stance, cue, source, content)
    assert where(c.cue) == at(text, cue) and where(c.content) == at(text, content)
    assert where(c.source) == at(text, source)


def test_participles_report_for_the_subject_of_their_clause(analyse):
    text = ("وأوضح المتحدث باسم المؤسسة عبدالله العبدالجبار أنه يتم استقبال الطلبات آلياً ,مبيناً أن المؤسسة "
            "استحدثت رقما خاصا للاستفسارات، لافتاً إلى أن التعويض يصرف لمدة 12 شهراً.")
    first, second, third = analyse(text).claims
    assert [c.cue.text for c in (first, second, third)] == ["وأوضح", "مبيناً", "لافتاً"]
    assert first.content.text == "يتم استقبال الطلبات آلياً"
    assert second.content.text == "المؤسسة استحدثت رقما خاصا للاستفسارات"
    assert third.content.text == "التعويض يصرف لمدة 12 شهراً"
    for c in (first, second, third):
        assert where(c.source) == at(text, "المتحدث باسم المؤسسة عبدالله العبدالجبار")


def test_a_participle_after_a_non_reporting_verb_takes_its_subject(analyse):
    text = ("وأعرب ذوو الضحايا عن شكرهم للقيادة على مواساتهم، مشيرين إلى أن ذلك غير مستغرب منها، "
            "مؤكدين أن ما أصابهم لم يزدهم إلا ثباتا.")
    pointed, confirmed = analyse(text).claims
    assert pointed.stance == "assert" and confirmed.stance == "confirm"
    assert pointed.content.text == "ذلك غير مستغرب منها"
    assert confirmed.content.text == "ما أصابهم لم يزدهم إلا ثباتا"
    for c in (pointed, confirmed):
        assert c.source.text == "ذوو الضحايا" and where(c.source) == at(text, "ذوو الضحايا")


def test_coordinated_cues_and_blame(analyse):
    text = ("مما جعل أهالي المحافظة يتساءلون ويستغربون من عدم إقامة احتفالات العيد، ملقين باللوم على "
            "المحافظة التي من المفترض أنها تسعى لتحقيق ذلك.")
    asked, blamed = analyse(text).claims
    assert asked.cue.text == "يتساءلون" and asked.stance == "doubt"
    assert asked.source.text == "أهالي المحافظة" and asked.content.text == "عدم إقامة احتفالات العيد"
    assert blamed.cue.text == "ملقين باللوم" and blamed.stance == "accuse"
    assert blamed.content.text == "المحافظة التي من المفترض أنها تسعى لتحقيق ذلك"
    assert blamed.source.text == "أهالي المحافظة"


def test_continuation_by_gender(analyse):
    text = ("وقالت امي بارتليت المتحدثة باسم المتنزه إن المرأة أصيبت بجروح طفيفة.\n"
            "وقال مدير الشرطة إن التحقيق جار.\n"
            "وقالت إن الثيران تقترب غالبا من مخيمات السائحين.\n"
            "ومضت تقول إن الأمر تطلب نقل أربعة إلى المستشفيات.")
    claims = analyse(text).claims
    assert [c.cue.text for c in claims] == ["وقالت", "وقال", "وقالت", "ومضت تقول"]
    assert claims[2].source.text == claims[3].source.text == "امي بارتليت المتحدثة باسم المتنزه"
    assert where(claims[3].content) == at(text, "الأمر تطلب نقل أربعة إلى المستشفيات")


def test_content_ends_at_a_new_clause_but_not_at_a_parenthetical(analyse):
    text = ("وأكد سمو الأمير أن سوق عكاظ سيواصل هذا العام، كما في الأعوام الماضية، أداء رسالته الثقافية، "
            "فيما قال أمين السوق إن البرنامج سيبدأ يوم الخميس.")
    first, second = analyse(text).claims
    assert first.content.text == "سوق عكاظ سيواصل هذا العام، كما في الأعوام الماضية، أداء رسالته الثقافية"
    assert second.content.text == "البرنامج سيبدأ يوم الخميس" and second.source.text == "أمين السوق"


def test_a_sentence_glued_to_the_next_one_ends_the_content(analyse):
    text = "وحذرت الإمارة من شرائح اتصالات مجهولة تباع في الطرقات.ووصفت الإمارة من يبيعها بأنه مخل بالأمن."
    first = analyse(text).claims[0]
    assert first.content.text == "شرائح اتصالات مجهولة تباع في الطرقات" and first.stance == "warn"


@pytest.mark.parametrize("text", [
    "ويذكر أن المهرجان انطلق العام الماضي بمشاركة واسعة.",          # impersonal passive
    "ومن المتوقع أن يرتفع الطلب على الكهرباء خلال الصيف.",
    "ويتوقع أن ترتفع الأسعار في الربع الأخير.",
    "وكان بوتين يشير إلى المادة الرابعة من الاتفاقية.",               # أشار إلى + noun: a reference
    "تنص المعاهدة على بعض المحاذير، مثل أن المساعدة يجب أن تكون متوافقة مع القوانين.",
    "وقدم شكره للحضور، داعيا الله أن يحفظ البلاد من كل مكروه.",         # a prayer
    "لكن المكاسب المتواضعة تشير إلى أن المستثمرين ما زالوا حذرين.",     # no one reports
    "يكشف هذا المعرض عن جذور الهوس بالجمال، حيث إن المنحوتات تؤكد ذلك.",
    "واستبعد المدرب من القائمة لاعب الوسط بسبب الإصابة.",             # استبعد لاعبا: dropped a player
])
def test_no_claim(analyse, text):
    assert analyse(text).claims == [], text


def test_verbatim_speech_is_not_a_claim(analyse):
    result = analyse("وأضاف الفريق المحرج أن «أي جزء يستهدف من أبناء هذا الوطن هو استهداف للوطن بأكمله».")
    assert result.claims == [] and len(result.quotes) == 1


@pytest.mark.parametrize("text,cue,source,content", [
    ("وأوضح المشرف على أعمال العيد بأمانة المنطقة المهندس عبدالكريم أبو خرشة، أن الحضور تجاوز عشرين ألفا.",
     "وأوضح", "المشرف على أعمال العيد بأمانة المنطقة المهندس عبدالكريم أبو خرشة", "الحضور تجاوز عشرين ألفا"),
    ("ويقول القائمون على الحملة إنها أتت كمبادرة شعبية.",
     "ويقول", "القائمون على الحملة", "أتت كمبادرة شعبية"),
    ("من جهته، أشار علي التميمي المدير العام للشركة، إلى أن الطلب على الأراضي تراجع.",
     "أشار", "علي التميمي المدير العام للشركة", "الطلب على الأراضي تراجع"),
    ("ونقلت الصحيفة عن متحدث باسم الشرطة الذي أكد أن الشرطيين دخلوا الصالة قبل إطلاق النار.",
     "أكد", "متحدث باسم الشرطة", "الشرطيين دخلوا الصالة قبل إطلاق النار"),
    ("وطالب الخولي المسؤولين عن تلك القرارات بعدم السماح بالتجاوزات.",
     "وطالب", "الخولي", "عدم السماح بالتجاوزات"),
])
def test_speaker_phrases_with_prepositions_names_and_relatives(analyse, text, cue, source, content):
    c = one_claim(analyse(text))
    assert (c.cue.text, c.source.text, c.content.text) == (cue, source, content)
    assert where(c.source) == at(text, source) and where(c.content) == at(text, content)


def test_a_relative_clause_whose_verb_does_not_agree_reports_nothing(analyse):
    assert analyse("وتذمر من التمارين التي يرى أنها تخالف النهج الحديث.").claims == []


def test_a_pronoun_before_the_verb_continues_the_speaker(analyse):
    text = "وقال المهندس سايتو إن الجهاز جاهز. فهو يقول إنه يساعد الناس على دفع المقاعد المتحركة."
    first, second = analyse(text).claims
    assert second.cue.text == "يقول" and where(second.source) == at(text, "المهندس سايتو")
    assert second.content.text == "يساعد الناس على دفع المقاعد المتحركة"


def test_a_call_repeated_without_a_subject_is_addressed_to_its_object():
    # With the named entities (the name أسامة النجيفي ends the speaker's phrase before الحكومة).
    text = ("دعا نائب رئيس الجمهورية أسامة النجيفي الحكومة إلى القصاص من المنفذين، كما دعا الحكومة "
            "إلى استيعاب ردود الأفعال.")
    first, second = marsad.analyze(text).layer(CLAIMS)
    assert first.content.text == "القصاص من المنفذين" and second.content.text == "استيعاب ردود الأفعال"
    assert first.stance == second.stance == "demand"
    assert where(second.source) == where(first.source) == at(text, "أسامة النجيفي")     # the name's mention
    assert first.description.text == "نائب رئيس الجمهورية أسامة النجيفي"              # and the whole phrase


def test_an_addressee_is_neither_speaker_nor_content(analyse):
    text = "وأكد مصدر تركي لوكالة الأنباء وصول ست طائرات أمريكية إلى القاعدة."
    c = one_claim(analyse(text))
    assert c.source.text == "مصدر تركي" and c.content.text == "وصول ست طائرات أمريكية إلى القاعدة"


def test_a_fronted_name_and_promising_as_an_adjective(analyse):
    text = "المشوح، أكد في سياق تصريحاته أن جزءا من المنضمين غير ملتزم دينيا."
    c = one_claim(analyse(text))
    assert where(c.source) == at(text, "المشوح") and c.content.text == "جزءا من المنضمين غير ملتزم دينيا"
    assert analyse("وتقول الشركة ان لديها الآن 28 جزيئا واعدا وان بعض منتجاتها جاهز.").claims[0].cue.text == "وتقول"
    assert len(analyse("لديها الآن 28 جزيئا واعدا وان بعض منتجاتها جاهز.").claims) == 0


@pytest.mark.parametrize("text,stance,source,content", [
    ("كما جدد د. أحمد الطيب شيخ الأزهر دعوته لكبار العلماء إلى الاجتماع بالأزهر.",
     "demand", "د. أحمد الطيب شيخ الأزهر", "كبار العلماء إلى الاجتماع بالأزهر"),
    ("وجددت المملكة رفضها للتدخل في شؤون البحرين.", "deny", "المملكة", "للتدخل في شؤون البحرين"),
    ("وجدد الوزير تأكيده أن المشروع سيكتمل في موعده.", "confirm", "الوزير", "المشروع سيكتمل في موعده"),
])
def test_what_is_renewed_decides_the_stance(analyse, text, stance, source, content):
    c = one_claim(analyse(text))
    assert (c.stance, c.source.text, c.content.text) == (stance, source, content)
    assert c.cue.text.endswith(("جدد", "جددت")) and where(c.content) == at(text, content)
    assert analyse("وجدد النادي عقد اللاعب لموسمين.").claims == []


def test_a_participle_reports_for_the_subject_it_agrees_with(analyse):
    text = ("وأضاف قراش أنه نظيرا للتعامل الإنساني، كرّمت المفوضية السامية لشؤون اللاجئين المملكة، "
            "مؤكدة أنها تجربة رائدة يمكن تعميمها.")
    said, confirmed = analyse(text).claims
    assert said.source.text == "قراش" and confirmed.cue.text == "مؤكدة"
    assert confirmed.source.text.startswith("المفوضية السامية") and confirmed.stance == "confirm"
    assert confirmed.content.text == "تجربة رائدة يمكن تعميمها"


@pytest.mark.parametrize("text,cue,stance,source,content", [
    ("وطالب فيها المدرب اللاعبين بالدقة في التمرير.", "وطالب", "demand", "المدرب", "الدقة في التمرير"),
    ("وجدد رئيس هيئة الأركان، التأكيد بإحكام المقاومة السيطرة على مديريات عدن.",
     "وجدد", "confirm", "رئيس هيئة الأركان", "إحكام المقاومة السيطرة على مديريات عدن"),
])
def test_adverbial_pronouns_and_renewals_with_the_article(analyse, text, cue, stance, source, content):
    c = one_claim(analyse(text))
    assert (c.cue.text, c.stance, c.source.text, c.content.text) == (cue, stance, source, content)


def test_a_clause_right_after_a_subjectless_cue_is_what_was_said(analyse):
    text = "وأوضح أمين الهيئة أن الاتفاقية مهمة. وأضاف تم اختيار المركز لأن لديه مقرات في مختلف المدن."
    first, second = analyse(text).claims
    assert second.cue.text == "وأضاف" and second.content.text == "تم اختيار المركز لأن لديه مقرات في مختلف المدن"
    assert where(second.source) == at(text, "أمين الهيئة")


# --- claims whose content is a noun phrase ---------------------------------------------------------------------

@pytest.mark.parametrize("text,stance,cue,source,content", [
    ("وأعلنت الشركة توزيع أرباح نقدية على المساهمين بواقع ريال للسهم.",
     "assert", "وأعلنت", "الشركة", "توزيع أرباح نقدية على المساهمين بواقع ريال للسهم"),
    ("وكشف المبعوث الأممي عن استعداد الجامعة لاستضافة جولة جديدة من المحادثات.",
     "assert", "وكشف", "المبعوث الأممي", "استعداد الجامعة لاستضافة جولة جديدة من المحادثات"),
    ("وأعلن قائد العمليات المشتركة مقتل أربعة من عناصر التنظيم في غارة جوية.",
     "assert", "وأعلن", "قائد العمليات المشتركة", "مقتل أربعة من عناصر التنظيم في غارة جوية"),
    ("أعلنت قيادة القوات المشتركة في بيان لها أمس استشهاد أحد الجنود على الحدود.",
     "assert", "أعلنت", "قيادة القوات المشتركة", "استشهاد أحد الجنود على الحدود"),
    ("وأرجعت الشركة تراجع أرباحها إلى انخفاض أسعار النفط في الأسواق العالمية.",
     "assert", "وأرجعت", "الشركة", "تراجع أرباحها إلى انخفاض أسعار النفط في الأسواق العالمية"),
    ("وتوقع الخبراء ارتفاع أسعار العقارات خلال العام المقبل.",
     "estimate", "وتوقع", "الخبراء", "ارتفاع أسعار العقارات خلال العام المقبل"),
    ("وأعلنت السلطات حالة الطوارئ في المدينة يوم الاثنين.",
     "assert", "وأعلنت", "السلطات", "حالة الطوارئ في المدينة يوم الاثنين"),
    ("عندما أعلن مدعون أمريكيون توجيه الاتهام لتسعة مسؤولين.",
     "assert", "أعلن", "مدعون أمريكيون", "توجيه الاتهام لتسعة مسؤولين"),
    ("وأعلنت سلمى الحربي، وزيرة الشؤون الاجتماعية، عن تكريم الجمعيات الفائزة.",
     "assert", "وأعلنت", "سلمى الحربي، وزيرة الشؤون الاجتماعية", "تكريم الجمعيات الفائزة"),
    ("وأعلنت وكالة الأنباء الأردنية أن غدا أول أيام العيد.",
     "assert", "وأعلنت", "وكالة الأنباء الأردنية", "غدا أول أيام العيد"),
])
def test_announced_disclosed_and_expected_nouns(analyse, text, stance, cue, source, content):
    c = one_claim(analyse(text))
    assert (c.stance, c.cue.text, c.source.text, c.content.text) == (stance, cue, source, content)
    assert where(c.cue) == at(text, cue) and where(c.source) == at(text, source) and where(c.content) == at(text, content)


@pytest.mark.parametrize("text", [
    "ويرجع ذلك إلى انخفاض الطلب في السوق المحلية.",
    "ونقل الهلال الأحمر المصابين إلى مستشفى الملك فهد.",
    "وتم نقل المصابين إلى المستشفى لتلقي العلاج.",
    "ولم تكن الطبقة أكبر من الصور التي توقعتها نماذج الحاسوب.",
    "وكان الأمر تطلب نقل أربعة مصابين.",
])
def test_look_alikes_of_the_new_verbs_report_nothing(analyse, text):
    assert analyse(text).claims == [], text


# --- calls and requests with an addressee ------------------------------------------------------------------------

@pytest.mark.parametrize("text,source,content", [
    ("ودعا إمام المسجد أبناء المجتمع إلى التكاتف والوقوف صفا واحدا.", "إمام المسجد", "التكاتف والوقوف صفا واحدا"),
    ("وطالب المتضررون بردود واضحة من الجهات المعنية.", "المتضررون", "ردود واضحة من الجهات المعنية"),
    ("واقترح الاتحاد الآسيوي تأجيل البطولة إلى العام المقبل.", "الاتحاد الآسيوي", "تأجيل البطولة إلى العام المقبل"),
    ("وطلب الاتحاد المحلي استضافة البطولة على ملاعبه.", "الاتحاد المحلي", "استضافة البطولة على ملاعبه"),
    ("ودعت المنظمة الوزير إلى التدخل العاجل لوقف الانتهاكات.", "المنظمة", "التدخل العاجل لوقف الانتهاكات"),
    ("وطلبت الشرطة من المواطنين الإبلاغ عن أي تحركات مشبوهة.", "الشرطة", "الإبلاغ عن أي تحركات مشبوهة"),
])
def test_demands_with_an_object_or_a_preposition(analyse, text, source, content):
    c = one_claim(analyse(text))
    assert c.stance == "demand" and c.source.text == source and c.content.text == content
    assert where(c.source) == at(text, source) and where(c.content) == at(text, content)


# --- doubts, descriptions, continuation -----------------------------------------------------------------------

def test_a_described_accusation_is_a_claim_and_a_plain_description_is_not(analyse):
    text = "ونفى المتحدث باسم الوزارة الاتهامات، واصفاً الاتهام بأنه خطير ولا يستند إلى أي دليل."
    deny, described = analyse(text).claims
    assert deny.stance == "deny" and deny.content.text == "الاتهامات"
    assert described.cue.text == "واصفاً" and described.stance == "assert"
    assert described.content.text == "خطير ولا يستند إلى أي دليل" and where(described.source) == at(text, "المتحدث باسم الوزارة")
    assert analyse("ووصف الوزير الاتفاق بالتاريخي.").claims == []
    (c,) = analyse("ووصف حادث التفجير بأنه عمل إجرامي جبان.").claims
    assert c.source is None and c.content.text == "عمل إجرامي جبان"     # the event is described, not speaking


def test_a_continued_cue_skips_subjects_that_said_nothing(analyse):
    text = ("وقال رئيس الهيئة خالد العمري إن الهيئة بدأت تطبيق النظام الجديد. وتهدف الهيئة إلى تحسين الخدمات. "
            "وتشمل المرحلة الأولى عشر مدن. وأشار إلى أن المرحلة الثانية ستبدأ العام المقبل.")
    first, later = analyse(text).claims
    assert later.cue.text == "وأشار" and later.content.text == "المرحلة الثانية ستبدأ العام المقبل"
    assert where(later.source) == at(text, "رئيس الهيئة خالد العمري") == where(first.source)
    text = "وزار وزير الصحة المستشفى أمس. وأكد أن الخدمات ستتحسن قريبا."
    (c,) = analyse(text).claims
    assert where(c.source) == at(text, "وزير الصحة")                  # the subject of the sentence before


# --- according to a source ------------------------------------------------------------------------------------

@pytest.mark.parametrize("text,cue,source,content", [
    ("وبحسب المرصد فقد اغتنم المقاتلون انشغال القوات الحكومية بالمعارك.",
     "وبحسب", "المرصد", "اغتنم المقاتلون انشغال القوات الحكومية بالمعارك"),
    ("وقتل 20 شخصا على الأقل في الغارات، بحسب المرصد السوري لحقوق الإنسان.",
     "بحسب", "المرصد السوري لحقوق الإنسان", "وقتل 20 شخصا على الأقل في الغارات"),
    ("ووفقا لمصادر محلية فإن الاجتماع سيعقد الأسبوع المقبل.", "ووفقا", "مصادر محلية", "الاجتماع سيعقد الأسبوع المقبل"),
    ("ومدد النادي عقد هدافه حتى عام 2019 بحسب ما أعلن رئيسه أمس.",
     "بحسب ما أعلن", "رئيسه", "ومدد النادي عقد هدافه حتى عام 2019"),
    ("وتم العثور على مسدس في سيارة المتهم وفقا لوثائق المحكمة.",
     "وفقا", "وثائق المحكمة", "وتم العثور على مسدس في سيارة المتهم"),
])
def test_according_to_makes_a_claim_of_its_source(analyse, text, cue, source, content):
    c = one_claim(analyse(text))
    assert (c.cue.text, c.source.text, c.content.text, c.stance) == (cue, source, content, "assert")
    assert where(c.cue) == at(text, cue) and where(c.source) == at(text, source) and where(c.content) == at(text, content)


@pytest.mark.parametrize("text", [
    "ووفقا للنظام يحق للموظف الحصول على إجازة سنوية.",
    "والمضي في خطط التنمية وفق إستراتيجية محكمة هو الخيار الأمثل.",
    "وتزيد التكلفة أو تقل قليلا وفق عدد الأيام والمكان.",
    "والمصروف اليومي للطلاب حسب طلبهم.",
])
def test_according_to_a_rule_or_a_measure_is_no_attribution(analyse, text):
    assert analyse(text).claims == [], text


def test_an_outlet_quoting_a_source_reports_it(analyse):
    text = "ونقلت وكالة الأنباء الرسمية عن مصدر عسكري أن الدفاعات الجوية تصدت لصاروخ باليستي."
    c = one_claim(analyse(text))
    assert c.cue.text == "ونقلت" and where(c.source) == at(text, "وكالة الأنباء الرسمية")
    assert c.content.text == "الدفاعات الجوية تصدت لصاروخ باليستي" and c.stance == "assert"
    text = "وقال بيان للديوان الملكي نقلا عن المحكمة العليا إن يوم غد هو أول أيام العيد."
    c = one_claim(analyse(text))
    assert c.cue.text == "وقال" and c.source.text == "بيان للديوان الملكي"


def test_a_call_for_quoted_words_is_a_claim_and_a_quote(analyse):
    text = 'ودعا الأمين العام الطرفين إلى "ضبط النفس".'
    result = analyse(text)
    (claim,) = result.claims
    (quote,) = result.quotes
    assert claim.stance == "demand" and where(claim.source) == at(text, "الأمين العام")
    assert quote.text == "ضبط النفس" and where(quote) == at(text, "ضبط النفس") and quote.cue.text == "ودعا"
    text = 'وأكدوا أن "وجود المهرجانات أمر مهم لإحياء المحافظة".'
    assert analyse(text).claims == [] and len(analyse(text).quotes) == 1     # verbatim after أن: a quote only


def test_a_participle_reports_for_a_bare_title_subject(analyse):
    text = "ورفض الوزير الاتهام، واصفاً الاتهام بأنه خطير."
    (claim,) = analyse(text).claims
    assert claim.cue.text == "واصفاً" and where(claim.source) == at(text, "الوزير") and claim.content.text == "خطير"


@pytest.mark.parametrize("text,cue,source,content", [
    ("وستمر السفن في المجرى الملاحي غدا حسبما أعلن الفريق مهاب مميش.",
     "حسبما أعلن", "الفريق مهاب مميش", "وستمر السفن في المجرى الملاحي غدا"),
    ("قرية التمور، وبحسب المشرف على الفعاليات، صممت من الطراز البنائي القديم.",
     "وبحسب", "المشرف على الفعاليات", "صممت من الطراز البنائي القديم"),
    ("كما أعلنت الأوقاف في يوليو الماضي عن تعاقدها مع شركات حراسة.", "أعلنت", "الأوقاف", "تعاقدها مع شركات حراسة"),
    ("وتوقع القحطاني زيادة نسبة المشاركة في الانتخابات.", "وتوقع", "القحطاني", "زيادة نسبة المشاركة في الانتخابات"),
    ("أعلن رئيس النادي المصري مرتضى منصور عن تنحيه من رئاسة النادي.",
     "أعلن", "رئيس النادي المصري مرتضى منصور", "تنحيه من رئاسة النادي"),
])
def test_sources_before_their_objects_and_markers_with_ma(analyse, text, cue, source, content):
    c = one_claim(analyse(text))
    assert (c.cue.text, c.source.text, c.content.text) == (cue, source, content)
    assert where(c.source) == at(text, source) and where(c.content) == at(text, content)


@pytest.mark.parametrize("text", [
    "حيث أعلنت حالة الطوارئ في عدد من المستشفيات العامة.",          # أُعلنت: a passive
    "رغم أنه لم يتهم شخصيا بارتكاب أي مخالفات.",
])
def test_an_object_without_a_subject_after_a_bare_verb_is_a_passive(analyse, text):
    assert analyse(text).claims == [], text


def test_one_quoted_word_is_the_sources_only_when_equated(analyse):
    text = "وقال البيان إن الهجوم أسفر عن «استشهاد» عدد من رجال الأمن."
    assert analyse(text).quotes == []
    text = "وقال المتحدث إن الأموال كانت عبارة عن «تبرعات» جمعت من الأهالي."
    (q,) = analyse(text).quotes
    assert q.text == "تبرعات" and where(q) == at(text, "تبرعات")


@pytest.mark.parametrize("text", [
    "ربما كان هذا أمرا متوقعا طبيعيا، لأن المفاوضات جزء من الحرب.",       # an adjective
    "فقبل المباراة توجه الحكم إلى اللاعب وطلب منه أن يلتقط صورة برفقته.",   # a request in a story
    "وقرر إعفاء وكيل الوزارة على حد وصفه ووضع شركة أخرى مكانها.",           # على حد وصفه: no cue
])
def test_participles_requests_and_glosses_that_report_nothing(analyse, text):
    assert analyse(text).claims == [], text


def test_a_name_apposed_between_commas_ends_the_subject_before_the_object():
    text = ("فيما توقع نائب الرئيس رئيس الوزراء، خالد بحاح، في تصريحات صحفية أول من أمس، عودة نصف مليون نازح "
            "إلى منازلهم.")
    (c,) = marsad.analyze(text).layer(CLAIMS)
    assert c.stance == "estimate" and c.content.text == "عودة نصف مليون نازح إلى منازلهم"
    assert where(c.source) == at(text, "خالد بحاح") and c.description.text == "نائب الرئيس رئيس الوزراء، خالد بحاح"


@pytest.mark.parametrize("text", [
    "وهناك مطالب بسيطة يطلبها المواطن من عضو المجلس البلدي.",
    "وقال الطبيب إن المدير يعاقب كل من يطلب خدمة خاصة.",
])
def test_the_imperfect_of_asking_is_generic(analyse, text):
    assert all(c.cue.text != "يطلب" and c.cue.text != "يطلبها" for c in analyse(text).claims), text


def test_quoted_programme_names_and_writers_terms_in_a_claim_are_no_quotes(analyse):
    for text in ['وأشار التقرير إلى أن نسبة المتقدمين على «جدارة 3» لم تتجاوز 11 في المئة.',
                 'وأكد الشاب أنه يفضل التواصل التقليدي حيث إن "سقف توقعات" القارئ ينهار سريعا.']:
        assert analyse(text).quotes == [], text


def test_an_accusation_with_an_object_pronoun_continues_the_speaker(analyse):
    text = "وقالت الصحيفة إن اللاعب غاب عن التدريبات. واتهمته بالتمارض لتفادي المباراة."
    said, accused = analyse(text).claims
    assert accused.cue.text == "واتهمته" and accused.stance == "accuse"
    assert accused.source is not None and accused.source.text == "الصحيفة"
    assert where(accused.content) == at(text, "بالتمارض لتفادي المباراة")
    assert accused.content.text == "بالتمارض لتفادي المباراة"


def test_a_circumstantial_participle_before_the_verbs_preposition(analyse):
    text = "وأعلن النادي ممثلا بلجنة الانضباط عن إيقاف المدافع ثلاث مباريات."
    c = one_claim(analyse(text))
    assert where(c.source) == at(text, "النادي") and c.source.text == "النادي"
    assert where(c.content) == at(text, "إيقاف المدافع ثلاث مباريات")
    assert c.content.text == "إيقاف المدافع ثلاث مباريات"


def test_an_adverbial_ending_in_a_parenthesis_before_an_clause(analyse):
    text = "وأكد المدير في حسابه الشخصي عبر موقع التواصل الاجتماعي (تويتر) أن الرواتب ستصرف غدا."
    c = one_claim(analyse(text))
    assert c.stance == "confirm" and where(c.source) == at(text, "المدير") and c.source.text == "المدير"
    assert where(c.content) == at(text, "الرواتب ستصرف غدا") and c.content.text == "الرواتب ستصرف غدا"


@pytest.mark.parametrize("text,stance,content", [
    ("وقال خبير النقل إن الميناء الجديد يمثل ضرورة لاستيعاب حركة السفن.", "assert",
     "الميناء الجديد يمثل ضرورة لاستيعاب حركة السفن"),
    ("وأكد المدير أنه من الضروري الالتزام بالمواعيد.", "demand", "من الضروري الالتزام بالمواعيد"),
    ("وشدد المتحدث على أصحاب المحلات أهمية النظافة.", "demand", "أصحاب المحلات أهمية النظافة"),
])
def test_a_need_is_a_demand_unless_a_verb_of_the_content_governs_it(analyse, text, stance, content):
    c = one_claim(analyse(text))
    assert c.stance == stance and where(c.content) == at(text, content) and c.content.text == content


def test_a_verbal_noun_with_hamza_below_is_no_perfect_cue(analyse):
    text = "وأصدرت المحكمة حكمها، إدانته بانضمامه إلى خلية إرهابية."
    assert analyse(text).claims == []
    text = "وأصدرت المحكمة حكمها، وأدانته بالانضمام إلى خلية إرهابية."
    c = one_claim(analyse(text))
    assert c.cue.text == "وأدانته" and c.stance == "accuse" and where(c.cue) == at(text, "وأدانته")


def test_a_manner_adverb_ends_the_subject_and_a_fixed_name_stays_whole(analyse):
    text = "وأدانت الأمانة العامة للمجلس وبشدة العمل الإجرامي الذي استهدف المصلين."
    c = one_claim(analyse(text))
    assert where(c.source) == at(text, "الأمانة العامة للمجلس") and c.source.text == "الأمانة العامة للمجلس"
    assert where(c.content) == at(text, "العمل الإجرامي الذي استهدف المصلين")
    assert c.content.text == "العمل الإجرامي الذي استهدف المصلين"
    text = "وأكد مدير فرع هيئة الأمر بالمعروف والنهي عن المنكر بالمحافظة أن الفرق الميدانية جاهزة."
    c = one_claim(analyse(text))
    phrase = "مدير فرع هيئة الأمر بالمعروف والنهي عن المنكر بالمحافظة"
    assert where(c.source) == at(text, phrase) and c.source.text == phrase
    assert where(c.content) == at(text, "الفرق الميدانية جاهزة") and c.content.text == "الفرق الميدانية جاهزة"


@pytest.mark.parametrize("text", [
    "ولم تعلن أي جماعة مسؤوليتها عن التفجير حتى مساء أمس.",
    "ولم يكشف المتحدث هوية المهاجم.",
    "ويشترط ألا يقل عمر المتقدم عن 30 عاما.",
    "لا تقل إن الأمر مستحيل قبل أن تحاول.",
])
def test_nothing_said_is_no_claim(analyse, text):
    assert analyse(text).claims == [], text


def test_a_negated_saying_with_a_clause_still_doubts(analyse):
    text = "ولم يقل الوزير إن الحكومة ستتراجع عن القرار."
    c = one_claim(analyse(text))
    assert c.stance == "doubt" and where(c.cue) == at(text, "يقل") and c.cue.text == "يقل"
    assert where(c.content) == at(text, "الحكومة ستتراجع عن القرار") and c.content.text == "الحكومة ستتراجع عن القرار"


def test_an_article_that_ends_on_the_subject_of_a_transmitting_verb_has_no_claim_there(analyse):
    # نقل needs "عن" after its subject; here the article ends on the subject (once an IndexError).
    text = "وأعلنت الوزارة أن المدارس ستفتح أبوابها يوم الأحد. ونقل التلفزيون الرسمي"
    result = analyse(text)
    c = one_claim(result)
    assert c.cue.text == "وأعلنت" and c.source.text == "الوزارة" and where(c.source) == at(text, "الوزارة")


def test_an_article_cut_after_a_speaker_and_a_comma_keeps_its_earlier_claim(analyse):
    # Scraped pages end mid-sentence; a subject then a comma at the very end was an IndexError.
    text = "وأعلنت الوزارة أن الدوام يبدأ الأحد. وأكد الوزير،"
    c = one_claim(analyse(text))
    assert c.cue.text == "وأعلنت" and where(c.content) == at(text, "الدوام يبدأ الأحد")
    assert c.content.text == "الدوام يبدأ الأحد"
