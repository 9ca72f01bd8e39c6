"""Place names that CLDR (through Babel) does not carry, as data.

CLDR gives each territory one Arabic name, often the formal one
(`المملكة العربية السعودية`, `الولايات المتحدة`, `الأراضي الفلسطينية`); news
writes the short forms below just as often. Keys are ISO 3166-1 alpha-2 codes
(or CLDR region codes), the same keys the CLDR names get, so both kinds of
mention of one place share a cluster key.
"""
from ..text.lexicon import Lexicon

# ISO code -> everyday Arabic names CLDR lacks (spelling variants included).
TERRITORY_ALIASES = {
    "SA": ["السعودية", "العربية السعودية"],
    "US": ["أمريكا", "أميركا", "الولايات المتحدة الأمريكية", "الولايات المتحدة الأميركية"],
    "GB": ["بريطانيا", "بريطانيا العظمى", "إنجلترا", "انجلترا", "انكلترا"],
    "AE": ["الإمارات"],
    "PS": ["فلسطين", "دولة فلسطين"],
    "KP": ["كوريا الديمقراطية", "جمهورية كوريا الشعبية الديمقراطية", "جمهورية كوريا الديمقراطية الشعبية"],
    "KR": ["جمهورية كوريا"],
    "SY": ["سورية"],
    "RU": ["روسيا الاتحادية"],
    "CN": ["جمهورية الصين الشعبية"],
    "IR": ["الجمهورية الإسلامية الإيرانية"],
    "NL": ["هولندا"],
    "CD": ["الكونغو الديمقراطية"],
    "BA": ["البوسنة"],
    "CZ": ["التشيك"],
    "DE": ["المانيا"],
    "ES": ["اسبانيا"],
    "IT": ["إيطاليا", "ايطاليا"],
    "ID": ["اندونيسيا"],
    "IN": ["الهند"],
    "MA": ["المغرب"],
    "LY": ["ليبيا"],
    "EG": ["مصر"],
    "VA": ["الفاتيكان"],
    "150": ["اوروبا"],
}

# Words CLDR uses as exemplar-city names that are far more often ordinary words
# in news text (sleep, dark-skinned, centre ...): kept out of the city gazetteer.
CITY_STOPWORDS = {"نوم", "سمراء", "سنتر", "جوني", "ماجوري", "فينكس", "كونكس", "ناسو", "سانتو", "كيروف",
                  "كوري", "ليما", "بيلو", "ديلي", "سانت", "ماي", "كوك", "هوبارت", "بيرث",
                  # GeoNames towns named like words of measure and common nouns (per cent, the valley)
                  "المائة", "المئة", "مائة", "مئة", "الوادي", "الحراك", "ميادين", "طراز", "سلالة", "كائن", "قصور",
                  "القصور", "معسكر", "كورونا"}
# The same words folded, for the rules that read a city's name in the text (the gazetteer compares
# CLDR's names as written with CITY_STOPWORDS).
NON_CITY_WORDS = Lexicon("places.non_city_words", sorted(CITY_STOPWORDS))

# First-level divisions of Arab countries (ISO 3166-2 codes) and a few well-known areas that
# GeoNames' city list (`cities1000`) lacks: news names them like cities (`أمير عسير`, `في القصيم`,
# `محافظة الأنبار`). Names that are also frequent common words (الظاهرة, الداخلية) are left out;
# the entities stage takes these, like GeoNames cities, only in a place's context.
ADMIN_REGIONS = {
    "SA-05": ["القصيم"], "SA-14": ["عسير"], "SA-08": ["الحدود الشمالية"], "SA:Al-Ahsa": ["الأحساء", "الاحساء"],
    "YE-HD": ["حضرموت"], "YE-AB": ["أبين"], "YE-SH": ["شبوة"], "YE-MR": ["المهرة"],
    "IQ-AN": ["الأنبار", "الانبار"], "IQ-NI": ["نينوى"], "IQ-DI": ["ديالى"], "IQ-MA": ["ميسان"],
    "IQ-DQ": ["ذي قار"], "IQ-WA": ["واسط"], "IQ-MU": ["المثنى"], "IQ-QA": ["القادسية"],
    "SY-RD": ["ريف دمشق"], "EG:Sinai": ["سيناء"], "OM-ZU": ["ظفار"], "OM-MU": ["مسندم"],
}
