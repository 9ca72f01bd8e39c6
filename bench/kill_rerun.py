#!/usr/bin/env python3
"""kill -9 during ingest, then a rerun: is the corpus the one a clean ingest makes?

1. `marsad ingest DAY` into a fresh database, uninterrupted (the reference).
2. `marsad ingest DAY` into another database, killed with SIGKILL (the whole process group:
   the writer and its analysis workers) when a quarter, half and three quarters of the
   reference's articles are stored, and once more after the last article is stored (in the
   stories phase); then one rerun to the end.
3. Both compared: articles (content hashes), ids (hash -> id), mentions (per article: entity,
   offsets, text), entities (documents and mention counts), story groups (members of every group
   of two or more, by hash), and `PRAGMA integrity_check`.

    nice -n 10 .venv/bin/python bench/kill_rerun.py [--day ../shared/data/saudinewsnet/2015-07-21.zip]
        [--workers 2] [--out bench/results/kill-rerun.md]

Databases live in bench/results/tmp/kill-rerun/ (git-ignored) and are deleted afterwards.
"""
from __future__ import annotations

import argparse
import os
import shutil
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
MARSAD = Path(sys.executable).with_name("marsad")
TMP = ROOT / "bench" / "results" / "tmp" / "kill-rerun"
KILL_AT = (0.25, 0.5, 0.75, 1.0)       # fractions of the reference's articles stored; 1.0: the stories phase


def ingest(day: str, db: Path, workers: int) -> subprocess.Popen:
    return subprocess.Popen([str(MARSAD), "ingest", day, "--db", str(db), "--workers", str(workers), "--no-progress",
                             "--quiet"], stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, start_new_session=True)


def stored(db: Path) -> int:
    try:
        conn = sqlite3.connect(f"file:{db}?mode=ro", uri=True, timeout=5)
        try:
            return conn.execute("SELECT count(*) FROM documents").fetchone()[0]
        finally:
            conn.close()
    except sqlite3.Error:
        return 0


def killed_run(day: str, db: Path, workers: int, target: int, total: int) -> dict:
    """One ingest, SIGKILLed (with its workers) once `target` articles are stored."""
    started = time.perf_counter()
    proc = ingest(day, db, workers)
    while proc.poll() is None and stored(db) < target:
        time.sleep(0.2)
    if target >= total:
        time.sleep(0.5)             # past the last commit: into the stories phase
    at = stored(db)
    finished = proc.poll() is not None
    if not finished:
        os.killpg(proc.pid, signal.SIGKILL)
    proc.wait()
    proc.stderr.close()
    return {"target": target, "stored_at_kill": at, "finished_before_kill": finished,
            "seconds": time.perf_counter() - started}


def snapshot(db: Path) -> dict:
    conn = sqlite3.connect(db)
    try:
        ids = dict(conn.execute("SELECT hash, id FROM documents"))
        by_id = {i: h for h, i in ids.items()}
        mentions: dict[str, list] = {}
        for doc_id, entity, start, end, text in conn.execute(
                "SELECT doc_id, entity_id, start, end, text FROM mentions ORDER BY doc_id, start, end, entity_id"):
            mentions.setdefault(by_id[doc_id], []).append((entity, start, end, text))
        entities = {row[0]: row[1:] for row in conn.execute("SELECT id, documents, mentions FROM entities")}
        groups: dict[int, list[str]] = {}
        for doc_id, story in conn.execute("SELECT id, story FROM documents"):
            groups.setdefault(story, []).append(by_id[doc_id])
        stories = sorted(sorted(members) for members in groups.values() if len(members) > 1)
        story_ids = {by_id[d]: s for d, s in conn.execute("SELECT id, story FROM documents")}
        ungrouped = conn.execute("SELECT count(*) FROM ungrouped").fetchone()[0]
        integrity = conn.execute("PRAGMA integrity_check").fetchone()[0]
        quotes = conn.execute("SELECT count(*) FROM quotes").fetchone()[0]
        claims = conn.execute("SELECT count(*) FROM claims").fetchone()[0]
    finally:
        conn.close()
    return {"ids": ids, "mentions": mentions, "entities": entities, "stories": stories, "story_ids": story_ids,
            "ungrouped": ungrouped, "integrity": integrity, "quotes": quotes, "claims": claims}


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--day", default=str(ROOT.parent / "shared" / "data" / "saudinewsnet" / "2015-07-21.zip"))
    ap.add_argument("--workers", type=int, default=2)
    ap.add_argument("--out", default=str(ROOT / "bench" / "results" / "kill-rerun.md"))
    args = ap.parse_args()
    shutil.rmtree(TMP, ignore_errors=True)
    TMP.mkdir(parents=True)
    clean_db, killed_db = TMP / "clean.db", TMP / "killed.db"

    started = time.perf_counter()
    proc = ingest(args.day, clean_db, args.workers)
    _, err = proc.communicate()
    clean_seconds = time.perf_counter() - started
    if proc.returncode not in (0, 3):
        print(err.decode(), file=sys.stderr)
        return 1
    total = stored(clean_db)
    print(f"clean ingest: {total:,} articles in {clean_seconds:.0f} s (exit {proc.returncode})", flush=True)

    kills = []
    for fraction in KILL_AT:
        kill = killed_run(args.day, killed_db, args.workers, int(total * fraction), total)
        kills.append(kill)
        print(f"kill -9 at {kill['stored_at_kill']:,} stored (target {kill['target']:,}) after "
              f"{kill['seconds']:.0f} s{' (had finished)' if kill['finished_before_kill'] else ''}", flush=True)
    left_ungrouped = snapshot(killed_db)["ungrouped"]
    started = time.perf_counter()
    proc = ingest(args.day, killed_db, args.workers)
    _, err = proc.communicate()
    rerun_seconds = time.perf_counter() - started
    rerun_line = next((line for line in err.decode().splitlines() if "new article(s) stored" in line), "")
    rerun_line = rerun_line.replace(f"{ROOT}/", "")
    print(f"rerun: {rerun_seconds:.0f} s (exit {proc.returncode}): {rerun_line}", flush=True)

    a, b = snapshot(clean_db), snapshot(killed_db)
    rows = [
        ("articles", f"{len(a['ids']):,}", f"{len(b['ids']):,}", set(a["ids"]) == set(b["ids"])),
        ("ids (hash -> id)", "", "", a["ids"] == b["ids"]),
        ("mentions", f"{sum(map(len, a['mentions'].values())):,}", f"{sum(map(len, b['mentions'].values())):,}",
         a["mentions"] == b["mentions"]),
        ("entities (documents, mentions)", f"{len(a['entities']):,}", f"{len(b['entities']):,}",
         a["entities"] == b["entities"]),
        ("quotes", f"{a['quotes']:,}", f"{b['quotes']:,}", a["quotes"] == b["quotes"]),
        ("claims", f"{a['claims']:,}", f"{b['claims']:,}", a["claims"] == b["claims"]),
        ("story groups (2+ articles)", f"{len(a['stories']):,}", f"{len(b['stories']):,}",
         a["stories"] == b["stories"]),
        ("story of every article", "", "", a["story_ids"] == b["story_ids"]),
        ("ungrouped after the run", str(a["ungrouped"]), str(b["ungrouped"]), a["ungrouped"] == b["ungrouped"] == 0),
        ("integrity_check", a["integrity"], b["integrity"], a["integrity"] == b["integrity"] == "ok"),
    ]
    equal = all(row[3] for row in rows)
    lines = [
        "# kill -9 during ingest, then a rerun, against a clean ingest",
        "",
        f"`nice -n 10 .venv/bin/python bench/kill_rerun.py --day {os.path.relpath(args.day, ROOT)} "
        f"--workers {args.workers}` on {time.strftime('%Y-%m-%d', time.gmtime())} (2 shared cores).",
        "",
        f"- clean ingest: {total:,} articles in {clean_seconds:.0f} s",
        *[f"- kill -9 (writer and workers) at {k['stored_at_kill']:,} articles stored (target {k['target']:,}"
          f"{', the stories phase' if k['target'] >= total else ''}){' — had already finished' if k['finished_before_kill'] else ''}"
          for k in kills],
        f"- articles left ungrouped by the killed runs: {left_ungrouped:,}",
        f"- rerun to the end: {rerun_seconds:.0f} s, exit {proc.returncode}: `{rerun_line.strip()}`",
        "",
        "| | clean | killed + rerun | equal |",
        "|---|---|---|---|",
        *[f"| {name} | {x} | {y} | {'yes' if same else '**no**'} |" for name, x, y, same in rows],
        "",
        f"**{'Equal' if equal else 'NOT equal'}.**",
        "",
    ]
    text = "\n".join(lines)
    print(text)
    Path(args.out).write_text(text, encoding="utf-8")
    shutil.rmtree(TMP, ignore_errors=True)
    return 0 if equal else 1


if __name__ == "__main__":
    sys.exit(main())
