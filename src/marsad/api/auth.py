"""The write token: who may change the corpus over HTTP (routes and monitor both check it)."""
from __future__ import annotations

import hmac

from fastapi import Request

from .errors import ApiError


def check_write_token(request: Request) -> None:
    token = request.app.state.write_token
    if not token:
        raise ApiError(403, "writes_disabled", "this server is read-only (start it with --write-token to store articles)")
    given = request.headers.get("authorization", "")
    scheme, _, value = given.partition(" ")
    if scheme.lower() != "bearer" or not value.strip():
        raise ApiError(401, "unauthorized", "send the write token as 'Authorization: Bearer TOKEN'",
                       {"WWW-Authenticate": "Bearer"})
    if not hmac.compare_digest(value.strip().encode(), token.encode()):
        raise ApiError(403, "forbidden", "wrong write token")
