"""Entity linking: an article's clusters to the knowledge base, where the match is sure.

A linked cluster carries the entry's id, English name, kind and country, and takes
`kb:ID` as its key (places keep their ISO or GeoNames key), so the corpus merges every article's cluster of that entity whatever name form
the article used (`عادل الجبير`, `عادل بن أحمد الجبير`, `الجبير`). Places are linked first: a generic
organisation name (`وزارة الداخلية`) links to a country's body only in an article that
names a place of that country. A person's mention also counts with the title written right before
it (`الملك` + `حسين`), since some entries are named only so.
"""
from __future__ import annotations

from dataclasses import replace

from ..document import Document
from ..layers import CLUSTERS, ENTITIES, TOKENS
from ..lexicons.titles import PERSON_TITLES
from ..pipeline import stage
from ..text.tokenview import token_view
from .kb import knowledge_base


@stage("link", requires=[TOKENS, ENTITIES, CLUSTERS], provides=[CLUSTERS])
def link(doc: Document) -> Document:
    """Clusters linked to the knowledge base (id, English name, kind, country) where sure."""
    clusters = doc.layer(CLUSTERS)
    if not clusters:
        return doc
    names: dict[str, list[str]] = {}
    titled: dict[str, list[str]] = {}
    view = token_view(doc)
    for m in doc.layer(ENTITIES):
        names.setdefault(m.entity, []).append(m.text)
        i = view.index_at(m.start) - 1
        if m.label == "PER" and i >= 0 and view.forms[i] in PERSON_TITLES.words:
            titled.setdefault(m.entity, []).append(f"{view.tokens[i].text} {m.text}")
    kb = knowledge_base()
    places = {c.id: kb.link("LOC", [c.name, *names.get(c.id, ())]) for c in clusters if c.label == "LOC"}
    countries = frozenset(e.country for e in places.values() if e is not None and e.country)
    out = []
    for c in clusters:
        entry = places[c.id] if c.id in places else kb.link(c.label, [c.name, *names.get(c.id, ())], countries,
                                                            titled.get(c.id, ()))
        if entry is None:
            out.append(c)
            continue
        # places keep their gazetteer key (ISO code, GeoNames city); the rest are keyed by the entry
        key = c.key if c.label == "LOC" and c.key else f"kb:{entry.id}"
        out.append(replace(c, key=key, kb=entry.id, english=entry.english, kind=entry.kind, country=entry.country))
    return doc.with_layers(**{CLUSTERS: out})
