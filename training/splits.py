"""The fixed splits of the annotated data.

written-news (../shared/data/written-news, 136 articles in eight slates): the
articles sorted by name, every fifth one (positions 4, 9, 14, ...) is held out:
27 articles, three or four from every slate. Models are trained and tuned on
the other 109 only; the held-out 27 are read to report, never to choose. The
dev set (../shared/eval/dev) and ANERcorp's test split are for evaluation only.
"""
from __future__ import annotations

import json
import os
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SHARED = Path(os.environ.get("MARSAD_SHARED", ROOT.parent / "shared"))
WRITTEN_NEWS = SHARED / "data" / "written-news"
DEV = SHARED / "eval" / "dev"
ANERCORP = SHARED / "data" / "anercorp"
HELD_OUT_EVERY = 5


@dataclass(frozen=True)
class Article:
    """One annotated article: its text file and gold (offsets) beside it."""

    name: str
    text_path: Path
    gold_path: Path

    @property
    def spec_path(self) -> Path:
        return self.gold_path.with_name(self.name + ".spec.json")

    def text(self) -> str:
        return self.text_path.read_text(encoding="utf-8")

    def gold(self) -> dict:
        return json.loads(self.gold_path.read_text(encoding="utf-8"))


def _articles(folder: Path, pattern: str) -> list[Article]:
    out = []
    for gold in sorted(folder.glob(pattern), key=lambda p: p.name):
        name = gold.name[: -len(".gold.json")]
        out.append(Article(name, gold.with_name(name + ".txt"), gold))
    return out


def written_news(split: str = "all") -> list[Article]:
    """written-news articles of a split: "train" (109), "heldout" (27) or "all"."""
    if split not in ("train", "heldout", "all"):
        raise ValueError(f"unknown split {split!r}: train, heldout or all")
    articles = _articles(WRITTEN_NEWS, "*/*.gold.json")
    if split == "all":
        return articles
    held = split == "heldout"
    return [a for i, a in enumerate(articles) if (i % HELD_OUT_EVERY == HELD_OUT_EVERY - 1) == held]


def dev() -> list[Article]:
    """The six dev documents (evaluation only)."""
    return _articles(DEV, "*.gold.json")
