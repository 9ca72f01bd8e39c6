"""The corpus store on SQLite: one database file, WAL mode, no server.

Readers keep working while an ingest writes (WAL); every article is written in
one transaction keyed by its content hash, so a killed ingest leaves whole
articles or none and a rerun stores only what is missing. Each thread gets its
own connection (the web interface reads from a thread pool).
"""
from __future__ import annotations

import json
import sqlite3
import threading
import zlib
from dataclasses import dataclass
from pathlib import Path
from typing import Iterable

from ..corpus.entities import normalise_name
from ..errors import InputError
from . import query as query_mod
from .analyzer import bare_words
from .lists import Lists
from .overview import Overview
from .prepare import Prepared, body_ranges, corpus_entity_ids, prepare
from .schema import BM25_WEIGHTS, MIGRATIONS, PRAGMAS, SCHEMA_VERSION, TABLES
from .transaction import storage_error, transaction

DEFAULT_PATH = "marsad.db"


@dataclass(frozen=True)
class AddResult:
    doc_id: int
    added: bool          # False: an article with this content hash was already stored


class Store(Lists, Overview):
    """A marsad corpus in one SQLite file. See /work/notes/STORE-INTERFACE.md for the contract;
    the paged lists (`*_page`, with totals) are in `lists.py`, whole-corpus figures in `overview.py`."""

    def __init__(self, path: str | Path = DEFAULT_PATH, readonly: bool = False):
        self.path = str(path)
        self.readonly = readonly
        self._local = threading.local()
        self._connections: list[sqlite3.Connection] = []
        self._lock = threading.Lock()
        if readonly:
            if not Path(self.path).exists():
                raise InputError(f"{self.path}: no such corpus database")
            try:
                self._check_version()
            except sqlite3.DatabaseError as exc:
                raise InputError(f"{self.path}: not a marsad corpus database ({exc})") from None
        else:
            self._create()

    # -- connections ---------------------------------------------------------------
    def connection(self) -> sqlite3.Connection:
        """This thread's connection (autocommit; writers open transactions explicitly)."""
        conn = getattr(self._local, "conn", None)
        if conn is None:
            try:
                if self.readonly:
                    conn = sqlite3.connect(f"file:{Path(self.path).resolve()}?mode=ro", uri=True,
                                           isolation_level=None, check_same_thread=False)
                else:
                    conn = sqlite3.connect(self.path, isolation_level=None, check_same_thread=False)
                for pragma in PRAGMAS:
                    conn.execute(pragma)
            except sqlite3.DatabaseError as exc:
                raise storage_error(exc, self.path) or InputError(
                    f"{self.path}: cannot open the corpus database ({exc})") from None
            self._local.conn = conn
            with self._lock:
                self._connections.append(conn)
        return conn

    def _create(self) -> None:
        conn = self.connection()
        try:
            conn.execute("PRAGMA journal_mode = WAL")
            version = None
            if conn.execute("SELECT 1 FROM sqlite_master WHERE name = 'meta'").fetchone():
                row = conn.execute("SELECT value FROM meta WHERE key = 'schema'").fetchone()
                version = row[0] if row else None
            if version is None:
                conn.executescript(TABLES)
                conn.execute("INSERT OR REPLACE INTO meta VALUES ('schema', ?)", (SCHEMA_VERSION,))
            elif version != SCHEMA_VERSION:
                self._migrate(conn, version)
        except sqlite3.DatabaseError as exc:
            raise storage_error(exc, self.path) or InputError(
                f"{self.path}: not a marsad corpus database ({exc})") from None

    def _migrate(self, conn: sqlite3.Connection, version: str) -> None:
        if version not in MIGRATIONS:
            raise InputError(f"{self.path}: corpus schema {version}, this marsad reads {SCHEMA_VERSION}")
        with transaction(conn, self.path, translate=not self.readonly):
            while version in MIGRATIONS:
                for statement in MIGRATIONS[version]:
                    conn.execute(statement)
                if version == "1":          # entity_fts is new: index the entities stored so far
                    conn.executemany("INSERT INTO entity_fts (rowid, words) VALUES (?, ?)",
                                     [(rowid, bare_words(norm)) for rowid, norm in
                                      conn.execute("SELECT rowid, norm FROM entities").fetchall()])
                version = str(int(version) + 1)
            conn.execute("UPDATE meta SET value = ? WHERE key = 'schema'", (version,))

    def _check_version(self) -> None:
        row = self.connection().execute("SELECT value FROM meta WHERE key = 'schema'").fetchone()
        if row is None or row[0] != SCHEMA_VERSION:
            raise InputError(f"{self.path}: corpus schema {row[0] if row else '?'}, this marsad reads "
                             f"{SCHEMA_VERSION}; open it once for writing (e.g. `marsad stories --regroup "
                             f"--db {self.path}`) to upgrade it")

    def close(self) -> None:
        with self._lock:
            for conn in self._connections:
                conn.close()
            self._connections.clear()
        self._local = threading.local()

    def transaction(self):
        """`with store.transaction():` this thread's connection in one write transaction (all or nothing)."""
        return transaction(self.connection(), self.path, translate=not self.readonly)

    def __enter__(self) -> "Store":
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    # -- writing -------------------------------------------------------------------
    def add(self, record: dict, *, source: str | None = None, url: str | None = None,
            title: str | None = None) -> AddResult:
        """Store one analysed record (idempotent by content hash; one transaction)."""
        return self.add_prepared([prepare(record, source=source, url=url, title=title)])[0]

    def has(self, content_hash: str) -> int | None:
        """The id of the document with this content hash, if stored."""
        row = self.connection().execute("SELECT id FROM documents WHERE hash = ?", (content_hash,)).fetchone()
        return row[0] if row else None

    def add_prepared(self, batch: Iterable[Prepared]) -> list[AddResult]:
        """Store prepared articles in ONE transaction: all of them or, if anything fails, none."""
        conn = self.connection()
        results = []
        with transaction(conn, self.path, translate=not self.readonly):
            for p in batch:
                results.append(self._insert(conn, p))
        return results

    def _insert(self, conn: sqlite3.Connection, p: Prepared) -> AddResult:
        row = conn.execute("SELECT id FROM documents WHERE hash = ?", (p.hash,)).fetchone()
        if row:
            return AddResult(row[0], False)
        cur = conn.execute(
            "INSERT INTO documents (hash, source, url, title, published, published_at, language, n_entities, n_quotes,"
            " n_claims) VALUES (?,?,?,?,?,?,?,?,?,?)",
            (p.hash, p.source, p.url, p.title, p.published, p.published_at, p.language, len(p.entities),
             len(p.quotes), len(p.claims)))
        doc_id = cur.lastrowid
        conn.execute("INSERT INTO bodies (id, minhash, record) VALUES (?,?,?)", (doc_id, p.minhash, p.record_blob))
        conn.execute("UPDATE documents SET story = id WHERE id = ?", (doc_id,))
        conn.execute("INSERT OR IGNORE INTO ungrouped (id) VALUES (?)", (doc_id,))
        self._insert_rows(conn, doc_id, p)
        return AddResult(doc_id, True)

    @staticmethod
    def _insert_rows(conn: sqlite3.Connection, doc_id: int, p: Prepared) -> None:
        """The rows an article's record gives: search terms, entities, mentions, quotes, claims."""
        conn.execute("INSERT INTO doc_fts (rowid, title, body) VALUES (?,?,?)", (doc_id, p.title_terms, p.body_terms))
        if p.entities:
            for eid, (name, label, key, norm, n, english, kind, country) in p.entities.items():
                rowid, documents = conn.execute(
                    "INSERT INTO entities (id, name, label, key, norm, documents, mentions, english, kind, country)"
                    " VALUES (?,?,?,?,?,1,?,?,?,?)"
                    " ON CONFLICT (id) DO UPDATE SET documents = documents + 1, mentions = mentions + excluded.mentions,"
                    " english = coalesce(english, excluded.english), kind = coalesce(kind, excluded.kind),"
                    " country = coalesce(country, excluded.country)"
                    " RETURNING rowid, documents", (eid, name, label, key, norm, n, english, kind, country)).fetchone()
                if documents == 1:                  # new to the corpus: index its name's words
                    conn.execute("INSERT INTO entity_fts (rowid, words) VALUES (?, ?)", (rowid, bare_words(norm)))
            conn.executemany("INSERT INTO mentions (doc_id, entity_id, start, end, text) VALUES (?,?,?,?,?)",
                             [(doc_id, *m) for m in p.mentions])
        if p.quotes:
            conn.executemany(
                "INSERT INTO quotes (doc_id, start, end, text, kind, speaker, speaker_start, speaker_end, speaker_norm,"
                " entity_id, cue, cue_start, cue_end) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?)",
                [(doc_id, *q) for q in p.quotes])
        for claim, terms in zip(p.claims, p.claim_terms):
            cur = conn.execute(
                "INSERT INTO claims (doc_id, stance, source, source_start, source_end, source_norm, entity_id, cue,"
                " cue_start, cue_end, content, content_start, content_end) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?)",
                (doc_id, *claim))
            conn.execute("INSERT INTO claim_fts (rowid, content) VALUES (?,?)", (cur.lastrowid, terms))

    def update_stories(self, doc_ids: Iterable[int] | None = None) -> dict:
        """Group `doc_ids` (default all), and every stored article not grouped yet (what a killed run
        left), with the stored articles they copy (MinHash/LSH, exact Jaccard). Idempotent."""
        from ..corpus.stories import group_stories
        if doc_ids is not None:
            doc_ids = sorted(set(doc_ids) | set(self.ungrouped()))
        return group_stories(self, doc_ids)

    def ungrouped(self) -> list[int]:
        """Stored articles not grouped into stories yet (a run killed or `--no-stories` before grouping)."""
        return [r[0] for r in self.connection().execute("SELECT id FROM ungrouped ORDER BY id")]

    # -- reading -------------------------------------------------------------------
    def count(self) -> int:
        return self.connection().execute("SELECT count(*) FROM documents").fetchone()[0]

    def _record(self, doc_id: int) -> tuple[dict, sqlite3.Row] | None:
        row = self.connection().execute(
            "SELECT b.record, d.source, d.url, d.title, d.story, d.hash FROM documents d JOIN bodies b ON b.id = d.id"
            " WHERE d.id = ?", (doc_id,)).fetchone()
        if row is None:
            return None
        return json.loads(zlib.decompress(row[0])), row

    def body_of(self, doc_id: int) -> tuple[str, list[tuple[int, int]]]:
        """An article's text and the ranges of its own paragraphs (site chrome left out)."""
        record, _ = self._record(doc_id)
        return record["text"], body_ranges(record)

    def document(self, doc_id: int) -> dict | None:
        """The full record plus `corpus`: source, url, title, story, hash and cluster id -> corpus entity id."""
        found = self._record(int(doc_id))
        if found is None:
            return None
        record, (_, source, url, title, story, digest) = found
        record["corpus"] = {"id": int(doc_id), "source": source, "url": url, "title": title, "story": story,
                            "hash": digest, "entities": corpus_entity_ids(record)}
        return record

    _SUMMARY = ("SELECT d.id, d.title, d.published, d.source, d.url, d.story, d.n_entities, d.n_quotes, d.n_claims"
                " FROM documents d")

    @staticmethod
    def _summary(row) -> dict:
        return {"id": row[0], "title": row[1], "published": row[2], "source": row[3], "url": row[4], "story": row[5],
                "entities": row[6], "quotes": row[7], "claims": row[8]}

    def documents(self, *, limit: int = 20, offset: int = 0, source: str | None = None,
                  date_from: str | None = None, date_to: str | None = None) -> list[dict]:
        """Newest first."""
        where, params = self._filters(source=source, date_from=date_from, date_to=date_to)
        sql = f"{self._SUMMARY}{where} ORDER BY d.published IS NULL, d.published DESC, d.id DESC LIMIT ? OFFSET ?"
        return [self._summary(r) for r in self.connection().execute(sql, (*params, int(limit), int(offset)))]

    def _filters(self, *, source=None, date_from=None, date_to=None, entity=None, speaker=None,
                 extra: list[str] | None = None) -> tuple[str, list]:
        clauses, params = list(extra or []), []
        if source:
            clauses.append("d.source = ?")
            params.append(source)
        if date_from:
            clauses.append("d.published >= ?")
            params.append(date_from)
        if date_to:
            clauses.append("d.published <= ?")
            params.append(date_to)
        if entity:
            ids = self.resolve_entity(entity)
            marks = ",".join("?" * len(ids)) or "NULL"
            clauses.append(f"d.id IN (SELECT doc_id FROM mentions WHERE entity_id IN ({marks}))")
            params.extend(ids)
        if speaker:
            ids = self.resolve_entity(speaker)
            marks = ",".join("?" * len(ids)) or "NULL"
            norm = normalise_name(speaker)
            clauses.append(f"d.id IN (SELECT doc_id FROM quotes WHERE entity_id IN ({marks}) OR speaker_norm = ?"
                           f" UNION SELECT doc_id FROM claims WHERE entity_id IN ({marks}) OR source_norm = ?)")
            params.extend([*ids, norm, *ids, norm])
        return (" WHERE " + " AND ".join(clauses) if clauses else ""), params

    def search(self, query: str, *, date_from: str | None = None, date_to: str | None = None,
               source: str | None = None, entity: str | None = None, speaker: str | None = None,
               limit: int = 20, offset: int = 0) -> dict:
        """Ranked full-text search with the Arabic analyzer; an empty query lists matching documents, newest first."""
        parsed = query_mod.parse(query or "")
        if (query or "").strip() and parsed.empty:
            return {"total": 0, "hits": []}
        try:
            total, rows = self.ranked(parsed, source=source, date_from=date_from, date_to=date_to, entity=entity,
                                      speaker=speaker, limit=limit, offset=offset)
        except sqlite3.OperationalError as exc:
            raise InputError(f"cannot search for {query!r}: {exc}") from None
        hits = []
        for doc_id, score in rows:
            title, published, source_, url, text, ranges = self._hit_fields(doc_id)
            snip, marks = query_mod.snippet(text, ranges, None if parsed.empty else parsed)
            hits.append({"id": doc_id, "title": title, "published": published, "source": source_, "url": url,
                         "score": round(score, 6), "snippet": snip, "highlights": marks})
        return {"total": total, "hits": hits}

    def ranked(self, parsed: "query_mod.Query", *, limit: int = 20, offset: int = 0, **filters) -> tuple[int, list]:
        """The SQL half of `search`: (total, [(doc id, score)]) for a parsed query and filters."""
        conn = self.connection()
        where, params = self._filters(**filters)
        page = (int(limit), int(offset))
        if parsed.empty:
            total = conn.execute(f"SELECT count(*) FROM documents d{where}", params).fetchone()[0]
            rows = conn.execute(f"SELECT d.id, 0.0 FROM documents d{where} ORDER BY d.published IS NULL,"
                                " d.published DESC, d.id DESC LIMIT ? OFFSET ?", (*params, *page)).fetchall()
        else:
            # The full-text index drives (CROSS JOIN fixes the order): filters are checked per match,
            # never the index searched once per filtered document.
            match = parsed.fts()
            weights = ", ".join(str(w) for w in BM25_WEIGHTS)
            joined = " AND ".join(["doc_fts MATCH ?"] + ([where[len(" WHERE "):]] if where else []))
            source_sql = "doc_fts CROSS JOIN documents d ON d.id = doc_fts.rowid" if where else "doc_fts"
            total = conn.execute(f"SELECT count(*) FROM {source_sql} WHERE {joined}", (match, *params)).fetchone()[0]
            rows = conn.execute(f"SELECT doc_fts.rowid, -bm25(doc_fts, {weights}) AS score FROM {source_sql}"
                                f" WHERE {joined} ORDER BY bm25(doc_fts, {weights}), doc_fts.rowid LIMIT ? OFFSET ?",
                                (match, *params, *page)).fetchall()
        return total, rows

    def _hit_fields(self, doc_id: int):
        title, published, source, url, blob = self.connection().execute(
            "SELECT d.title, d.published, d.source, d.url, b.record FROM documents d JOIN bodies b ON b.id = d.id"
            " WHERE d.id = ?", (doc_id,)).fetchone()
        record = json.loads(zlib.decompress(blob))
        return title, published, source, url, record["text"], body_ranges(record)

    def sources(self) -> list[dict]:
        rows = self.connection().execute(
            "SELECT source, count(*) FROM documents GROUP BY source ORDER BY count(*) DESC, source")
        return [{"source": s, "documents": n} for s, n in rows]

    # -- entities ------------------------------------------------------------------
    def resolve_entity(self, name_or_id: str, limit: int = 50) -> list[str]:
        """Corpus entity ids for an id (`LOC:SA`) or a name: exact normalised name first,
        else every entity whose name holds all the words of `name_or_id`."""
        conn = self.connection()
        if conn.execute("SELECT 1 FROM entities WHERE id = ?", (name_or_id,)).fetchone():
            return [name_or_id]
        norm = normalise_name(name_or_id)
        if not norm:
            return []
        ids = [r[0] for r in conn.execute(
            "SELECT id FROM entities WHERE norm = ? ORDER BY documents DESC LIMIT ?", (norm, limit))]
        if ids:
            return ids
        words = bare_words(norm).split()
        if not words:
            return []
        match = " ".join(f'"{w}"' for w in words)
        return [r[0] for r in conn.execute(
            "SELECT id FROM entities WHERE rowid IN (SELECT rowid FROM entity_fts WHERE entity_fts MATCH ?)"
            " ORDER BY documents DESC LIMIT ?", (match, limit))]

    def entities(self, *, query: str | None = None, label: str | None = None, limit: int = 50,
                 offset: int = 0) -> list[dict]:
        """Entities by number of documents; `query` keeps those whose name contains it."""
        return self.entity_page(query=query, label=label, limit=limit, offset=offset)["items"]

    def entity_page(self, *, query: str | None = None, label: str | None = None, limit: int = 50,
                    offset: int = 0) -> dict:
        """`entities` as a page: {"total", "limit", "offset", "items"}."""
        from .lists import page
        clauses, params = [], []
        if query:
            words = bare_words(normalise_name(query)).split()
            if not words:
                return page(0, limit, offset, [])
            # Every word, the last one as a prefix (names are typed as they are found).
            clauses.append("rowid IN (SELECT rowid FROM entity_fts WHERE entity_fts MATCH ?)")
            params.append(" ".join(f'"{w}"' for w in words[:-1]) + f' "{words[-1]}"*')
        if label:
            clauses.append("label = ?")
            params.append(label)
        where = " WHERE " + " AND ".join(clauses) if clauses else ""
        conn = self.connection()
        total = conn.execute(f"SELECT count(*) FROM entities{where}", params).fetchone()[0]
        rows = conn.execute(
            f"SELECT id, name, label, key, documents, mentions FROM entities{where}"
            " ORDER BY documents DESC, mentions DESC, id LIMIT ? OFFSET ?", (*params, int(limit), int(offset)))
        return page(total, limit, offset, [{"id": i, "name": n, "label": lab, "key": k, "documents": d, "mentions": m}
                                           for i, n, lab, k, d, m in rows])

    def entity(self, entity_id: str, *, limit: int | None = 1000) -> dict | None:
        """One entity with its mentions, quotes and claims in date order (at most `limit` of each; None: all),
        and `totals`, `first`, `last` over all of them (`entity_overview`), whatever the limit."""
        conn = self.connection()
        row = conn.execute("SELECT id, name, label, key, documents, mentions, english, kind, country FROM entities"
                           " WHERE id = ?", (entity_id,)).fetchone()
        if row is None:
            return None
        mentions = [{"doc_id": d, "start": s, "end": e, "text": t, "published": p, "source": src}
                    for d, s, e, t, p, src in conn.execute(
                        "SELECT m.doc_id, m.start, m.end, m.text, d.published, d.source FROM mentions m"
                        " JOIN documents d ON d.id = m.doc_id WHERE m.entity_id = ?"
                        " ORDER BY d.published IS NULL, d.published, m.doc_id, m.start LIMIT ?",
                        (entity_id, -1 if limit is None else limit))]
        limit = -1 if limit is None else limit
        overview = self.entity_overview(entity_id)
        return {"id": row[0], "name": row[1], "label": row[2], "key": row[3], "documents": row[4],
                "mention_count": row[5], "english": row[6], "kind": row[7], "country": row[8],
                "totals": overview["totals"], "first": overview["first"], "last": overview["last"], "mentions": mentions,
                "quotes": self._quotes("q.entity_id = ?", [entity_id], limit, 0),
                "claims": self._claims("c.entity_id = ?", [entity_id], limit, 0)}

    # -- quotes and claims ---------------------------------------------------------
    _QUOTE_COLS = ("q.doc_id, d.published, d.source, d.title, q.text, q.start, q.end, q.kind, q.speaker, q.speaker_start,"
                   " q.speaker_end, q.entity_id, q.cue, q.cue_start, q.cue_end")

    def _quotes(self, where: str, params: list, limit: int, offset: int) -> list[dict]:
        rows = self.connection().execute(
            f"SELECT {self._QUOTE_COLS} FROM quotes q JOIN documents d ON d.id = q.doc_id WHERE {where}"
            " ORDER BY d.published IS NULL, d.published, q.doc_id, q.start LIMIT ? OFFSET ?",
            (*params, int(limit), int(offset)))
        return [{"doc_id": r[0], "published": r[1], "source": r[2], "title": r[3], "text": r[4], "start": r[5],
                 "end": r[6], "kind": r[7],
                 "speaker": None if r[8] is None else {"text": r[8], "start": r[9], "end": r[10]},
                 "entity": r[11], "cue": None if r[12] is None else {"text": r[12], "start": r[13], "end": r[14]}}
                for r in rows]

    def quotes(self, *, speaker: str | None = None, limit: int = 50, offset: int = 0) -> list[dict]:
        """Quotes in date order; `speaker` is an entity id or a name (resolved as in `resolve_entity`)."""
        if not speaker:
            return self._quotes("1", [], limit, offset)
        ids = self.resolve_entity(speaker)
        marks = ",".join("?" * len(ids)) or "NULL"
        return self._quotes(f"(q.entity_id IN ({marks}) OR q.speaker_norm = ?)", [*ids, normalise_name(speaker)],
                            limit, offset)

    _CLAIM_COLS = ("c.id, c.doc_id, d.published, d.source, d.title, c.stance, c.source, c.source_start, c.source_end,"
                   " c.entity_id, c.cue, c.cue_start, c.cue_end, c.content, c.content_start, c.content_end")

    def _claims(self, where: str, params: list, limit: int, offset: int) -> list[dict]:
        rows = self.connection().execute(
            f"SELECT {self._CLAIM_COLS} FROM claims c JOIN documents d ON d.id = c.doc_id WHERE {where}"
            " ORDER BY d.published IS NULL, d.published, c.doc_id, c.content_start LIMIT ? OFFSET ?",
            (*params, int(limit), int(offset)))
        return [{"id": r[0], "doc_id": r[1], "published": r[2], "outlet": r[3], "title": r[4], "stance": r[5],
                 "source": None if r[6] is None else {"text": r[6], "start": r[7], "end": r[8]},
                 "entity": r[9], "cue": None if r[10] is None else {"text": r[10], "start": r[11], "end": r[12]},
                 "content": {"text": r[13], "start": r[14], "end": r[15]}}
                for r in rows]

    def claims(self, *, query: str | None = None, stance: str | None = None, limit: int = 50,
               offset: int = 0) -> list[dict]:
        """Claims in date order; `query` matches their content with the search analyzer."""
        clauses, params = ["1"], []
        if query:
            parsed = query_mod.parse(query)
            if parsed.empty:
                return []
            clauses.append("c.id IN (SELECT rowid FROM claim_fts WHERE claim_fts MATCH ?)")
            params.append(parsed.fts())
        if stance:
            clauses.append("c.stance = ?")
            params.append(stance)
        return self._claims(" AND ".join(clauses), params, limit, offset)

    # -- stories -------------------------------------------------------------------
    def story(self, story_id: int) -> dict | None:
        """The copies of one story in order of publication; `first` is the id of the earliest.

        Copies with a time of day are ordered by it (in UTC); a copy with a date
        only comes after the timed ones of its day (it cannot be shown earlier).
        `first` is None when nothing tells the earliest apart (no dates, or a tie)."""
        rows = self.connection().execute(
            "SELECT id, title, source, published, published_at, url FROM documents WHERE story = ?"
            " ORDER BY published IS NULL, coalesce(substr(published_at, 1, 10), published),"
            " published_at IS NULL, published_at, id", (int(story_id),)).fetchall()
        if not rows:
            return None
        documents = [{"id": i, "title": t, "source": s, "published": p, "published_at": at, "url": u}
                     for i, t, s, p, at, u in rows]
        def when(doc):                # the UTC day and moment; a date alone ranks after the day's times
            at = doc["published_at"]
            return (at[:10], at) if at else (doc["published"] or "~", "~")      # undated: last
        # The first only when it is strictly earlier: two copies of the same day without times tie.
        first = None
        if documents[0]["published"] and (len(documents) == 1 or when(documents[0]) < when(documents[1])):
            first = documents[0]["id"]
        for doc in documents:
            doc["first"] = doc["id"] == first
        return {"id": int(story_id), "first": first, "documents": documents}

    def stories(self, *, min_size: int = 2, limit: int = 50, offset: int = 0) -> list[dict]:
        """Story groups with at least `min_size` articles, largest first."""
        rows = self.connection().execute(
            "SELECT story, count(*), count(DISTINCT source), min(published), max(published) FROM documents"
            " GROUP BY story HAVING count(*) >= ? ORDER BY count(*) DESC, story LIMIT ? OFFSET ?",
            (int(min_size), int(limit), int(offset)))
        out = []
        for story, n, outlets, first, last in rows.fetchall():
            title = self.connection().execute("SELECT title FROM documents WHERE id = ?", (story,)).fetchone()
            out.append({"id": story, "documents": n, "sources": outlets, "first": first, "last": last,
                        "title": title[0] if title else None})
        return out
