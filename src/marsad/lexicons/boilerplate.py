"""Site chrome: lines of a scraped page that are not the article.

Data for `marsad.annotators.boilerplate`, matched on the normalised line
(diacritics, tatweel and letter variants folded, punctuation and case ignored):
- WHOLE_LINES: the line is exactly one of these phrases (rule `whole_line`);
- LINE_PREFIXES: the line opens with one of these and stays short (rule
  `prefix_line`; a headline may follow, as in `رابط الخبر بصحيفة الوئام: ...`);
- CHROME_WORDS / CHROME_ANCHORS: a share bar glued before an article's first words;
- TRAILING_MARKERS / TRAILING_MORE: chrome glued after an article line's last sentence;
- the line classifier's vocabulary (strong and weak, by kind), section names,
  furniture openings, credit-line words and the particles of prose.
Bylines with site names are article, not chrome, and are not listed.
"""

# reason -> phrases that make up a whole line
WHOLE_LINES = {
    "share": [
        "شاركها", "شارك", "شاركه", "شارك الخبر", "شارك المقال", "شارك هذا المقال", "شارك هذا الخبر",
        "مشاركة", "مشاركة الخبر", "مشاركة المقال", "انشر", "انشر الخبر", "أرسل لصديق", "ارسل لصديق",
        "طباعة", "اطبع", "طباعة الخبر", "إرسال", "حفظ",
        "share", "share this", "share this article", "share on facebook", "share on twitter", "tweet",
        "print", "email", "pin it",
    ],
    "comment": [
        "اترك تعليقا", "اترك تعليقاً", "اترك تعليق", "أضف تعليقا", "أضف تعليق", "اكتب تعليقا", "اكتب تعليق",
        "إضافة تعليق", "إضافة تعليق جديد", "التعليقات", "تعليقات", "لا توجد تعليقات", "علق", "أضف رد",
        "leave a comment", "leave a reply", "comments", "no comments", "add comment", "post a comment",
    ],
    "subscribe": [
        "ابق على اطلاع بالتحديثات المجانية", "ابق على اطلاع", "ابقى على اطلاع", "اشترك", "اشترك الآن",
        "اشترك في النشرة البريدية", "اشترك في نشرتنا البريدية", "اشترك في النشرة الإخبارية",
        "سجل الآن", "القائمة البريدية", "النشرة البريدية", "تابعونا", "تابعنا",
        "subscribe", "subscribe now", "sign up", "newsletter", "stay informed with free updates",
        "follow us",
    ],
    "read-also": [
        "اقرأ أيضا", "اقرأ أيضاً", "اقرأ ايضا", "إقرأ أيضا", "اقرأ المزيد", "المزيد", "...المزيد", "للمزيد",
        "أخبار ذات صلة", "مواضيع ذات صلة", "مقالات ذات صلة", "ذات صلة", "الأكثر قراءة", "الأكثر مشاهدة",
        "read more", "read also", "related", "related articles", "related posts", "more stories",
        "next previous", "next", "previous", "التالي", "السابق", "التالي السابق",
    ],
    "mobile-version": [
        "exit mobile version", "النسخة المحمولة", "نسخة الجوال", "نسخة الموبايل", "عرض النسخة الكاملة",
        "النسخة الكاملة", "mobile version", "view full site", "desktop version",
    ],
    "navigation": [
        "الرجوع للأعلى", "العودة للأعلى", "إلى الأعلى", "back to top", "skip to content",
        "انتقل إلى المحتوى", "تخطى إلى المحتوى", "الصفحة الرئيسية", "home",
        "إعلان", "advertisement", "sponsored",
    ],
    "copyright": [
        "جميع الحقوق محفوظة", "كل الحقوق محفوظة", "all rights reserved",
    ],
}

# reason -> line openings; the line may continue (with a headline, a site name ...)
LINE_PREFIXES = {
    "link": ["رابط الخبر", "رابط المقال", "رابط مختصر", "الرابط المختصر", "short link", "permalink"],
    "read-also": ["اقرأ أيضا:", "اقرأ أيضاً:", "اقرأ ايضا:", "إقرأ أيضا:", "اقرأ أيضا", "اقرأ المزيد:",
                  "read also:", "read more:", "related:", "see also:", "شاهد أيضا:", "شاهد أيضاً:"],
    "copyright": ["©", "(c)", "copyright", "حقوق النشر", "جميع الحقوق محفوظة", "كل الحقوق محفوظة",
                  "حقوق الطبع"],
    "contact": ["للتواصل مع الكاتب", "للتواصل أرسل", "للتواصل ارسل"],
    "subscribe": ["للاشتراك في", "اشترك في", "subscribe to",
                  "sign up for", "تابعونا على", "تابعنا على", "follow us on"],
    "share": ["شارك من خلال", "شارك على", "شارك عبر", "share on", "share via"],
}

# A prefix line longer than this many words is read as an article sentence. Link and
# read-also lines carry a headline after the prefix; the others are short.
PREFIX_LINE_MAX_WORDS = {"link": 30, "read-also": 30}
PREFIX_LINE_MAX_WORDS_DEFAULT = 12

# Words that chrome lines are made of; a line of nothing else (and at least one
# share/social word) is chrome.
CHROME_WORDS = {
    # networks and messengers
    "فيسبوك", "فيس", "بوك", "تويتر", "واتساب", "واتس", "اب", "آب", "تلغرام", "تليجرام", "انستغرام", "انستجرام",
    "يوتيوب", "لينكد", "إن", "جوجل", "بلس", "سناب", "شات", "بريد", "البريد", "الإلكتروني", "ايميل", "إيميل",
    "facebook", "twitter", "whatsapp", "telegram", "instagram", "youtube", "linkedin", "google", "plus",
    "pinterest", "reddit", "messenger", "email", "x", "snapchat", "tiktok",
    # actions
    "شارك", "شاركها", "مشاركة", "انشر", "نشر", "طباعة", "اطبع", "أرسل", "ارسل", "إرسال", "حفظ", "نسخ", "الرابط",
    "من", "خلال", "على", "عبر", "اكتب", "تعليقا", "تعليق", "تعليقك", "رأيك", "أضف", "اترك", "تابعونا", "تابعنا",
    "share", "tweet", "print", "send", "save", "copy", "link", "on", "via", "comment", "follow", "us",
    "next", "previous", "التالي", "السابق",
}
# Words of CHROME_WORDS that alone show intent (a line of only "من على" is not chrome).
CHROME_ANCHORS = {
    "فيسبوك", "تويتر", "واتساب", "تلغرام", "تليجرام", "انستغرام", "انستجرام", "يوتيوب", "لينكد", "جوجل",
    "facebook", "twitter", "whatsapp", "telegram", "instagram", "youtube", "linkedin", "pinterest", "reddit",
    "شارك", "شاركها", "share", "tweet", "next", "previous",
}

# Chrome that sites glue to the end of the last paragraph instead of giving it a line of its
# own: after a sentence ends, one of these openings and the rest of the line (at most
# the given number of words). Tags are bare words with no punctuation.
TRAILING_MARKERS = {
    "link": (["رابط الخبر", "رابط المقال", "رابط مختصر"], 30),
    "tags": (["سمات", "الوسوم", "وسوم", "كلمات دلالية", "كلمات مفتاحية", "tags"], 12),
    "read-also": (["اقرأ أيضا", "اقرأ أيضاً", "اقرأ أيضًا", "إقرأ أيضا", "اقرأ ايضا", "شاهد أيضا"], 25),
    "follow": (["تابعونا على", "تابعونا عبر", "تابعوا آخر الأخبار", "تابعوا أخبارنا"], 20),
}
# A teaser cut off with a "more" link: "... ...المزيد": two or more dots, then one of these ending the line.
TRAILING_MORE = ("المزيد", "اقرأ المزيد", "read more")

# --- Vocabulary of the line classifier (marsad.annotators.boilerplate.features) ---------------
# Words that site furniture is made of, by kind. Each kind is a feature of the model
# (whether, and how many of, a line's words are of that kind); none decides alone. Matched
# folded, with a leading و/ف (and ب/ل/ك before the article) and the article stripped, so list
# each word once, bare. These words rarely occur in article prose; a line needs at least
# one of them (or another sign of furniture) before the model may call it chrome.
CHROME_VOCABULARY = {
    "share": ["شاركها", "شاركه", "شاركي", "انشر", "لصديق", "أعجبك", "أعجبكم", "أصدقائك", "أصدقاءك", "اطبع",
              "share", "tweet", "print"],
    "social": ["فيسبوك", "تويتر", "واتساب", "الواتساب", "تلغرام", "تيليغرام", "تليجرام", "تلجرام", "إنستغرام",
               "انستغرام", "انستجرام", "انستقرام", "يوتيوب", "سناب", "تيكتوك", "لينكدإن", "لينكد", "ثريدز",
               "ماسنجر", "facebook", "twitter", "whatsapp", "telegram", "instagram", "youtube", "linkedin",
               "tiktok", "snapchat", "pinterest", "reddit", "messenger"],
    "follow": ["تابعونا", "تابعنا", "تابعوا", "تابعي", "تابعني", "تابعوني", "اتبعونا", "follow"],
    "subscribe": ["اشترك", "اشتركوا", "اشتركي", "ليصلك", "ليصلكم", "لتصلك", "لتصلكم", "يصلك", "تصلك", "تصلكم",
                  "البريدية", "نشرتنا", "subscribe", "newsletter", "unsubscribe"],
    "app": ["تطبيقنا", "قناتنا", "صفحتنا", "صفحاتنا", "حسابنا", "حساباتنا", "منصاتنا", "موقعنا", "بلاي", "ستور"],
    "comment": ["تعليقك", "تعليقات", "تعليقا", "تعليقاً", "تعليقاتكم", "علق", "يعلق", "أضف", "اترك", "آداب",
                "المسيئة", "المرجو", "comment", "comments", "reply"],
    "read-also": ["اقرأ", "إقرأ", "اقرا", "related", "read"],
    "tags": ["الوسوم", "وسوم", "المفتاحية", "مفتاحية", "الدلالية", "دلالية", "هاشتاغ", "هاشتاج", "tags",
             "keywords"],
    "navigation": ["الرئيسية", "الرئيسيه", "القائمة", "الأقسام", "تكبير", "تصغير", "ممول", "home", "menu", "skip",
                   "advertisement", "sponsored"],
    "contact": ["للتواصل", "لمراسلة", "للمراسلة", "راسلنا", "راسلونا", "المحرر", "المحررة", "ايميل", "إيميل",
                "sms", "contact", "editor", "desk"],
    "copyright": ["محفوظة", "copyright", "reserved"],
    "published": ["محدث", "updated", "published", "posted"],
    "wire-end": ["انتهى", "انتهي", "يتبع"],
    "link": ["اضغط", "انقر", "أنقر", "إضغط"],
    "disclaimer": ["disclaimer"],
}
# Words of furniture that article prose uses as often (مشاركة, الكاتب, تاريخ, أيضا, آخر):
# features of their own kind, but no evidence of furniture alone.
CHROME_VOCABULARY_WEAK = {
    "share": ["شارك", "شاركوا", "طباعة", "مشاركة", "أرسل", "ارسل", "إرسال", "صديق", "نسخ", "الرابط", "رابط", "حفظ", "المفضلة", "تغريدة",
              "غرد", "send", "copy", "save", "email", "link"],
    "social": ["فيس", "بوك", "إكس", "واتس", "آب", "شات", "تيك", "توك", "جوجل", "نيوز", "google", "news", "x"],
    "follow": ["ابق", "ابقى", "ابقوا", "اطلاع", "تفوتك", "تفوتكم", "لمتابعة"],
    "subscribe": ["سجل", "تسجيل", "الاشتراك", "اشتراك", "النشرة", "نشرة", "الإخبارية", "إشعارات", "الإشعارات",
                  "التنبيهات", "تنبيهات", "مجانا", "المجانية", "sign", "up"],
    "app": ["تطبيق", "تطبيقات", "قناة", "الهواتف", "الذكية", "الهاتف", "أندرويد", "آيفون", "أيفون", "متجر",
            "التواصل", "الاجتماعي", "مواقع", "الموقع", "app"],
    "latest": ["آخر", "أحدث", "أهم", "الأخبار", "المستجدات", "أولا", "بأول", "لحظة", "بلحظة", "للمزيد", "لمزيد",
               "المزيد", "مزيد", "latest", "more"],
    "comment": ["تعليق", "اكتب", "ردود", "الحوار", "احترام", "يرجى", "نرجو", "أصحابها", "leave"],
    "read-also": ["أيضا", "ايضا", "أيضًا", "شاهد", "شاهدوا", "ذات", "صلة", "متعلقة", "مواضيع", "مقالات", "الأكثر",
                  "قراءة", "مشاهدة", "تداولا", "تداولاً", "يهمك", "also", "popular"],
    "tags": ["الكلمات", "كلمات", "الدالة", "دالة", "سمات", "تاغ", "تاج", "tag"],
    "navigation": ["الصفحة", "القسم", "العودة", "الرجوع", "الأعلى", "التالي", "السابق", "الخط", "حجم", "عاجل",
                   "إعلان", "إعلانات", "برعاية", "next", "previous", "top", "content"],
    "contact": ["التواصل", "مراسلة", "اتصل", "اتصلوا", "بنا", "محرر", "المراسل", "المراسلة", "مراسل", "الكاتب",
                "الكاتبة", "للكاتب", "غرفة", "قسم", "البريد", "بريد", "الإلكتروني", "الالكتروني", "رسالة", "نصية",
                "mail"],
    "copyright": ["حقوق", "الحقوق", "rights", "النشر", "الطبع", "يمنع", "يحظر", "اقتباس", "إعادة", "بدون", "إذن", "مسبق", "ltd", "inc"],
    "published": ["نشر", "نشرت", "تاريخ", "بتاريخ", "تحديث", "التحديث", "ago"],
    "wire-end": ["النهاية", "نهاية", "end"],
    "link": ["هنا", "الرابط", "رابط", "التفاصيل", "click", "here"],
    "disclaimer": ["بالضرورة", "تعبر", "يعبر", "رأي", "كاتبها", "كاتبه", "أصحابها", "صاحبها", "المنشورة", "تنويه", "مسؤولية"],
    "counter": ["عدد", "مشاهدات", "المشاهدات", "القراءات", "قراءات", "زيارة", "زيارات", "إعجاب", "إعجابات",
                "views", "likes"],
}

# Sections of a news site: the words of breadcrumb trails and section labels
# (الرئيسية » اقتصاد » عقارات, أخبار محلية). Body prose uses them too, so they count only
# beside separators or in a line of nothing else.
SECTION_WORDS = [
    "محليات", "محلي", "محلية", "اقتصاد", "الاقتصاد", "اقتصادية", "رياضة", "الرياضة", "رياضي", "سياسة", "السياسة",
    "سياسية", "ثقافة", "الثقافة", "ثقافي", "فن", "فنون", "الفن", "منوعات", "دولي", "دولية", "دوليات", "عربي",
    "عربية", "عالمي", "عالمية", "العالم", "عالم", "تقنية", "تكنولوجيا", "علوم", "صحة", "الصحة", "مقالات",
    "رأي", "الرأي", "آراء", "كتاب", "حوادث", "برلمان", "تعليم", "مجتمع", "أخبار", "الأخبار", "خبر", "تقارير",
    "تحقيقات", "حوارات", "ملفات", "فيديو", "صور", "إنفوغراف", "الخليج", "خليجي", "سياحة", "عقارات", "طاقة",
    "نفط", "بورصة", "أسواق", "مال", "أعمال", "بنوك", "كرة", "القدم", "محلية", "ودولي", "وطني", "وطن", "شؤون",
    "قضايا", "شأن", "الشأن", "شئون", "تراث", "أدب", "سينما", "دراما", "مشاهير", "لايف", "ستايل", "المرأة", "أسرة", "مدونات", "ترجمات",
    "news", "world", "politics", "business", "sports", "sport", "culture", "opinion", "local", "economy",
    "middle", "east", "tech", "health",
]

# First words of a section's name (أخبار محلية، أخبار أوروبا، شؤون عربية).
SECTION_LABEL_HEADS = ["أخبار", "شؤون", "قضايا", "ملفات", "news"]

# Openings that make a line furniture when it continues with a date, an address, a list or
# a headline (نشر في: الأربعاء 14 مارس 2018; للتواصل مع المحرر: ...; الوسوم: ...).
CHROME_OPENERS = {
    "published": ["نشر في", "نشر بتاريخ", "نشرت في", "تاريخ النشر", "آخر تحديث", "اخر تحديث", "تم التحديث",
                  "تم النشر", "محدث في", "تحديث", "published", "updated", "last updated", "posted on"],
    "contact": ["للتواصل", "لمراسلة", "للمراسلة", "راسلنا", "راسلونا", "البريد الإلكتروني", "البريد الالكتروني",
                "للاتصال", "اتصل بنا", "للإعلان", "contact"],
    "tags": ["الوسوم", "وسوم", "الكلمات المفتاحية", "كلمات مفتاحية", "الكلمات الدالة", "كلمات دالة",
             "الكلمات الدلالية", "كلمات دلالية", "هاشتاغ", "tags", "keywords"],
    "read-also": ["قد يعجبك", "ننصحك بقراءة", "يهمك أيضا", "اقرأ أيضا", "اقرأ ايضا", "إقرأ أيضا", "اقرا ايضا", "اقرأ كذلك", "شاهد أيضا", "شاهد ايضا",
                  "ذات صلة", "مواضيع ذات صلة", "أخبار ذات صلة", "أخبار متعلقة", "قد يهمك", "قد يهمك أيضا",
                  "الأكثر قراءة", "الأكثر مشاهدة", "الأكثر تداولا", "اقرأ المزيد", "لمزيد من", "للمزيد من",
                  "المزيد من", "read also", "read more", "related", "see also", "more from"],
    "share": ["شارك", "شاركها", "شاركوا", "هل أعجبك", "أعجبك", "مشاركة عبر", "انشر", "أرسل لصديق",
              "ارسل لصديق", "share"],
    "follow": ["تابعونا", "تابعنا", "تابعوا", "تابع آخر", "تابع أحدث", "تابع أهم", "لمتابعة آخر", "لمتابعة أهم",
               "لمتابعة أحدث", "ابق على اطلاع", "ابقوا على اطلاع", "لا تفوتك", "لا تفوتكم", "follow us"],
    "subscribe": ["اشترك", "اشتركوا", "سجل للحصول", "سجل الآن", "سجل بريدك", "النشرة البريدية",
                  "النشرة الإخبارية", "فعل الإشعارات", "فعّل الإشعارات", "subscribe", "sign up"],
    "comment": ["أضف تعليق", "اضف تعليق", "اترك تعليق", "اكتب تعليق", "التعليقات", "تعليقات", "المرجو احترام",
                "يرجى احترام", "نرجو احترام", "الآراء الواردة", "التعليقات المنشورة", "عدد التعليقات",
                "leave a", "comments"],
    "copyright": ["©", "جميع الحقوق", "كل الحقوق", "حقوق النشر", "حقوق الطبع", "يمنع نسخ", "يحظر نسخ",
                  "copyright", "all rights"],
    "navigation": ["الرئيسية", "الصفحة الرئيسية", "العودة إلى", "الرجوع إلى", "إلى الأعلى", "الخبر التالي",
                   "الخبر السابق", "المقال التالي", "المقال السابق", "home"],
    "link": ["اضغط هنا", "انقر هنا", "إضغط هنا", "للمزيد اضغط", "لمزيد من التفاصيل اضغط", "الرابط المختصر",
             "رابط مختصر", "رابط الخبر", "click here"],
    "app": ["حمل تطبيق", "حمّل تطبيق", "حمل التطبيق", "حمّل التطبيق", "نزل تطبيق", "نزّل تطبيق", "download"],
    "disclaimer": ["الآراء الواردة", "المقال يعبر", "المقالة تعبر", "هذا المقال يعبر", "المقالات المنشورة",
                   "تنويه", "إخلاء مسؤولية", "إخلاء المسؤولية"],
}

# Words that article prose is full of and furniture lacks: the commonest particles.
PROSE_WORDS = [
    "في", "من", "على", "إلى", "الى", "عن", "أن", "إن", "ان", "التي", "الذي", "الذين", "مع", "بين", "بعد",
    "قبل", "خلال", "حتى", "منذ", "كما", "لكن", "إذ", "حيث", "وقد", "قد", "لم", "لن", "ما", "لا", "هذا", "هذه",
    "ذلك", "تلك", "كان", "كانت", "وكان", "عند", "بسبب", "نحو", "وفق", "أمام", "ضد", "أي", "كل", "أو",
]

# Credit lines are article, not chrome (the guide: bylines with site names are body):
# المصدر: وكالات، ترجمة: ...، بقلم: ...، كتب - ...، القاهرة - من مراسلنا.
CREDIT_OPENERS = ["المصدر", "المصادر", "مصدر", "ترجمة", "بقلم", "كتب", "كتبت", "إعداد", "اعداد", "تحرير", "تصوير",
                  "حوار", "تقرير", "رسم", "تدقيق", "مراجعة", "source", "by"]
CREDIT_WORDS = ["وكالات", "مراسلنا", "مراسلتنا", "خاص", "متابعات", "رويترز", "فرانس", "برس", "الأناضول", "واس", "قنا",
                "وام", "كونا", "بنا", "بترا", "سانا", "وفا", "أ ش أ", "د ب أ", "أ ف ب", "reuters", "afp", "ap"]
