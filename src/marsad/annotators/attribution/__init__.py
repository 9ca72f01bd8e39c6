"""Who said what: direct quotes with speakers, reported claims with source and stance.

- quotemarks: quoted spans from every quote-mark style, broken ones included;
- cues: reporting verbs of the lexicon in their inflections and clitics;
- words: a paragraph's tokens with the word classes the rules read;
- speakers: subjects, anonymous sources, entity links; memory: who an unnamed cue continues;
- walk: the rule passes over a paragraph that tie cues, speakers, complements and quotes together
  (paragraph: the ordered pass table; clause, subject, complement, content, according, unattached);
- analysis: the document's attribution, paragraph by paragraph;
- attributed: quote and claim items that keep the speaker's whole phrase;
- quotes, claims: the two pipeline stages.
"""
from .analysis import attribute
from .claims import claims
from .quotes import quotes

__all__ = ["attribute", "claims", "quotes"]
