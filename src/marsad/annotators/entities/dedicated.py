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

from ...layers import Mention
from ...lexicons import affixes as af
from ...lexicons import entities as lex
from ...lexicons.titles import DEDICATION_TITLES
from ...text.tokenview import TokenView
from .words import nisba

MAX_NAME = 6


def _head(view: TokenView, i: int) -> tuple[int, str] | None:
    """(clitic length, folded head) when the word is an indefinite head noun (clitics aside)."""
    for form, cut in view.clitic_forms(i):
        if form in lex.DEDICATION_HEADS:
            return cut, form
    return None


def _adjacent(view: TokenView, a: int, b: int) -> bool:
    return view.starts[b] - view.ends[a] == 1 and view.tokens[a].source[view.ends[a]] == " "


def dedicated_mentions(view: TokenView, mentions: list[Mention], vocab) -> list[Mention]:
    """Names of bodies and facilities dedicated to a titled person."""
    tokens, forms = view.tokens, view.forms
    persons = [m for m in mentions if m.label == "PER"]

    def in_person(i: int) -> bool:
        return any(p.start <= tokens[i].start and tokens[i].end <= p.end for p in persons)

    def name_word(i: int, first: bool, after_particle: bool) -> bool:
        f = forms[i]
        if tokens[i].kind != "word":
            return False
        if in_person(i) or (not first and f in lex.PERSON_PARTICLES) or after_particle:
            return True                   # the word after بن is a name (فهد, which ANERcorp saw as O)
        return vocab is not None and (vocab.share(f, "PER") or 0) >= 0.5 and not f.startswith(af.ARTICLE)

    def adjective(j: int) -> bool:
        return _adjacent(view, j - 1, j) and (nisba(forms[j]) or forms[j] in lex.GENERIC_ADJECTIVES)

    out = []
    i = 0
    while i + 2 < len(tokens):
        head = _head(view, i) if tokens[i].kind == "word" else None
        if head is None or not _adjacent(view, i, i + 1) or forms[i + 1] not in DEDICATION_TITLES:
            i += 1
            continue
        j = i + 2
        while j < len(tokens) and j - (i + 2) < MAX_NAME and _adjacent(view, j - 1, j) and name_word(
                j, j == i + 2, j > i + 2 and forms[j - 1] in lex.PERSON_PARTICLES):
            j += 1
        while j > i + 2 and forms[j - 1] in lex.PERSON_PARTICLES:
            j -= 1
        if j == i + 2:
            i += 1
            continue
        # adjectives, then a field (للإغاثة) with its adjectives: الإسلامية، الدولي، للعلوم والتقنية
        while j < len(tokens) and adjective(j):
            j += 1
        if j < len(tokens) and _adjacent(view, j - 1, j) and forms[j].startswith(af.LAM_ARTICLE) and len(forms[j]) > 4:
            j += 1
            while j < len(tokens) and adjective(j):
                j += 1
        cut, form = head
        label = "LOC" if form in lex.DEDICATED_PLACES else "ORG"
        out.append(Mention(tokens[i].start + cut, tokens[j - 1].end, tokens[0].source, label, None, None))
        i = j
    return out
