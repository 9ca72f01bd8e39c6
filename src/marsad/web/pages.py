"""The Arabic (right-to-left) web pages, rendered on the server from the store's data.

    /ui/                      the corpus: recent articles, outlets, a search box
    /ui/documents/{id}        an article with its findings marked in place
    /ui/analyze               paste an article, see it analysed (nothing is stored)
    /ui/search?q=...          search with filters (dates, outlet, entity, speaker)
    /ui/entities/{id}         a person, organisation or place: timeline of its quotes and claims
    /ui/stories/{id}          the outlets that carried one story
    /ui/quotes?speaker=...    quotes, by speaker
    /ui/claims?q=...          claims about a topic, grouped by stance

Templates autoescape everything; the marked article text is built piece by
piece with escaping in `marks.py`. Pages are sent with a strict
Content-Security-Policy (same-origin scripts and styles only).
"""
from __future__ import annotations

import logging
from pathlib import Path
from typing import Annotated, Any
from urllib.parse import quote, urlencode, urlsplit

import jinja2
from fastapi import APIRouter, Form, Query, Request
from fastapi.concurrency import run_in_threadpool
from fastapi.responses import HTMLResponse, RedirectResponse, Response
from markupsafe import Markup, escape

from .. import __version__
from ..errors import InputError
from ..input.loader import check_date, document_from_bytes
from . import labels, timeline
from ..record import SCHEMA
from .article import article_view

HERE = Path(__file__).resolve().parent
STATIC_DIR = HERE / "static"
TEMPLATES_DIR = HERE / "templates"

SECURITY_HEADERS = {
    "Content-Security-Policy": "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
                               "font-src 'self'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'",
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "no-referrer",
}

router = APIRouter(include_in_schema=False)
log = logging.getLogger("marsad.web")


def _highlight(text: str | None, highlights) -> Markup:
    """A search snippet with its [start, end] highlights wrapped in <mark>, every piece escaped."""
    text = text or ""
    out, pos = [], 0
    for pair in sorted(highlights or [], key=lambda h: (h[0], h[1])):
        try:
            start, end = int(pair[0]), int(pair[1])
        except (TypeError, ValueError, IndexError):
            continue
        start, end = max(start, pos), min(end, len(text))
        if start >= end:
            continue
        out += [escape(text[pos:start]), Markup("<mark>"), escape(text[start:end]), Markup("</mark>")]
        pos = end
    out.append(escape(text[pos:]))
    return Markup("").join(out)


def _txt(value) -> str:
    """A field the store gives either as a string or as a span {"start", "end", "text"}."""
    if isinstance(value, dict):
        return str(value.get("text") or value.get("name") or "")
    return "" if value is None else str(value)


def _environment() -> jinja2.Environment:
    env = jinja2.Environment(loader=jinja2.FileSystemLoader(str(TEMPLATES_DIR)), autoescape=True,
                             trim_blocks=True, lstrip_blocks=True)
    env.filters.update(entity_label=labels.entity_label, stance_label=labels.stance_label,
                       css_token=labels.css_token, published_source=lambda v: labels.PUBLISHED_SOURCES.get(v, v),
                       highlight=_highlight, urlq=lambda v: quote(str(v), safe=""), txt=_txt)
    env.globals.update(version=__version__, stances=list(labels.STANCES), entity_labels=labels.ENTITY_LABELS)
    return env


ENV = _environment()


def render(name: str, *, status_code: int = 200, headers: dict[str, str] | None = None, **context: Any) -> HTMLResponse:
    html = ENV.get_template(name).render(**context)
    return HTMLResponse(html, status_code=status_code, headers={**SECURITY_HEADERS, **(headers or {})})


_ERROR_HEADINGS = {404: "غير موجود", 405: "طريقة غير مسموحة", 413: "الطلب أكبر من المسموح", 422: "مدخلات غير صالحة",
                   429: "طلبات كثيرة", 500: "خطأ داخلي", 401: "مطلوب إذن", 403: "ممنوع"}


def error_page(status: int, code: str, message: str, *, headers: dict[str, str] | None = None) -> Response:
    return render("error.html", status_code=status, headers=headers, status=status, code=code, message=message,
                  heading=_ERROR_HEADINGS.get(status, "خطأ"))


def safe_url(url: str | None) -> str | None:
    """A stored URL as a link only when it is http(s); anything else is shown as text."""
    if not url or not isinstance(url, str):
        return None
    try:
        scheme = urlsplit(url.strip()).scheme.lower()
    except ValueError:
        return None
    return url.strip() if scheme in ("http", "https") else None


def entity_page_href(entity_id: str | None) -> str | None:
    return f"/ui/entities/{quote(entity_id, safe='')}" if entity_id else None


def _article_links(record: dict):
    """How the article page links a cluster to its corpus-wide entity page."""
    corpus_ids = ((record.get("corpus") or {}).get("entities") or {})

    def href(cluster_id, cluster, text):
        corpus_id = corpus_ids.get(cluster_id) if cluster_id else None
        if corpus_id:
            return entity_page_href(corpus_id)
        name = cluster.name if cluster is not None else text
        return "/ui/search?" + urlencode({"q": name, "entity": name})

    return href


# --- pages -----------------------------------------------------------------------------------------------


@router.get("/", response_class=HTMLResponse)
async def root() -> Response:
    return RedirectResponse("/ui/", status_code=307)


@router.get("/ui", response_class=HTMLResponse)
async def ui_root() -> Response:
    return RedirectResponse("/ui/", status_code=307)


@router.get("/ui/", response_class=HTMLResponse)
async def home(request: Request, source: Annotated[str | None, Query(max_length=300)] = None,
               offset: Annotated[int, Query(ge=0, le=100_000)] = 0) -> Response:
    corpus = request.app.state.corpus
    limit = 20
    if corpus.path is None:
        return render("home.html", documents=[], count=None, sources=[], source=None, offset=0, limit=limit,
                      has_more=False, writable=False)
    docs = await corpus.call("documents", limit=limit + 1, offset=offset, source=source or None)
    return render("home.html", documents=docs[:limit], has_more=len(docs) > limit, offset=offset, limit=limit,
                  count=await corpus.call("count"), sources=await corpus.call("sources"), source=source,
                  writable=corpus.writable)


@router.get("/ui/documents/{doc_id}", response_class=HTMLResponse)
async def document_page(request: Request, doc_id: str) -> Response:
    from ..http_errors import ApiError, numeric_id
    record = await request.app.state.corpus.call("document", numeric_id(doc_id, "document"))
    if record is None:
        raise ApiError(404, "not_found", f"لا يوجد مقال بالمعرّف {doc_id}")
    view, notice = _view_or_text(record)
    story_id = (record.get("corpus") or {}).get("story")
    story = await request.app.state.corpus.call("story", story_id) if story_id is not None else None
    return render("article.html", view=view, doc_id=doc_id, notice=notice,
                  story_size=len((story or {}).get("documents") or []),
                  safe_url=safe_url((record.get("corpus") or {}).get("url") or view.meta.url))


def _view_or_text(record: dict):
    """The article view; for a stored record whose layers cannot be read back (spans outside
    the text ...), the bare text with a notice rather than no page at all."""
    try:
        return article_view(record, entity_href=_article_links(record)), None
    except Exception as exc:  # a damaged record: show what can be shown
        log.warning("record %s: layers unreadable (%s: %s)", (record.get("corpus") or {}).get("id"),
                    type(exc).__name__, exc)
        if not isinstance(record.get("text"), str):
            raise
        bare = {"schema": SCHEMA, "text": record["text"], "corpus": record.get("corpus") or {},
                "published": record.get("published") if isinstance(record.get("published"), str) else None}
        return article_view(bare), "تعذّر قراءة نتائج التحليل المخزّنة لهذا المقال؛ يظهر نصه وحده."


@router.get("/ui/analyze", response_class=HTMLResponse)
async def analyze_form() -> Response:
    return render("analyze.html", text="", published="", error=None)


@router.post("/ui/analyze", response_class=HTMLResponse)
async def analyze_page(request: Request, text: Annotated[str, Form(max_length=1_000_000)] = "",
                       published: Annotated[str, Form(max_length=20)] = "") -> Response:
    app = request.app
    try:
        doc = document_from_bytes(text.encode("utf-8"), doc_id="pasted", published=check_date(published.strip()),
                                  max_bytes=app.state.max_article_bytes, html=None)
    except InputError as exc:
        return render("analyze.html", status_code=422, text=text, published=published, error=str(exc))
    record = await run_in_threadpool(app.state.analyser.record, doc)
    view = article_view(record, entity_href=_article_links(record))
    return render("article.html", view=view, doc_id=None, story_size=0, safe_url=safe_url(view.meta.url),
                  notice="هذا تحليل للنص الملصوق ولم يُحفظ في المدوّنة.")


@router.get("/ui/search", response_class=HTMLResponse)
async def search_page(request: Request,
                      q: Annotated[str, Query(max_length=300)] = "",
                      date_from: Annotated[str, Query(max_length=10)] = "",
                      date_to: Annotated[str, Query(max_length=10)] = "",
                      source: Annotated[str, Query(max_length=300)] = "",
                      entity: Annotated[str, Query(max_length=300)] = "",
                      speaker: Annotated[str, Query(max_length=300)] = "",
                      offset: Annotated[int, Query(ge=0, le=100_000)] = 0) -> Response:
    corpus = request.app.state.corpus
    limit = 20
    form = {"q": q.strip(), "date_from": date_from.strip(), "date_to": date_to.strip(), "source": source.strip(),
            "entity": entity.strip(), "speaker": speaker.strip()}
    error, result = None, None
    try:
        check_date(form["date_from"] or None, "date_from")
        check_date(form["date_to"] or None, "date_to")
    except InputError as exc:
        error = str(exc)
    sources = await corpus.call("sources") if corpus.path is not None else []
    if any(form.values()) and not error:
        result = await corpus.call("search", form["q"], date_from=form["date_from"] or None,
                                   date_to=form["date_to"] or None, source=form["source"] or None,
                                   entity=form["entity"] or None, speaker=form["speaker"] or None,
                                   limit=limit, offset=offset)
    base = "/ui/search?" + urlencode({k: v for k, v in form.items() if v})
    has_more = bool(result) and offset + limit < int(result.get("total") or 0)
    return render("search.html", status_code=422 if error else 200, form=form, result=result, error=error, sources=sources,
                  base=base, offset=offset, limit=limit, has_more=has_more, top_query=form["q"])


@router.get("/ui/entities/{entity_id}", response_class=HTMLResponse)
async def entity_page(request: Request, entity_id: str) -> Response:
    from ..http_errors import ApiError
    found = await request.app.state.corpus.call("entity", entity_id)
    if found is None:
        raise ApiError(404, "not_found", f"لا يوجد اسم بالمعرّف {entity_id}")
    quotes, claims = found.get("quotes") or [], found.get("claims") or []
    mentions = found.get("mentions") or []
    titles = {item.get("doc_id"): item.get("title") for item in (*quotes, *claims) if item.get("title")}
    by_doc: dict[str, dict] = {}
    for m in mentions:
        d = by_doc.setdefault(str(m.get("doc_id")), {"doc_id": m.get("doc_id"), "published": m.get("published"),
                                                     "source": m.get("source"), "title": titles.get(m.get("doc_id")),
                                                     "forms": [], "count": 0})
        d["count"] += 1
        if m.get("text") and m["text"] not in d["forms"]:
            d["forms"].append(m["text"])
    return render("entity.html", entity=found, quotes=quotes, claims=claims, mention_docs=list(by_doc.values()),
                  timeline=timeline.svg(quotes, claims), mention_count=found.get("mention_count", len(mentions)))


@router.get("/ui/stories/{story_id}", response_class=HTMLResponse)
async def story_page(request: Request, story_id: str) -> Response:
    from ..http_errors import ApiError, numeric_id
    found = await request.app.state.corpus.call("story", numeric_id(story_id, "story"))
    if found is None:
        raise ApiError(404, "not_found", f"لا توجد قصة بالمعرّف {story_id}")
    docs = found.get("documents") or []
    outlets: dict[str, list] = {}
    for d in docs:
        outlets.setdefault(d.get("source") or "مصدر غير معروف", []).append(d)
    dates = sorted(d["published"] for d in docs if d.get("published"))
    return render("story.html", story=found, documents=docs, outlets=outlets, first=dates[0] if dates else None,
                  last=dates[-1] if dates else None, safe_url=safe_url)


@router.get("/ui/quotes", response_class=HTMLResponse)
async def quotes_page(request: Request, speaker: Annotated[str, Query(max_length=300)] = "",
                      offset: Annotated[int, Query(ge=0, le=100_000)] = 0) -> Response:
    limit = 50
    items = await request.app.state.corpus.call("quotes", speaker=speaker.strip() or None, limit=limit + 1,
                                                offset=offset)
    base = "/ui/quotes?" + urlencode({"speaker": speaker.strip()})
    return render("quotes.html", quotes=items[:limit], speaker=speaker.strip(), base=base, offset=offset,
                  limit=limit, has_more=len(items) > limit)


@router.get("/ui/claims", response_class=HTMLResponse)
async def claims_page(request: Request, q: Annotated[str, Query(max_length=300)] = "",
                      stance: Annotated[str, Query(max_length=20)] = "",
                      offset: Annotated[int, Query(ge=0, le=100_000)] = 0) -> Response:
    """With a topic: who claimed what about it, one group per (stance, source), groups in the order
    they first appeared ("denied, then confirmed"). Without: the latest claims, by stance."""
    corpus = request.app.state.corpus
    limit = 50
    stance = stance.strip() if stance.strip() in labels.STANCES else ""
    q = q.strip()
    if q:
        timeline_ = await corpus.call("claims_timeline", q)
        groups = [g for g in timeline_.get("groups") or [] if not stance or g.get("stance") == stance]
        for g in groups:
            g["href"] = entity_page_href(g.get("entity"))
        return render("claims.html", groups=groups, q=q, stance=stance, base="", offset=0, limit=limit,
                      has_more=False, top_query=q)
    items = await corpus.call("claims", query=None, stance=stance or None, limit=limit + 1, offset=offset)
    by_stance: dict[str, list] = {}
    for c in items[:limit]:
        by_stance.setdefault(c.get("stance") or "", []).append(c)
    groups = [{"stance": st, "source": None, "items": its} for st, its in by_stance.items()]
    base = "/ui/claims?" + urlencode({"stance": stance})
    return render("claims.html", groups=groups, q=q, stance=stance, base=base, offset=offset, limit=limit,
                  has_more=len(items) > limit)
