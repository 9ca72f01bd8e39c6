"""Character classes of Arabic script text, as data.

Ranges follow the Unicode Arabic block (U+0600..U+06FF) and its presentation
forms; the sets here are what normalisation, tokenisation and matching share.
"""
from __future__ import annotations

# Harakat, tanween, shadda, sukun, superscript alef, Quranic marks.
DIACRITICS = frozenset(
    [chr(c) for c in range(0x064B, 0x0660)] + ["\u0670"] + [chr(c) for c in range(0x06D6, 0x06EE)]
    + [chr(c) for c in range(0x0610, 0x061B)]
)
TATWEEL = "\u0640"
# Invisible format characters that pages carry between letters.
FORMAT_CHARS = frozenset("\u200b\u200c\u200d\u200e\u200f\u061c\ufeff\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069")

# Letter folding for matching (one character to one character).
LETTER_FOLDS = {
    "أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا", "ٲ": "ا", "ٳ": "ا",
    "ى": "ي", "ئ": "ي", "ی": "ي",       # alef maqsura, yeh with hamza, Farsi yeh
    "ؤ": "و",
    "ة": "ه",
    "ک": "ك", "گ": "ك",                  # Farsi keheh / gaf
    "ڤ": "ف", "پ": "ب", "چ": "ج",
}

ARABIC_INDIC_DIGITS = "٠١٢٣٤٥٦٧٨٩"
PERSIAN_DIGITS = "۰۱۲۳۴۵۶۷۸۹"
DIGIT_FOLDS = {d: str(i) for digits in (ARABIC_INDIC_DIGITS, PERSIAN_DIGITS) for i, d in enumerate(digits)}
DIGITS = "0123456789" + ARABIC_INDIC_DIGITS + PERSIAN_DIGITS

ARABIC_DECIMAL_SEPARATOR = "٫"
ARABIC_THOUSANDS_SEPARATOR = "٬"
ARABIC_COMMA = "،"
ARABIC_SEMICOLON = "؛"
ARABIC_QUESTION = "؟"

# Regex character-class bodies (without brackets).
ARABIC_LETTER_CLASS = "\u0621-\u063A\u0641-\u064A\u0671-\u06D3\u06D5\u06EE\u06EF\u06FA-\u06FC\u06FF\uFB50-\uFDFF\uFE70-\uFEFC"
ARABIC_MARK_CLASS = "\u0610-\u061A\u064B-\u065F\u0670\u06D6-\u06ED\u0640"
DIGIT_CLASS = "0-9\u0660-\u0669\u06F0-\u06F9"


def is_arabic_letter(ch: str) -> bool:
    o = ord(ch)
    return (0x0621 <= o <= 0x063A or 0x0641 <= o <= 0x064A or 0x0671 <= o <= 0x06D3
            or o in (0x06D5, 0x06EE, 0x06EF, 0x06FF) or 0x06FA <= o <= 0x06FC
            or 0xFB50 <= o <= 0xFDFF or 0xFE70 <= o <= 0xFEFC)
