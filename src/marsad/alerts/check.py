"""Alerts checked against newly stored articles; each firing recorded once.

Which articles are new is kept in the database, not in the process: the
highest document id checked so far (`meta` keys `alerts.checked` for entity and
claim alerts, `alerts.stories_checked` for story alerts, which wait until
copies are grouped). A checker killed after storing an article and before
checking it checks that article on its next run, and two processes checking
the same article record one firing (the firing key is unique per alert).
"""
from __future__ import annotations

from ..corpus.entities import normalise_name
from ..store import query as query_mod
from .saved import Alert, Alerts

ARTICLE_MARK = "alerts.checked"
STORY_MARK = "alerts.stories_checked"


def _mark(conn, key: str) -> int:
    row = conn.execute("SELECT value FROM meta WHERE key = ?", (key,)).fetchone()
    return int(row[0]) if row and str(row[0]).isdigit() else 0


def _set_mark(conn, key: str, value: int) -> None:
    conn.execute("INSERT INTO meta (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value",
                 (key, str(value)))


def check_articles(store) -> list[int]:
    """Entity and claim alerts on the articles stored since the last check; the new firings' ids."""
    return _check(store, ARTICLE_MARK, ("entity", "claim"))


def check_stories(store) -> list[int]:
    """Story alerts on the stories of articles stored since the last story check (run after grouping)."""
    return _check(store, STORY_MARK, ("story",))


def _check(store, mark: str, kinds: tuple[str, ...]) -> list[int]:
    conn = store.connection()
    low = _mark(conn, mark)
    high = conn.execute("SELECT coalesce(max(id), 0) FROM documents").fetchone()[0]
    if high <= low:
        return []
    saved = Alerts(store)
    fired: list[int] = []
    for alert in saved.list(active_only=True):
        if alert.kind not in kinds:
            continue
        floor = max(low, alert.after_doc)
        if floor >= high:
            continue
        for key, doc_id, story, finding in _matches(store, alert, floor, high):
            firing = saved.record_firing(alert, key, doc_id, story, finding)
            if firing is not None:
                fired.append(firing)
    _set_mark(conn, mark, high)
    return fired


def _matches(store, alert: Alert, low: int, high: int):
    if alert.kind == "entity":
        yield from _entity_matches(store, alert.target, low, high)
    elif alert.kind == "claim":
        yield from _claim_matches(store, alert.target, alert.stance, low, high)
    else:
        yield from _story_matches(store, alert, low, high)


def _span(text, start, end) -> dict | None:
    return None if text is None else {"text": text, "start": start, "end": end}


def _entity_matches(store, target: str, low: int, high: int):
    conn = store.connection()
    ids = store.resolve_entity(target)
    marks = ",".join("?" * len(ids)) or "NULL"
    norm = normalise_name(target)
    if not norm:
        return
    # The speaker's words may hold the name inside a longer description
    # (المسؤول عن المشروع ليلى الزعبي) that the tagger left without an entity.
    words = f"% {norm} %"
    found: dict[int, dict] = {}
    for doc_id, text, start, end, speaker, s_start, s_end, cue, c_start, c_end, entity in conn.execute(
            "SELECT doc_id, text, start, end, speaker, speaker_start, speaker_end, cue, cue_start, cue_end, entity_id"
            f" FROM quotes WHERE doc_id > ? AND doc_id <= ? AND (entity_id IN ({marks}) OR speaker_norm = ?"
            " OR ' ' || speaker_norm || ' ' LIKE ?) ORDER BY doc_id, start", (low, high, *ids, norm, words)):
        found.setdefault(doc_id, {"quotes": [], "claims": []})["quotes"].append(
            {"text": text, "start": start, "end": end, "speaker": _span(speaker, s_start, s_end),
             "cue": _span(cue, c_start, c_end), "entity": entity})
    for doc_id, stance, source, s_start, s_end, cue, c_start, c_end, content, t_start, t_end, entity in conn.execute(
            "SELECT doc_id, stance, source, source_start, source_end, cue, cue_start, cue_end, content,"
            " content_start, content_end, entity_id FROM claims"
            f" WHERE doc_id > ? AND doc_id <= ? AND (entity_id IN ({marks}) OR source_norm = ?"
            " OR ' ' || source_norm || ' ' LIKE ?) ORDER BY doc_id, content_start", (low, high, *ids, norm, words)):
        found.setdefault(doc_id, {"quotes": [], "claims": []})["claims"].append(
            {"stance": stance, "source": _span(source, s_start, s_end), "cue": _span(cue, c_start, c_end),
             "content": _span(content, t_start, t_end), "entity": entity})
    for doc_id in sorted(found):
        yield f"doc:{doc_id}", doc_id, _story_of(conn, doc_id), {"entity": target, **found[doc_id]}


def _claim_matches(store, query: str, stance: str | None, low: int, high: int):
    conn = store.connection()
    parsed = query_mod.parse(query)
    if parsed.empty:
        return
    sql = ("SELECT doc_id, stance, source, source_start, source_end, cue, cue_start, cue_end, content, content_start,"
           " content_end, entity_id FROM claims WHERE doc_id > ? AND doc_id <= ?"
           " AND id IN (SELECT rowid FROM claim_fts WHERE claim_fts MATCH ?)")
    params: list = [low, high, parsed.fts()]
    if stance:
        sql += " AND stance = ?"
        params.append(stance)
    found: dict[int, list] = {}
    for doc_id, st, source, s_start, s_end, cue, c_start, c_end, content, t_start, t_end, entity in conn.execute(
            sql + " ORDER BY doc_id, content_start", params):
        found.setdefault(doc_id, []).append(
            {"stance": st, "source": _span(source, s_start, s_end), "cue": _span(cue, c_start, c_end),
             "content": _span(content, t_start, t_end), "entity": entity})
    for doc_id in sorted(found):
        yield f"doc:{doc_id}", doc_id, _story_of(conn, doc_id), {"query": query, "claims": found[doc_id]}


def _story_matches(store, alert: Alert, low: int, high: int):
    conn = store.connection()
    stories = [s for (s,) in conn.execute(
        "SELECT DISTINCT story FROM documents WHERE id > ? AND id <= ? AND story IS NOT NULL ORDER BY story",
        (low, high))]
    parsed = query_mod.parse(alert.target) if alert.target else None
    for story in stories:
        rows = conn.execute("SELECT id, source FROM documents WHERE story = ?", (story,)).fetchall()
        outlets = sorted({source for _, source in rows if source})
        if len(outlets) < alert.min_outlets:
            continue
        if not any(doc_id > alert.after_doc for doc_id, _ in rows):
            continue
        if parsed is not None:
            if parsed.empty:
                continue
            marks = ",".join("?" * len(rows))
            hit = conn.execute(f"SELECT 1 FROM doc_fts WHERE doc_fts MATCH ? AND rowid IN ({marks}) LIMIT 1",
                               (parsed.fts(), *[d for d, _ in rows])).fetchone()
            if hit is None:
                continue
        ordered = store.story(story)
        first = next((d for d in ordered["documents"] if d["first"]), None) if ordered else None
        newest = max(doc_id for doc_id, _ in rows)
        yield (f"story:{story}", newest, story,
               {"outlets": outlets, "documents": len(rows), "first": first})


def _story_of(conn, doc_id: int) -> int | None:
    row = conn.execute("SELECT story FROM documents WHERE id = ?", (doc_id,)).fetchone()
    return row[0] if row else None
