"""The compact tables shipped beside the NER model, read at run time.

- `cities.tsv.gz`: Arabic-script names of GeoNames cities of 1,000 people or more,
  folded, with the city's key `CC:Name` and population (GeoNames data, CC BY 4.0).
- `wordfreq.tsv.gz`: the frequency class (twice the Zipf value, 0-16) of the
  200,000 most frequent Arabic words of `wordfreq`'s large list (data CC BY-SA 4.0), folded.
- `kb_names.tsv.gz`: the names and variants of marsad's knowledge base (../shared/data/kb,
  CC0, unverified), folded, with their label (PER/ORG/LOC/MISC).
- `person_tokens.tsv.gz`: Arabic person-name tokens from Wikidata (MIT), folded, with counts.
- `clusters.tsv.gz`: a coarse and a fine k-means cluster of the word2vec vectors of the
  100,000 commonest folded words of the open unlabeled prose (`training/ner_clusters.py`).

`training/ner_tables.py` builds them (part of `make train-ner`); the run time only reads
them. `model_dir()` is the packaged model folder every reader of the model's files uses
(kept here, a leaf module, so that features, gazetteer and model import no one another).
"""
from __future__ import annotations

import gzip
from functools import lru_cache
from importlib import resources
from pathlib import Path

CITIES_FILE = "cities.tsv.gz"
WORDFREQ_FILE = "wordfreq.tsv.gz"
KB_FILE = "kb_names.tsv.gz"
PERSON_TOKENS_FILE = "person_tokens.tsv.gz"
CLUSTERS_FILE = "clusters.tsv.gz"


def model_dir() -> Path:
    """The packaged model folder (inside the installed package)."""
    return Path(str(resources.files("marsad") / "models" / "ner"))


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


def _table(folder: str | None, name: str, width: int) -> list[list[str]]:
    return _columns((Path(folder) if folder else model_dir()) / name, width)


@lru_cache(maxsize=4)
def city_names(folder: str | None = None) -> dict[tuple[str, ...], tuple[str, int]]:
    """Folded name words -> (key, population) of the GeoNames cities."""
    names, keys, pops = _table(folder, CITIES_FILE, 3)
    return dict(zip(map(tuple, map(str.split, names)), zip(keys, map(int, pops))))


@lru_cache(maxsize=4)
def _frequencies(folder: str | None = None) -> dict[str, int]:
    words, classes = _table(folder, WORDFREQ_FILE, 2)
    small = {str(i): i for i in range(64)}          # classes are 0-16: a lookup is cheaper than int()
    return dict(zip(words, map(small.__getitem__, classes)))


def frequency_class(folded: str) -> int:
    """Twice the Zipf frequency of a folded Arabic word (0 when it is not among the listed words)."""
    return _frequencies().get(folded, 0)


@lru_cache(maxsize=4)
def kb_names(folder: str | None = None) -> dict[tuple[str, ...], str]:
    """Folded name words -> label (PER/ORG/LOC/MISC) of the knowledge base's names."""
    names, labels = _table(folder, KB_FILE, 2)
    return dict(zip(map(tuple, map(str.split, names)), labels))


@lru_cache(maxsize=4)
def person_tokens(folder: str | None = None) -> dict[str, int]:
    """Folded Arabic person-name token -> how many Wikidata names hold it."""
    words, counts = _table(folder, PERSON_TOKENS_FILE, 2)
    return dict(zip(words, map(int, counts)))


@lru_cache(maxsize=4)
def word_clusters(folder: str | None = None) -> dict[str, tuple[str, str]]:
    """Folded word -> (coarse, fine) cluster of its word2vec vector."""
    words, coarse, fine = _table(folder, CLUSTERS_FILE, 3)
    return dict(zip(words, zip(coarse, fine)))
