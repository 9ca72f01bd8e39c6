"""Bodies and places named after a person (`جامعة الملك سعود`, `مركز الملك سلمان للإغاثة`).

Gulf institutions carry a ruler's or scholar's name with his title: `جامعة الإمام
محمد بن سعود الإسلامية`, `مركز الملك سلمان للإغاثة والأعمال الإنسانية`, `مطار الملك
عبدالعزيز الدولي`. The tagger splits them (`جامعة الإمام` + `محمد بن سعود`) or sees
a person alone. A head noun + a
title (`الملك`, `الأمير`, `الإمام`, `الشيخ`) + a person's name (words the training
data knows as names, particles, or a person mention) + adjectives + a `لل` field
is one name: a place for facility heads (`مستشفى`, `مطار`, `جامع`), else an
organisation. It replaces the mentions it covers.
"""
from __future__ import annotations

from ...layers import Mention, Token
from ...lexicons.entities import DEDICATED_BODIES, DEDICATED_PLACES, DEDICATION_TITLES
from ...text.normalize import fold
from .words import _GENERIC_AFTER, _PARTICLES, _fold, _nisba, _stripped_forms

_TITLES = frozenset(fold(w) for w in DEDICATION_TITLES)
_PLACES = frozenset(fold(w) for w in DEDICATED_PLACES)
_HEADS = frozenset(fold(w) for w in DEDICATED_BODIES) | _PLACES
MAX_NAME = 6


def _head(token: Token) -> tuple[int, str] | None:
    """(clitic length, folded head) when the word is an indefinite head noun (clitics aside)."""
    for form, cut in _stripped_forms(token):
        if form in _HEADS:
            return cut, form
    return None


def _adjacent(tokens: list[Token], a: int, b: int) -> bool:
    return tokens[b].start - tokens[a].end == 1 and tokens[a].source[tokens[a].end] == " "


def dedicated_mentions(tokens: list[Token], mentions: list[Mention], vocab) -> list[Mention]:
    """Names of bodies and facilities dedicated to a titled person."""
    persons = [m for m in mentions if m.label == "PER"]

    def in_person(t: Token) -> bool:
        return any(p.start <= t.start and t.end <= p.end for p in persons)

    def name_word(t: Token, first: bool, after_particle: bool) -> bool:
        f = _fold(t.text)
        if t.kind != "word":
            return False
        if in_person(t) or (not first and f in _PARTICLES) or after_particle:
            return True                   # the word after بن is a name (فهد, which ANERcorp saw as O)
        return vocab is not None and (vocab.share(f, "PER") or 0) >= 0.5 and not f.startswith("ال")

    out = []
    i = 0
    while i + 2 < len(tokens):
        head = _head(tokens[i]) if tokens[i].kind == "word" else None
        if head is None or not _adjacent(tokens, i, i + 1) or _fold(tokens[i + 1].text) not in _TITLES:
            i += 1
            continue
        j = i + 2
        while j < len(tokens) and j - (i + 2) < MAX_NAME and _adjacent(tokens, j - 1, j) and name_word(
                tokens[j], j == i + 2, j > i + 2 and _fold(tokens[j - 1].text) in _PARTICLES):
            j += 1
        while j > i + 2 and _fold(tokens[j - 1].text) in _PARTICLES:
            j -= 1
        if j == i + 2:
            i += 1
            continue
        # adjectives, then a field (للإغاثة) with its adjectives: الإسلامية، الدولي، للعلوم والتقنية
        while j < len(tokens) and _adjacent(tokens, j - 1, j) and (
                _nisba(_fold(tokens[j].text)) or _fold(tokens[j].text) in _GENERIC_AFTER):
            j += 1
        if j < len(tokens) and _adjacent(tokens, j - 1, j) and _fold(tokens[j].text).startswith("لل") \
                and len(_fold(tokens[j].text)) > 4:
            j += 1
            while j < len(tokens) and _adjacent(tokens, j - 1, j) and (
                    _nisba(_fold(tokens[j].text)) or _fold(tokens[j].text) in _GENERIC_AFTER):
                j += 1
        cut, form = head
        label = "LOC" if form in _PLACES else "ORG"
        out.append(Mention(tokens[i].start + cut, tokens[j - 1].end, tokens[0].source, label, None, None))
        i = j
    return out
