"""Words around named entities, as data: each list a `Lexicon`, folded once (the entities stage
asks for folded words; `text.lexicon`).

Titles (honorifics and offices written before a person's name, never part of the person's
mention: `الرئيس فلاديمير بوتين` -> `فلاديمير بوتين`) are one table in `lexicons.titles`.
- ORG_HEADS: nouns that open an organisation's name (`وزارة الداخلية`,
  `جامعة الملك سعود`, `المخابرات الأوكرانية`); a name they open is an ORG.
- LOC_HEADS: nouns that open a place's name (`منطقة عسير`, `مدينة الرياض`).
- MISC_HEADS: nouns that open treaties, events, operations, laws.
- PERSON_PARTICLES: name-internal words (`بن`, `أبو`, `عبد`) that keep a
  person's name going.
- NON_NAMES: frequent words the model may tag inside a name's span at its edge
  (`الذي`, `أن`, `قال`); trimmed from mention edges.
Each list holds the forms with the article where the language writes them so.
"""
from . import reporting, sources, titles
from .given_names import NAME_PARTICLES
from ..text.lexicon import Lexicon, union, with_article

# The titles table's views the tagger's features read (`annotators.entities.features`).
TITLES = titles.PERSON_TITLES
NAME_TITLES = titles.NAME_TITLES

ORG_HEADS = Lexicon("entities.org_heads", [
    "وزارة", "الوزارة", "هيئة", "الهيئة", "مؤسسة", "المؤسسة", "شركة", "الشركة", "جامعة", "الجامعة", "جمعية",
    "الجمعية", "منظمة", "المنظمة", "مجلس", "المجلس", "حزب", "الحزب", "حركة", "الحركة", "جبهة", "الجبهة",
    "اتحاد", "الاتحاد", "نادي", "النادي", "نادى", "بنك", "البنك", "مصرف", "المصرف", "صندوق", "الصندوق",
    "وكالة", "الوكالة", "صحيفة", "الصحيفة", "جريدة", "الجريدة", "مجلة", "المجلة", "قناة", "القناة", "إذاعة",
    "الإذاعة", "المخابرات", "مخابرات", "الاستخبارات", "استخبارات", "جيش", "الجيش", "قوات", "القوات", "قوة",
    "شرطة", "الشرطة", "الأمن العام", "المباحث", "الحرس", "حرس", "كتائب", "لواء", "ميليشيا", "ميليشيات",
    "محكمة", "المحكمة", "برلمان", "البرلمان", "الكونغرس", "الكونجرس", "مجلس الشيوخ", "مجلس النواب",
    "معهد", "المعهد", "مركز", "المركز", "مستشفى", "المستشفى", "أكاديمية", "الأكاديمية", "كلية", "الكلية",
    "مكتب", "المكتب", "إدارة", "الإدارة", "مديرية", "المديرية", "أمانة", "الأمانة", "غرفة", "الغرفة",
    "بلدية", "البلدية", "لجنة", "اللجنة", "رابطة", "الرابطة", "نقابة", "النقابة", "تحالف", "التحالف",
    "سوق", "بورصة", "البورصة", "مجموعة", "المجموعة", "مصنع", "المصنع", "مطار",
])

LOC_HEADS = Lexicon("entities.loc_heads", [
    "منطقة", "المنطقة", "مدينة", "المدينة", "محافظة", "المحافظة", "ولاية", "الولاية", "إقليم", "الإقليم",
    "مقاطعة", "المقاطعة", "قرية", "القرية", "حي", "الحي", "جزيرة", "الجزيرة", "جزر", "جبل", "جبال", "نهر",
    "بحر", "البحر", "خليج", "الخليج", "صحراء", "وادي", "بحيرة", "شارع", "ميدان", "ساحة", "متنزه", "منتزه",
    "مخيم", "ميناء", "قاعدة", "عاصمة", "العاصمة", "بلدة", "البلدة", "مركز", "مسجد", "جامع", "كنيسة",
])

MISC_HEADS = Lexicon("entities.misc_heads", [
    "اتفاقية", "الاتفاقية", "اتفاق", "معاهدة", "المعاهدة", "عملية", "العملية", "قانون", "القانون", "مؤتمر",
    "المؤتمر", "قمة", "بطولة", "البطولة", "كأس", "دوري", "الدوري", "مهرجان", "المهرجان", "معرض", "المعرض",
    "عيد", "جائزة", "الجائزة", "حرب", "ثورة", "وثيقة", "إعلان", "خطة", "مبادرة", "برنامج", "مشروع",
    "صاروخ", "صواريخ", "طائرة", "طائرات", "دبابة", "مقاتلات",
])

PERSON_PARTICLES = NAME_PARTICLES.tagged("particle", "entities.person_particles")

NON_NAMES = Lexicon("entities.non_names", [
    "الذي", "التي", "الذين", "اللذين", "أن", "إن", "أنه", "إنه", "قال", "وقال", "في", "من", "على", "إلى", "عن",
    "مع", "أو", "ثم", "كما", "حيث", "هذا", "هذه", "ذلك", "تلك", "كان", "كانت", "يوم", "عام", "اليوم", "أمس",
])

# Heads of a facility or feature that belong to its name (`متنزه يلوستون`, `جامع الملك فيصل`).
FACILITY_HEADS = Lexicon("entities.facility_heads", with_article([
    "متنزه", "منتزه", "جامع", "مسجد", "مستشفى", "مطار", "ميناء", "جسر", "شارع", "ميدان", "ساحة", "جزيرة", "جبل",
    "نهر", "بحيرة", "وادي", "صحراء", "قلعة", "قصر", "سد", "حديقة", "مخيم", "معبر", "ملعب", "استاد", "طريق",
]))
# Administrative heads: the name after them is a place, the head itself stays out (`منطقة عسير` -> `عسير`).
REGION_HEADS = Lexicon("entities.region_heads", with_article(["منطقة", "مدينة", "محافظة", "ولاية", "ولايات", "إقليم", "مقاطعة", "قرية", "بلدة", "حي", "إمارة",
                "أمير منطقة", "عاصمة", "مركز"]))
# A region head with one of these is itself a place name (`المنطقة الشرقية`).
DIRECTIONS = Lexicon("entities.directions", ["الشرقية", "الغربية", "الشمالية", "الجنوبية", "الوسطى", "الشرقي", "الغربي", "الشمالي", "الجنوبي"])
# Words a tagger trained on ANERcorp takes for names but the annotation guide does not count.
NON_ENTITIES = Lexicon("entities.non_entities", ["الله", "ذوو", "ذوي", "ذوى", "أهالي", "سبحانه", "تعالى", "رحمه الله", "رحمها الله", "حفظه الله",
                "حفظها الله", "حفظهم الله", "يرحمه الله", "رعاه الله", "أيده الله", "إن شاء الله"])
# Hijri months (Babel/CLDR carries only the Gregorian ones in Arabic); a date is no entity.
HIJRI_MONTHS = Lexicon("entities.hijri_months", ["محرم", "صفر", "ربيع الأول", "ربيع الآخر", "ربيع الثاني", "جمادى الأولى", "جمادى الآخرة",
                "جمادى الثانية", "رجب", "شعبان", "رمضان", "شوال", "ذو القعدة", "ذي القعدة", "ذو الحجة", "ذي الحجة"])
# Offices held over a place (indefinite, before the place's name): `أمير عسير`, `محافظ جدة`, `حاكم دبي`.
RULER_OF = Lexicon("entities.ruler_of", ["أمير", "محافظ", "حاكم", "عمدة", "رئيس بلدية"])
# Relative adjectives of time and order, never part of a name (`الهيئة ... التالية`, `الأسبوع الماضي`).
NON_NAME_ADJECTIVES = Lexicon("entities.non_name_adjectives", ["التالي", "التالية", "الحالي", "الحالية", "الماضي", "الماضية", "الثاني", "الثانية",
                       "الجاري", "الجارية", "المقبل", "المقبلة", "الأولى", "الرسمي", "الرسمية", "المعني",
                       "المعنية", "المختصة", "المختص", "المحلي", "المحلية", "الإعلامي", "الصحفي", "الذاتي"])

# Heads of national institutions: an organisation when a country's adjective or a place
# follows (`المخابرات الأوكرانية`, `البنك المركزي الأوروبي`, `جيش كوريا الديمقراطية`).
NATIONAL_HEADS = Lexicon("entities.national_heads", ["المخابرات", "الاستخبارات", "مخابرات", "استخبارات", "الجيش", "جيش", "الحرس", "البنك", "بنك",
                  "الشرطة", "البحرية", "البرلمان", "الخارجية", "وكالة", "الوكالة", "الحكومة", "حكومة", "التحالف",
                  "الاتحاد", "المنتخب", "منتخب", "الأسطول"])
# Heads of named bodies: an organisation when a genitive noun follows (`وزارة الداخلية`,
# `صندوق تنمية الموارد البشرية`); their definite forms need ل + a noun (`المؤسسة العامة للتأمينات`).
BODY_HEADS = Lexicon("entities.body_heads", with_article(["وزارة", "هيئة", "مفوضية", "سلاح", "مؤسسة", "صندوق", "جامعة", "وكالة", "مجلس", "شركة", "جمعية", "منظمة", "قوات", "قوة",
              "شرطة", "اتحاد", "نادي", "بنك", "مصرف", "محكمة", "مديرية", "إدارة", "أمانة", "بلدية", "غرفة", "كلية",
              "معهد", "حزب", "لجنة", "تنظيم", "قناة", "صحيفة", "مجموعة"]))
# Heads whose own name may follow bare (`تنظيم داعش`, `شركة أرامكو`, `جمعية كفيف`).
NAMING_HEADS = Lexicon("entities.naming_heads", ["تنظيم", "شركة", "جمعية", "حزب", "قناة", "صحيفة", "وكالة", "مجموعة"])
# Heads too generic with one noun after them (`قوات الأمن`): a name needs two words more.
GENERIC_BODY_HEADS = Lexicon("entities.generic_body_heads", ["قوات", "قوة", "إدارة", "مجلس", "لجنة"])
# Heads of treaties, feasts, tournaments, prizes: MISC with a definite noun after them.
EVENT_HEADS = Lexicon("entities.event_heads", ["اتفاقية", "معاهدة", "عيد", "بطولة", "كأس", "جائزة", "مهرجان", "وثيقة"])
# Adjectives that do not make a name of a head by themselves (`الأمن العام` is listed apart).
GENERIC_ADJECTIVES = Lexicon("entities.generic_adjectives", ["العامة", "العام", "الوطني", "الوطنية", "المركزي", "الاتحادي", "الاتحادية", "الخاصة",
                      "العليا", "الأعلى"])
# Place nouns standing alone: common nouns, not names (`المدينة`, `الريف`, `المسجد`).
GENERIC_PLACES = Lexicon("entities.generic_places", ["ريف", "الريف", "البلاد", "الدولة", "المسجد", "المستشفى", "المطار", "الميناء", "الشارع", "الطريق",
                  "الملعب", "الحديقة", "الجسر", "السد", "القصر", "الساحة", "الميدان"])

# Words after which a city name is a place (`في الطائف`, `قرب الموصل`, `محافظ الطائف`): a GeoNames
# city the tagger missed is taken there, and only there (many city names are also common words).
LOCATIVE_WORDS = Lexicon("entities.locative_words", ["في", "إلى", "الى", "من", "قرب", "بالقرب", "نحو", "داخل", "خارج", "حول", "شمال", "جنوب", "شرق",
                  "غرب", "وسط", "شمالي", "جنوبي", "شرقي", "غربي", "ضواحي", "أطراف", "أنحاء", "مدن", "محافظات",
                  "مناطق", "مدينتي", "مدينتا", "محافظتي", "بين", "عبر", "باتجاه", "تجاه", "أهالي", "سكان"])
# Countries whose cities Arabic news names without a head noun (GeoNames cities there need
# less context); ISO 3166-1 alpha-2.
ARAB_COUNTRIES = ["SA", "AE", "KW", "QA", "BH", "OM", "YE", "IQ", "SY", "JO", "LB", "PS", "EG", "SD", "LY", "TN",
                  "DZ", "MA", "MR", "SO", "DJ", "KM"]
# Adjectives that make an international or pan-Arab body of a national head (`التحالف الدولي`,
# `البنك الدولي`, `الجيش العربي`).
INTERNATIONAL_ADJECTIVES = Lexicon("entities.international_adjectives", ["الدولي", "الدولية", "العربي", "العربية", "الإسلامي", "الإسلامية", "الخليجي",
                            "الخليجية", "الأممي", "الأممية"])
# Heads of weapons and vehicles: a foreign name after them is a model (`طائرات تورنيدو`, `صواريخ ستينغر`), MISC.
WEAPON_HEADS = Lexicon("entities.weapon_heads", ["طائرة", "طائرات", "مقاتلة", "مقاتلات", "مروحية", "مروحيات", "صاروخ", "صواريخ", "دبابة", "دبابات",
                "منظومة", "منظومات", "قاذفة", "قاذفات", "غواصة", "غواصات", "بارجة", "سفينة", "حاملة", "مدرعات",
                "مدرعة", "بندقية", "بنادق"])
# Names of recurring events and plans written with their edition or year (`خليجي 24`, `رؤية 2030`,
# `إكسبو 2020`): MISC with the number.
EDITION_NAMES = Lexicon("entities.edition_names", ["خليجي", "مونديال", "إكسبو", "اكسبو", "رؤية", "يورو", "أولمبياد", "كوب", "فورمولا", "جيتكس"])
# Heads of news outlets: a name after them, or a quoted name after ل (`قال لـ«الشرق الأوسط»`), is an ORG.
OUTLET_HEADS = Lexicon("entities.outlet_heads", with_article(["صحيفة", "جريدة", "مجلة", "وكالة", "قناة", "موقع", "شبكة", "إذاعة", "تلفزيون", "صحيفتي", "صحف"]))
# Verbs that report, seen from the outlet's side (`نقلت واس`, `ذكرت عكاظ`, `بحسب سبق`): a rare word
# after them that no vocabulary of ours knows as a common word is an outlet (ORG).
OUTLET_VERBS = Lexicon("entities.outlet_verbs", ["نقلت", "ذكرت", "أوردت", "نشرت", "بثت", "أفادت", "بحسب", "حسب", "وفق", "وفقا", "نقلا", "طبقا"])
# Plural heads of ministries in a list (`وزارات النقل والتجارة والداخلية`): each coordinated noun is one.
MINISTRY_PLURALS = Lexicon("entities.ministry_plurals", ["وزارات", "وزارتي", "وزارتا"])
# Words a dateline gives instead of an outlet (`متابعات`, `وكالات`): no organisation.
DATELINE_GENERIC = Lexicon("entities.dateline_generic", ["متابعات", "وكالات", "خاص", "تقرير", "ترجمة", "صحف", "مواقع"])
# Organisations news names by a short name alone, which the tagger (trained on 2007 news) does not
# know: armed groups named as militias (the annotation guide makes them ORG) and international
# bodies by their acronyms. Only names that are no common word (not حماس enthusiasm, القاعدة the base).
KNOWN_ORGANISATIONS = Lexicon("entities.known_organisations", [
    "داعش", "الحوثيين", "الحوثيون", "جماعة الحوثي", "ميليشيا الحوثي", "ميليشيات الحوثي", "مليشيا الحوثي",
    "مليشيات الحوثي", "جبهة النصرة", "حزب الله", "طالبان", "بوكو حرام", "الإخوان المسلمين", "الإخوان المسلمون",
    "الناتو", "حلف الناتو", "أوبك", "اليونسكو", "اليونيسف", "الأونروا", "الإنتربول", "فيفا", "الفيفا", "اليويفا",
])
# Heads named for their field with one definite noun, whose field may be coordinated
# (`وزارة الكهرباء والماء`, `هيئة الإعلام المرئي والمسموع`).
COORDINATED_HEADS = Lexicon("entities.coordinated_heads", ["وزارة", "هيئة"])
# Heads of bodies and of facilities named so (`إدارة الأمير` is his tenure, `مدينة الملك` as often a city:
# not here). Bodies are ORG, facilities LOC.
DEDICATED_BODIES = Lexicon("entities.dedicated_bodies", ["مركز", "جامعة", "كلية", "معهد", "أكاديمية", "مؤسسة", "مجمع", "مكتبة"])
DEDICATED_PLACES = Lexicon("entities.dedicated_places", ["مستشفى", "مطار", "ميناء", "جامع", "مسجد", "طريق", "شارع", "ملعب", "استاد", "قاعدة", "جسر",
                    "حديقة", "قصر"])
# Heads of bodies whose name news writes in quote marks after them (`شركة «غو برو»`, `منظمة «هيومان
# رايتس ووتش»`, `مجموعة “سعوديون في أمريكا”`): the quoted words are an organisation.
QUOTED_NAME_HEADS = Lexicon("entities.quoted_name_heads", ["شركة", "مجموعة", "تنظيم", "حزب", "جمعية", "منظمة", "حركة", "مؤسسة", "جماعة", "شركات"])
# Heads of events whose name news writes in quote marks after them (`مهرجان «أبها يجمعنا»`, `معرض "صنع
# في عسير"`, `ملتقى «أمن وسلامة الآثار»`): the quoted words are a named event, MISC. Not عملية (as often
# a scare quote or a group: عملية «النصرة»), nor جائزة or برنامج (named after people, outlets, shows).
QUOTED_EVENT_HEADS = Lexicon("entities.quoted_event_heads", ["مهرجان", "مهرجانات", "معرض", "مؤتمر", "منتدى", "ملتقى", "ندوة", "مسابقة", "بطولة", "كأس",
                      "حملة"])
# Military operations news names alone, with no head (the annotation guide's example of MISC): only
# names that are no common phrase (`إعادة الأمل` is one: restoring hope).
KNOWN_OPERATIONS = Lexicon("entities.known_operations", ["عاصفة الحزم"])
# Football clubs news names by their bare name (Saudi league clubs, the Arab clubs most reported).
# Most are common words too (الشباب youth, الوحدة unity, التعاون cooperation, النصر victory), so a
# club is taken only in a sports context (`clubs`). DISTINCT_CLUBS are seldom anything else in news
# (الهلال is the moon only after رؤية/تحري ..., which no sports context word is).
SPORTS_CLUBS = Lexicon("entities.sports_clubs", ["الهلال", "النصر", "الأهلي", "الاتحاد", "الشباب", "الاتفاق", "الفتح", "التعاون", "الرائد",
                "الفيصلي", "الخليج", "القادسية", "الوحدة", "العروبة", "نجران", "هجر", "الفيحاء", "الباطن",
                "الطائي", "الشعلة", "الحزم", "الوداد", "الرجاء", "الزمالك", "الإسماعيلي", "الترجي"])
DISTINCT_CLUBS = Lexicon("entities.distinct_clubs", ["الهلال", "النصر", "الأهلي", "الفيصلي", "القادسية", "العروبة", "الفيحاء", "الباطن", "الطائي",
                  "الشعلة", "الوداد", "الرجاء", "الزمالك", "الإسماعيلي", "الترجي"])
# Words right before a club's name that make it the club (`لاعبي الهلال`, `مدرب الشباب`, `مواجهة
# النصر`); WEAK ones only before a distinct club (`أمام الهلال`, `إدارة الأهلي`: إدارة الاتحاد may
# be the federation's).
CLUB_CONTEXT = Lexicon("entities.club_context", ["فريق", "لاعب", "لاعبي", "لاعبو", "مدرب", "مدربي", "جماهير", "جمهور", "مشجعي", "بعثة", "معسكر",
                "صفوف", "حارس", "حارسا", "مهاجم", "مدافع", "هداف", "مرمى", "شباك", "مباراة", "مباراتي", "مواجهة",
                "ديربي", "أندية", "ناديي", "شرفيي", "شرفي", "قميص", "كتيبة"])
WEAK_CLUB_CONTEXT = Lexicon("entities.weak_club_context", ["أمام", "ضد", "إدارة", "مع", "بين", "لمصلحة", "لصالح", "نحو"])
# Words with the first-person pronoun the tagger may take for a one-word person (`قال لي`: to me,
# `فكان أبي`: my father); a person only after a title (`الرئيس لي`).
FIRST_PERSON_WORDS = Lexicon("entities.first_person_words", ["لي", "بي", "أبي", "أمي", "أخي", "أختي", "جدي", "جدتي", "عمي", "ابني", "ابنتي", "زوجي",
                      "زوجتي", "والدي", "والدتي"])
# Particles that open a compound name and never end one (`عبد السلام`, `أبو بكر`, `بن فهد`): a person
# ending on one takes the next word.
NAME_OPENERS = NAME_PARTICLES.tagged("opener", "entities.name_openers")
# Heads of works and products whose title news writes in quote marks after them (`فيلم «مدغشقر»`,
# `مسلسل "باركس آند ريكريشن"`, `تطبيق «دوري بلس»`, `برنامج «حافز»`): the title is MISC, not the place or
# person its words name. Not جهاز (a security service: جهاز «الموساد») nor لعبة (للعبة (فيفا): the sport's body).
QUOTED_WORK_HEADS = Lexicon("entities.quoted_work_heads", ["فيلم", "مسلسل", "مسرحية", "ألبوم", "أغنية", "كتاب", "رواية", "برنامج", "تطبيق"])
# Heads of tournaments named for a place (`كأس آسيا`, `دوري أبطال أوروبا`, `بطولة إسبانيا`): with the place
# they are one MISC name, not a place; TOURNAMENT_LINKS may stand between (`أبطال`, `أمم`).
TOURNAMENT_HEADS = Lexicon("entities.tournament_heads", ["كأس", "دوري", "بطولة"])
TOURNAMENT_LINKS = Lexicon("entities.tournament_links", ["أبطال", "أمم", "الأمم"])

# --- small word classes the rules test single words against ------------------------------------
# `بن` and its forms: the next word is the father's name, no name of its own.
PATRONYMICS = NAME_PARTICLES.tagged("patronymic", "entities.patronymics")
# Words that open a clause after a name: a person's span ends before them (`نجيب عبد الرزاق بأن ...`).
CLAUSE_OPENERS = Lexicon("entities.clause_openers", ["أن", "إن", "بأن", "أنه", "إنه", "بأنه", "أنها", "إنها", "بأنها",
                                                     "لأن"])
# What follows a speaker's name after a reporting verb (`وقال قاسم المحمدي إن`, `وأكد عماش أن`, `وقال
# خالد لـ«عكاظ»`, `وقال سالم: ...`): a complement, a colon or comma, في or ل (any word opening with ل too).
SPEAKER_COMPLEMENTS = Lexicon("entities.speaker_complements", ["أن", "أنه", "بأن", "أنها", ":", "،", ",", "في", "ل"])
# What follows ل + a quoted outlet when it names where words were said (`وقال لـ"سبق": ...`, `... أن`).
SOURCE_COMPLEMENTS = Lexicon("entities.source_complements", [":", "أن", "أنه", "بأن"])
# Statements and interviews given to an outlet, shortly before ل + the quoted outlet (`في تصريح
# لـ«عكاظ»`, `في حوار لـ"سبق"`).
INTERVIEW_NOUNS = Lexicon("entities.interview_nouns", ["تصريح", "تصريحات", "تصريحاته", "تصريحاتها", "حديث", "حديثه",
                                                    "حديثها", "حوار", "حواره", "حوارها", "مقابلة", "مقابلته", "بيان"])
# Words between an outlet's reporting verb and the outlet (`نقلت عن`, `ذكرت لـ`, `بحسب ما`).
OUTLET_VERB_LINKS = Lexicon("entities.outlet_verb_links", ["عن", "ل", "ما"])
# Words after a rare name that follows an outlet's verb, when the name is the outlet (`ذكرت عكاظ أن`).
OUTLET_COMPLEMENTS = Lexicon("entities.outlet_complements", ["أن", "أنه", "عن", "ل"])
# NON_NAMES words a dateline's outlet may carry (`عين اليوم - جدة:`).
DATELINE_NAME_WORDS = Lexicon("entities.dateline_name_words", ["اليوم", "يوم", "عام", "أمس"])
# Adjectives that make another body of a club's name (`الهلال الأحمر`, `الاتحاد الدولي`, `النصر العربي`).
NOT_CLUB_ADJECTIVES = Lexicon("entities.not_club_adjectives", ["الأحمر", "الدولي", "العام", "العربي", "الوطني"])
# Quantifiers that follow ل + a verb (`ليوضح العديد`): no field of a body.
QUANTIFIERS = Lexicon("entities.quantifiers", ["العديد", "الكثير", "الجميع", "الكل"])
# Security bodies named by الأمن and one adjective.
SECURITY_BODIES = Lexicon("entities.security_bodies", ["الأمن العام", "الأمن الوطني"])
# The preposition في (a city after it; `30 في المائة` is no city).
PREPOSITION_IN = "في"

# --- unions the rules ask as one class --------------------------------------------------------
# Any head noun opening an organisation's name.
ANY_ORG_HEADS = union("entities.any_org_heads", ORG_HEADS, BODY_HEADS, NATIONAL_HEADS)
# Place nouns standing alone: a region head or a generic place is no name (`المدينة`, `الريف`).
PLACE_NOUNS = union("entities.place_nouns", REGION_HEADS, GENERIC_PLACES)
# Heads whose name may open with a title (مركز الملك سلمان، طريق الملك فهد، حي الأمير سلطان).
NAMED_AFTER_HEADS = union("entities.named_after_heads", ANY_ORG_HEADS, FACILITY_HEADS, REGION_HEADS, LOC_HEADS)
# Heads of events and works whose name news writes in quote marks after them.
QUOTED_TITLE_HEADS = union("entities.quoted_title_heads", QUOTED_EVENT_HEADS, QUOTED_WORK_HEADS)
# Heads of bodies and facilities named after a titled person.
DEDICATION_HEADS = union("entities.dedication_heads", DEDICATED_BODIES, DEDICATED_PLACES)

# --- other stages' word lists, as the entity rules read them -----------------------------------
# Heads of anonymous sources (`lexicons.sources`): no name after a reporting verb or title.
ANONYMOUS_HEADS = Lexicon("entities.anonymous_heads", sources.ANONYMOUS_HEADS)
# Reporting verbs that are nouns or prepositions as often (بين، ذكر، طالب) or need their phrase (لفت
# انتباه; `lexicons.reporting`): no cue for a speaker's name after them.
UNSURE_CUES = Lexicon("entities.unsure_cues", [*reporting.AMBIGUOUS_FORMS, *reporting.PHRASE_HEADS])
