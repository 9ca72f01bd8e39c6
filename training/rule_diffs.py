"""Where a rule changes the analysis: for writing its examples and judging it.

    .venv/bin/python -m training.rule_diffs entities.propagate_names [--limit 10] [--layer entities]

Analyses the written-news TRAIN split (never the held-out split or the dev set)
with the rule on and off, and prints the findings that differ with the sentence
around them. Write a rule's examples yourself, after the pattern seen here.
"""
from __future__ import annotations

import argparse
import json

from .splits import written_news

LAYERS = ("entities", "quotes", "claims", "timexes", "quantities", "boilerplate")


def _without_ids(value):
    if isinstance(value, dict):
        return {k: _without_ids(v) for k, v in value.items() if k != "entity"}
    return value


def _key(item: dict) -> str:
    """An item without cluster ids (they renumber when a mention comes or goes)."""
    return json.dumps(_without_ids(item), ensure_ascii=False, sort_keys=True)


def _around(text: str, item: dict, width: int = 70) -> str:
    start = item.get("start", (item.get("cue") or {}).get("start", 0))
    return text[max(0, start - width):start + width].replace("\n", " ")


def main() -> int:
    import marsad
    from marsad import rules
    from marsad.annotators import default_pipeline
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("rule", help="qualified rule name (stage.name)")
    ap.add_argument("--limit", type=int, default=10)
    ap.add_argument("--layer", choices=LAYERS, help="only this layer")
    args = ap.parse_args()
    default_pipeline()
    rules.get(args.rule)
    shown = 0
    for article in written_news("train"):
        text, published = article.text(), article.gold().get("published")
        on = marsad.to_record(marsad.analyze(text, published=published))
        with rules.disabled([args.rule]):
            off = marsad.to_record(marsad.analyze(text, published=published))
        for layer in (args.layer,) if args.layer else LAYERS:
            a, b = {_key(x): x for x in on.get(layer) or []}, {_key(x): x for x in off.get(layer) or []}
            for sign, keys, side in (("+", a.keys() - b.keys(), a), ("-", b.keys() - a.keys(), b)):
                for k in sorted(keys):
                    item = side[k]
                    label = item.get("label") or item.get("stance") or item.get("value") or ""
                    print(f"{sign} {article.name} {layer} {item.get('text', '')!r} {label}\n    … {_around(text, item)} …")
                    shown += 1
        if shown >= args.limit:
            break
    print(f"({shown} differences shown; '+' found with the rule, '-' without it)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
