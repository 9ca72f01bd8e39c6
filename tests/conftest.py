"""Shared test helpers: where ../shared is, and how to run the installed command."""
from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SHARED = Path(os.environ.get("MARSAD_SHARED", ROOT.parent / "shared"))
EVAL_DEV = SHARED / "eval" / "dev"
EXAMPLE = ROOT / "examples" / "article.txt"
MARSAD = Path(sys.executable).with_name("marsad")


def shared_path(*parts: str) -> Path:
    """A path under ../shared, skipping the test (with the reason) when it is absent."""
    path = SHARED.joinpath(*parts)
    if not path.exists():
        pytest.skip(f"needs {path} (the shared evaluation data beside the repository); absent here")
    return path


def run_marsad(*args: str, stdin: bytes | None = None, timeout: int = 120) -> subprocess.CompletedProcess:
    """Run the installed `marsad` command; stdout/stderr as text."""
    proc = subprocess.run([str(MARSAD), *args], input=stdin, capture_output=True, timeout=timeout)
    proc.stdout = proc.stdout.decode("utf-8")
    proc.stderr = proc.stderr.decode("utf-8")
    return proc


@pytest.fixture
def kursk_text() -> str:
    return shared_path("eval", "dev", "kursk-troops.txt").read_text(encoding="utf-8")


@pytest.fixture
def example_text() -> str:
    return EXAMPLE.read_text(encoding="utf-8")
