"""Which script, and so which language, a text is mostly written in."""
from __future__ import annotations

import re

from .chars import ARABIC_LETTER_CLASS

_ARABIC = re.compile(f"[{ARABIC_LETTER_CLASS}]")
_LATIN = re.compile("[A-Za-z]")


def detect_language(text: str, sample: int = 20000) -> str:
    """"ar" when Arabic letters dominate, "en" for Latin-script text, else "und"."""
    head = text[:sample]
    arabic = len(_ARABIC.findall(head))
    latin = len(_LATIN.findall(head))
    if arabic + latin < 3:
        return "und"
    if arabic >= 0.5 * (arabic + latin):
        return "ar"
    return "en" if latin > 0.8 * (arabic + latin) else "und"
