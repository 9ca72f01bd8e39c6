"""Entities across articles: one corpus id per real-world entity.

Each article clusters its own mentions (`Cluster`, ids `e1`, `e2` ... local to
the record). Across articles, clusters merge by their stable key when the
entity stage gave one (ISO 3166 code for places: `LOC:RU`), else by label and
normalised canonical name (`PER:فلاديمير بوتين`): folded (diacritics, hamza
and teh-marbuta variants), white space collapsed, a leading conjunction or
preposition before the article dropped (`والسعودية` -> `السعودية`). A person's
id leaves out the patronymic chain before a family name (`عادل بن أحمد الجبير` and
`عادل الجبير` are one person); entities linked to the knowledge base are keyed by
its entry (`kb:adel-al-jubeir`, see `marsad.annotators.link`).
"""
from __future__ import annotations

import re

from ..document import Span
from ..text.clitics import strip_proclitics
from ..text.normalize import fold

_SPACE = re.compile(r"\s+")
_EDGE_PUNCT = re.compile(r"^[^\w]+|[^\w]+$")


def normalise_name(name: str) -> str:
    """The matching form of a name: folded, single-spaced, no clitic before its article."""
    folded = _SPACE.sub(" ", _EDGE_PUNCT.sub("", fold(name))).strip()
    if not folded:
        return ""
    first, _, rest = folded.partition(" ")
    first = strip_proclitics(Span(0, len(first), first)).text
    return f"{first} {rest}" if rest else first


_PATRONYMIC = frozenset(("بن", "ابن", "بنت"))
_FAMILY_PREFIX = "ال"          # آل (folded) before a family: آل سعود, آل خليفة


def person_key(words: list[str]) -> list[str]:
    """A person's name without the patronymic chain when a family name ends it: `عادل بن أحمد
    الجبير` is `عادل الجبير`; a name that is only a chain (`محمد بن سلمان`) stays whole."""
    if len(words) < 3 or not _PATRONYMIC & set(words[1:-1]):
        return words
    family = words[-2:] if words[-2] == _FAMILY_PREFIX else words[-1:]
    before = words[-len(family) - 1]
    if before in _PATRONYMIC or len(words) - len(family) < 2:
        return words
    return [words[0], *family]


def entity_id(label: str, name: str, key: str | None = None) -> str:
    """The corpus id of an entity: `LABEL:KEY` with a stable key, else `LABEL:normalised name`; a
    person's id leaves out the patronymic chain, so full and short forms are one person."""
    value = key or normalise_name(name)
    if label == "PER" and not value.startswith("kb:"):
        value = " ".join(person_key(value.split()))
    return f"{label}:{value}"
