"""Days written without a year: a day and month in digits after a weekday or a date word (Hijri or
Gregorian, whichever fits the weekday and lies nearest the publication date), days of a feast,
clock times said in words, and parts of the day after a day."""
from tests.annotators.timexes.helpers import quantities_of, timex, timexes_of


def test_a_weekday_with_day_and_month_in_digits_is_the_hijri_date_that_falls_on_it():
    # Shawwal 1436 began on Friday 2015-07-17: the 2nd was a Saturday.
    text = ("قدم النادي عرضا رسميا بتاريخ يوم السبت ٢ / ١٠ للاعب، وردت الإدارة يوم الثلاثاء ٥/ ١٠ بخطاب، "
            "ثم وقع العقد يوم الأحد ٣-١٠ في جدة.")
    assert timexes_of(text, "2015-07-24") == [
        timex(text, "يوم السبت ٢ / ١٠", "DATE", "2015-07-18"),
        timex(text, "يوم الثلاثاء ٥/ ١٠", "DATE", "2015-07-21"),
        timex(text, "يوم الأحد ٣-١٠", "DATE", "2015-07-19"),
    ]
    assert quantities_of(text, "2015-07-24") == []


def test_the_weekday_decides_which_number_is_the_day():
    # "10/13" cannot be day 10 of month 13: month 10, day 13 (Wednesday 13 Shawwal 1436).
    text = "وحددت الكلية أيام الثلاثاء 10/12 والأربعاء 10/13 والخميس 10/14 مواعيد لتسليم المستندات."
    assert timexes_of(text, "2015-07-22") == [
        timex(text, "الثلاثاء 10/12", "DATE", "2015-07-28"),
        timex(text, "الأربعاء 10/13", "DATE", "2015-07-29"),
        timex(text, "الخميس 10/14", "DATE", "2015-07-30"),
    ]


def test_a_gregorian_reading_wins_when_only_it_gives_the_weekday():
    # 5 October 2015 is a Monday; 5 Shawwal 1436 was a Tuesday.
    text = "وتنطلق الدورة التدريبية الاثنين 5/10 في مقر الغرفة التجارية."
    assert timexes_of(text, "2015-09-20") == [timex(text, "الاثنين 5/10", "DATE", "2015-10-05")]


def test_without_a_weekday_the_reading_nearest_publication_wins_and_the_cue_stays_out():
    text = "وكانت الوزارة قد أعلنت بتاريخ 12/9 عن فتح باب التسجيل."
    # 12 Ramadan 1436 (2015-06-29) is nearer 2015-07-20 than 12 September or 9 December.
    assert timexes_of(text, "2015-07-20") == [timex(text, "12/9", "DATE", "2015-06-29")]
    assert timexes_of(text) == [timex(text, "12/9", "DATE", None)]          # no reference: no guess


def test_day_and_month_ranges_take_the_written_year_or_calendar():
    text = ("ويمنع العمل تحت الشمس خلال الفترة من١٥ /٦ وحتى ١٥/٩ من العام الميلادي، "
            "ويقام المخيم في الفترة من 8/8 إلى 21/8/2015 بالرياض.")
    assert timexes_of(text, "2015-07-24") == [
        timex(text, "١٥ /٦", "DATE", "2015-06-15"),
        timex(text, "١٥/٩ من العام الميلادي", "DATE", "2015-09-15"),
        timex(text, "8/8", "DATE", "2015-08-08"),
        timex(text, "21/8/2015", "DATE", "2015-08-21"),
    ]


def test_scores_and_reference_numbers_with_a_slash_are_neither_dates_nor_quantities():
    text = ("وفاز الهلال على النصر 3 / 1، وتغلب الاتحاد على الأهلي بنتيجة 2 / صفر، "
            "وبعد النظر في قرار مجلس الشورى رقم (60 / 33) أقر المجلس 300 وظيفة.")
    assert timexes_of(text, "2015-07-24") == []
    assert [q[2] for q in quantities_of(text, "2015-07-24")] == ["300 وظيفة"]


def test_days_of_a_feast_count_from_its_first_day():
    # Eid al-Fitr 1436 fell on 2015-07-17, Eid al-Adha 1436 on 2015-09-23, Ramadan 1436 began 2015-06-18.
    text = ("وتواصلت الفعاليات ثاني أيام العيد، وزار المرضى خلال أول أيام عيد الفطر المبارك، "
            "وأقيم الحفل مساء ثالث أيام عيد الفطر، وتغلق الأسواق اليوم الثالث لعيد الأضحى، وصام في أول يوم من رمضان.")
    assert timexes_of(text, "2015-07-24") == [
        timex(text, "ثاني أيام العيد", "DATE", "2015-07-18"),
        timex(text, "أول أيام عيد الفطر المبارك", "DATE", "2015-07-17"),
        timex(text, "مساء ثالث أيام عيد الفطر", "TIME", "2015-07-19"),
        timex(text, "اليوم الثالث لعيد الأضحى", "DATE", "2015-09-25"),
        timex(text, "أول يوم من رمضان", "DATE", "2015-06-18"),
    ]


def test_the_feast_is_the_nearest_one_looking_back_more_than_ahead():
    text = "وتستمر العطلة حتى خامس أيام العيد."
    assert timexes_of(text, "2015-08-20")[0][4] == "2015-07-21"     # 34 days after al-Fitr
    assert timexes_of(text, "2015-09-10")[0][4] == "2015-09-27"     # 13 days before al-Adha


def test_a_clock_time_before_a_feast_day_is_on_that_day():
    text = "وتلقى الدفاع المدني بلاغا الساعة 5،42 عصر أول أيام عيد الفطر عن غرق طفلة."
    assert timexes_of(text, "2015-07-22") == [
        timex(text, "الساعة 5،42 عصر أول أيام عيد الفطر", "TIME", "2015-07-17T17:42")]


def test_hours_in_words_need_a_preposition_and_a_part_of_the_day_without_the_word_hour():
    text = ("وتنطلق المباراة في التاسعة مساء، ويفتح المعرض من العاشرة والنصف صباحا حتى الثانية عشرة ظهرا، "
            "وتعرض الحلقة الثانية مساء اليوم.")
    assert timexes_of(text, "2015-07-24") == [
        timex(text, "التاسعة مساء", "TIME", "2015-07-24T21:00"),
        timex(text, "العاشرة والنصف صباحا", "TIME", "2015-07-24T10:30"),
        timex(text, "الثانية عشرة ظهرا", "TIME", "2015-07-24T12:00"),
        timex(text, "مساء اليوم", "TIME", "2015-07-24"),
    ]


def test_a_part_of_the_day_after_a_day_makes_a_time_valued_by_the_date():
    text = "ويقام الحفل الجمعة صباحا، وكان الوفد قد وصل أمس مساء، ويغادر يوم الخميس 20 أغسطس مساء."
    assert timexes_of(text, "2015-07-24") == [
        timex(text, "الجمعة صباحا", "TIME", "2015-07-24"),
        timex(text, "أمس مساء", "TIME", "2015-07-23"),
        timex(text, "يوم الخميس 20 أغسطس مساء", "TIME", "2015-08-20"),
    ]
