#!/usr/bin/env python3
"""Speed of the whole analysis beside dateparser's `search_dates` (dates only), start-up, and a profile.

On the same 1,000 SaudiNewsNet articles (drawn with `random.Random(7)` from every non-empty
article of ../shared/data/saudinewsnet/*.zip, as bench/identical.py reads them):
1. dateparser `search_dates(text, languages=["ar"], settings={"RELATIVE_BASE": published})`
   on each article, in one process (the dates alone);
2. `marsad analyze --jsonl --workers 2` and `--workers 1` on the same articles (everything:
   chrome, entities, links, dates, quantities, quotes, claims), start-up included;
3. the wall-time ratio marsad / dateparser (goal: at most 1.0);
4. start-up: `marsad analyze` of a six-word text, median of 10 runs (goal: at most 0.6 s);
5. `--profile N`: cProfile of the analysis of N of the articles in one process, the
   functions with the most time of their own (the hot spots, by owner);
6. `--cpu-only`: steps 1-2 as CPU time instead (both in this process, one after the other,
   the pipeline warmed first), which a shared machine's load distorts far less than wall time;
   no start-up or profile unless asked;
7. `--ingest`: `marsad ingest` of all SaudiNewsNet into a fresh database through bench/corpus.py's
   measuring code (articles/s, peak memory of the process tree; goal: at most 10 minutes).

    nice -n 10 .venv/bin/python bench/speed.py [--articles 1000] [--profile 150] [--cpu-only] [--ingest]
        [--out bench/results/speed.md]

Needs `pip install -e '.[bench]'` (dateparser). The load average is printed beside the figures:
the machine may be shared, and wall times mean little without it.
"""
from __future__ import annotations

import argparse
import json
import os
import random
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "bench"))
sys.path.insert(0, str(ROOT / "src"))
from identical import SNN, snn_sample  # noqa: E402
from machine_info import cpu_model, load_average  # noqa: E402

SEED = 7
SIX_WORDS = "قال الوزير إن الاجتماع كان مثمرا"
MARSAD = [sys.executable, "-c", "import sys; from marsad.cli import main; sys.exit(main())"]


def _env() -> dict:
    env = dict(os.environ)
    env.pop("PYTHONDONTWRITEBYTECODE", None)     # a user's install has its bytecode
    return env


def dateparser_run(items: list[dict]) -> tuple[float, int]:
    import datetime

    from dateparser.search import search_dates
    found = 0
    started = time.perf_counter()
    for item in items:
        base = datetime.datetime.fromisoformat(item["published"]) if item.get("published") else None
        hits = search_dates(item["text"], languages=["ar"], settings={"RELATIVE_BASE": base} if base else None)
        found += len(hits or [])
    return time.perf_counter() - started, found


def cpu_run(items: list[dict]) -> list[tuple[str, float, int]]:
    """CPU seconds of dateparser and of marsad (in this process, warmed) on the same articles."""
    from marsad import run
    started = time.process_time()
    _, dp_found = dateparser_run(items)
    dp = time.process_time() - started
    run.analyse_to_record(SIX_WORDS)             # models and tables loaded before the clock starts
    found = 0
    started = time.process_time()
    for item in items:
        found += len(run.analyse_to_record(item).get("timexes") or [])
    return [("dateparser search_dates (dates only)", dp, dp_found),
            ("marsad analyse_to_record (everything)", time.process_time() - started, found)]


def marsad_run(path: Path, workers: int) -> tuple[float, int]:
    started = time.perf_counter()
    run = subprocess.run(MARSAD + ["analyze", "--jsonl", "--workers", str(workers), str(path)], env=_env(),
                         capture_output=True, text=True)
    seconds = time.perf_counter() - started
    records = [json.loads(line) for line in run.stdout.splitlines() if line.strip()]
    timexes = sum(len(r.get("timexes") or []) for r in records)
    if len(records) == 0:
        raise RuntimeError(run.stderr[-500:])
    return seconds, timexes


def startup(runs: int = 10) -> list[float]:
    with tempfile.NamedTemporaryFile("w", suffix=".txt", encoding="utf-8", delete=False) as fh:
        fh.write(SIX_WORDS)
    subprocess.run(MARSAD + ["analyze", fh.name], env=_env(), capture_output=True)      # bytecode written
    out = []
    for _ in range(runs):
        started = time.perf_counter()
        subprocess.run(MARSAD + ["analyze", fh.name], env=_env(), capture_output=True, check=True)
        out.append(time.perf_counter() - started)
    os.unlink(fh.name)
    return out


def profile(items: list[dict], top: int = 25) -> list[tuple[str, float, int]]:
    import cProfile
    import pstats

    from marsad import run
    run.analyse_to_record(SIX_WORDS)
    docs = [{"id": it["id"], "text": it["text"], "published": it["published"]} for it in items]
    prof = cProfile.Profile()
    prof.enable()
    for doc in docs:
        run.analyse_to_record(doc)
    prof.disable()
    stats = pstats.Stats(prof).stats
    total = sum(v[2] for v in stats.values())
    rows = sorted(((v[2], v[1], f"{Path(k[0]).as_posix().split('src/marsad/')[-1]}:{k[1]}({k[2]})")
                   for k, v in stats.items()), reverse=True)[:top]
    cumulative = sorted(((v[3], f"{Path(k[0]).as_posix().split('src/marsad/')[-1]}:{k[1]}({k[2]})")
                         for k, v in stats.items() if "src/marsad/" in k[0]), reverse=True)
    return [(name, own / total, calls) for own, calls, name in rows], total, cumulative[:40]


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--articles", type=int, default=1000)
    ap.add_argument("--profile", type=int, default=None,
                    help="articles to profile (default 150, none with --cpu-only; 0: no profile)")
    ap.add_argument("--ingest", action="store_true", help="also ingest all of SaudiNewsNet (long)")
    ap.add_argument("--cpu-only", action="store_true", help="CPU time in one process instead of wall-time runs")
    ap.add_argument("--startup", action="store_true", help="with --cpu-only: the start-up runs too")
    ap.add_argument("--out", type=Path, default=ROOT / "bench" / "results" / "speed.md")
    args = ap.parse_args(argv)
    if args.profile is None:
        args.profile = 0 if args.cpu_only else 150
    if not SNN.exists():
        print(f"speed: error: needs {SNN}", file=sys.stderr)
        return 2
    items = snn_sample(args.articles, SEED)
    lines = [f"# Speed ({time.strftime('%Y-%m-%d %H:%M')})", "",
             f"Machine: {os.cpu_count()} cores, {cpu_model()}; Python {sys.version.split()[0]}. "
             f"{len(items)} SaudiNewsNet articles (seed {SEED}), {sum(len(i['text']) for i in items):,} characters.",
             "", "    nice -n 10 .venv/bin/python bench/speed.py " + " ".join(argv or sys.argv[1:]), ""]
    if args.cpu_only:
        load = load_average()
        rows = cpu_run(items)
        lines += ["| run (CPU time, one process) | CPU s | ms an article | dates found |", "|---|---:|---:|---:|"]
        lines += [f"| {name} | {seconds:.1f} | {1000 * seconds / len(items):.1f} | {found:,} |"
                  for name, seconds, found in rows]
        lines += ["", f"CPU-time ratio marsad / dateparser: {rows[1][1] / rows[0][1]:.2f} in one process; "
                      f"load average {load:.1f} at start, {load_average():.1f} at the end.", ""]
        if args.startup:
            lines += startup_lines()
        if args.profile:
            lines += profile_lines(items, args.profile)
        return _write(args.out, lines)
    with tempfile.NamedTemporaryFile("w", suffix=".jsonl", encoding="utf-8", delete=False) as fh:
        for item in items:
            fh.write(json.dumps(item, ensure_ascii=False) + "\n")
    path = Path(fh.name)
    rows = []
    try:
        load = load_average()
        dp_seconds, dp_found = dateparser_run(items)
        rows.append(("dateparser search_dates (dates only), 1 process", dp_seconds, dp_found, load))
        for workers in (2, 1):
            load = load_average()
            seconds, timexes = marsad_run(path, workers)
            rows.append((f"marsad analyze --jsonl --workers {workers} (everything)", seconds, timexes, load))
    finally:
        path.unlink()
    lines += ["| run | wall s | articles/s | dates found | load avg (1 min) at start |", "|---|---:|---:|---:|---:|"]
    for name, seconds, found, load in rows:
        lines.append(f"| {name} | {seconds:.1f} | {len(items) / seconds:.1f} | {found:,} | {load:.1f} |")
    dp = rows[0][1]
    lines += ["", f"Wall-time ratio marsad / dateparser: {rows[1][1] / dp:.2f} with 2 workers, "
                  f"{rows[2][1] / dp:.2f} with 1 (goal: at most 1.0).", ""]
    lines += startup_lines()
    if args.profile:
        lines += profile_lines(items, args.profile)
    if args.ingest:
        import corpus
        lines += corpus_ingest(corpus)
    return _write(args.out, lines)


def _write(out: Path, lines: list[str]) -> int:
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print("\n".join(lines))
    return 0


def startup_lines() -> list[str]:
    load = load_average()
    times = startup()
    return [f"Start-up, `marsad analyze` of a six-word text: median {statistics.median(times):.2f} s wall over "
            f"{len(times)} runs (min {min(times):.2f}, max {max(times):.2f}; load {load:.1f}; goal: at most 0.6 s).", ""]


def profile_lines(items: list[dict], count: int) -> list[str]:
    hot, total, cumulative = profile(items[:count])
    lines = [f"## Profile: {count} articles in one process (cProfile, {total:.1f} s of own time)", "",
             "Most time of their own:", "", "| function | share | calls |", "|---|---:|---:|"]
    lines += [f"| `{name}` | {share:.1%} | {calls:,} |" for name, share, calls in hot]
    lines += ["", "Most time including what they call (marsad functions):", "", "| function | seconds |", "|---|---:|"]
    lines += [f"| `{name}` | {seconds:.2f} |" for seconds, name in cumulative]
    return lines + [""]


def corpus_ingest(corpus) -> list[str]:
    """All of SaudiNewsNet through bench/corpus.py's ingest measurement."""
    figures = corpus.ingest_all(corpus.TMP / "speed-ingest.db", SNN, workers=2) if hasattr(corpus, "ingest_all") \
        else None
    if figures is None:
        return ["Ingest: bench/corpus.py has no ingest_all(); run `nice -n 10 .venv/bin/python bench/corpus.py`.", ""]
    return [f"Ingest of all SaudiNewsNet: {figures}", ""]


if __name__ == "__main__":
    sys.exit(main())
