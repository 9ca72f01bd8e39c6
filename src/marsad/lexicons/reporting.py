"""Reporting cues: the verbs (and a few nouns and phrases) that attribute speech.

Each verb is listed once, by its lemma forms; `marsad.annotators.attribution.cues`
generates the surface forms by rule (perfect and imperfect inflections, the
jussive after لم, active participles مشيرا/مؤكدين/لافتةً, object pronouns
ووصفها/نفاها, the conjunctions و ف). Keys are written as in running text and
folded (hamza, alef, yaa, teh marbuta) before matching.

Fields of a verb:
- past: 3rd masculine singular perfect (قال); present: its imperfect (يقول);
  participle: the active participle stem (قائل), or None when that form is
  mostly a noun in news (متحدث "spokesman", مقر "headquarters", متهم "accused").
- stance: what the source does with the content (assert, confirm, deny,
  estimate, doubt, warn, demand, promise, accuse).
- takes: the complements that make the verb a report, tried in this order:
    "that"     a clause after أن/إن/بأن (also after a preposition: إلى أن، على أن)
    "speech"   a colon or an opening quote mark (direct speech)
    "object"   a direct object noun phrase (نفى الكرملين التقارير)
    "في" "عن" "من" "إلى" "على" "ب"   a noun phrase after this preposition
- claims: False for a verb whose noun complements are no claims (وصفه بالكبير) and which reports only
  with a بأن clause (واصفا الاتهام بأنه خطير) or quoted words (ووصفها بأنها “أخبار كاذبة”).
- transitive: a direct object follows the subject even when it is not what is reported.
- addressee: the verb's direct object is the one addressed (دعا المنشآت إلى، طالب اللاعبين بـ), so a
  noun phrase after it that names no speaker is that addressee, and the speaker is resolved.
- things: the verb has things for subjects too (يكشف المعرض عن ...), so a noun complement reports
  only for a subject that is a person, a body or a document.
- impersonal: the bare imperfect is most often the passive (يُذكر أن، يُتوقع أن،
  يُقدّر بـ), so without an explicit subject it reports no one.
"""
from __future__ import annotations

from dataclasses import dataclass

ASSERT, CONFIRM, DENY, ESTIMATE, DOUBT = "assert", "confirm", "deny", "estimate", "doubt"
WARN, DEMAND, PROMISE, ACCUSE = "warn", "demand", "promise", "accuse"
STANCES = (ASSERT, CONFIRM, DENY, ESTIMATE, DOUBT, WARN, DEMAND, PROMISE, ACCUSE)


@dataclass(frozen=True)
class Verb:
    past: str
    present: str | None
    participle: str | None
    stance: str
    takes: tuple[str, ...] = ("that", "speech")
    impersonal: bool = False
    claims: bool = True          # False: it introduces quotes only (وصفه بالكبير is no claim)
    addressee: bool = False      # its object is whom it is said to (دعا المنشآت إلى ...، حث المواطنين على)
    transitive: bool = False     # an object follows the subject (وصف الرحبي الوضع بأنه ...، اعتبر الوزير القرار ...)
    named_subject: bool = False  # reports only with a subject named at the cue (وطلب منه أن: a story's request)
    things: bool = False         # things do it too (يكشف المعرض عن جذور ...): a noun complement reports only
                                 # when the subject is a person, a body or a document


SAY = ("that", "speech")
VERBS: tuple[Verb, ...] = (
    # saying, adding, explaining: a new statement
    Verb("قال", "يقول", "قائل", ASSERT),
    Verb("أضاف", "يضيف", "مضيف", ASSERT),
    Verb("تابع", "يتابع", None, ASSERT),             # متابع is "follower"
    Verb("أردف", "يردف", "مردف", ASSERT),
    Verb("استطرد", "يستطرد", "مستطرد", ASSERT),
    Verb("أوضح", "يوضح", "موضح", ASSERT),
    Verb("بين", "يبين", "مبين", ASSERT),               # بيّن (written without shadda)
    Verb("أبان", "يبين", None, ASSERT),
    Verb("أشار", "يشير", "مشير", ASSERT, ("that",)),       # أشار إلى + noun refers, it does not report
    Verb("لفت", "يلفت", "لافت", ASSERT, ("that",)),
    Verb("نوه", "ينوه", "منوه", ASSERT, ("that",)),
    Verb("ذكر", "يذكر", None, ASSERT, SAY, impersonal=True),
    Verb("أفاد", "يفيد", "مفيد", ASSERT, ("that",)),
    Verb("صرح", "يصرح", "مصرح", ASSERT),
    Verb("أعلن", "يعلن", None, ASSERT, ("that", "speech", "عن", "object")),   # أعلنت الشركة توزيع أرباح
    Verb("كتب", "يكتب", None, ASSERT, ("speech",)),              # وكتب على تويتر: "..."
    Verb("غرد", "يغرد", None, ASSERT, ("that", "speech")),
    Verb("كشف", "يكشف", "كاشف", ASSERT, ("that", "عن"), things=True),   # كشف المبعوث عن استعداد ...
    Verb("أفصح", "يفصح", None, ASSERT, ("that",)),
    Verb("تطرق", "يتطرق", None, ASSERT, ("that",)),
    Verb("أخبر", "يخبر", None, ASSERT, ("that",), addressee=True),
    Verb("أبلغ", "يبلغ", None, ASSERT, ("that",), addressee=True),
    Verb("روى", "يروي", None, ASSERT, ("that", "speech")),
    Verb("نقل", "ينقل", None, ASSERT, ("that",), transitive=True),        # نقلت الوكالة عن مصدر عسكري أن ... (the outlet reports)
    Verb("حكى", "يحكي", None, ASSERT, ("that", "speech")),
    Verb("ختم", "يختم", "مختتم", ASSERT, ("speech",)),
    Verb("اختتم", "يختتم", "مختتم", ASSERT, ("speech",)),
    Verb("وصف", "يصف", "واصف", ASSERT, ("that", "speech", "ب"), claims=False, transitive=True),
    Verb("نص", "ينص", None, ASSERT, ("that", "speech")),
    Verb("اعتبر", "يعتبر", "معتبر", ASSERT, ("that",), impersonal=True, transitive=True),
    # attributing a cause (أرجعت الشركة تراجع أرباحها إلى ...); يرجع/يعزى ذلك إلى alone is the writer's
    Verb("أرجع", "يرجع", None, ASSERT, ("that", "object"), impersonal=True, transitive=True),
    Verb("عزا", "يعزو", None, ASSERT, ("that", "object"), impersonal=True, transitive=True),
    Verb("رأى", "يرى", None, ASSERT, ("that",), impersonal=True),
    Verb("زعم", "يزعم", "زاعم", ASSERT, ("that",)),
    Verb("ادعى", "يدعي", None, ASSERT, ("that",)),              # مدعٍ، مدعون: prosecutors
    Verb("أعرب", "يعرب", "معرب", ASSERT, ("that",)),  # أعرب عن اعتقاده بأن ... (only with a clause)
    Verb("طمأن", "يطمئن", "مطمئن", ASSERT, ("that",)),
    # affirming
    Verb("أكد", "يؤكد", "مؤكد", CONFIRM, ("that", "speech", "object", "على")),
    Verb("شدد", "يشدد", "مشدد", CONFIRM, ("that", "speech", "على")),
    Verb("جزم", "يجزم", "جازم", CONFIRM, ("that",)),
    Verb("أقر", "يقر", None, CONFIRM, ("that", "ب")),
    Verb("اعترف", "يعترف", "معترف", CONFIRM, ("that", "ب")),
    # denying
    Verb("نفى", "ينفي", "نافي", DENY, ("that", "speech", "object")),
    Verb("أنكر", "ينكر", None, DENY, ("that", "object")),
    Verb("كذب", "يكذب", None, DENY, ("object",)),
    Verb("دحض", "يدحض", None, DENY, ("object",)),
    # estimating, believing, expecting
    Verb("قدر", "يقدر", None, ESTIMATE, ("that",), impersonal=True),
    Verb("توقع", "يتوقع", "متوقع", ESTIMATE, ("that", "object"), impersonal=True),   # توقع الخبراء ارتفاع ...
    Verb("رجح", "يرجح", "مرجح", ESTIMATE, ("that", "object"), impersonal=True),
    Verb("اعتقد", "يعتقد", "معتقد", ESTIMATE, ("that",), impersonal=True),
    Verb("ظن", "يظن", None, ESTIMATE, ("that",), impersonal=True),
    # doubting
    Verb("شكك", "يشكك", "مشكك", DOUBT, ("that", "في")),
    Verb("تساءل", "يتساءل", "متسائل", DOUBT, ("that", "speech", "عن")),
    Verb("استغرب", "يستغرب", "مستغرب", DOUBT, ("that", "من")),
    Verb("استبعد", "يستبعد", "مستبعد", DOUBT, ("that",)),      # استبعد لاعبا: dropped a player
    # warning, fearing
    Verb("حذر", "يحذر", "محذر", WARN, ("that", "speech", "من"), addressee=True),
    Verb("نبه", "ينبه", "منبه", WARN, ("that", "إلى", "من"), addressee=True),
    Verb("خشي", "يخشى", None, WARN, ("that", "من")),
    # demanding, calling for
    Verb("طالب", "يطالب", "مطالب", DEMAND, ("that", "ب"), addressee=True),
    Verb("دعا", "يدعو", "داعي", DEMAND, ("that", "إلى"), addressee=True),
    Verb("ناشد", "يناشد", "مناشد", DEMAND, ("that", "speech"), addressee=True),
    Verb("حث", "يحث", None, DEMAND, ("that", "على"), addressee=True),
    Verb("أوصى", "يوصي", "موصي", DEMAND, ("that", "ب"), addressee=True),
    Verb("اقترح", "يقترح", None, DEMAND, ("that", "object")),         # اقترح الاتحاد تأجيل البطولة (مقترح: a noun)
    Verb("طلب", None, None, DEMAND, ("that", "object"), named_subject=True),   # طلب الاتحاد استضافة البطولة
    # (يطلب is mostly generic: كل من يطلب خدمة، مطالب يطلبها المواطن)
    # promising
    Verb("وعد", None, None, PROMISE, ("that", "ب")),     # يعد is mostly "is considered", واعد "promising"
    Verb("تعهد", "يتعهد", "متعهد", PROMISE, ("that", "ب")),
    Verb("توعد", "يتوعد", "متوعد", PROMISE, ("that", "ب")),
    # renewing a call, a confirmation, a rejection (جدد الوزير دعوته إلى ...): the noun decides, see RENEWALS
    Verb("جدد", "يجدد", None, ASSERT, ("renewal",)),      # (مجددا is "again")
    # accusing, blaming
    Verb("اتهم", "يتهم", None, ACCUSE, ("that", "object")),
    Verb("انتقد", "ينتقد", "منتقد", ACCUSE, ("that", "object")),
    Verb("ندد", "يندد", "مندد", ACCUSE, ("that", "ب")),
    Verb("استنكر", "يستنكر", "مستنكر", ACCUSE, ("that", "object")),
    Verb("أدان", None, None, ACCUSE, ("object",)),            # يدين also "owes", مدين "debtor"
)

# Bare perfect forms that are as often nouns or prepositions (بين "between", ذكر "male", وصف
# "description", طالب "student", حذر "caution", نص "text", قدر "amount", كشف "list"): without a
# conjunction they count as cues only at the start of a clause.
AMBIGUOUS_FORMS = ("بين", "ذكر", "وصف", "طالب", "حذر", "نص", "قدر", "كشف", "تابع", "رأي", "دعا", "حث", "كتب", "طلب", "نقل")

# Generated forms that are other words: تبيّن أن "it turned out that" is no report by anyone.
EXCLUDED_FORMS = ("تبين", "تطلب", "تطلبت")     # (تطلّب "required" folds like تطلب "she asks")

# Of those, the ones that still report with an object pronoun attached (ووصفها بأنها).
PRONOUN_OBJECT_CUES = ("وصف",)

# What جدد renews (with a pronoun: دعوته، تأكيدها، رفضهم; or with the article: التأكيد), its stance and
# its complements.
RENEWALS = {
    "دعوة": (DEMAND, ("that", "إلى", "ل")), "مطالبة": (DEMAND, ("that", "ب")), "تأكيد": (CONFIRM, ("that", "على", "ب")),
    "رفض": (DENY, ("that", "object", "ل")), "تحذير": (WARN, ("that", "من")), "إدانة": (ACCUSE, ("object", "ل")),
    "تمسك": (CONFIRM, ("ب",)), "نفي": (DENY, ("that", "object", "ل")),
}

# Verbs with a second party after a preposition, skipped before the complement: whom one asks (طلبت الشرطة
# من المواطنين الإبلاغ ...), whom one quotes (نقلت الوكالة عن مصدر عسكري أن ...).
ADDRESSEE_PREPOSITIONS = {"طلب": "من", "نقل": "عن"}
# ... and those that report only with it (نقل التعازي، نقل المصابين: no report).
SECOND_PARTY_REQUIRED = ("نقل",)

# Verbs that, followed by an imperfect cue, make one phrasal cue: ومضى يقول، ومضت تقول، وعاد ليؤكد.
AUXILIARIES = ("مضى", "عاد", "راح", "أخذ", "ظل", "استمر")

# Multi-word cues: the words as written (first word carries clitics), the lemma they behave as,
# and their stance. The first word may be a participle or verb form of the listed lemma.
@dataclass(frozen=True)
class Phrase:
    words: tuple[str, ...]       # the cue's words after the first (the first is a form of `lemma`)
    lemma: str                   # past 3ms of the head verb
    stance: str
    takes: tuple[str, ...]


PHRASES: tuple[Phrase, ...] = (
    Phrase(("باللوم",), "ألقى", ACCUSE, ("على",)),        # ألقى/ملقيا باللوم على
    Phrase(("باللائمة",), "ألقى", ACCUSE, ("على",)),
    Phrase(("النظر",), "لفت", ASSERT, ("that",)),          # لفت النظر إلى أن
    Phrase(("الانتباه",), "لفت", ASSERT, ("that",)),
)
PHRASE_HEADS = {"ألقى": ("ألقى", "يلقي", "ملقي"), "لفت": ("لفت", "يلفت", "لافت")}

# Verbal nouns of saying after ب (بقوله:، بالقول:) and before a quote (قوله «...»).
SPEECH_NOUNS = ("قول", "القول", "تصريح", "تأكيد", "تعبير")

# After a quote: «...»، على حد قوله / على حد تعبيره / بحسب تعبيره / وفق تعبيره.
AFTER_QUOTE_NOUNS = ("قول", "تعبير", "وصف", "زعم")
# Source markers before or after an attributed statement: بحسب، حسب، وفق، وفقا لـ، نقلا عن، طبقا لـ.
ACCORDING_TO = ("بحسب", "حسب", "وفق", "وفقا", "طبقا", "نقلا")
# Texts that rules follow rather than sources that report: وفقا للنظام، حسب القانون، طبقا للمادة 4.
RULE_TEXTS = ("النظام", "نظام", "القانون", "قانون", "اللائحة", "لائحة", "القرار", "قرار", "المادة", "مادة",
              "الدستور", "الاتفاقية", "اتفاقية", "الاتفاق", "المعاهدة", "معاهدة", "الخطة", "خطة", "الأنظمة",
              "القوانين", "التعليمات", "الشروط", "الضوابط", "الجدول", "البرنامج")

# Nouns that open the object of an announcement or a forecast (أعلن القائد مقتل أربعة، توقع الخبراء ارتفاع
# الأسعار) besides the verbal nouns recognised by their pattern (توزيع، ارتفاع، استعداد).
OBJECT_NOUNS = ("مقتل", "مصرع", "وفاة", "إصابة", "اصابة", "نجاح", "فشل", "بدء", "بدء", "موعد", "عودة", "قرب",
                "وصول", "سقوط", "تحرير", "ضبط", "القبض", "فوز", "خسارة", "نمو", "تراجع", "زيادة", "نقص",
                "وجود", "عدم", "حجم", "قيمة", "عدد", "نسبة", "أسماء", "نتائج", "ارتفاع", "انخفاض", "إمكانية",
                "امكانية", "احتمال", "استمرار")
# Nouns of what one affirms or announces, never a subject right after the verb (أكد جاهزية الطلبة، أكد مصدر
# نبأ القبض على ...); object nouns too.
ASSERTED_NOUNS = ("جاهزية", "حرص", "دعم", "رفض", "متانة", "عمق", "قدرة", "نبأ", "خبر", "أنباء", "صحة")
OBJECT_NOUNS += ASSERTED_NOUNS

# Asking not to be named (طالبا عدم الكشف عن اسمه، مفضلا عدم ذكر اسمه): a participle before these words
# is a manner adverbial of the speaker, not a report.
ANONYMITY_WORDS = ("اسمه", "اسمها", "اسمهم", "هويته", "هويتها", "هويتهم", "أسمه", "إسمه",
                   "هوياتهم", "هوياتها", "أسماءهم", "أسمائهم", "أسماؤهم")     # (مصادر طلبت عدم كشف هوياتها)

# Negators before a cue: لم ينف، لا يعتقد، لن يقبل، ليس ... . (ما before an imperfect is "which":
# ما يشير إلى أن; it is left out.)
NEGATORS = ("لم", "لا", "لن", "ليس", "ليست", "غير")
# Negation turns the stance: not denying admits, not asserting doubts, not doubting asserts.
NEGATED_STANCE = {
    DENY: CONFIRM, ASSERT: DOUBT, CONFIRM: DOUBT, ESTIMATE: DOUBT, DOUBT: ESTIMATE,
    WARN: ASSERT, DEMAND: DENY, PROMISE: DENY, ACCUSE: DENY,
}
# Hedges before a cue (بدا أن بوتين يؤكد): the report is kept with the cue's stance; the
# hedge is the writer's, and an analyst reads "appeared to confirm" as a confirmation.
HEDGES = ("بدا", "يبدو", "ربما", "لعل", "قد")

# A content that opens with one of these states a demand whatever the cue (شدد على أهمية ...).
DEMAND_OPENERS = ("ضرورة", "أهمية", "وجوب", "لزوم", "بضرورة", "بأهمية", "الضروري", "اللازم")   # (من الضروري)

# Words before أن/إن that make it a reason, a purpose or a gloss, not the content of a report.
NOT_REPORTING = ("حيث", "إذ", "لأن", "كون", "بحيث", "بما", "رغم", "برغم", "مع", "بمعنى", "لولا", "لو", "دون", "بدون",
                 # connectors: كما أن "moreover", إلا أن "however", علما بأن "noting that", خاصة وأن ...
                 "كما", "إلا", "غير", "بل", "علما", "خاصة", "خصوصا", "لاسيما", "سيما", "بيد", "أي", "حتى",
                 "وخاصة")

# Complementizers: أن إن بأن (any hamza spelling), alone or with a pronoun attached (إنه، أنها، إننا).
# لأن "because" is not one.
COMPLEMENTIZERS = ("أن", "بأن")
COMPLEMENTIZER_PRONOUNS = ("", "ه", "ها", "هم", "هما", "هن", "نا", "ني", "ي", "كم", "ك")
# Prepositions a complementizer may follow as a separate word (أشار إلى أن، شدد على أن).
COMPLEMENT_PREPOSITIONS = ("إلى", "الى", "على", "عن", "من", "في")

# Contrast words after which a clause opens with its subject or its verb (غاب لكنه أكد أن، لكن الوزير يرى أن);
# and those before أنه/أنها that do the same (إلا أنه أوضح، غير أنها أكدت).
CONTRASTS = ("لكن", "لكنه", "لكنها", "لكنهم", "لكنهما")
CONTRASTS_BEFORE_ANNA = ("إلا", "غير", "بيد")

# Words that open a clause right after a cue with no subject and no أن (وأضاف تم اختيار المركز لأن ...):
# the clause is what was said.
CLAUSE_STARTERS = ("تم", "يتم", "سيتم", "هناك", "ثمة", "لم", "لن", "قد", "لقد", "يجب", "ينبغي", "كان", "كانت")
# Particles after which an imperfect is subjunctive, not a report (دون أن يذكر، يجب أن يقول).
SUBJUNCTIVE = ("أن", "ان", "لن", "كي", "لكي", "حتى")

# First-person words: speech after a colon that contains them is verbatim (وأضاف: نحن ...).
FIRST_PERSON = ("أنا", "نحن", "إنني", "إننا", "إني", "أنني", "أننا", "لدينا", "لدي", "لنا", "لي", "عندنا",
                "أعتقد", "نعتقد", "أرى", "نرى", "أؤكد", "نؤكد", "نأمل", "آمل", "أتمنى", "نتمنى", "أقول",
                "نقول", "نعمل", "أعمل", "كنا", "كنت", "لقد")

# Where reported content ends inside its sentence: a comma followed by one of these opens a new clause.
# (كما opens one only before a cue: ، كما أكد ...; ، كما في الأعوام الماضية is parenthetical.)
CLAUSE_OPENERS = (("فيما",), ("بينما",), ("في", "حين"), ("وفي", "حين"), ("حين",), ("عندما",), ("إذ",), ("حيث",),
                  ("وذلك",), ("لكن",), ("ولكن",), ("إلا", "أن"), ("غير", "أن"))

# Whom a prayer is addressed to: داعيا الله أن ...، سائلا المولى أن ... is a prayer, not a report.
PRAYER_ADDRESSEES = ("الله", "المولى", "الباري", "ربه", "ربنا")

# --- words the paragraph walk reads around a cue (folded before matching) ---------------------------------

# Prepositions whose noun is what a cue reports (شكك في، تساءل عن، حذر من، دعا إلى، شدد على).
WORD_PREPOSITIONS = ("في", "عن", "من", "إلى", "على")
# Prepositions after which quoted words inside a report are the source's (عبارة عن «تبرعات»، إلى "ضبط النفس").
QUOTE_PREPOSITIONS = ("إلى", "الى", "على", "عن", "من", "حول", "بشأن", "تجاه", "لصالح")
# Heads that count rather than name a source (حسب عدد الأيام); a source only with whom they count.
QUANTIFIERS = ("عدد", "بعض", "مجموعة", "كثير", "غالبية", "معظم", "عشرات", "مئات", "آلاف", "العديد", "أحد", "إحدى",
               "العدد", "المجموعة")
# Particles between a source marker and its clause: وبحسب المرصد فقد اغتنم ...، وفقا للمصادر فإن ...
CONTENT_OPENERS = ("فقد", "فإن", "فان", "فإنه", "فانه", "فإنها", "فانها", "أن", "ان")
# Adjectives that make a period of the noun before them: في يوليو الماضي، في الشهر المقبل.
TIME_ADJECTIVES = ("الماضي", "الماضية", "المقبل", "المقبلة", "الجاري", "الجارية", "الحالي", "الحالية", "القادم",
                   "القادمة", "المنصرم", "المنصرمة")
# A source marker with ما glued to it: حسبما أعلن الجيش.
ACCORDING_WHAT = ("حسبما", "بحسبما", "وفقما", "طبقما")
# What joins a source marker to its source: وفقا لما أورده، بحسب ما ذكرت، نقلا عن.
MARKER_LINKS = ("ل", "لما", "ما", "عن")
# Function words that may stand before ضرورة/أهمية in a demand's content (على ضرورة، أنه من الأهمية).
BEFORE_DEMAND = ("على", "إلى", "الى", "ب", "أن", "إن", "أنه", "إنه", "من", "هو", "هي")
# Words that equate what follows with the subject: كانت عبارة عن «تبرعات»، بمثابة «إعلان حرب».
EQUATING = ("عبارة", "بمثابة", "مجرد", "سوى")
# Words before أن that make a time clause (بعد أن تسلم الجائزة), not what was said.
TEMPORAL = ("بعد", "قبل", "منذ", "عقب", "بمجرد", "ريثما")
# Subordinators that open a clause of their own before any complement of the cue.
SUBORDINATORS = ("حين", "عندما", "إذا", "لو", "كي", "لكي", "حتى", "بعدما", "قبل")
# Words after which an ambiguous bare cue still starts a clause: فيما بين، كما ذكر.
LINKERS = ("فيما", "بينما", "كما", "حيث", "ثم", "وقد", "قد", "لقد", "اذ", "بعدما", "عندما", "حين")
# Words after a participle that ask not to be named (طالبا عدم الكشف عن اسمه): see ANONYMITY_WORDS.
UNNAMED_OPENERS = ("عدم", "الكشف", "كشف", "ذكر", "نشر", "الإفصاح", "الافصاح", "إعلان")
# Verbs that make what follows their subject a new clause: كان بوتين يشير، مما جعل الأهالي يتساءلون.
CLAUSE_VERBS = ("كان", "كانت", "وكان", "وكانت", "أصبح", "أصبحت", "ظل", "ظلت", "بات", "باتت", "جعل", "يجعل", "جعلت",
                "تجعل", "دفع", "دفعت", "يدفع", "تدفع", "مازال", "ما زال", "لايزال", "يزال", "تزال", "مما", "ما",
                "عندما", "حينما", "بعدما", "كما", "حيث", "إذ", "ليس", "ليست")
# كان before a fronted subject (وكان المفتي العام رئيس هيئة ... أكد): the subject may run long.
KANA = ("كان", "كانت", "وكان", "وكانت")
