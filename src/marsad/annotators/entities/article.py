"""The article-wide rule: names found once are found everywhere (`propagate`)."""
from __future__ import annotations

from ...layers import Mention
from ...lexicons import affixes as af
from ...lexicons import entities as lex
from ...text.tokenview import TokenView
from .resources import frequency_class
from .words import name_key, nisba


def _parts(words: tuple[str, ...], label: str) -> list[tuple[str, ...]]:
    """Shorter forms of a name that refer to the same entity."""
    if label == "PER" and len(words) >= 2:
        last = words[-1]
        if len(last) >= 4 and last not in lex.PERSON_PARTICLES and words[-2] not in lex.PERSON_PARTICLES:
            return [(last,)]
        return []
    if label == "ORG" and len(words) == 2 and words[0] in lex.NAMING_HEADS and len(words[1]) >= 3 \
            and (not words[1].startswith(af.ARTICLE) or frequency_class(words[1]) <= 8):
        return [words[1:]]        # تنظيم داعش ... داعش، شركة أرامكو ... أرامكو
    if label != "LOC":
        return []
    core = list(words)
    if core and core[0] in lex.FACILITY_HEADS:
        core = core[1:]
    while core and (nisba(core[-1]) or core[-1] in lex.GENERIC_ADJECTIVES) and len(core) > 1:
        core = core[:-1]
    core_t = tuple(core)
    return [core_t] if core_t and core_t != words and len(core_t[0]) >= 4 else []


def _covered(tokens, mentions: list[Mention]) -> list[bool]:
    """For each token, whether a mention overlaps it (tokens and mentions in text order)."""
    from bisect import bisect_left, bisect_right
    starts = [t.start for t in tokens]
    taken = [False] * len(tokens)
    for m in mentions:
        lo = max(0, bisect_right(starts, m.start) - 1)
        hi = bisect_left(starts, m.end)
        for k in range(lo, hi):
            if tokens[k].overlaps(m):
                taken[k] = True
    return taken


def propagate(mentions: list[Mention], view: TokenView, vocab) -> list[Mention]:
    """Add the other occurrences of names found once (`بوتين` wherever it is written)."""
    names: dict[tuple, str] = {}
    for m in mentions:
        key = name_key(m.text)
        if len(key) == 1:
            ratio = vocab.inside_ratio(key[0]) if vocab is not None else None
            if ratio is not None and ratio < 0.5:
                continue                      # a common word the tagger took for a name here
            if len(key[0]) < 3:
                continue
        names.setdefault(key, m.label)
    for m in mentions:                    # parts news names on their own: a surname, a park's name
        for part in _parts(name_key(m.text), m.label):
            if " ".join(part) in lex.NON_ENTITIES:
                continue                      # الله of a formula the tagger took for a name (رضي الله)
            ratio = vocab.inside_ratio(part[0]) if vocab is not None else None
            if len(part) == 1 and ratio is not None and ratio < 0.5:
                continue
            names.setdefault(part, m.label)
    if not names:
        return mentions
    longest = max(len(k) for k in names)
    firsts = {k[0] for k in names}
    tokens, words = view.tokens, view.forms
    taken = _covered(tokens, mentions)
    added = []
    i = 0
    while i < len(tokens):
        if taken[i] or tokens[i].kind not in ("word", "latin"):
            i += 1
            continue
        found = None
        heads = [(words[i], 0)]
        if tokens[i].text[0] in af.CLITIC_LETTERS and len(words[i]) > 3:
            heads.extend((r.lookup, r.lookup_start) for r in view.readings(i) if r.rest_start > 0)
        if not any(head in firsts for head, _ in heads):
            i += 1                            # no name starts with this word
            continue
        for n in range(min(longest, len(tokens) - i), 0, -1):
            if any(taken[i:i + n]):
                continue
            if any(tokens[k].end + 1 < tokens[k + 1].start for k in range(i, i + n - 1)):
                continue
            for head, cut in heads:
                key = (head, *words[i + 1:i + n])
                if key in names:
                    found = (n, cut, names[key])
                    break
            if found:
                break
        if found:
            n, cut, label = found
            added.append(Mention(tokens[i].start + cut, tokens[i + n - 1].end, tokens[i].source, label, None, None))
            i += n
        else:
            i += 1
    return sorted(mentions + added, key=lambda m: (m.start, m.end))
