"""One error shape for every failure: `{"error": {"status", "code", "message"}}`.

API paths answer with that JSON; the web pages (under /ui) answer with an HTML
page carrying the same status, code and message. Unexpected exceptions become a
500 in the same shape, without a traceback.
"""
from __future__ import annotations

import logging
from http import HTTPStatus

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse, Response
from pydantic import BaseModel
from starlette.exceptions import HTTPException as StarletteHTTPException

from ..errors import InputError
from ..http_errors import ApiError

__all__ = ["ApiError", "ErrorResponse", "error_payload", "error_response", "install"]

log = logging.getLogger("marsad.api")

UI_PREFIX = "/ui"

# Codes by status for errors raised without one of their own (404 from routing ...).
CODES = {400: "bad_request", 401: "unauthorized", 403: "forbidden", 404: "not_found", 405: "method_not_allowed",
          406: "not_acceptable", 408: "timeout", 413: "too_large", 415: "unsupported_media_type", 422: "invalid_input",
          429: "rate_limited", 500: "internal_error", 503: "unavailable"}


class ErrorBody(BaseModel):
    status: int
    code: str
    message: str


class ErrorResponse(BaseModel):
    """The shape of every error response."""

    error: ErrorBody


def error_payload(status: int, code: str, message: str) -> dict:
    return {"error": {"status": status, "code": code, "message": message}}


def error_response(request_path: str, status: int, code: str, message: str,
                   headers: dict[str, str] | None = None, method: str = "GET") -> Response:
    if request_path == "/" or request_path == UI_PREFIX or request_path.startswith(UI_PREFIX + "/"):
        from ..web.pages import error_page
        return error_page(status, code, message, headers=headers)
    return JSONResponse(error_payload(status, code, message), status_code=status, headers=headers)


def _status_message(status: int) -> str:
    try:
        return HTTPStatus(status).phrase
    except ValueError:
        return "error"


def install(app: FastAPI) -> None:
    @app.exception_handler(ApiError)
    async def _api_error(request: Request, exc: ApiError):
        return error_response(request.url.path, exc.status, exc.code, exc.message, exc.headers, request.method)

    @app.exception_handler(InputError)
    async def _input_error(request: Request, exc: InputError):
        return error_response(request.url.path, 422, "invalid_input", str(exc), method=request.method)

    @app.exception_handler(StarletteHTTPException)
    async def _http_error(request: Request, exc: StarletteHTTPException):
        status = exc.status_code
        detail = exc.detail if isinstance(exc.detail, str) and exc.detail != _status_message(status) else None
        # The path is not echoed back: an error body never repeats what the client chose to send.
        if status == 404 and detail is None:
            message = "no such resource (the API's paths are listed in /openapi.json)"
        elif status == 405 and detail is None:
            allowed = (exc.headers or {}).get("Allow")
            message = f"method {request.method[:20]} is not allowed here" + (f" (allowed: {allowed})" if allowed else "")
        else:
            message = detail or _status_message(status)
        return error_response(request.url.path, status, CODES.get(status, "error"), message,
                              dict(exc.headers or {}), request.method)

    @app.exception_handler(RequestValidationError)
    async def _validation_error(request: Request, exc: RequestValidationError):
        return error_response(request.url.path, 422, "invalid_input", _validation_message(exc), method=request.method)

    @app.exception_handler(Exception)
    async def _internal_error(request: Request, exc: Exception):
        log.exception("internal error on %s %s", request.method, request.url.path)
        return error_response(request.url.path, 500, "internal_error",
                              f"internal error ({type(exc).__name__}); the server log has the details",
                              method=request.method)


def _validation_message(exc: RequestValidationError) -> str:
    parts = []
    for err in exc.errors()[:5]:
        where = ".".join(str(x) for x in err.get("loc", ()) if x not in ("body",)) or "request"
        parts.append(f"{where}: {err.get('msg', 'invalid')}")
    return "; ".join(parts) or "invalid request"
