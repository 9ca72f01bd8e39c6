"""Which script, and so which language, a text is mostly written in."""
from __future__ import annotations

from .chars import is_arabic_letter


def detect_language(text: str, sample: int = 20000) -> str:
    """"ar" when Arabic letters dominate, "en" for Latin-script text, else "und"."""
    arabic = latin = 0
    for ch in text[:sample]:
        if is_arabic_letter(ch):
            arabic += 1
        elif "a" <= ch.lower() <= "z":
            latin += 1
    if arabic + latin < 3:
        return "und"
    if arabic >= 0.5 * (arabic + latin):
        return "ar"
    return "en" if latin > 0.8 * (arabic + latin) else "und"
