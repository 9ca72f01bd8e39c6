"""Tables of a corpus for other tools: JSONL, CSV (with a BOM for Excel on request), XLSX and Parquet.

One file per table (documents, entities, mentions, quotes, claims), flat columns
with one vocabulary (`outlet` is the publication; `speaker` who is quoted, `source`
who makes a claim) and explicit types (`int`, nullable; `date`, a calendar day;
`str`), so pandas, DuckDB, Spark and spreadsheets read them as they are:

    duckdb -c "SELECT outlet, count(*) FROM 'out/documents.parquet' GROUP BY outlet"

A `Selection` (a search query, an entity, dates, an outlet) limits every table to
the articles it selects; entity counts are then counted within them. The columns
are described in the README's data dictionary (`COLUMNS` holds them).
"""
from __future__ import annotations

import csv
import datetime as dt
import json
import zlib
from dataclasses import dataclass
from pathlib import Path
from typing import Iterator

from ..errors import InputError
from ..provenance import summary

FORMATS = ("jsonl", "csv", "xlsx", "parquet")
ROWS_PER_BATCH = 5000
XLSX_MAX_ROWS = 1_048_575            # a sheet's rows, the header aside
XLSX_MAX_CELL = 32_767               # characters in one cell

# A document belongs to the export when its id is in temp.export_docs (see `select`).
_IN = "d.id IN (SELECT id FROM temp.export_docs)"

# table -> (SQL, [(column, type)]); types: "int" (nullable integer), "date" (YYYY-MM-DD), "str".
TABLES: dict[str, tuple[str, list[tuple[str, str]]]] = {
    "documents": (
        f"SELECT d.id, d.published, d.source, d.url, d.title, d.story, d.language, d.n_entities, d.n_quotes,"
        f" d.n_claims, d.hash, b.record FROM documents d JOIN bodies b ON b.id = d.id WHERE {_IN} ORDER BY d.id",
        [("id", "int"), ("published", "date"), ("outlet", "str"), ("url", "str"), ("title", "str"),
         ("story", "int"), ("language", "str"), ("entities", "int"), ("quotes", "int"), ("claims", "int"),
         ("hash", "str"), ("text", "str"), ("pipeline", "str")]),
    "entities": (
        f"SELECT e.id, e.name, e.label, e.key, count(DISTINCT m.doc_id), count(*) FROM mentions m"
        f" JOIN entities e ON e.id = m.entity_id JOIN documents d ON d.id = m.doc_id WHERE {_IN}"
        f" GROUP BY e.id ORDER BY count(DISTINCT m.doc_id) DESC, e.id",
        [("id", "str"), ("name", "str"), ("label", "str"), ("key", "str"), ("documents", "int"),
         ("mentions", "int")]),
    "mentions": (
        f"SELECT m.doc_id, d.published, d.source, m.entity_id, e.label, m.start, m.end, m.text FROM mentions m"
        f" JOIN documents d ON d.id = m.doc_id LEFT JOIN entities e ON e.id = m.entity_id WHERE {_IN}"
        f" ORDER BY m.doc_id, m.start",
        [("doc_id", "int"), ("published", "date"), ("outlet", "str"), ("entity_id", "str"), ("label", "str"),
         ("start", "int"), ("end", "int"), ("text", "str")]),
    "quotes": (
        f"SELECT q.id, q.doc_id, d.published, d.source, q.start, q.end, q.text, q.kind, q.speaker, q.speaker_start,"
        f" q.speaker_end, q.entity_id, e.name, q.cue, q.cue_start, q.cue_end FROM quotes q"
        f" JOIN documents d ON d.id = q.doc_id LEFT JOIN entities e ON e.id = q.entity_id WHERE {_IN}"
        f" ORDER BY q.doc_id, q.start",
        [("id", "int"), ("doc_id", "int"), ("published", "date"), ("outlet", "str"), ("start", "int"),
         ("end", "int"), ("text", "str"), ("kind", "str"), ("speaker", "str"), ("speaker_start", "int"),
         ("speaker_end", "int"), ("speaker_entity_id", "str"), ("speaker_name", "str"), ("cue", "str"),
         ("cue_start", "int"), ("cue_end", "int")]),
    "claims": (
        f"SELECT c.id, c.doc_id, d.published, d.source, c.stance, c.source, c.source_start, c.source_end,"
        f" c.entity_id, e.name, c.cue, c.cue_start, c.cue_end, c.content, c.content_start, c.content_end"
        f" FROM claims c JOIN documents d ON d.id = c.doc_id LEFT JOIN entities e ON e.id = c.entity_id"
        f" WHERE {_IN} ORDER BY c.doc_id, c.content_start",
        [("id", "int"), ("doc_id", "int"), ("published", "date"), ("outlet", "str"), ("stance", "str"),
         ("source", "str"), ("source_start", "int"), ("source_end", "int"), ("source_entity_id", "str"),
         ("source_name", "str"), ("cue", "str"), ("cue_start", "int"), ("cue_end", "int"), ("content", "str"),
         ("content_start", "int"), ("content_end", "int")]),
}


@dataclass(frozen=True)
class Selection:
    """Which articles to export (all of them by default); the same filters as `marsad search`."""

    query: str | None = None
    entity: str | None = None
    date_from: str | None = None
    date_to: str | None = None
    outlet: str | None = None

    @property
    def everything(self) -> bool:
        return not any((self.query, self.entity, self.date_from, self.date_to, self.outlet))


def select(store, selection: Selection) -> int:
    """Fill this connection's temp.export_docs with the selected document ids; returns how many."""
    conn = store.connection()
    conn.execute("CREATE TEMP TABLE IF NOT EXISTS export_docs (id INTEGER PRIMARY KEY)")
    conn.execute("DELETE FROM temp.export_docs")
    where, params = store.document_filter(query=selection.query, entity=selection.entity, outlet=selection.outlet,
                                          date_from=selection.date_from, date_to=selection.date_to)
    conn.execute(f"INSERT INTO temp.export_docs (id) SELECT d.id FROM documents d{where}", params)
    return conn.execute("SELECT count(*) FROM temp.export_docs").fetchone()[0]


def rows(store, table: str) -> Iterator[list[tuple]]:
    """Batches of a table's rows (of the selected articles), typed, in the column order of TABLES[table]."""
    sql, columns = TABLES[table]
    kinds = [kind for _, kind in columns]
    cursor = store.connection().execute(sql)
    while True:
        batch = cursor.fetchmany(ROWS_PER_BATCH)
        if not batch:
            return
        if table == "documents":
            batch = [_document_row(r) for r in batch]
        yield [tuple(_typed(v, k) for v, k in zip(r, kinds)) for r in batch]


def _typed(value, kind: str):
    if value is None:
        return None
    if kind == "date":
        try:
            return dt.date.fromisoformat(str(value)[:10])
        except ValueError:
            return None
    if kind == "int":
        return int(value)
    return value


def _document_row(row: tuple) -> tuple:
    record = json.loads(zlib.decompress(row[-1]))
    pipeline = record.get("pipeline")
    return (*row[:-1], record["text"], summary(pipeline) if pipeline else None)


def export(store, out_dir: str | Path, fmt: str, tables: list[str] | None = None, *,
           selection: Selection = Selection(), excel: bool = False) -> dict[str, int]:
    """Write each table to `out_dir/<table>.<fmt>`; returns rows written per table. `excel`: CSV in
    UTF-8 with a byte-order mark (and CRLF line ends), which Excel opens as Unicode."""
    if fmt not in FORMATS:
        raise ValueError(f"format must be one of {', '.join(FORMATS)}")
    select(store, selection)
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    counts = {}
    for table in tables or list(TABLES):
        target = out / f"{table}.{fmt}"
        partial = target.with_name(target.name + ".partial")      # never a half-written file under the real name
        try:
            if fmt == "csv":
                counts[table] = _csv(store, table, partial, excel)
            else:
                counts[table] = {"jsonl": _jsonl, "xlsx": _xlsx, "parquet": _parquet}[fmt](store, table, partial)
        except BaseException:
            partial.unlink(missing_ok=True)
            raise
        partial.replace(target)
    return counts


def _jsonl(store, table: str, path: Path) -> int:
    names = [c for c, _ in TABLES[table][1]]
    n = 0
    with open(path, "w", encoding="utf-8") as fh:
        for batch in rows(store, table):
            for row in batch:
                fh.write(json.dumps(dict(zip(names, row)), ensure_ascii=False, default=str) + "\n")
            n += len(batch)
    return n


def _csv(store, table: str, path: Path, excel: bool) -> int:
    n = 0
    with open(path, "w", encoding="utf-8-sig" if excel else "utf-8", newline="") as fh:
        writer = csv.writer(fh)                       # RFC 4180: CRLF line ends, quotes where needed
        writer.writerow([c for c, _ in TABLES[table][1]])
        for batch in rows(store, table):
            writer.writerows(batch)                   # dates as YYYY-MM-DD, None as an empty cell
            n += len(batch)
    return n


def _xlsx(store, table: str, path: Path) -> int:
    from openpyxl import Workbook
    from openpyxl.cell import WriteOnlyCell
    from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE
    columns = TABLES[table][1]
    book = Workbook(write_only=True)
    sheet = book.create_sheet(table)
    sheet.sheet_view.rightToLeft = True
    sheet.append([name for name, _ in columns])
    n = 0
    for batch in rows(store, table):
        if n + len(batch) > XLSX_MAX_ROWS:
            raise InputError(f"{table}: more than {XLSX_MAX_ROWS:,} rows, over a spreadsheet's limit; "
                             f"export CSV or Parquet, or narrow the export (--from/--to/--source/--query)")
        for row in batch:
            cells = []
            for value, (_, kind) in zip(row, columns):
                if kind == "date" and value is not None:
                    cell = WriteOnlyCell(sheet, value=value)
                    cell.number_format = "yyyy-mm-dd"
                    cells.append(cell)
                elif isinstance(value, str):
                    # XML has no place for control characters (SaudiNewsNet keeps legacy U+001A): one
                    # U+FFFD for each, so offsets still count; a cell holds 32,767 characters.
                    value = ILLEGAL_CHARACTERS_RE.sub("\ufffd", value)
                    cells.append(value if len(value) <= XLSX_MAX_CELL else value[:XLSX_MAX_CELL - 1] + "…")
                else:
                    cells.append(value)
            sheet.append(cells)
        n += len(batch)
    book.save(path)
    return n


def arrow_schema(table: str):
    """The table's Arrow schema, with pandas metadata so that pandas reads integer columns
    with missing values as nullable integers (Int64), not floats."""
    import pyarrow as pa
    types = {"int": pa.int64(), "str": pa.string(), "date": pa.date32()}
    columns = TABLES[table][1]
    pandas = {"index_columns": [], "column_indexes": [], "creator": {"library": "marsad"},
              "columns": [{"name": name, "field_name": name, "metadata": None,
                           "pandas_type": {"int": "int64", "str": "unicode", "date": "date"}[kind],
                           "numpy_type": {"int": "Int64", "str": "object", "date": "object"}[kind]}
                          for name, kind in columns]}
    return pa.schema([(name, types[kind]) for name, kind in columns],
                     metadata={b"pandas": json.dumps(pandas).encode()})


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
