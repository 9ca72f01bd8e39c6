"""Common Arabic given names, as news writes them (the timexes stage folds them).

A weekday or day word right after a given name is the family name, not a date:
"محمد الخميس", "عبدالعزيز الخميس", "فاطمة الجمعة". Only given names are listed
(not family names, which are what follows them): a weekday after a full name,
"محمود عباس الجمعة", is the day he spoke, as wire copy writes it. "هادي" is left out:
news names the Yemeni president by it alone ("قوات هادي الأحد"). Compound
names with عبد (عبدالله, عبد الرحمن, عبد رب الرسول) are recognised by rule.
"""
from . import titles
from ..text.lexicon import Lexicon


MEN_NAMES = (
    "محمد", "أحمد", "محمود", "مصطفى", "علي", "حسن", "حسين", "خالد", "سعد", "سعود", "سعيد", "فهد", "فيصل", "ناصر",
    "سلطان", "سلمان", "تركي", "بندر", "نايف", "نواف", "مشعل", "متعب", "منصور", "ماجد", "مساعد", "ممدوح",
    "عمر", "عثمان", "إبراهيم", "ابراهيم", "إسماعيل", "اسماعيل", "يوسف", "يعقوب", "موسى", "عيسى", "يحيى",
    "زكريا", "سليمان", "داود", "صالح", "صلاح", "طلال", "طارق", "عادل", "عاصم", "عامر", "عمار", "عماد", "عصام",
    "عبدالله", "حمد", "حمود", "حامد", "حمزة", "حاتم", "هاني", "هشام", "هيثم", "وليد", "وائل", "وحيد", "ياسر",
    "ياسين", "يزيد", "زياد", "زيد", "زايد", "رائد", "راشد", "رشيد", "ريان", "رامي", "سامي", "سامر", "سالم",
    "سلامة", "سمير", "شريف", "شاكر", "ضيف", "طه", "ظافر", "عايض", "عوض", "عواد", "غازي", "غسان", "فارس",
    "فالح", "فايز", "فواز", "فؤاد", "قاسم", "كمال", "كريم", "لؤي", "مازن", "مالك", "مبارك", "مجدي", "مجيد",
    "محسن", "مرزوق", "مشاري", "معاذ", "مهند", "منير", "ناجي", "نبيل", "نزار", "نعيم", "هلال", "هزاع",
    "وديع", "وسام", "يونس", "أنس", "أسامة", "اسامة", "أيمن", "ايمن", "أمين", "أنور", "أشرف", "إياد", "إيهاب",
    "بدر", "بسام", "بشير", "بكر", "بلال", "توفيق", "ثامر", "جابر", "جاسم", "جمال", "جميل", "جواد", "حازم",
    "حسام", "حمدان", "خليل", "خليفة", "دخيل", "ذياب", "راكان", "رياض", "زهير", "سطام", "سعدون", "سيف", "شادي",
    "شبيب", "صقر", "ضاري", "عايد", "عبيد", "عزيز", "علاء", "عوني", "عيد", "غالب", "غانم", "فرحان", "فلاح",
    "فهيد", "قصي", "لافي", "ماهر", "متعب", "مجاهد", "محمدعلي", "مرعي", "مسفر", "مشرف", "مطلق", "معتز",
    "مفلح", "مقبل", "ملفي", "منيف", "مهدي", "موفق", "نادر", "ناهض", "نصر", "نهار", "نوح", "هذال", "هشام",
    "وجدي", "وصفي", "ياسين", "يوسف", "عبدالعزيز", "عبدالرحمن", "عبدالكريم", "عبدالمجيد", "عبدالإله",
)
# Women's given names (the attribution stage reads them for a speaker's gender, with the foreign
# ones in `lexicons.sources`; those in ة are feminine by rule there).
WOMEN_NAMES = (
    "فاطمة", "عائشة", "خديجة", "مريم", "زينب", "نورة", "نوره", "سارة", "ساره", "هند", "هيا", "منى", "منيرة",
    "لطيفة", "لولوة", "مها", "ريم", "رنا", "رانيا", "سلمى", "سعاد", "سميرة", "سهام", "عبير", "أمل", "أسماء",
    "حصة", "دلال", "رقية", "جواهر", "الجوهرة", "نجلاء", "نوال", "هدى", "وفاء", "ابتسام", "بشرى", "حنان",
    "خلود", "شيماء", "عفاف", "غادة", "فوزية", "ليلى", "مشاعل", "نادية", "هيفاء", "وداد", "يسرى", "أروى",
    "لمى", "رهف", "أريج", "غدير", "ندى", "سحر", "إيمان", "ايمان", "نسرين", "شهد",
)
GIVEN_NAMES = MEN_NAMES + WOMEN_NAMES
# Particles of Arabic personal names, one table, tagged with the readers they serve:
# - particle: name-internal words that keep a person's name going (`بن`, `أبو`, `عبد`, `آل`);
# - opener: particles that open a compound name and never end one (`عبد السلام`, `أبو بكر`, `بن فهد`);
# - patronymic: `بن` and its forms, whose next word is the father's name (not a name of its own);
# - kin: words before a given name that make it a father's or grandfather's name, after which the
#   next word may as well be the day ("الأمير محمد بن سلمان الخميس": the timexes stage).
NAME_PARTICLES = Lexicon("given_names.particles", {
    "بن": "particle opener patronymic kin", "ابن": "particle opener patronymic kin",
    "بنت": "particle opener patronymic kin", "أبو": "particle opener kin", "ابو": "particle opener kin",
    "أبي": "particle opener kin", "ابي": "kin", "أبا": "particle opener", "أم": "particle kin",
    "عبد": "particle opener", "آل": "particle", "ال": "particle", "ولد": "particle", "دي": "particle",
    "فان": "particle", "فون": "particle",
})
PATRONYMIC_LINKS = NAME_PARTICLES.tagged("kin").entries
# Verbs a person named by a weekday is the subject of, besides the reporting verbs
# (`lexicons.reporting`): "وثمن الخميس تفضل الأمير", "وقدم الجمعة شكره".
SUBJECT_VERBS = ("ثمن", "شكر", "هنأ", "أشاد", "رفع", "قدم", "ألقى", "نوه", "دعا", "أعرب", "عبر", "استعرض",
                 "افتتح", "رحب", "تحدث", "ختم", "اختتم", "كرم", "تسلم", "سلم", "زار", "التقى", "استقبل")
# Titles after which a weekday can only be a family name ("الدكتور الخميس"); not the words that
# are also common nouns ("الفريق", "المدرب", "اللاعب": "ويغادر الفريق الخميس" is the day it leaves).
NAME_TITLES = titles.FAMILY_NAME_TITLES.entries
# The given name علي as written with ي: the preposition على folds alike, so a rule that knows a name
# is due (after a title, between two parts of a name) reads the word as written.
ALI = "علي"
