"""Entities across articles: one corpus id per real-world entity.

Each article clusters its own mentions (`Cluster`, ids `e1`, `e2` ... local to
the record). Across articles, clusters merge by their stable key when the
entity stage gave one (ISO 3166 code for places: `LOC:RU`), else by label and
normalised canonical name (`PER:فلاديمير بوتين`): folded (diacritics, hamza
and teh-marbuta variants), white space collapsed, a leading conjunction or
preposition before the article dropped (`والسعودية` -> `السعودية`).
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


def entity_id(label: str, name: str, key: str | None = None) -> str:
    """The corpus id of an entity: `LABEL:KEY` with a stable key, else `LABEL:normalised name`."""
    if key:
        return f"{label}:{key}"
    return f"{label}:{normalise_name(name)}"
