"""The rule walk over one body paragraph (see `paragraph`): cues, speakers, complements, quotes."""
from .paragraph import PASSES, Walk

__all__ = ["PASSES", "Walk"]
