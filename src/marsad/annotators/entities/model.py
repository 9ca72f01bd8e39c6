"""The built-in tagger: a CRF (python-crfsuite) shipped in `marsad/models/ner/`, optionally with a BiLSTM-CRF.

`load()` opens the packaged model once per process; `Tagger.tag(words)` returns
BIO tags (PER/ORG/LOC/MISC) and the marginal probability of each token's tag.
When a model folder holds `neural.npz` (`neural.NeuralTagger`, written by
`train --neural`; the shipped folder does not, see its MODEL_CARD.md), the two taggers'
marginals are averaged (the CRF's weight is in `training.json`, "ensemble") and
the tags decoded under the BIO constraints (`bio_decode`); else the CRF decodes alone.
`training.json` names the feature groups the CRF was trained with (`features.GROUPS`),
which the tagger computes for it. Nothing is read before the first sentence is tagged
(`load` is called lazily by the stage). The model folder also holds `vocab.json.gz`: how often each (folded) training
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
from pathlib import Path

from .features import GROUPS, LEGACY_GROUPS, sentence_features
from .resources import model_dir

__all__ = ["MODEL_FILE", "VOCAB_FILE", "VOCAB_LABELS", "Tagger", "bio_decode", "load", "model_dir", "model_path"]

MODEL_FILE = "ner.crfsuite"
VOCAB_FILE = "vocab.json.gz"
INFO_FILE = "training.json"
VOCAB_LABELS = ("O", "PER", "ORG", "LOC", "MISC")


def model_path(folder: str | None = None) -> Path:
    """The CRF file of a model folder (default: the packaged one); an error when it is absent."""
    path = (Path(folder) if folder else model_dir()) / MODEL_FILE
    if not path.exists():
        raise FileNotFoundError(f"no NER model at {path} (run `make train-ner`)")
    return path


def bio_decode(marg, tags: list[str]) -> list[int]:
    """The tag sequence of highest summed log marginal in which every I-X follows B-X or I-X."""
    import numpy as np
    n, k = marg.shape
    logp = np.log(np.clip(marg, 1e-9, None))
    allowed = np.zeros((k, k))                         # allowed[prev, cur]: 0 or -inf
    for a, prev in enumerate(tags):
        for b, cur in enumerate(tags):
            if cur.startswith("I-") and prev[2:] != cur[2:]:
                allowed[a, b] = -np.inf
    first = np.array([-np.inf if t.startswith("I-") else 0.0 for t in tags])
    score = logp[0] + first
    back = np.zeros((n, k), dtype=np.int64)
    for i in range(1, n):
        cand = score[:, None] + allowed
        back[i] = cand.argmax(axis=0)
        score = cand.max(axis=0) + logp[i]
    best = [int(score.argmax())]
    for i in range(n - 1, 0, -1):
        best.append(int(back[i, best[-1]]))
    return best[::-1]


@dataclass
class Tagger:
    path: Path
    vocab: dict[str, tuple[int, ...]] = field(default_factory=dict)   # folded word -> counts by VOCAB_LABELS
    neural: object = None             # a NeuralTagger whose marginals are averaged with the CRF's, or None
    crf_weight: float = 0.5
    groups: frozenset = LEGACY_GROUPS  # the feature groups the CRF was trained with
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
        """BIO tags of a sentence's words and each tag's marginal probability (1.0 for O)."""
        return self.tag_many([words])[0]

    def tag_many(self, sentences: list[list[str]]) -> list[tuple[list[str], list[float]]]:
        """`tag` for many sentences (the neural tagger runs them as one batch)."""
        tagger = self._tagger()
        todo = [i for i, words in enumerate(sentences) if words]
        out: list = [([], [])] * len(sentences)
        neural = dict(zip(todo, self.neural.marginals_many([sentences[i] for i in todo]))) \
            if self.neural is not None and todo else {}
        for i in todo:
            words = sentences[i]
            tagger.set(sentence_features(words, self.groups))
            if self.neural is None:
                tags = tagger.tag()
                out[i] = (tags, [tagger.marginal(t, k) if t != "O" else 1.0 for k, t in enumerate(tags)])
                continue
            # the CRF's and the BiLSTM-CRF's marginals averaged, decoded under the BIO constraints
            import numpy as np       # only with a neural model: the CRF alone never loads numpy
            labels = self.neural.tags
            known = set(tagger.labels())           # a CRF trained on little data may lack a label
            crf = np.array([[tagger.marginal(t, k) if t in known else 0.0 for t in labels]
                            for k in range(len(words))])
            marg = self.crf_weight * crf + (1 - self.crf_weight) * neural[i]
            tags = [labels[k] for k in bio_decode(marg, labels)]
            out[i] = (tags, [float(marg[k, labels.index(t)]) if t != "O" else 1.0 for k, t in enumerate(tags)])
        return out

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
    path = model_path(folder)
    folder_path = path.parent
    vocab = {}
    vocab_path = folder_path / VOCAB_FILE
    if vocab_path.exists():
        with gzip.open(vocab_path, "rt", encoding="utf-8") as fh:
            vocab = {w: tuple(c) for w, c in json.load(fh).items()}
    info_path = folder_path / INFO_FILE
    info = json.loads(info_path.read_text(encoding="utf-8")) if info_path.exists() else {}
    groups = frozenset(info["features"]) if "features" in info else LEGACY_GROUPS
    unknown = groups - set(GROUPS)
    if unknown:
        raise ValueError(f"NER model at {folder_path} needs feature groups this marsad lacks: {sorted(unknown)}")
    neural, weight = None, 1.0
    if (folder_path / "neural.npz").exists():           # neural.NEURAL_FILE, named here to leave numpy unloaded
        from .neural import NEURAL_FILE, NeuralTagger
        neural = NeuralTagger(folder_path / NEURAL_FILE)
        weight = info.get("ensemble", {}).get("crf_weight", 0.5)
    return Tagger(path, vocab, neural, weight, groups)
