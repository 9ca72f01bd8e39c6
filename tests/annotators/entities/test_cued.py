"""Names found by their context: GeoNames cities, speakers after reporting verbs, outlets, models, editions."""
from marsad.annotators.entities.cued import city_mentions, city_persons, dateline_mentions, cued_mentions, model_mentions, outlet_mentions, \
    speaker_mentions
from marsad.annotators.entities.model import load
from marsad.layers import Mention
from tests.annotators.entities import view_of


def _found(rule, text, mentions=()):
    toks = view_of(text)
    out = rule(toks, list(mentions), load())
    for m in out:
        assert text[m.start:m.end] == m.text
    return [(m.start, m.end, m.text, m.label) for m in out]


def _texts(rule, text, mentions=()):
    return [(t, label) for _, _, t, label in _found(rule, text, mentions)]


def test_cities_after_a_locative_word_a_region_head_or_a_ruler():
    text = "وقال محافظ الطائف إن الأمطار هطلت في الطائف والرمادي، وامتدت إلى مدينة تكريت بالعراق."
    found = _found(city_mentions, text)
    assert [(t, lab) for _, _, t, lab in found] == [("الطائف", "LOC"), ("الطائف", "LOC"), ("الرمادي", "LOC"),
                                                    ("تكريت", "LOC")]
    second = text.index("الطائف", text.index("في"))
    assert found[1][:2] == (second, second + len("الطائف"))
    assert found[2][0] == text.index("والرمادي") + 1            # the و is cut


def test_a_list_of_cities_shares_its_first_members_context():
    text = "وشنت الطائرات غارات قرب الموصل وتكريت ونينوى صباح أمس."
    assert ("الموصل", "LOC") in _texts(city_mentions, text) and ("تكريت", "LOC") in _texts(city_mentions, text)
    text = "وذكرت المصادر أن القوات دخلت الرمادي والفلوجة بعد معارك عنيفة."
    assert _texts(city_mentions, text) == [("الرمادي", "LOC"), ("الفلوجة", "LOC")]


def test_city_names_that_are_common_words_need_more_than_a_preposition():
    # الخبر (Khobar) is also "the news", المائة "per cent", حواره "his interview", وليد a name
    assert _texts(city_mentions, "وأكد الخبر المنشور في الخبر أن الأسعار ارتفعت 30 في المائة.") == []
    assert _texts(city_mentions, "وقال في حواره مع الصحيفة إن الفريق جاهز.") == []
    assert _texts(city_mentions, "وحضر الحفل أمير منطقة الباحة وليد الخاطر.") == [("الباحة", "LOC")]
    assert _texts(city_mentions, "سقطت أمطار غزيرة على الخبر والدمام والقطيف.") == [
        ("الخبر", "LOC"), ("الدمام", "LOC"), ("القطيف", "LOC")]


def test_cities_already_named_are_left_alone():
    text = "وصل الوفد إلى جدة أمس."
    start = text.index("جدة")
    assert _found(city_mentions, text, [Mention(start, start + 3, text, "LOC", None, 0.9)]) == []


def test_speaker_after_a_reporting_verb():
    text = "وقال قاسم المحمدي إن القوات دخلت المدينة، وأكد عماش أن مفوضية الانتخابات ستعلن النتائج."
    found = _found(speaker_mentions, text)
    assert [(t, lab) for _, _, t, lab in found] == [("قاسم المحمدي", "PER"), ("عماش", "PER")]
    assert found[1][0] == text.index("عماش")


def test_no_speaker_from_nouns_titles_or_anonymous_sources():
    for text in ("وقال المتحدث الرسمي إن الوزارة ستعلن النتائج.", "وقال مصدر مطلع إن الاتفاق قريب.",
                 "وأكد البيان أن العمل مستمر.", "ويمكن توقع زيادته في الأشهر المقبلة.",
                 "وقال رئيس اللجنة إن العمل مستمر."):
        assert _texts(speaker_mentions, text) == [], text


def test_outlets_quoted_after_li_or_after_an_outlet_head():
    text = 'وقال مصدر لـ«الشرق الأوسط» إن الاجتماع تأجل، وأوضح لـ"سبق": إن الأمر انتهى.'
    found = _found(outlet_mentions, text)
    assert [(t, lab) for _, _, t, lab in found] == [("الشرق الأوسط", "ORG"), ("سبق", "ORG")]
    assert _texts(outlet_mentions, 'ونشرت صحيفة «كيهان» الإيرانية مقالا.') == [("كيهان", "ORG")]
    assert _texts(outlet_mentions, 'وأضاف الباحث أن علاجين لـ"السكري" قد يمنعان الإصابة.') == []


def test_rare_outlet_names_after_an_outlets_verb():
    assert _texts(outlet_mentions, "وذكرت عكاظ أن الأمطار هطلت، بحسب ما نقلت واس.") == [("عكاظ", "ORG"),
                                                                                         ("واس", "ORG")]
    assert _texts(outlet_mentions, "ووفقاً للتقرير فإن الأسعار ارتفعت.") == []


def test_weapon_models_and_editions_are_misc():
    text = "وشاركت طائرات تورنيدو في الغارات قبل انطلاق بطولة خليجي 24 في الكويت ضمن رؤية 2030."
    found = _found(model_mentions, text)
    assert [(t, lab) for _, _, t, lab in found] == [("تورنيدو", "MISC"), ("بطولة خليجي 24", "MISC"),
                                                    ("رؤية 2030", "MISC")]


def test_quoted_outlet_replaces_the_taggers_label():
    text = "وقال مصدر لـ«الشرق الأوسط» إن الاجتماع تأجل."
    start = text.index("الشرق")
    tagged = [Mention(start, start + len("الشرق الأوسط"), text, "LOC", None, 0.8)]
    out = cued_mentions(view_of(text), tagged, load())
    assert [(m.text, m.label) for m in out] == [("الشرق الأوسط", "ORG")]


def test_a_sizeable_arab_city_tagged_as_a_person_becomes_a_place():
    text = "وصل وفد جازان أمس برئاسة صالح"
    toks = view_of(text)
    city, person = text.index("جازان"), text.index("صالح")
    tagged = [Mention(city, city + 5, text, "PER", None, 0.7), Mention(person, person + 4, text, "PER", None, 0.8)]
    out = city_persons(toks, tagged, load())
    assert [(m.start, m.text, m.label) for m in out] == [(city, "جازان", "LOC")]


def test_a_dateline_names_its_reporter_outlet_and_place():
    text = "غياب مظاهر العيد\n ياسر العتيبي- سبق- الباحة: غابت مظاهر العيد عن القرى."
    found = _found(dateline_mentions, text)
    assert [(t, lab) for _, _, t, lab in found] == [("ياسر العتيبي", "PER"), ("سبق", "ORG"), ("الباحة", "LOC")]
    assert found[0][0] == text.index("ياسر")
    # two parts: only the place is sure; generic sources and mid-line dashes are no dateline
    assert _texts(dateline_mentions, "عين اليوم - جدة: أعلنت الأمانة عن مشروع جديد.") == [("جدة", "LOC")]
    assert _texts(dateline_mentions, "وكالات - الرياض: ارتفعت الأسعار.") == [("الرياض", "LOC")]
    assert _texts(dateline_mentions, "وقال إن الفريق - كما قال المدرب - جاهز: للمباراة.") == []


def test_persons_that_are_places_by_gazetteer_or_context():
    text = "بين موسكو وبيونغ يانغ، ووجدت الثيران ملاذا في يلوستون."
    toks = view_of(text)
    pyongyang, park = text.index("بيونغ"), text.index("يلوستون")
    moscow = text.index("موسكو")
    tagged = [Mention(moscow, moscow + 5, text, "LOC", None, 0.9),
              Mention(pyongyang, pyongyang + len("بيونغ يانغ"), text, "PER", None, 0.6),
              Mention(park, park + len("يلوستون"), text, "PER", None, 0.6)]
    out = city_persons(toks, tagged, load())
    assert [(m.start, m.text, m.label) for m in out] == [(pyongyang, "بيونغ يانغ", "LOC"), (park, "يلوستون", "LOC")]
    person = "وقال فلاديمير بوتين في موسكو"
    start = person.index("فلاديمير")
    kept = [Mention(start, start + len("فلاديمير بوتين"), person, "PER", None, 0.9)]
    assert city_persons(view_of(person), kept, load()) == []


def test_name_after_a_title_is_a_person():
    from marsad.annotators.entities.cued import titled_mentions
    text = "وأوضح المهندس نزار قمحاوي أن العمل بدأ، واستقبل د. رامز ليان الضيوف في مركز الملك سلمان للأبحاث."
    toks = view_of(text)
    found = [(m.start, m.end, m.text) for m in titled_mentions(toks, [], load())]
    first, second = text.index("نزار"), text.index("رامز")
    assert found == [(first, first + len("نزار قمحاوي"), "نزار قمحاوي"),
                     (second, second + len("رامز ليان"), "رامز ليان")]
    for s, e, t in found:
        assert text[s:e] == t


def test_common_words_after_a_title_are_no_person():
    from marsad.annotators.entities.cued import titled_mentions
    text = ("وأكد الوزير السوري ركّز على الاقتصاد، وطالب الرئيس بالديوان الملكي بالإسراع، "
            "واختار المدرب التونسي للفريق خمسة لاعبين، وسيحسم اللاعب مصيره قريبا، ويكون الأستاذ عوناً لزملائه، "
            "وبات المواطن يتحمل الأعباء.")
    assert titled_mentions(view_of(text), [], load()) == []


def test_a_rank_qualifier_after_a_title_is_no_name():
    from marsad.annotators.entities.cued import titled_mentions
    text = "وحضر اللواء ركن سامر الحمدان الحفل."
    found = [(m.start, m.end, m.text) for m in titled_mentions(view_of(text), [], load())]
    start = text.index("سامر")
    assert found == [(start, start + len("سامر الحمدان"), "سامر الحمدان")]


def test_bodies_and_places_named_after_a_titled_person_are_one_name():
    from marsad.annotators.entities.dedicated import dedicated_mentions
    text = "تخرج في جامعة الأمير سلطان بن فهد الأهلية وعمل في مستشفى الملك خالد ثم في إدارة الأمير نواف بن سعد."
    found = [(m.start, m.end, m.text, m.label) for m in dedicated_mentions(view_of(text), [], load())]
    a, b = text.index("جامعة"), text.index("مستشفى")
    assert found == [(a, a + len("جامعة الأمير سلطان بن فهد الأهلية"), "جامعة الأمير سلطان بن فهد الأهلية", "ORG"),
                     (b, b + len("مستشفى الملك خالد"), "مستشفى الملك خالد", "LOC")]
    for s, e, t, _ in found:
        assert text[s:e] == t


def test_the_given_name_ali_after_a_title_is_a_name():
    from marsad.annotators.entities.cued import titled_mentions
    text = "وأوضح الدكتور علي الزامل أن المشروع اكتمل."
    found = [(m.start, m.end, m.text) for m in titled_mentions(view_of(text), [], load())]
    start = text.index("علي")
    assert found == [(start, start + len("علي الزامل"), "علي الزامل")]


def test_a_quoted_name_after_a_body_head_is_an_organisation():
    from marsad.annotators.entities.cued import quoted_body_mentions
    text = "أعلنت شركة «نوفا تك» عن هاتف جديد، وتأسست 12 شركة «مغلقة» هذا العام."
    found = [(m.start, m.end, m.text, m.label) for m in quoted_body_mentions(view_of(text), [], load())]
    start = text.index("نوفا")
    assert found == [(start, start + len("نوفا تك"), "نوفا تك", "ORG")]
