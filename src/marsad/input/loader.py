"""Files, standard input and JSONL lines to `Document`s.

Every failure is an `InputError` with a one-line message naming the problem;
`read_jsonl` turns a bad line into an error item and goes on with the next one.
"""
from __future__ import annotations

import datetime
import json
import os
import re
import stat
import sys
from pathlib import Path
from typing import IO, Iterator

from ..document import Document, Metadata
from ..errors import InputError
from .clean import clean_line, clean_text
from .decode import DEFAULT_MAX_BYTES, check_size, decode_bytes
from .html import extract_html, looks_like_html
from .surrogates import loads_json, replace_surrogates

_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
# A date in an article's address: /2015/08/10/, /2015-08-10-slug, _2015_8_1.
_URL_DATE = re.compile(r"(?<![0-9])((?:19|20)[0-9]{2})([/_-])([01]?[0-9])\2([0-3]?[0-9])(?![0-9])")


def url_date(url: str | None) -> str | None:
    """The publication date an article's URL carries (`.../2015/08/10/...`), if any."""
    if not url:
        return None
    from urllib.parse import urlsplit
    try:
        path = urlsplit(url).path
    except ValueError:
        return None
    for m in _URL_DATE.finditer(path):
        try:
            return datetime.date(int(m.group(1)), int(m.group(3)), int(m.group(4))).isoformat()
        except ValueError:
            continue
    return None


def check_date(value: str | None, what: str = "published") -> str | None:
    if value is None or value == "":
        return None
    if not isinstance(value, str) or not _DATE.match(value):
        raise InputError(f"{what} must be a date as YYYY-MM-DD, got {value!r}")
    try:
        datetime.date.fromisoformat(value)
    except ValueError:
        raise InputError(f"{what} is not a calendar date: {value!r}") from None
    return value


def document_from_bytes(data: bytes, *, name: str | None = None, doc_id: str | None = None,
                        published: str | None = None, max_bytes: int | None = DEFAULT_MAX_BYTES,
                        html: bool | None = None) -> Document:
    """One article from raw bytes: HTML through trafilatura, anything else as text."""
    check_size(len(data), max_bytes)
    published = check_date(published)
    given = "given" if published else None
    if html is None:
        html = looks_like_html(data, name)
    if html:
        page = extract_html(data)
        # The date in the article's own address beats a page-wide metadata date (a site's
        # generic <meta> date, 2013-01-01, on every page).
        metadata_date = url_date(page.url) or (page.date if page.date and _DATE.match(page.date[:10]) else None)
        meta = Metadata(id=doc_id, published=published or (metadata_date[:10] if metadata_date else None),
                        published_source=given or ("metadata" if metadata_date else None),
                        title=clean_line(page.title), author=page.author, site=page.site, url=page.url,
                        source_format="html", path=name)
        return Document(page.text, meta)
    decoded = decode_bytes(data, max_bytes)
    return Document(decoded.text, Metadata(id=doc_id, published=published, published_source=given,
                                           source_format="text", encoding=decoded.encoding, path=name))


def load_path(path: str, *, published: str | None = None, max_bytes: int | None = DEFAULT_MAX_BYTES,
              html: bool | None = None) -> Document:
    """One article from a file path, or from standard input for `-`."""
    if path == "-":
        data = sys.stdin.buffer.read() if max_bytes is None else sys.stdin.buffer.read(max_bytes + 1)
        return document_from_bytes(data, name=None, doc_id="stdin", published=published,
                                   max_bytes=max_bytes, html=html)
    data = read_bytes(path, max_bytes)
    return document_from_bytes(data, name=str(path), doc_id=Path(path).stem, published=published,
                               max_bytes=max_bytes, html=html)


def read_bytes(path: str, max_bytes: int | None) -> bytes:
    """A file's bytes; a FIFO, a process substitution (`<(cat f)`) or `/dev/stdin` is read as a
    stream up to `max_bytes` (its size is not known before it is read)."""
    if Path(path).is_dir():
        raise InputError(f"{path}: is a directory, not a file")
    try:
        with open(path, "rb") as fh:
            info = os.fstat(fh.fileno())
            if stat.S_ISREG(info.st_mode):
                check_size(info.st_size, max_bytes)
                return fh.read()
            data = fh.read() if max_bytes is None else fh.read(max_bytes + 1)
            if max_bytes is not None and len(data) > max_bytes:
                raise InputError(f"input is over the limit of {max_bytes:,} bytes (raise it with --max-bytes)")
            check_size(len(data), max_bytes)
            return data
    except InputError as exc:
        raise InputError(f"{path}: {exc}") from None
    except OSError as exc:
        raise _os_error(path, exc) from None


def _os_error(path: str, exc: OSError) -> InputError:
    if isinstance(exc, FileNotFoundError):
        return InputError(f"{path}: no such file")
    if isinstance(exc, PermissionError):
        return InputError(f"{path}: permission denied")
    if isinstance(exc, IsADirectoryError):
        return InputError(f"{path}: is a directory, not a file")
    return InputError(f"{path}: cannot read ({exc.strerror or exc})")


def open_lines(path: str) -> IO[bytes]:
    if path == "-":
        return sys.stdin.buffer
    if Path(path).is_dir():
        raise InputError(f"{path}: is a directory, not a file")
    try:
        return open(path, "rb")
    except OSError as exc:          # missing, unreadable, a symlink loop (ELOOP) ...
        raise _os_error(path, exc) from None


def read_jsonl(stream: IO[bytes], *, max_bytes: int | None = DEFAULT_MAX_BYTES
               ) -> Iterator[tuple[int, Document | InputError]]:
    """`(line number, document or error)` for each non-blank line, one at a time.

    A line is `{"id": ..., "text": ..., "published"?: ..., "html"?: ...}`; `html`
    may hold a page instead of `text`."""
    for number, raw in enumerate(stream, 1):
        if not raw.strip():
            continue
        try:
            yield number, _document_from_line(raw, number, max_bytes)
        except InputError as exc:
            yield number, exc


def _document_from_line(raw: bytes, number: int, max_bytes: int | None) -> Document:
    try:
        item = loads_json(raw)
    except (json.JSONDecodeError, UnicodeDecodeError) as exc:
        raise InputError(f"line {number}: not valid JSON ({getattr(exc, 'msg', exc)})") from None
    try:
        doc_id, data, html, published = item_fields(item, f"line-{number}")
    except InputError as exc:
        raise InputError(f"line {number}: {exc}") from None
    try:
        return document_from_bytes(data, doc_id=doc_id, published=published, max_bytes=max_bytes, html=html)
    except InputError as exc:
        raise type(exc)(f"line {number} ({doc_id}): {exc}") from None


def item_fields(item, default_id: str | None = None) -> tuple[str | None, bytes, bool, str | None]:
    """(id, bytes, is HTML, published) of a `{"id", "text" | "html", "published"?}` object."""
    if not isinstance(item, dict):
        raise InputError(f"expected a JSON object, got {type(item).__name__}")
    doc_id = item.get("id")
    doc_id = replace_surrogates(str(doc_id)) if doc_id is not None else default_id
    text, page = item.get("text"), item.get("html")
    if page is not None and text is None:
        if not isinstance(page, str):
            raise InputError("'html' must be a string")
        return doc_id, replace_surrogates(page).encode("utf-8"), True, item.get("published")
    if isinstance(text, str):
        # a collection's escaping (&quot; ...), decoded once; a lone surrogate (legal in JSON) is U+FFFD
        return doc_id, replace_surrogates(clean_text(text)).encode("utf-8"), False, item.get("published")
    raise InputError("needs a string 'text' (or 'html') field")


def document_from_item(item, *, max_bytes: int | None = DEFAULT_MAX_BYTES) -> Document:
    """One article from a `{"id", "text" | "html", "published"?}` object (a JSONL line, an API body)."""
    doc_id, data, html, published = item_fields(item)
    try:
        return document_from_bytes(data, doc_id=doc_id, published=published, max_bytes=max_bytes, html=html)
    except InputError as exc:
        raise type(exc)(f"{doc_id}: {exc}" if doc_id else str(exc)) from None
