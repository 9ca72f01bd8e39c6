#!/usr/bin/env python3
"""How analysis time grows with the input: 10 KB, 100 KB and 1 MB texts of several shapes.

Every stage should be near-linear in its input: a 1 MB article should take at most ten times
as long as a 100 KB one (goal of issue 16, What to build item 2). The inputs are built from real
Arabic news sentences (SaudiNewsNet when ../shared/data is here, else examples/article.txt),
repeated until each size (UTF-8 bytes) is reached, in four shapes:

- `long-line`: every sentence on one line, no line break at all;
- `short-lines`: one short line (three or four words) after another, 20,000 lines in 140 KB;
- `paragraph`: one paragraph of sentences, one sentence a line, no blank line;
- `quotes`: paragraphs of reported speech (قال فلان: «...»، وأضاف أن ...).

Each (shape, size) runs in a fresh process (the pipeline warmed on a short text first), stage by
stage, with a time limit; the CPU time of each stage is printed (less load-sensitive than wall
time on a shared machine), and the growth 100 KB -> 1 MB per stage, so a super-linear stage shows
by name. `--profile` adds the functions with the most cumulative time in the 1 MB input of each shape
(analysed once more under cProfile, apart from the timed run).

    nice -n 10 .venv/bin/python bench/scaling.py [--shapes long-line,short-lines,paragraph,quotes]
        [--sizes 10000,100000,1000000] [--timeout 600] [--profile] [--out bench/results/scaling.md]
"""
from __future__ import annotations

import argparse
import multiprocessing as mp
import os
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "bench"))
sys.path.insert(0, str(ROOT / "src"))
from machine_info import cpu_model, load_average  # noqa: E402

SHAPES = ("long-line", "short-lines", "paragraph", "quotes")
SIZES = (10_000, 100_000, 1_000_000)
GOAL = 10.0                 # 1 MB at most ten times the time of 100 KB
SPEAKERS = ("قال وزير الخارجية", "وأكد المتحدث باسم الوزارة", "وأضاف رئيس الوزراء", "وقالت الأمم المتحدة")


def sentences() -> list[str]:
    """Real news sentences: SaudiNewsNet articles (fixed sample), else the packaged example."""
    import re
    try:
        from identical import SNN, snn_sample
        texts = [it["text"] for it in snn_sample(400, 3)] if SNN.exists() else []
    except Exception:          # no shared data here: the example article
        texts = []
    if not texts:
        texts = [(ROOT / "examples" / "article.txt").read_text(encoding="utf-8")]
    out = []
    for text in texts:
        for s in re.split(r"(?<=[.!؟?])\s+", text.replace("\n", " ")):
            s = s.strip()
            if 40 <= len(s) <= 400:
                out.append(s)
    return out


def build(shape: str, size: int, pool: list[str]) -> str:
    """A text of `shape`, `size` UTF-8 bytes at most, from the sentences in order (repeated)."""
    parts: list[str] = []
    used = 0
    k = 0
    sep = {"long-line": " ", "paragraph": "\n", "short-lines": "\n", "quotes": "\n\n"}[shape]
    while True:
        s = pool[k % len(pool)]
        if shape == "short-lines":
            words = s.split()
            piece = " ".join(words[(k * 3) % max(1, len(words) - 3):][:3 + k % 2])
        elif shape == "quotes":
            piece = f"{SPEAKERS[k % len(SPEAKERS)]}: «{s.rstrip('.')}»."
        else:
            piece = s
        cost = len(piece.encode("utf-8")) + len(sep.encode("utf-8"))
        if used + cost > size:
            break
        parts.append(piece)
        used += cost
        k += 1
    return sep.join(parts) + ("\n" if shape != "long-line" else "")


def _child(text: str, profile: bool, queue) -> None:
    """Analyse `text` stage by stage; put (stage -> CPU seconds, wall seconds, profile lines)."""
    try:
        from marsad import run
        from marsad.document import Document, Metadata
        from marsad.record import to_record
        run.analyse_to_record("قال الوزير إن الاجتماع كان مثمرا في الرياض يوم الأحد.")   # models and tables loaded
        steps = run.pipeline()
        prof = None
        if profile:
            import cProfile
            prof = cProfile.Profile(time.process_time)
            prof.enable()
        doc = Document(text, Metadata())
        cpu: dict[str, float] = {}
        wall0 = time.perf_counter()
        for st in steps.stages:
            started = time.process_time()
            doc = st(doc)
            cpu[st.name] = time.process_time() - started
        started = time.process_time()
        to_record(doc)
        cpu["record"] = time.process_time() - started
        wall = time.perf_counter() - wall0
        lines = []
        if prof is not None:
            import pstats
            prof.disable()
            stats = pstats.Stats(prof).stats
            rows = sorted(((v[3], f"{Path(k[0]).as_posix().split('src/marsad/')[-1]}:{k[1]}({k[2]})")
                           for k, v in stats.items() if "src/marsad/" in k[0]), reverse=True)[:25]
            lines = [f"| `{name}` | {seconds:.2f} |" for seconds, name in rows]
        queue.put((cpu, wall, lines))
    except BaseException as exc:      # reported by the parent, the bench goes on
        queue.put(f"{type(exc).__name__}: {exc}")


def measure(text: str, timeout: float, profile: bool = False):
    """(stage -> CPU s, wall s, profile lines) of one analysis in a fresh process; a string when it failed
    or ran past `timeout`."""
    ctx = mp.get_context("spawn")
    queue = ctx.Queue()
    proc = ctx.Process(target=_child, args=(text, profile, queue))
    proc.start()
    try:
        result = queue.get(timeout=timeout)
    except Exception:
        result = f"over {timeout:.0f} s"
    proc.join(5)
    if proc.is_alive():
        proc.kill()
        proc.join()
    return result


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--shapes", default=",".join(SHAPES))
    ap.add_argument("--sizes", default=",".join(str(s) for s in SIZES))
    ap.add_argument("--timeout", type=float, default=600.0, help="seconds one analysis may take (default 600)")
    ap.add_argument("--profile", action="store_true", help="cProfile the largest input of each shape")
    ap.add_argument("--out", type=Path, default=None, help="also write the tables to this markdown file")
    args = ap.parse_args(argv)
    shapes = [s for s in args.shapes.split(",") if s]
    unknown = [s for s in shapes if s not in SHAPES]
    if unknown:
        print(f"scaling: error: unknown shape(s) {', '.join(unknown)} (known: {', '.join(SHAPES)})", file=sys.stderr)
        return 2
    sizes = sorted(int(s) for s in args.sizes.split(",") if s)
    pool = sentences()
    lines = [f"# Scaling ({time.strftime('%Y-%m-%d %H:%M')})", "",
             f"Machine: {os.cpu_count()} cores, {cpu_model()}; Python {sys.version.split()[0]}; "
             f"load average {load_average():.1f} at start. CPU seconds of each stage (one process per input).", "",
             "    nice -n 10 .venv/bin/python bench/scaling.py " + " ".join(argv if argv is not None else sys.argv[1:]),
             ""]
    verdicts = []
    for shape in shapes:
        results = {}
        for size in sizes:
            text = build(shape, size, pool)
            last = size == sizes[-1]
            results[size] = (len(text), text.count("\n"), measure(text, args.timeout))
            if args.profile and last and not isinstance(results[size][2], str):
                profiled = measure(text, args.timeout * 3, True)       # a run of its own: cProfile slows it down
                results[size][2][2].extend(profiled[2] if not isinstance(profiled, str) else [f"| {profiled} | |"])
            print(f"{shape} {size:,} B: {results[size][2] if isinstance(results[size][2], str) else 'done'}",
                  file=sys.stderr, flush=True)
        stage_names = next((r[2][0].keys() for r in results.values() if not isinstance(r[2], str)), [])
        lines += [f"## {shape}", "", "| bytes | characters | lines | " + " | ".join(stage_names) + " | total CPU s | wall s |",
                  "|---:|---:|---:|" + "---:|" * (len(stage_names) + 2)]
        for size, (chars, newlines, res) in results.items():
            if isinstance(res, str):
                lines.append(f"| {size:,} | {chars:,} | {newlines + 1:,} | " + " | ".join("" for _ in stage_names)
                             + f" | {res} | |")
                continue
            cpu, wall, _ = res
            lines.append(f"| {size:,} | {chars:,} | {newlines + 1:,} | "
                         + " | ".join(f"{cpu[n]:.2f}" for n in stage_names) + f" | {sum(cpu.values()):.2f} | {wall:.1f} |")
        if len(sizes) >= 2:
            a, b = results[sizes[-2]][2], results[sizes[-1]][2]
            if isinstance(a, str) or isinstance(b, str):
                growth = "not measured (a run failed or ran out of time)"
                verdicts.append(f"{shape}: {growth}")
            else:
                total = sum(b[0].values()) / max(sum(a[0].values()), 1e-9)
                by_stage = ", ".join(f"{n} {b[0][n] / max(a[0][n], 1e-3):.1f}x" for n in stage_names)
                growth = f"{total:.1f}x in all ({'within' if total <= GOAL else 'over'} the goal of {GOAL:.0f}x); {by_stage}"
                verdicts.append(f"{shape}: {total:.1f}x" + ("" if total <= GOAL else " (over the goal)"))
            lines += ["", f"Growth {sizes[-2]:,} -> {sizes[-1]:,} bytes: {growth}.", ""]
        final = results[sizes[-1]][2]
        if args.profile and not isinstance(final, str) and final[2]:
            lines += [f"Most cumulative time, {sizes[-1]:,} bytes ({shape}, cProfile):", "", "| function | CPU s |",
                      "|---|---:|", *final[2], ""]
    lines += ["## Summary", "", *(f"- {v}" for v in verdicts), ""]
    text = "\n".join(lines)
    print(text)
    if args.out:
        args.out.parent.mkdir(parents=True, exist_ok=True)
        args.out.write_text(text + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
