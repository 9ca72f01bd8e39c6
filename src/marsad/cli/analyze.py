"""`marsad analyze`: one article (or a JSONL stream of them) in, document records out."""
from __future__ import annotations

import json
import sys

from ..errors import InputError
from ..input.decode import DEFAULT_MAX_BYTES
from ..input.loader import check_date, load_path, open_lines, read_jsonl
from ..record import error_record, to_record


def register(sub) -> None:
    p = sub.add_parser("analyze", help="analyse one article (text or HTML) and print its record",
                       description="Analyse an Arabic news article and print its document record "
                                   "(JSON, schema marsad.document/1) or a readable summary.")
    p.add_argument("path", metavar="PATH", help="a UTF-8 (or Windows-1256 / ISO-8859-6 / UTF-16) text file, "
                                                "an HTML page, or - for standard input")
    p.add_argument("--published", metavar="YYYY-MM-DD", help="publication date (relative dates resolve against it)")
    p.add_argument("--jsonl", action="store_true",
                   help="PATH holds one {\"id\", \"text\", \"published\"?} object a line; print one record a line")
    p.add_argument("--format", choices=["json", "text"], default="json", help="JSON record (default) or a summary")
    p.add_argument("--compact", action="store_true", help="JSON on one line")
    kind = p.add_mutually_exclusive_group()
    kind.add_argument("--html", dest="html", action="store_const", const=True, help="treat the input as an HTML page")
    kind.add_argument("--plain", dest="html", action="store_const", const=False, help="treat the input as plain text")
    p.add_argument("--max-bytes", type=int, default=DEFAULT_MAX_BYTES, metavar="N",
                   help=f"refuse inputs larger than N bytes (default {DEFAULT_MAX_BYTES:,}; 0 for no limit)")
    p.add_argument("--ner-model", metavar="PATH_OR_ID",
                   help="tag entities with this Hugging Face token-classification model instead of the built-in "
                        "one (needs pip install 'marsad[hf]')")
    p.set_defaults(run=run)


def _options(args) -> dict:
    """Pipeline options from the command line (stages that take options read them here)."""
    options = {}
    if getattr(args, "ner_model", None):
        options["ner_model"] = args.ner_model
    return options


def run(args) -> int:
    from .. import _pipeline
    check_date(args.published)
    max_bytes = args.max_bytes or None
    pipeline = _pipeline(**_options(args))
    if args.jsonl:
        return _run_jsonl(args, pipeline, max_bytes)
    doc = pipeline(load_path(args.path, published=args.published, max_bytes=max_bytes, html=args.html))
    _emit(doc, args, pipeline)
    return 0


def _emit(doc, args, pipeline) -> None:
    if args.format == "text":
        from ..report import summary
        sys.stdout.write(summary(doc))
        return
    record = to_record(doc, pipeline.names)
    indent = None if (args.compact or args.jsonl) else 1
    sys.stdout.write(json.dumps(record, ensure_ascii=False, indent=indent) + "\n")


def _run_jsonl(args, pipeline, max_bytes) -> int:
    failures = 0
    stream = open_lines(args.path)
    try:
        for number, item in read_jsonl(stream, max_bytes=max_bytes):
            if isinstance(item, InputError):
                failures += 1
                _report_line_error(str(item), number, None)
                continue
            if args.published and not item.meta.published:
                item = item.with_meta(published=args.published, published_source="given")
            try:
                doc = pipeline(item)
            except Exception as exc:  # one broken article never stops the stream
                failures += 1
                _report_line_error(f"line {number} ({item.meta.id}): {type(exc).__name__}: {exc}", number, item.meta.id)
                continue
            _emit(doc, args, pipeline)
            sys.stdout.flush()
    finally:
        if stream is not sys.stdin.buffer:
            stream.close()
    if failures:
        print(f"marsad: error: {failures} line(s) could not be analysed (see the error records)", file=sys.stderr)
        return InputError.exit_code
    return 0


def _report_line_error(message: str, number: int, doc_id: str | None) -> None:
    print(f"marsad: error: {message}", file=sys.stderr)
    sys.stdout.write(json.dumps(error_record(message, doc_id=doc_id, line=number), ensure_ascii=False) + "\n")
    sys.stdout.flush()
