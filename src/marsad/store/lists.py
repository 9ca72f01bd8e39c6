"""Honest lists over the corpus: every page knows its total, copies of one story are one row.

Each `*_page` method returns `{"total", "limit", "offset", "items"}`: `total` counts
the rows of the whole list (not of the page shown), so a reader sees "20 of 412".
With `collapse` (the default) the copies of one story (wire copy reprinted by
several outlets, see `corpus.stories`) are one row carrying `copies`, `outlets`
and `doc_ids`; without it every stored row is its own. Lists sort by
publication date, newest first unless `sort="oldest"`; undated rows come last.

`Lists` is mixed into `Store`: it only reads, through `self.connection()`.
"""
from __future__ import annotations

from ..corpus.entities import normalise_name
from . import query as query_mod

SORTS = ("newest", "oldest")
SEP = "\x1f"               # between values of group_concat (never in an outlet code or a number)


def page(total: int, limit: int, offset: int, items: list, stored: int | None = None) -> dict:
    """One page of a list: `total` rows in the whole list (copies of a story counted once),
    `stored` the stored rows behind them (every copy), when that differs."""
    out = {"total": int(total), "limit": int(limit), "offset": int(offset), "items": items}
    if stored is not None:
        out["stored"] = int(stored)
    return out


def _order(sort: str, date: str, tie: str) -> str:
    if sort not in SORTS:
        raise ValueError(f"sort must be one of {', '.join(SORTS)}")
    way = "DESC" if sort == "newest" else "ASC"
    return f"{date} IS NULL, {date} {way}, {tie} {way}"


def _split(values: str | None, cast=str) -> list:
    """group_concat output as a list, repeats dropped, order kept."""
    out = []
    for v in (values or "").split(SEP):
        if v and cast(v) not in out:
            out.append(cast(v))
    return out


class Lists:
    # -- filters -------------------------------------------------------------------
    def _where(self, clauses: list[str], params: list, *, outlet=None, date_from=None, date_to=None) -> None:
        if outlet:
            clauses.append("d.source = ?")
            params.append(outlet)
        if date_from:
            clauses.append("d.published >= ?")
            params.append(date_from)
        if date_to:
            clauses.append("d.published <= ?")
            params.append(date_to)

    def _who(self, clauses: list[str], params: list, alias: str, norm_column: str, name: str | None) -> None:
        """Rows said by `name` (a corpus entity id or a name): linked to the entity, or with its wording."""
        if not name:
            return
        ids = self.resolve_entity(name)
        marks = ",".join("?" * len(ids)) or "NULL"
        clauses.append(f"({alias}.entity_id IN ({marks}) OR {alias}.{norm_column} = ?)")
        params.extend([*ids, normalise_name(name)])

    def document_filter(self, *, query: str | None = None, entity: str | None = None, outlet: str | None = None,
                        date_from: str | None = None, date_to: str | None = None) -> tuple[str, list]:
        """The WHERE clause (over `documents d`) and parameters selecting the articles that match a search
        `query` (the search analyzer) and the filters of `search`; an InputError when the query holds no
        word or no entity has the name."""
        from ..errors import InputError
        extra, params = [], []
        if query and query.strip():
            parsed = query_mod.parse(query)
            if parsed.empty:
                raise InputError(f"{query!r} holds no word to search for")
            extra.append("d.id IN (SELECT rowid FROM doc_fts WHERE doc_fts MATCH ?)")
            params.append(parsed.fts())
        if entity and not self.resolve_entity(entity):
            raise InputError(f"no entity named {entity!r} in the corpus")
        where, more = self._filters(source=outlet, date_from=date_from, date_to=date_to, entity=entity, extra=extra)
        return where, [*params, *more]

    # -- documents -----------------------------------------------------------------
    def document_page(self, *, outlet: str | None = None, date_from: str | None = None, date_to: str | None = None,
                      sort: str = "newest", collapse: bool = True, limit: int = 20, offset: int = 0) -> dict:
        """Stored articles (one row per story with `collapse`), newest first."""
        clauses, params = [], []
        self._where(clauses, params, outlet=outlet, date_from=date_from, date_to=date_to)
        where = " WHERE " + " AND ".join(clauses) if clauses else ""
        return self._document_rows(f"FROM documents d{where}", params, sort=sort, collapse=collapse, limit=limit,
                                   offset=offset)

    def _document_rows(self, base: str, params: list, *, sort: str, collapse: bool, limit: int, offset: int,
                       scores: dict[int, float] | None = None) -> dict:
        conn = self.connection()
        key = "d.story" if collapse else "d.id"
        total, stored = conn.execute(f"SELECT count(DISTINCT {key}), count(*) {base}", params).fetchone()
        rows = conn.execute(
            f"SELECT min(d.id) AS rep, count(*), group_concat(d.source, '{SEP}'), group_concat(d.id, '{SEP}'),"
            f" min(d.published) AS first, max(d.published) {base} GROUP BY {key}"
            f" ORDER BY {_order(sort, 'first', 'rep')} LIMIT ? OFFSET ?", (*params, int(limit), int(offset))).fetchall()
        summaries = self._summaries([r[0] for r in rows])
        items = []
        for rep, copies, outlets, ids, first, last in rows:
            item = dict(summaries[rep])
            item.update(copies=copies, outlets=_split(outlets), doc_ids=_split(ids, int), first=first, last=last)
            items.append(item)
        return page(total, limit, offset, items, stored)

    def _summaries(self, ids: list[int]) -> dict[int, dict]:
        if not ids:
            return {}
        marks = ",".join("?" * len(ids))
        return {r[0]: self._summary(r) for r in self.connection().execute(f"{self._SUMMARY} WHERE d.id IN ({marks})",
                                                                          ids)}

    # -- quotes --------------------------------------------------------------------
    _QUOTE_ROW = ("q.id, q.doc_id, d.published, d.source, d.title, q.text, q.start, q.end, q.kind, q.speaker,"
                  " q.speaker_start, q.speaker_end, q.entity_id, e.name, q.cue, q.cue_start, q.cue_end")

    def quote_page(self, *, speaker: str | None = None, outlet: str | None = None, date_from: str | None = None,
                   date_to: str | None = None, sort: str = "newest", collapse: bool = True, limit: int = 50,
                   offset: int = 0) -> dict:
        """Direct quotes, newest first; a quote reprinted in copies of one story is one row."""
        clauses, params = [], []
        self._who(clauses, params, "q", "speaker_norm", speaker)
        self._where(clauses, params, outlet=outlet, date_from=date_from, date_to=date_to)
        where = " WHERE " + " AND ".join(clauses) if clauses else ""
        base = f"FROM quotes q JOIN documents d ON d.id = q.doc_id{where}"
        grouped = self._grouped(base, params, "d.story, q.text" if collapse else "q.id", "q.id", sort, limit, offset)
        reps = self._rows(f"SELECT {self._QUOTE_ROW} FROM quotes q JOIN documents d ON d.id = q.doc_id"
                          " LEFT JOIN entities e ON e.id = q.entity_id WHERE q.id IN ({})", grouped["reps"])
        items = []
        for rep, copies, outlets, ids, first, last in grouped["rows"]:
            r = reps[rep]
            speaker_span = None if r[9] is None else {"text": r[9], "start": r[10], "end": r[11]}
            items.append({"id": r[0], "doc_id": r[1], "published": r[2], "outlet": r[3], "title": r[4], "text": r[5],
                          "start": r[6], "end": r[7], "kind": r[8], "speaker": speaker_span, "entity": r[12],
                          "speaker_name": r[13] or (r[9] if r[9] else None),
                          "cue": None if r[14] is None else {"text": r[14], "start": r[15], "end": r[16]},
                          "copies": copies, "outlets": _split(outlets), "doc_ids": _split(ids, int),
                          "first": first, "last": last})
        return page(grouped["total"], limit, offset, items, grouped["stored"])

    # -- claims --------------------------------------------------------------------
    _CLAIM_ROW = ("c.id, c.doc_id, d.published, d.source, d.title, c.stance, c.source, c.source_start, c.source_end,"
                  " c.entity_id, e.name, c.cue, c.cue_start, c.cue_end, c.content, c.content_start, c.content_end")

    def _claim_filters(self, *, query=None, stance=None, source=None, outlet=None, date_from=None, date_to=None,
                       entity_id=None) -> tuple[str, list] | None:
        clauses, params = [], []
        if query:
            parsed = query_mod.parse(query)
            if parsed.empty:
                return None
            # About the topic: its content matches the whole query, or its article does and the content
            # names part of it ("صلابة الاتفاق" in an article about "الاتفاق النووي").
            clauses.append("(c.id IN (SELECT rowid FROM claim_fts WHERE claim_fts MATCH ?) OR"
                           " (c.doc_id IN (SELECT rowid FROM doc_fts WHERE doc_fts MATCH ?) AND"
                           " c.id IN (SELECT rowid FROM claim_fts WHERE claim_fts MATCH ?)))")
            params += [parsed.fts(), parsed.fts(), parsed.fts_any()]
        if stance:
            clauses.append("c.stance = ?")
            params.append(stance)
        if entity_id:
            clauses.append("c.entity_id = ?")
            params.append(entity_id)
        self._who(clauses, params, "c", "source_norm", source)
        self._where(clauses, params, outlet=outlet, date_from=date_from, date_to=date_to)
        return (" WHERE " + " AND ".join(clauses) if clauses else ""), params

    def claim_page(self, *, query: str | None = None, stance: str | None = None, source: str | None = None,
                   outlet: str | None = None, date_from: str | None = None, date_to: str | None = None,
                   sort: str = "newest", collapse: bool = True, limit: int = 50, offset: int = 0) -> dict:
        """Attributed claims, newest first; `query` matches their content (search analyzer), `source` is who
        claims (entity id or name), `outlet` the publication; copies in one story are one row."""
        found = self._claim_filters(query=query, stance=stance, source=source, outlet=outlet, date_from=date_from,
                                    date_to=date_to)
        if found is None:
            return page(0, limit, offset, [])
        where, params = found
        base = f"FROM claims c JOIN documents d ON d.id = c.doc_id{where}"
        grouped = self._grouped(base, params, "d.story, c.stance, c.content" if collapse else "c.id", "c.id", sort,
                                limit, offset)
        return page(grouped["total"], limit, offset, self._claim_items(grouped), grouped["stored"])

    def _claim_items(self, grouped: dict) -> list[dict]:
        reps = self._rows(f"SELECT {self._CLAIM_ROW} FROM claims c JOIN documents d ON d.id = c.doc_id"
                          " LEFT JOIN entities e ON e.id = c.entity_id WHERE c.id IN ({})", grouped["reps"])
        items = []
        for rep, copies, outlets, ids, first, last in grouped["rows"]:
            r = reps[rep]
            items.append({"id": r[0], "doc_id": r[1], "published": r[2], "outlet": r[3], "title": r[4],
                          "stance": r[5], "source": None if r[6] is None else {"text": r[6], "start": r[7], "end": r[8]},
                          "entity": r[9], "source_name": r[10] or r[6],
                          "cue": None if r[11] is None else {"text": r[11], "start": r[12], "end": r[13]},
                          "content": {"text": r[14], "start": r[15], "end": r[16]},
                          "copies": copies, "outlets": _split(outlets), "doc_ids": _split(ids, int),
                          "first": first, "last": last})
        return items

    # -- shared --------------------------------------------------------------------
    def _grouped(self, base: str, params: list, key: str, rep: str, sort: str, limit: int | None,
                 offset: int) -> dict:
        """Group the rows of `base` by `key`: the total number of groups and one page of
        (representative id, copies, outlets, doc ids, first date, last date)."""
        conn = self.connection()
        total, stored = conn.execute(f"SELECT count(*), sum(n) FROM (SELECT count(*) AS n {base} GROUP BY {key})",
                                     params).fetchone()
        window = "LIMIT ? OFFSET ?" if limit is not None else "LIMIT -1 OFFSET ?"
        bounds = (int(limit), int(offset)) if limit is not None else (int(offset),)
        rows = conn.execute(
            f"SELECT min({rep}) AS rep, count(*), group_concat(d.source, '{SEP}'), group_concat(d.id, '{SEP}'),"
            f" min(d.published) AS first, max(d.published), min(d.id) AS doc {base} GROUP BY {key}"
            f" ORDER BY {_order(sort, 'first', 'doc')}, rep {window}", (*params, *bounds)).fetchall()
        rows = [r[:6] for r in rows]                  # the articles' order within one date, then text order
        return {"total": total, "stored": stored or 0, "rows": rows, "reps": [r[0] for r in rows]}

    def _rows(self, sql: str, ids: list[int]) -> dict[int, tuple]:
        out: dict[int, tuple] = {}
        for i in range(0, len(ids), 500):
            chunk = ids[i:i + 500]
            out.update((r[0], r) for r in self.connection().execute(sql.format(",".join("?" * len(chunk))), chunk))
        return out
