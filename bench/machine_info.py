"""The machine a benchmark ran on, for the results files (figures mean little without it)."""
from __future__ import annotations

import os
import platform
from pathlib import Path


def cpu_model() -> str:
    """The CPU's model name from /proc/cpuinfo, else what platform knows."""
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return platform.processor() or "unknown"


def load_average() -> float:
    """The one-minute load average (NaN where the OS has none): the machine may be shared."""
    return os.getloadavg()[0] if hasattr(os, "getloadavg") else float("nan")
