#!/usr/bin/env python3
"""A normal POST /analyze while heavy ones are analysed: how long the normal one waits.

Starts the server's stack (uvicorn with the guarded protocol, `--workers` analysis processes)
on 127.0.0.1, sends `--heavy` large articles (examples/article.txt repeated `--repeat` times),
waits until they are all being analysed, then times one normal article (examples/article.txt)
and prints its latency beside the heavy ones'.

    .venv/bin/python bench/serve_load.py                      # 3 workers, 2 heavy articles of ~37 KB
    .venv/bin/python bench/serve_load.py --workers 2 --heavy 2   # every worker busy: the normal one waits
"""
from __future__ import annotations

import argparse
import http.client
import json
import sys
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))


def post(port: int, text: str) -> tuple[int, float]:
    start = time.perf_counter()
    conn = http.client.HTTPConnection("127.0.0.1", port, timeout=900)
    conn.request("POST", "/analyze", json.dumps({"text": text}), {"Content-Type": "application/json"})
    response = conn.getresponse()
    response.read()
    conn.close()
    return response.status, time.perf_counter() - start


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--workers", type=int, default=3)
    ap.add_argument("--heavy", type=int, default=2)
    ap.add_argument("--repeat", type=int, default=20, help="copies of the example in a heavy article")
    ap.add_argument("--time-limit", type=float, default=600)
    args = ap.parse_args()
    from marsad.api import create_app
    from tests.reliability.live import live
    article = (ROOT / "examples" / "article.txt").read_text(encoding="utf-8")
    heavy_text = "\n\n".join([article] * args.repeat)
    app = create_app(None, rate=None, analysis_workers=args.workers, analysis_time_limit=args.time_limit)
    t = time.perf_counter()
    app.state.analyser.warm()
    print(f"{args.workers} workers ready in {time.perf_counter() - t:.1f} s")
    heavy: list[tuple[int, float]] = []
    with live(app) as (_, port):
        from marsad.api.workers import WARM_UP
        post(port, WARM_UP)                                   # the server's paths warm (another text: no cached words)
        threads = [threading.Thread(target=lambda: heavy.append(post(port, heavy_text))) for _ in range(args.heavy)]
        for th in threads:
            th.start()
        while app.state.analyser.busy < min(args.heavy, args.workers) and any(th.is_alive() for th in threads):
            time.sleep(0.01)
        status, seconds = post(port, article)
        print(f"normal article ({len(article.encode()):,} bytes) while {args.heavy} heavy ones run: "
              f"{status} in {seconds:.2f} s")
        for th in threads:
            th.join()
    for status, seconds in heavy:
        print(f"heavy article ({len(heavy_text.encode()):,} bytes): {status} in {seconds:.2f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
