"""Quotes and claims with the full description of who speaks.

The speaker (of a quote) and the source (of a claim) point at a mention of the
speaker's cluster: the name inside the speaker's phrase when it has one
(منسق الشؤون الإنسانية في بغداد نادر العبيدي -> نادر العبيدي), or the mention a
cue without a subject was resolved to. The phrase the text used is kept as the
item's `description` when it says more than that mention.
"""
from __future__ import annotations

from dataclasses import dataclass

from ...document import Span
from ...layers import Claim, Quote
from .speakers import Speaker


@dataclass(frozen=True, slots=True, repr=False)
class AttributedQuote(Quote):
    description: Span | None = None      # the speaker's phrase, when longer than the speaker mention


@dataclass(frozen=True, slots=True)
class AttributedClaim(Claim):
    description: Span | None = None      # the source's phrase, when longer than the source mention


def who(speaker: Speaker | None) -> tuple[Span | None, Span | None]:
    """The span that names the speaker (its cluster's mention when linked, else its phrase) and the
    phrase itself when it differs."""
    if speaker is None:
        return None, None
    if speaker.mention is None or speaker.entity is None:
        return speaker.span, None
    mention = speaker.mention
    if speaker.explicit and not (speaker.span.start <= mention.start and mention.end <= speaker.span.end):
        return speaker.span, None                      # a mention running out of the phrase names no one here
    same = (mention.start, mention.end) == (speaker.span.start, speaker.span.end)
    return mention, None if same else speaker.span
