"""The claims stage: reported speech with its source, cue, content and stance."""
from __future__ import annotations

from ...document import Document
from ...layers import CLAIMS, CLUSTERS, ENTITIES, PARAGRAPHS, SENTENCES, TOKENS
from ...pipeline import stage
from .analysis import cached_attribution


@stage("claims", requires=[TOKENS, SENTENCES, PARAGRAPHS], provides=[CLAIMS], uses=[ENTITIES, CLUSTERS])
def claims(doc: Document) -> Document:
    """Attributed statements without quote marks: source + cue + content, with the source's stance."""
    return doc.with_layers(**{CLAIMS: cached_attribution(doc).claims})
