"""Site chrome: lines of a scraped page that are not the article.

Three kinds of evidence, all matched on the normalised line (diacritics,
tatweel and letter variants folded, punctuation and case ignored):
- WHOLE_LINES: the line is exactly one of these phrases;
- LINE_PREFIXES: the line opens with one of these and stays short (a headline
  may follow, as in `رابط الخبر بصحيفة الوئام: ...` or `اقرأ أيضا: ...`);
- CHROME_WORDS: every word of the line is share/social/navigation vocabulary
  (`شارك من خلال تويتر فيسبوك واتساب`).
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
    "من", "خلال", "على", "عبر", "اكتب", "تعليقا", "تعليق", "تعليقك", "أضف", "اترك", "تابعونا", "تابعنا",
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
}
# A teaser cut off with a "more" link: "... ...المزيد".
TRAILING_MORE = r"\s*\.{2,}\s*(?:المزيد|اقرأ المزيد|read more)\s*$"

# Breadcrumb trails: short segments joined by these separators (الرئيسية | أخبار | العراق).
# Not » (an Arabic quote mark) nor / (lists of places: طريق الرياض/ الحائر/ الحوطة).
BREADCRUMB_SEPARATORS = "|›>"
BREADCRUMB_HOME = {"الرئيسية", "الصفحة الرئيسية", "home", "الرئيسيه"}
BREADCRUMB_MAX_SEGMENT_WORDS = 3
BREADCRUMB_MIN_SEGMENTS = 3          # two segments only when the first is the home page

# Contact lines that sites append (SMS short codes of Saudi carriers, etc.).
CONTACT_PATTERNS = [
    r"^\d{4,7}\s*(?:-\s*)?(?:stc|mobily|zain)$",
    r"^(?:للتواصل|لمتابعة)\b.*\b(?:sms|رسالة نصية)\b",
]
