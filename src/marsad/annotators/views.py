"""The normalised view of a document and its words, computed once per document.

Timexes and quantities match on the folded view (`marsad.text.normalize`:
diacritics dropped, letter variants folded, every digit set to ASCII) and map
what they find back to the original text. Both read the same cached view.
"""
from __future__ import annotations

import re
from bisect import bisect_left

from ..document import Document, Span
from ..layers import PARAGRAPHS
from ..text.normalize import NormalizedView, normalize

# Words of the view: numbers with their separators, runs of letters, or one other character.
# "5ر32" is a decimal as Reuters' Arabic service writes it: the fraction first, ر for the point (32.5).
_REUTERS_DECIMAL = re.compile(r"\dر\d")
_POINT_DECIMAL = re.compile(r"(?<!\S)\.\d")
# ".5" (a decimal without its zero, after a space) is one number word, read "0.5".
_WORD = re.compile(r"\d+ر\d+(?![^\W\d_])|\d+(?:[.,\u066B\u066C]\d+)*|(?<!\S)\.\d+|[^\W\d_]+|\S")


class DocumentView:
    """A document's folded view, its words (`starts`, `ends`, `texts`: view offsets and the
    folded text of each; a Reuters decimal "5ر32" reads "32.5"), and the view ranges of its
    body paragraphs."""

    def __init__(self, doc: Document):
        self.doc = doc
        self.view: NormalizedView = normalize(doc.text)
        self.text = self.view.text
        self._words = None
        bodies = [p for p in doc.layer(PARAGRAPHS) if p.kind == "body"]
        spans = [(p.start, p.end) for p in bodies] if bodies else [(0, len(doc.text))]
        self.body = [(self.to_view(s), self.to_view(e)) for s, e in spans]

    def _read_words(self):
        # Parallel lists (cheaper than objects over a 31k-article corpus), read on first use.
        spans = [m.span() for m in _WORD.finditer(self.text)]
        texts = _WORD.findall(self.text)
        if _POINT_DECIMAL.search(self.text):
            for k, word in enumerate(texts):
                if word[0] == "." and len(word) > 1:
                    texts[k] = "0" + word
        if _REUTERS_DECIMAL.search(self.text):
            for k, word in enumerate(texts):
                if word[0].isdigit() and "ر" in word:
                    whole_fraction = word.split("ر")
                    texts[k] = f"{whole_fraction[1]}.{whole_fraction[0]}"
        self._words = ([s for s, _ in spans], [e for _, e in spans], texts)
        return self._words

    @property
    def starts(self) -> list[int]:
        return (self._words or self._read_words())[0]

    @property
    def ends(self) -> list[int]:
        return (self._words or self._read_words())[1]

    @property
    def texts(self) -> list[str]:
        return (self._words or self._read_words())[2]

    def to_view(self, original: int) -> int:
        """The view offset of an original offset (the first view character at or after it)."""
        return bisect_left(self.view.origin, original)

    def span(self, start: int, end: int) -> Span:
        return self.view.span(start, end)

    def word_at(self, view_offset: int) -> int:
        """Index of the first word starting at or after a view offset."""
        return bisect_left(self.starts, view_offset)

    def in_body(self, start: int, end: int) -> bool:
        return any(s <= start and end <= e for s, e in self.body)


def trie_pattern(words) -> str:
    """A regex alternation of words factored by shared prefixes (one branch a letter), which
    the regex engine walks in a few steps where a flat alternation tries every word."""
    root: dict = {}
    for word in words:
        node = root
        for ch in word:
            node = node.setdefault(ch, {})
        node[""] = {}

    def build(node: dict) -> str:
        branches = [re.escape(ch) + build(sub) for ch, sub in sorted(node.items()) if ch]
        if not branches:
            return ""
        body = "(?:" + "|".join(branches) + ")" if len(branches) > 1 else branches[0]
        return "(?:" + body + ")?" if "" in node else body
    return build(root)


def document_view(doc: Document) -> DocumentView:
    return doc.cached("annotators.view", lambda: DocumentView(doc))
