"""The `marsad` command. Each subcommand lives in its own module with
`register(subparsers)` and `run(args) -> int`; COMMANDS lists them in help order."""
from __future__ import annotations

import argparse
import importlib
import os
import sys

from ..errors import MarsadError

COMMANDS = ["analyze", "ingest", "watch", "alerts", "search", "who", "claims", "stories", "chrome", "export", "batch", "serve"]


def build_parser(only: str | None = None) -> argparse.ArgumentParser:
    """The whole command line, or (`only`) the one subcommand about to run: a command's module
    imports what it needs, so start-up pays for that command alone."""
    from .. import __version__
    parser = argparse.ArgumentParser(
        prog="marsad", description="marsad (مرصد): Arabic news intelligence — who is named, who said what, when, how many.")
    parser.add_argument("--version", action="version", version=f"marsad {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    sub.required = True
    for name in COMMANDS if only is None else [only]:
        module = importlib.import_module(f".{name}", __name__)
        module.register(sub)
    return parser


def fail(message: str, code: int) -> int:
    print(f"marsad: error: {message}", file=sys.stderr)
    return code


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    parser = build_parser(argv[0] if argv and argv[0] in COMMANDS else None)
    args = parser.parse_args(argv)
    try:
        return args.run(args) or 0
    except MarsadError as exc:
        return fail(str(exc), exc.exit_code)
    except KeyboardInterrupt:
        return fail("interrupted", 130)
    except BrokenPipeError:
        # The reader went away (e.g. `| head`): not an error of ours.
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        return 0
    except Exception as exc:  # a bug: one line by default, the traceback on request
        storage = _storage_fault(exc, getattr(args, "db", None))
        if storage is not None:       # a full disk, a read-only FS, a lock met outside a write transaction
            return fail(str(storage), storage.exit_code)
        if os.environ.get("MARSAD_DEBUG"):
            raise
        return fail(f"internal error: {type(exc).__name__}: {exc} (set MARSAD_DEBUG=1 for a traceback)", 70)


def _storage_fault(exc: Exception, path: str | None):
    import sqlite3
    if not isinstance(exc, sqlite3.Error):
        return None
    from ..store.transaction import storage_error
    return storage_error(exc, path)


if __name__ == "__main__":
    sys.exit(main())
