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
