"""What the paragraph walk keeps per cue: the clause it read, and the kinds of quoted spans."""
from __future__ import annotations

from dataclasses import dataclass

from ..cues import Cue
from ..speakers import Speaker

# What a quoted span is (see unattached.classify_quote): a name or a term (صحيفة «عكاظ»), a short phrase, speech.
NAME, SHORT, SPEECH = "name", "short", "speech"


@dataclass
class Clause:
    """A cue as the walk read it: its speaker (None when unknown), stance and where its sentence starts."""

    cue: Cue
    speaker: Speaker | None
    stance: str
    negated: bool
    sentence: int                 # token index where the cue's sentence starts
    complement: tuple[str, int] | None = None   # what the cue reaches: (colon|quote|that|clause|prep|object, token)

    @property
    def cue_form_claims(self) -> bool:
        return self.cue.form.claims
