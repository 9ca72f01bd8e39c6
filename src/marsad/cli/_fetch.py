"""Options shared by the commands that fetch from the web (analyze URL, ingest --feed, watch)."""
from __future__ import annotations

from dataclasses import replace

from ..errors import InputError


def add_fetch_options(p) -> None:
    from ..fetch import FetchSettings
    d = FetchSettings()
    g = p.add_argument_group("fetching (polite by default: robots.txt obeyed, one request per host every "
                             f"{d.host_delay:g} s)")
    g.add_argument("--delay", type=float, metavar="SECONDS", help=f"between requests to one host (default {d.host_delay:g}; "
                                                                  "robots.txt's Crawl-delay may ask for more)")
    g.add_argument("--timeout", type=float, metavar="SECONDS", help=f"to connect and between bytes (default {d.timeout:g})")
    g.add_argument("--retries", type=int, metavar="N", help=f"after a 429, 5xx or timeout (default {d.retries})")
    g.add_argument("--max-download", type=int, metavar="BYTES",
                   help=f"refuse responses larger than this (default {d.max_bytes:,})")


def fetch_settings(args, base=None):
    from ..fetch import FetchSettings
    settings = base or FetchSettings()
    changes = {}
    for option, field in (("delay", "host_delay"), ("timeout", "timeout"), ("retries", "retries"),
                          ("max_download", "max_bytes")):
        value = getattr(args, option, None)
        if value is not None:
            if value < 0 or (field in ("timeout", "max_bytes") and value == 0):
                raise InputError(f"--{option.replace('_', '-')} must be positive, got {value}")
            changes[field] = value
    return replace(settings, **changes)
