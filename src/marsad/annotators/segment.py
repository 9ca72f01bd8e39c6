"""Language, tokens and sentences of the article body (boilerplate lines are left out)."""
from __future__ import annotations

from ..document import Document
from ..layers import PARAGRAPHS, SENTENCES, TOKENS
from ..pipeline import stage
from ..text.script import detect_language
from ..text.sentences import split_sentences
from ..text.tokenize import tokenize


def body_paragraphs(doc: Document):
    return [p for p in doc.layer(PARAGRAPHS) if p.kind == "body"]


@stage("segment", requires=[PARAGRAPHS], provides=[TOKENS, SENTENCES])
def segment(doc: Document) -> Document:
    """Tokens and sentences of the body paragraphs, and the text's language."""
    tokens, sentences = [], []
    for par in body_paragraphs(doc):
        tokens.extend(tokenize(doc.text, par.start, par.end))
        sentences.extend(split_sentences(doc.text, par.start, par.end))
    body_text = " ".join(p.text for p in body_paragraphs(doc)) or doc.text
    return doc.with_meta(language=detect_language(body_text)).with_layers(**{TOKENS: tokens, SENTENCES: sentences})
