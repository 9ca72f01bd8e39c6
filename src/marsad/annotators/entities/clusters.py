"""Mentions of one real-world entity in an article share a cluster.

Rules, in order of the mentions:
- places with a gazetteer key (ISO code, city key) cluster by that key, so
  `السعودية` and `المملكة العربية السعودية` are one place;
- a person named by part of a longer name (`بوتين` after `فلاديمير بوتين`,
  `المحرج` after `عثمان المحرج`) joins that person, the nearest one before it
  when several share the part (else the nearest after);
- an organisation written as a word sequence inside a longer name of the same
  label (`التأمينات الاجتماعية` in `المؤسسة العامة للتأمينات الاجتماعية`) joins it;
- otherwise mentions with the same normalised name and label share a cluster.
The canonical name is the longest proper name of the cluster, normalised
(diacritics and tatweel dropped, letters kept as written).
"""
from __future__ import annotations

from dataclasses import replace

from ...layers import Cluster, Mention
from ...lexicons import affixes as af
from ...lexicons import entities as lex
from ...text.normalize import normalize
from .gazetteer import key_of
from .words import name_key


def _words(text: str) -> tuple[str, ...]:
    """Folded words of a name; a leading proclitic+article (للتأمينات) reads as the article."""
    return name_key(text)


def _bare(words: tuple[str, ...]) -> tuple[str, ...]:
    """Words without the article, for matching `العبدالجبار` against `عبدالله العبدالجبار` alike."""
    return tuple(w[len(af.ARTICLE):] if w.startswith(af.ARTICLE) and len(w) > 4 else w for w in words)


def _contains(longer: tuple, shorter: tuple) -> bool:
    n = len(shorter)
    return any(longer[i:i + n] == shorter for i in range(len(longer) - n + 1))


def display_name(text: str) -> str:
    return " ".join(normalize(text, letters=False, digits=False).text.split())


def cluster(mentions: list[Mention]) -> tuple[list[Mention], list[Cluster]]:
    """Mentions with their cluster ids, and the clusters (ids e1, e2 ... in order of first mention)."""
    members: list[list[int]] = []           # cluster -> mention indexes
    keys: list[str | None] = []
    labels: list[str] = []
    of: list[int] = [0] * len(mentions)
    words = [_words(m.text) for m in mentions]
    place_keys = [key_of(m.text) if m.label == "LOC" else None for m in mentions]

    def join(i: int, c: int) -> None:
        of[i] = c
        members[c].append(i)

    def new(i: int, key: str | None) -> None:
        of[i] = len(members)
        members.append([i])
        keys.append(key)
        labels.append(mentions[i].label)

    order = sorted(range(len(mentions)), key=lambda i: (-len(words[i]), mentions[i].start))
    # longest names first so that parts can find the full name wherever it appears
    for i in order:
        m = mentions[i]
        target = None
        if place_keys[i] is not None:
            target = next((c for c in range(len(members)) if keys[c] == place_keys[i]), None)
        if target is None:
            bare = _bare(words[i])
            candidates = []
            for c in range(len(members)):
                if labels[c] != m.label:
                    continue
                for j in members[c]:
                    other = _bare(words[j])
                    if other == bare or (len(other) > len(bare) and _part_of(other, bare, m.label)):
                        candidates.append((c, j))
                        break
            if candidates:
                target = _nearest(m, candidates, mentions)
        if target is not None:
            join(i, target)
        else:
            new(i, place_keys[i])

    # number clusters by their first mention in the text
    first = sorted(range(len(members)), key=lambda c: min(mentions[j].start for j in members[c]))
    ids = {c: f"e{n + 1}" for n, c in enumerate(first)}
    clusters = []
    for c in first:
        names = [mentions[j] for j in members[c]]
        longest = max(names, key=lambda x: (len(_words(x.text)), len(x.text), -x.start))
        name = display_name(longest.text)
        key = keys[c] or " ".join(_bare(_words(longest.text)))
        clusters.append(Cluster(ids[c], name, labels[c], key))
    out = [replace(m, entity=ids[of[i]]) for i, m in enumerate(mentions)]
    return out, clusters


def _part_of(longer: tuple, shorter: tuple, label: str) -> bool:
    if label == "PER":
        # a person's part: a run of the longer name, not only particles (بن, عبد ...), and not
        # the father's name after بن (عبد العزيز in محمد بن عبد العزيز الصفيان)
        if all(w in lex.PERSON_PARTICLES for w in shorter):
            return False
        n = len(shorter)
        return any(longer[i:i + n] == shorter and (i == 0 or longer[i - 1] not in lex.PATRONYMICS)
                   for i in range(len(longer) - n + 1))
    if label in ("ORG", "MISC"):
        return len(shorter) >= 2 and _contains(longer, shorter) or (len(shorter) == 1 and longer[-1:] == shorter
                                                                     and len(shorter[0]) > 4)
    return False


def _nearest(m: Mention, candidates, mentions) -> int:
    def distance(item):
        c, j = item
        before = mentions[j].start <= m.start
        return (0 if before else 1, abs(m.start - mentions[j].start))
    return min(candidates, key=distance)[0]
