"""Each construction of Arabic time expressions, in real-looking news sentences: the span
(offsets and sliced text), the type and the TIMEX3 value against the publication date."""
from tests.annotators.timexes.helpers import timex, timexes_of


def test_a_bare_weekday_is_the_latest_one_on_or_before_publication_unless_next_or_last():
    text = "وقال المتحدث باسم الوزارة الخميس إن الاجتماع سيعقد الأحد المقبل، بعد لقاء الثلاثاء الماضي."
    # 2024-10-24 is a Thursday
    assert timexes_of(text, "2024-10-24") == [
        timex(text, "الخميس", "DATE", "2024-10-24"),
        timex(text, "الأحد المقبل", "DATE", "2024-10-27"),
        timex(text, "الثلاثاء الماضي", "DATE", "2024-10-22"),
    ]
    # published on a Saturday, the same "الخميس" is two days back
    assert timexes_of(text, "2024-10-26")[0][4] == "2024-10-24"


def test_day_words_and_parts_of_the_day_before_weekdays_and_day_words():
    text = ("وصل الوفد إلى الرياض مساء الخميس، وعقد اجتماعا يوم الأربعاء، وأعلنت الشرطة أمس أنها اعتقلت "
            "المشتبه به أول من أمس، على أن يمثل أمام القضاء غدا، بعد تحقيق جرى صباح اليوم.")
    assert timexes_of(text, "2024-10-24") == [
        timex(text, "مساء الخميس", "TIME", "2024-10-24"),
        timex(text, "يوم الأربعاء", "DATE", "2024-10-23"),
        timex(text, "أمس", "DATE", "2024-10-23"),
        timex(text, "أول من أمس", "DATE", "2024-10-22"),
        timex(text, "غدا", "DATE", "2024-10-25"),
        timex(text, "صباح اليوم", "TIME", "2024-10-24"),
    ]


def test_a_day_word_with_its_weekday_is_one_expression():
    text = "قال مسؤولون أمس الخميس إن ثورا نطح امرأة، ويغادر الفريق اليوم (الجمعة) إلى الدمام."
    assert timexes_of(text, "2015-07-24") == [
        timex(text, "أمس الخميس", "DATE", "2015-07-23"),
        timex(text, "اليوم (الجمعة)", "DATE", "2015-07-24"),
    ]


def test_today_is_a_date_in_reporting_and_the_present_in_a_contrast_with_the_past():
    text = ("وأوضح المتحدث في تصريح له اليوم أن الطلبات تستقبل آليا. وقال: «بالأمس كانوا في مساجد الشرقية، "
            "واليوم نراهم في الجنوب». وتحتفل المملكة باليوم الوطني في سبتمبر.")
    got = timexes_of(text, "2015-08-11")
    assert got[0] == timex(text, "اليوم", "DATE", "2015-08-11")
    assert got[1] == timex(text, "الأمس", "DATE", "PAST_REF")
    assert got[2] == timex(text, "اليوم", "DATE", "PRESENT_REF", nth=1)
    assert [g[2] for g in got] == ["اليوم", "الأمس", "اليوم", "سبتمبر"]   # "اليوم الوطني" is a name


def test_months_of_every_naming_system_alone_with_a_year_paired_and_modified():
    text = ("ارتفع التضخم في العراق خلال كانون الثاني 2023، وأعلنت الحكومة التونسية في جانفي الماضي عن خطة، "
            "ووقعت الاتفاقية في يونيو/حزيران الماضي، ثم في مايو ايار الماضي، وتبدأ الأشغال في مارس المقبل "
            "وتستمر خلال شهر أغسطس الجاري، وسجلت الصادرات ارتفاعا في أيلول/سبتمبر.")
    assert timexes_of(text, "2024-10-24") == [
        timex(text, "كانون الثاني 2023", "DATE", "2023-01"),
        timex(text, "جانفي الماضي", "DATE", "2024-01"),
        timex(text, "يونيو/حزيران الماضي", "DATE", "2024-06"),
        timex(text, "مايو ايار الماضي", "DATE", "2024-05"),
        timex(text, "مارس المقبل", "DATE", "2025-03"),
        timex(text, "شهر أغسطس الجاري", "DATE", "2024-08"),
        timex(text, "أيلول/سبتمبر", "DATE", "2024-09"),
    ]


def test_a_month_named_in_june_as_last_june_is_last_years():
    text = "وقعت الاتفاقية في يونيو الماضي."
    assert timexes_of(text, "2024-06-20")[0][4] == "2023-06"


def test_months_that_are_also_common_words_need_a_calendar_context():
    text = "مارس اللاعب الرياضة منذ صغره، واشترى سيارة نيسان، وسافر في مارس."
    assert timexes_of(text, "2015-07-24") == [timex(text, "مارس", "DATE", "2015-03", nth=1)]


def test_full_dates_in_words_and_digits_of_every_digit_set():
    text = ("وعلى وجه الخصوص، في 23 أكتوبر 2024، تم تسجيل وجودهم. ووقع الحادث في ٢٣ أكتوبر ٢٠١٤، "
            "والتقى الوزيران في الأول من يوليو ۲۰۱۵، وبتاريخ 1 /9 /2015 م للمنشآت.")
    assert timexes_of(text, "2024-10-24") == [
        timex(text, "23 أكتوبر 2024", "DATE", "2024-10-23"),
        timex(text, "٢٣ أكتوبر ٢٠١٤", "DATE", "2014-10-23"),
        timex(text, "الأول من يوليو ۲۰۱۵", "DATE", "2015-07-01"),
        timex(text, "1 /9 /2015 م", "DATE", "2015-09-01"),
    ]


def test_years_with_a_noun_an_era_marker_or_after_a_preposition():
    text = "منذ غزو موسكو لأوكرانيا في عام 2022، وتأسست الشركة 2015م، وتوسعت في 2018، وبلغ عدد العاملين 2015 موظفا."
    assert timexes_of(text, "2024-10-24") == [
        timex(text, "عام 2022", "DATE", "2022"),
        timex(text, "2015م", "DATE", "2015"),
        timex(text, "2018", "DATE", "2018"),
    ]


def test_hijri_dates_are_converted_to_gregorian_umm_al_qura():
    text = ("ويبدأ صرف المستحقات في 15 رمضان 1436هـ، ويبدأ التسجيل غرة ذي القعدة، "
            "وصدر القرار بتاريخ 10/1/1436هـ، في عام 1436هـ.")
    assert timexes_of(text, "2015-08-11") == [
        timex(text, "15 رمضان 1436هـ", "DATE", "2015-07-02"),
        timex(text, "غرة ذي القعدة", "DATE", "2015-08-16"),          # the nearest one
        timex(text, "10/1/1436هـ", "DATE", "2014-11-03"),
        timex(text, "عام 1436هـ", "DATE", "2015"),
    ]


def test_hijri_dates_outside_umm_al_qura_use_the_arithmetical_calendar():
    text = "وقد بنيت القلعة سنة 968هـ في عهد السلطان، ويستمر التسجيل حتى 30 /11 / 1436هـ."
    assert timexes_of(text, "2015-08-11") == [
        timex(text, "سنة 968هـ", "DATE", "1561"),
        timex(text, "30 /11 / 1436هـ", "DATE", "2015-09-14"),      # the month's end, as notices write it
    ]


def test_ramadan_as_a_name_is_not_a_month():
    text = "وأكد الفنان ماجد العبيد رمضان أن العمل سيعرض في رمضان."
    assert [t[2] for t in timexes_of(text, "2015-07-24")] == ["رمضان"]
    assert timexes_of(text, "2015-07-24")[0][:2] == (text.rindex("رمضان"), text.rindex("رمضان") + 5)


def test_seasons_resolved_or_left_unanchored():
    text = ("تواجه روسيا صعوبة في طرد القوات منذ توغلها في الصيف، وتشهد المنطقة أمطارا في فصل الشتاء المقبل، "
            "ولا تسمح بقتله إلا إذا هاجر من المتنزه شتاء، بعد صيف 2014 الحار.")
    assert timexes_of(text, "2024-10-24") == [
        timex(text, "الصيف", "DATE", "2024-SU"),
        timex(text, "فصل الشتاء المقبل", "DATE", "2024-WI"),
        timex(text, "شتاء", "DATE", "XXXX-WI", nth=1),
        timex(text, "صيف 2014", "DATE", "2014-SU"),
    ]


def test_the_arab_spring_is_not_a_season():
    assert timexes_of("وقال إن الربيع العربي الوحيد الذي نجح هو الربيع التونسي.", "2015-07-24") == []


def test_decades_centuries_quarters_and_halves():
    text = ("ظهرت في الثمانينيات من القرن الماضي، ووجدت ملاذا في مطلع القرن العشرين، وتراجعت في التسعينات، "
            "وسيتعرض الدولار للضغط طوال الربع الرابع، وترتفع في النصف الأول من العام المقبل.")
    assert timexes_of(text, "2015-07-25") == [
        timex(text, "الثمانينيات من القرن الماضي", "DATE", "198"),
        timex(text, "مطلع القرن العشرين", "DATE", "19"),
        timex(text, "التسعينات", "DATE", "199"),
        timex(text, "الربع الرابع", "DATE", "2015-Q4"),
        timex(text, "النصف الأول من العام المقبل", "DATE", "2016-H1"),
    ]


def test_this_last_and_next_unit_and_period_edges():
    text = ("غابت مظاهر الفرح لهذا العام، وطعن ثور امرأة هذا الاسبوع، ويصدر القرار الشهر المقبل، "
            "بعد تأجيله إلى نهاية العام الجاري، وقد ارتفعت الأسعار الأسبوع الماضي.")
    assert timexes_of(text, "2015-07-24") == [
        timex(text, "هذا العام", "DATE", "2015"),
        timex(text, "هذا الاسبوع", "DATE", "2015-W30"),
        timex(text, "الشهر المقبل", "DATE", "2015-08"),
        timex(text, "نهاية العام الجاري", "DATE", "2015"),
        timex(text, "الأسبوع الماضي", "DATE", "2015-W29"),
    ]


def test_durations_counted_vague_and_ages():
    text = ("استمرت المفاوضات ثلاثة أيام، وقضى في السجن خمس سنوات بعد أن غاب منذ سنوات، "
            "وتشترط مدة اشتراك لا تقل عن (12) شهراً، والمرأة البالغة من العمر 43 عاما، خلال 24 ساعة، "
            "وأمضى ساعة ونصف في الاجتماع، وبقي يومين، عن الأشهر الثلاثة الأولى.")
    assert timexes_of(text, "2015-08-11") == [
        timex(text, "ثلاثة أيام", "DURATION", "P3D"),
        timex(text, "خمس سنوات", "DURATION", "P5Y"),
        timex(text, "سنوات", "DURATION", "PXY", nth=1),
        timex(text, "(12) شهراً", "DURATION", "P12M"),
        timex(text, "43 عاما", "DURATION", "P43Y"),
        timex(text, "24 ساعة", "DURATION", "PT24H"),
        timex(text, "ساعة ونصف", "DURATION", "PT90M"),
        timex(text, "يومين", "DURATION", "P2D"),
        timex(text, "الأشهر الثلاثة الأولى", "DURATION", "P3M"),
    ]


def test_sets():
    text = "وتعقد اللجنة اجتماعاتها كل شهر، ويزور المتنزه ملايين السياح كل عام، ولا يتجاوز التعويض 9000 ريال شهرياً."
    assert timexes_of(text, "2015-08-11") == [
        timex(text, "كل شهر", "SET", "P1M"),
        timex(text, "كل عام", "SET", "P1Y"),
        timex(text, "شهرياً", "SET", "P1M"),
    ]


def test_ranges_give_both_ends_and_the_first_takes_the_seconds_month_and_year():
    text = "ويستمر المعرض من 5 إلى 10 سبتمبر 2015، وارتفعت الصادرات بين عامي 2010 و2014، وفي الفترة من يناير إلى مارس 2016."
    assert timexes_of(text, "2015-08-11") == [
        timex(text, "5", "DATE", "2015-09-05"),
        timex(text, "10 سبتمبر 2015", "DATE", "2015-09-10"),
        timex(text, "عامي 2010", "DATE", "2010"),
        timex(text, "2014", "DATE", "2014"),
        timex(text, "يناير", "DATE", "2016-01"),
        timex(text, "مارس 2016", "DATE", "2016-03"),
    ]


def test_a_range_of_counts_gives_the_first_end_the_unit():
    text = "وتتراوح أعمارهم بين 17 و23 عاما، ويستمر البرنامج من 5 إلى 10 أيام."
    assert timexes_of(text, "2015-08-11") == [
        timex(text, "17", "DURATION", "P17Y"),
        timex(text, "23 عاما", "DURATION", "P23Y"),
        timex(text, "5", "DURATION", "P5D"),
        timex(text, "10 أيام", "DURATION", "P10D"),
    ]


def test_clock_times_with_the_day_they_belong_to():
    text = ("ووقع الانفجار عند الساعة العاشرة والنصف صباحا بتوقيت مكة، وأعيد فتح الطريق الساعة 14:30، "
            "وباشرت الفرق عملها في تمام الساعة الثالثة مساء أمس الخميس.")
    assert timexes_of(text, "2015-07-24") == [
        timex(text, "الساعة العاشرة والنصف صباحا بتوقيت مكة", "TIME", "2015-07-24T10:30"),
        timex(text, "الساعة 14:30", "TIME", "2015-07-24T14:30"),
        timex(text, "الساعة الثالثة مساء أمس الخميس", "TIME", "2015-07-23T15:00"),
    ]


def test_generic_references_to_present_past_and_future():
    text = ("ويقدر المسؤولون أن الجنود موجودون الآن في روسيا، وما يحدث في الأسواق حاليا بات السمة، "
            "في الوقت الحالي، خلال الفترة القريبة المقبلة، بخلاف الأعوام السابقة، كما حدث مؤخرا.")
    assert timexes_of(text, "2015-07-25") == [
        timex(text, "الآن", "DATE", "PRESENT_REF"),
        timex(text, "حاليا", "DATE", "PRESENT_REF"),
        timex(text, "الوقت الحالي", "DATE", "PRESENT_REF"),
        timex(text, "الفترة القريبة المقبلة", "DATE", "FUTURE_REF"),
        timex(text, "الأعوام السابقة", "DATE", "PAST_REF"),
        timex(text, "مؤخرا", "DATE", "PAST_REF"),
    ]


def test_without_a_reference_date_relative_values_stay_underspecified():
    text = "وقال المتحدث الخميس إن العملية بدأت في أغسطس، أي قبل ثلاثة أشهر، ثم أمس، في عام 2022."
    assert timexes_of(text, None) == [
        timex(text, "الخميس", "DATE", "XXXX-WXX-4"),
        timex(text, "أغسطس", "DATE", "XXXX-08"),
        timex(text, "قبل ثلاثة أشهر", "DATE", None),
        timex(text, "أمس", "DATE", None),
        timex(text, "عام 2022", "DATE", "2022"),
    ]


def test_timexes_are_found_in_the_body_only():
    text = "آخر تحديث: الخميس\n\nأعلنت الوزارة يوم الأحد نتائج المسابقة.\n\nشاركها."
    spans = [t[2] for t in timexes_of(text, "2015-07-24")]
    assert "يوم الأحد" in spans


def test_a_month_still_ahead_with_muqbil_is_this_year_and_a_range_start_later_in_the_year_is_the_year_before():
    text = ("ويعقد المؤتمر في 15 ديسمبر المقبل، وتستمر الحملة من 15 ديسمبر المقبل حتى 15 يناير 2016، "
            "وتمتد الإجازة من نوفمبر إلى فبراير 2016، وتنطلق الدورة في كانون الأول (ديسمبر) المقبل.")
    assert timexes_of(text, "2015-08-10") == [
        timex(text, "15 ديسمبر المقبل", "DATE", "2015-12-15"),
        timex(text, "15 ديسمبر المقبل", "DATE", "2015-12-15", nth=1),
        timex(text, "15 يناير 2016", "DATE", "2016-01-15"),
        timex(text, "نوفمبر", "DATE", "2015-11"),
        timex(text, "فبراير 2016", "DATE", "2016-02"),
        timex(text, "كانون الأول (ديسمبر) المقبل", "DATE", "2015-12"),
    ]


def test_a_month_at_the_very_start_or_end_of_a_text_is_no_quoted_name():
    text = "أواخر ديسمبر المقبل"
    assert timexes_of(text, "2015-08-10") == [timex(text, "أواخر ديسمبر المقبل", "DATE", "2015-12")]


def test_numeric_hijri_dates_in_either_order_and_a_weekday_before_a_written_date_is_one_expression():
    text = ("وصدر القرار بتاريخ 1436/11/5هـ، على أن يبدأ التطبيق يوم الخميس 5/11/1436هـ، وتنتهي المهلة في "
            "20-11-1436 ه، وعقد الاجتماع الخميس 20 أغسطس، وتعقد الجمعية يوم الأحد القادم ١٧/١٠/١٤٣٦هـ.")
    assert timexes_of(text, "2015-08-10") == [
        timex(text, "1436/11/5هـ", "DATE", "2015-08-20"),
        timex(text, "يوم الخميس 5/11/1436هـ", "DATE", "2015-08-20"),    # not the Thursday before
        timex(text, "20-11-1436 ه", "DATE", "2015-09-04"),
        timex(text, "الخميس 20 أغسطس", "DATE", "2015-08-20"),
        timex(text, "يوم الأحد القادم ١٧/١٠/١٤٣٦هـ", "DATE", "2015-08-02"),   # the written date wins
    ]


def test_a_count_of_units_ago_is_the_date_it_lands_on_and_a_vague_one_the_past():
    text = ("وقعت الحادثة قبل سنتين، وتوفي قبل ثلاثة أيام، وافتتح قبل نحو أسبوعين، وانطلق المشروع قبل أيام، "
            "بينما يعيش هنا منذ سنوات، وغادر قبل يومين من الانتخابات، وتأسست قبل ٣ سنوات، وقبل عام واحد.")
    assert timexes_of(text, "2015-08-10") == [
        timex(text, "قبل سنتين", "DATE", "2013"),
        timex(text, "قبل ثلاثة أيام", "DATE", "2015-08-07"),
        timex(text, "قبل نحو أسبوعين", "DATE", "2015-W31"),
        timex(text, "قبل أيام", "DATE", "PAST_REF"),
        timex(text, "سنوات", "DURATION", "PXY"),                    # منذ سنوات: how long, not when
        timex(text, "يومين", "DURATION", "P2D"),                    # before an event, not before today
        timex(text, "قبل ٣ سنوات", "DATE", "2012"),
        timex(text, "قبل عام واحد", "DATE", "2014"),
    ]


def test_durations_with_the_number_after_the_noun_duals_and_alternatives():
    text = "وسجن عاما واحدا، ومدد عقده لمدة عام، واستمرت المفاوضات شهرين، وتوقف العمل أسبوعين، لخمس أو ست سنوات."
    assert timexes_of(text, "2015-08-10") == [
        timex(text, "عاما واحدا", "DURATION", "P1Y"),
        timex(text, "عام", "DURATION", "P1Y", nth=1),
        timex(text, "شهرين", "DURATION", "P2M"),
        timex(text, "أسبوعين", "DURATION", "P2W"),
        timex(text, "خمس", "DURATION", "P5Y"),
        timex(text, "ست سنوات", "DURATION", "P6Y"),
    ]


def test_quarters_and_halves_relative_to_the_reference_or_alone_in_business_news():
    text = ("وتحسنت الأرباح في الربع الماضي، وارتفعت في النصف الأول من عام 2015، ويتوقع التراجع خلال الربع "
            "المقبل، وعلى مستوى النصف الأول، سجل صافي الربح ارتفاعا، وأعلنت نتائج للربع الأول لـ2015، "
            "في حين تراجعت في النصف الأول من المباراة.")
    assert timexes_of(text, "2015-08-10") == [
        timex(text, "الربع الماضي", "DATE", "2015-Q2"),
        timex(text, "النصف الأول من عام 2015", "DATE", "2015-H1"),
        timex(text, "الربع المقبل", "DATE", "2015-Q4"),
        timex(text, "النصف الأول", "DATE", "2015-H1", nth=1),
        timex(text, "لربع الأول لـ2015", "DATE", "2015-Q1"),      # للربع: the article's ل stays, as in gold
    ]


def test_vague_past_and_future_periods_earlier_and_later():
    text = ("بخلاف أعوام سابقة، وكما كان في السابق. وكانت الوزارة أعلنت في وقت سابق أن النتائج سيتم الإعلان "
            "عنها في وقت لاحق. وفي وقت لاحق غادر الوفد. وتعهدت بدعمه لسنوات قادمة ولأربع سنوات قادمة.")
    assert timexes_of(text, "2015-08-10") == [
        timex(text, "أعوام سابقة", "DATE", "PAST_REF"),
        timex(text, "السابق", "DATE", "PAST_REF"),
        timex(text, "في وقت سابق", "DATE", "PAST_REF"),
        timex(text, "في وقت لاحق", "DATE", "FUTURE_REF"),           # what is still to come
        timex(text, "سنوات قادمة", "DATE", "FUTURE_REF"),
        timex(text, "أربع سنوات", "DURATION", "P4Y"),
    ]


def test_today_after_the_subject_of_a_clause_or_in_a_contrast_is_nowadays():
    text = ("وقال الوزير في تصريح له اليوم إن «الشباب اليوم يواجهون تحديات كبيرة». وأضاف أن المملكة اليوم في "
            "مقدمة الدول. وكان الاقتصاد يعتمد على النفط، أما اليوم فقد تغير الوضع، وصار أقرب مني اليوم عن "
            "الأمس. ويلتقي الفريقان اليوم في الرياض، وقالت اللجنة إن الاجتماع اليوم سيبحث الملف.")
    values = [(t[2], t[4]) for t in timexes_of(text, "2015-08-10")]
    assert values == [("اليوم", "2015-08-10"), ("اليوم", "PRESENT_REF"), ("اليوم", "PRESENT_REF"),
                      ("اليوم", "PRESENT_REF"), ("اليوم", "PRESENT_REF"), ("الأمس", "PAST_REF"),
                      ("اليوم", "2015-08-10"), ("اليوم", "2015-08-10")]


def test_seasons_weeks_and_month_edges_and_years_before_punctuation():
    text = ("وأنهى الفريق الموسم الماضي في المركز الثاني، ويبدأ التسجيل مطلع الشهر المقبل، وتصل الدفعة الأولى "
            "الأسبوع المقبل، على أن تستكمل الإجراءات خلال الأيام المقبلة، ووقعت الحادثة في ٢٠١٤. وفي 2013، "
            "ارتفعت الأسعار، وهي أدنى مستوياتها منذ 2008.")
    assert timexes_of(text, "2015-08-10") == [
        timex(text, "الموسم الماضي", "DATE", "2014"),
        timex(text, "مطلع الشهر المقبل", "DATE", "2015-09"),
        timex(text, "الأسبوع المقبل", "DATE", "2015-W34"),
        timex(text, "الأيام المقبلة", "DATE", "FUTURE_REF"),
        timex(text, "٢٠١٤", "DATE", "2014"),
        timex(text, "2013", "DATE", "2013"),
        timex(text, "2008", "DATE", "2008"),
    ]


def test_parts_of_the_day_with_day_words_and_weekdays_and_day_words_before_written_dates():
    text = ("نفذت الشرطة، مساء أمس الثلاثاء، حملات أمنية، وتبدأ الهدنة من ظهر اليوم الأربعاء، وكان الاحتفال "
            "في عصر يوم السبت 27/6/1353هـ، وقال الوزير أمس الثلاثاء 4 أغسطس إن الاتفاق نهائي.")
    assert timexes_of(text, "2015-08-05") == [
        timex(text, "مساء أمس الثلاثاء", "TIME", "2015-08-04"),
        timex(text, "ظهر اليوم الأربعاء", "TIME", "2015-08-05"),
        timex(text, "عصر يوم السبت 27/6/1353هـ", "DATE", "1934-10-06"),
        timex(text, "أمس الثلاثاء 4 أغسطس", "DATE", "2015-08-04"),
    ]


def test_hijri_dates_with_a_modifier_or_slashes_and_pairs_of_months_with_a_dual_modifier():
    text = ("وتستمر الحملة من 27 شوال الحالي إلى 6 ذي القعدة المقبل، اعتبارا من يوم الأحد (10/شوال/ 1436هـ)، "
            "وتراجعت الصادرات خلال شهري نوفمبر وديسمبر الماضيين، وخلال شهري رجب وشعبان الماضيين.")
    assert timexes_of(text, "2015-08-05") == [
        timex(text, "27 شوال الحالي", "DATE", "2015-08-12"),
        timex(text, "6 ذي القعدة المقبل", "DATE", "2015-08-21"),
        timex(text, "يوم الأحد (10/شوال/ 1436هـ", "DATE", "2015-07-26"),
        timex(text, "شهري نوفمبر", "DATE", "2014-11"),
        timex(text, "ديسمبر الماضيين", "DATE", "2014-12"),
        timex(text, "شهري رجب", "DATE", "2015-05"),
        timex(text, "شعبان الماضيين", "DATE", "2015-06"),
    ]


def test_a_singular_aqd_after_a_number_is_a_contract_not_decades():
    text = "ووقعت شركة الحادي عشر عقد شراكة، بعد ثلاثة عقود من العمل."
    assert timexes_of(text, "2015-08-05") == [timex(text, "ثلاثة عقود", "DURATION", "P3DE")]


def test_the_stage_needs_only_paragraphs():
    from marsad.annotators.boilerplate import split_paragraphs
    from marsad.annotators.timexes import timexes
    from marsad.document import Document, Metadata
    from marsad.pipeline import Pipeline
    text = "وصل الوفد أمس الخميس إلى الرياض."
    doc = Pipeline([split_paragraphs, timexes])(Document(text, Metadata(published="2015-07-24", published_source="given")))
    assert [(t.text, t.value) for t in doc.layer("timexes")] == [("أمس الخميس", "2015-07-23")]


def test_edges_of_the_current_period_the_one_before_last_and_last_night():
    text = ("وارتفع المؤشر منذ مطلع العام، وتنتهي المهلة في منتصف الشهر، وقد تراجع في الأسبوع قبل الماضي، "
            "وسجل خسائر في العام قبل الماضي، ووقع الانفجار الليلة الماضية، وصدر القرار الليلة قبل الماضية، "
            "وتعرض المسرحية مساء الليلة، بعد انقلاب بداية عام 2013 وتدخل نهاية العام نفسه، بتكاليف الليلة هناك.")
    assert timexes_of(text, "2015-08-10") == [
        timex(text, "مطلع العام", "DATE", "2015"),
        timex(text, "منتصف الشهر", "DATE", "2015-08"),
        timex(text, "الأسبوع قبل الماضي", "DATE", "2015-W31"),
        timex(text, "العام قبل الماضي", "DATE", "2013"),
        timex(text, "الليلة الماضية", "TIME", "2015-08-09"),
        timex(text, "الليلة قبل الماضية", "TIME", "2015-08-08"),
        timex(text, "مساء الليلة", "TIME", "2015-08-10"),
        timex(text, "بداية عام 2013", "DATE", "2013"),
    ]


def test_today_before_a_subject_it_cannot_describe_is_the_date_and_after_ma_and_a_verb_nowadays():
    text = ("وتنطلق اليوم البطولة العربية في الطائف، وتستأنف اليوم المقابلات الشخصية، ويحتفل العالم باليوم "
            "العالمي للشباب، وقال إن ما نشهده اليوم من إنجازات لم يكن ممكنا.")
    values = [(t[2], t[4]) for t in timexes_of(text, "2015-08-10")]
    assert values == [("اليوم", "2015-08-10"), ("اليوم", "2015-08-10"), ("اليوم", "PRESENT_REF")]


def test_pairs_of_weekdays_share_a_dual_modifier_and_the_next_day_follows_the_last_day_named():
    text = ("وتتوقع الأرصاد عواصف يومي الأربعاء والخميس القادمين، وشرب اللبن صباح اليوم التالي، ولم يتبين حتى "
            "اللحظة سبب الحريق الذي استمر ما بين الشهر والـ٤٥ يومًا.")
    assert timexes_of(text, "2015-08-08") == [
        timex(text, "الأربعاء", "DATE", "2015-08-12"),
        timex(text, "الخميس القادمين", "DATE", "2015-08-13"),
        timex(text, "صباح اليوم التالي", "TIME", "2015-08-14"),          # the day after that Thursday
        timex(text, "حتى اللحظة", "DATE", "PRESENT_REF"),
        timex(text, "٤٥ يومًا", "DURATION", "P45D"),
    ]


def test_a_clock_time_right_after_a_day_is_on_that_day():
    text = ("ويبدأ استقبال اللاعبين يوم غدٍ الثلاثاء، عند الساعة الخامسة عصرًا، ويعقد الاجتماع يوم الخميس "
            "20 أغسطس في الساعة العاشرة صباحا، وأعيد فتح الطريق الساعة 14:30.")
    assert timexes_of(text, "2015-07-27") == [
        timex(text, "يوم غدٍ الثلاثاء", "DATE", "2015-07-28"),
        timex(text, "الساعة الخامسة عصرًا", "TIME", "2015-07-28T17:00"),
        timex(text, "يوم الخميس 20 أغسطس", "DATE", "2015-08-20"),
        timex(text, "الساعة العاشرة صباحا", "TIME", "2015-08-20T10:00"),
        timex(text, "الساعة 14:30", "TIME", "2015-07-27T14:30"),
    ]


def test_years_in_both_calendars_and_academic_years_with_a_slash():
    text = ("وتأسس مجلس الوكلاء عام 1350/ 1931، ويبدأ الفصل الأول من العام الجامعي 1437/1436هـ، وفاز الفريق "
            "بلقب موسم 2015/2016م، وصدر القرار بتاريخ 1436/10/25هـ.")
    assert timexes_of(text, "2015-08-10") == [
        timex(text, "عام 1350/ 1931", "DATE", "1931"),
        timex(text, "1437/1436هـ", "DATE", "2015"),
        timex(text, "موسم 2015/2016م", "DATE", "2015"),
        timex(text, "1436/10/25هـ", "DATE", "2015-08-10"),
    ]


def test_ranges_of_historical_years_and_durations_run_on_from_the_word_before():
    text = "وحكم بين 1854 و1863 طويلا، وتخضع الاتفاقية لمراجعة مدتها60 يومًا، على مدار4 سنوات."
    assert timexes_of(text, "2015-08-10") == [
        timex(text, "1854", "DATE", "1854"),
        timex(text, "1863", "DATE", "1863"),
        timex(text, "60 يومًا", "DURATION", "P60D"),
        timex(text, "4 سنوات", "DURATION", "P4Y"),
    ]


def test_number_words_inside_other_words_start_no_duration_and_a_whole_unit_is_one():
    text = "أغلقت الدوائر الرسمية يوماً كاملاً، وكأنها أيام وليست ساعات، واستمر الحصار عامين كاملين."
    assert timexes_of(text, "2015-08-10") == [
        timex(text, "يوماً كاملاً", "DURATION", "P1D"),
        timex(text, "عامين كاملين", "DURATION", "P2Y"),
    ]


def test_first_of_a_month_and_weekdays_a_week_beyond_the_next_or_last():
    # published on Friday 2015-07-24
    text = ("وتطبق الرسوم الجديدة اعتبارا من أول سبتمبر المقبل، ويصل الوفد في أول ذي القعدة، "
            "ويلتقي الفريق الأحد بعد المقبل، وكان قد فاز الاثنين قبل الماضي، "
            "وأشاد بما يوليه المسؤولون من دعم.")
    assert timexes_of(text, "2015-07-24") == [
        timex(text, "أول سبتمبر المقبل", "DATE", "2015-09-01"),
        timex(text, "أول ذي القعدة", "DATE", "2015-08-16"),
        timex(text, "الأحد بعد المقبل", "DATE", "2015-08-02"),
        timex(text, "الاثنين قبل الماضي", "DATE", "2015-07-13"),
    ]


def test_one_after_its_noun_does_not_count_the_year_written_next():
    text = "وسجلت المحكمة قضيتين في 2012، وقضية واحدة عام 2013، ثم لم تسجل أي قضية."
    assert timexes_of(text, "2015-08-02") == [
        timex(text, "2012", "DATE", "2012"),
        timex(text, "عام 2013", "DATE", "2013"),
    ]


def test_the_day_before_yesterday_in_saudi_wording_and_a_year_after_a_number():
    # published on Tuesday 2015-08-11
    text = ("وهطلت أمطار غزيرة البارحة الأولى على المرتفعات، واختتم المهرجان مساء الأول من أمس، "
            "وتراجع المكرر إلى 9.5 من 12.3 عام 2014.")
    assert timexes_of(text, "2015-08-11") == [
        timex(text, "البارحة الأولى", "DATE", "2015-08-09"),
        timex(text, "مساء الأول من أمس", "TIME", "2015-08-09"),
        timex(text, "عام 2014", "DATE", "2014"),
    ]


def test_a_unit_of_time_and_teens_of_definite_plural_units():
    text = ("وظل المصنع مغلقا لأكثر من عقد من الزمن، وارتفعت المبيعات في الأشهر الإثني عشر الماضية، "
            "وتراجعت الصادرات خلال السنوات الخمس عشرة الأخيرة.")
    assert timexes_of(text, "2015-08-02") == [
        timex(text, "عقد", "DURATION", "P1DE"),
        timex(text, "الأشهر الإثني عشر الماضية", "DURATION", "P12M"),
        timex(text, "السنوات الخمس عشرة الأخيرة", "DURATION", "P15Y"),
    ]


def test_the_yemeni_city_ibb_is_no_august():
    text = "وتواصلت المعارك في إب وسط اليمن، بعد أن تراجعت حدتها في آب الماضي."
    assert timexes_of(text, "2015-08-10") == [
        timex(text, "آب الماضي", "DATE", "2014-08"),
    ]


def test_a_season_of_a_hijri_year_is_the_gregorian_season_inside_it():
    text = "واختتمت فعاليات مهرجان الصيف 1436 هـ بمشاركة واسعة، كما أقيم في صيف 2013 مهرجان مماثل."
    assert timexes_of(text, "2015-08-09") == [
        timex(text, "الصيف 1436 هـ", "DATE", "2015-SU"),
        timex(text, "صيف 2013", "DATE", "2013-SU"),
    ]
