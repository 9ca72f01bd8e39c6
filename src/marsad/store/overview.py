"""Figures over the whole corpus, never over a page: an entity's totals and dates, claims about a topic
grouped by stance and source, counts per day for the charts, the list of stories.

`Overview` is mixed into `Store` (it reads through `self.connection()` and the
`Lists` queries). Every count here is computed over every stored row that
matches, so a page of 20 can say what the other 392 hold.
"""
from __future__ import annotations

from ..corpus.entities import normalise_name
from . import query as query_mod
from .lists import SEP, _order, _split, page

GROUPINGS = ("outlet", "stance", "none")
PER_DAY = ("documents", "mentions", "quotes", "claims")


class Overview:
    # -- one entity ----------------------------------------------------------------
    def entity_overview(self, entity_id: str) -> dict | None:
        """Counts and first/last publication dates over ALL of an entity's mentions, quotes and claims."""
        conn = self.connection()
        row = conn.execute("SELECT id, name, label, key, english, kind, country FROM entities WHERE id = ?",
                           (entity_id,)).fetchone()
        if row is None:
            return None
        mentions, documents, stories, first, last = conn.execute(
            "SELECT count(*), count(DISTINCT m.doc_id), count(DISTINCT d.story), min(d.published), max(d.published)"
            " FROM mentions m JOIN documents d ON d.id = m.doc_id WHERE m.entity_id = ?", (entity_id,)).fetchone()
        quotes, quote_first, quote_last = conn.execute(
            "SELECT count(*), min(d.published), max(d.published) FROM quotes q JOIN documents d ON d.id = q.doc_id"
            " WHERE q.entity_id = ?", (entity_id,)).fetchone()
        claims, claim_first, claim_last = conn.execute(
            "SELECT count(*), min(d.published), max(d.published) FROM claims c JOIN documents d ON d.id = c.doc_id"
            " WHERE c.entity_id = ?", (entity_id,)).fetchone()
        undated = conn.execute("SELECT count(*) FROM mentions m JOIN documents d ON d.id = m.doc_id"
                               " WHERE m.entity_id = ? AND d.published IS NULL", (entity_id,)).fetchone()[0]
        return {"id": row[0], "name": row[1], "label": row[2], "key": row[3], "english": row[4], "kind": row[5],
                "country": row[6], "totals": {"mentions": mentions, "documents": documents, "stories": stories, "quotes": quotes,
                           "claims": claims, "undated_mentions": undated},
                "first": first, "last": last,
                "quotes_first": quote_first, "quotes_last": quote_last,
                "claims_first": claim_first, "claims_last": claim_last}

    def entity_documents(self, entity_id: str, *, sort: str = "newest", collapse: bool = True, limit: int = 20,
                         offset: int = 0) -> dict:
        """The articles naming an entity, by headline, newest first (copies of one story as one row),
        each with how often and in which forms it was named."""
        base = "FROM documents d WHERE d.id IN (SELECT doc_id FROM mentions WHERE entity_id = ?)"
        found = self._document_rows(base, [entity_id], sort=sort, collapse=collapse, limit=limit, offset=offset)
        ids = [i for item in found["items"] for i in item["doc_ids"]]
        counts: dict[int, tuple[int, list[str]]] = {}
        for i in range(0, len(ids), 500):
            chunk = ids[i:i + 500]
            marks = ",".join("?" * len(chunk))
            for doc_id, n, forms in self.connection().execute(
                    f"SELECT doc_id, count(*), group_concat(text, '{SEP}') FROM mentions WHERE entity_id = ?"
                    f" AND doc_id IN ({marks}) GROUP BY doc_id", (entity_id, *chunk)):
                counts[doc_id] = (n, _split(forms))
        for item in found["items"]:
            n, forms = counts.get(item["id"], (0, []))
            item["mentions"], item["forms"] = n, forms
        return found

    # -- claims about a topic ------------------------------------------------------
    def claims_timeline(self, query: str, *, stance: str | None = None, outlet: str | None = None,
                        date_from: str | None = None, date_to: str | None = None, items: int | None = None,
                        group_limit: int | None = None, group_offset: int = 0, most: int = 5000) -> dict:
        """Claims matching `query`, grouped by (stance, who claims), groups ordered by their first date.

        The timeline behind "denied, then confirmed": each group's items are in date order, a claim
        reprinted in copies of one story counted once (its `copies` and `outlets` say where it ran).
        `stances` counts the distinct claims of each stance over all groups (before `stance` narrows
        them); `group_limit`/`group_offset` page the groups, `items` caps the items shown per group."""
        empty = {"query": query, "total": 0, "distinct": 0, "stances": {}, "groups_total": 0, "groups": []}
        found = self._claim_filters(query=query, outlet=outlet, date_from=date_from, date_to=date_to)
        if found is None:
            return empty
        where, params = found
        conn = self.connection()
        base = f"FROM claims c JOIN documents d ON d.id = c.doc_id{where}"
        total = conn.execute(f"SELECT count(*) {base}", params).fetchone()[0]
        grouped = self._grouped(base, params, "d.story, c.stance, c.content", "c.id", "oldest", most, 0)
        claims = self._claim_items(grouped)
        stances: dict[str, int] = {}
        groups: dict[tuple, dict] = {}
        for item in claims:
            stances[item["stance"]] = stances.get(item["stance"], 0) + 1
            if stance and item["stance"] != stance:
                continue
            who = item["entity"] or (normalise_name(item["source"]["text"]) if item["source"] else None)
            group = groups.get((item["stance"], who))
            if group is None:
                group = groups[(item["stance"], who)] = {
                    "stance": item["stance"], "source": item["source_name"], "entity": item["entity"],
                    "first": None, "last": None, "count": 0, "copies": 0, "outlets": [], "items": []}
            group["count"] += 1
            group["copies"] += item["copies"]
            group["outlets"] += [o for o in item["outlets"] if o not in group["outlets"]]
            group["items"].append(item)
            dates = [d for d in (group["first"], group["last"], item["first"], item["last"]) if d]
            if dates:
                group["first"], group["last"] = min(dates), max(dates)
        ordered = sorted(groups.values(), key=lambda g: (g["first"] is None, g["first"] or "", g["stance"]))
        if items is not None:
            for g in ordered:
                g["items"] = g["items"][:items]
        end = None if group_limit is None else group_offset + group_limit
        return {"query": query, "total": total, "distinct": len(claims), "truncated": grouped["total"] > most,
                "stances": dict(sorted(stances.items(), key=lambda kv: (-kv[1], kv[0]))), "groups_total": len(ordered),
                "groups": ordered[group_offset:end]}

    # -- counts per day ------------------------------------------------------------
    def per_day(self, what: str, *, by: str = "outlet", query: str | None = None, entity_id: str | None = None,
                speaker: str | None = None, stance: str | None = None, outlet: str | None = None,
                date_from: str | None = None, date_to: str | None = None, entity: str | None = None) -> list[tuple]:
        """[(YYYY-MM-DD, group, n)] over every matching row: `what` is documents, mentions (of
        `entity_id`), quotes (by `entity_id` or `speaker`) or claims (about `query`, by `entity_id`);
        `by` groups them by outlet, by stance (claims) or not at all. Undated rows are left out."""
        if what not in PER_DAY:
            raise ValueError(f"what must be one of {', '.join(PER_DAY)}")
        if by not in GROUPINGS:
            raise ValueError(f"by must be one of {', '.join(GROUPINGS)}")
        clauses, params = ["d.published IS NOT NULL"], []
        if what == "documents":
            if query and query.strip():
                parsed = query_mod.parse(query)
                if parsed.empty:
                    return []
                clauses.append("d.id IN (SELECT rowid FROM doc_fts WHERE doc_fts MATCH ?)")
                params.append(parsed.fts())
            where, extra = self._filters(source=outlet, date_from=date_from, date_to=date_to, entity=entity,
                                         speaker=speaker, extra=clauses)
            base = f"FROM documents d{where}"
            params += extra
        elif what == "mentions":
            clauses.append("m.entity_id = ?")
            params.append(entity_id)
            self._where(clauses, params, outlet=outlet, date_from=date_from, date_to=date_to)
            base = "FROM mentions m JOIN documents d ON d.id = m.doc_id WHERE " + " AND ".join(clauses)
        elif what == "quotes":
            if entity_id:
                clauses.append("q.entity_id = ?")
                params.append(entity_id)
            self._who(clauses, params, "q", "speaker_norm", speaker)
            self._where(clauses, params, outlet=outlet, date_from=date_from, date_to=date_to)
            base = "FROM quotes q JOIN documents d ON d.id = q.doc_id WHERE " + " AND ".join(clauses)
        else:
            found = self._claim_filters(query=query, stance=stance, source=speaker, outlet=outlet,
                                        date_from=date_from, date_to=date_to, entity_id=entity_id)
            if found is None:
                return []
            where, extra = found
            base = (f"FROM claims c JOIN documents d ON d.id = c.doc_id{where}"
                    + (" AND " if where else " WHERE ") + "d.published IS NOT NULL")
            params = extra + params
        if by == "stance" and what != "claims":
            raise ValueError("only claims have a stance")
        group = {"outlet": "d.source", "stance": "c.stance", "none": "NULL"}[by]
        rows = self.connection().execute(
            f"SELECT substr(d.published, 1, 10), {group}, count(*) {base} GROUP BY 1, 2 ORDER BY 1, 2", params)
        return [(day, g, n) for day, g, n in rows]

    # -- stories -------------------------------------------------------------------
    def story_page(self, *, min_size: int = 2, sort: str = "newest", limit: int = 20, offset: int = 0) -> dict:
        """Stories carried by at least `min_size` articles, newest first (`sort="largest"`: most copies first)."""
        conn = self.connection()
        total = conn.execute("SELECT count(*) FROM (SELECT 1 FROM documents GROUP BY story HAVING count(*) >= ?)",
                             (int(min_size),)).fetchone()[0]
        order = "count(*) DESC, story" if sort == "largest" else _order(sort, "first", "story")
        rows = conn.execute(
            f"SELECT story, count(*), group_concat(source, '{SEP}'), group_concat(id, '{SEP}'), min(published) AS first,"
            f" max(published) FROM documents GROUP BY story HAVING count(*) >= ? ORDER BY {order} LIMIT ? OFFSET ?",
            (int(min_size), int(limit), int(offset))).fetchall()
        titles = self._summaries([r[0] for r in rows])
        items = [{"id": story, "title": (titles.get(story) or {}).get("title"), "documents": n,
                  "outlets": _split(outlets), "doc_ids": _split(ids, int), "first": first, "last": last}
                 for story, n, outlets, ids, first, last in rows]
        return page(total, limit, offset, items)
