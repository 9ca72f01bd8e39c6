"""The corpus store: analysed articles in one SQLite file, searchable across articles.

    from marsad.store import Store
    with Store("marsad.db") as store:
        store.add(record, source="sabq", url="https://...")
        page = store.search('"وزير الخارجية" معاهدة', date_from="2015-07-01", source="aawsat")

The read interface is the one agreed in /work/notes/STORE-INTERFACE.md. Where
the shapes there left a detail open, this is what the implementation returns
(additions only; no agreed name or shape changed):
- DocSummary and search hits also carry "url".
- document(id)["corpus"] also has "id" and "entities": record cluster id -> corpus entity id.
- quotes(): "speaker" and "cue" are span dicts {"text","start","end"} (or null); items also carry
  "source" (the outlet), "title" and "kind".
- claims(): "source" is WHO claims (a span dict or null) and "outlet" is the publishing source;
  "cue" and "content" are span dicts; items also carry "id" and "title".
- entity(id) takes limit= (default 1000 per list) and adds "documents" and "mention_count";
  each mention also carries "source" (the outlet).
- claims_timeline(query) groups also carry "entity", "first", "last" (dates), "count", "copies", "outlets";
  the result has "query", "total", "distinct", "stances" (distinct claims per stance) and "groups_total";
  a claim is about the query when its content matches it, or its article does and the content names
  part of it; copies of one story count once.
- entity(id) also has "totals", "first" and "last" over ALL its mentions, quotes and claims (limit=None: all rows).
- Paged lists with totals (`lists.py`): document_page, quote_page, claim_page return {"total", "stored",
  "limit", "offset", "items"}, newest first, copies of one story as one row (copies, outlets, doc_ids);
  whole-corpus figures (`overview.py`): entity_overview, entity_documents, claims_timeline, per_day, story_page.
- Extra methods: has(hash), add_prepared(batch), body_of(id), resolve_entity(name_or_id),
  stories(min_size=2), update_stories(doc_ids=None), connection().
"""
from .prepare import Prepared, content_hash, prepare
from .sqlite import DEFAULT_PATH, AddResult, Store

__all__ = ["AddResult", "DEFAULT_PATH", "Prepared", "Store", "content_hash", "prepare"]
