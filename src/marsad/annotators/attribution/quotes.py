"""The quotes stage: direct speech with its speaker and cue."""
from __future__ import annotations

from ...document import Document
from ...layers import CLUSTERS, ENTITIES, PARAGRAPHS, QUOTES, SENTENCES, TOKENS
from ...pipeline import stage
from .analysis import cached_attribution


@stage("quotes", requires=[TOKENS, SENTENCES, PARAGRAPHS], provides=[QUOTES], uses=[ENTITIES, CLUSTERS])
def quotes(doc: Document) -> Document:
    """Direct quotes (marked, or verbatim after a cue and a colon) with speakers and cues."""
    return doc.with_layers(**{QUOTES: cached_attribution(doc).quotes})
