"""The answers every operation may give because of the server's limits, added to the OpenAPI schema.

The limits are middleware (`limits.py`, `jsonguard.py`), outside any route: any operation may
get 429 (rate limit), and any that takes a body 408 (body too slow), 413 (too large) and 422
(not JSON, nested too deep, an unpaired surrogate). The schema lists them on every operation
concerned, so that it says what the server does."""
from __future__ import annotations

from fastapi import FastAPI

_ERROR = {"application/json": {"schema": {"$ref": "#/components/schemas/ErrorResponse"}}}
_EVERY = {"429": "rate limit reached (see Retry-After)"}
_WITH_BODY = {"408": "request body not received in time", "413": "request body over the size limit",
              "422": "invalid input"}


def install(app: FastAPI) -> None:
    generate = app.openapi          # FastAPI's own, which caches in app.openapi_schema

    def openapi() -> dict:
        if app.openapi_schema is None:
            schema = generate()
            for operations in schema.get("paths", {}).values():
                for method, operation in operations.items():
                    extra = {**_EVERY, **(_WITH_BODY if method in ("post", "put", "patch") else {})}
                    responses = operation.setdefault("responses", {})
                    for status, text in extra.items():
                        responses.setdefault(status, {"description": text, "content": _ERROR})
            app.openapi_schema = schema
        return app.openapi_schema

    app.openapi = openapi
