"""Quantities in real-looking news sentences: span (offsets and sliced text), value, unit."""
from tests.annotators.timexes.helpers import quantities_of, quantity


def test_counted_nouns_are_the_unit_in_the_singular():
    text = ("ويقدر مسؤولو المخابرات أن 12 ألف جندي موجودون في المنطقة، وقتل 43 مدنيا، "
            "وأصيب ثلاثة وعشرون شخصا، وتدير الوزارة ثلاثة مراكز إدارية.")
    assert quantities_of(text) == [
        quantity(text, "12 ألف جندي", 12_000, "جندي"),
        quantity(text, "43 مدنيا", 43, "مدني"),
        quantity(text, "ثلاثة وعشرون شخصا", 23, "شخص"),
        quantity(text, "ثلاثة مراكز", 3, "مركز"),
    ]


def test_number_words_to_billions_mixed_and_approximate():
    text = ("وخصصت الحكومة ثلاثة ملايين ريال للمشروع، فيما تبرع رجل أعمال بنصف مليون دولار، "
            "وشارك في المسيرة بضعة آلاف من المحتجين، وتبلغ قيمة البرنامج ما يقارب من تريليون يورو.")
    assert quantities_of(text) == [
        quantity(text, "ثلاثة ملايين ريال", 3_000_000, "ريال"),
        quantity(text, "نصف مليون دولار", 500_000, "دولار"),
        quantity(text, "بضعة آلاف", 3_000, None, approximate=True),
        quantity(text, "تريليون يورو", 1_000_000_000_000, "يورو", approximate=True),
    ]


def test_digits_of_every_set_and_separator():
    text = ("وارتفع عدد السكان إلى ٣٬٥٠٠٬٠٠٠ نسمة، فيما بلغ الدين 12,500 دولار للفرد، وبلغت الصفقة "
            "١٢٫٥ مليار جنيه، وأصيب فيه ۱۲ شخصا، وتصل المخالفات إلى مبلغ 10.000 ريال.")
    assert quantities_of(text) == [
        quantity(text, "٣٬٥٠٠٬٠٠٠ نسمة", 3_500_000, "نسمة"),
        quantity(text, "12,500 دولار", 12_500, "دولار"),
        quantity(text, "١٢٫٥ مليار جنيه", 12_500_000_000, "جنيه"),
        quantity(text, "۱۲ شخصا", 12, "شخص"),
        quantity(text, "10.000 ريال", 10_000, "ريال"),
    ]


def test_percentages_in_signs_and_words():
    text = "وتراجع المؤشر بنسبة 1.5% بعد أن ارتفع 20 في المئة، ويصرف التعويض بواقع 60٪ من الأجر."
    assert quantities_of(text) == [
        quantity(text, "1.5%", 1.5, "%"),
        quantity(text, "20 في المئة", 20, "%"),
        quantity(text, "60٪", 60, "%"),
    ]


def test_ordinals_naming_things():
    text = ("وكان بوتين يشير إلى المادة الرابعة من الاتفاقية، وتنص المادة 4 على المساعدة، وهذه هي "
            "الواقعة الخامسة من نوعها في خامس هجوم يتعرض له السياح.")
    assert quantities_of(text) == [
        quantity(text, "المادة الرابعة", 4, "مادة"),
        quantity(text, "المادة 4", 4, "مادة"),
        quantity(text, "الواقعة الخامسة", 5, "واقعة"),
        quantity(text, "خامس هجوم", 5, "هجوم"),
    ]


def test_measures_with_cldr_units_and_a_unit_alone_after_an_approximator():
    text = ("ويمتد المتنزه على 8800 كيلومترا مربعا، ويجب الابتعاد مسافة 25 مترا على الأقل، "
            "ويبلغ وزن الثور الواحد نحو طن، وتصدر 400 ألف برميل.")
    assert quantities_of(text) == [
        quantity(text, "8800 كيلومترا مربعا", 8_800, "كيلومتر مربع"),
        quantity(text, "25 مترا", 25, "متر"),
        quantity(text, "طن", 1, "طن", approximate=True),
        quantity(text, "400 ألف برميل", 400_000, "برميل"),
    ]


def test_a_count_alone_before_min():
    text = "وتم نقل سبعة منهم إلى الرياض لتلقي العلاج."
    assert quantities_of(text) == [quantity(text, "سبعة", 7, None)]


def test_numbers_of_dates_times_ages_identifiers_and_codes_are_not_quantities():
    text = ("وفي 23 أكتوبر 2024، أطلقت صواريخ من طراز KN-23، ويمكن الاتصال على الرقم 920004696، "
            "والمرأة البالغة من العمر 43 عاما، ومدة لا تقل عن (12) شهراً، منذ عام 2022، عند الساعة 10:30.")
    assert quantities_of(text, "2024-10-24") == []


def test_words_that_look_like_numbers_but_are_not():
    text = "وأكد أحد المسؤولين أن آلاف المواطنين شاركوا، وأن الحرب العالمية الثانية غيرت المنطقة."
    assert quantities_of(text) == []


def test_any_noun_after_a_count_is_what_it_counts_even_after_a_number_in_the_years_range():
    text = ("ووصل 1000 حاج إلى المدينة، وافتتحت الوزارة 1500 مدرسة، وشارك أكثر من 300 متدرب، ونحو 50 طالبا، "
            "وقرابة 200 أسرة، وتطرح الشركات «600» وظيفة، و(20) طائرة، ولا يتجاوز 7 وظائف.")
    assert quantities_of(text) == [
        quantity(text, "1000 حاج", 1000, "حاج"),
        quantity(text, "1500 مدرسة", 1500, "مدرسة"),
        quantity(text, "300 متدرب", 300, "متدرب", approximate=True),
        quantity(text, "50 طالبا", 50, "طالب", approximate=True),
        quantity(text, "200 أسرة", 200, "أسرة", approximate=True),
        quantity(text, "«600» وظيفة", 600, "وظيفة"),
        quantity(text, "(20) طائرة", 20, "طائرة"),
        quantity(text, "7 وظائف", 7, "وظيفة"),
    ]


def test_one_and_two_after_the_noun_they_count_but_not_in_set_phrases():
    text = ("وهو شيء واحد لا غير، وقتل جنديين اثنين، وتضم الدار عائلة واحدة، ويعمل الجميع في آن واحد، "
            "ووقفوا صفا واحدا، وشهدت مستشفيات أبو عريش وأحد المسارحة ازدحاما.")
    assert quantities_of(text) == [
        quantity(text, "شيء واحد", 1, "شيء"),
        quantity(text, "جنديين اثنين", 2, "جندي"),
        quantity(text, "عائلة واحدة", 1, "عائلة"),
    ]


def test_ordinals_that_rank_or_count_editions_years_and_weeks_in_a_row():
    text = ("وحصل على المركز الثاني، ودخلت الحملة عامها الخامس، وانطلقت الدورة الخامسة، وتراجع المؤشر "
            "للأسبوع الثالث على التوالي، وجرت المفاوضات في اليوم الثاني للمؤتمر بحضور الملك عبدالله الثاني.")
    assert quantities_of(text) == [
        quantity(text, "المركز الثاني", 2, "مركز"),
        quantity(text, "عامها الخامس", 5, "عام"),
        quantity(text, "الدورة الخامسة", 5, "دورة"),
        quantity(text, "لأسبوع الثالث", 3, "أسبوع"),
    ]


def test_numbers_in_names_resolutions_models_and_named_years_are_not_quantities():
    text = ("وطالب بتنفيذ القرار 2216، وتقام بطولة خليجي 24 بعد استضافة كأس العالم 2022، وحلقت طائرات إف-16 "
            "وإف 16، وتتضمن موازنة 2015 تخفيضات، ووصف «خليجي 23» بالنجاح، وحقق ألبومها 1989 أفضل مبيعات.")
    assert quantities_of(text) == []


def test_words_that_only_look_like_numbers():
    text = "وأثنى الوزير على الجهود، وقال: لست متأكدا من ذلك."
    assert quantities_of(text) == []


def test_a_number_word_before_another_is_a_count_and_the_article_is_no_unit():
    text = "وصور المشهد بثلاث أو أربع كاميرات، وحقق أربعة ألقاب، واستقدم ثلاثة وافدين."
    assert quantities_of(text) == [
        quantity(text, "ثلاث", 3, None),
        quantity(text, "أربع كاميرات", 4, "كاميرة"),
        quantity(text, "أربعة ألقاب", 4, "لقب"),
        quantity(text, "ثلاثة وافدين", 3, "وافد"),
    ]


def test_a_bracketed_count_before_a_scale_word_and_an_ordinals_teen():
    text = "بتكلفة (1500) مليون ريال، وجائزة “50″ ألف درهم، في المرتبة الحادية عشرة من بين الدول، وشركة الحادي عشر عقد."
    assert quantities_of(text) == [
        quantity(text, "(1500) مليون ريال", 1_500_000_000, "ريال"),
        quantity(text, "“50″ ألف درهم", 50_000, "درهم"),
        quantity(text, "المرتبة الحادية عشرة", 11, "مرتبة"),              # a rank; "الحادي عشر عقد" no count
    ]


def test_first_counts_only_after_nouns_that_rank_or_number_things():
    text = "واحتل المركز الأول في البطولة، وتنص المادة الأولى من النظام، وقال النائب الأول إن الفريق الأول جاهز."
    assert quantities_of(text) == [
        quantity(text, "المركز الأول", 1, "مركز"),
        quantity(text, "المادة الأولى", 1, "مادة"),
    ]


def test_ordinals_with_tens_up_to_ninety():
    text = "ويناقش المجلس تعديل المادة التاسعة والستين من نظام القضاء."
    assert quantities_of(text) == [quantity(text, "المادة التاسعة والستين", 69, "مادة")]


def test_the_first_end_of_a_range_of_counts_in_the_years_range_and_ordinals_of_days():
    text = "وارتفع الإيجار من 1500 إلى 2000 ريال بين 2010 و2015، وانطلق المهرجان في ثاني أيام العيد."
    assert quantities_of(text) == [
        quantity(text, "1500", 1500, "ريال"),
        quantity(text, "2000 ريال", 2000, "ريال"),
    ]


def test_a_definite_hundred_before_a_scale_and_one_heart_is_no_count():
    text = "وقال إن المائة ألف سلة وزعت على المحتاجين، وإن الجميع على قلب رجل واحد، وقتل رجل واحد."
    assert quantities_of(text) == [
        quantity(text, "المائة ألف سلة", 100_000, "سلة"),
        quantity(text, "رجل واحد", 1, "رجل", nth=1),
    ]


def test_numbers_glued_to_the_word_before_and_units_with_a_power():
    text = "وتضم المنطقة نحو1000 كيلومتر من الحدود، وشمل المعرض على75 عملاً، وأقيم السوق بمساحة 1500م2 و12 كم2."
    assert quantities_of(text) == [
        quantity(text, "1000 كيلومتر", 1000, "كيلومتر", approximate=True),
        quantity(text, "75 عملاً", 75, "عمل"),
        quantity(text, "1500م2", 1500, "متر مربع"),
        quantity(text, "12 كم2", 12, "كيلومتر مربع"),
    ]


def test_years_listed_or_in_a_range_are_no_counts_but_ranges_of_money_are():
    text = ("ولعب أعوام 1958 و1962 و1970، وحكم بين 1854 و1863 طويلا، وتراوح السعر بين 1050 إلى 1100 دولار، "
            "وشارك بين 1990 و2000 شخص، وافتتح معرض «تشكيل1» بمشاركة 75 فنانا.")
    assert quantities_of(text) == [
        quantity(text, "1050", 1050, "دولار"),
        quantity(text, "1100 دولار", 1100, "دولار"),
        quantity(text, "1990", 1990, "شخص"),
        quantity(text, "2000 شخص", 2000, "شخص"),
        quantity(text, "75 فنانا", 75, "فنان"),
    ]


def test_a_spelled_count_shows_the_gender_of_its_plural_in_at():
    # ثلاثة (with ة) counts a masculine noun: its singular has no ة; ثلاث counts a feminine one.
    text = ("وعقدت اللجنة ثلاثة اجتماعات طارئة، وهزت المدينة أربعة تفجيرات متتالية، وسجلت ثلاث "
            "مخالفات، واتخذت البلدية 6 إجراءات جديدة، وبلغ سمك الطبقة 7 مليمترات.")
    assert quantities_of(text) == [
        quantity(text, "ثلاثة اجتماعات", 3, "اجتماع"),
        quantity(text, "أربعة تفجيرات", 4, "تفجير"),
        quantity(text, "ثلاث مخالفات", 3, "مخالفة"),
        quantity(text, "6 إجراءات", 6, "إجراء"),
        quantity(text, "7 مليمترات", 7, "مليمتر"),
    ]


def test_the_first_end_of_a_range_takes_the_unit_and_scale_of_the_second():
    text = ("وتتراوح الزيادة بين 5 و8 في المائة، ونقلت العبارة من 40 إلى 60 راكبا، وقدرت الخسائر "
            "من 1.5 إلى 2 مليار ريال، وتراوحت الغرامة بين 500 و3 آلاف ريال.")
    assert quantities_of(text) == [
        quantity(text, "5", 5, "%"),
        quantity(text, "8 في المائة", 8, "%"),
        quantity(text, "40", 40, "راكب"),
        quantity(text, "60 راكبا", 60, "راكب"),
        quantity(text, "1.5", 1_500_000_000, "ريال"),
        quantity(text, "2 مليار ريال", 2_000_000_000, "ريال"),
        quantity(text, "500", 500, "ريال"),
        quantity(text, "3 آلاف ريال", 3_000, "ريال"),
    ]


def test_a_metric_prefix_written_apart_is_one_unit_with_its_base():
    text = ("ويتسع القرص لـ 512 جيجا بايت، وتولد المزرعة 80 ميغا وات، وتقع البلدة على بعد 35 كيلو مترا "
            "من الساحل، وضبطت الشرطة 12 كيلو جراما من المخدرات.")
    assert quantities_of(text) == [
        quantity(text, "512 جيجا بايت", 512, "جيجابايت"),
        quantity(text, "80 ميغا وات", 80, "ميغاواط"),
        quantity(text, "35 كيلو مترا", 35, "كيلومتر"),
        quantity(text, "12 كيلو جراما", 12, "كيلوغرام"),
    ]


def test_scores_around_a_dash_are_no_quantities_but_ranges_are():
    text = ("وفاز النادي على ضيفه 3 - 1 بعد أن خسر صفر- 2 في مباراة الذهاب، وتتراوح أعمار "
            "المشاركين بين 12 - 15، وتبلغ الرسوم 200 - 300 ريال.")
    assert quantities_of(text) == [
        quantity(text, "12", 12, None),
        quantity(text, "15", 15, None),
        quantity(text, "200", 200, "ريال"),
        quantity(text, "300 ريال", 300, "ريال"),
    ]


def test_one_and_two_count_no_verb_or_adjective_after_them():
    text = ("وأصيب ثلاثة أشخاص، ونقل اثنان مصابين إلى المستشفى، وغادر اثنان آخران المكان، "
            "وصمد مبنى واحد أمام الزلزال، ووقف الجميع صفا واحدا لمواجهة الأزمة، وارتفع السهم اثنين بالمئة.")
    assert quantities_of(text) == [
        quantity(text, "ثلاثة أشخاص", 3, "شخص"),
        quantity(text, "اثنان مصابين", 2, "مصاب"),
        quantity(text, "اثنان", 2, None, nth=1),
        quantity(text, "مبنى واحد", 1, "مبنى"),
        quantity(text, "اثنين بالمئة", 2, "%"),
    ]


def test_a_number_after_indefinite_adad_with_a_noun_is_a_count_not_an_issue():
    text = ("ويشترط لقبول الطلب إرفاق عدد 4 ملفات إلكترونية وعدد (2) نسخة من الهوية، "
            "ونشرت المقالة في العدد 318 من المجلة، وفي العدد 77 منشورات الجامعة.")
    assert quantities_of(text) == [
        quantity(text, "4 ملفات إلكترونية", 4, "ملف إلكتروني"),      # a kind of file: the unit
        quantity(text, "(2) نسخة", 2, "نسخة"),
    ]


def test_a_word_with_the_preposition_lam_after_a_number_is_no_unit():
    text = ("وافتتحت الدورة الـ12 لمهرجان الشعر بحضور 40 لاعبا سابقا، وشارك فيها 7 لاجئين، "
            "وتقاضى الحكم الرابع 500 ريال للمباراة.")
    assert quantities_of(text) == [
        quantity(text, "12", 12, None),
        quantity(text, "40 لاعبا", 40, "لاعب"),
        quantity(text, "7 لاجئين", 7, "لاجئ"),
        quantity(text, "الحكم الرابع", 4, "حكم"),
        quantity(text, "500 ريال", 500, "ريال"),
    ]


def test_numbers_that_open_list_items_with_a_dash_or_tatweel_are_no_quantities():
    text = ("وقرر مجلس الوزراء ما يلي:\n1 ـ تعيين المهندس سعد بوظيفة مستشار.\n"
            "2 – نقل خالد إلى وزارة المالية. 3 - الموافقة على صرف 5 ملايين ريال للمشروع.")
    assert quantities_of(text) == [
        quantity(text, "5 ملايين ريال", 5_000_000, "ريال"),
    ]


def test_aircraft_models_and_flight_numbers_are_no_quantities():
    text = ("وهبطت طائرة من طراز إيرباص 320 تقل 150 راكبا، بعد أن أقلعت بالرحلة 204، "
            "فيما تسلمت الشركة طائرتين من نوع بوينغ 787.")
    assert quantities_of(text) == [
        quantity(text, "150 راكبا", 150, "راكب"),
        quantity(text, "طائرتين", 2, "طائرة"),                 # a dual counts two
    ]


def test_a_percent_sign_typed_before_the_number():
    text = "وأبدى %58 من المشاركين رضاهم، فيما ارتفعت المبيعات 12% خلال الربع، وتراجعت بنسبة ٪3.5 لاحقا."
    assert quantities_of(text) == [
        quantity(text, "%58", 58, "%"),
        quantity(text, "12%", 12, "%"),
        quantity(text, "٪3.5", 3.5, "%"),
    ]


def test_adad_before_min_and_a_dash_range_inside_brackets():
    text = "وتعقد الوزارة عدد 9 دورات لتدريب عدد 640 من الممرضين، وتتراوح الرسوم بين (4 - 7) ريالات."
    assert quantities_of(text) == [
        quantity(text, "9 دورات", 9, "دورة"),
        quantity(text, "640", 640, None),
        quantity(text, "4", 4, None, nth=1),
        quantity(text, "7", 7, None),
    ]


def test_a_count_of_plural_fractions_is_a_fraction():
    text = "وأنفقت البلدية ثلاثة أرباع الميزانية على الطرق، ويعيش 3 أخماس السكان في المدن."
    assert quantities_of(text) == [
        quantity(text, "ثلاثة أرباع", 0.75, None),
        quantity(text, "3 أخماس", 0.6, None),
    ]


def test_the_noun_after_an_ordinal_loses_its_possessive_pronoun():
    text = "ويخوض المنتخب ثاني مبارياته الودية مساء الغد، ثم يواجه في رابع مبارياته فريقا آسيويا."
    assert quantities_of(text) == [
        quantity(text, "ثاني مبارياته", 2, "مباراة"),
        quantity(text, "رابع مبارياته", 4, "مباراة"),
    ]


def test_a_falling_range_takes_the_scale_and_a_prefixed_unit_counts_after_a_year_like_number():
    text = ("وتراجعت القيمة السوقية من 140 إلى 128.5 مليار ريال، وارتفعت سعة الربط من 950 جيجا بت "
            "إلى 1450 جيجا بت في الثانية.")
    assert quantities_of(text) == [
        quantity(text, "140", 140_000_000_000, "ريال"),
        quantity(text, "128.5 مليار ريال", 128_500_000_000, "ريال"),
        quantity(text, "950 جيجا بت", 950, "جيجابت"),
        quantity(text, "1450 جيجا بت", 1450, "جيجابت"),
    ]


def test_the_singular_of_an_at_plural_is_masculine_when_the_feminine_form_is_rare():
    text = ("وأغلقت البلدية 5 محلات تجارية، ونزعت ملكية 6 عقارات، وتعادل الفريقان في سبع لقاءات، "
            "وعقدت الوزارة 4 دورات تدريبية.")
    assert quantities_of(text) == [
        quantity(text, "5 محلات تجارية", 5, "محل تجاري"),
        quantity(text, "6 عقارات", 6, "عقار"),
        quantity(text, "سبع لقاءات", 7, "لقاء"),
        quantity(text, "4 دورات تدريبية", 4, "دورة تدريبية"),
    ]


def test_a_scale_said_again_after_a_half_belongs_to_the_number():
    text = "واستقبلت المدينة مليون ونصف المليون معتمر، وخصصت 2 مليون ونصف المليون ريال للنقل."
    assert quantities_of(text) == [
        quantity(text, "مليون ونصف المليون معتمر", 1_500_000, "معتمر"),
        quantity(text, "2 مليون ونصف المليون ريال", 2_500_000, "ريال"),
    ]
