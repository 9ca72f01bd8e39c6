"""`marsad serve`: the JSON API and the Arabic web pages over a corpus database."""
from __future__ import annotations

import os
import sys

from ..api.defaults import (DEFAULT_BODY_TIMEOUT, DEFAULT_BURST, DEFAULT_HEADER_TIMEOUT, DEFAULT_MAX_BODY,
                            DEFAULT_MAX_PER_CLIENT, DEFAULT_RATE, DEFAULT_TIME_LIMIT, DEFAULT_WORKERS)
from ..errors import InputError
from .options import add_analysis_options, analysis_options


def register(sub) -> None:
    p = sub.add_parser("serve", help="serve the API and the Arabic web pages over a corpus database",
                       description="Serve the JSON API (POST /analyze, GET /documents, /search, /entities/ID, "
                                   "/quotes, /claims, /stories/ID; schema at /openapi.json) and the Arabic "
                                   "web pages (/ui/) over a corpus database, opened read-only unless a write "
                                   "token is given.")
    p.add_argument("--db", default="marsad.db", metavar="PATH", help="the corpus database (default marsad.db)")
    p.add_argument("--host", default="127.0.0.1", help="address to listen on (default 127.0.0.1)")
    p.add_argument("--port", type=int, default=8000, help="port (default 8000)")
    p.add_argument("--write-token", metavar="TOKEN", default=None,
                   help="enable POST /documents for requests with 'Authorization: Bearer TOKEN' "
                        "(default: $MARSAD_WRITE_TOKEN; without one the database is opened read-only)")
    p.add_argument("--rate", type=float, default=DEFAULT_RATE, metavar="N",
                   help=f"requests a second per client address, on average (default {DEFAULT_RATE:g}; 0: no limit)")
    p.add_argument("--burst", type=int, default=DEFAULT_BURST, metavar="N",
                   help=f"requests a client may send at once (default {DEFAULT_BURST})")
    p.add_argument("--max-body", type=int, default=DEFAULT_MAX_BODY, metavar="BYTES",
                   help=f"largest request body (default {DEFAULT_MAX_BODY:,})")
    p.add_argument("--workers", type=int, default=DEFAULT_WORKERS, metavar="N",
                   help=f"analysis worker processes (default {DEFAULT_WORKERS}; each loads the models once)")
    p.add_argument("--analysis-timeout", type=float, default=DEFAULT_TIME_LIMIT, metavar="SECONDS",
                   help=f"longest analysis of one posted article; beyond it 503 and the worker is replaced "
                        f"(default {DEFAULT_TIME_LIMIT:g})")
    p.add_argument("--header-timeout", type=float, default=DEFAULT_HEADER_TIMEOUT, metavar="SECONDS",
                   help=f"time for a request's line and headers to arrive, else 408 and the connection closes "
                        f"(default {DEFAULT_HEADER_TIMEOUT:g})")
    p.add_argument("--body-timeout", type=float, default=DEFAULT_BODY_TIMEOUT, metavar="SECONDS",
                   help=f"time for a request's body to arrive, else 408 (default {DEFAULT_BODY_TIMEOUT:g})")
    p.add_argument("--max-connections", type=int, default=DEFAULT_MAX_PER_CLIENT, metavar="N",
                   help=f"open connections per client address; more get 429 (default {DEFAULT_MAX_PER_CLIENT})")
    p.add_argument("--no-db", action="store_true", help="serve without a corpus (POST /analyze and /ui/analyze only)")
    add_analysis_options(p, published_help="publication date for posted articles that carry none")
    p.set_defaults(run=run)


def run(args) -> int:
    import uvicorn

    from ..api import create_app
    token = args.write_token if args.write_token is not None else (os.environ.get("MARSAD_WRITE_TOKEN") or None)
    if token is not None and not token.strip():
        raise InputError("the write token must not be empty")
    if not 0 < args.port < 65536:
        raise InputError(f"--port must be 1..65535, got {args.port}")
    if args.burst < 1 or args.rate < 0 or args.max_body < 1:
        raise InputError("--rate must be >= 0, --burst and --max-body >= 1")
    if args.workers < 1 or args.max_connections < 1:
        raise InputError("--workers and --max-connections must be >= 1")
    if min(args.analysis_timeout, args.header_timeout, args.body_timeout) <= 0:
        raise InputError("--analysis-timeout, --header-timeout and --body-timeout must be positive")
    options = analysis_options(args)
    if options.ner_model:      # a model that cannot load fails here, in one line, before any worker starts
        from ..run import pipeline
        pipeline(options)
    try:
        app = create_app(None if args.no_db else args.db, write_token=token, rate=args.rate or None,
                         burst=args.burst, max_body_bytes=args.max_body, body_timeout=args.body_timeout,
                         analysis_workers=args.workers, analysis_time_limit=args.analysis_timeout, options=options)
    except FileNotFoundError as exc:
        raise InputError(str(exc)) from None
    app.state.analyser.warm()  # every worker loads the models before the server listens
    mode = "writable (token required)" if token else "read-only"
    where = "no corpus" if args.no_db else f"{args.db}, {mode}"
    print(f"marsad: serving {where} at http://{_display_host(args.host)}:{args.port}/ui/ "
          f"(API schema: /openapi.json)", file=sys.stderr, flush=True)
    from ..api.connections import guarded_protocol
    try:
        uvicorn.run(app, host=args.host, port=args.port, log_level="warning", proxy_headers=False,
                    server_header=False, http=guarded_protocol(args.header_timeout, args.max_connections))
    finally:
        app.state.analyser.close()
    return 0


def _display_host(host: str) -> str:
    if host in ("0.0.0.0", "::"):
        return "127.0.0.1"
    return f"[{host}]" if ":" in host else host
