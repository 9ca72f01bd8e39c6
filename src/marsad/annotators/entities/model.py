"""The built-in tagger: a CRF (python-crfsuite) shipped in `marsad/models/ner/`.

`load()` opens the packaged model once per process; `Tagger.tag(words)` returns
BIO tags (PER/ORG/LOC/MISC) and the marginal probability of each token's tag.
The model folder also holds `vocab.json.gz`: how often each (folded) training
word was outside a name and inside a PER, ORG, LOC or MISC name, which the
mention rules use to tell a proclitic from a name's first letter, a common word
from a name, and a person's name run into an organisation's.
"""
from __future__ import annotations

import gzip
import json
import threading
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from pathlib import Path

from .features import sentence_features

MODEL_FILE = "ner.crfsuite"
VOCAB_FILE = "vocab.json.gz"
VOCAB_LABELS = ("O", "PER", "ORG", "LOC", "MISC")


def model_dir() -> Path:
    """The packaged model folder (inside the installed package)."""
    return Path(str(resources.files("marsad") / "models" / "ner"))


@dataclass
class Tagger:
    path: Path
    vocab: dict[str, tuple[int, ...]] = field(default_factory=dict)   # folded word -> counts by VOCAB_LABELS
    _local: threading.local = field(default_factory=threading.local, repr=False)

    def _tagger(self):
        # crfsuite taggers are not thread-safe; one per thread.
        tagger = getattr(self._local, "tagger", None)
        if tagger is None:
            import pycrfsuite
            tagger = pycrfsuite.Tagger()
            tagger.open(str(self.path))
            self._local.tagger = tagger
        return tagger

    def tag(self, words: list[str]) -> tuple[list[str], list[float]]:
        """BIO tags of a sentence's words and each tag's marginal probability."""
        if not words:
            return [], []
        tagger = self._tagger()
        tagger.set(sentence_features(words))
        tags = tagger.tag()
        probs = [tagger.marginal(t, i) if t != "O" else 1.0 for i, t in enumerate(tags)]
        return tags, probs

    def inside_ratio(self, folded: str) -> float | None:
        """Share of a training word's occurrences inside a name; None when unseen."""
        counts = self.vocab.get(folded)
        if not counts:
            return None
        return 1.0 - counts[0] / sum(counts)

    def share(self, folded: str, label: str, min_count: int = 1) -> float | None:
        """Share of a training word's occurrences inside names of `label` (O for outside)."""
        counts = self.vocab.get(folded)
        if not counts or sum(counts) < min_count:
            return None
        return counts[VOCAB_LABELS.index(label)] / sum(counts)

    def known(self, folded: str) -> bool:
        return folded in self.vocab


@lru_cache(maxsize=4)
def load(folder: str | None = None) -> Tagger:
    """The tagger in `folder` (default: the one shipped in the package)."""
    folder_path = Path(folder) if folder else model_dir()
    path = folder_path / MODEL_FILE
    if not path.exists():
        raise FileNotFoundError(f"no NER model at {path} (run `make train-ner`)")
    vocab = {}
    vocab_path = folder_path / VOCAB_FILE
    if vocab_path.exists():
        with gzip.open(vocab_path, "rt", encoding="utf-8") as fh:
            vocab = {w: tuple(c) for w, c in json.load(fh).items()}
    return Tagger(path, vocab)
