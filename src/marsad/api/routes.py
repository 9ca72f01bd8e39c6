"""The JSON API: analyse an article, and read the stored corpus through `marsad.store`."""
from __future__ import annotations

from typing import Annotated, Any
from urllib.parse import urlencode

from fastapi import APIRouter, Depends, Path, Query, Request
from fastapi.concurrency import run_in_threadpool
from fastapi.responses import JSONResponse

from .. import __version__
from ..errors import InputError
from ..http_errors import numeric_id
from ..input.loader import check_date
from .analysis import DATE_PATTERN, article_body_schema, check_record, read_posted
from .auth import check_write_token as _check_token
from .errors import ApiError, ErrorResponse

router = APIRouter()

MAX_QUERY = 300

_ERRORS = {status: {"model": ErrorResponse, "description": text} for status, text in (
    (413, "request body over the size limit"), (422, "invalid input"), (429, "rate limit reached"))}
# What analysing a posted article may add: a slow body, no free worker, an analysis over the time limit.
_ANALYSIS = {status: {"model": ErrorResponse, "description": text} for status, text in (
    (408, "request body not received in time"),
    (503, "every analysis worker busy (`busy`), or the analysis over the time limit (`analysis_timeout`)"))}
_ADDED = {"type": "object", "required": ["id", "added"],
          "properties": {"id": {"type": "integer"}, "added": {"type": "boolean"}}}
_NOT_FOUND = {404: {"model": ErrorResponse, "description": "no such item (or no corpus)"}}

# Lists: every list answers `total` (over the whole list), `limit`, `offset` and `next` (the path of
# the next page, null on the last). Records and snippets are heavy: documents and search hits come
# at most 100 a page; quotes, claims, entities and stories at most 500.
MAX_PAGE, MAX_LIST_PAGE = 100, 500
Limit = Annotated[int, Query(ge=1, le=MAX_PAGE, description=f"how many items (1-{MAX_PAGE})")]
ListLimit = Annotated[int, Query(ge=1, le=MAX_LIST_PAGE, description=f"how many items (1-{MAX_LIST_PAGE})")]
Offset = Annotated[int, Query(ge=0, le=100_000, description="items to skip (at most 100000)")]
DateQ = Annotated[str | None, Query(pattern=DATE_PATTERN, description="YYYY-MM-DD")]
Text = Annotated[str | None, Query(max_length=MAX_QUERY)]
Outlet = Annotated[str | None, Query(max_length=MAX_QUERY, description="only this outlet (its code, e.g. aawsat)")]
Sort = Annotated[str, Query(pattern=r"^(newest|oldest)$", description="by publication date: newest (default) "
                                                                       "or oldest first")]
Collapse = Annotated[bool, Query(description="copies of one story (a reprinted wire story) as one item with "
                                             "`copies`, `outlets` and `doc_ids`")]


def corpus(request: Request):
    return request.app.state.corpus


def _date(value: str | None, what: str) -> str | None:
    try:
        return check_date(value, what)
    except InputError as exc:
        raise ApiError(422, "invalid_input", str(exc)) from None


def _dates(date_from: str | None, date_to: str | None) -> tuple[str | None, str | None]:
    return _date(date_from, "date_from"), _date(date_to, "date_to")


def _blank(value: str | None) -> str | None:
    return value.strip() or None if isinstance(value, str) else value


def next_link(request: Request, total: int, limit: int, offset: int) -> str | None:
    """The path and query of the next page (same parameters, offset moved on), None on the last page."""
    if offset + limit >= total:
        return None
    params = [(k, v) for k, v in request.query_params.multi_items() if k != "offset"]
    return f"{request.url.path}?{urlencode([*params, ('offset', offset + limit)])}"


def listed(request: Request, key: str, found: dict) -> dict[str, Any]:
    """A store page as the API's list shape: {key: items, total, stored?, limit, offset, next}."""
    body = {key: found["items"], "total": found["total"]}
    if "stored" in found:
        body["stored"] = found["stored"]
    body.update(limit=found["limit"], offset=found["offset"],
                next=next_link(request, found["total"], found["limit"], found["offset"]))
    return body


@router.get("/health", summary="Server status", tags=["server"])
async def health(request: Request) -> dict[str, Any]:
    store = request.app.state.corpus
    documents = await store.call("count") if store.path is not None else None
    health = {"status": "ok", "version": __version__, "documents": documents, "writable": store.writable}
    if store.path is not None:               # followed outlets and unseen alert firings (marsad watch, alerts)
        from .monitor import monitor_status
        health.update(await store.apply(monitor_status))
    return health


@router.post("/analyze", summary="Analyse an article (nothing is stored)", tags=["analysis"],
             openapi_extra={"requestBody": article_body_schema()},
             responses={200: {"description": "the document record (schema marsad.document/1)",
                              "content": {"application/json": {"schema": {"type": "object"}}}},
                        415: {"model": ErrorResponse, "description": "unsupported body type"}, **_ERRORS,
                        **_ANALYSIS})
async def analyze(request: Request,
                  published: DateQ = None,
                  id: Annotated[str | None, Query(max_length=200, description="your id for the article")] = None
                  ) -> JSONResponse:
    """Send the article as JSON `{"text": ...}` / `{"html": ...}` (with `published`, `id`), or as a raw
    `text/plain` or `text/html` body (with `?published=`). Returns its record."""
    app = request.app
    posted = await read_posted(request, published=_date(published, "published"), doc_id=id,
                               max_bytes=app.state.max_article_bytes, html=app.state.analyser.options.html)
    record = await run_in_threadpool(app.state.analyser.record, posted.doc)
    return JSONResponse(record)


@router.post("/documents", status_code=201, summary="Analyse and store an article (needs the write token)",
             tags=["corpus"],
             openapi_extra={"requestBody": article_body_schema(
                 {"source": {"type": "string", "maxLength": 200, "description": "the outlet"},
                  "url": {"type": "string", "maxLength": 2000},
                  "title": {"type": "string", "maxLength": 1000}}, record=True)},
             responses={201: {"description": "stored", "content": {"application/json": {"schema": _ADDED}}},
                        200: {"description": "already stored (added=false), the stored id",
                              "content": {"application/json": {"schema": _ADDED}}},
                        401: {"model": ErrorResponse, "description": "no bearer token"},
                        403: {"model": ErrorResponse, "description": "wrong token, or writes disabled"},
                        415: {"model": ErrorResponse, "description": "unsupported body type"}, **_ERRORS,
                        **_ANALYSIS})
async def add_document(request: Request, published: DateQ = None,
                       source: Text = None, url: Annotated[str | None, Query(max_length=2000)] = None,
                       title: Annotated[str | None, Query(max_length=1000)] = None) -> JSONResponse:
    """Stores an article in the corpus: JSON `{"text"|"html"|"record", "published"?, "source"?, "url"?,
    "title"?}` or a raw text/HTML body. Requires `Authorization: Bearer TOKEN` (the server's write token)."""
    app = request.app
    _check_token(request)
    posted = await read_posted(request, published=_date(published, "published"),
                               max_bytes=app.state.max_article_bytes, allow_record=True,
                               allowed_fields=("source", "url", "title"), html=app.state.analyser.options.html)
    if posted.record is not None:
        record = check_record(posted.record)
    else:
        record = await run_in_threadpool(app.state.analyser.record, posted.doc)
    fields = {"source": source, "url": url, "title": title}
    fields.update({k: v for k, v in posted.fields.items() if v is not None})
    result = await app.state.corpus.call("add", record, **fields)
    doc_id, added = (result.doc_id, result.added) if hasattr(result, "doc_id") else (result[0], result[1])
    return JSONResponse({"id": doc_id, "added": bool(added)}, status_code=201 if added else 200)


@router.get("/documents", summary="Stored articles, newest first", tags=["corpus"], responses=_ERRORS)
async def documents(request: Request, store=Depends(corpus), limit: Limit = 20, offset: Offset = 0,
                    source: Outlet = None, outlet: Outlet = None, date_from: DateQ = None, date_to: DateQ = None,
                    sort: Sort = "newest", collapse: Collapse = False) -> dict[str, Any]:
    """Article summaries (no text). `source` and `outlet` both name the outlet; with `collapse`
    the copies of one story are one item."""
    date_from, date_to = _dates(date_from, date_to)
    found = await store.call("document_page", outlet=_blank(outlet) or _blank(source), date_from=date_from,
                             date_to=date_to, sort=sort, collapse=collapse, limit=limit, offset=offset)
    return {**listed(request, "documents", found), "corpus_size": await store.call("count")}


@router.get("/documents/{doc_id}", summary="One stored article's record", tags=["corpus"],
            responses={**_NOT_FOUND, **_ERRORS})
async def document(doc_id: Annotated[str, Path(examples=["1"])], store=Depends(corpus)) -> dict[str, Any]:
    record = await store.call("document", numeric_id(doc_id, "document"))
    if record is None:
        raise ApiError(404, "not_found", f"no document {doc_id!r}")
    return record


@router.get("/search", summary="Full-text search over the stored articles", tags=["corpus"], responses=_ERRORS)
async def search(request: Request, store=Depends(corpus), q: Text = None,
                 date_from: DateQ = None, date_to: DateQ = None, source: Outlet = None, outlet: Outlet = None,
                 entity: Text = None, speaker: Text = None, limit: Limit = 20, offset: Offset = 0) -> dict[str, Any]:
    """`q` is matched against title and body (Arabic spelling variants, the article and clitics folded;
    "quoted phrases" and -exclusions work); the filters narrow it down, and without `q` they list the
    matching articles, newest first. Each hit has a snippet and the [start, end] offsets of the matched
    words in the snippet. `entity` and `speaker` take a corpus entity id or a name; `source` and
    `outlet` both name the outlet."""
    date_from, date_to = _dates(date_from, date_to)
    found = await store.call("search", (q or "").strip(), date_from=date_from, date_to=date_to,
                             source=_blank(outlet) or _blank(source), entity=_blank(entity), speaker=_blank(speaker),
                             limit=limit, offset=offset)
    return {**found, "limit": limit, "offset": offset, "next": next_link(request, found["total"], limit, offset)}


@router.get("/sources", summary="The outlets in the corpus, with their Arabic names", tags=["corpus"],
            responses=_ERRORS)
async def sources(store=Depends(corpus)) -> dict[str, Any]:
    """Each outlet's code as stored (`source`), its Arabic display name and domain when known
    (`lexicons/outlets.py`), and its number of articles."""
    from ..readable import outlet_domain, outlet_name
    found = await store.call("sources")
    return {"sources": [{**s, "name": outlet_name(s["source"]), "domain": outlet_domain(s["source"])} for s in found]}


@router.get("/entities", summary="Entities across the corpus, most documents first", tags=["corpus"],
            responses=_ERRORS)
async def entities(request: Request, store=Depends(corpus), q: Text = None,
                   label: Annotated[str | None, Query(pattern=r"^(PER|ORG|LOC|MISC)$")] = None,
                   limit: ListLimit = 50, offset: Offset = 0) -> dict[str, Any]:
    found = await store.call("entity_page", query=_blank(q), label=label, limit=limit, offset=offset)
    return listed(request, "entities", found)


@router.get("/entities/{entity_id}", summary="One entity: its mentions, quotes and claims in date order",
            tags=["corpus"], responses={**_NOT_FOUND, **_ERRORS})
async def entity(entity_id: Annotated[str, Path(examples=["LOC:IQ", "PER:نادر العبيدي"])], store=Depends(corpus),
                 limit: Annotated[int, Query(ge=1, le=10_000, description="at most this many mentions, quotes and "
                                                                          "claims each (1-10000)")] = 1000
                 ) -> dict[str, Any]:
    """`totals`, `first` and `last` cover every stored mention, quote and claim of the entity, whatever
    `limit` cuts from the lists."""
    found = await store.call("entity", entity_id, limit=limit)
    if found is None:
        raise ApiError(404, "not_found", f"no entity {entity_id!r}")
    return found


@router.get("/quotes", summary="Direct quotes, newest first", tags=["corpus"], responses=_ERRORS)
async def quotes(request: Request, store=Depends(corpus), speaker: Text = None, outlet: Outlet = None,
                 date_from: DateQ = None, date_to: DateQ = None, sort: Sort = "newest", collapse: Collapse = True,
                 limit: ListLimit = 50, offset: Offset = 0) -> dict[str, Any]:
    """`speaker` is a corpus entity id or a name (the quotes linked to that entity, or whose speaker is
    worded so); each quote has the wording (`speaker`) and the resolved name (`speaker_name`)."""
    date_from, date_to = _dates(date_from, date_to)
    found = await store.call("quote_page", speaker=_blank(speaker), outlet=_blank(outlet), date_from=date_from,
                             date_to=date_to, sort=sort, collapse=collapse, limit=limit, offset=offset)
    return listed(request, "quotes", found)


StanceQ = Annotated[str | None, Query(pattern=r"^[a-z]{2,20}$", description="assert, confirm, deny, estimate, "
                                                                            "doubt, warn, demand, promise, accuse")]


@router.get("/claims", summary="Attributed claims, newest first", tags=["corpus"], responses=_ERRORS)
async def claims(request: Request, store=Depends(corpus), q: Text = None, stance: StanceQ = None,
                 source: Annotated[str | None, Query(max_length=MAX_QUERY, description="who claims: a corpus "
                                                                                      "entity id or a name")] = None,
                 outlet: Outlet = None, date_from: DateQ = None, date_to: DateQ = None, sort: Sort = "newest",
                 collapse: Collapse = True, limit: ListLimit = 50, offset: Offset = 0) -> dict[str, Any]:
    """`q` is a topic: claims whose content matches it, or whose article does while their content names
    part of it. `source` is who claims; `outlet` the publication."""
    date_from, date_to = _dates(date_from, date_to)
    found = await store.call("claim_page", query=_blank(q), stance=stance, source=_blank(source),
                             outlet=_blank(outlet), date_from=date_from, date_to=date_to, sort=sort,
                             collapse=collapse, limit=limit, offset=offset)
    return listed(request, "claims", found)


@router.get("/claims/groups", summary="Claims about a topic grouped by stance and source, in order of appearance",
            tags=["corpus"], responses=_ERRORS)
async def claim_groups(request: Request, q: Annotated[str, Query(min_length=1, max_length=MAX_QUERY)],
                       store=Depends(corpus), stance: StanceQ = None, outlet: Outlet = None, date_from: DateQ = None,
                       date_to: DateQ = None,
                       items: Annotated[int, Query(ge=1, le=100, description="claims per group (1-100)")] = 10,
                       limit: Annotated[int, Query(ge=1, le=100, description="groups (1-100)")] = 20,
                       offset: Offset = 0) -> dict[str, Any]:
    """The timeline behind "denied, then confirmed": `stances` counts the distinct claims of each stance
    about `q` (copies of one story once), `groups` is one page of (stance, source) groups."""
    date_from, date_to = _dates(date_from, date_to)
    found = await store.call("claims_timeline", q.strip(), stance=stance, outlet=_blank(outlet), date_from=date_from,
                             date_to=date_to, items=items, group_limit=limit, group_offset=offset)
    return {**found, "limit": limit, "offset": offset,
            "next": next_link(request, found["groups_total"], limit, offset)}


@router.get("/stories", summary="Stories carried by several articles, newest first", tags=["corpus"],
            responses=_ERRORS)
async def stories(request: Request, store=Depends(corpus),
                  min_size: Annotated[int, Query(ge=1, le=10_000, description="at least this many articles")] = 2,
                  sort: Annotated[str, Query(pattern=r"^(newest|oldest|largest)$")] = "newest",
                  limit: ListLimit = 50, offset: Offset = 0) -> dict[str, Any]:
    found = await store.call("story_page", min_size=min_size, sort=sort, limit=limit, offset=offset)
    return listed(request, "stories", found)


@router.get("/stories/{story_id}", summary="One story: the articles (and outlets) that carried it", tags=["corpus"],
            responses={**_NOT_FOUND, **_ERRORS})
async def story(story_id: Annotated[str, Path(examples=["1"])], store=Depends(corpus)) -> dict[str, Any]:
    found = await store.call("story", numeric_id(story_id, "story"))
    if found is None:
        raise ApiError(404, "not_found", f"no story {story_id!r}")
    return found
