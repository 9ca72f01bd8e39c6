"""`marsad analyze`: articles (files, folders, standard input, JSONL streams) in, document records out.

One file: its record (or summary) on standard output, and a bad file is a one-line error with
exit status 3. Several files or folders: one record a line on standard output, or one file per
input under `--out DIR`; a file that cannot be analysed is reported (one line on stderr, and an
error record in a stream) and the others go on; the exit status is then 3. Everything goes
through `marsad.run` (`analyse`, `pipe`), the path every other entry point uses.
"""
from __future__ import annotations

import json
import sys
from pathlib import Path

from ..errors import InputError
from ._fetch import add_fetch_options, fetch_settings
from .options import add_analysis_options, add_workers_option, analysis_options, workers

TEXT_SUFFIXES = (".txt", ".text")


def register(sub) -> None:
    p = sub.add_parser("analyze", help="analyse articles (text or HTML) and print their records",
                       description="Analyse Arabic news articles and print their document records "
                                   "(JSON, schema marsad.document/1) or readable summaries: one file, "
                                   "many files and folders (one record a line, or one file each under --out), "
                                   "or JSONL streams.")
    p.add_argument("paths", nargs="+", metavar="PATH",
                   help="UTF-8 (or Windows-1256 / ISO-8859-6 / UTF-16) text files, HTML pages, folders of them "
                        "(walked in sorted order), http(s) URLs of article pages, or - for standard input")
    add_analysis_options(p, published_help="publication date (relative dates resolve against it); for JSONL "
                                           "lines, the date of lines that carry none")
    p.add_argument("--jsonl", action="store_true",
                   help="each PATH holds one {\"id\", \"text\", \"published\"?} object a line; print one record "
                        "a line")
    p.add_argument("--out", metavar="DIR", help="write one record per input file to DIR (NAME.json, or NAME.txt "
                                                "with --format text; folders keep their layout)")
    p.add_argument("--format", choices=["json", "text"], default="json", help="JSON record (default) or a summary")
    p.add_argument("--compact", action="store_true", help="JSON on one line")
    add_workers_option(p, 1)
    add_fetch_options(p)
    p.set_defaults(run=run)


def run(args) -> int:
    from .. import run as runpath
    options = analysis_options(args)
    n = workers(args)
    if args.jsonl:
        if args.out:
            raise InputError("--out writes one record per input file; with --jsonl the records stream to "
                             "standard output")
        return _jsonl(args, options, n)
    from ..fetch import is_url
    try:
        if len(args.paths) == 1 and not args.out and not Path(args.paths[0]).is_dir():
            source = _fetched(args.paths[0], args) if is_url(args.paths[0]) else Path(args.paths[0])
            if args.format == "text":
                result = runpath.analyse(source, options)
            else:
                result = runpath.analyse_to_record(source, options)
            sys.stdout.write(_render(result, args, one_line=args.compact))
            return 0
        return _many(args, options, n)
    finally:
        if getattr(args, "fetcher", None) is not None:
            args.fetcher.close()


def _fetched(url: str, args):
    """The article at `url` as an unanalysed document (one polite fetcher for the whole run)."""
    from ..fetch import Fetcher, document_from_response
    if getattr(args, "fetcher", None) is None:
        args.fetcher = Fetcher(fetch_settings(args))
    doc = document_from_response(args.fetcher.get(url), published=args.published)
    if args.published:                 # a date given on the command line wins, as it does for files
        doc = doc.with_meta(published=args.published, published_source="given")
    return doc


# -- output -----------------------------------------------------------------------------
def _render(result, args, *, one_line: bool) -> str:
    """A document (text summary) or a record (JSON) as the text to write."""
    if args.format == "text":
        from ..report import summary
        return summary(result)
    return json.dumps(result, ensure_ascii=False, indent=None if one_line else 1) + "\n"


def _error_line(message: str, **where) -> None:
    from ..record import error_record
    print(f"marsad: error: {message}", file=sys.stderr)
    sys.stdout.write(json.dumps(error_record(message, **where), ensure_ascii=False) + "\n")
    sys.stdout.flush()


def _results(items, args, options, n, on_error):
    """(document or record, context) pairs in input order: records for JSON, documents for summaries."""
    from ..run import pipe, pipe_records
    stream = pipe if args.format == "text" else pipe_records
    return stream(items, workers=n, options=options, on_error=on_error, as_tuples=True)


# -- several files and folders --------------------------------------------------------------
def _inputs(paths: list[str], args=None):
    """(source, output name) for every article under `paths`; unreadable paths as `Article` errors."""
    from ..input.html import HTML_SUFFIXES
    from ..input.loader import load_path
    from ..run import Article
    suffixes = TEXT_SUFFIXES + HTML_SUFFIXES
    from ..fetch import is_url
    for raw in paths:
        path = Path(raw)
        if is_url(raw):
            from urllib.parse import urlsplit
            parts = urlsplit(raw.strip())
            name = Path((parts.hostname or "page") + (parts.path.rstrip("/") or "/index").replace("/", "_"))
            try:
                yield Article(origin=raw, document=_fetched(raw, args)), name
            except InputError as exc:
                yield Article(origin=raw, error=str(exc)), name
        elif raw == "-":
            try:
                yield Article(origin="-", document=load_path("-")), Path("stdin")
            except InputError as exc:
                yield Article(origin="-", error=str(exc)), Path("stdin")
        elif path.is_dir():
            files = _files(path, suffixes)
            if not files:
                yield Article(origin=raw, error=f"{raw}: no text or HTML files ({', '.join(suffixes)}) here"), None
            for file in files:
                yield file, file.relative_to(path)
        else:
            yield path, Path(path.name)


def _files(folder: Path, suffixes: tuple[str, ...]) -> list[Path]:
    return sorted(p for p in folder.rglob("*") if p.is_file() and p.suffix.lower() in suffixes
                  and not any(part.startswith(".") for part in p.relative_to(folder).parts))


def _many(args, options, n) -> int:
    from ..input.html import HTML_SUFFIXES
    if len(args.paths) == 1 and Path(args.paths[0]).is_dir() and not _files(Path(args.paths[0]),
                                                                              TEXT_SUFFIXES + HTML_SUFFIXES):
        raise InputError(f"{args.paths[0]}: a folder without text or HTML files")
    failed = total = 0
    out = Path(args.out) if args.out else None
    written: set[Path] = set()

    def on_error(failure) -> None:
        nonlocal failed
        failed += 1
        if out is not None:
            print(f"marsad: error: {failure.message}", file=sys.stderr)
        else:
            _error_line(failure.message, path=failure.origin)

    if out is not None:
        try:
            out.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise InputError(f"{out}: cannot create the folder ({exc.strerror or exc})") from None
    for result, name in _results(_inputs(args.paths, args), args, options, n, on_error):
        total += 1
        if out is None:
            sys.stdout.write(_render(result, args, one_line=True) if args.format == "json" else
                             _render(result, args, one_line=True) + "\n")
            sys.stdout.flush()
            continue
        target = out / name.with_suffix(".txt" if args.format == "text" else ".json")
        if target in written:
            on_error(_named_failure(f"{target}: two inputs would write this file; the second is skipped"))
            continue
        written.add(target)
        try:
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_text(_render(result, args, one_line=args.compact), encoding="utf-8")
        except OSError as exc:
            on_error(_named_failure(f"{target}: cannot write ({exc.strerror or exc})"))
    if out is not None:
        print(f"marsad: {len(written):,} record(s) written to {out}, {failed:,} input(s) skipped",
              file=sys.stderr)
    if failed:
        if out is None:
            print(f"marsad: error: {failed} input(s) could not be analysed (see the error records)",
                  file=sys.stderr)
        return InputError.exit_code
    return 0


def _named_failure(message: str):
    from ..run import Failure
    return Failure(None, message, True)


# -- JSONL streams ----------------------------------------------------------------------------
def _jsonl_inputs(paths: list[str], several: bool, max_bytes: int | None):
    """(Article, (line, path, id)) for every line of every JSONL input; folders give their .jsonl files."""
    from ..input.loader import open_lines, read_jsonl
    from ..run import Article
    for raw in paths:
        files = _files(Path(raw), (".jsonl", ".ndjson")) if raw != "-" and Path(raw).is_dir() else [raw]
        for file in files:
            name = str(file)
            try:
                stream = open_lines(name)
            except InputError as exc:        # reported like a bad line; the other inputs go on
                yield Article(origin=name, error=str(exc)), (None, name, None)
                continue
            try:
                for number, found in read_jsonl(stream, max_bytes=max_bytes):
                    path = name if several else None
                    if isinstance(found, InputError):
                        yield Article(origin=f"line {number}", error=str(found)), (number, path, None)
                    else:
                        yield (Article(origin=f"line {number} ({found.meta.id})", document=found),
                               (number, path, found.meta.id))
            finally:
                if stream is not sys.stdin.buffer:
                    stream.close()


def _jsonl(args, options, n) -> int:
    several = len(args.paths) > 1 or any(p != "-" and Path(p).is_dir() for p in args.paths)
    failures = 0

    def on_error(failure) -> None:
        nonlocal failures
        failures += 1
        number, path, doc_id = failure.context
        _error_line(failure.message, doc_id=None if failure.input_error else doc_id, line=number,
                    **({"path": path} if path else {}))

    inputs = _jsonl_inputs(args.paths, several, options.max_bytes)
    for result, _ in _results(inputs, args, options, n, on_error):
        sys.stdout.write(_render(result, args, one_line=True))
        sys.stdout.flush()
    if failures:
        print(f"marsad: error: {failures} line(s) could not be analysed (see the error records)", file=sys.stderr)
        return InputError.exit_code
    return 0

