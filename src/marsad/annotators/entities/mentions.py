"""From tagged tokens to mentions as the contract defines them.

A tagger (the CRF or a transformer) labels whole tokens, so a name's first
token may carry a conjunction or preposition (`لأوكرانيا`, `وبيونغ`) and a
person's span may start with a title (`الرئيس`):
- a leading proclitic (و ف ب ل ك) is cut when the rest is a known place or a
  name the training data knew (`وبيونغ` -> `بيونغ`, `ومحمد` -> `محمد`);
- titles (and a nationality adjective) are cut from the start of a person,
  function words from either edge;
- an organisation head noun right before a name joins it (`جامعة` + `الملك سعود`
  -> ORG).
Then `patterns` adds names the tagger missed, `context` applies the sentence's
context rules and `article` the article-wide ones.
"""
from __future__ import annotations

from dataclasses import dataclass

from ...document import Span
from ...layers import Mention, Token
from ...text.clitics import analyses
from ...text.normalize import fold
from .resources import frequency_class
from .words import CONJ_PREP, _ORG_HEADS, _PARTICLES, _is_edge_noise, _is_title, _nisba, _place_heads, reading


@dataclass
class Tagged:
    """A tagger's output for one sentence: word tokens, BIO tags, tag probabilities."""

    tokens: list[Token]
    tags: list[str]
    probs: list[float]


def _label(tag: str) -> str:
    kind = tag.split("-", 1)[-1]
    return "PER" if kind == "PERS" else kind


def groups(tags: list[str]) -> list[tuple[int, int, str]]:
    """BIO -> (first, end, label) over token indexes; a stray I- opens a name."""
    out, start, kind = [], None, None
    for i, tag in enumerate(list(tags) + ["O"]):
        prefix = tag[:1]
        lab = _label(tag) if tag != "O" else None
        if start is not None and (prefix != "I" or lab != kind):
            out.append((start, i, kind))
            start = None
        if prefix == "B" or (prefix == "I" and start is None):
            start, kind = i, lab
    return out


def clitic_cut(word: Span, vocab, after_particle: bool = False) -> int:
    """How many leading characters of a name's first word are a proclitic (0 when none).

    `after_particle`: the word follows a name particle (`آل فريد`, `بن فهد`), where no
    conjunction or preposition can stand."""
    text = word.text
    if len(text) < 3 or text[0] not in CONJ_PREP or after_particle:
        return 0
    if text[0] == "و" and text[1] == "ا" and not text.startswith("وال"):
        return 0          # a bare alef after و opens foreign names (وايومنج، واشنطن); و+أ keeps its hamza
    whole = fold(text)
    whole_class = frequency_class(whole)
    inside_whole = vocab.inside_ratio(whole) if vocab else None
    heads = _place_heads()
    best = 0
    # least stripped reading first: وبيونغ is و + بيونغ, not و + ب + يونغ
    for an in sorted(analyses(word), key=lambda a: a.without_proclitics.start):
        if an.without_proclitics.start <= word.start:
            continue
        folded_rest, cut = reading(an, word.start)
        if an.article is not None:
            return cut                                      # وال / بال / لل: always clitics
        if folded_rest in heads:
            return cut
        if vocab is not None:
            inside_rest = vocab.inside_ratio(folded_rest)
            # ANERcorp tags whole tokens (ومحمد is B-PERS there): after و/ف a known name is enough;
            # after ب/ك/ل the whole word must be less of a name than the rest (كريم is no ك + ريم)
            # a name written with its first letter ف/و (فريد، فرانسين، وليد) is commoner in
            # Arabic text than the rest read alone (ريد، رانسين، ليد): no clitic there
            if whole_class and whole_class >= frequency_class(folded_rest):
                continue
            if inside_rest is not None and inside_rest >= 0.3 and (
                    text[0] in "وف" or inside_whole is None or inside_whole < inside_rest):
                return cut
            if inside_whole is None and inside_rest is None and text[0] == "و" and len(folded_rest) >= 4 and not best:
                best = cut                                  # unknown either way: a conjunction is likelier after و
    return best


def sentence_mentions(tagged: Tagged, vocab) -> list[Mention]:
    toks = tagged.tokens
    out = []
    for first, end, label in groups(tagged.tags):
        if label not in ("PER", "ORG", "LOC", "MISC"):
            continue
        # an organisation head noun right before the name joins it
        if first > 0 and tagged.tags[first - 1] == "O" and _head_of(toks[first - 1]) and label != "ORG" \
                and toks[first - 1].end + 1 >= toks[first].start:
            first, label = first - 1, "ORG"
        titled = False
        while first < end and (_is_edge_noise(toks[first]) or (label == "PER" and (
                _is_title(toks[first]) or ((titled or end - first > 1) and _nisba(fold(toks[first].text)))))):
            titled = titled or _is_title(toks[first])
            first += 1
        while end > first and _is_edge_noise(toks[end - 1]):
            end -= 1
        if first >= end:
            continue
        after_particle = first > 0 and fold(toks[first - 1].text) in _PARTICLES
        start = toks[first].start + clitic_cut(toks[first], vocab, after_particle)
        score = min(tagged.probs[first:end])
        out.append(Mention(start, toks[end - 1].end, toks[0].source, label, None, round(score, 4)))
    return out


def _head_of(token: Token) -> bool:
    f = fold(token.text)
    return f in _ORG_HEADS
