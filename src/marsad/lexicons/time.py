"""Words of Arabic time expressions, as data (month and weekday names: `calendar.py`).

Every entry is written as news writes it; the grammar folds them
(`marsad.text.normalize.fold`) before compiling, so hamza, alef-maqsura,
teh-marbuta and tanween variants all match.
"""
from __future__ import annotations

# Day words resolved against the reference date: word -> offset in days.
RELATIVE_DAYS = {
    "اليوم": 0, "أمس": -1, "الأمس": -1, "البارحة": -1, "غدا": 1, "غداً": 1, "الغد": 1,
    "أول أمس": -2, "أول من أمس": -2, "أمس الأول": -2, "بعد غد": 2, "بعد غدا": 2, "يوم غد": 1, "غد": 1,
    # the day before yesterday, as also written in Saudi news: "الأول من أمس", "البارحة الأولى"
    "الأول من أمس": -2, "البارحة الأولى": -2,
    # colloquial (Egyptian, Levantine, Gulf), as quoted speech writes them
    "بكرة": 1, "بكرا": 1, "بعد بكرة": 2, "بعد بكرا": 2, "امبارح": -1, "إمبارح": -1, "مبارح": -1,
    "أول امبارح": -2, "النهارده": 0, "النهاردة": 0, "البارح": -1,
}
# ... of which these, standing alone, are generic in news ("بالأمس كانوا…", "جيل الغد").
GENERIC_DAY_WORDS = {"الأمس": "PAST_REF", "الغد": "FUTURE_REF"}

# Parts of the day that make a TIME of the day they precede ("عصر أمس", "مساء الخميس").
DAY_PARTS = {
    "صباح": "MO", "صبيحة": "MO", "ضحى": "MO", "فجر": "MO", "ظهر": "AF", "ظهيرة": "AF", "عصر": "AF",
    "مساء": "EV", "ليلة": "NI", "ليل": "NI", "منتصف ليل": "NI", "منتصف ليلة": "NI", "نهار": "DT",
}
# Adverbial day parts after a clock time ("الساعة 9 صباحاً"): hours past noon add 12.
DAY_PART_ADVERBS = {"صباحا": 0, "صباحاً": 0, "فجرا": 0, "ظهرا": 12, "ظهراً": 12, "عصرا": 12, "عصراً": 12,
                    "مساء": 12, "مساءً": 12, "مساءا": 12, "ليلا": 12, "ليلاً": 12,
                    # after a prayer or noon: "الساعة 4 بعد العصر" is 16:00, "11 قبل الظهر" 11:00
                    "بعد الظهر": 12, "بعد الظهيرة": 12, "بعد العصر": 12, "بعد المغرب": 12, "بعد العشاء": 12,
                    "قبل الظهر": 0, "بعد الفجر": 0, "بعد منتصف الليل": 0}
# ... of which these leave the small hours alone: "الثانية ليلا" is 02:00, "العاشرة ليلا" 22:00.
SMALL_HOURS_ADVERBS = ("ليلا", "ليلاً", "بعد العشاء")
# Parts of the day said alone, as adverbs: a TIME of the reference day ("انطلقت القافلة فجرا").
# "مساء" without its alif is as often "the evening of" and stays with the day it names.
PART_OF_DAY_ADVERBS = ("صباحا", "صباحاً", "فجرا", "فجراً", "ظهرا", "ظهراً", "عصرا", "عصراً", "مساءا", "ليلا", "ليلاً",
                       "بعد الظهر", "بعد العصر", "بعد المغرب", "بعد العشاء")
# Time zones after a time: UTC offsets of the ones without daylight saving.
TIME_ZONES = {"غرينتش": "Z", "جرينتش": "Z", "GMT": "Z", "UTC": "Z", "ت غ": "Z", "تغ": "Z", "ت.غ": "Z",
              "مكة": "+03:00", "مكة المكرمة": "+03:00", "الرياض": "+03:00", "السعودية": "+03:00",
              "بغداد": "+03:00", "الكويت": "+03:00", "الدوحة": "+03:00", "المنامة": "+03:00",
              "صنعاء": "+03:00", "أبوظبي": "+04:00", "الإمارات": "+04:00", "دبي": "+04:00", "مسقط": "+04:00",
              "طهران": "+03:30"}
# Ordinals counting a weekday or a week in a month: "ثاني خميس من نوفمبر", "الأسبوع الأخير من".
WEEKDAY_ORDINALS = {"أول": 1, "ثاني": 2, "ثالث": 3, "رابع": 4, "خامس": 5, "آخر": -1}
WEEK_ORDINALS = {"الأول": 1, "الأولى": 1, "الثاني": 2, "الثانية": 2, "الثالث": 3, "الثالثة": 3, "الرابع": 4,
                 "الرابعة": 4, "الأخير": -1, "الأخيرة": -1}
# The day after (or before) the one the story is at: "في اليوم التالي", "اليوم السابق".
FOLLOWING_DAYS = {"التالي": 1, "الموالي": 1, "اللاحق": 1, "السابق": -1}
# Feasts and holy days named with their year ("عيد الأضحى 2019", "عيد الفطر المقبل"): the Hijri
# month and day they fall on. Alone, news names them as events, not dates.
HOLY_DAYS = {"عيد الفطر": (10, 1), "عيد الأضحى": (12, 10), "عيد الاضحى": (12, 10), "يوم عرفة": (12, 9),
             "ليلة القدر": (9, 27), "رأس السنة الهجرية": (1, 1), "عاشوراء": (1, 10), "المولد النبوي": (3, 12),
             "ذكرى المولد النبوي": (3, 12), "الإسراء والمعراج": (7, 27), "ليلة النصف من شعبان": (8, 15)}
# Words before a month in its clause that say it is still to come ("سيعقد", "من المقرر").
FUTURE_MONTH_MARKERS = ("سوف", "لن", "المقرر", "المتوقع", "المرتقب", "يعتزم", "تعتزم", "يتوقع", "تتوقع", "ينتظر",
                        "يرتقب", "مقرر", "مقررة", "مرتقب", "مرتقبة", "متوقع", "متوقعة", "المقررة", "المتوقعة")
# ... and that it is past ("كان", "قد" before a verb, "لقد").
PAST_MONTH_MARKERS = ("كان", "كانت", "كانوا", "لقد", "قد", "تم", "جرى", "جرت", "شهد", "شهدت")

# Modifiers after a month, weekday, season or unit: relation to the reference date.
MODIFIERS = {
    "الماضي": "past", "الماضية": "past", "المنصرم": "past", "المنصرمة": "past", "الفائت": "past",
    "الفائتة": "past", "المنقضي": "past", "السابق": "past", "المنقضية": "past",
    "المقبل": "next", "المقبلة": "next", "القادم": "next", "القادمة": "next",
    "الجاري": "this", "الجارية": "this", "الحالي": "this", "الحالية": "this",
    # duals after a pair of months: "شهري يونيو ويوليو الماضيين"
    "الماضيين": "past", "المنصرمين": "past", "المقبلين": "next", "القادمين": "next",
}
# Words that place a date inside a period; the value stays the period's ("نهاية العام الجاري" -> 2015).
PERIOD_EDGES = ("مطلع", "أوائل", "أواخر", "بداية", "بدايات", "نهاية", "نهايات", "منتصف", "أواسط", "مستهل",
                "أول", "آخر", "ختام", "غرة", "مطالع")

# Calendar units: folded-insensitive surface forms -> (TIMEX3 unit, count implied by the form).
# Singular forms count 1, duals 2, plurals need a number (count None).
UNITS = {
    "ثانية": ("S", 1), "ثانيتين": ("S", 2), "ثانيتان": ("S", 2), "ثوان": ("S", None), "ثواني": ("S", None),
    "ثوانٍ": ("S", None),
    "دقيقة": ("MIN", 1), "دقيقتين": ("MIN", 2), "دقيقتان": ("MIN", 2), "دقائق": ("MIN", None),
    "ساعة": ("H", 1), "ساعتين": ("H", 2), "ساعتان": ("H", 2), "ساعات": ("H", None),
    "يوم": ("D", 1), "يوما": ("D", 1), "يومين": ("D", 2), "يومان": ("D", 2), "أيام": ("D", None),
    "ليلة": ("D", 1), "ليلتين": ("D", 2), "ليال": ("D", None), "ليالي": ("D", None),
    "أسبوع": ("W", 1), "أسبوعا": ("W", 1), "أسبوعين": ("W", 2), "أسبوعان": ("W", 2), "أسابيع": ("W", None),
    "شهر": ("M", 1), "شهرا": ("M", 1), "شهرين": ("M", 2), "شهران": ("M", 2), "أشهر": ("M", None),
    "شهور": ("M", None),
    "سنة": ("Y", 1), "سنتين": ("Y", 2), "سنتان": ("Y", 2), "سنوات": ("Y", None), "سنين": ("Y", None),
    "عام": ("Y", 1), "عاما": ("Y", 1), "عامين": ("Y", 2), "عامان": ("Y", 2), "أعوام": ("Y", None),
    "عقد": ("DE", 1), "عقدا": ("DE", 1), "عقدين": ("DE", 2), "عقدان": ("DE", 2), "عقود": ("DE", None),
    "قرن": ("CE", 1), "قرنا": ("CE", 1), "قرنين": ("CE", 2), "قرنان": ("CE", 2), "قرون": ("CE", None),
    # an age in "springs": "فتاة 19 ربيعا"
    "ربيعا": ("Y", None), "ربيعاً": ("Y", None),
}
# The definite forms a calendar unit takes when it names the current/previous/next one.
DEFINITE_UNITS = {
    "اليوم": "D", "الأسبوع": "W", "الشهر": "M", "العام": "Y", "السنة": "Y", "الموسم": "Y",
    "العقد": "DE", "القرن": "CE",
}
# Plural definite units: "الأيام الماضية" (a vague stretch, PAST_REF), "الأشهر الثلاثة الأولى" (P3M).
PLURAL_DEFINITE_UNITS = {
    "الأيام": "D", "الليالي": "D", "الأسابيع": "W", "الأشهر": "M", "الشهور": "M", "السنوات": "Y",
    "الأعوام": "Y", "السنين": "Y", "العقود": "DE", "الساعات": "H", "الدقائق": "MIN", "الفترة": None,
    "الآونة": None,
    # definite duals: "العامين الماضيين" (P2Y)
    "العامين": "Y", "السنتين": "Y", "الشهرين": "M", "الأسبوعين": "W", "اليومين": "D", "الساعتين": "H",
    "العقدين": "DE",
}
DUAL_PREFIXES = ("العامين", "السنتين", "الشهرين", "الأسبوعين", "اليومين", "الساعتين", "العقدين")
# Adjectives that make such a plural a vague past or future.
VAGUE_PAST = ("الماضية", "السابقة", "الأخيرة", "المنصرمة", "الفائتة", "القليلة الماضية", "الأخيرة الماضية")
VAGUE_FUTURE = ("المقبلة", "القادمة", "القريبة المقبلة", "القليلة المقبلة", "القريبة القادمة",
                "القليلة القادمة", "المقبلة القريبة")
# Adjectives after an ordinal count of units ("الأشهر الثلاثة الأولى", "الأشهر التسعة المتبقية").
COUNT_ADJECTIVES = ("الأولى", "الأول", "الأخيرة", "الأخير", "المتبقية", "المتبقي", "الماضية", "الماضي",
                    "المقبلة", "المقبل", "القادمة", "التالية")
# Adjectives of a definite dual ("العامين الماضيين").
DUAL_ADJECTIVES = ("الماضيين", "المقبلين", "القادمين", "الأخيرين", "الأولين", "المنصرمين", "السابقين")


# "قبل سنتين", "قبل نحو ثلاثة أيام": a count of units back from the reference is a DATE
# (the year, month, week or day it lands on); "قبل أيام", "قبل سنوات" a vague past (PAST_REF).
AGO_APPROXIMATORS = ("نحو", "حوالي", "حوالى", "قرابة", "زهاء", "ما يقارب", "ما يقرب من", "أكثر من",
                     "أقل من", "ما يزيد على", "ما يزيد عن", "ما لا يقل عن", "أزيد من")
# Words after the count that keep it "ago" ("قبل عام مضى", "قبل عامين من الآن").
AGO_TAILS = ("مضى", "مضت", "من الآن", "من الان", "تقريبا", "تقريباً", "فقط")
# Words right after the count that make it relative to another event: "قبل يومين من الانتخابات".
AGO_NOT_BEFORE = ("من", "على", "علي")

# Sets: "كل شهر", "شهرياً" (value P1M).
SET_ADVERBS = {"يوميا": "P1D", "يومياً": "P1D", "أسبوعيا": "P1W", "أسبوعياً": "P1W", "شهريا": "P1M",
               "شهرياً": "P1M", "سنويا": "P1Y", "سنوياً": "P1Y", "سنوياًّ": "P1Y", "فصليا": "P3M",
               "ساعيا": "PT1H"}

# Seasons: word -> TIMEX3 season code and the month the season starts in.
SEASONS = {"الصيف": ("SU", 6), "صيف": ("SU", 6), "الشتاء": ("WI", 12), "شتاء": ("WI", 12),
           "الربيع": ("SP", 3), "ربيع": ("SP", 3), "الخريف": ("FA", 9), "خريف": ("FA", 9)}
# Words after الربيع that make it a name, not the season ("الربيع العربي").
SEASON_NOT_AFTER = ("العربي", "الأول", "الثاني", "الآخر", "الثانى", "التونسي", "الديمقراطي")

# Generic references to the present/past/future (TIMEX3 PRESENT_REF ...).
GENERIC = {
    "الآن": "PRESENT_REF", "حاليا": "PRESENT_REF", "حالياً": "PRESENT_REF",
    "الوقت الحالي": "PRESENT_REF", "الوقت الراهن": "PRESENT_REF", "الوقت الحاضر": "PRESENT_REF",
    "الحاضر": "PRESENT_REF", "يومنا هذا": "PRESENT_REF", "الآونة الأخيرة": "PAST_REF",
    "مؤخرا": "PAST_REF", "مؤخراً": "PAST_REF", "الماضي": "PAST_REF", "المستقبل": "FUTURE_REF",
    "مستقبلا": "FUTURE_REF", "مستقبلاً": "FUTURE_REF", "قريبا": "FUTURE_REF", "قريباً": "FUTURE_REF",
    "المستقبل القريب": "FUTURE_REF", "المستقبل البعيد": "FUTURE_REF", "الأمد القريب": "FUTURE_REF",
    "هذه الأيام": "PRESENT_REF", "السابق": "PAST_REF",
    "هذه اللحظة": "PRESENT_REF", "حتى اللحظة": "PRESENT_REF", "اللحظة الراهنة": "PRESENT_REF",
}
# Generic words that count only after a preposition ("في الماضي", "في المستقبل"), since
# "الماضي" and "الحاضر" are also adjectives and nouns.
GENERIC_NEEDS_PREPOSITION = ("الماضي", "المستقبل", "الحاضر", "المستقبل القريب", "المستقبل البعيد",
                             "الأمد القريب", "السابق")
# Indefinite plural periods with an adjective of time: "سنوات سابقة" (PAST_REF), "لعقود قادمة"
# (FUTURE_REF); "في وقت سابق" (earlier) and, said of what is to come, "في وقت لاحق" (later).
VAGUE_PERIODS = ("أيام", "أسابيع", "أشهر", "شهور", "سنوات", "سنين", "أعوام", "عقود", "فترات", "أوقات", "مراحل",
                 "مواسم", "أزمنة", "عصور", "حقب")
VAGUE_PERIOD_PAST = ("سابقة", "ماضية", "مضت", "خلت", "فائتة", "منصرمة", "سالفة")
VAGUE_PERIOD_FUTURE = ("قادمة", "مقبلة", "لاحقة")
# Words before "في وقت لاحق" in the same clause that say it is still to come.
FUTURE_MARKERS = ("سوف", "المقرر", "المتوقع", "يتوقع", "يعتزم", "تعتزم", "ينتظر", "يرتقب", "المرتقب")
GENERIC_PREPOSITIONS = ("في", "حتى", "الى", "إلى", "منذ", "من")

# Words after "اليوم" that make it a named or counted day, not today
# ("اليوم الوطني", "اليوم التالي", "اليوم نفسه").
TODAY_NOT_BEFORE = ("نفسه", "ذاته", "ذات", "عينه")
# Words before "اليوم" that make it "the day" in general ("ساعات اليوم", "طوال اليوم").
TODAY_NOT_AFTER = ("عين", "روسيا", "صحيفة", "جريدة", "مجلة", "قناة", "موقع", "ساعات", "طوال", "طيلة", "مدار", "نصف", "ربع", "وجبات", "مرات", "مرة", "منتصف",
                   "نهاية", "وقت", "أوقات", "ساعة", "لساعات", "خلال", "أي", "ذلك", "هذا", "كل", "نفس", "ذات")
# Words that make "اليوم" mean "nowadays": state verbs and set phrases around it.
TODAY_GENERIC_BEFORE = ("يعرف", "تعرف", "يسمى", "تسمى", "بات", "باتت", "أصبح", "أصبحت", "صار", "صارت",
                        "أضحى", "أضحت", "نعيش", "نعيشه", "عالم", "جيل", "شباب", "حتى", "إلى", "الى",
                        "أما", "لكن", "لكننا", "ولكن", "أنا", "نحن", "إننا", "اننا")
TODAY_GENERIC_AFTER = ("بات", "باتت", "أصبح", "أصبحت", "صار", "صارت", "أضحى", "أضحت", "نعيش", "نرى",
                       "نراهم", "نشهد", "يعيش", "تعيش", "نحن")
# A contrast with the past in the same sentence makes "واليوم" generic ("بالأمس كانوا… واليوم نراهم").
PAST_CONTRAST = ("الأمس", "بالأمس", "الماضي", "قديما", "سابقا", "كان", "كانت", "كانوا")
# ... and "الأمس" anywhere in its sentence makes any "اليوم" generic ("أقرب مني اليوم عن الأمس").
YESTERDAY_CONTRAST = ("الأمس", "بالأمس", "وبالأمس", "والأمس")
# Words that open a clause: "اليوم" right after the clause's subject is "nowadays" ("إن المملكة
# اليوم في مقدمة الدول", «الواقع اليوم مختلف»), after a verb it is the date ("يلتقي الفريقان اليوم").
CLAUSE_OPENERS = ("إن", "أن", "ان", "لأن", "بأن", "وإن", "فإن", "وأن", "لكن", "ولكن", "بل", "أما", "إنما",
                  "وأما")
# Subjects that are events or daily readings: "اليوم" after them is the day ("الاجتماع اليوم").
TODAY_EVENT_SUBJECTS = ("الاجتماع", "اللقاء", "المباراة", "المواجهة", "الجلسة", "المؤتمر", "الحفل", "الاحتفال",
                        "الافتتاح", "الانتخابات", "القمة", "الزيارة", "التدريب", "المران", "الاختبار", "الامتحان",
                        "الطقس", "السوق", "الأسواق", "التداول", "التداولات", "المؤشر", "السعر", "الأسعار",
                        "العرض", "المهرجان", "الندوة", "الورشة", "البطولة", "الجولة", "الحملة", "الفعالية",
                        "الرحلة", "الموعد", "الحدث", "الصلاة", "الخطبة", "العملية", "الهجوم", "المعركة",
                        "الحلقة", "البرنامج", "النشرة", "العدد", "الأمطار", "الرياح", "الحرارة", "الجلسات",
                        "المباريات", "الاجتماعات", "الدوام", "الإضراب", "التظاهرة", "المظاهرة", "المسيرة")
# Words right after such a subject + "اليوم" that tell of a dated event ("السوق اليوم كانت", "... سيواجه").
TODAY_DATED_AFTER = ("كان", "كانت", "كانوا", "قد", "تم", "شهد", "شهدت", "سجل", "سجلت", "أعلن", "أعلنت")

# Ordinal words naming a day of the month ("الأول من يوليو") or a quarter ("الربع الرابع").
ORDINAL_DAYS = {
    "الأول": 1, "الثاني": 2, "الثالث": 3, "الرابع": 4, "الخامس": 5, "السادس": 6, "السابع": 7,
    "الثامن": 8, "التاسع": 9, "العاشر": 10, "الحادي عشر": 11, "الثاني عشر": 12, "الثالث عشر": 13,
    "الرابع عشر": 14, "الخامس عشر": 15, "السادس عشر": 16, "السابع عشر": 17, "الثامن عشر": 18,
    "التاسع عشر": 19, "العشرين": 20, "الحادي والعشرين": 21, "الثاني والعشرين": 22,
    "الثالث والعشرين": 23, "الرابع والعشرين": 24, "الخامس والعشرين": 25, "السادس والعشرين": 26,
    "السابع والعشرين": 27, "الثامن والعشرين": 28, "التاسع والعشرين": 29, "الثلاثين": 30,
    "الحادي والثلاثين": 31,
}
# Words before a day and month in digits without a year that make them a date ("بتاريخ 12/9");
# a weekday does too ("يوم السبت ٢ / ١٠").
DAY_MONTH_CUES = ("بتاريخ", "تاريخ", "الموافق", "المصادف", "يوم")
# Feasts and the Hijri month and day they begin on: "ثاني أيام عيد الفطر" is 2 Shawwal, "أول أيام
# رمضان" 1 Ramadan. "العيد" alone is whichever of the two feasts lies nearest the publication date.
FEASTS = {"عيد الفطر": (10, 1), "الفطر": (10, 1), "عيد الأضحى": (12, 10), "الأضحى": (12, 10),
          "عيد الاضحى": (12, 10), "العيد": None, "عيد": None, "رمضان": (9, 1), "شهر رمضان": (9, 1)}
# Adjectives a feast may carry: "عيد الفطر المبارك".
FEAST_ADJECTIVES = ("المبارك", "السعيد", "الكريم", "المعظم", "الفضيل")
# The day of a feast by its ordinal: "ثاني أيام العيد", "اليوم الثالث من العيد".
FEAST_DAY_ORDINALS = {"أول": 1, "ثاني": 2, "ثالث": 3, "رابع": 4, "خامس": 5, "سادس": 6, "سابع": 7,
                      "ثامن": 8, "تاسع": 9, "عاشر": 10}
FEAST_DAY_DEFINITE = {"الأول": 1, "الثاني": 2, "الثالث": 3, "الرابع": 4, "الخامس": 5, "السادس": 6,
                      "السابع": 7, "الثامن": 8, "التاسع": 9, "العاشر": 10}
# The first day of a month: "غرة رمضان", "اعتبارا من أول أغسطس" (أول before a month name is its
# first day; before a unit, "أول الشهر", it is an edge of the period).
FIRST_DAY = ("غرة", "أول")
QUARTERS = {"الأول": 1, "الثاني": 2, "الثالث": 3, "الرابع": 4, "الأخير": 4}

# Calendar-era markers after a year: Hijri (هـ) or Gregorian (م).
HIJRI_MARKERS = ("هـ", "ه", "هجري", "هجرية", "للهجرة")
GREGORIAN_MARKERS = ("م", "ميلادي", "ميلادية", "للميلاد")
# Nouns that introduce a year: "عام 2022", "سنة 1436هـ", "عامي 2010 و2015".
YEAR_NOUNS = ("عام", "العام", "سنة", "السنة", "عامي", "سنتي", "موسم")
# Prepositions after which a bare four-digit number is a year ("في 2014", "منذ 2011").
YEAR_PREPOSITIONS = ("في", "منذ", "حتى", "قبل", "بعد", "خلال", "بحلول", "مطلع", "نهاية", "بداية", "أواخر",
                     "أوائل", "منتصف", "لعام", "وحتى", "الى", "إلى")
# Hours said in words after الساعة: "الساعة العاشرة صباحاً".
CLOCK_HOURS = {"الواحدة": 1, "الثانية": 2, "الثالثة": 3, "الرابعة": 4, "الخامسة": 5, "السادسة": 6,
               "السابعة": 7, "الثامنة": 8, "التاسعة": 9, "العاشرة": 10, "الحادية عشرة": 11,
               "الثانية عشرة": 12, "الحادية عشر": 11, "الثانية عشر": 12}


# Month names that are also common words (مارس "practised", آب/أب "father", نيسان the carmaker,
# تموز and أيار also names, يوليه "he accords": ما يوليه من اهتمام): alone they need a preposition
# in MONTH_PREPOSITIONS_STRICT.
AMBIGUOUS_MONTHS = ("مارس", "آب", "ماي", "نيسان", "تموز", "جوان", "أوت", "يوليه")
# Prepositions and edges that make a bare month name a date ("في أغسطس", "منذ يونيو").
MONTH_PREPOSITIONS = ("في", "خلال", "منذ", "حتى", "قبل", "بعد", "طوال", "طيلة", "مطلع", "أوائل", "أواخر",
                      "منتصف", "بداية", "نهاية", "أواسط", "بحلول", "من", "إلى", "الى", "حلول", "مستهل")
# Prepositions that say which way a bare month lies: "حتى يناير" the next, "منذ مارس" the last.
UPCOMING_PREPOSITIONS = ("حتى", "بحلول", "لغاية", "ابتداء", "اعتبارا", "ابتداءً", "اعتباراً")
SINCE_PREPOSITIONS = ("منذ",)
# Nouns a month names rather than dates: "ثورة يوليو".
NAMED_BY_MONTH = ("ثورة", "حركة", "انتفاضة")
# ... the stricter set for ambiguous months and one-word Hijri months (رمضان and شعبان are also names).
MONTH_PREPOSITIONS_STRICT = ("في", "خلال", "منذ", "حتى", "قبل", "بعد", "طوال", "طيلة", "مطلع", "أوائل",
                             "أواخر", "منتصف", "بداية", "نهاية", "أواسط", "بحلول", "حلول", "مستهل")

# Decades: the tens word -> the decade's digit ("التسعينات" -> 199).
DECADES = {"العشرين": 2, "الثلاثين": 3, "الأربعين": 4, "الخمسين": 5, "الستين": 6, "السبعين": 7,
           "الثمانين": 8, "التسعين": 9}
# Centuries by ordinal: "القرن العشرين" -> TIMEX3 "19" (the 1900s).
CENTURIES = {
    "الأول": 1, "الثاني": 2, "الثالث": 3, "الرابع": 4, "الخامس": 5, "السادس": 6, "السابع": 7, "الثامن": 8,
    "التاسع": 9, "العاشر": 10, "الحادي عشر": 11, "الثاني عشر": 12, "الثالث عشر": 13, "الرابع عشر": 14,
    "الخامس عشر": 15, "السادس عشر": 16, "السابع عشر": 17, "الثامن عشر": 18, "التاسع عشر": 19,
    "العشرين": 20, "الحادي والعشرين": 21, "الواحد والعشرين": 21, "الحادي و العشرين": 21,
}
