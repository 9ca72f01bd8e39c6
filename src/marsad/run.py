"""One run path: an article in any form to its analysed document or record, errors handled here.

Every entry point calls this module: `marsad.analyze`, `marsad analyze` (files, folders, JSONL),
`marsad ingest`, `marsad batch` (on each Dask worker), `marsad serve` (POST /analyze,
POST /documents, /ui/analyze). So an analysis option (`Options`: the default publication date,
HTML or plain text, the size limit, `ner_model`) means the same everywhere, and a bad article
is handled the same way everywhere:

- `analyse_to_record(source, options, on_error)` with `on_error=None` raises: `InputError`
  (one line, exit status 3) for an article that cannot be read, the analysis' own exception
  for a failure inside a stage (the command line reports it as an internal error, exit 70);
- with `on_error`, the article is reported as one `Failure` (origin and a one-line message)
  and skipped: the call returns None and a stream goes on with the next article.

A source is a `Document`, a text (`str`), raw bytes (a page or a text in any supported
encoding), a `pathlib.Path` (`Path("-")` is standard input), a JSON object as in
`marsad analyze --jsonl` (`{"id", "text" | "html", "published"?}`), an analysed record
(returned as it is), an `InputError` (a reader's report of an unreadable article), or any
object with `origin`, `document`, `record` and `error` attributes (an `Article`, or
`corpus.sources.Item`).

`pipe(items, workers=N)` analyses many articles in worker processes and yields the results
in input order, like spaCy's `nlp.pipe` (`marsad.pipe` is this function).
"""
from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import PurePath
from typing import Any, Callable, Iterable, Iterator

from .document import Document, Metadata
from .errors import InputError
from .input.decode import DEFAULT_MAX_BYTES

__all__ = ["Options", "Article", "Failure", "DEFAULT", "pipeline", "load", "analyse", "analyse_to_record", "pipe",
           "pipe_records"]


@dataclass(frozen=True)
class Options:
    """What an analysis may be told; the same fields on every entry point."""

    published: str | None = None          # YYYY-MM-DD for articles that carry no date of their own
    html: bool | None = None              # True: an HTML page, False: plain text, None: detect
    max_bytes: int | None = DEFAULT_MAX_BYTES   # larger articles are refused (None: no limit)
    ner_model: str | None = None          # a Hugging Face token-classification model instead of the CRF

    def __post_init__(self) -> None:
        from .input.loader import check_date
        check_date(self.published)
        if self.max_bytes is not None and self.max_bytes < 1:
            object.__setattr__(self, "max_bytes", None)

    def pipeline_options(self) -> dict[str, Any]:
        """The options the stages take (`annotators.default_pipeline(**...)`)."""
        return {"ner_model": self.ner_model} if self.ner_model else {}


DEFAULT = Options()


@dataclass
class Article:
    """An article with where it came from: to analyse, already analysed, or why it cannot be read."""

    origin: str | None = None
    document: Document | None = None
    record: dict | None = None
    error: str | None = None


@dataclass(frozen=True)
class Failure:
    """An article that could not be analysed: where it came from and why, in one line."""

    origin: str | None
    message: str
    input_error: bool            # True: the article could not be read; False: the analysis failed on it
    context: Any = None          # what the caller passed with the article (`pipe(..., as_tuples=True)`)
    exception: BaseException | None = field(default=None, repr=False, compare=False)   # in this process only

    def __str__(self) -> str:
        return self.message


# -- the pipeline, built once per process and options ------------------------------------
_PIPELINES: dict = {}


def pipeline(options: Options | None = None):
    """The default pipeline for these options (models load once per process)."""
    key = tuple(sorted((options or DEFAULT).pipeline_options().items()))
    if key not in _PIPELINES:
        from .annotators import default_pipeline
        _PIPELINES[key] = default_pipeline(**dict(key))
    return _PIPELINES[key]


# -- one article ------------------------------------------------------------------------
def load(source: Any, options: Options | None = None) -> Document | dict:
    """The unanalysed document of a source (or the record, when the source is one already).

    Raises `InputError` when it cannot be read."""
    from .input.surrogates import has_surrogates, replace_surrogates
    options = options or DEFAULT
    if isinstance(source, Document):
        if has_surrogates(source.text):           # no encoder takes them: U+FFFD, offsets unchanged
            source = Document(replace_surrogates(source.text), source.meta, source.layers)
        return _dated(source, options)
    if isinstance(source, str):
        published = options.published
        return Document(replace_surrogates(source), Metadata(published=published, published_source="given" if published else None))
    if isinstance(source, (bytes, bytearray)):
        from .input.loader import document_from_bytes
        return document_from_bytes(bytes(source), published=options.published, max_bytes=options.max_bytes,
                                   html=options.html)
    if isinstance(source, (PurePath, os.PathLike)):
        from .input.loader import load_path
        return load_path(os.fspath(source), published=options.published, max_bytes=options.max_bytes,
                         html=options.html)
    if isinstance(source, dict):
        from .record import SCHEMA
        if source.get("schema") == SCHEMA:
            return source
        from .input.loader import document_from_item
        return _dated(document_from_item(source, max_bytes=options.max_bytes), options)
    if isinstance(source, BaseException):
        raise source
    if hasattr(source, "error") and hasattr(source, "document"):
        if source.error:
            raise InputError(source.error)
        if source.record is not None:
            return source.record
        return _dated(source.document, options)
    raise TypeError(f"cannot analyse a {type(source).__name__}")


def _dated(doc: Document, options: Options) -> Document:
    if options.published and not doc.meta.published:
        return doc.with_meta(published=options.published, published_source="given")
    return doc


def analyse(source: Any, options: Options | None = None) -> Document:
    """The analysed document of a source (raises like `load`, and whatever a stage raises)."""
    doc = load(source, options)
    if isinstance(doc, dict):
        raise InputError("an analysed record is not re-analysed into a document")
    return pipeline(options)(doc)


def analyse_to_record(source: Any, options: Options | None = None,
                      on_error: Callable[[Failure], None] | None = None, *, origin: str | None = None,
                      context: Any = None) -> dict | None:
    """The record of one article. With `on_error`, a failure is reported to it and None returned."""
    from .record import to_record
    try:
        doc = load(source, options)
        if isinstance(doc, dict):
            return doc
        from .provenance import describe
        steps = pipeline(options)
        return to_record(steps(doc), describe(steps, options))
    except Exception as exc:
        if on_error is None:
            raise
        on_error(failure(exc, origin if origin is not None else origin_of(source), context))
        return None


def origin_of(source: Any) -> str | None:
    """Where an article came from, for error messages: a path, a collection's `file.zip!member#3`, an id."""
    if isinstance(source, (PurePath, os.PathLike)):
        return os.fspath(source)
    if isinstance(source, Document):
        return source.meta.path or source.meta.id
    if isinstance(source, dict):
        return None if source.get("id") is None else str(source.get("id"))
    return getattr(source, "origin", None)


def failure(exc: BaseException, origin: str | None, context: Any = None, *, keep: bool = True) -> Failure:
    """The one-line report of an exception raised for one article (`keep`: with the exception itself)."""
    if isinstance(exc, InputError):
        return Failure(origin, str(exc), True, context, exc if keep else None)
    where = f"{origin}: " if origin else ""
    return Failure(origin, f"{where}{type(exc).__name__}: {exc}", False, context, exc if keep else None)


# -- many articles ------------------------------------------------------------------------
def pipe(items: Iterable[Any], *, workers: int = 1, options: Options | None = None,
         on_error: Callable[[Failure], None] | None = None, as_tuples: bool = False,
         chunk_size: int = 8) -> Iterator[Document | tuple[Document, Any]]:
    """Analysed documents of `items`, in input order, from `workers` processes (1: this one).

    Each item is any source `analyse` takes; with `as_tuples`, `(source, context)` pairs, and
    `(document, context)` pairs come out. A failing article goes to `on_error` (a `Failure`) and
    is skipped; without `on_error` the first failure is raised."""
    return _run(items, _analyse_one, None, workers, options or DEFAULT, on_error, as_tuples, chunk_size)


def pipe_records(items: Iterable[Any], *, workers: int = 1, options: Options | None = None,
                 on_error: Callable[[Failure], None] | None = None, as_tuples: bool = False,
                 finish: Callable[[dict, Any], Any] | None = None, chunk_size: int = 8) -> Iterator[Any]:
    """Like `pipe`, records instead of documents (what crosses between processes is the record).

    `finish(record, context)`, a module-level function, runs in the worker on each record
    (ingest prepares the database rows there); its result is yielded instead."""
    return _run(items, _record_one, finish, workers, options or DEFAULT, on_error, as_tuples, chunk_size)


def _analyse_one(source, options, finish, context):
    return analyse(source, options)


def _record_one(source, options, finish, context):
    record = analyse_to_record(source, options)
    return finish(record, context) if finish is not None else record


def _work(task: tuple) -> list[tuple[bool, Any, Any]]:
    """In a worker (or this process): (ok, result or Failure, context) for each article of a chunk."""
    one, finish, options, chunk, here = task
    out = []
    for source, context in chunk:
        try:
            out.append((True, one(source, options, finish, context), context))
        except Exception as exc:  # one broken article never stops the run
            out.append((False, failure(exc, origin_of(source), context, keep=here), context))
    return out


def _run(items, one, finish, workers, options, on_error, as_tuples, chunk_size):
    pairs = items if as_tuples else ((item, None) for item in items)
    if workers <= 1:
        results = (_work((one, finish, options, chunk, True)) for chunk in _chunks(pairs, 1))
    else:
        from .parallel import ordered_map
        if options.ner_model:
            pipeline(options)        # a model that cannot load fails here, once, not in every worker
        tasks = ((one, finish, options, chunk, False) for chunk in _chunks(pairs, chunk_size))
        results = ordered_map(_work, tasks, workers, initializer=_warm, initargs=(options,))
    for chunk in results:
        for ok, value, context in chunk:
            if not ok:
                if on_error is None:
                    raise _raised(value)
                on_error(value)
                continue
            yield (value, context) if as_tuples else value


def _raised(f: Failure) -> BaseException:
    if f.exception is not None:
        return f.exception
    from .errors import AnalysisError
    return InputError(f.message) if f.input_error else AnalysisError(f.message)


def _warm(options: Options) -> None:
    """A worker builds its pipeline (loads its models) before its first article."""
    pipeline(options)


def _chunks(items: Iterable, size: int) -> Iterator[list]:
    chunk = []
    for item in items:
        chunk.append(item)
        if len(chunk) >= size:
            yield chunk
            chunk = []
    if chunk:
        yield chunk
