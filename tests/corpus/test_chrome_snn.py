"""The chrome learned from a real ingest holds no article sentence: 250 SaudiNewsNet articles
of each of two outlets (alweeam, almadina: drawn with random.Random(17) from all of the
outlet's articles, ingested in the collection's date order) are ingested, and every line learned is checked three ways, none of them the guard itself:

- it recurs, as a whole line (by its shape), in at least MIN_ARTICLES of the ingested
  articles with distinct headlines, counted again here from the input files: copies of
  one story cannot make one of its sentences "repeated";
- it is no sentence as a reader sees one: not 6+ words ending in . ! ? or ؟;
- on the dev article from alweeam (gold by hand, ../shared/eval/dev/snn08-alweeam), every
  line of that outlet's learned chrome lies inside gold boilerplate, and the gold's
  boilerplate line is among them."""
from __future__ import annotations

import glob
import json
import random
import re
from collections import defaultdict

import pytest

from marsad.annotators.boilerplate import line_key
from marsad.annotators.boilerplate.lines import line_spans
from marsad.corpus import chrome
from marsad.corpus.sources import iter_items
from marsad.store import Store
from marsad.store.ingest import ingest
from tests.conftest import shared_path

pytestmark = [pytest.mark.slow, pytest.mark.shared]
OUTLETS = ("alweeam", "almadina")
PER_OUTLET = 250
_SENTENCE = re.compile(r"[.!?\u061F][\"'”»’)\]]*$")


@pytest.fixture(scope="module")
def ingested(tmp_path_factory):
    zips = sorted(glob.glob(str(shared_path("data", "saudinewsnet") / "*.zip")))
    every: dict[str, list] = defaultdict(list)
    for item in iter_items(zips):
        if item.source in OUTLETS and item.document is not None:
            every[item.source].append(item.document)
    rng = random.Random(17)
    picked = {o: [every[o][i] for i in sorted(rng.sample(range(len(every[o])), PER_OUTLET))] for o in OUTLETS}
    folder = tmp_path_factory.mktemp("snn")
    path = folder / "articles.jsonl"
    with open(path, "w", encoding="utf-8") as f:
        for outlet in OUTLETS:
            for doc in picked[outlet]:
                f.write(json.dumps({"text": doc.text, "source": outlet, "url": doc.meta.url,
                                    "published": doc.meta.published}, ensure_ascii=False) + "\n")
    with Store(folder / "c.db") as store:
        report = ingest([str(path)], store, workers=2, progress=False, stories=False)
        learned = {o: chrome.learned(store.connection(), o) for o in OUTLETS}
    return picked, learned, report


def test_each_outlet_learned_something(ingested):
    picked, learned, report = ingested
    assert report.added + report.present + report.failed == 2 * PER_OUTLET and report.added >= 2 * PER_OUTLET - 5
    assert all(learned[o] for o in OUTLETS), {o: len(v) for o, v in learned.items()}


def test_every_learned_line_recurs_in_articles_with_distinct_headlines(ingested):
    picked, learned, _ = ingested
    for outlet in OUTLETS:
        headlines: dict[str, set] = defaultdict(set)
        for doc in picked[outlet]:
            spans = line_spans(doc.text)
            title = line_key(doc.text[slice(*spans[0])])
            for s, e in spans:
                headlines[chrome.shape(doc.text[s:e], title)].add(title)
        for found in learned[outlet]:
            assert len(headlines[found.shape]) >= chrome.MIN_ARTICLES, (outlet, found.example)


def test_no_learned_line_is_a_sentence(ingested):
    _, learned, _ = ingested
    sentences = [f.example for o in OUTLETS for f in learned[o]
                 if len(f.example.split()) >= 6 and _SENTENCE.search(f.example.strip())]
    assert sentences == []


def test_the_learned_chrome_agrees_with_the_gold_of_the_dev_article(ingested):
    _, learned, _ = ingested
    text = shared_path("eval", "dev", "snn08-alweeam.txt").read_text(encoding="utf-8")
    gold = json.loads(shared_path("eval", "dev", "snn08-alweeam.gold.json").read_text(encoding="utf-8"))
    shapes = {f.shape for f in learned["alweeam"]}
    spans = line_spans(text)
    title = line_key(text[slice(*spans[0])])
    hits = [(s, e) for s, e in spans if chrome.shape(text[s:e], title) in shapes]
    inside = [any(g["start"] <= s and e <= g["end"] for g in gold["boilerplate"]) for s, e in hits]
    assert hits and all(inside), [text[s:e] for s, e in hits]
    assert [text[s:e] for s, e in hits] == [g["text"] for g in gold["boilerplate"]]
