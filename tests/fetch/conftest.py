from __future__ import annotations

import pytest

from marsad.fetch import FetchSettings

from .site import LocalSite

# Quick settings for tests: no gap between requests, short backoff and timeouts.
QUICK = FetchSettings(host_delay=0.0, backoff=0.01, retries=2, timeout=2.0, deadline=10.0)


@pytest.fixture
def site():
    server = LocalSite().start()
    yield server
    server.stop()


@pytest.fixture
def quick() -> FetchSettings:
    return QUICK
