"""The Parquet shards `marsad batch` writes: one row per article, the full record as JSON.

Flat columns for queries without parsing JSON (outlet, date, counts), and the
record itself in `record` (schema marsad.document/1), which `marsad ingest`
stores as it is. A shard is written under a temporary name and renamed, so a
shard under its final name is always whole.
"""
from __future__ import annotations

import json
from pathlib import Path

from ..provenance import summary

COLUMNS = [("id", "str"), ("hash", "str"), ("source", "str"), ("url", "str"), ("title", "str"),
           ("published", "str"), ("language", "str"), ("pipeline", "str"), ("entities", "int"), ("quotes", "int"),
           ("claims", "int"), ("record", "str")]


def shard_name(index: int) -> str:
    return f"part-{index:05d}.parquet"


def schema():
    import pyarrow as pa
    types = {"int": pa.int64(), "str": pa.string()}
    return pa.schema([(name, types[kind]) for name, kind in COLUMNS])


def row(record: dict, *, content_hash: str, source: str | None, url: str | None, title: str | None) -> dict:
    meta = record.get("meta") or {}
    return {"id": record.get("id"), "hash": content_hash, "source": source or meta.get("site"),
            "url": url or meta.get("url"), "title": title or meta.get("title"), "published": record.get("published"),
            "language": record.get("language"), "pipeline": summary(record.get("pipeline")),
            "entities": len(record.get("clusters") or {}), "quotes": len(record.get("quotes") or []),
            "claims": len(record.get("claims") or []), "record": json.dumps(record, ensure_ascii=False)}


def write_shard(rows: list[dict], path: Path) -> None:
    import pyarrow as pa
    import pyarrow.parquet as pq
    s = schema()
    table = pa.table({name: pa.array([r[name] for r in rows], type=s.field(name).type) for name in s.names}, schema=s)
    partial = path.with_name(path.name + ".partial")
    pq.write_table(table, partial, compression="zstd")
    partial.replace(path)


def shard_hashes(path: Path) -> list[str] | None:
    """The content hashes a finished shard holds (None when there is no readable shard)."""
    import pyarrow.parquet as pq
    try:
        return pq.read_table(path, columns=["hash"]).column("hash").to_pylist()
    except (OSError, KeyError, ValueError):
        return None
