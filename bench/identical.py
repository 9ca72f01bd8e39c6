#!/usr/bin/env python3
"""Byte-identical records before and after a refactor (everything but the `pipeline` field).

A behaviour-neutral change (a faster run path, a moved module, a cache) must not change a single
byte of any record. This script writes the records of a fixed set of documents to a reference
file, then compares a later revision's records with it, document by document, and prints what
differs (which fields, and the first items added or removed in each).

The documents:
- `dev`: every article of ../shared/eval/dev, run as the scorer runs it
  (`marsad analyze --published DATE FILE`), and once more with no date (`@bare`: the
  publication-date inference);
- `snn`: 300 SaudiNewsNet articles drawn with `random.Random(12)` from every non-empty
  article of ../shared/data/saudinewsnet/*.zip (zips and members in sorted order), each
  `title\\n\\ncontent` with `date_extracted` as its date, run through
  `marsad analyze --jsonl` in one process.

Both go through the `marsad` command line, so any revision can be recorded and checked the
same way. Usage:

    .venv/bin/python bench/identical.py record                 # this worktree's code
    .venv/bin/python bench/identical.py record --rev main      # another revision (git archive of its src/)
    .venv/bin/python bench/identical.py check                  # this worktree against the reference
    .venv/bin/python bench/identical.py check --analyze-args="--workers 2"

The reference (default bench/results/tmp/identical-reference.jsonl.gz, git-ignored: it holds
SaudiNewsNet text, which is not ours to publish) records the revision it came from. Exit
status: 0 identical, 1 some document differs, 2 the run itself failed.
"""
from __future__ import annotations

import argparse
import gzip
import json
import os
import random
import shlex
import subprocess
import sys
import tempfile
import time
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
if not SHARED.exists():                     # a worktree under /work/wt/NAME: the shared folder is /work/shared
    SHARED = ROOT.parents[1] / "shared"
SHARED = SHARED.resolve()                   # records carry the path: the same one from every worktree
DEV = SHARED / "eval" / "dev"
SNN = SHARED / "data" / "saudinewsnet"
SEED = 12
SNN_SIZE = 300
DEFAULT_REFERENCE = ROOT / "bench" / "results" / "tmp" / "identical-reference.jsonl.gz"
LISTS = ("entities", "quotes", "claims", "timexes", "quantities", "boilerplate", "body")


# -- the documents --------------------------------------------------------------------
def snn_sample(size: int = SNN_SIZE, seed: int = SEED) -> list[dict]:
    """`size` SaudiNewsNet articles as marsad input lines, the same on every run."""
    articles = []
    for archive in sorted(SNN.glob("*.zip")):
        with zipfile.ZipFile(archive) as zf:
            for member in sorted(zf.namelist()):
                if not member.endswith(".json"):
                    continue
                for i, art in enumerate(json.loads(zf.read(member))):
                    title = (art.get("title") or "").strip()
                    content = (art.get("content") or "").strip()
                    if not content:
                        continue
                    text = content if not title or content.startswith(title) else f"{title}\n\n{content}"
                    articles.append({"id": f"{archive.stem}/{Path(member).stem}#{i}", "text": text,
                                     "published": (art.get("date_extracted") or "")[:10] or None})
    return random.Random(seed).sample(articles, size)


def dev_items() -> list[tuple[str, Path, str | None]]:
    out = []
    for gold in sorted(DEV.glob("*.gold.json")):
        name = gold.name[: -len(".gold.json")]
        published = json.loads(gold.read_text(encoding="utf-8")).get("published")
        out.append((f"dev/{name}", gold.with_name(name + ".txt"), published))
        out.append((f"dev/{name}@bare", gold.with_name(name + ".txt"), None))
    return out


# -- running a revision ---------------------------------------------------------------
def marsad_command(src: Path | None) -> tuple[list[str], dict]:
    """How to run the `marsad` command of this worktree (src None) or of an unpacked src folder."""
    env = dict(os.environ)
    if src is not None:
        env["PYTHONPATH"] = str(src) + os.pathsep + env.get("PYTHONPATH", "")
    return [sys.executable, "-c", "import sys; from marsad.cli import main; sys.exit(main())"], env


def records(src: Path | None, analyze_args: list[str], snn_size: int) -> dict[str, dict]:
    command, env = marsad_command(src)
    out: dict[str, dict] = {}
    for key, path, published in dev_items():
        args = command + ["analyze", "--compact"] + (["--published", published] if published else [])
        run = subprocess.run(args + [str(path)], capture_output=True, text=True, env=env)
        if run.returncode != 0:
            raise RuntimeError(f"{key}: exit {run.returncode}: {run.stderr.strip()[-400:]}")
        out[key] = json.loads(run.stdout)
    with tempfile.NamedTemporaryFile("w", suffix=".jsonl", encoding="utf-8", delete=False) as fh:
        sample = snn_sample(snn_size)
        for item in sample:
            fh.write(json.dumps(item, ensure_ascii=False) + "\n")
    try:
        run = subprocess.run(command + ["analyze", "--jsonl", *analyze_args, fh.name], capture_output=True,
                             text=True, env=env)
    finally:
        os.unlink(fh.name)
    lines = [json.loads(line) for line in run.stdout.splitlines() if line.strip()]
    if len(lines) != len(sample):
        raise RuntimeError(f"snn: {len(lines)} records for {len(sample)} articles (exit {run.returncode}): "
                           f"{run.stderr.strip()[-400:]}")
    for item, record in zip(sample, lines):
        if record.get("id") != item["id"]:
            raise RuntimeError(f"snn: records out of order: {record.get('id')!r} where {item['id']!r} was due")
        out[f"snn/{item['id']}"] = record
    return out


def canonical(record: dict) -> str:
    """The record's bytes as compared: key order kept, `pipeline` left out."""
    return json.dumps({k: v for k, v in record.items() if k != "pipeline"}, ensure_ascii=False,
                      separators=(",", ":"))


def unpack(rev: str) -> Path:
    folder = Path(tempfile.mkdtemp(prefix="marsad-identical-"))
    archive = subprocess.run(["git", "-C", str(ROOT), "archive", rev, "src"], capture_output=True, check=True)
    subprocess.run(["tar", "-x", "-C", str(folder)], input=archive.stdout, check=True)
    return folder / "src"


def describe(rev: str) -> str:
    run = subprocess.run(["git", "-C", str(ROOT), "rev-parse", "--short", rev], capture_output=True, text=True)
    commit = run.stdout.strip() or rev
    if rev == "HEAD":
        dirty = subprocess.run(["git", "-C", str(ROOT), "status", "--porcelain", "src"], capture_output=True,
                               text=True).stdout.strip()
        commit += "+changes" if dirty else ""
    return commit


# -- comparing ------------------------------------------------------------------------
def _items(value) -> list[str]:
    if isinstance(value, dict):
        return [json.dumps({k: v}, ensure_ascii=False) for k, v in value.items()]
    return [json.dumps(v, ensure_ascii=False) for v in value or []]


def differences(old: dict, new: dict, show: int = 3) -> list[str]:
    """Readable lines saying how two records differ (empty when their bytes agree)."""
    if canonical(old) == canonical(new):
        return []
    lines = []
    keys = [k for k in dict.fromkeys([*old, *new]) if k != "pipeline"]
    for key in keys:
        a, b = old.get(key), new.get(key)
        if json.dumps(a, ensure_ascii=False) == json.dumps(b, ensure_ascii=False):
            continue
        if key in LISTS or key == "clusters":
            before, after = _items(a), _items(b)
            gone = [x for x in before if x not in after]
            added = [x for x in after if x not in before]
            lines.append(f"  {key}: {len(before)} -> {len(after)} ({len(gone)} gone, {len(added)} new"
                         + (", same items in another order" if not gone and not added else "") + ")")
            lines += [f"    - {x[:160]}" for x in gone[:show]] + [f"    + {x[:160]}" for x in added[:show]]
        else:
            lines.append(f"  {key}: {json.dumps(a, ensure_ascii=False)[:120]} -> "
                         f"{json.dumps(b, ensure_ascii=False)[:120]}")
    if not lines:
        lines.append("  same fields, another key order")
    return lines


def write_reference(path: Path, revision: str, found: dict[str, dict], seconds: float) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    with gzip.open(path, "wt", encoding="utf-8") as fh:
        fh.write(json.dumps({"revision": revision, "documents": len(found), "seed": SEED,
                             "seconds": round(seconds, 1), "written": time.strftime("%Y-%m-%d %H:%M")}) + "\n")
        for key, record in found.items():
            fh.write(json.dumps({"key": key, "record": record}, ensure_ascii=False) + "\n")


def read_reference(path: Path) -> tuple[dict, dict[str, dict]]:
    with gzip.open(path, "rt", encoding="utf-8") as fh:
        header = json.loads(fh.readline())
        return header, {row["key"]: row["record"] for row in map(json.loads, fh)}


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("action", choices=["record", "check"])
    ap.add_argument("--reference", type=Path, default=DEFAULT_REFERENCE, help=f"default {DEFAULT_REFERENCE}")
    ap.add_argument("--rev", default="HEAD", help="record or check this git revision's src/ (default: the "
                                                  "worktree as it is, uncommitted changes included)")
    ap.add_argument("--analyze-args", default="", help="extra options for `marsad analyze --jsonl`, e.g. "
                                                       "'--workers 2'")
    ap.add_argument("--snn", type=int, default=SNN_SIZE, help=f"SaudiNewsNet articles (default {SNN_SIZE})")
    ap.add_argument("--show", type=int, default=3, help="items shown per differing field")
    args = ap.parse_args(argv)
    if not DEV.exists() or not SNN.exists():
        print(f"identical: error: needs {DEV} and {SNN}", file=sys.stderr)
        return 2
    src = None if args.rev == "HEAD" else unpack(args.rev)
    revision = describe(args.rev)
    started = time.perf_counter()
    try:
        found = records(src, shlex.split(args.analyze_args), args.snn)
    except RuntimeError as exc:
        print(f"identical: error: {exc}", file=sys.stderr)
        return 2
    seconds = time.perf_counter() - started
    if args.action == "record":
        write_reference(args.reference, revision, found, seconds)
        print(f"identical: {len(found)} records of {revision} -> {args.reference} ({seconds:.0f} s)")
        return 0
    header, reference = read_reference(args.reference)
    differing = 0
    for key in dict.fromkeys([*reference, *found]):
        if key not in found or key not in reference:
            differing += 1
            print(f"{key}: {'missing now' if key not in found else 'not in the reference'}")
            continue
        lines = differences(reference[key], found[key], args.show)
        if lines:
            differing += 1
            print(f"{key}: differs")
            print("\n".join(lines))
    print(f"identical: {revision} against {header['revision']} (reference {args.reference.name}): "
          f"{len(found) - differing} of {len(found)} records byte-identical apart from `pipeline`, "
          f"{differing} differ ({seconds:.0f} s)")
    return 1 if differing else 0


if __name__ == "__main__":
    sys.exit(main())
