"""Pages of following outlets: the watched sources' state and the alerts with their new firings.

    /ui/watch        each source: last poll, last success, articles stored, failures in a row, last error
    /ui/alerts       new firings first (the "new" list), the saved alerts; forms to add or remove an alert
                     and mark firings seen, which need the server's write token (typed in the form)
"""
from __future__ import annotations

import hmac
from typing import Annotated

from fastapi import APIRouter, Form, Request
from fastapi.responses import RedirectResponse, Response

from ..errors import InputError
from .pages import error_page, render, safe_url

router = APIRouter(include_in_schema=False)


def _state(store) -> dict:
    from ..alerts import Alerts
    from ..watch.state import sources_status
    saved = Alerts(store)
    return {"sources": sources_status(store), "alerts": saved.list(), "new": saved.firings(new_only=True, limit=200),
            "recent": saved.firings(limit=50)}


@router.get("/ui/watch")
async def watch_page(request: Request) -> Response:
    state = await request.app.state.corpus.apply(_state)
    return render("watch.html", sources=state["sources"])


@router.get("/ui/alerts")
async def alerts_page(request: Request, message: str = "") -> Response:
    state = await request.app.state.corpus.apply(_state)
    return render("alerts.html", alerts=state["alerts"], new=state["new"], recent=state["recent"],
                  writable=bool(request.app.state.write_token), message=message[:200], safe_url=safe_url)


def _token_ok(request: Request, token: str) -> Response | None:
    """None when the form's token is the server's write token, else the error page to answer."""
    expected = request.app.state.write_token
    if not expected:
        return error_page(403, "writes_disabled", "الخادم للقراءة فقط: شغّله مع --write-token لإدارة التنبيهات")
    if not token or not hmac.compare_digest(token.encode(), expected.encode()):
        return error_page(403, "forbidden", "رمز الكتابة غير صحيح")
    return None


def _back(message: str) -> RedirectResponse:
    from urllib.parse import urlencode
    return RedirectResponse(f"/ui/alerts?{urlencode({'message': message})}", status_code=303)


@router.post("/ui/alerts")
async def add_alert_form(request: Request, token: Annotated[str, Form(max_length=500)] = "",
                         kind: Annotated[str, Form(max_length=20)] = "",
                         target: Annotated[str, Form(max_length=300)] = "",
                         stance: Annotated[str, Form(max_length=20)] = "",
                         min_outlets: Annotated[str, Form(max_length=5)] = "",
                         webhook: Annotated[str, Form(max_length=2000)] = "",
                         name: Annotated[str, Form(max_length=200)] = "") -> Response:
    refused = _token_ok(request, token)
    if refused is not None:
        return refused
    from ..alerts import Alerts
    outlets = int(min_outlets) if min_outlets.strip().isdigit() else None
    try:
        alert = await request.app.state.corpus.apply(
            lambda store: Alerts(store).add(kind, target, name=name, stance=stance, min_outlets=outlets,
                                            webhook=webhook))
    except InputError as exc:
        return error_page(422, "invalid_input", str(exc))
    return _back(f"حُفظ التنبيه {alert.id}")


@router.post("/ui/alerts/{alert_id}/remove")
async def remove_alert_form(request: Request, alert_id: int, token: Annotated[str, Form(max_length=500)] = "") -> Response:
    refused = _token_ok(request, token)
    if refused is not None:
        return refused
    from ..alerts import Alerts
    if not await request.app.state.corpus.apply(lambda store: Alerts(store).remove(alert_id)):
        return error_page(404, "not_found", f"لا يوجد تنبيه بالمعرّف {alert_id}")
    return _back(f"حُذف التنبيه {alert_id}")


@router.post("/ui/alerts/seen")
async def mark_seen_form(request: Request, token: Annotated[str, Form(max_length=500)] = "") -> Response:
    refused = _token_ok(request, token)
    if refused is not None:
        return refused
    from ..alerts import Alerts
    marked = await request.app.state.corpus.apply(lambda store: Alerts(store).mark_seen())
    return _back(f"عُلّم {marked} تنبيهًا مقروءًا")
