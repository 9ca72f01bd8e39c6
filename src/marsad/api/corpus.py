"""The stored corpus as the server sees it: one `marsad.store.Store`, called from a few worker threads.

The store gives each thread its own SQLite connection (WAL: readers do not wait
for a writer), so its calls run on a small pool of threads of our own, off the
event loop; the same threads are reused, so connections are too.
"""
from __future__ import annotations

import asyncio
import os
from concurrent.futures import ThreadPoolExecutor
from functools import partial
from pathlib import Path

from .errors import ApiError


class Corpus:
    def __init__(self, path: str | os.PathLike, *, writable: bool = False, threads: int = 4):
        self.path = Path(path)
        self.writable = writable
        if not writable and not self.path.exists():
            raise FileNotFoundError(f"{self.path}: no such corpus database (build one with `marsad ingest`, "
                                    f"or start with a write token to create it)")
        self._pool = ThreadPoolExecutor(max_workers=threads, thread_name_prefix="marsad-store")
        self._store = self._pool.submit(self._open).result()

    def _open(self):
        from ..store import Store
        return Store(str(self.path), readonly=not self.writable)

    async def call(self, method: str, *args, **kwargs):
        loop = asyncio.get_running_loop()
        return await loop.run_in_executor(self._pool, partial(getattr(self._store, method), *args, **kwargs))

    def call_sync(self, method: str, *args, **kwargs):
        return self._pool.submit(partial(getattr(self._store, method), *args, **kwargs)).result()

    async def apply(self, fn, *args, **kwargs):
        """`fn(store, *args, **kwargs)` on the store's threads (for modules that work on a store: alerts, watch)."""
        loop = asyncio.get_running_loop()
        return await loop.run_in_executor(self._pool, partial(fn, self._store, *args, **kwargs))

    def close(self) -> None:
        try:
            self._pool.submit(self._store.close).result()
        finally:
            self._pool.shutdown(wait=True)


class NoCorpus:
    """Stands in when the server runs without a database: corpus routes answer 404 with the reason."""

    writable = False
    path = None

    async def call(self, method: str, *args, **kwargs):
        raise ApiError(404, "no_corpus", "this server has no corpus database (start it with --db PATH)")

    def call_sync(self, method: str, *args, **kwargs):
        raise ApiError(404, "no_corpus", "this server has no corpus database (start it with --db PATH)")

    async def apply(self, fn, *args, **kwargs):
        raise ApiError(404, "no_corpus", "this server has no corpus database (start it with --db PATH)")

    def close(self) -> None:
        pass
