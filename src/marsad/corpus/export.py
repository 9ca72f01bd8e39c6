"""Tables of a corpus for other tools: JSONL, CSV and Parquet.

One file per table (documents, entities, mentions, quotes, claims), flat
columns with explicit types, so pandas, DuckDB or Spark read them directly:

    duckdb -c "SELECT source, count(*) FROM 'out/documents.parquet' GROUP BY source"
"""
from __future__ import annotations

import csv
import json
import zlib
from pathlib import Path
from typing import Iterator

from ..provenance import summary

FORMATS = ("jsonl", "csv", "parquet")
ROWS_PER_BATCH = 5000

# table -> (SQL, [(column, type)]); types are "int" or "str".
TABLES: dict[str, tuple[str, list[tuple[str, str]]]] = {
    "documents": (
        "SELECT d.id, d.hash, d.source, d.url, d.title, d.published, d.story, d.language, d.n_entities, d.n_quotes,"
        " d.n_claims, b.record FROM documents d JOIN bodies b ON b.id = d.id ORDER BY d.id",
        [("id", "int"), ("hash", "str"), ("source", "str"), ("url", "str"), ("title", "str"), ("published", "str"),
         ("story", "int"), ("language", "str"), ("entities", "int"), ("quotes", "int"), ("claims", "int"),
         ("text", "str"), ("pipeline", "str")]),
    "entities": (
        "SELECT id, name, label, key, documents, mentions FROM entities ORDER BY documents DESC, id",
        [("id", "str"), ("name", "str"), ("label", "str"), ("key", "str"), ("documents", "int"), ("mentions", "int")]),
    "mentions": (
        "SELECT m.doc_id, d.published, d.source, m.entity_id, e.label, m.start, m.end, m.text FROM mentions m"
        " JOIN documents d ON d.id = m.doc_id LEFT JOIN entities e ON e.id = m.entity_id ORDER BY m.doc_id, m.start",
        [("doc_id", "int"), ("published", "str"), ("source", "str"), ("entity_id", "str"), ("label", "str"),
         ("start", "int"), ("end", "int"), ("text", "str")]),
    "quotes": (
        "SELECT q.doc_id, d.published, d.source, q.start, q.end, q.text, q.kind, q.speaker, q.speaker_start,"
        " q.speaker_end, q.entity_id, q.cue, q.cue_start, q.cue_end FROM quotes q JOIN documents d ON d.id = q.doc_id"
        " ORDER BY q.doc_id, q.start",
        [("doc_id", "int"), ("published", "str"), ("source", "str"), ("start", "int"), ("end", "int"), ("text", "str"),
         ("kind", "str"), ("speaker", "str"), ("speaker_start", "int"), ("speaker_end", "int"),
         ("speaker_entity_id", "str"), ("cue", "str"), ("cue_start", "int"), ("cue_end", "int")]),
    "claims": (
        "SELECT c.id, c.doc_id, d.published, d.source, c.stance, c.source, c.source_start, c.source_end, c.entity_id,"
        " c.cue, c.cue_start, c.cue_end, c.content, c.content_start, c.content_end FROM claims c"
        " JOIN documents d ON d.id = c.doc_id ORDER BY c.doc_id, c.content_start",
        [("id", "int"), ("doc_id", "int"), ("published", "str"), ("outlet", "str"), ("stance", "str"),
         ("claimant", "str"), ("claimant_start", "int"), ("claimant_end", "int"), ("claimant_entity_id", "str"),
         ("cue", "str"), ("cue_start", "int"), ("cue_end", "int"), ("content", "str"), ("content_start", "int"),
         ("content_end", "int")]),
}


def rows(store, table: str) -> Iterator[list[tuple]]:
    """Batches of a table's rows, in the column order of TABLES[table]."""
    sql, _ = TABLES[table]
    cursor = store.connection().execute(sql)
    while True:
        batch = cursor.fetchmany(ROWS_PER_BATCH)
        if not batch:
            return
        if table == "documents":
            batch = [_document_row(r) for r in batch]
        yield batch


def _document_row(row: tuple) -> tuple:
    record = json.loads(zlib.decompress(row[-1]))
    pipeline = record.get("pipeline")
    return (*row[:-1], record["text"], summary(pipeline) if pipeline else None)


def export(store, out_dir: str | Path, fmt: str, tables: list[str] | None = None) -> dict[str, int]:
    """Write each table to `out_dir/<table>.<fmt>`; returns rows written per table."""
    if fmt not in FORMATS:
        raise ValueError(f"format must be one of {', '.join(FORMATS)}")
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    counts = {}
    for table in tables or list(TABLES):
        target = out / f"{table}.{fmt}"
        partial = target.with_name(target.name + ".partial")      # never a half-written file under the real name
        counts[table] = {"jsonl": _jsonl, "csv": _csv, "parquet": _parquet}[fmt](store, table, partial)
        partial.replace(target)
    return counts


def _jsonl(store, table: str, path: Path) -> int:
    names = [c for c, _ in TABLES[table][1]]
    n = 0
    with open(path, "w", encoding="utf-8") as fh:
        for batch in rows(store, table):
            for row in batch:
                fh.write(json.dumps(dict(zip(names, row)), ensure_ascii=False) + "\n")
            n += len(batch)
    return n


def _csv(store, table: str, path: Path) -> int:
    n = 0
    with open(path, "w", encoding="utf-8", newline="") as fh:
        writer = csv.writer(fh)
        writer.writerow([c for c, _ in TABLES[table][1]])
        for batch in rows(store, table):
            writer.writerows(batch)
            n += len(batch)
    return n


def arrow_schema(table: str):
    import pyarrow as pa
    types = {"int": pa.int64(), "str": pa.string()}
    return pa.schema([(name, types[kind]) for name, kind in TABLES[table][1]])


def _parquet(store, table: str, path: Path) -> int:
    import pyarrow as pa
    import pyarrow.parquet as pq
    schema = arrow_schema(table)
    n = 0
    with pq.ParquetWriter(path, schema, compression="zstd") as writer:
        for batch in rows(store, table):
            columns = list(zip(*batch))
            writer.write_table(pa.table([pa.array(col, type=f.type) for col, f in zip(columns, schema)], schema=schema))
            n += len(batch)
        if n == 0:
            writer.write_table(schema.empty_table())
    return n
