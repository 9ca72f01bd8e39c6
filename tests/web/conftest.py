"""Browser-test fixtures: `marsad serve` on a free loopback port over the small corpus, and
Debian's Chromium driven by Playwright (never a downloaded browser).

Chromium is looked up as $MARSAD_CHROMIUM, then `chromium` / `chromium-browser` on PATH;
the browser tests skip, saying so, only when none is found (`make test` installs it)."""
from __future__ import annotations

import os
import shutil
import socket
import subprocess
import time
import urllib.request
from pathlib import Path

import pytest

from tests.conftest import MARSAD, ROOT
from tests.web.corpus import corpus_db, two_day_db  # noqa: F401  (the session fixtures)

ARTIFACTS = ROOT / "tests" / "artifacts" / "web"
CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                 "--disable-background-networking", "--disable-component-update", "--disable-sync"]


def chromium_path() -> str | None:
    for candidate in (os.environ.get("MARSAD_CHROMIUM"), shutil.which("chromium"), shutil.which("chromium-browser"),
                      "/usr/bin/chromium"):
        if candidate and Path(candidate).is_file() and os.access(candidate, os.X_OK):
            return candidate
    return None


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _serve(path):
    """Base URL of `marsad serve --db path` (read-only, no rate limit), stopped when the generator closes."""
    port = _free_port()
    log = path.with_name("serve.log").open("wb")
    proc = subprocess.Popen([str(MARSAD), "serve", "--db", str(path), "--port", str(port), "--rate", "0",
                             "--workers", "1"],
                            stdout=log, stderr=subprocess.STDOUT)
    base = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 60
    while True:
        try:
            with urllib.request.urlopen(base + "/health", timeout=2) as r:
                if r.status == 200:
                    break
        except OSError:
            pass
        if proc.poll() is not None or time.monotonic() > deadline:
            proc.kill()
            log.close()
            pytest.fail(f"marsad serve did not start: {path.with_name('serve.log').read_text(errors='replace')}")
        time.sleep(0.1)
    yield base
    proc.terminate()
    try:
        proc.wait(timeout=10)
    except subprocess.TimeoutExpired:
        proc.kill()
    log.close()


@pytest.fixture(scope="session")
def live_server(corpus_db):
    """Base URL of `marsad serve --db <corpus>` started for this session (read-only, no rate limit)."""
    yield from _serve(corpus_db[0])


@pytest.fixture(scope="session")
def two_day_server(two_day_db):
    """`marsad serve` over two days of news from five outlets (tests/web/corpus.build_two_day_corpus)."""
    yield from _serve(two_day_db[0])


@pytest.fixture(scope="session")
def browser_context(tmp_path_factory):
    executable = chromium_path()
    if executable is None:
        pytest.skip("no Chromium found (install Debian's `chromium`, as `make test` does, or set MARSAD_CHROMIUM)")
    from playwright.sync_api import sync_playwright
    with sync_playwright() as p:
        context = p.chromium.launch_persistent_context(
            str(tmp_path_factory.mktemp("chromium-profile")), executable_path=executable, args=CHROMIUM_ARGS,
            headless=True, viewport={"width": 1366, "height": 900}, locale="ar", service_workers="block")
        yield context
        context.close()


@pytest.fixture
def page(browser_context):
    """A fresh tab that records script dialogs (none may ever open) and page errors."""
    tab = browser_context.new_page()
    tab.dialogs, tab.errors = [], []
    tab.on("dialog", lambda d: (tab.dialogs.append(d.message), d.dismiss()))
    tab.on("pageerror", lambda e: tab.errors.append(str(e)))
    yield tab
    tab.close()


def shot(page, name: str, full_page: bool = True, clip: dict | None = None) -> Path:
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    path = ARTIFACTS / f"{name}.png"
    page.screenshot(path=str(path), full_page=full_page and clip is None, clip=clip)
    return path
