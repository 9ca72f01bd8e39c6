"""Quantities: numbers with what they count, resolved to values.

Found on the folded view of the body (`marsad.annotators.views`), word by word:
- cardinals in digits or words, with the noun they count as unit (`12 ألف جندي`,
  `ثلاثة مراكز إدارية`, `9000 ريال`, `25 مترا`, `60%`, `20 في المئة`), or alone
  (`نقل سبعة منهم`);
- ordinals naming things (`المادة الرابعة`, `خامس هجوم`, `المادة 4`), and
  counts after a definite plural (`الدول الثلاث`);
- a unit alone after an approximator (`نحو طن` -> 1).
An approximator before the number (`نحو`, `حوالي`, `أكثر من`) marks it
approximate and stays outside the span. Skipped: numbers inside time
expressions (`23 أكتوبر 2024`, `15 عاما`) and inside names (when the entities
layer is present), identifiers (`رقم 920004696`, `KN-23`), bare years, list
numbers and scores.
"""
from __future__ import annotations
from __future__ import annotations

from ...document import Document
from ...layers import ENTITIES, PARAGRAPHS, QUANTITIES, TIMEXES, Quantity
from ...pipeline import stage
from ..views import DocumentView, document_view
from ...text.normalize import fold
from . import units
from .finder import Finder
from .passes import PASSES
from .tables import strip_clitics

__all__ = ["quantities", "find_quantities"]


def find_quantities(view: DocumentView, blocked: list[tuple[int, int]]) -> list[Quantity]:
    """Quantities of a document view's body; `blocked` are view ranges to leave alone."""
    finder = Finder(view, blocked)
    found: list[Quantity] = []
    for start, end in view.body:
        first, last = view.word_at(start), view.word_at(end)
        found.extend(finder.run(first, last))
    return PASSES.run(found, view.doc.text)


def _unit_named(mention: str) -> bool:
    """A mention that opens on a currency or a unit ("دولارا", "ريالا للريال السعودي") is the
    tagger's mistake for the unit of a number, not a name to leave alone."""
    words = fold(mention).split()
    head = strip_clitics(words[0]) if words else ""
    head = head[2:] if head.startswith("ال") else head
    return head in units.CURRENCIES or head in units.MEASURES


@stage("quantities", requires=[PARAGRAPHS, TIMEXES], provides=[QUANTITIES], uses=[ENTITIES])
def quantities(doc: Document) -> Document:
    """Numbers with what they count (digits, number words, ordinals, percentages, money)."""
    view = document_view(doc)
    blocked = [(view.to_view(t.start), view.to_view(t.end)) for t in doc.layer(TIMEXES)]
    blocked += [(view.to_view(e.start), view.to_view(e.end)) for e in doc.layer(ENTITIES) if not _unit_named(e.text)]
    return doc.with_layers(**{QUANTITIES: find_quantities(view, blocked)})
