"""Build the knowledge-base table marsad links entities to (src/marsad/models/kb/kb.jsonl.gz).

    .venv/bin/python -m training.kb_table [--kb ../shared/data/kb] [--out src/marsad/models/kb]

Reads people.jsonl and orgs_places.jsonl (CC0, compiled for marsad, unverified entry by
entry) and writes one compact line per entity: id, type, kind, Arabic name, English
name, country and the Arabic variants (the notes are left out). The runtime reads only
this file (`marsad.annotators.kb`).
"""
from __future__ import annotations

import argparse
import gzip
import json
from pathlib import Path

from marsad.annotators.kb import entry_forms

from .splits import SHARED

FIELDS = ("id", "type", "kind", "ar", "en", "country", "variants")


def build(kb: Path, out: Path) -> int:
    out.mkdir(parents=True, exist_ok=True)
    n = 0
    with gzip.open(out / "kb.jsonl.gz", "wt", encoding="utf-8", compresslevel=9) as f:
        for name in ("people.jsonl", "orgs_places.jsonl"):
            for line in (kb / name).read_text(encoding="utf-8").splitlines():
                if line.strip():
                    entry = json.loads(line)
                    row = {k: entry.get(k) for k in FIELDS if entry.get(k)}
                    row["forms"] = entry_forms(entry)
                    f.write(json.dumps(row,
                                       ensure_ascii=False, separators=(",", ":")) + "\n")
                    n += 1
    return n


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--kb", default=str(SHARED / "data" / "kb"))
    ap.add_argument("--out", default=str(Path(__file__).resolve().parents[1] / "src" / "marsad" / "models" / "kb"))
    args = ap.parse_args()
    print(f"{build(Path(args.kb), Path(args.out))} entities written to {args.out}/kb.jsonl.gz")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
