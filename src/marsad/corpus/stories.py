"""Same story, many outlets: near-duplicate and syndicated copies grouped.

Each article's body is cut into word 3-gram shingles (folded words, so
diacritics and hamza spellings do not split copies); datasketch's MinHash
signs it and MinHashLSH proposes candidate pairs. LSH is probabilistic and
proposes pairs below the threshold too, so every pair is verified against the
exact Jaccard similarity of the two shingle sets before it joins a group.
A group's id is the smallest document id in it (a lone article is its own story).
"""
from __future__ import annotations

from functools import lru_cache
from typing import Iterable

from ..text.normalize import fold
from ..text.tokenize import tokenize

SHINGLE_WORDS = 3
NUM_PERM = 128
THRESHOLD = 0.5          # exact Jaccard of shingle sets at or above which two articles are one story
SEED = 1
SCHEME = "affine32"      # datasketch's hash scheme; stored signatures are read back with it


def shingles(text: str, ranges: Iterable[tuple[int, int]] | None = None, tokens=None) -> set[bytes]:
    """Word 3-grams of `text` (or of its `ranges`, or of its `tokens`), folded, as bytes."""
    if tokens is None:
        tokens = [t for start, end in (ranges or [(0, len(text))]) for t in tokenize(text, start, end)]
    words = [_folded(t.text) for t in tokens if t.kind in ("word", "latin", "number")]
    if not words:
        return set()
    if len(words) < SHINGLE_WORDS:
        return {" ".join(words).encode("utf-8")}
    return {" ".join(words[i:i + SHINGLE_WORDS]).encode("utf-8") for i in range(len(words) - SHINGLE_WORDS + 1)}


@lru_cache(maxsize=100_000)
def _folded(word: str) -> str:
    return fold(word).lower()


@lru_cache(maxsize=1)
def _permutations():
    from datasketch import MinHash
    return MinHash(num_perm=NUM_PERM, seed=SEED, scheme=SCHEME).permutations


def signature(shingle_set: set[bytes]) -> bytes | None:
    """The MinHash signature of a shingle set, as NUM_PERM little-endian uint32s."""
    if not shingle_set:
        return None
    from datasketch import MinHash
    m = MinHash(num_perm=NUM_PERM, seed=SEED, scheme=SCHEME, permutations=_permutations())
    m.update_batch(sorted(shingle_set))
    return m.hashvalues.astype("<u4").tobytes()


def jaccard(a: set, b: set) -> float:
    if not a and not b:
        return 1.0
    return len(a & b) / len(a | b)


class _UnionFind:
    def __init__(self):
        self.parent: dict[int, int] = {}

    def find(self, x: int) -> int:
        parent = self.parent
        root = x
        while parent.get(root, root) != root:
            root = parent[root]
        while parent.get(x, x) != root:            # path compression
            parent[x], x = root, parent[x]
        return root

    def union(self, a: int, b: int) -> None:
        ra, rb = self.find(a), self.find(b)
        if ra != rb:
            self.parent[max(ra, rb)] = min(ra, rb)    # the smaller id is the root


def group_stories(store, doc_ids: Iterable[int] | None = None, *, threshold: float = THRESHOLD) -> dict:
    """Group `doc_ids` (default: every document) with the stored documents they copy.

    Builds an LSH index over every stored signature, queries it with each given
    document, verifies candidates by exact Jaccard, and rewrites the `story` of
    every document whose group changed. Returns counts for reporting."""
    import numpy as np
    from datasketch import LeanMinHash, MinHashLSH

    conn = store.connection()
    # Every article stored when the grouping starts (not those another ingest adds meanwhile).
    asked = [r[0] for r in conn.execute("SELECT id FROM documents")] if doc_ids is None else list(doc_ids)
    lsh = MinHashLSH(threshold=threshold, num_perm=NUM_PERM)
    signatures: dict[int, object] = {}
    for doc_id, blob in conn.execute("SELECT id, minhash FROM bodies WHERE minhash IS NOT NULL"):
        signatures[doc_id] = LeanMinHash(seed=SEED, hashvalues=np.frombuffer(blob, dtype="<u4"), scheme=SCHEME)
    with lsh.insertion_session() as session:
        for doc_id, sig in signatures.items():
            session.insert(doc_id, sig, check_duplication=False)
    wanted = [d for d in asked if d in signatures]

    shingle_cache: dict[int, set[bytes]] = {}

    def shingles_of(doc_id: int) -> set[bytes]:
        if doc_id not in shingle_cache:
            text, ranges = store.body_of(doc_id)
            shingle_cache[doc_id] = shingles(text, ranges)
        return shingle_cache[doc_id]

    groups = _UnionFind()
    checked = verified = 0
    for doc_id in wanted:
        for other in lsh.query(signatures[doc_id]):
            if other == doc_id or groups.find(other) == groups.find(doc_id):
                continue
            checked += 1
            if jaccard(shingles_of(doc_id), shingles_of(other)) >= threshold:
                verified += 1
                groups.union(doc_id, other)
        if len(shingle_cache) > 2000:          # bounded: shingle sets are large, pairs mostly local
            shingle_cache.clear()
    # Members of every touched group, including stored documents already in them.
    roots: dict[int, int] = {}
    for doc_id in list(groups.parent):
        roots[doc_id] = groups.find(doc_id)
    changed = _write_groups(store, roots, asked)
    return {"documents": len(wanted), "candidates": checked, "pairs": verified, "changed": changed}


def _write_groups(store, roots: dict[int, int], asked: list[int]) -> int:
    """Set `story` for grouped documents: the smallest id among the group and the stories it joins.

    The articles `asked` about are marked grouped in the same transaction, so a run
    killed before it commits leaves them to the next grouping."""
    conn = store.connection()
    current = {}
    ids = list(roots)
    for i in range(0, len(ids), 500):
        chunk = ids[i:i + 500]
        marks = ",".join("?" * len(chunk))
        current.update(conn.execute(f"SELECT id, story FROM documents WHERE id IN ({marks})", chunk))
    # A document may already belong to an older story: merge whole stories, not just the new members.
    merged = _UnionFind()
    for doc_id, root in roots.items():
        merged.union(doc_id, root)
        if current.get(doc_id) is not None:
            merged.union(doc_id, current[doc_id])
    story_of = {}
    for doc_id in roots:
        story_of[doc_id] = merged.find(doc_id)
    old_stories = {current[d] for d in roots if current.get(d) is not None}
    changed = 0
    with store.transaction():           # all or nothing; a storage fault is one line naming its cause
        conn.executemany("DELETE FROM ungrouped WHERE id = ?", [(d,) for d in asked])
        for old in old_stories:
            new = merged.find(old)
            if new != old:
                changed += conn.execute("UPDATE documents SET story = ? WHERE story = ?", (new, old)).rowcount
        for doc_id, story in story_of.items():
            if current.get(doc_id) != story:
                changed += conn.execute("UPDATE documents SET story = ? WHERE id = ? AND story IS NOT ?",
                                        (story, doc_id, story)).rowcount
    return changed
