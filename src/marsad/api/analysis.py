"""An article posted over HTTP to a document record.

The body may be JSON (`{"text": ...}` or `{"html": ...}`, with `published` and
`id`), plain text, or an HTML page; raw bodies go through the same decoding as
files (`marsad.input.loader.document_from_bytes`), so a legacy Arabic encoding
or a full web page works as it does on the command line.
"""
from __future__ import annotations

import json
from dataclasses import dataclass, field
from typing import Any

from fastapi import Request

from ..document import Document
from ..errors import InputError
from ..input.decode import DEFAULT_MAX_BYTES
from ..input.loader import document_from_bytes
from .errors import ApiError

_HTML_TYPES = {"text/html", "application/xhtml+xml"}
_TEXT_TYPES = {"text/plain"}
_JSON_TYPES = {"application/json"}

# A calendar date YYYY-MM-DD (years 0001-9999, February 29 in leap years only), as the server checks
# it (`input.loader.check_date`): the schema refuses 0000-00-00 and 2023-02-29 too.
_YEAR = r"(?:\d{3}[1-9]|\d{2}[1-9]\d|\d[1-9]\d{2}|[1-9]\d{3})"
_LEAP = r"(?:\d{2}(?:0[48]|[2468][048]|[13579][26])|(?:0[48]|[2468][048]|[13579][26])00)"
DATE_PATTERN = (rf"^(?:{_YEAR}-(?:(?:0[1-9]|1[0-2])-(?:0[1-9]|1\d|2[0-8])|(?:0[13-9]|1[0-2])-(?:29|30)"
                rf"|(?:0[13578]|1[02])-31)|{_LEAP}-02-29)$")

# The request bodies POST /analyze and POST /documents accept, for the OpenAPI schema.
ARTICLE_FIELDS: dict[str, Any] = {
    "text": {"type": "string", "minLength": 1, "description": "the article as plain text"},
    "html": {"type": "string", "minLength": 1, "description": "the article as an HTML page (main text extracted)"},
    "published": {"type": "string", "pattern": DATE_PATTERN[:1] + "(?:" + DATE_PATTERN[1:-1] + ")?$",
                  "description": "publication date YYYY-MM-DD (a calendar date; empty: none); relative "
                                 "dates resolve against it"},
    "id": {"type": "string", "maxLength": 200, "description": "your id for the article, echoed in the record"},
}


def article_body_schema(extra: dict[str, Any] | None = None, *, record: bool = False) -> dict:
    props = dict(ARTICLE_FIELDS)
    props.update(extra or {})
    one_of = [{"required": ["text"]}, {"required": ["html"]}]
    if record:
        props["record"] = {"type": "object", "description": "an already analysed record (schema marsad.document/1)"}
        one_of.append({"required": ["record"]})
    return {
        "required": True,
        "content": {
            "application/json": {"schema": {"type": "object", "properties": props, "additionalProperties": False,
                                            "anyOf": one_of}},
            "text/plain": {"schema": {"type": "string", "minLength": 1}},
            "text/html": {"schema": {"type": "string", "minLength": 1}},
        },
    }


@dataclass
class Posted:
    doc: Document | None
    fields: dict[str, Any] = field(default_factory=dict)   # the JSON object's other fields
    record: dict | None = None                             # an already analysed record


def media_type(request: Request) -> str:
    return (request.headers.get("content-type") or "").split(";")[0].strip().lower()


async def read_posted(request: Request, *, published: str | None = None, doc_id: str | None = None,
                      max_bytes: int | None = DEFAULT_MAX_BYTES, allow_record: bool = False,
                      allowed_fields: tuple[str, ...] = (), html: bool | None = None) -> Posted:
    """The posted article; `html` says what a raw body without a Content-Type is (None: detect)."""
    kind = media_type(request)
    body = await request.body()
    if not body:
        raise ApiError(422, "invalid_input", "empty body: send the article as text, HTML or JSON")
    if kind in _JSON_TYPES:
        return _from_json(body, max_bytes, allow_record, allowed_fields)
    if kind in _TEXT_TYPES or kind in _HTML_TYPES or kind == "":
        html = True if kind in _HTML_TYPES else (False if kind in _TEXT_TYPES else html)
        return Posted(document_from_bytes(body, doc_id=doc_id, published=published, max_bytes=max_bytes, html=html))
    raise ApiError(415, "unsupported_media_type",
                   f"cannot read a body of type {kind!r}: send application/json, text/plain or text/html")


def _from_json(body: bytes, max_bytes: int | None, allow_record: bool, allowed_fields: tuple[str, ...]) -> Posted:
    try:
        item = json.loads(body)
    except (json.JSONDecodeError, UnicodeDecodeError) as exc:
        raise ApiError(422, "invalid_input", f"body is not valid JSON ({getattr(exc, 'msg', exc)})") from None
    if not isinstance(item, dict):
        raise ApiError(422, "invalid_input", f"body must be a JSON object, got {type(item).__name__}")
    known = set(ARTICLE_FIELDS) | set(allowed_fields) | ({"record"} if allow_record else set())
    unknown = sorted(set(item) - known)
    if unknown:
        raise ApiError(422, "invalid_input", f"unknown field(s): {', '.join(unknown)}")
    extra = {k: item[k] for k in allowed_fields if k in item}
    for k, v in extra.items():
        if v is not None and not isinstance(v, str):
            raise ApiError(422, "invalid_input", f"'{k}' must be a string")
    doc_id = item.get("id")
    if doc_id is not None and not isinstance(doc_id, str):
        raise ApiError(422, "invalid_input", "'id' must be a string")
    published = item.get("published")
    if published is not None and not isinstance(published, str):
        raise ApiError(422, "invalid_input", "'published' must be a date string YYYY-MM-DD")
    given = [k for k in ("text", "html", "record") if item.get(k) is not None]
    if len(given) != 1:
        wanted = "'text', 'html' or 'record'" if allow_record else "'text' or 'html'"
        raise ApiError(422, "invalid_input", f"give exactly one of {wanted}")
    if given[0] == "record":
        if not isinstance(item["record"], dict):
            raise ApiError(422, "invalid_input", "'record' must be a JSON object")
        return Posted(None, extra, item["record"])
    value = item[given[0]]
    if not isinstance(value, str):
        raise ApiError(422, "invalid_input", f"'{given[0]}' must be a string")
    try:
        raw = value.encode("utf-8")
    except UnicodeEncodeError as exc:          # a lone surrogate (JsonGuard refuses these before)
        raise ApiError(422, "invalid_input", f"'{given[0]}' is not valid Unicode text ({exc.reason})") from None
    doc = document_from_bytes(raw, doc_id=doc_id, published=published, max_bytes=max_bytes,
                              html=(given[0] == "html"))
    return Posted(doc, extra)


def check_record(record: dict) -> dict:
    """A posted record, read back to make sure every span fits its text."""
    from ..record import from_record
    try:
        from_record(record)
    except Exception as exc:  # untrusted input: any failure to read it back is the record's fault
        raise ApiError(422, "invalid_input", f"not a valid marsad.document/1 record: {type(exc).__name__}: {exc}")
    return record


__all__ = ["Posted", "article_body_schema", "check_record", "read_posted", "InputError"]
