"""The chrome line classifier: logistic regression over `features`, weights in a small JSON file.

Trained by `training/boilerplate.py` (written-news train split plus furniture
lines written for it; never the held-out split or the dev set) and shipped in
`marsad/models/boilerplate/weights.json`. Inference is a dot product in pure
Python. The threshold is set high on purpose: a line of the article is worth
more than a line of furniture missed.
"""
from __future__ import annotations

import json
import math
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from pathlib import Path

# Feature groups -> the reason a decision is given under (the record's boilerplate `reason`).
GROUP_REASONS = {
    "share": "share", "social": "share", "follow": "follow", "app": "follow", "latest": "follow",
    "subscribe": "subscribe", "comment": "comment", "counter": "comment", "read-also": "read-also",
    "tags": "tags", "navigation": "navigation", "section": "navigation", "sep": "navigation",
    "contact": "contact", "copyright": "copyright", "published": "published", "wire-end": "wire-end",
    "link": "link", "disclaimer": "disclaimer",
}
SHAPE_REASONS = {"shape:email": "contact", "shape:handle": "contact", "shape:phone": "contact",
                 "shape:url": "link", "shape:hashtag": "tags", "shape:initials": "wire-end",
                 "shape:slashed": "wire-end", "shape:clock": "published", "shape:date": "published",
                 "shape:ago": "published", "shape:reading-time": "comment"}


@dataclass(frozen=True)
class LineModel:
    weights: dict[str, float]
    threshold: float
    meta: dict

    def margin(self, features: dict[str, float]) -> float:
        w = self.weights
        return sum(w.get(name, 0.0) * value for name, value in features.items())

    def probability(self, features: dict[str, float]) -> float:
        m = self.margin(features)
        return 1.0 / (1.0 + math.exp(-m)) if m > -60 else 0.0

    def reason(self, features: dict[str, float]) -> str:
        """The kind of furniture that weighed most in a decision (`follow`, `tags`, `list` ...)."""
        by_reason: dict[str, float] = {}
        for name, value in features.items():
            group = name.split(":", 1)[0]
            reason = SHAPE_REASONS.get(name) or GROUP_REASONS.get(group) or ("list" if group == "list" else None)
            if reason is not None:
                by_reason[reason] = by_reason.get(reason, 0.0) + self.weights.get(name, 0.0) * value
        best = max(by_reason.items(), key=lambda kv: kv[1], default=("chrome", 0.0))
        return best[0] if best[1] > 0 else "chrome"


WEIGHTS = "weights.json"


def load(path: str | Path | None = None) -> LineModel:
    if path is None:
        text = (resources.files("marsad") / "models" / "boilerplate" / WEIGHTS).read_text(encoding="utf-8")
    else:
        text = Path(path).read_text(encoding="utf-8")
    data = json.loads(text)
    return LineModel(dict(data["weights"]), float(data["threshold"]), data.get("meta", {}))


@lru_cache(maxsize=1)
def default_model() -> LineModel:
    return load()
