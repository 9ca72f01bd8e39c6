"""Readers for collections of articles: files, folders, JSONL, JSON arrays, zip archives, Parquet shards.

Each yields `Item`s one at a time: an unanalysed `Document` (or, for records
already analysed by `marsad batch` or `marsad analyze --jsonl`, the record
itself) with the outlet, URL and title the collection gives, or the one-line
reason it cannot be read. Bytes become text through `marsad.input` (encodings,
HTML), exactly as `marsad analyze` reads them.

JSON objects come in three shapes:
- marsad's input line: {"id", "text" | "html", "published"?} plus optional "source", "url", "title";
- SaudiNewsNet's article: {"source", "url", "date_extracted", "title", "author", "content"}
  (the title becomes the first line of the text, as on the page; the extraction
  date is the publication date, from metadata);
- a record (schema marsad.document/1), stored as it is.
"""
from __future__ import annotations

import io
import json
import zipfile
from dataclasses import dataclass
from pathlib import Path, PurePosixPath
from typing import IO, Iterable, Iterator

from ..document import Document, Metadata
from ..errors import EmptyInputError, InputError
from ..input.clean import clean_line, clean_text
from ..input.html import HTML_SUFFIXES
from ..input.loader import check_date, document_from_bytes, load_path, read_jsonl
from ..input.surrogates import loads_json
from ..record import SCHEMA
from ..run import Options
from .identity import content_hash

TEXT_SUFFIXES = (".txt", ".text")
JSONL_SUFFIXES = (".jsonl", ".ndjson")
ARTICLE_SUFFIXES = TEXT_SUFFIXES + HTML_SUFFIXES
COLLECTION_SUFFIXES = JSONL_SUFFIXES + (".json", ".zip", ".parquet")
KNOWN_SUFFIXES = ARTICLE_SUFFIXES + COLLECTION_SUFFIXES


@dataclass
class Item:
    """One article from a collection, or why it could not be read."""

    origin: str                          # where it came from: a path, `file.zip!member.json#17`, `file.jsonl:3`
    document: Document | None = None     # to analyse
    record: dict | None = None           # already analysed
    source: str | None = None            # the outlet
    url: str | None = None
    title: str | None = None
    error: str | None = None
    empty: bool = False                  # the error is that the record holds nothing (counted apart)

    @property
    def text(self) -> str:
        return self.document.text if self.document is not None else self.record["text"]

    @property
    def content_hash(self) -> str:
        return content_hash(self.text, self.url)


# The run path's options: readers use published (for articles that carry no date of their own),
# max_bytes and html (None: detect per file); the analysis the rest.
ReadOptions = Options


def iter_items(paths: Iterable[str | Path], options: ReadOptions = ReadOptions()) -> Iterator[Item]:
    """Every article under `paths`, in order (folders walked in sorted order)."""
    check_date(options.published)
    for path in paths:
        path = Path(path)
        if path.is_dir():
            files = sorted(p for p in path.rglob("*") if p.is_file() and p.suffix.lower() in KNOWN_SUFFIXES
                           and not any(part.startswith(".") for part in p.relative_to(path).parts))
            for file in files:
                yield from _file_items(file, options)
        elif not path.exists():
            yield Item(origin=str(path), error=f"{path}: no such file or folder")
        else:
            yield from _file_items(path, options)


def _file_items(path: Path, options: ReadOptions) -> Iterator[Item]:
    suffix = path.suffix.lower()
    try:
        if suffix == ".zip":
            yield from _zip_items(path, options)
        elif suffix in JSONL_SUFFIXES:
            with open(path, "rb") as fh:
                yield from _jsonl_items(fh, str(path), options)
        elif suffix == ".json":
            yield from _json_items(_read(path, None), str(path), options)
        elif suffix == ".parquet":
            yield from _parquet_items(path)
        else:
            doc = load_path(str(path), published=options.published, max_bytes=options.max_bytes, html=options.html)
            yield _with_meta(Item(origin=str(path), document=doc))
    except InputError as exc:
        yield Item(origin=str(path), error=str(exc), empty=isinstance(exc, EmptyInputError))
    except (OSError, zipfile.BadZipFile) as exc:
        yield Item(origin=str(path), error=f"{path}: cannot read ({getattr(exc, 'strerror', None) or exc})")


def _read(path: Path, max_bytes: int | None) -> bytes:
    from ..input.loader import read_bytes
    return read_bytes(str(path), max_bytes)


def _with_meta(item: Item) -> Item:
    meta = item.document.meta
    item.source = item.source or meta.site
    item.url = item.url or meta.url
    item.title = item.title or meta.title
    return item


# -- JSON shapes ---------------------------------------------------------------------
def _from_object(obj, origin: str, default_id: str, options: ReadOptions) -> Item:
    """An Item from one JSON object of any of the three shapes."""
    if not isinstance(obj, dict):
        return Item(origin=origin, error=f"{origin}: expected a JSON object, got {type(obj).__name__}")
    try:
        if obj.get("schema") == SCHEMA:
            return _record_item(obj, origin, obj.get("source"), obj.get("url"), obj.get("title"))
        if "content" in obj and "text" not in obj and "html" not in obj:
            return _saudinewsnet_item(obj, origin, default_id, options)
        doc_id = obj.get("id")
        text, page = obj.get("text"), obj.get("html")
        if page is not None and text is None:
            if not isinstance(page, str):
                raise InputError("'html' must be a string")
            data, html = page.encode("utf-8"), True
        elif isinstance(text, str):
            data, html = clean_text(text).encode("utf-8"), False
        else:
            raise InputError("needs a string 'text' (or 'html' or 'content') field")
        doc = document_from_bytes(data, doc_id=str(doc_id) if doc_id is not None else default_id,
                                  published=obj.get("published") or options.published,
                                  max_bytes=options.max_bytes, html=html)
        return _with_meta(Item(origin=origin, document=doc, source=_str(obj.get("source")), url=_str(obj.get("url")),
                               title=clean_line(_str(obj.get("title")))))
    except InputError as exc:
        return Item(origin=origin, error=f"{origin}: {exc}", empty=isinstance(exc, EmptyInputError))


def _str(value) -> str | None:
    return value.strip() or None if isinstance(value, str) else None


def _record_item(record: dict, origin: str, source=None, url=None, title=None) -> Item:
    if not isinstance(record.get("text"), str) or not record["text"]:
        return Item(origin=origin, error=f"{origin}: a record without text")
    meta = record.get("meta") or {}
    return Item(origin=origin, record=record, source=_str(source) or meta.get("site"),
                url=_str(url) or meta.get("url"), title=_str(title) or meta.get("title"))


def _saudinewsnet_item(obj: dict, origin: str, default_id: str, options: ReadOptions) -> Item:
    # The collection keeps its pages' escaping (&quot;, &#8220;): decoded here, once.
    title = clean_line(_str(obj.get("title"))) or ""
    content = clean_text(obj.get("content")) if isinstance(obj.get("content"), str) else ""
    body = content.strip()
    if not body:
        text = title
    elif not title or body.startswith(title):
        text = body
    else:
        text = f"{title}\n\n{body}"
    date = (obj.get("date_extracted") or "")[:10] if isinstance(obj.get("date_extracted"), str) else ""
    try:
        date = check_date(date, "date_extracted")
    except InputError:
        date = None
    if not text.strip():
        raise EmptyInputError("empty article: no title and no content")
    if options.max_bytes and len(text.encode("utf-8")) > options.max_bytes:
        raise InputError(f"article is over the limit of {options.max_bytes:,} bytes")
    # Already text (JSON strings): nothing to decode. Stray control characters that
    # legacy conversions left (U+001A) stay, as the collection has them.
    published, given = (date, "metadata") if date else (options.published, "given" if options.published else None)
    doc = Document(text, Metadata(id=default_id, published=published, published_source=given,
                                  title=title or None, author=_str(obj.get("author")), site=_str(obj.get("source")),
                                  url=_str(obj.get("url")), source_format="json"))
    return _with_meta(Item(origin=origin, document=doc))


def _json_items(data: bytes, origin: str, options: ReadOptions) -> Iterator[Item]:
    try:
        value = loads_json(data)
    except (json.JSONDecodeError, UnicodeDecodeError) as exc:
        yield Item(origin=origin, error=f"{origin}: not valid JSON ({getattr(exc, 'msg', exc)})")
        return
    stem = PurePosixPath(origin.split("!")[-1]).stem
    if isinstance(value, list):
        for i, obj in enumerate(value):
            yield _from_object(obj, f"{origin}#{i}", f"{stem}-{i:05d}", options)
    else:
        yield _from_object(value, origin, stem, options)


class _Recorder:
    """Lines of a stream that remember the last one handed out (read_jsonl yields right after reading it)."""

    def __init__(self, stream: Iterable[bytes]):
        self.stream = stream
        self.last = b""

    def __iter__(self):
        for raw in self.stream:
            self.last = raw
            yield raw


def _jsonl_items(stream: IO[bytes], origin: str, options: ReadOptions) -> Iterator[Item]:
    lines = _Recorder(stream)
    for number, found in read_jsonl(lines, max_bytes=options.max_bytes):
        where = f"{origin}:{number}"
        try:
            obj = loads_json(lines.last)
        except (json.JSONDecodeError, UnicodeDecodeError):
            obj = None
        # The shapes read_jsonl does not know (records, SaudiNewsNet lines) are ours to read.
        if isinstance(obj, dict) and (obj.get("schema") == SCHEMA
                                      or ("content" in obj and "text" not in obj and "html" not in obj)):
            yield _from_object(obj, where, f"line-{number}", options)
            continue
        if isinstance(found, InputError):
            yield Item(origin=where, error=f"{origin}: {found}", empty=isinstance(found, EmptyInputError))
            continue
        if options.published and not found.meta.published:
            found = found.with_meta(published=options.published, published_source="given")
        obj = obj if isinstance(obj, dict) else {}
        yield _with_meta(Item(origin=where, document=found, source=_str(obj.get("source")), url=_str(obj.get("url")),
                              title=clean_line(_str(obj.get("title")))))


def _zip_items(path: Path, options: ReadOptions) -> Iterator[Item]:
    with zipfile.ZipFile(path) as archive:
        members = sorted((info for info in archive.infolist()
                          if not info.is_dir() and not info.filename.startswith("__MACOSX/")
                          and PurePosixPath(info.filename).suffix.lower() in KNOWN_SUFFIXES),
                         key=lambda info: info.filename)
        for info in members:
            origin = f"{path}!{info.filename}"
            suffix = PurePosixPath(info.filename).suffix.lower()
            if suffix in (".zip", ".parquet"):
                yield Item(origin=origin, error=f"{origin}: archives and shards inside a zip are not read")
                continue
            if suffix in ARTICLE_SUFFIXES and options.max_bytes and info.file_size > options.max_bytes:
                yield Item(origin=origin, error=f"{origin}: {info.file_size:,} bytes, over the limit of "
                                                f"{options.max_bytes:,}")
                continue
            data = archive.read(info)
            if suffix == ".json":
                yield from _json_items(data, origin, options)
            elif suffix in JSONL_SUFFIXES:
                yield from _jsonl_items(io.BytesIO(data), origin, options)
            else:
                try:
                    doc = document_from_bytes(data, name=origin, doc_id=PurePosixPath(info.filename).stem,
                                              published=options.published, max_bytes=options.max_bytes,
                                              html=options.html)
                    yield _with_meta(Item(origin=origin, document=doc))
                except InputError as exc:
                    yield Item(origin=origin, error=f"{origin}: {exc}", empty=isinstance(exc, EmptyInputError))


def _parquet_items(path: Path) -> Iterator[Item]:
    """Rows of a `marsad batch` shard: the record (JSON) with the outlet, URL and title."""
    import pyarrow.parquet as pq
    shard = pq.ParquetFile(path)
    names = set(shard.schema_arrow.names)
    if "record" not in names:
        yield Item(origin=str(path), error=f"{path}: not a marsad shard (no 'record' column)")
        return
    columns = [c for c in ("record", "source", "url", "title") if c in names]
    row = 0
    for batch in shard.iter_batches(columns=columns, batch_size=256):
        data = batch.to_pydict()
        for i, raw in enumerate(data["record"]):
            origin = f"{path}#{row}"
            row += 1
            try:
                record = json.loads(raw)
            except (json.JSONDecodeError, TypeError) as exc:
                yield Item(origin=origin, error=f"{origin}: record is not valid JSON ({exc})")
                continue
            yield _record_item(record, origin, *(data.get(c, [None] * (i + 1))[i] for c in ("source", "url", "title")))


def count_items(paths: Iterable[str | Path]) -> int:
    """How many items `iter_items` will yield, read cheaply (for a progress bar's total)."""
    total = 0
    for path in paths:
        path = Path(path)
        if path.is_dir():
            total += count_items(sorted(p for p in path.rglob("*") if p.is_file() and p.suffix.lower() in KNOWN_SUFFIXES
                                        and not any(part.startswith(".") for part in p.relative_to(path).parts)))
            continue
        try:
            total += _count_file(path)
        except (OSError, ValueError, zipfile.BadZipFile):
            total += 1                                   # iter_items reports it as one error item
    return total


def _count_file(path: Path) -> int:
    suffix = path.suffix.lower()
    if suffix == ".zip":
        n = 0
        with zipfile.ZipFile(path) as archive:
            for info in archive.infolist():
                name = PurePosixPath(info.filename)
                if info.is_dir() or info.filename.startswith("__MACOSX/") or name.suffix.lower() not in KNOWN_SUFFIXES:
                    continue
                data = archive.read(info) if name.suffix.lower() in (".json",) + JSONL_SUFFIXES else b""
                n += _count_json(data, name.suffix.lower()) if data else 1
        return n
    if suffix in JSONL_SUFFIXES or suffix == ".json":
        return _count_json(path.read_bytes(), suffix)
    if suffix == ".parquet":
        import pyarrow.parquet as pq
        return pq.ParquetFile(path).metadata.num_rows
    return 1


def _count_json(data: bytes, suffix: str) -> int:
    if suffix in JSONL_SUFFIXES:
        return sum(1 for line in data.splitlines() if line.strip())
    try:
        value = json.loads(data)
    except (json.JSONDecodeError, UnicodeDecodeError):
        return 1
    return len(value) if isinstance(value, list) else 1
