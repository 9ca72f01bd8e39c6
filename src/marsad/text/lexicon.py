"""One type for a word list: its entries folded once, with optional tags.

Annotators match words in their folded form (`marsad.text.normalize.fold`:
diacritics dropped, letter variants folded, digits ASCII). A `Lexicon` folds its
entries when it is built and answers membership of an already folded word, so no
annotator folds a word list of its own. Entries of several words are kept as
phrases (tuples of folded words); `words` splits them into their words for the
annotators that ask word by word. Tags name sub-lists of one concept (one titles
table, its entries tagged `name`, `abbreviation`, ...), so a concept is listed once.
"""
from __future__ import annotations

from typing import Iterable, Mapping

from .clitics import ARTICLE
from .normalize import fold

_REGISTRY: dict[str, "Lexicon"] = {}
_VERSION = 0


class Lexicon(frozenset):
    """Folded entries of one word list: a frozenset of folded forms, with its name and entries.

    `form in lexicon` asks for a folded single word (or a folded phrase with spaces);
    `lexicon.words` holds every word of every entry (phrases split), `lexicon.phrases`
    the multiword entries as tuples. `entries` keeps the original spelling, in order.
    A lexicon is a frozenset so that membership, the rules' most frequent question, costs
    what a set's does.
    """

    __slots__ = ("name", "entries", "words", "phrases", "_tags")

    def __new__(cls, name: str, entries: Iterable[str] | Mapping[str, str | Iterable[str]], *,
                register: bool = True):
        tags: dict[str, frozenset[str]] = {}
        if isinstance(entries, Mapping):
            ordered = list(entries)
            for entry, entry_tags in entries.items():     # entries that fold alike share their tags
                if isinstance(entry_tags, str):
                    entry_tags = entry_tags.split()
                tags[fold(entry)] = tags.get(fold(entry), frozenset()) | frozenset(entry_tags)
        else:
            ordered = list(dict.fromkeys(entries))
        folded = [fold(e) for e in ordered]
        self = super().__new__(cls, folded)
        self.name = name
        self.entries: tuple[str, ...] = tuple(ordered)
        self.phrases: tuple[tuple[str, ...], ...] = tuple(
            dict.fromkeys(tuple(f.split()) for f in folded if " " in f))
        self.words: frozenset[str] = frozenset(w for f in self for w in f.split())
        self._tags = tags
        if register:
            if name in _REGISTRY and _REGISTRY[name].entries != self.entries:
                raise ValueError(f"two different lexicons are named {name!r}")
            _REGISTRY[name] = self
            global _VERSION
            _VERSION += 1
        return self

    def __init__(self, *args, **kwargs):          # everything is set in __new__
        pass

    def __reduce__(self):
        source = {e: self._tags.get(fold(e), frozenset()) for e in self.entries} if self._tags else self.entries
        return (_rebuilt, (self.name, source))

    @property
    def forms(self) -> frozenset[str]:
        """The folded forms (the lexicon itself)."""
        return self

    def __repr__(self) -> str:
        return f"Lexicon({self.name!r}, {len(self)} entries)"

    def tags(self, form: str) -> frozenset[str]:
        """The tags of a folded entry (empty for an untagged or absent one)."""
        return self._tags.get(form, frozenset())

    def tagged(self, tag: str, name: str | None = None) -> "Lexicon":
        """The entries carrying `tag`, as a lexicon of its own (in table order)."""
        picked = [e for e in self.entries if tag in self._tags.get(fold(e), ())]
        return Lexicon(name or f"{self.name}:{tag}", {e: self._tags[fold(e)] for e in picked})

    def __or__(self, other) -> frozenset[str]:
        return frozenset.union(frozenset(self), other)

    __hash__ = frozenset.__hash__
    __eq__ = frozenset.__eq__


def _rebuilt(name: str, source) -> "Lexicon":
    """A lexicon after unpickling: the registered one of that name, else built again."""
    return _REGISTRY.get(name) or Lexicon(name, source)


def with_article(entries: Iterable[str]) -> list[str]:
    """Entries and, for each one-word entry, its definite form (heads news writes either way:
    `مستشفى`, `المستشفى`)."""
    entries = list(entries)
    return entries + [ARTICLE + e for e in entries if " " not in e]


def union(name: str, *lexicons: "Lexicon") -> "Lexicon":
    """One lexicon of the entries of several (a rule that asks for any head of a kind)."""
    return Lexicon(name, [e for lex in lexicons for e in lex.entries])


def lexicon(name: str) -> Lexicon:
    """A registered lexicon by name."""
    return _REGISTRY[name]


def registered() -> dict[str, Lexicon]:
    """Every lexicon built so far, by name (the token view's flags, provenance hashes)."""
    return dict(_REGISTRY)


def registry_version() -> int:
    """Grows whenever a lexicon is registered (memoised flags are keyed by it)."""
    return _VERSION
