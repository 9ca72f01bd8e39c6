"""Learned attribution: trained components over the rule walk's findings (see `assemble`).

- quotes: which quoted spans and colon speech are someone's words;
- claims: which cues introduce a reported claim, and its content;
- speakers: who, of the candidates around a cue, said it (a ranker);
- stance: the source's stance;
- linear: the models' light inference path (weights per named feature, JSON in models/attribution/).
"""
