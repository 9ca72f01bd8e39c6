"""Number words, ordinals, currencies and units, as data.

Entries are written as news writes them; `marsad.annotators.quantities.numbers`
folds them (hamza, alef, teh-marbuta, tanween) before use. Currency names come
from CLDR through Babel (`currency_heads`); the measurement units from CLDR's
unit names plus the few news units CLDR lacks.
"""
from __future__ import annotations

from functools import lru_cache

# Cardinals 1..10 in every gender/case form: word -> value.
ONES = {
    "واحد": 1, "واحدة": 1, "واحدا": 1, "احد": 1, "أحد": 1, "إحدى": 1, "احدى": 1,
    "اثنان": 2, "اثنين": 2, "اثنتان": 2, "اثنتين": 2, "اثنا": 2, "اثني": 2, "اثنتا": 2, "اثنتي": 2,
    "إثنان": 2, "إثنين": 2,
    "ثلاث": 3, "ثلاثة": 3, "أربع": 4, "أربعة": 4, "خمس": 5, "خمسة": 5, "ست": 6, "ستة": 6,
    "سبع": 7, "سبعة": 7, "ثمان": 8, "ثماني": 8, "ثمانية": 8, "تسع": 9, "تسعة": 9,
}
# Egyptian, Levantine and Gulf spellings of the same numbers (ت for ث, one-word teens).
COLLOQUIAL_ONES = {"اتنين": 2, "إتنين": 2, "اتنان": 2, "تلات": 3, "تلاتة": 3, "تلاته": 3, "تمان": 8,
                   "تماني": 8, "تمانية": 8, "تمنية": 8}
# Teens written as one word: "خمستاشر" (Egypt, Levant), "خمسطعش" (Gulf).
TEENS = {"حداشر": 11, "احداشر": 11, "إحداشر": 11, "حدعش": 11, "احدعش": 11, "اتناشر": 12, "اطناشر": 12,
         "اثناشر": 12, "ثنعش": 12, "اثنعش": 12, "تلتاشر": 13, "تلطاشر": 13, "ثلطعش": 13, "ثلاثطعش": 13,
         "اربعتاشر": 14, "أربعتاشر": 14, "اربعطاشر": 14, "اربعطعش": 14, "خمستاشر": 15, "خمسطاشر": 15,
         "خمسطعش": 15, "ستاشر": 16, "سطاشر": 16, "ستطعش": 16, "سبعتاشر": 17, "سبعطاشر": 17, "سبعطعش": 17,
         "تمنتاشر": 18, "تمنطاشر": 18, "ثمنطعش": 18, "تسعتاشر": 19, "تسعطاشر": 19, "تسعطعش": 19}
COLLOQUIAL_TENS = {"تلاتين": 30, "تلاتون": 30, "تمانين": 80, "تمانون": 80}
COLLOQUIAL_HUNDREDS = {"ميتين": 200, "تلتمية": 300, "تلاتمية": 300,
                       "ربعمية": 400, "اربعمية": 400, "خمسمية": 500, "ستمية": 600, "سبعمية": 700,
                       "تمنمية": 800, "تسعمية": 900}
COLLOQUIAL_SCALES = {"تلاف": 1_000}           # "تلات تلاف": three thousand

# عشر/عشرة: 10 alone, +10 after a unit ("ثلاثة عشر").
TEN = {"عشر": 10, "عشرة": 10}
TENS = {
    "عشرون": 20, "عشرين": 20, "ثلاثون": 30, "ثلاثين": 30, "أربعون": 40, "أربعين": 40, "خمسون": 50,
    "خمسين": 50, "ستون": 60, "ستين": 60, "سبعون": 70, "سبعين": 70, "ثمانون": 80, "ثمانين": 80,
    "تسعون": 90, "تسعين": 90,
}
HUNDREDS = {
    "مئة": 100, "مائة": 100, "مية": 100, "مئتان": 200, "مئتين": 200, "مائتان": 200, "مائتين": 200,
    "مئتا": 200, "مائتا": 200, "مئتي": 200, "مائتي": 200,
    **{prefix + hundred: value * 100
       for prefix, value in (("ثلاث", 3), ("أربع", 4), ("خمس", 5), ("ست", 6), ("سبع", 7), ("ثمان", 8),
                             ("ثماني", 8), ("تسع", 9))
       for hundred in ("مئة", "مائة")},
}
# Scale words: singular/accusative -> scale; duals mean 2 x scale; plurals need a count.
SCALES = {
    "ألف": 1_000, "ألفا": 1_000, "آلاف": 1_000, "الاف": 1_000, "ألوف": 1_000,
    "مليون": 1_000_000, "مليونا": 1_000_000, "ملايين": 1_000_000,
    "مليار": 1_000_000_000, "مليارا": 1_000_000_000, "مليارات": 1_000_000_000,
    "بليون": 1_000_000_000, "بلايين": 1_000_000_000,
    "تريليون": 1_000_000_000_000, "تريليونا": 1_000_000_000_000, "تريليونات": 1_000_000_000_000,
}
SCALE_DUALS = {"ألفان": 2_000, "ألفين": 2_000, "ألفي": 2_000, "مليونان": 2_000_000, "مليوني": 2_000_000,
               "مليونين": 2_000_000, "ملياران": 2_000_000_000, "مليارين": 2_000_000_000,
               "مليارى": 2_000_000_000}
# Plural scale words: a count must come before them ("ثلاثة آلاف"); alone they are vague ("آلاف المواطنين").
SCALE_PLURALS = ("آلاف", "الاف", "ألوف", "تلاف", "ملايين", "مليارات", "بلايين", "تريليونات")
FRACTIONS = {"نصف": 0.5, "ربع": 0.25, "ثلث": 1 / 3, "ثلثي": 2 / 3, "ثلثا": 2 / 3}
# Plural fractions after a count: "ثلاثة أرباع" is 3/4, "ثلاثة أعشار" 3/10.
FRACTION_PLURALS = {"أرباع": 4, "ارباع": 4, "أخماس": 5, "أعشار": 10, "أسداس": 6, "أثمان": 8}
# "بضعة آلاف": some (3 to 9); the value kept is the lower bound, flagged approximate.
FEW = {"بضع": 3, "بضعة": 3}

# Ordinals (masculine and feminine) 2..20: "المادة الرابعة", "خامس هجوم". First (أول) is left
# out: "أول استخدام", "الوحدات الأولى" order things, they do not count them.
ORDINALS = {
    "الثاني": 2, "الثانية": 2, "الثالث": 3, "الثالثة": 3, "الرابع": 4, "الرابعة": 4, "الخامس": 5,
    "الخامسة": 5, "السادس": 6, "السادسة": 6, "السابع": 7, "السابعة": 7, "الثامن": 8, "الثامنة": 8,
    "التاسع": 9, "التاسعة": 9, "العاشر": 10, "العاشرة": 10,
    "الحادي عشر": 11, "الحادية عشرة": 11, "الثاني عشر": 12, "الثانية عشرة": 12, "الثالث عشر": 13,
    "الثالثة عشرة": 13, "الرابع عشر": 14, "الرابعة عشرة": 14, "الخامس عشر": 15, "الخامسة عشرة": 15,
    "العشرين": 20,
}
# Indefinite ordinals before a noun: "خامس هجوم", "ثالث زائرة".
ORDINALS_CONSTRUCT = {"ثاني": 2, "ثالث": 3, "رابع": 4, "خامس": 5, "سادس": 6, "سابع": 7, "ثامن": 8,
                      "تاسع": 9, "عاشر": 10}
# Nouns before an ordinal that make a name, not a count ("الحرب العالمية الثانية", "كانون الثاني").
ORDINAL_NOT_AFTER = ("العالمية", "العالم", "كانون", "تشرين", "ربيع", "جمادى", "الملك", "البابا", "الحسن", "عبدالله",
                     "الشوط", "القرن", "الربع", "النصف", "الدرجة")
# Cardinals after a definite plural: "الدول الثلاث", "الأشهر الثلاثة".
DEFINITE_CARDINALS = {"الثلاث": 3, "الثلاثة": 3, "الأربع": 4, "الأربعة": 4, "الخمس": 5, "الخمسة": 5,
                      "الست": 6, "الستة": 6, "السبع": 7, "السبعة": 7, "الثماني": 8, "الثمانية": 8,
                      "التسع": 9, "التسعة": 9, "العشر": 10, "العشرة": 10}

# Nouns that rank or number things, after which even "first" counts ("المركز الأول", "المادة الأولى").
FIRST_RANKED = ("المركز", "المرتبة", "المادة", "البند", "الفقرة", "الفصل", "الباب", "الجولة", "الحلقة", "المرحلة",
                "النسخة", "الدورة", "الطابق", "الجزء", "الفئة", "المجموعة", "الخطوة", "الملحق", "الترتيب")
FIRST = {"الأول": 1, "الأولى": 1}
# Nouns that number things ("المادة 4", "البند 12"): the number after them is a count of that noun.
NUMBERED_NOUNS = ("المادة", "البند", "الفقرة", "الفصل", "الباب", "الجولة", "الحلقة", "المرحلة",
                  "النسخة", "الدورة", "الطابق", "الصف", "الجزء", "الفئة", "المجموعة", "الخطوة", "الملحق",
                  "البروتوكول", "الأسبوع", "الكيلو")

# Words before a number that make it an approximation; they stay outside the quantity's span.
APPROXIMATORS = ("نحو", "حوالي", "حوالى", "قرابة", "زهاء", "تقريبا", "تقريباً", "ما يقارب", "ما يقرب من",
                 "ما يقارب من", "يقارب من", "قرابة من", "نحوا من",
                 "يقارب", "يناهز", "ما يناهز", "قرابة", "ما لا يقل عن", "أكثر من", "أقل من", "أزيد من",
                 "ما يزيد على", "ما يزيد عن", "يزيد على", "يزيد عن", "نحوا من")
# ... of which these are bounds, not approximations.
BOUNDS = ("ما لا يقل عن", "أكثر من", "أقل من", "أزيد من", "ما يزيد على", "ما يزيد عن", "يزيد على",
          "يزيد عن")

# Percent: the sign in either script, or the words.
PERCENT_SIGNS = ("%", "٪", "％")
PERCENT_WORDS = ("في المئة", "في المائة", "بالمئة", "بالمائة", "في المية", "بالمية", "في المائه", "%")

# Words before a number that make it an identifier, not a quantity ("رقم 920004696").
ID_WORDS = ("رقم", "الرقم", "برقم", "هاتف", "الهاتف", "جوال", "الجوال", "فاكس", "ص.ب", "صندوق بريد",
            "الرمز", "رمز", "كود", "تحويلة", "الموحد", "المجاني", "الرقم المجاني", "المجانى", "آية", "الآية",
            "الطريق", "طريق", "طراز", "موديل", "لوحة", "الإصدار", "إصدار", "قانون", "القانون",
            "المرسوم", "مرسوم", "القرار رقم", "قرار", "سورة", "الحديث", "عدد", "العدد", "صفحة", "الصفحة",
            "ص", "يوم", "يومي", "الساعة", "ساعة", "ج", "ح", "مج", "الحلقة", "القرار", "القرارات", "قرارات",
            "خليجي", "فيفا", "بيس", "ستوكس", "داو", "نيكي", "فوتسي",
            # aircraft models and flight numbers: "بوينغ 777", "إيرباص 330", "الرحلة 111"
            "بوينغ", "بوينج", "البوينغ", "البوينج", "إيرباص", "ايرباص", "الإيرباص", "الرحلة")
# Latin letters spelled in Arabic before a number make a model name ("إف 16", "إس 400"); أو (or)
# and إن are left out, they are words.
SPELLED_LETTERS = ("إف", "اف", "إس", "اس", "إم", "ام", "بي", "تي", "جي", "دي", "سي", "كي", "إكس", "اكس",
                   "إيه", "ايه", "إتش", "اتش", "آر", "يو", "واي", "زد", "كيو", "ميغ", "ميج", "سوخوي", "تو")
# Words before a year that say it is one ("العام التالي 2014", "المالي 2013"), and the pattern of
# comparatives after it ("ألبومها 1989 أفضل مبيعات"): a year, not a count.
YEAR_MODIFIERS = ("التالي", "الماضي", "المالي", "الجاري", "الحالي", "المقبل", "القادم", "السابق", "الدراسي",
                  "الهجري", "الميلادي", "المنصرم")
# Nouns before a year that name it rather than count with it ("موازنة 2015", "مونديال 2018", "رؤية 2030").
YEAR_NAMING_NOUNS = ("موازنة", "ميزانية", "رؤية", "مونديال", "أولمبياد", "كأس", "العالم", "آسيا", "أوروبا",
                     "أمم", "انتخابات", "دورة", "موسم", "نسخة", "بطولة", "خطة", "استراتيجية", "تقديرات", "تقرير",
                     "إحصاءات", "تعداد", "ثورة", "حرب", "أحداث", "معرض", "منتدى", "مؤتمر", "إكسبو", "اكسبو",
                     "انهيار", "أزمة", "عام", "سنة", "مواليد", "طراز", "موديل", "إصدار", "نهائيات", "تصفيات",
                     "ألعاب", "قمة", "الأولمبية", "الأولمبياد", "الموازنة", "الميزانية", "الرؤية", "المونديال",
                     "اتفاق", "اتفاقية", "ميثاق", "دستور")
# Nouns before واحد/اثنان that make a set phrase, not a count: "في آن واحد", "صفا واحدا", "يدا واحدة".
ONE_AFTER_NOT = ("وقت", "آن", "صف", "صفا", "يد", "يدا", "خندق", "جسد", "جسدا", "قلب", "صوت", "سقف", "مكان",
                 "اتجاه", "جانب", "طرف", "وطن", "شعب", "أمة", "مرة", "دفعة", "زائد", "رقم", "نسيج", "كل", "أي",
                 "بنتيجة", "نتيجة", "كفريق", "كرجل", "كوحدة", "ككتلة", "كجسد", "لمرة", "بصوت", "بحجر", "بعين",
                 "نفس", "رأي", "موقف", "عين", "لحظة", "للحظة", "ولو", "إلا", "الا", "لا", "ما", "نظرة", "قولا",
                 "لمسة", "بجولة", "عملة", "لعملة", "مظلة", "بوتقة", "قرية", "صعيد", "كأسرة", "كأمة", "لأمة",
                 "كعائلة", "كشخص", "ككيان", "كيان", "منظومة", "لغة", "مصير")
# An unbroken run of this many digits or more is an identifier (phone, account, ID).
ID_MIN_DIGITS = 7

# Words after a number that are not what it counts (prepositions, particles, verbs).
NOT_UNITS = (
    "من", "في", "على", "إلى", "الى", "عن", "مع", "و", "أو", "او", "ثم", "قد", "لا", "ما", "أن", "إن", "ان",
    "الذي", "التي", "الذين", "هو", "هي", "هم", "كما", "حتى", "منذ", "بعد", "قبل", "خلال", "عند", "لدى",
    "بين", "حيث", "بينما", "فيما", "أي", "كل", "بعض", "فقط", "تقريبا", "تقريباً", "إلا", "الا", "لم",
    "لن", "كان", "كانت", "يكون", "تكون", "وهو", "وهي", "مقابل", "بنسبة", "نسبة", "مقارنة", "بمعدل",
    "نحو", "حوالي", "ضد", "لكل", "لصالح", "عبر", "بواقع", "أيضا", "أيضاً", "هذا", "هذه", "ذلك", "تلك",
    "إذ", "اذ", "إذا", "اذا", "لعام", "عام", "العام", "سنة", "ريثما", "بما", "مما", "ممن", "منهم",
    "منها", "منهن", "بحسب", "حسب", "وفق", "وفقا", "وذلك", "يوم", "شهر", "بتوقيت", "هل", "مقابل", "إضافة", "اضافة",
    "أمام", "امام", "فوق", "تحت", "دون", "لدى", "ضمن", "عبر", "نحو", "وحتى", "أيضا",
)

# "others" after a number: "قتل 5 وأصيب 30 آخرين" counts a noun the sentence gives.
OTHERS = ("آخرين", "آخرون", "أخرى", "أخريات", "آخران", "آخرين اثنين")

# Adjectives that describe a counted noun without naming its kind: left out of the unit
# ("5 آلاف سرير إضافي" counts beds), as are nationalities (`places`, CLDR territory names).
DESCRIPTIVE_ADJECTIVES = ("إضافي", "إضافية", "مماثل", "مماثلة", "متاح", "متاحة", "مؤكد", "مؤكدة", "محمل", "محملة",
                          "مدرج", "مدرجة", "متتالي", "متتالية", "موزع", "موزعة", "متوقف", "متوقفة", "مزروع",
                          "مزروعة", "يومي", "يومية", "جديد", "جديدة", "حكومي", "حكومية", "مسلح", "مسلحة",
                          "حدودي", "حدودية", "ثقافي", "ثقافية", "عسكري", "عسكرية", "حربي", "حربية", "مختلف",
                          "مختلفة", "متفرق", "متفرقة", "أخرى", "كامل", "كاملة", "فقط", "عربي", "عربية", "أجنبي",
                          "أجنبية", "خليجي", "خليجية", "أميركي", "أمريكي", "أوروبي", "أفريقي", "آسيوي", "غربي",
                          "شرقي", "محلي", "محلية", "سنوي", "سنوية", "شهري", "شهرية", "رئيسي", "رئيسية")

# Nouns news counts that begin with و, which after a number is otherwise the conjunction of the
# next clause ("قتل 23 ودمر"): "7 وظائف", "34 وافدا", "مليوني وفاة".
NOUNS_WITH_WAW = ("وظيفة", "وظائف", "وفاة", "وفيات", "وحدة", "وحدات", "ولاية", "ولايات", "وزير", "وزيرا",
                  "وزراء", "وافد", "وافدا", "وافدين", "وثيقة", "وثائق", "وجبة", "وجبات", "ورقة", "ورشة", "ورش",
                  "وكالة", "وكالات", "وسيلة", "وسائل", "واقعة", "وقائع", "ولادة", "ولادات", "وزارة", "وزارات",
                  "وديعة", "ودائع", "وسام", "أوسمة", "وكيل", "وكلاء", "وادي", "وديان", "وجهة", "وجهات", "وصفة",
                  "وقف", "أوقاف", "وعاء", "وعود", "وعدا", "ولدا", "أولاد", "وليدا", "ورقات", "وقفة", "وقفات")

# Currencies: CLDR's Arabic names give the head nouns (ريال, دولار, يورو, جنيه ...); news also
# writes these forms (plurals and accusatives CLDR does not list).
CURRENCY_FORMS = {
    "ريالا": "ريال", "ريالات": "ريال", "دولارا": "دولار", "دولارات": "دولار", "جنيها": "جنيه",
    "جنيهات": "جنيه", "دينارا": "دينار", "دنانير": "دينار", "درهما": "درهم", "دراهم": "درهم",
    "ليرات": "ليرة", "يوروهات": "يورو", "روبلا": "روبل", "روبلات": "روبل", "فرنكا": "فرنك",
    "فرنكات": "فرنك", "ينات": "ين", "يوانات": "يوان", "تومان": "تومان", "شيكل": "شيكل", "شيكلا": "شيكل",
    "شواكل": "شيكل", "استرليني": "جنيه", "إسترليني": "جنيه",
}
# Heads that CLDR lists but that are also common words: only money after a number.
CURRENCY_AMBIGUOUS = ("ين", "يوان")

# Measurement units CLDR's Arabic unit names do not cover, or cover in other spellings.
EXTRA_UNITS = {
    "كلم": "كيلومتر", "كم": "كيلومتر", "كيلو": "كيلوغرام", "كيلوجرام": "كيلوغرام", "كغ": "كيلوغرام",
    "كجم": "كيلوغرام", "جرام": "غرام", "غراما": "غرام", "جراما": "غرام", "ميل": "ميل", "ميلا": "ميل",
    "أميال": "ميل", "برميل": "برميل", "برميلا": "برميل", "براميل": "برميل", "هكتار": "هكتار",
    "هكتارا": "هكتار", "دونم": "دونم", "دونما": "دونم", "فدان": "فدان", "فدانا": "فدان",
    "ميغاواط": "ميغاواط", "ميجاوات": "ميغاواط", "ميغاوات": "ميغاواط", "كيلوواط": "كيلوواط",
    "نقطة": "نقطة", "نقاط": "نقطة", "درجة": "درجة", "درجات": "درجة", "طن": "طن", "طنا": "طن",
    "أطنان": "طن", "لتر": "لتر", "لترا": "لتر", "لترات": "لتر", "متر": "متر", "مترا": "متر",
    "أمتار": "متر", "كيلومتر": "كيلومتر", "كيلومترا": "كيلومتر", "كيلومترات": "كيلومتر",
    "سنتيمتر": "سنتيمتر", "سنتيمترا": "سنتيمتر", "سم": "سنتيمتر", "ملم": "مليمتر", "مليمتر": "مليمتر",
    "بوصة": "بوصة", "قدم": "قدم", "أقدام": "قدم", "مرة": "مرة", "مرات": "مرة", "ضعف": "ضعف",
    "أضعاف": "ضعف", "قدما": "قدم", "رطل": "رطل", "رطلا": "رطل", "أرطال": "رطل", "أونصة": "أونصة",
    "أونصات": "أونصة", "أوقية": "أوقية", "أوقيات": "أوقية", "كيلوغرامات": "كيلوغرام", "غرامات": "غرام",
    "ميغاواط ساعة": "ميغاواط ساعة", "غالون": "غالون", "غالونات": "غالون",
}
# A length unit followed by these is a speed ("300 كيلومتر في الساعة", "120 كم/ساعة").
SPEED_TAILS = ("في الساعة", "بالساعة", "/ساعة", "/س", "في الثانية")
# Metric prefixes written apart from their unit ("كيلو مترا", "جيجا بايت", "ميغا وات"): the two
# words are one unit, written joined.
METRIC_PREFIXES = ("كيلو", "ميجا", "ميغا", "جيجا", "غيغا", "تيرا", "ملي", "ميلي", "سنتي", "نانو", "ميكرو")
PREFIXED_BASES = ("متر", "مترا", "مترات", "أمتار", "غرام", "غراما", "جرام", "جراما", "واط", "وات", "بايت", "بت",
                  "هيرتز", "هرتز", "بكسل", "بيكسل", "بكسيل", "أمبير", "لتر", "لترا", "طن", "طنا")
# Second words that belong to a unit: "كيلومتر مربع", "متر مكعب", "نقطة أساس", "درجة مئوية".
UNIT_COMPLEMENTS = {"مربع": "مربع", "مربعا": "مربع", "مربعة": "مربع", "مكعب": "مكعب", "مكعبا": "مكعب",
                    "أساس": "أساس", "مئوية": "مئوية", "مئويه": "مئوية", "فهرنهايت": "فهرنهايت",
                    "مترية": "متري", "متري": "متري", "مترياً": "متري", "متريا": "متري",
                    "مكعبة": "مكعب"}

# Broken plurals of nouns news counts often, to their singular (the unit is the singular noun);
# sound plurals (-ون/-ين/-ات) and accusative tanween are handled by rule.
BROKEN_PLURALS = {
    "أشخاص": "شخص", "جنود": "جندي", "قتلى": "قتيل", "جرحى": "جريح", "مصابين": "مصاب", "أطفال": "طفل",
    "رجال": "رجل", "نساء": "امرأة", "مراكز": "مركز", "دول": "دولة", "مدن": "مدينة", "طائرات": "طائرة",
    "صواريخ": "صاروخ", "سيارات": "سيارة", "منازل": "منزل", "بيوت": "بيت", "مدارس": "مدرسة",
    "مستشفيات": "مستشفى", "أسر": "أسرة", "عائلات": "عائلة", "طلاب": "طالب", "طلبة": "طالب",
    "أعضاء": "عضو", "وزراء": "وزير", "لاعبين": "لاعب", "أهداف": "هدف", "مشاريع": "مشروع",
    "مشروعات": "مشروع", "شركات": "شركة", "بنوك": "بنك", "أسهم": "سهم", "حالات": "حالة", "وفيات": "وفاة",
    "مواطنين": "مواطن", "ضحايا": "ضحية", "معتقلين": "معتقل", "أسرى": "أسير", "مسلحين": "مسلح",
    "عناصر": "عنصر", "مقاتلين": "مقاتل", "ملفات": "ملف", "قضايا": "قضية", "مخالفات": "مخالفة",
    "وحدات": "وحدة", "مواقع": "موقع", "محافظات": "محافظة", "مناطق": "منطقة", "أحياء": "حي",
    "أسابيع": "أسبوع", "ملاعب": "ملعب", "فرق": "فريق", "أندية": "ناد", "مباريات": "مباراة",
    "كتب": "كتاب", "مقالات": "مقالة", "أفلام": "فيلم", "مسلسلات": "مسلسل", "حلقات": "حلقة",
    "أجهزة": "جهاز", "أسلحة": "سلاح", "دبابات": "دبابة", "سفن": "سفينة", "قوارب": "قارب",
    "مراكب": "مركب", "موظفين": "موظف", "عمال": "عامل", "أطباء": "طبيب", "معلمين": "معلم",
    "معلمات": "معلمة", "طالبات": "طالبة", "حجاج": "حاج", "معتمرين": "معتمر", "زوار": "زائر",
    "سياح": "سائح", "لاجئين": "لاجئ", "نازحين": "نازح", "مهاجرين": "مهاجر", "أسواق": "سوق",
    "شهداء": "شهيد", "ضباط": "ضابط", "أفراد": "فرد", "مساجد": "مسجد", "جوامع": "جامع", "آبار": "بئر",
    "فنادق": "فندق", "غرف": "غرفة", "ألغام": "لغم", "قذائف": "قذيفة", "أطنان": "طن",
    "وظائف": "وظيفة", "ألقاب": "لقب", "وثائق": "وثيقة", "مبان": "مبنى", "مباني": "مبنى", "فعاليات": "فعالية",
    "منشآت": "منشأة", "نشاطات": "نشاط", "أنشطة": "نشاط", "برامج": "برنامج", "جوائز": "جائزة",
}


# --- what the quantity finder reads around ordinals and number words ---
# One-word numbers that are as often other words ("ست" lady, "تسع" fits, "ألف" composed):
# they count only with a noun, a scale or "من ..." after them.
AMBIGUOUS_NUMBER_WORDS = ("ست", "تسع", "ثمان", "عشر", "عشرة", "ألف", "سبع", "خمس", "أربع", "ثلاث", "مية", "مئة",
                          "مائة", "واحد", "واحدة", "واحدا")
# Time nouns before a definite ordinal: "اليوم الثاني" orders days, it counts nothing (unless "على التوالي").
TIME_NOUNS_BEFORE_ORDINALS = ("اليوم", "الأسبوع", "الشهر", "العام", "السنة", "القرن", "العقد", "الأيام", "الأشهر",
                              "الشهور", "السنوات", "الأعوام", "الساعة", "الموسم", "الربع", "النصف", "الشوط")
# First words of ordinals 11 and up besides ORDINALS' own: "الحادي عشر" ends in عشر, no count of ten.
ORDINAL_DAYS_HEADS = ("الحادي", "الحادية", "السابع", "السابعة", "الثامن", "الثامنة", "التاسع", "التاسعة")
# Words an indefinite ordinal orders rather than counts: "ثاني أيام العيد" is a day, not two.
NOT_COUNTED_BY_ORDINALS = ("أكسيد", "اكسيد", "أيام", "يوم", "ليالي", "ليلة", "أسابيع", "أسبوع", "أشهر", "شهور", "شهر",
                           "سنوات", "أعوام", "عام", "سنة", "ساعات", "ساعة")
# Stems of time nouns with a possessive ("عامها الخامس", "دورتها الثالثة": ة written ت).
TIME_STEMS = ("عام", "يوم", "شهر", "أسبوع", "سنت", "موسم", "دورت")
# Prepositions and particles with a pronoun: no noun before an ordinal ("منها الثالثة").
PRONOUN_PREPOSITIONS = (
    "منها", "فيها", "لها", "بها", "عليها", "عنها", "إليها", "معها", "منه", "فيه", "له", "به", "عليه", "عنه",
    "إليه", "معه", "منهم", "فيهم", "لهم", "بهم", "عليهم", "عنهم", "إليهم", "معهم", "لنا", "منا", "فينا",
    "علينا", "عنا", "معنا", "إلينا", "بنا", "لكم", "منكم", "فيكم", "عليكم", "هذه", "إنه", "أنه", "لأنه",
    "إنها", "أنها", "لأنها", "إننا", "أننا", "بأنه", "بأنها", "وأنه", "وأنها", "كونه", "كونها", "لديه",
    "لديها", "لديهم", "عنده", "عندها", "نفسه", "نفسها", "ذاته", "ذاتها", "بعضها", "بعضه", "كلها", "كله")
# Unit abbreviations written with a power: "1500م2" (square metres), "كم2", "م3".
POWER_UNITS = {"م": "متر", "كم": "كيلومتر", "سم": "سنتيمتر"}
# After indefinite عدد a number is a count ("عدد 3 نسخ"); العدد names an issue ("العدد 262").
COUNT_WORDS = ("عدد",)
# Units that do not count one when alone ("أكثر من مرة" is not one time).
NOT_ALONE = ("مرة", "مرات", "ضعف", "أضعاف", "نقطة", "نقاط", "درجة", "درجات")


@lru_cache(maxsize=1)
def currency_heads() -> dict[str, str]:
    """Surface form -> currency head noun: the first word of every Arabic CLDR currency
    name (ريال سعودي -> ريال), its CLDR plural forms, and CURRENCY_FORMS. ISO codes in X
    (gold, silver, SDR, test codes) are not currencies of a price."""
    from babel import Locale
    locale = Locale.parse("ar")
    heads: dict[str, str] = {}
    for code, name in locale.currencies.items():
        if len(code) != 3 or code.startswith("X") or not name or not ("\u0600" <= name[0] <= "\u06ff"):
            continue
        head = name.split()[0]
        if len(head) < 3 and head not in CURRENCY_AMBIGUOUS:
            continue
        heads.setdefault(head, head)
        for form in (locale._data["currency_names_plural"].get(code) or {}).values():
            first = form.split()[0]
            if first != head:
                heads.setdefault(first, head)
    for form, head in CURRENCY_FORMS.items():
        heads.setdefault(form, head)
    return heads


@lru_cache(maxsize=1)
def measurement_units() -> dict[str, str]:
    """Surface form -> unit name: CLDR's Arabic long unit names (length, area, mass, volume,
    power, speed, temperature) in their singular and counted forms, plus EXTRA_UNITS."""
    from babel import Locale
    data = Locale.parse("ar")._data
    units: dict[str, str] = {}
    kinds = ("length-", "area-", "mass-", "volume-", "power-", "energy-", "speed-", "temperature-")
    for key, names in data["unit_display_names"].items():
        if not key.startswith(kinds):
            continue
        name = names.get("long") or names.get("short")
        if not name or not ("\u0600" <= name[0] <= "\u06ff") or "/" in name:
            continue
        units.setdefault(name, name)
        for width in ("long", "short"):
            for count, pattern in (data["unit_patterns"].get(key, {}).get(width) or {}).items():
                if count == "per" or not pattern:
                    continue
                form = pattern.replace("{0}", "").strip()
                if form and "\u0600" <= form[0] <= "\u06ff" and len(form.split()) == len(name.split()):
                    units.setdefault(form, name)
    for form, name in EXTRA_UNITS.items():
        units.setdefault(form, name)
    return units


# --- currencies: ISO 4217 codes (CLDR through Babel) ---------------------------------------
# The currency a head noun means when no country qualifies it ("دولار" is the US dollar). Heads
# that many countries share (دينار, ليرة, فرنك, روبية) have none: the code then comes from a
# qualified mention of the same head in the article ("دينار أردني" ... "دينار"), or stays unknown.
DEFAULT_CURRENCY = {"دولار": "USD", "يورو": "EUR", "ين": "JPY", "يوان": "CNY", "روبل": "RUB", "شيكل": "ILS",
                    "ريال": "SAR", "جنيه": "EGP", "درهم": "AED", "تومان": "IRR", "سنت": "USD"}
# Where Babel's Arabic names fail news usage: the Lebanese pound is ليرة لبنانية (CLDR: جنيه لبناني),
# the pound sterling is also written استرليني alone, the dollar also أميركي.
CURRENCY_NAME_FIXES = {"ليرة لبنانية": "LBP", "ليرة لبناني": "LBP", "جنيه استرليني": "GBP", "استرليني": "GBP",
                       "إسترليني": "GBP", "دولار أميركي": "USD", "دولار أمريكي": "USD", "دولار كندي": "CAD",
                       "دولار أسترالي": "AUD", "دولار استرالي": "AUD", "ريال إيراني": "IRR", "ليرة سورية": "SYP",
                       "ليرة تركية": "TRY", "دينار إماراتي": "AED"}
# Signs written before or after an amount; the Arabic abbreviations (ر.س, د.إ ...) come from CLDR.
CURRENCY_SIGNS = {"$": "USD", "US$": "USD", "€": "EUR", "£": "GBP", "¥": "JPY", "₪": "ILS", "₹": "INR", "₽": "RUB"}
# Subunits after an amount ("15 دولارا و25 سنتا"): subunit -> (head it divides, parts in one head).
SUBUNITS = {"سنت": (("دولار", 100), ("يورو", 100)), "سنتا": (("دولار", 100), ("يورو", 100)),
            "سنتات": (("دولار", 100), ("يورو", 100)), "هللة": (("ريال", 100),), "هللات": (("ريال", 100),),
            "قرش": (("جنيه", 100), ("ليرة", 100)), "قرشا": (("جنيه", 100), ("ليرة", 100)),
            "قروش": (("جنيه", 100), ("ليرة", 100)), "فلس": (("دينار", 1000), ("درهم", 100)),
            "فلسا": (("دينار", 1000), ("درهم", 100)), "فلسات": (("دينار", 1000), ("درهم", 100)),
            "بيسة": (("ريال", 1000),), "بيسات": (("ريال", 1000),), "بنس": (("جنيه", 100),)}

# Subunits that name the country: بيسة is Omani, هللة Saudi.
SUBUNIT_CURRENCY = {"بيسة": "OMR", "بيسات": "OMR", "هللة": "SAR", "هللات": "SAR"}
# Words before "N آخرين" that say what the others are: the wounded ("وأصيب 30 آخرين").
INJURY_WORDS = ("أصيب", "وأصيب", "أصيبوا", "إصابة", "وإصابة", "بإصابة", "جرح", "وجرح", "جرح", "إصابات")
INJURED_UNIT = "مصاب"


@lru_cache(maxsize=1)
def currency_codes() -> dict[str, str]:
    """Arabic currency name (head and qualifier, as CLDR writes it in every Arabic locale, and its
    plural forms) -> ISO 4217 code, only currencies some territory uses today, plus
    CURRENCY_NAME_FIXES."""
    import babel.numbers
    from babel import Locale, localedata
    current: set[str] = set()
    for territory in Locale("en").territories:
        if len(territory) == 2 and territory.isalpha():
            try:
                current.update(babel.numbers.get_territory_currencies(territory))
            except Exception:                           # territories CLDR holds no currency for
                continue
    names: dict[str, str] = {}
    for ident in sorted(i for i in localedata.locale_identifiers() if i.split("_")[0] == "ar"):
        locale = Locale.parse(ident)
        for code, name in locale.currencies.items():
            if code in current and name and "\u0600" <= name[0] <= "\u06ff":
                names.setdefault(name, code)
                for form in (locale._data["currency_names_plural"].get(code) or {}).values():
                    names.setdefault(form, code)
    names.update(CURRENCY_NAME_FIXES)
    return names


@lru_cache(maxsize=1)
def currency_signs() -> dict[str, str]:
    """Currency sign -> ISO code: CURRENCY_SIGNS and every Arabic CLDR locale's own symbols
    ("ر.س.", "د.إ.", "ج.م."), with and without their final dot."""
    from babel import Locale, localedata
    signs = dict(CURRENCY_SIGNS)
    for ident in sorted(i for i in localedata.locale_identifiers() if i.split("_")[0] == "ar"):
        for code, symbol in Locale.parse(ident)._data["currency_symbols"].items():
            symbol = symbol.replace("\u200f", "").strip()
            if any("\u0600" <= ch <= "\u06ff" for ch in symbol) and "." in symbol:
                signs.setdefault(symbol, code)
                signs.setdefault(symbol.rstrip("."), code)
    return signs


@lru_cache(maxsize=1)
def currency_iso_codes() -> frozenset[str]:
    """ISO 4217 codes that can stand for the unit in Latin letters ("25 USD")."""
    return frozenset(currency_codes().values()) | frozenset(CURRENCY_SIGNS.values())


# --- measures: CLDR unit ids, families and factors to one base unit a family -----------------
# The base unit each family is normalised to (`base_value` in the record): 0.5 كغ and 500 غرام
# are both 0.5 kilogram.
FAMILY_BASE = {"mass": "kilogram", "length": "meter", "area": "square-meter", "volume": "liter",
               "power": "watt", "energy": "joule", "speed": "kilometer-per-hour", "temperature": "celsius"}
# Factors from CLDR's unit conversions (units.xml), to the family base above.
UNIT_FACTORS = {
    "mass-kilogram": 1, "mass-gram": 0.001, "mass-milligram": 1e-6, "mass-microgram": 1e-9, "mass-tonne": 1000,
    "mass-ton": 907.18474, "mass-pound": 0.45359237, "mass-ounce": 0.028349523125, "mass-ounce-troy": 0.0311034768,
    "mass-carat": 0.0002, "mass-stone": 6.35029318,
    "length-kilometer": 1000, "length-meter": 1, "length-decimeter": 0.1, "length-centimeter": 0.01,
    "length-millimeter": 0.001, "length-micrometer": 1e-6, "length-nanometer": 1e-9, "length-mile": 1609.344,
    "length-yard": 0.9144, "length-foot": 0.3048, "length-inch": 0.0254, "length-nautical-mile": 1852,
    "length-light-year": 9460730472580800,
    "area-square-kilometer": 1e6, "area-square-meter": 1, "area-square-centimeter": 1e-4, "area-hectare": 1e4,
    "area-square-mile": 2589988.110336, "area-acre": 4046.8564224, "area-dunam": 1000, "area-feddan": 4200.83,
    "area-square-foot": 0.09290304, "area-square-yard": 0.83612736,
    "volume-liter": 1, "volume-milliliter": 0.001, "volume-centiliter": 0.01, "volume-deciliter": 0.1,
    "volume-hectoliter": 100, "volume-megaliter": 1e6, "volume-cubic-meter": 1000, "volume-cubic-centimeter": 0.001,
    "volume-cubic-kilometer": 1e12, "volume-cubic-foot": 28.316846592, "volume-barrel": 158.987294928,
    "volume-gallon": 3.785411784, "volume-gallon-imperial": 4.54609,
    "power-watt": 1, "power-kilowatt": 1e3, "power-megawatt": 1e6, "power-gigawatt": 1e9, "power-milliwatt": 1e-3,
    "power-horsepower": 745.69987158227022,
    "energy-joule": 1, "energy-kilojoule": 1e3, "energy-calorie": 4.184, "energy-kilocalorie": 4184,
    "energy-kilowatt-hour": 3.6e6, "energy-megawatt-hour": 3.6e9, "energy-gigawatt-hour": 3.6e12,
    "speed-kilometer-per-hour": 1, "speed-meter-per-second": 3.6, "speed-mile-per-hour": 1.609344,
    "speed-knot": 1.852,
    "temperature-celsius": 1,
}
# Where Babel's Arabic unit data fails news usage (measured against news writing): طن is the
# metric tonne (CLDR: the US short ton), فدان the Egyptian feddan of 4,200.83 m² (CLDR: the acre),
# نقطة index points (CLDR: the typographic point), ستون sixty (CLDR: the stone), عقدة a knot in
# a rope as often as a speed; news units CLDR lacks (برميل joined by its plural, ميغاواط in one
# word, كيلو for a kilogram).
UNIT_ID_FIXES = {"طن": "mass-tonne", "طن متري": "mass-tonne", "فدان": "area-feddan", "نقطة": None, "ستون": None,
                 "عقدة": None, "درجة": None, "مرة": None, "ضعف": None, "قدح": None, "كوب": None, "قطرة": None,
                 "رشّة": None, "درهم سائل": None,
                 "برميل": "volume-barrel", "ميغاواط": "power-megawatt", "كيلوواط": "power-kilowatt",
                 "غيغاواط": "power-gigawatt", "جيجاواط": "power-gigawatt", "ميجاوات": "power-megawatt",
                 "كيلوغرام": "mass-kilogram", "غرام": "mass-gram", "كيلومتر": "length-kilometer",
                 "متر": "length-meter", "سنتيمتر": "length-centimeter", "مليمتر": "length-millimeter",
                 "ميل": "length-mile", "ميل بحري": "length-nautical-mile", "قدم": "length-foot",
                 "بوصة": "length-inch", "هكتار": "area-hectare", "دونم": "area-dunam", "لتر": "volume-liter",
                 "كيلومتر مربع": "area-square-kilometer", "متر مربع": "area-square-meter",
                 "متر مكعب": "volume-cubic-meter", "درجة مئوية": "temperature-celsius",
                 "كيلومتر في الساعة": "speed-kilometer-per-hour", "ميغاواط ساعة": "energy-megawatt-hour",
                 "كيلوواط ساعة": "energy-kilowatt-hour", "غيغاواط ساعة": "energy-gigawatt-hour",
                 "ميغا واط": "power-megawatt", "ميل في الساعة": "speed-mile-per-hour",
                 "متر في الثانية": "speed-meter-per-second", "غيغا واط": "power-gigawatt", "رطل": "mass-pound",
                 "أونصة": "mass-ounce", "أوقية": "mass-ounce-troy", "قيراط": "mass-carat", "غالون": "volume-gallon"}


@lru_cache(maxsize=1)
def unit_ids() -> dict[str, str | None]:
    """Arabic unit name (as `measurement_units` gives it) -> CLDR unit id, or None for a name that
    is no measure; CLDR's Arabic long and short names, then UNIT_ID_FIXES."""
    from babel import Locale
    data = Locale.parse("ar")._data
    ids: dict[str, str | None] = {}
    for key, names in data["unit_display_names"].items():
        if key in UNIT_FACTORS:
            for width in ("long", "short"):
                name = names.get(width)
                if name and "\u0600" <= name[0] <= "\u06ff":
                    ids.setdefault(name, key)
    ids.update(UNIT_ID_FIXES)
    return ids
