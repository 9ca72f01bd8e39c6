"""The tables of a marsad corpus database (SQLite, WAL mode).

One narrow row per article in `documents` (what lists and search filters
read; the content hash unique), its record (zlib-compressed JSON) and MinHash
signature apart in `bodies` (so a filter checked on thousands of matches reads
small rows, not records), and for the questions asked across articles: `entities`
(corpus-wide, merged by key or normalised name), `mentions`, `quotes`,
`claims`, plus two FTS5 indexes fed with analysed terms (`store.analyzer`);
`outlet_chrome` counts the lines each outlet repeats (`corpus.chrome`).
Everything about one article is written in one transaction, so a killed
ingest leaves either the whole article or nothing.
"""
from __future__ import annotations

SCHEMA_VERSION = "7"

PRAGMAS = (
    "PRAGMA synchronous = NORMAL",     # WAL + NORMAL: durable at checkpoints, never corrupt
    "PRAGMA busy_timeout = 30000",
    "PRAGMA cache_size = -65536",      # 64 MiB page cache
    "PRAGMA temp_store = MEMORY",
)

WATCH_TABLES = """
CREATE TABLE IF NOT EXISTS fetched (
    url        TEXT PRIMARY KEY,              -- as a feed, sitemap or user listed it
    kind       TEXT NOT NULL,                 -- page | listing (a feed or sitemap: only its validators matter)
    source     TEXT,                          -- the watch source that listed it
    doc_id     INTEGER,                       -- the article stored from it
    etag       TEXT,
    modified   TEXT,                          -- Last-Modified as the server sent it
    fetched_at TEXT NOT NULL,                 -- UTC
    error      TEXT,                          -- the last failure, one line
    failures   INTEGER NOT NULL DEFAULT 0,
    permanent  INTEGER NOT NULL DEFAULT 0     -- 1: a failure trying again will not cure (404, robots.txt, no text)
);
CREATE TABLE IF NOT EXISTS watch_sources (
    name       TEXT PRIMARY KEY,
    kind       TEXT NOT NULL,                 -- feed | sitemap | pages
    url        TEXT NOT NULL,
    outlet     TEXT,
    interval   REAL NOT NULL,                 -- seconds between polls
    polls      INTEGER NOT NULL DEFAULT 0,
    last_poll  TEXT,
    last_ok    TEXT,
    next_poll  TEXT,
    failures   INTEGER NOT NULL DEFAULT 0,    -- polls failed in a row (backoff grows with it)
    last_error TEXT,
    last_new   INTEGER NOT NULL DEFAULT 0,    -- articles stored by the last poll
    total_new  INTEGER NOT NULL DEFAULT 0
);
CREATE TABLE IF NOT EXISTS alerts (
    id          INTEGER PRIMARY KEY,
    name        TEXT NOT NULL,
    kind        TEXT NOT NULL,                -- entity | claim | story
    target      TEXT,                         -- entity name or id, or a claim or story query
    stance      TEXT,                         -- claim alerts: only this stance
    min_outlets INTEGER,                      -- story alerts: fire when this many outlets carry it
    webhook     TEXT,                         -- POST each firing here
    created     TEXT NOT NULL,
    after_doc   INTEGER NOT NULL DEFAULT 0,   -- only articles stored after the alert was saved
    active      INTEGER NOT NULL DEFAULT 1
);
CREATE TABLE IF NOT EXISTS alert_firings (
    id        INTEGER PRIMARY KEY,
    alert_id  INTEGER NOT NULL,
    key       TEXT NOT NULL,                  -- doc:<id> or story:<id>: what makes a firing the same one
    doc_id    INTEGER,
    story     INTEGER,
    finding   TEXT NOT NULL,                  -- JSON: the quotes, claims or outlets that matched
    fired     TEXT NOT NULL,                  -- UTC
    seen      INTEGER NOT NULL DEFAULT 0,     -- read in the web interface
    webhook_status TEXT,                      -- pending | sent | failed | NULL (no webhook)
    webhook_attempts INTEGER NOT NULL DEFAULT 0,
    webhook_error TEXT,
    UNIQUE (alert_id, key)
);
CREATE INDEX IF NOT EXISTS alert_firings_new ON alert_firings (seen, id);
"""

# Lines that recur across articles of one outlet (marsad.corpus.chrome): its learned chrome.
CHROME_TABLES = """
CREATE TABLE IF NOT EXISTS outlet_chrome (
    outlet   TEXT NOT NULL,
    shape    TEXT NOT NULL,                   -- the line's matching key, numbers as 0, the headline as <t>
    articles INTEGER NOT NULL,                -- distinct stored articles of the outlet holding it
    example  TEXT NOT NULL,                   -- the line as first seen
    PRIMARY KEY (outlet, shape)
) WITHOUT ROWID;
"""

TABLES = """
CREATE TABLE IF NOT EXISTS meta (
    key   TEXT PRIMARY KEY,
    value TEXT
);
CREATE TABLE IF NOT EXISTS documents (
    id         INTEGER PRIMARY KEY,
    hash       TEXT NOT NULL UNIQUE,          -- sha256 of url + text: one row per article
    source     TEXT,                          -- outlet (SaudiNewsNet's source, the page's site name)
    url        TEXT,
    title      TEXT,
    published  TEXT,                          -- YYYY-MM-DD or NULL
    published_at TEXT,                        -- the moment, UTC (YYYY-MM-DDTHH:MM:SSZ), when the source gives a time
    story      INTEGER,                       -- id of the first document of its story group
    language   TEXT,
    n_entities INTEGER NOT NULL DEFAULT 0,    -- distinct corpus entities
    n_quotes   INTEGER NOT NULL DEFAULT 0,
    n_claims   INTEGER NOT NULL DEFAULT 0
);
CREATE TABLE IF NOT EXISTS bodies (
    id      INTEGER PRIMARY KEY,              -- = documents.id
    minhash BLOB,                             -- MinHash signature (uint32 x 128) of the body's shingles
    record  BLOB NOT NULL                     -- zlib(JSON record, schema marsad.document/1)
);
CREATE INDEX IF NOT EXISTS documents_published ON documents (published, id);
CREATE INDEX IF NOT EXISTS documents_source ON documents (source, published);
CREATE INDEX IF NOT EXISTS documents_story ON documents (story);
-- Articles not yet grouped into stories: written with the article, cleared with its grouping,
-- so grouping after a killed ingest takes up what the killed run left.
CREATE TABLE IF NOT EXISTS ungrouped (
    id INTEGER PRIMARY KEY                    -- = documents.id
);

CREATE TABLE IF NOT EXISTS entities (
    id        TEXT PRIMARY KEY,               -- LOC:SA, PER:<normalised name>
    name      TEXT NOT NULL,                  -- canonical name as first seen
    label     TEXT NOT NULL,
    key       TEXT,
    norm      TEXT NOT NULL,                  -- normalised name, for lookups by name
    documents INTEGER NOT NULL DEFAULT 0,
    mentions  INTEGER NOT NULL DEFAULT 0,
    english   TEXT,                           -- from the knowledge-base entry it is linked to
    kind      TEXT,
    country   TEXT
);
CREATE INDEX IF NOT EXISTS entities_norm ON entities (norm);
CREATE INDEX IF NOT EXISTS entities_documents ON entities (documents DESC);

CREATE TABLE IF NOT EXISTS mentions (
    doc_id    INTEGER NOT NULL,
    entity_id TEXT NOT NULL,
    start     INTEGER NOT NULL,
    end       INTEGER NOT NULL,
    text      TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS mentions_entity ON mentions (entity_id, doc_id);
CREATE INDEX IF NOT EXISTS mentions_doc ON mentions (doc_id);

CREATE TABLE IF NOT EXISTS quotes (
    id            INTEGER PRIMARY KEY,
    doc_id        INTEGER NOT NULL,
    start         INTEGER NOT NULL,
    end           INTEGER NOT NULL,
    text          TEXT NOT NULL,
    kind          TEXT,
    speaker       TEXT,
    speaker_start INTEGER,
    speaker_end   INTEGER,
    speaker_norm  TEXT,
    entity_id     TEXT,
    cue           TEXT,
    cue_start     INTEGER,
    cue_end       INTEGER
);
CREATE INDEX IF NOT EXISTS quotes_doc ON quotes (doc_id);
CREATE INDEX IF NOT EXISTS quotes_entity ON quotes (entity_id);
CREATE INDEX IF NOT EXISTS quotes_speaker ON quotes (speaker_norm);

CREATE TABLE IF NOT EXISTS claims (
    id            INTEGER PRIMARY KEY,
    doc_id        INTEGER NOT NULL,
    stance        TEXT NOT NULL,
    source        TEXT,                       -- who claims (span text), not the outlet
    source_start  INTEGER,
    source_end    INTEGER,
    source_norm   TEXT,
    entity_id     TEXT,
    cue           TEXT,
    cue_start     INTEGER,
    cue_end       INTEGER,
    content       TEXT NOT NULL,
    content_start INTEGER NOT NULL,
    content_end   INTEGER NOT NULL
);
CREATE INDEX IF NOT EXISTS claims_doc ON claims (doc_id);
CREATE INDEX IF NOT EXISTS claims_entity ON claims (entity_id);
CREATE INDEX IF NOT EXISTS claims_source ON claims (source_norm);

-- Entity names by word (the article dropped: جبير finds الجبير); rowid = entities.rowid.
CREATE VIRTUAL TABLE IF NOT EXISTS entity_fts USING fts5 (
    words, content = '', tokenize = 'unicode61 remove_diacritics 0'
);

-- Contentless full-text indexes: the terms live only in the index, the text in the record.
CREATE VIRTUAL TABLE IF NOT EXISTS doc_fts USING fts5 (
    title, body, content = '', tokenize = 'unicode61 remove_diacritics 0'
);
CREATE VIRTUAL TABLE IF NOT EXISTS claim_fts USING fts5 (
    content, content = '', tokenize = 'unicode61 remove_diacritics 0'
);
""" + WATCH_TABLES + CHROME_TABLES

def statements(script: str) -> list[str]:
    """The SQL statements of a script, one by one (a `;` inside a comment does not end one)."""
    import sqlite3
    out, current = [], ""
    for line in script.splitlines(keepends=True):
        current += line
        if sqlite3.complete_statement(current):
            out.append(current.strip())
            current = ""
    return out


# Upgrades from older schema versions: version -> SQL that brings it to the next one.
MIGRATIONS = {
    "1": ["CREATE VIRTUAL TABLE IF NOT EXISTS entity_fts USING fts5 ("
          " words, content = '', tokenize = 'unicode61 remove_diacritics 0')"],
    "2": ["CREATE TABLE bodies (id INTEGER PRIMARY KEY, minhash BLOB, record BLOB NOT NULL)",
          "INSERT INTO bodies (id, minhash, record) SELECT id, minhash, record FROM documents",
          "ALTER TABLE documents DROP COLUMN record", "ALTER TABLE documents DROP COLUMN minhash"],
    "3": ["ALTER TABLE entities ADD COLUMN english TEXT", "ALTER TABLE entities ADD COLUMN kind TEXT",
          "ALTER TABLE entities ADD COLUMN country TEXT"],
    "4": ["ALTER TABLE documents ADD COLUMN published_at TEXT",
          *statements(WATCH_TABLES)],
    "5": statements(CHROME_TABLES),
    # A corpus from before cannot tell which articles a killed run left ungrouped: every article
    # still alone in its story is grouped once more (an article already grouped stays as it is).
    "6": ["CREATE TABLE IF NOT EXISTS ungrouped (id INTEGER PRIMARY KEY)",
          "INSERT OR IGNORE INTO ungrouped (id) SELECT id FROM documents d WHERE story = id"
          " AND NOT EXISTS (SELECT 1 FROM documents o WHERE o.story = d.id AND o.id != d.id)"],
}

# bm25 weights of doc_fts's columns: a word in the headline counts three times.
BM25_WEIGHTS = (3.0, 1.0)
