"""Arabic affixes the rules read word shapes by, as data (all in their folded spelling).

Proclitics (`text.clitics`: conjunctions و ف, prepositions ب ل ك, the article ال) are
segmented there; here are the shapes the entity rules test a folded word for: a
definite word (ال, لل after ل), a relative adjective (ي / ية), a pronoun suffix
(ه ها هم), a sound plural (ون ين), an imperfect verb (ي).
"""
from __future__ import annotations

from ..text.clitics import ARTICLE, CONJUNCTIONS, PREPOSITIONS

__all__ = ["ARTICLE", "CONJUNCTIONS", "PREPOSITIONS", "CLITIC_LETTERS"]

# The conjunction و (a word opening with it may be و + a word).
WAW = CONJUNCTIONS[0]
# Letters a proclitic opens with (و ف ب ل ك).
CLITIC_LETTERS = CONJUNCTIONS + PREPOSITIONS
# The preposition ل (to, for).
LAM = "ل"
# The preposition ب (in, at: بمكة).
BA = "ب"
# ل + the article, its alef elided (للسعودية = ل + السعودية).
LAM_ARTICLE = "لل"
# و + the article (والتراث).
CONJUNCTION_ARTICLE = "و" + ARTICLE
# A word opening like a definite noun with its proclitics (الـ، لل، بال، وال).
DEFINITE_OPENINGS = (ARTICLE, LAM_ARTICLE, "ب" + ARTICLE, CONJUNCTION_ARTICLE)
# ل + an imperfect verb or a negation (ليوضح، لن): no field of a body after its head.
LAM_VERB_OPENINGS = (LAM_ARTICLE, "لي", "لن")
# A conjunction و before a bare alef opens foreign names (وايومنج، واشنطن).
CONJUNCTION_ALEF = "وا"
# The imperfect verb's prefix of the third person (يشرع، يتخذ).
IMPERFECT_PREFIX = "ي"
# A definite participle (المعلمون، المقيمين).
PARTICIPLE_OPENING = ARTICLE + "م"

# Endings of a relative adjective (روسي، الروسية: ية folds to يه).
NISBA_ENDINGS = ("ي", "يه")
# Plural endings of a relative adjective used as a noun (البريطانيين، الأوروبيون).
PLURAL_NISBA_ENDINGS = ("يين", "يون")
# Endings a country's name drops before its relative adjective (سوريا -> سوري، أمريكا -> أمريكي).
COUNTRY_NAME_ENDINGS = ("يا", "ا", "ه", "يه")
# Sound plural endings (ون، ين).
SOUND_PLURAL_ENDINGS = ("ون", "ين")
# A plural in construct drops its nun (مديرو، ممثلو).
CONSTRUCT_PLURAL_ENDING = "و"
# The feminine ending (ة folds to ه).
FEMININE_ENDING = "ه"
# The feminine ending written as a verb's or noun's ت before a suffix (زيادته -> زياده).
OPEN_TEH = "ت"
# Pronoun suffixes of the third person (his, her, their: زيادته، ضيوفها، مصيرهم).
PRONOUN_SUFFIXES = ("ه", "ها", "هم")
# ... and the first and second person plural (انتباهنا، رأيكم).
ALL_PRONOUN_SUFFIXES = PRONOUN_SUFFIXES + ("نا", "كم")
# Endings no name of a transliterated model carries: a relative adjective or a feminine noun.
ADJECTIVE_OR_FEMININE_ENDINGS = ("يه", "ي", "ه")
# Endings that close a genitive chain: a relative adjective or a pronoun suffix.
CHAIN_CLOSING_ENDINGS = ("يه", "ي", "ها", "هم", "هما")
# Endings no unknown name after a naming head carries (تنظيم داعش, not تنظيم إرهابيه).
NAMING_CLOSING_ENDINGS = ("يه", "ي", "ها", "هم")
