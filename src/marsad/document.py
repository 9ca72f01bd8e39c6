"""The document: an immutable original text and standoff layers of spans into it.

Every finding marsad makes is a `Span` (or carries spans) with code-point offsets
into `Document.text`, end exclusive. The text is never rewritten: normalised
views are separate strings with offset maps back (see `marsad.text.normalize`).
Pipeline stages never mutate a document; they return a new one with layers added.
"""
from __future__ import annotations

from dataclasses import dataclass, field, fields, replace
from types import MappingProxyType
from typing import Any, Mapping


@dataclass(frozen=True, slots=True)
class Span:
    """`source[start:end]`: characters of a document's original text."""

    start: int
    end: int
    source: str = field(repr=False, compare=False, hash=False)

    def __post_init__(self) -> None:
        if not (0 <= self.start <= self.end <= len(self.source)):
            raise ValueError(f"span {self.start}..{self.end} outside a text of {len(self.source)} characters")

    @property
    def text(self) -> str:
        return self.source[self.start:self.end]

    def __len__(self) -> int:
        return self.end - self.start

    def __repr__(self) -> str:
        return f"{type(self).__name__}({self.start}, {self.end}, {self.text!r})"

    def overlaps(self, other: "Span") -> bool:
        return self.start < other.end and other.start < self.end

    def contains(self, other: "Span") -> bool:
        return self.start <= other.start and other.end <= self.end

    def as_span(self) -> "Span":
        """The bare span (without the subclass's extra fields)."""
        return Span(self.start, self.end, self.source)


@dataclass(frozen=True, slots=True)
class Metadata:
    """What is known about a document besides its text."""

    id: str | None = None
    language: str | None = None            # ISO 639-1 of the text ("ar"), "und" when unclear
    published: str | None = None           # YYYY-MM-DD
    published_source: str | None = None    # given | metadata | inferred | None
    published_at: str | None = None        # ISO 8601 date and time (with the source's UTC offset), when known
    title: str | None = None
    author: str | None = None
    site: str | None = None
    url: str | None = None
    source_format: str = "text"            # text | html | jsonl
    encoding: str | None = None            # of the input bytes, when decoded from a file
    path: str | None = None

    def as_dict(self) -> dict[str, Any]:
        return {f.name: getattr(self, f.name) for f in fields(self)}


@dataclass(frozen=True)
class Document:
    """An original text, its metadata and named standoff layers.

    A layer is a tuple of items that carry spans into `text`. Layers are added by
    pipeline stages through `with_layers`, which returns a new document.
    """

    text: str
    meta: Metadata = field(default_factory=Metadata)
    layers: Mapping[str, tuple] = field(default_factory=lambda: MappingProxyType({}))
    # Derived views (normalised text ...) computed on demand; never part of equality.
    _cache: dict = field(default_factory=dict, repr=False, compare=False)

    def __post_init__(self) -> None:
        if not isinstance(self.text, str):
            raise TypeError("Document.text must be a str")
        if not isinstance(self.layers, MappingProxyType):
            object.__setattr__(self, "layers", MappingProxyType(dict(self.layers)))

    def span(self, start: int, end: int) -> Span:
        return Span(start, end, self.text)

    def layer(self, name: str) -> tuple:
        """The items of a layer; an empty tuple when no stage added it."""
        return self.layers.get(name, ())

    def has(self, name: str) -> bool:
        return name in self.layers

    def with_layers(self, **layers: Any) -> "Document":
        merged = dict(self.layers)
        for name, items in layers.items():
            items = tuple(items) if not isinstance(items, tuple) else items
            for item in _spans_of(items):
                if item.source is not self.text and item.source != self.text:
                    raise ValueError(f"layer {name!r}: a span points into another text")
            merged[name] = items
        return Document(self.text, self.meta, MappingProxyType(merged), self._cache)

    def with_meta(self, **changes: Any) -> "Document":
        return Document(self.text, replace(self.meta, **changes), self.layers, self._cache)

    def cached(self, key: str, compute):
        """A derived value computed once per text (normalised views, token indexes)."""
        try:
            return self._cache[key]
        except KeyError:
            value = self._cache[key] = compute()
            return value

    def __getstate__(self):
        # The cache is derivable; do not ship it to other processes.
        return {"text": self.text, "meta": self.meta, "layers": dict(self.layers)}

    def __setstate__(self, state):
        object.__setattr__(self, "text", state["text"])
        object.__setattr__(self, "meta", state["meta"])
        object.__setattr__(self, "layers", MappingProxyType(state["layers"]))
        object.__setattr__(self, "_cache", {})


def _spans_of(items: tuple):
    """The spans directly held by layer items (used to check they index this text)."""
    for item in items:
        if isinstance(item, Span):
            yield item
