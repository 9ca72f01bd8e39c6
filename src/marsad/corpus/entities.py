"""Entities across articles: one corpus id per real-world entity.

Each article clusters its own mentions (`Cluster`, ids `e1`, `e2` ... local to
the record). Across articles, clusters merge by their stable key when the
entity stage gave one (ISO 3166 code for places: `LOC:RU`), else by label and
normalised canonical name (`PER:فلاديمير بوتين`): folded (diacritics, hamza
and teh-marbuta variants), white space collapsed, a leading conjunction or
preposition before the article dropped (`والسعودية` -> `السعودية`). A person's
id leaves out the patronymic chain before a family name (`عادل بن أحمد الجبير` and
`عادل الجبير` are one person); entities linked to the knowledge base are keyed by
its entry (`kb:adel-al-jubeir`, see `marsad.annotators.link`) and named by its Arabic name
(`corpus_name`), whatever form the first article used. A person named by a given name
alone (`محمد`, `فارس`) and linked to no entry is someone of that article only
(`PER:محمد@<article>`): a hundred articles' `محمد` are a hundred people, not one.
"""
from __future__ import annotations

import re

from functools import lru_cache

from ..document import Span
from ..lexicons.given_names import GIVEN_NAMES
from ..text.clitics import strip_proclitics
from ..text.normalize import fold
from .identity import content_hash

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


@lru_cache(maxsize=1)
def _given_names() -> frozenset[str]:
    return frozenset(normalise_name(n) for n in GIVEN_NAMES)


def entity_id(label: str, name: str, key: str | None = None, article: str | None = None) -> str:
    """The corpus id of an entity: `LABEL:KEY` with a stable key, else `LABEL:normalised name`; a
    person's id leaves out the patronymic chain, so full and short forms are one person. With
    `article` (`article_key`), an unlinked person named by a given name alone is that article's."""
    value = key or normalise_name(name)
    if label == "PER" and not value.startswith("kb:"):
        words = person_key(value.split())
        value = " ".join(words)
        if article and len(words) == 1 and normalise_name(value) in _given_names():
            value = f"{value}@{article}"
    return f"{label}:{value}"


def article_key(record: dict) -> str:
    """A short key of an article's text (copies of one wire story share it)."""
    return content_hash(record.get("text") or "")[:10]


def corpus_name(cluster: dict) -> str:
    """An entity's name in the corpus: the knowledge base's Arabic name when linked, else the cluster's."""
    if cluster.get("kb"):
        from ..annotators.kb import knowledge_base
        entry = knowledge_base().entries.get(cluster["kb"])
        if entry is not None:
            return entry.arabic
    return cluster["name"]
