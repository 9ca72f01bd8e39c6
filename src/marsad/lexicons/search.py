"""Affixes and stop words of the search analyzer (`marsad.store.analyzer`), as data.

All forms are written FOLDED (`marsad.text.normalize.fold`): alef variants to ا,
ى/ئ to ي, ؤ to و, ة to ه, no diacritics. The light stemmer follows Larkey et
al.'s Light10 (the stemmer behind Lucene's ArabicAnalyzer) with one change:
a bare و ف ب ل ك is NOT stripped at index time (`وزير`, `بيان`, `لبنان`,
`كتاب` start with those letters), the query side asks for the word with and
without them instead (see `CLITIC_PREFIXES`).
"""

# The article and what may stand in front of it; stripped when a stem of at
# least ARTICLE_MIN_STEM letters is left (marsad.text.clitics finds the reading).
ARTICLE_MIN_STEM = 2

# Words that begin with ال but carry no article: never stripped.
ARTICLE_EXCEPTIONS = frozenset({
    "الله", "اللهم", "الذي", "التي", "الذين", "اللذان", "اللتان", "اللذين", "اللتين", "اللاتي", "اللواتي",
    "الي", "الا", "الان", "الف", "الفا", "الاف", "الي", "اليه", "اليها", "اليهم", "الذ", "الست", "اليس",
})

# Suffixes tried in this order, each at most once, while SUFFIX_MIN_STEM letters remain.
# Light10's list is ها ان ات ون ين يه ية ه ة ي. Kept here, measured on SaudiNewsNet:
# - ة (folded to ه): stripped, `معاهدة` (treaty) indexed as `معاهد` (institutes) and the
#   first hits for معاهدة were about schools;
# - the nisba endings ي/ية: stripped, `السعودية` (Saudi) indexed as `سعود` (the name Saud).
# So سعودي سعوديون سعوديين سعوديات meet at `سعودي`; معاهدة المعاهدة والمعاهدة at `معاهده`.
SUFFIXES = ("ها", "ان", "ات", "ون", "ين")
# Light10 keeps two letters; three keeps `بيان`, `كان`, `زمان` whole (roots are mostly triliteral).
SUFFIX_MIN_STEM = 3

# Names the suffix rule would cut into other words (`البحرين` -> `بحر` "sea", `سلمان` ->
# `سلم`, `لبنان` -> `لبن` "milk"): kept whole. Folded, without the article.
UNSTEMMED = frozenset({
    "لبنان", "عمان", "ايران", "يابان", "سودان", "باكستان", "افغانستان", "كازاخستان", "اوزبكستان",
    "طاجيكستان", "تركمانستان", "قرغيزستان", "كردستان", "اذربيجان", "طهران", "اصفهان", "بحرين", "فلسطين",
    "اليونان", "يونان", "تايوان", "جيبوتي", "سلمان", "عثمان", "رمضان", "عمران",
    "سليمان", "عدنان", "مروان", "شعبان", "حمدان", "زيدان", "سفيان", "غسان", "حسان", "نيسان", "حزيران",
    "عرفان", "رضوان", "سلطان", "لقمان", "نعمان", "قحطان", "عدن", "هارون", "زيتون", "قانون", "برلمان",
    "انسان", "ميدان", "بستان", "ديوان", "عنوان", "مكان", "زمان", "بيان", "امكان", "ضمان", "سكان", "لجان",
    "ايمان", "احسان", "رحمان", "رحمن", "قران", "بنيامين", "ياسين", "حسين", "امين", "معين", "تشرين",
})

# Bare proclitics a query word may carry in a document without the article:
# conjunction (none, و, ف) then preposition (none, ب, ل, ك).
CONJUNCTIONS = ("", "و", "ف")
PREPOSITIONS = ("", "ب", "ل", "ك")
CLITIC_PREFIXES = tuple(c + p for c in CONJUNCTIONS for p in PREPOSITIONS)

# Function words dropped from bag-of-words queries (kept inside quoted phrases):
# they match most documents and say nothing about the topic.
STOP_WORDS = frozenset({
    "في", "من", "علي", "الي", "عن", "مع", "ان", "او", "ثم", "قد", "لم", "لن", "لا", "ما", "هو", "هي", "هم",
    "هذا", "هذه", "ذلك", "تلك", "التي", "الذي", "الذين", "كان", "كانت", "بين", "حتي", "كل", "بعد", "قبل",
    "عند", "عندما", "منذ", "خلال", "حيث", "كما", "لكن", "بل", "اذا", "اي", "ايضا", "غير", "دون", "و", "ف",
    "the", "of", "and", "a", "an", "in", "on", "to", "for",
})
