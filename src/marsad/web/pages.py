"""The Arabic (right-to-left) web pages, rendered on the server from the store's data.

    /ui/                      the corpus: articles over time by outlet, the latest stories, outlets
    /ui/documents/{id}        an article with its findings marked in place
    /ui/analyze               paste an article, see it analysed (nothing is stored)

and, in `listing.py`, the pages that list things (search, entities, stories,
quotes, claims). Templates autoescape everything (`render.py`); the marked
article text is built piece by piece with escaping in `marks.py`. Pages are sent
with a strict Content-Security-Policy (same-origin scripts and styles only).
"""
from __future__ import annotations

import logging
from typing import Annotated
from urllib.parse import urlencode

from fastapi import APIRouter, Form, Query, Request
from fastapi.concurrency import run_in_threadpool
from fastapi.responses import HTMLResponse, RedirectResponse, Response

from ..errors import InputError
from ..input.loader import check_date, document_from_bytes
from ..record import SCHEMA
from . import charts
from .article import article_view
from .listing import entity_page_href, router as listing
from .render import ENV, SECURITY_HEADERS, STATIC_DIR, TEMPLATES_DIR, render, safe_url  # noqa: F401 (re-exported)

router = APIRouter(include_in_schema=False)
log = logging.getLogger("marsad.web")

_ERROR_HEADINGS = {404: "غير موجود", 405: "طريقة غير مسموحة", 413: "الطلب أكبر من المسموح", 422: "مدخلات غير صالحة",
                   429: "طلبات كثيرة", 500: "خطأ داخلي", 401: "مطلوب إذن", 403: "ممنوع"}


def error_page(status: int, code: str, message: str, *, headers: dict[str, str] | None = None) -> Response:
    return render("error.html", status_code=status, headers=headers, status=status, code=code, message=message,
                  heading=_ERROR_HEADINGS.get(status, "خطأ"))


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
    if corpus.path is None:
        return render("home.html", documents=None, count=None, sources=[], source=None, chart=None, base="/ui/",
                      writable=False)
    source = (source or "").strip() or None
    documents = await corpus.call("document_page", outlet=source, limit=20, offset=offset)
    rows = await corpus.call("per_day", "documents", outlet=source)

    def href(start, end) -> str:
        return "/ui/search?" + urlencode({"date_from": start.isoformat(), "date_to": end.isoformat(),
                                          **({"source": source} if source else {})})

    chart = charts.outlet_chart(rows, label="المقالات", what="مقالات", href=href, chart_id="home-chart")
    return render("home.html", documents=documents, count=await corpus.call("count"),
                  sources=await corpus.call("sources"), source=source, chart=chart,
                  base="/ui/?" + urlencode({"source": source}) if source else "/ui/", writable=corpus.writable)


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


router.include_router(listing)
