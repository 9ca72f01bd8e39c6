"""Moments as the corpus stores them: UTC, to the second, ISO 8601 with a Z."""
from __future__ import annotations

import datetime as dt


def now() -> str:
    return dt.datetime.now(dt.timezone.utc).replace(microsecond=0, tzinfo=None).isoformat() + "Z"


def at(seconds_from_now: float) -> str:
    moment = dt.datetime.now(dt.timezone.utc) + dt.timedelta(seconds=seconds_from_now)
    return moment.replace(microsecond=0, tzinfo=None).isoformat() + "Z"
