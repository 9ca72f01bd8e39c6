"""Named entities (PER, ORG, LOC, MISC), clustered per article.

`entities_stage(ner_model=None)` builds the stage: the built-in CRF shipped in
the package (`model`, `features`, `gazetteer`; trained on ANERcorp and the
written-news train split), or, with `ner_model` (a Hugging Face token-classification
model folder or id), that transformer (`hf`). Both tag the word tokens of each
sentence; then the same rules run for both (`passes`: the ordered pass tables):
tags to mentions with clitics and titles cut (`mentions`), names found by their
head nouns (`patterns`), the sentence's context rules (`context`), names found by
their context (`cued`: GeoNames cities after a locative word, speakers after a
reporting verb or a title, outlets, clubs, weapon models), organisations named for
two fields (`coordinated`), an organisation and the name its last noun governs
(`genitive`), names found once found everywhere (`article`), and clusters (`clusters`).
`cluster_at(doc, start, end)` and `descriptions(doc)` (`nominals`) tell other
stages which cluster a span refers to (a quote's speaker, a claim's source),
descriptions of named people included (`الرئيس الروسي`).
"""
from __future__ import annotations

from bisect import bisect_left
from functools import lru_cache

from ...document import Document
from ...layers import CLUSTERS, ENTITIES, SENTENCES, TOKENS, Mention
from ...pipeline import Stage
from ...text.tokenview import TokenView, token_view
from .clusters import cluster
from .mentions import Tagged, sentence_mentions
from .passes import ARTICLE_PASSES, SENTENCE_PASSES, Context
from .model import load, model_path
from .nominals import cluster_at, descriptions

__all__ = ["entities_stage", "entities", "find_entities", "cluster_at", "descriptions", "sentence_tokens"]

WORD_KINDS = ("word", "latin", "number", "punct", "symbol")


def sentence_windows(doc: Document, view: TokenView) -> list[tuple[int, int]]:
    """Token index ranges (i, j) of each sentence (tokens outside every sentence are left out)."""
    out = []
    for s in doc.layer(SENTENCES):
        i = bisect_left(view.starts, s.start)
        j = bisect_left(view.starts, s.end, lo=i)
        if j > i:
            out.append((i, j))
    return out


def sentence_tokens(doc: Document) -> list[list]:
    """The tokens of each sentence (tokens outside every sentence are dropped)."""
    view = token_view(doc)
    return [list(view.tokens[i:j]) for i, j in sentence_windows(doc, view)]


class BuiltinBackend:
    """The packaged CRF (or the CRF of a model folder), read on the first sentence it tags."""

    name = "crf"

    def __init__(self, folder: str | None = None):
        model_path(folder)                # a missing model fails now, before any article is read
        self.folder = folder

    @property
    def tagger(self):
        return load(self.folder)

    @property
    def vocab(self):
        return load(self.folder)

    def tag(self, sentences: list[list]) -> list[Tagged]:
        results = self.tagger.tag_many([[t.text for t in toks] for toks in sentences])
        return [Tagged(toks, tags, probs) for toks, (tags, probs) in zip(sentences, results)]


def find_entities(doc: Document, backend) -> tuple[list[Mention], list]:
    """Mentions (with cluster ids) and clusters of a segmented document: the tagger's mentions of
    each sentence through the sentence passes, then the article passes (`passes`). The rules read
    the document's token view, a window of it per sentence."""
    view = token_view(doc)
    sentences = [view.window(i, j) for i, j in sentence_windows(doc, view)]
    mentions: list[Mention] = []
    for tagged, sentence in zip(backend.tag([list(s.tokens) for s in sentences]), sentences):
        found = sentence_mentions(tagged, sentence, backend.vocab)
        mentions.extend(SENTENCE_PASSES.run(found, Context(sentence, backend.vocab)))
    article = TokenView.joined(doc, sentences)
    return cluster(ARTICLE_PASSES.run(mentions, Context(article, backend.vocab)))


@lru_cache(maxsize=4)
def _backend(ner_model: str | None):
    if ner_model:
        from .hf import TransformerBackend
        return TransformerBackend(ner_model)
    return BuiltinBackend()


def entities_stage(ner_model: str | None = None) -> Stage:
    """The "entities" stage with the built-in model (None) or a transformer model."""

    backend = _backend(ner_model)          # a missing model fails now; the CRF is read on first use

    def run(doc: Document) -> Document:
        mentions, clusters = find_entities(doc, backend)
        return doc.with_layers(**{ENTITIES: mentions, CLUSTERS: clusters})

    return Stage("entities", run, requires=(TOKENS, SENTENCES), provides=(ENTITIES, CLUSTERS),
                 description="Named entities (PER/ORG/LOC/MISC) and their clusters")


entities = entities_stage()
