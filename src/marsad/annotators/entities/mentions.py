"""From tagged tokens to mentions as the contract defines them.

A tagger (the CRF or a transformer) labels whole tokens, so a name's first
token may carry a conjunction or preposition (`لأوكرانيا`, `وبيونغ`) and a
person's span may start with a title (`الرئيس`):
- a leading proclitic (و ف ب ل ك) is cut when the rest is a known place or a
  name the training data knew (`وبيونغ` -> `بيونغ`, `ومحمد` -> `محمد`);
- titles (and a nationality adjective) are cut from the start of a person,
  function words from either edge;
- an organisation head noun right before a name joins it (`جامعة` + `الملك سعود`
  -> ORG), a definite head only a definite name (`الوزارة سلام الدليمي` is two phrases),
  no name after a preposition (`مستشفى بمنطقة عسير`);
Then `patterns` adds names the tagger missed, `context` applies the sentence's
context rules and `article` the article-wide ones.
"""
from __future__ import annotations

from dataclasses import dataclass

from ...document import Span
from ...layers import Mention, Token
from ...lexicons import affixes as af
from ...lexicons import entities as lex
from ...text.tokenview import TokenView, fold_word, readings_of
from .resources import frequency_class
from .words import is_edge_noise, is_title, nisba, place_heads


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
    """BIO -> (first, end, label) over token indexes; a stray I- opens a name after O and continues
    the name before it otherwise (`سلطان/B-PER بن/I-PER آل/I-ORG سعود/I-ORG`: one name, its first label)."""
    out, start, kind = [], None, None
    for i, tag in enumerate(list(tags) + ["O"]):
        prefix = tag[:1]
        lab = _label(tag) if tag != "O" else None
        if start is not None and prefix != "I":
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
    if len(text) < 3 or text[0] not in af.CLITIC_LETTERS or after_particle:
        return 0
    if text.startswith(af.CONJUNCTION_ALEF) and not text.startswith(af.CONJUNCTION_ARTICLE):
        return 0          # a bare alef after و opens foreign names (وايومنج، واشنطن); و+أ keeps its hamza
    whole = fold_word(text)
    whole_class = frequency_class(whole)
    inside_whole = vocab.inside_ratio(whole) if vocab else None
    heads = place_heads()
    best = 0
    # least stripped reading first: وبيونغ is و + بيونغ, not و + ب + يونغ
    for r in sorted(readings_of(text), key=lambda r: r.rest_start):
        if r.rest_start <= 0:
            continue
        folded_rest, cut = r.lookup, r.lookup_start
        if r.article:
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
                    text[0] in af.CONJUNCTIONS or inside_whole is None or inside_whole < inside_rest):
                return cut
            if inside_whole is None and inside_rest is None and text[0] == af.WAW \
                    and len(folded_rest) >= 4 and not best:
                best = cut                                  # unknown either way: a conjunction is likelier after و
    return best


def sentence_mentions(tagged: Tagged, view: TokenView, vocab) -> list[Mention]:
    """The tagger's mentions of one sentence (`view`: the sentence's tokens), edges trimmed."""
    toks = tagged.tokens
    out = []
    for first, end, label in groups(tagged.tags):
        if label not in ("PER", "ORG", "LOC", "MISC"):
            continue
        # an organisation head noun right before the name joins it: an indefinite head governs the
        # name (جامعة الملك سعود), a definite one only agrees with a definite word (الجيش الإسرائيلي);
        # a definite head before an indefinite name is an apposition (المتحدث باسم الوزارة سلام الدليمي)
        if first > 0 and tagged.tags[first - 1] == "O" and view.forms[first - 1] in lex.ORG_HEADS and label != "ORG" \
                and toks[first - 1].end + 1 >= toks[first].start \
                and (not view.forms[first - 1].startswith(af.ARTICLE) or view.forms[first].startswith(af.ARTICLE)) \
                and not clitic_cut(toks[first], vocab):     # مستشفى بمنطقة عسير: a preposition, no genitive
            first, label = first - 1, "ORG"
        titled = False
        while first < end and (is_edge_noise(view, first) or (label == "PER" and (
                is_title(view, first) or ((titled or end - first > 1) and nisba(view.forms[first]))))):
            titled = titled or is_title(view, first)
            first += 1
        while end > first and is_edge_noise(view, end - 1):
            end -= 1
        if first >= end:
            continue
        after_particle = first > 0 and view.forms[first - 1] in lex.PERSON_PARTICLES
        start = toks[first].start + clitic_cut(toks[first], vocab, after_particle)
        score = min(tagged.probs[first:end])
        out.append(Mention(start, toks[end - 1].end, toks[0].source, label, None, round(score, 4)))
    return out
