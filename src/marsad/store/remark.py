"""Re-mark an outlet's stored articles with the chrome its corpus has learned since they were stored.

An article stored before its outlet's chrome was learned keeps that chrome as body. Each
stored article of the outlet holding a learned line not yet marked is analysed again with
the outlet's chrome, and its record and every row derived from it (search terms, entities,
mentions, quotes, claims) are replaced in one transaction: the same document id, the same
content hash.
"""
from __future__ import annotations

import json
import zlib

from ..corpus.chrome import MIN_ARTICLES, OutletChrome
from ..document import Document
from ..record import from_record
from .analyzer import bare_words
from .prepare import prepare


def _reanalysed(record: dict, known) -> dict:
    from ..annotators.boilerplate import OUTLET_CHROME
    from ..run import analyse_to_record
    doc = from_record(record)
    meta = doc.meta
    if meta.published_source == "inferred":           # inferred again, as the first time
        from dataclasses import replace
        meta = replace(meta, published=None, published_source=None)
    return analyse_to_record(Document(doc.text, meta).with_layers(**{OUTLET_CHROME: known}))


def _delete_rows(conn, doc_id: int, old) -> None:
    """Undo what `Store._insert_rows` wrote for one article (`old`: its prepared rows)."""
    conn.execute("INSERT INTO doc_fts (doc_fts, rowid, title, body) VALUES ('delete', ?, ?, ?)",
                 (doc_id, old.title_terms, old.body_terms))
    claim_ids = [r[0] for r in conn.execute("SELECT id FROM claims WHERE doc_id = ? ORDER BY id", (doc_id,))]
    for claim_id, terms in zip(claim_ids, old.claim_terms):
        conn.execute("INSERT INTO claim_fts (claim_fts, rowid, content) VALUES ('delete', ?, ?)", (claim_id, terms))
    for table in ("claims", "quotes", "mentions"):
        conn.execute(f"DELETE FROM {table} WHERE doc_id = ?", (doc_id,))
    for eid, (_name, _label, _key, norm, n, *_rest) in old.entities.items():
        row = conn.execute("UPDATE entities SET documents = documents - 1, mentions = mentions - ? WHERE id = ?"
                           " RETURNING rowid, documents", (n, eid)).fetchone()
        if row is not None and row[1] <= 0:           # no article names it any more
            conn.execute("INSERT INTO entity_fts (entity_fts, rowid, words) VALUES ('delete', ?, ?)",
                         (row[0], bare_words(norm)))
            conn.execute("DELETE FROM entities WHERE id = ?", (eid,))


def remark(store, outlet: str, *, min_articles: int = MIN_ARTICLES) -> tuple[int, int]:
    """Re-analyse the stored articles of `outlet` whose learned chrome is not marked yet.
    Returns (articles changed, articles of the outlet looked at)."""
    learner = OutletChrome(store.connection, min_articles)
    conn = store.connection()
    ids = [r[0] for r in conn.execute("SELECT id FROM documents WHERE source = ? ORDER BY id", (outlet,))]
    changed = 0
    for doc_id in ids:
        blob, url, title = conn.execute("SELECT b.record, d.url, d.title FROM documents d JOIN bodies b ON b.id = d.id"
                                        " WHERE d.id = ?", (doc_id,)).fetchone()
        record = json.loads(zlib.decompress(blob))
        known = learner.known(outlet, record["text"])
        marked = {(b["start"], b["end"]) for b in record.get("boilerplate", [])}
        text = record["text"]
        if not known or all(_marked(text, k.key, marked) for k in known):
            continue
        new = prepare(_reanalysed(record, known), source=outlet, url=url, title=title)
        old = prepare(record, source=outlet, url=url, title=title)
        conn.execute("BEGIN IMMEDIATE")
        try:
            _delete_rows(conn, doc_id, old)
            conn.execute("UPDATE bodies SET record = ?, minhash = ? WHERE id = ?", (new.record_blob, new.minhash, doc_id))
            conn.execute("UPDATE documents SET language = ?, n_entities = ?, n_quotes = ?, n_claims = ? WHERE id = ?",
                         (new.language, len(new.entities), len(new.quotes), len(new.claims), doc_id))
            store._insert_rows(conn, doc_id, new)
            conn.execute("COMMIT")
        except BaseException:
            conn.execute("ROLLBACK")
            raise
        changed += 1
    return changed, len(ids)


def _marked(text: str, key: str, marked: set[tuple[int, int]]) -> bool:
    from ..annotators.boilerplate import line_key
    return any(line_key(text[s:e]) == key for s, e in marked)
