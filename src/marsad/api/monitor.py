"""The API of following outlets: watched sources' state, saved alerts and their firings.

    GET    /watch                      each source's polls, last success, failures in a row, last error
    GET    /alerts                     the saved alerts
    POST   /alerts                     save one (write token): {"kind", "target"?, "stance"?, "min_outlets"?, "webhook"?, "name"?}
    DELETE /alerts/{id}                remove one and its firings (write token)
    GET    /alerts/firings?new=true    what fired, newest first
    POST   /alerts/firings/seen        mark firings seen (write token): {"ids": [...]} or {} for all new ones
"""
from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Body, Path, Query, Request

from ..errors import InputError
from .errors import ApiError, ErrorResponse

router = APIRouter()

_WRITE = {400: {"model": ErrorResponse, "description": "the body cannot be read as JSON"},
          401: {"model": ErrorResponse, "description": "no bearer token"},
          403: {"model": ErrorResponse, "description": "wrong token, or writes disabled"},
          422: {"model": ErrorResponse, "description": "invalid input"}}


def _alerts(store):
    from ..alerts import Alerts
    return Alerts(store)


def _list_alerts(store) -> list[dict]:
    return [{**a.as_dict(), "description": a.describe()} for a in _alerts(store).list()]


def _add_alert(store, fields: dict) -> dict:
    alert = _alerts(store).add(fields.get("kind"), fields.get("target"), name=fields.get("name"),
                               stance=fields.get("stance"), min_outlets=fields.get("min_outlets"),
                               webhook=fields.get("webhook"))
    return {**alert.as_dict(), "description": alert.describe()}


def _firings(store, new_only: bool, limit: int) -> dict:
    saved = _alerts(store)
    return {"firings": saved.firings(new_only=new_only, limit=limit), "new": saved.count_new()}


def monitor_status(store) -> dict:
    """What /health adds: each watched source's state and the number of unseen firings."""
    from ..watch.state import sources_status
    return {"watch": sources_status(store), "alerts_new": _alerts(store).count_new()}


def check_token(request: Request) -> None:
    from .auth import check_write_token
    check_write_token(request)


@router.get("/watch", summary="Watched sources and their state", tags=["monitoring"])
async def watch_sources(request: Request) -> dict[str, Any]:
    from ..watch.state import sources_status
    return {"sources": await request.app.state.corpus.apply(sources_status)}


@router.get("/alerts", summary="Saved alerts", tags=["monitoring"])
async def list_alerts(request: Request) -> dict[str, Any]:
    return {"alerts": await request.app.state.corpus.apply(_list_alerts)}


@router.post("/alerts", status_code=201, summary="Save an alert (needs the write token)", tags=["monitoring"],
             responses=_WRITE)
async def add_alert(request: Request, body: Annotated[dict[str, Any], Body(examples=[
        {"kind": "entity", "target": "ليلى الزعبي", "webhook": "https://hooks.example/marsad"},
        {"kind": "claim", "target": "قوات كورسك", "stance": "deny"},
        {"kind": "story", "min_outlets": 3}])]) -> dict[str, Any]:
    """`kind` is entity (target: a name or entity id), claim (target: a query; optional stance) or story
    (min_outlets; optional target query). The alert watches articles stored from now on."""
    check_token(request)
    allowed = {"kind", "target", "stance", "min_outlets", "webhook", "name"}
    unknown = set(body) - allowed
    if unknown:
        raise ApiError(422, "invalid_input", f"unknown field(s): {', '.join(sorted(unknown))}")
    for key in allowed - {"min_outlets"}:
        if body.get(key) is not None and not isinstance(body[key], str):
            raise ApiError(422, "invalid_input", f"{key} must be a string")
    if body.get("min_outlets") is not None and (isinstance(body["min_outlets"], bool)
                                                or not isinstance(body["min_outlets"], int)):
        raise ApiError(422, "invalid_input", "min_outlets must be an integer")
    try:
        return await request.app.state.corpus.apply(_add_alert, body)
    except InputError as exc:
        raise ApiError(422, "invalid_input", str(exc)) from None


@router.delete("/alerts/{alert_id}", summary="Remove an alert and its firings (needs the write token)",
               tags=["monitoring"], responses={**_WRITE, 404: {"model": ErrorResponse, "description": "no such alert"}})
async def remove_alert(request: Request, alert_id: Annotated[str, Path(examples=["1"])]) -> dict[str, Any]:
    from ..http_errors import numeric_id
    check_token(request)
    number = numeric_id(alert_id, "alert")
    if not await request.app.state.corpus.apply(lambda store: _alerts(store).remove(number)):
        raise ApiError(404, "not_found", f"no alert {alert_id!r}")
    return {"id": number, "removed": True}


@router.get("/alerts/firings", summary="What the alerts fired, newest first", tags=["monitoring"])
async def firings(request: Request, new: bool = False,
                  limit: Annotated[int, Query(ge=1, le=500)] = 100) -> dict[str, Any]:
    return await request.app.state.corpus.apply(_firings, new, limit)


@router.post("/alerts/firings/seen", summary="Mark firings seen (needs the write token)", tags=["monitoring"],
             responses=_WRITE)
async def mark_seen(request: Request, body: Annotated[dict[str, Any], Body(examples=[{"ids": [1, 2]}, {}])]
                    ) -> dict[str, Any]:
    check_token(request)
    ids = body.get("ids")
    if ids is not None and (not isinstance(ids, list) or len(ids) > 1000
                            or not all(isinstance(i, int) and not isinstance(i, bool) for i in ids)):
        raise ApiError(422, "invalid_input", "ids must be a list of at most 1000 integers")
    marked = await request.app.state.corpus.apply(lambda store: _alerts(store).mark_seen(ids))
    return {"marked": marked}
