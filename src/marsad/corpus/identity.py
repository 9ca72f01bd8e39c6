"""The identity of an article in a corpus: its text at its address."""
from __future__ import annotations

import hashlib


def content_hash(text: str, url: str | None = None) -> str:
    """The identity of an article: its text at its address.

    The same text at the same URL (or without one) is stored once however often
    it is ingested; the same wire copy at two outlets' URLs is two articles (of one story)."""
    h = hashlib.sha256()
    h.update((url or "").encode("utf-8"))
    h.update(b"\x00")
    h.update(text.encode("utf-8"))
    return h.hexdigest()
