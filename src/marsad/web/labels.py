"""Arabic names shown in the interface for entity labels, stances and timex types."""
from __future__ import annotations

ENTITY_LABELS = {
    "PER": "شخص",
    "ORG": "مؤسسة",
    "LOC": "مكان",
    "MISC": "أخرى",
}

# Order of the legend: the ones readers meet most first.
STANCES = {
    "assert": "إفادة",
    "confirm": "تأكيد",
    "deny": "نفي",
    "estimate": "تقدير",
    "doubt": "تشكيك",
    "warn": "تحذير",
    "demand": "مطالبة",
    "promise": "تعهّد",
    "accuse": "اتهام",
}

TIMEX_TYPES = {
    "DATE": "تاريخ",
    "TIME": "وقت",
    "DURATION": "مدة",
    "SET": "تكرار",
}

PUBLISHED_SOURCES = {
    "given": "مُعطى",
    "metadata": "من بيانات الصفحة",
    "inferred": "مُستنتج من النص",
}


def entity_label(label: str | None) -> str:
    return ENTITY_LABELS.get(label or "", label or "—")


def stance_label(stance: str | None) -> str:
    return STANCES.get(stance or "", stance or "—")


def timex_type(kind: str | None) -> str:
    return TIMEX_TYPES.get(kind or "", kind or "—")


def css_token(value: str | None) -> str:
    """A class-name-safe form of a label or stance coming from data."""
    return "".join(ch for ch in (value or "none").lower() if ch.isascii() and (ch.isalnum() or ch == "-")) or "other"


# Colours of the stances in charts (the same as the stance badges of marsad.css).
STANCE_COLOURS = {
    "assert": "#3a6ea5", "confirm": "#2f7d4f", "deny": "#c0392b", "estimate": "#7b52ab", "doubt": "#d35400",
    "warn": "#b7791f", "demand": "#117a8b", "promise": "#4b8b3b", "accuse": "#8e2450",
}
QUOTE_COLOUR = "#d9a400"
