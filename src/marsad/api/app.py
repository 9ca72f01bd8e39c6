"""The web application: the JSON API (this package) and the Arabic pages (`marsad.web`).

    from marsad.api import create_app
    app = create_app("marsad.db")                       # read-only corpus
    app = create_app("marsad.db", write_token="...")    # POST /documents stores articles

Limits: request bodies over `max_body_bytes` get 413, bodies not all received within
`body_timeout` seconds 408; each client address
gets `rate` requests a second on average with bursts of `burst` (429 beyond;
`rate=None` turns the limit off); a JSON body nested deeper than `max_json_depth`, or holding an
unpaired surrogate, gets 422. Every response carries nosniff and a Content-Security-Policy
(`headers.py`); every error has the shape of `errors.py`.
"""
from __future__ import annotations

import os
from contextlib import asynccontextmanager

from fastapi import FastAPI
from fastapi.staticfiles import StaticFiles

from .. import __version__
from ..input.decode import DEFAULT_MAX_BYTES
from . import errors, schema
from ..run import Options
from .corpus import Corpus, NoCorpus
from .headers import SecurityHeaders
from .jsonguard import DEFAULT_MAX_DEPTH, JsonGuard
from .workers import DEFAULT_TIME_LIMIT, DEFAULT_WORKERS, Analyser
from .limits import DEFAULT_BODY_TIMEOUT, DEFAULT_BURST, DEFAULT_MAX_BODY, DEFAULT_RATE, BodyLimit, RateLimit, TokenBuckets

DESCRIPTION = """\
marsad (مرصد) reads Arabic news articles into auditable records: who is named, who said what
(quotes with speakers, claims with source and stance), when and how many — every finding pointing at
characters of the original text. `POST /analyze` analyses one article; the other routes read the stored
corpus. Every error is `{"error": {"status", "code", "message"}}`. The Arabic web pages live under `/ui/`.

Lists (`/documents`, `/search`, `/entities`, `/quotes`, `/claims`, `/claims/groups`, `/stories`) answer
`total` (over the whole list), `limit`, `offset` and `next` (the path of the next page, null on the
last); `limit` is at most 100 for documents and search hits, 500 for the others. Quotes and claims
come newest first (`sort=oldest` reverses), with copies of one story as one item (`collapse=false`
lists every stored copy). Outlets are named by their code (`outlet`); `/sources` gives their Arabic names.
"""


def create_app(db_path: str | os.PathLike | None = None, write_token: str | None = None, *,
               max_body_bytes: int = DEFAULT_MAX_BODY, max_article_bytes: int = DEFAULT_MAX_BYTES,
               rate: float | None = DEFAULT_RATE, burst: int = DEFAULT_BURST,
               body_timeout: float | None = DEFAULT_BODY_TIMEOUT, max_json_depth: int = DEFAULT_MAX_DEPTH, analysis_workers: int = DEFAULT_WORKERS,
               analysis_time_limit: float = DEFAULT_TIME_LIMIT, options: Options | None = None) -> FastAPI:
    """The application. With `write_token` the store opens writable (created if absent) and
    POST /documents accepts requests bearing that token; otherwise the store opens read-only.
    `options` are the analysis options of the run path (`ner_model`, a default `published`, `html`
    for raw bodies without a Content-Type, and `max_bytes`, which then replaces `max_article_bytes`).
    Articles are analysed in `analysis_workers` processes (`workers.py`), each under
    `analysis_time_limit` seconds (503 beyond)."""
    if write_token is not None and not write_token.strip():
        raise ValueError("the write token must not be empty")
    corpus = Corpus(db_path, writable=write_token is not None) if db_path is not None else NoCorpus()

    @asynccontextmanager
    async def lifespan(app: FastAPI):
        yield
        analyser.close()
        corpus.close()

    # No Swagger/ReDoc pages: they load their assets from a CDN. The schema is at /openapi.json.
    app = FastAPI(title="marsad", version=__version__, description=DESCRIPTION, lifespan=lifespan,
                  docs_url=None, redoc_url=None)
    app.state.corpus = corpus
    app.state.write_token = write_token
    app.state.max_article_bytes = options.max_bytes if options is not None else max_article_bytes
    app.state.analyser = analyser = Analyser(analysis_workers, options, analysis_time_limit)
    errors.install(app)

    from ..web.pages import STATIC_DIR, router as pages
    from ..web.monitor import router as monitor_pages
    from .monitor import router as monitor
    from .routes import router as api
    app.include_router(api)
    app.include_router(monitor)
    app.include_router(pages)
    app.include_router(monitor_pages)
    schema.install(app)
    app.mount("/static", StaticFiles(directory=STATIC_DIR), name="static")

    # Added innermost first: security headers on everything, the rate limit answers before a body
    # is read, the size limit bounds what the JSON guard reads.
    app.add_middleware(JsonGuard, max_depth=max_json_depth)
    app.add_middleware(BodyLimit, max_bytes=max_body_bytes, timeout=body_timeout)
    app.add_middleware(RateLimit, buckets=TokenBuckets(rate, burst) if rate else None)
    app.add_middleware(SecurityHeaders)
    return app
