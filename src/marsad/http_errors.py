"""The errors the JSON API and the web pages raise on purpose, shared by both.

`marsad.api` (the application, which mounts the pages) and `marsad.web` (the pages) both
raise these and the application's handlers (`api/errors.py`) render them, as JSON or as a
page; living here, neither package imports the other's modules for them.
"""
from __future__ import annotations


class ApiError(Exception):
    """An error the API reports on purpose."""

    def __init__(self, status: int, code: str, message: str, headers: dict[str, str] | None = None):
        super().__init__(message)
        self.status, self.code, self.message, self.headers = status, code, message, headers or {}


def numeric_id(value: str, what: str) -> int:
    """Stored documents and stories have integer ids; anything else names nothing (404)."""
    if not (value.isascii() and value.isdigit() and len(value) <= 18):
        raise ApiError(404, "not_found", f"no {what} with that id ({what} ids are numbers)")
    return int(value)
