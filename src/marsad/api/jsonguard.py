"""JSON bodies checked before any route parses them: nesting depth and unpaired surrogates.

`json.loads` recurses once per `[` or `{`: a body of 100,000 `[` (200 KB, well under the size
limit) raises RecursionError in the parser. And JSON may escape a lone UTF-16 surrogate
(`"\\ud800"`), which Python reads into a string that no encoder (UTF-8, SQLite) accepts.
`JsonGuard` reads a JSON body (any body FastAPI would parse as JSON: application/json,
application/*+json, or no Content-Type) and answers 422 for either, then hands the body on
unchanged. Bodies are already bounded by `BodyLimit`, which sits outside this middleware.
"""
from __future__ import annotations

import json
import re

from starlette.exceptions import HTTPException

from .errors import CODES, error_response

DEFAULT_MAX_DEPTH = 100          # a marsad record nests about 6 deep

_SPECIAL = re.compile(rb'["\[\]{}]')
_STRING_REST = re.compile(rb'(?:[^"\\]++|\\.)*+', re.S)   # possessive: linear, no backtracking
_SURROGATE_ESCAPE = re.compile(rb'\\u[dD][89a-fA-F]')
_SURROGATE = re.compile("[\ud800-\udfff]")


def too_deep(body: bytes, limit: int) -> bool:
    """Whether `body`, read as JSON, nests deeper than `limit` (brackets outside strings). Linear."""
    if body.count(b"[") + body.count(b"{") <= limit:
        return False
    depth = 0
    pos = 0
    while True:
        m = _SPECIAL.search(body, pos)
        if m is None:
            return False
        c = body[m.start()]
        pos = m.end()
        if c == 0x22:                                   # '"': skip the string
            pos = _STRING_REST.match(body, pos).end() + 1
        elif c in (0x5B, 0x7B):                         # '[' '{'
            depth += 1
            if depth > limit:
                return True
        else:
            depth = max(0, depth - 1)


def lone_surrogate(body: bytes) -> str | None:
    """Where the JSON `body` holds an unpaired surrogate (a field path such as `text` or
    `record.title`), None when it holds none or is not JSON (the route reports that)."""
    if not _SURROGATE_ESCAPE.search(body):
        return None
    try:
        item = json.loads(body)
    except (ValueError, UnicodeDecodeError):
        return None
    return _find(item, "")


def _find(item, where: str) -> str | None:
    if isinstance(item, str):
        return (where or "body") if _SURROGATE.search(item) else None
    if isinstance(item, dict):
        pairs = item.items()
    elif isinstance(item, list):
        pairs = ((str(i), v) for i, v in enumerate(item))
    else:
        return None
    for key, value in pairs:
        if _SURROGATE.search(key):
            return where or "body"
        found = _find(value, f"{where}.{key}" if where else key)
        if found:
            return found
    return None


def _is_json(scope) -> bool:
    for key, value in scope.get("headers", ()):
        if key.lower() == b"content-type":
            kind = value.split(b";")[0].strip().lower()
            return kind == b"application/json" or (kind.startswith(b"application/") and kind.endswith(b"+json"))
    return True            # FastAPI parses a body without a Content-Type as JSON for JSON parameters


class JsonGuard:
    def __init__(self, app, max_depth: int = DEFAULT_MAX_DEPTH):
        self.app, self.max_depth = app, max_depth

    async def __call__(self, scope, receive, send):
        if scope["type"] != "http" or scope.get("method") in ("GET", "HEAD", "OPTIONS") or not _is_json(scope):
            return await self.app(scope, receive, send)
        chunks, more = [], True
        while more:
            try:
                message = await receive()
            except HTTPException as exc:                 # over the size limit, or too slow (BodyLimit)
                response = error_response(scope["path"], exc.status_code, CODES.get(exc.status_code, "error"),
                                          exc.detail, dict(exc.headers or {}), scope.get("method", "POST"))
                return await response(scope, receive, send)
            if message["type"] != "http.request":        # the client went away
                return await self.app(scope, _replay([message], receive), send)
            chunks.append(message.get("body", b""))
            more = message.get("more_body", False)
        body = b"".join(chunks)
        if too_deep(body, self.max_depth):
            response = error_response(scope["path"], 422, "too_deep",
                                      f"the JSON body nests deeper than {self.max_depth} levels",
                                      {"Connection": "close"}, scope.get("method", "POST"))
            return await response(scope, receive, send)
        where = lone_surrogate(body)
        if where is not None:
            response = error_response(scope["path"], 422, "invalid_input",
                                      f"'{where}' holds an unpaired UTF-16 surrogate (an escape such as \\ud800 "
                                      f"without its pair): not valid Unicode text", None, scope.get("method", "POST"))
            return await response(scope, receive, send)
        return await self.app(scope, _replay([{"type": "http.request", "body": body, "more_body": False}], receive),
                              send)


def _replay(messages: list, receive):
    async def replayed():
        if messages:
            return messages.pop(0)
        return await receive()
    return replayed
