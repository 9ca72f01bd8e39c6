"""The knowledge base entities are linked to: 6,008 names of Arabic news with English names.

`models/kb/kb.jsonl.gz` (built by `training/kb_table.py`; CC0, compiled for marsad from
general knowledge, unverified entry by entry) holds people, organisations, places and
named events, each with its Arabic name and the variants media write (with and without
hamza, عبدالله / عبد الله, titled forms, a surname used alone where media really use it),
an English name, a kind and a country. `link(label, names)` answers only when the match
is sure: the longest of an entity's names that the table knows names one entry of that
label and no other, and a person's longest name agrees with that entry (`محمد كيري` is
not John Kerry because media write `كيري` for him). A title in front is dropped from a
name only when two words remain: `الملك حسين`, `قايد صالح`, `أمين الناصر` keep it, so
that not every `حسين` or `صالح` is one man; the linker matches them with the title the
article writes before the name. A gazetteer, not ground truth: a wrong entry links wrongly.
"""
from __future__ import annotations

import gzip
import json
import re
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from typing import Iterable

from ..lexicons.titles import PERSON_TITLES
from ..text.normalize import fold

_SPACE = re.compile(r"\s+")
_PUNCT = re.compile(r"[^\w\s]")
_TITLE_WORDS = PERSON_TITLES.words
GLUED_CLASS = 5          # word frequency class (Zipf 2.5) of a common word
# عبد الله / عبدالله, أبو بكر / ابوبكر: a name's particle is written joined or apart.
_JOINED = re.compile(r"\b(عبد|ابو) (?=\S)")


@dataclass(frozen=True, slots=True)
class Entry:
    id: str
    label: str                   # PER | ORG | LOC | MISC
    kind: str | None             # head_of_state, minister, city, club ...
    arabic: str
    english: str | None
    country: str | None          # ISO 3166-1 alpha-2


def name_form(text: str, titles: bool = True) -> str:
    """The matching form of a name: folded, punctuation out, titles in front dropped (`titles`),
    a leading conjunction or preposition before the article dropped, عبد/ابو joined to the next word."""
    words = _SPACE.sub(" ", _PUNCT.sub(" ", fold(text))).split()
    while titles and len(words) > 1 and words[0] in _TITLE_WORDS:
        words = words[1:]
    if words and len(words[0]) > 3 and words[0][0] in "وفبلك" and words[0][1:3] == "ال":
        words[0] = words[0][1:]
    return _JOINED.sub(r"\1", " ".join(words))


def entry_forms(entry: dict) -> list[tuple[str, bool]]:
    """The matching forms of an entry's names, each with whether it is generic: an organisation's
    name without the nationality word that makes it one body (`وزارة الداخلية` of `وزارة الداخلية
    السعودية`), which names that body only in an article about its country."""
    full = name_form(entry["ar"]).split()
    out: dict[str, bool] = {}
    for name in [entry["ar"], *entry.get("variants", ())]:
        for form in _forms(name, name == entry["ar"]):
            words = form.split()
            generic = entry["type"] == "ORG" and len(full) == len(words) + 1 and full[:-1] == words
            out[form] = out.get(form, True) and generic
    return list(out.items())


def _forms(name: str, main: bool) -> list[str]:
    """An entry name's forms: without its titles when two words remain, else with them (`الملك حسين`
    names one king, `حسين` anyone); the main name also as written (`أمين معلوف`: أمين is his name)."""
    bare, whole = name_form(name), name_form(name, titles=False)
    if len(bare.split()) < 2 <= len(whole.split()):
        return [whole]
    return [f for f in dict.fromkeys((bare, whole if main else "")) if f]


class KnowledgeBase:
    """Entries indexed by (label, name form); each entry line carries its precomputed `forms`."""

    def __init__(self, entries: Iterable[dict]):
        self.entries: dict[str, Entry] = {}
        self.index: dict[tuple[str, str], dict[str, bool]] = {}
        self.names: dict[str, tuple[tuple[str, ...], ...]] = {}      # entry -> its names of two words or more
        for e in entries:
            entry = Entry(e["id"], e["type"], e.get("kind"), e["ar"], e.get("en"), e.get("country"))
            self.entries[entry.id] = entry
            forms = e["forms"] if "forms" in e else entry_forms(e)
            for form, generic in forms:
                self.index.setdefault((entry.label, form), {})[entry.id] = generic
            self.names[entry.id] = tuple(w for w in (tuple(f.split()) for f, _ in forms) if len(w) > 1)

    def candidates(self, label: str, name: str) -> list[Entry]:
        return [self.entries[i] for i in sorted(self.index.get((label, name_form(name)), ()))]

    def link(self, label: str, names: Iterable[str], countries: frozenset[str] = frozenset(),
             titled: Iterable[str] = ()) -> Entry | None:
        """The entry an entity with these names (its mentions) surely is, else None: the longest
        name the table knows decides, and it must name one entry only; a generic name links only
        when the article names the entry's country (`countries`: ISO codes of its places); a
        person's longest name must agree with the entry (`agrees`). `titled`: names with the
        title the article writes before them (`الملك حسين`), matched only as written."""
        names = list(names)
        bare = {name_form(n) for n in names} - {""}
        forms = sorted(bare | {name_form(n, titles=False) for n in [*names, *titled]} - {""},
                       key=lambda f: (-len(f.split()), -len(f), f))
        for form in forms:
            ids = self.index.get((label, form))
            if ids:
                if len(ids) > 1:
                    return None
                (entry_id, generic), = ids.items()
                entry = self.entries[entry_id]
                if generic and entry.country not in countries:
                    return None
                longest = max(bare, key=lambda f: (len(f.split()), len(f)), default=form)
                agrees = label != "PER" or longest == form or self.agrees(entry_id, longest.split())
                return entry if agrees else None
        return None

    def agrees(self, entry_id: str, words: list[str]) -> bool:
        """A person's longest name fits the entry: it holds one of the entry's names of two words or
        more, lies inside one, or shares its first and last words (`عادل بن أحمد الجبير`). Words at
        its ends that are common words and no person-name token are left out first: the tagger glues verbs and nouns
        to a name (`رونالدو أبدى`, `كيري منتقدي` are Ronaldo and Kerry; `محمد كيري` is someone else)."""
        from .entities.resources import frequency_class, person_tokens
        names = person_tokens()

        def glued(w: str) -> bool:            # a common indefinite word that names no one (أبدى, منتقدي)
            return w not in names and not w.startswith("ال") and frequency_class(w) >= GLUED_CLASS
        while len(words) > 1 and glued(words[-1]):
            words = words[:-1]
        while len(words) > 1 and glued(words[0]):
            words = words[1:]
        for name in self.names.get(entry_id, ()):
            if _inside(name, words) or _inside(words, name) or (_alike(words[0], name[0]) and _alike(words[-1], name[-1])):
                return True
        return not self.names.get(entry_id)


# Letters that transliterate one sound of a foreign name (دييجو / دييغو, سيرخيو / سيرجيو,
# سواريز / سواريس); long vowels and hamza seats left out (أوسين / يوسين, رافاييل / رافائيل).
_SOUNDS = str.maketrans({"غ": "ج", "ق": "ج", "ك": "ج", "خ": "ج", "ح": "ه", "ط": "ت", "ص": "س", "ز": "س",
                         "ث": "س", "ض": "د", "ذ": "د", "ا": None, "و": None, "ي": None, "ء": None})


def _alike(a: str, b: str) -> bool:
    """One word, or one foreign name in two transliterations."""
    return a == b or (len(a) > 3 and len(b) > 3 and a.translate(_SOUNDS) == b.translate(_SOUNDS))


def _inside(short, long) -> bool:
    n = len(short)
    return any(tuple(long[i:i + n]) == tuple(short) for i in range(len(long) - n + 1))


@lru_cache(maxsize=1)
def knowledge_base() -> KnowledgeBase:
    """The packaged table, read on first use."""
    path = resources.files("marsad") / "models" / "kb" / "kb.jsonl.gz"
    with path.open("rb") as raw, gzip.open(raw, "rt", encoding="utf-8") as f:
        return KnowledgeBase(json.loads(line) for line in f if line.strip())
