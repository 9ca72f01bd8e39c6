"""Linear models over named features: the light inference path of the learned attribution components.

A model is a JSON file in `marsad/models/attribution/` written by
`training/attribution_train.py`: a weight per feature string (one per class for a
multi-class model) and a bias. Scoring a candidate sums the weights of its active
features (pure Python dict lookups: a few hundred candidates per article).

- `Binary`: a logistic classifier; `probability(features)`, accepted at `threshold`.
- `Ranker`: a conditional logit over a group of candidates (which of these spoke);
  `best(groups)` is the highest scoring one.
- `Multiclass`: a softmax classifier (the stance); `predict(features)`.
"""
from __future__ import annotations

import json
import math
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Iterable, Sequence


def model_dir() -> Path:
    return Path(str(resources.files("marsad") / "models" / "attribution"))


def _sigmoid(x: float) -> float:
    return 1.0 / (1.0 + math.exp(-x)) if x > -30 else 0.0


@dataclass(frozen=True)
class Binary:
    weights: dict[str, float]
    bias: float
    threshold: float = 0.5

    def score(self, features: Iterable[str]) -> float:
        w = self.weights
        return self.bias + sum(w.get(f, 0.0) for f in features)

    def probability(self, features: Iterable[str]) -> float:
        return _sigmoid(self.score(features))

    def accepts(self, features: Iterable[str]) -> bool:
        return self.probability(features) >= self.threshold


@dataclass(frozen=True)
class Ranker:
    weights: dict[str, float]

    def score(self, features: Iterable[str]) -> float:
        w = self.weights
        return sum(w.get(f, 0.0) for f in features)

    def best(self, candidates: Sequence[Sequence[str]]) -> int | None:
        """Index of the highest scoring candidate (None for no candidates)."""
        if not candidates:
            return None
        scores = [self.score(c) for c in candidates]
        return max(range(len(scores)), key=scores.__getitem__)


@dataclass(frozen=True)
class Multiclass:
    classes: tuple[str, ...]
    weights: dict[str, tuple[float, ...]]
    bias: tuple[float, ...]

    def scores(self, features: Iterable[str]) -> list[float]:
        out = list(self.bias)
        for f in features:
            row = self.weights.get(f)
            if row is not None:
                for k, v in enumerate(row):
                    out[k] += v
        return out

    def predict(self, features: Iterable[str]) -> str:
        s = self.scores(features)
        return self.classes[max(range(len(s)), key=s.__getitem__)]


def from_json(data: dict):
    kind = data["kind"]
    if kind == "binary":
        return Binary(data["weights"], data["bias"], data.get("threshold", 0.5))
    if kind == "ranker":
        return Ranker(data["weights"])
    if kind == "multiclass":
        return Multiclass(tuple(data["classes"]), {f: tuple(v) for f, v in data["weights"].items()},
                          tuple(data["bias"]))
    raise ValueError(f"unknown model kind {kind!r}")


MODELS = ("quotes", "cues", "speakers", "stance")


def models_installed(folder: str | None = None) -> bool:
    return all((Path(folder or model_dir()) / f"{name}.json").exists() for name in MODELS)


@lru_cache(maxsize=None)
def load(name: str, folder: str | None = None):
    """The packaged model `name` (quotes, cues, speakers, stance), read once per process."""
    path = Path(folder or model_dir()) / f"{name}.json"
    return from_json(json.loads(path.read_text(encoding="utf-8")))
