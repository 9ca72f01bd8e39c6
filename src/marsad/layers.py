"""The items that make up a document's layers.

Each item is, or holds, `Span`s into the original text. Layer names (the keys in
`Document.layers`) are the constants below; `marsad.record` turns them into the
JSON record of CONTRACT.md.
"""
from __future__ import annotations

from dataclasses import dataclass

from .document import Span

# Layer names.
PARAGRAPHS = "paragraphs"      # Paragraph: body and boilerplate lines
TOKENS = "tokens"              # Token
SENTENCES = "sentences"        # Span
ENTITIES = "entities"          # Mention
CLUSTERS = "clusters"          # Cluster (not spans: one per real-world entity)
QUOTES = "quotes"              # Quote
CLAIMS = "claims"              # Claim
TIMEXES = "timexes"            # Timex
QUANTITIES = "quantities"      # Quantity


@dataclass(frozen=True, slots=True, repr=False)
class Paragraph(Span):
    kind: str = "body"             # body | boilerplate
    reason: str | None = None      # why a line is boilerplate (which rule matched)


@dataclass(frozen=True, slots=True, repr=False)
class Token(Span):
    kind: str = "word"             # word (Arabic) | latin | number | punct | symbol


@dataclass(frozen=True, slots=True, repr=False)
class Mention(Span):
    label: str = "MISC"            # PER | ORG | LOC | MISC
    entity: str | None = None      # cluster id
    score: float | None = None


@dataclass(frozen=True, slots=True)
class Cluster:
    id: str
    name: str                      # canonical name: the longest proper name, normalised
    label: str
    key: str | None = None         # stable cross-article key (e.g. ISO code for places)
    kb: str | None = None          # the knowledge-base entry it is linked to (annotators.link)
    english: str | None = None     # that entry's English name, kind and country
    kind: str | None = None
    country: str | None = None


@dataclass(frozen=True, slots=True, repr=False)
class Quote(Span):
    """Direct speech: the quoted words, quote marks excluded."""

    kind: str = "direct"
    speaker: Span | None = None    # the mention or description that says it
    entity: str | None = None      # the speaker's cluster id
    cue: Span | None = None        # the reporting verb


@dataclass(frozen=True, slots=True)
class Claim:
    """An attributed statement: source + cue + content, with the source's stance."""

    cue: Span
    content: Span
    stance: str                    # assert | deny | confirm | estimate | doubt | warn | demand | promise | accuse
    source: Span | None = None
    entity: str | None = None


@dataclass(frozen=True, slots=True, repr=False)
class Timex(Span):
    type: str = "DATE"             # DATE | TIME | DURATION | SET
    value: str | None = None       # TIMEX3 value resolved against the publication date
    begin_point: str | None = None  # a duration counted from the publication date: its first day
    end_point: str | None = None    # ... and its last ("منذ أربعة أيام": 4 days before .. the date)
    zone: str | None = None         # the UTC offset a clock time is given in ("بتوقيت مكة": +03:00)


@dataclass(frozen=True, slots=True, repr=False)
class Quantity(Span):
    value: float | int | None = None
    unit: str | None = None
    approximate: bool = False
    currency: str | None = None     # ISO 4217 code of an amount of money ("USD")
    family: str | None = None       # what a measure measures: mass, length, area, volume, ...
    base_value: float | int | None = None   # the measure in its family's base unit (0.5 كغ -> 0.5)
    base_unit: str | None = None    # that base unit, a CLDR unit name ("kilogram")
