#!/usr/bin/env python3
"""Corpus entities of an ingested database: how many, how many linked, which split, a sample to read.

    .venv/bin/marsad ingest --db /tmp/ce.db ../shared/data/saudinewsnet/2015-07-23.zip \
        ../shared/data/saudinewsnet/2015-07-24.zip
    .venv/bin/python bench/corpus_entities.py /tmp/ce.db [--sample 100] [--seed 11] [--label PER]

Prints
- counts: entities (by label), linked to the knowledge base, mentions, speakers of quotes;
- splits: unlinked entities whose name is a run of words of one linked entity's name of the
  same label (`باراك` beside `kb:barack-obama`), and KB entries whose names appear under
  several corpus ids (variants not merged);
- the speakers with the most quotes (a speaker filed under a non-name shows here);
- a seeded sample of entities, each with its name forms and one context, to audit by reading
  (the verdicts are the reader's: name + verb/adverb, not a name, wrong label, wrong link).
"""
from __future__ import annotations

import argparse
import random
import sqlite3
import sys
import zlib
import json
from collections import Counter, defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "src"))
from marsad.annotators.kb import knowledge_base, name_form  # noqa: E402


def _runs(words: tuple[str, ...]):
    for n in range(1, len(words)):
        for i in range(len(words) - n + 1):
            yield words[i:i + n]


def counts(conn) -> None:
    total = conn.execute("SELECT count(*) FROM entities").fetchone()[0]
    by = dict(conn.execute("SELECT label, count(*) FROM entities GROUP BY label"))
    linked = dict(conn.execute("SELECT label, count(*) FROM entities WHERE id LIKE '%:kb:%' OR english IS NOT NULL"
                               " GROUP BY label"))
    mentions = conn.execute("SELECT count(*) FROM mentions").fetchone()[0]
    docs = conn.execute("SELECT count(*) FROM documents").fetchone()[0]
    quotes, attributed = conn.execute("SELECT count(*), count(entity_id) FROM quotes").fetchone()
    speakers = conn.execute("SELECT count(DISTINCT entity_id) FROM quotes").fetchone()[0]
    print(f"{docs:,} articles; {total:,} entities ({', '.join(f'{k} {v:,}' for k, v in sorted(by.items()))});"
          f" linked {sum(linked.values()):,} ({', '.join(f'{k} {v:,}' for k, v in sorted(linked.items()))});"
          f" {mentions:,} mentions; {quotes:,} quotes, {attributed:,} to an entity, {speakers:,} speakers")


def splits(conn, show: int) -> None:
    rows = conn.execute("SELECT id, name, label, documents FROM entities WHERE label IN ('PER', 'ORG')").fetchall()
    linked: dict[tuple[str, tuple], set[str]] = defaultdict(set)
    for eid, name, label, _ in rows:
        if ":kb:" in eid:
            for run in _runs(tuple(name_form(name).split())):
                linked[label, run].add(eid)
    fragments = []
    for eid, name, label, docs in rows:
        if ":kb:" in eid:
            continue
        owners = linked.get((label, tuple(name_form(name).split())), set())
        if len(owners) == 1:
            fragments.append((docs, eid, next(iter(owners))))
    fragments.sort(reverse=True)
    print(f"\nunlinked entities that are a part of exactly one linked entity's name: {len(fragments):,}"
          f" ({sum(d for d, *_ in fragments):,} article-mentions)")
    for docs, eid, owner in fragments[:show]:
        print(f"  {docs:3d}  {eid}  <  {owner}")
    kb = knowledge_base()
    ids_of: dict[str, set[str]] = defaultdict(set)
    for eid, name, label, _ in rows:
        entry = kb.link(label, [name])
        if entry is not None:
            ids_of[entry.id].add(eid)
    split = {k: v for k, v in ids_of.items() if len(v) > 1}
    print(f"KB entries whose names sit under several corpus ids: {len(split):,}")
    for k, v in sorted(split.items())[:show]:
        print(f"  {k}: {', '.join(sorted(v))}")


def speakers(conn, show: int) -> None:
    print("\nspeakers with the most quotes:")
    for eid, name, n in conn.execute(
            "SELECT q.entity_id, e.name, count(*) FROM quotes q JOIN entities e ON e.id = q.entity_id"
            " GROUP BY q.entity_id ORDER BY count(*) DESC LIMIT ?", (show,)):
        print(f"  {n:3d}  {eid}  {name}")


def sample(conn, n: int, seed: int, label: str | None) -> None:
    where = "WHERE label = ?" if label else ""
    ids = [r[0] for r in conn.execute(f"SELECT id FROM entities {where} ORDER BY id", (label,) if label else ())]
    picked = random.Random(seed).sample(ids, min(n, len(ids)))
    print(f"\nsample of {len(picked)} of {len(ids):,} entities{f' ({label})' if label else ''}, seed {seed}:")
    for k, eid in enumerate(sorted(picked), 1):
        name, lab, docs, ment, english = conn.execute(
            "SELECT name, label, documents, mentions, english FROM entities WHERE id = ?", (eid,)).fetchone()
        forms = Counter(t for (t,) in conn.execute("SELECT text FROM mentions WHERE entity_id = ?", (eid,)))
        doc_id, start, end = conn.execute("SELECT doc_id, start, end FROM mentions WHERE entity_id = ? LIMIT 1",
                                          (eid,)).fetchone()
        text = json.loads(zlib.decompress(conn.execute("SELECT record FROM bodies WHERE id = ?",
                                                       (doc_id,)).fetchone()[0]))["text"]
        context = (text[max(0, start - 40):start] + "[" + text[start:end] + "]" + text[end:end + 40]).replace("\n", " ")
        print(f"{k:3d}. {eid}  {lab} d{docs} m{ment}{f' ({english})' if english else ''}"
              f"  forms: {' | '.join(f for f, _ in forms.most_common(3))}\n      {context}")


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("db")
    ap.add_argument("--sample", type=int, default=100)
    ap.add_argument("--seed", type=int, default=11)
    ap.add_argument("--label", default="PER", help="label of the sampled entities ('' for any)")
    ap.add_argument("--show", type=int, default=25, help="lines of each list")
    args = ap.parse_args()
    conn = sqlite3.connect(f"file:{args.db}?mode=ro", uri=True)
    counts(conn)
    splits(conn, args.show)
    speakers(conn, args.show)
    if args.sample:
        sample(conn, args.sample, args.seed, args.label or None)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
