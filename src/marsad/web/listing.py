"""The corpus pages that list things: search, an entity, stories, quotes, claims.

Every list shows "يُعرض 1–20 من 412" and pages through the whole list; copies of one
story are one row naming its outlets; each page has a chart over time of what it
lists (`charts.py`), drawn from counts over every matching row, not the page shown.

    /ui/search?q=...          search with filters (dates, outlet, entity, speaker)
    /ui/entities/{id}         a person, organisation or place: its figures, charts, quotes, claims, articles
    /ui/stories, /ui/stories/{id}   stories carried by several outlets; one story
    /ui/quotes?speaker=...    quotes, newest first, by speaker, outlet and dates
    /ui/claims?q=...          claims about a topic: the stance mix over time, groups by stance and source
"""
from __future__ import annotations

from typing import Annotated
from urllib.parse import quote, urlencode

from fastapi import APIRouter, Query, Request
from fastapi.responses import HTMLResponse, Response

from ..errors import InputError
from ..input.loader import check_date
from . import charts, labels
from .render import render, safe_url

router = APIRouter(include_in_schema=False)

Q = Annotated[str, Query(max_length=300)]
DateQ = Annotated[str, Query(max_length=10)]
Offset = Annotated[int, Query(ge=0, le=100_000)]
PAGE = 20


def entity_page_href(entity_id: str | None) -> str | None:
    return f"/ui/entities/{quote(entity_id, safe='')}" if entity_id else None


def _form(**values: str) -> dict[str, str]:
    return {k: (v or "").strip() for k, v in values.items()}


def _dates(form: dict) -> str | None:
    """The error message when a date filter is not a date, else None."""
    try:
        check_date(form.get("date_from") or None, "date_from")
        check_date(form.get("date_to") or None, "date_to")
    except InputError as exc:
        return str(exc)
    return None


def _base(path: str, form: dict) -> str:
    kept = {k: v for k, v in form.items() if v}
    return f"{path}?{urlencode(kept)}" if kept else path


def _period_href(path: str, form: dict):
    """A chart bar's link: the same list narrowed to the bar's period."""
    def href(start, end) -> str:
        return _base(path, {**form, "date_from": start.isoformat(), "date_to": end.isoformat()})
    return href


@router.get("/ui/search", response_class=HTMLResponse)
async def search_page(request: Request, q: Q = "", date_from: DateQ = "", date_to: DateQ = "", source: Q = "",
                      entity: Q = "", speaker: Q = "", offset: Offset = 0) -> Response:
    corpus = request.app.state.corpus
    form = _form(q=q, date_from=date_from, date_to=date_to, source=source, entity=entity, speaker=speaker)
    error, result, chart = _dates(form), None, None
    sources = await corpus.call("sources") if corpus.path is not None else []
    if any(form.values()) and not error:
        filters = dict(date_from=form["date_from"] or None, date_to=form["date_to"] or None,
                       source=form["source"] or None, entity=form["entity"] or None, speaker=form["speaker"] or None)
        result = await corpus.call("search", form["q"], limit=PAGE, offset=offset, **filters)
        result = {**result, "items": result["hits"], "limit": PAGE, "offset": offset}
        rows = await corpus.call("per_day", "documents", query=form["q"] or None, outlet=filters.pop("source"),
                                 **filters)
        chart = charts.outlet_chart(rows, label="المقالات المطابقة", what="مقالات",
                                    href=_period_href("/ui/search", form), chart_id="search-chart")
    return render("search.html", status_code=422 if error else 200, form=form, result=result, error=error,
                  sources=sources, base=_base("/ui/search", form), chart=chart, top_query=form["q"])


@router.get("/ui/entities/{entity_id}", response_class=HTMLResponse)
async def entity_page(request: Request, entity_id: str, offset: Offset = 0) -> Response:
    from ..http_errors import ApiError
    corpus = request.app.state.corpus
    found = await corpus.call("entity_overview", entity_id)
    if found is None:
        raise ApiError(404, "not_found", f"لا يوجد اسم بالمعرّف {entity_id}")
    documents = await corpus.call("entity_documents", entity_id, limit=PAGE, offset=offset)
    quotes = await corpus.call("quote_page", speaker=entity_id, limit=10)
    claims = await corpus.call("claim_page", source=entity_id, limit=10)
    mentions = charts.outlet_chart(await corpus.call("per_day", "mentions", entity_id=entity_id),
                                   label="مرات الذكر", what="إشارات", chart_id="mentions-chart")
    said = charts.said_chart(await corpus.call("per_day", "quotes", entity_id=entity_id, by="none"),
                             await corpus.call("per_day", "claims", entity_id=entity_id, by="stance"))
    href = entity_page_href(entity_id)
    return render("entity.html", entity=found, totals=found["totals"], documents=documents, quotes=quotes,
                  claims=claims, mentions_chart=mentions, said_chart=said, base=href,
                  quotes_href="/ui/quotes?" + urlencode({"speaker": entity_id}),
                  claims_href="/ui/claims?" + urlencode({"source": entity_id}))


@router.get("/ui/stories", response_class=HTMLResponse)
async def stories_page(request: Request, offset: Offset = 0) -> Response:
    found = await request.app.state.corpus.call("story_page", limit=PAGE, offset=offset)
    return render("stories.html", stories=found, base="/ui/stories")


@router.get("/ui/stories/{story_id}", response_class=HTMLResponse)
async def story_page(request: Request, story_id: str) -> Response:
    from ..http_errors import ApiError, numeric_id
    found = await request.app.state.corpus.call("story", numeric_id(story_id, "story"))
    if found is None:
        raise ApiError(404, "not_found", f"لا توجد قصة بالمعرّف {story_id}")
    docs = found.get("documents") or []
    outlets: dict[str, list] = {}
    for d in docs:
        outlets.setdefault(d.get("source") or "", []).append(d)
    dates = sorted(d["published"] for d in docs if d.get("published"))
    return render("story.html", story=found, documents=docs, outlets=outlets, first=dates[0] if dates else None,
                  last=dates[-1] if dates else None, safe_url=safe_url)


@router.get("/ui/quotes", response_class=HTMLResponse)
async def quotes_page(request: Request, speaker: Q = "", source: Q = "", date_from: DateQ = "", date_to: DateQ = "",
                      offset: Offset = 0) -> Response:
    corpus = request.app.state.corpus
    form = _form(speaker=speaker, source=source, date_from=date_from, date_to=date_to)
    error = _dates(form)
    filters = dict(speaker=form["speaker"] or None, outlet=form["source"] or None,
                   date_from=form["date_from"] or None, date_to=form["date_to"] or None)
    found = None if error else await corpus.call("quote_page", limit=PAGE, offset=offset, **filters)
    chart = None if error else charts.outlet_chart(await corpus.call("per_day", "quotes", **filters),
                                                   label="الاقتباسات", what="اقتباسات",
                                                   href=_period_href("/ui/quotes", form), chart_id="quotes-chart")
    return render("quotes.html", status_code=422 if error else 200, quotes=found, form=form, error=error,
                  sources=await corpus.call("sources"), chart=chart, base=_base("/ui/quotes", form))


@router.get("/ui/claims", response_class=HTMLResponse)
async def claims_page(request: Request, q: Q = "", stance: Annotated[str, Query(max_length=20)] = "",
                      source: Q = "", outlet: Q = "", date_from: DateQ = "", date_to: DateQ = "",
                      offset: Offset = 0) -> Response:
    """With a topic: the stance mix over time and who claimed what about it, one group per (stance,
    source), groups in the order they first appeared ("denied, then confirmed"). Without: the
    latest claims, filtered."""
    corpus = request.app.state.corpus
    stance = stance.strip() if stance.strip() in labels.STANCES else ""
    form = _form(q=q, stance=stance, source=source, outlet=outlet, date_from=date_from, date_to=date_to)
    error = _dates(form)
    sources = await corpus.call("sources")
    context = dict(form=form, q=form["q"], stance=stance, error=error, sources=sources, top_query=form["q"],
                   base=_base("/ui/claims", form), timeline=None, groups=None, claims=None, chart=None)
    if error:
        return render("claims.html", status_code=422, **context)
    dates = dict(outlet=form["outlet"] or None, date_from=form["date_from"] or None, date_to=form["date_to"] or None)
    rows = await corpus.call("per_day", "claims", by="stance", query=form["q"] or None,
                             speaker=form["source"] or None, **dates)
    context["chart"] = charts.stance_chart(rows, href=_period_href("/ui/claims", form))
    if form["q"] and not form["source"]:
        timeline = await corpus.call("claims_timeline", form["q"], stance=stance or None, items=5, group_limit=10,
                                     group_offset=offset, **dates)
        for g in timeline["groups"]:
            g["href"] = entity_page_href(g.get("entity"))
            more = {**form, "source": g.get("entity") or g.get("source") or "", "stance": g["stance"]}
            g["more_href"] = _base("/ui/claims", more) if g["count"] > len(g["items"]) else None
        context["timeline"] = timeline
        context["groups"] = {"total": timeline["groups_total"], "offset": offset, "limit": 10,
                             "items": timeline["groups"]}
        context["stance_href"] = lambda s: _base("/ui/claims", {**form, "stance": s})
        return render("claims.html", **context)
    context["claims"] = await corpus.call("claim_page", query=form["q"] or None, stance=stance or None,
                                          source=form["source"] or None, limit=PAGE, offset=offset, **dates)
    return render("claims.html", **context)
