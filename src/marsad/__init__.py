"""marsad (مرصد): Arabic news intelligence.

    >>> import marsad
    >>> doc = marsad.analyze("قال الرئيس ...", published="2024-10-24")
    >>> marsad.to_record(doc)["entities"]
    >>> for doc in marsad.pipe(texts, workers=2): ...      # many articles, in input order

Every finding is a span of the original text; see `marsad.document`. Everything analyses
through `marsad.run` (one run path for the library, the command line and the server).
"""
from __future__ import annotations

from typing import Any, Iterable, Iterator

from .document import Document, Metadata, Span
from .errors import InputError, MarsadError
from .version import __version__
__all__ = ["Document", "Metadata", "Span", "InputError", "MarsadError", "SCHEMA", "analyze", "analyze_path",
           "pipe", "from_record", "to_record", "__version__"]


def __getattr__(name: str):
    # The record functions load on first use: `import marsad` stays light.
    if name in ("SCHEMA", "from_record", "to_record"):
        from . import record
        return getattr(record, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def _options(published: str | None = None, **options):
    from .run import Options
    return Options(published=published, **options)


def _pipeline(**options):
    """The default pipeline with these stage options (built once per process)."""
    from .run import pipeline
    return pipeline(_options(**options))


def analyze(article: str | Document, *, published: str | None = None, **options) -> Document:
    """Analyse an article given as text (or an unanalysed `Document`); `published` is its date.

    Options are those of `marsad.run.Options` (`ner_model`)."""
    from .run import analyse
    if isinstance(article, Document) and published:
        from .input.loader import check_date
        article = article.with_meta(published=check_date(published), published_source="given")
    return analyse(article, _options(published, **options))


def analyze_path(path: str, *, published: str | None = None, **options) -> Document:
    """Analyse a text or HTML file (`-`: standard input)."""
    from pathlib import Path

    from .run import analyse
    return analyse(Path(path), _options(published, **options))


def pipe(items: Iterable[Any], *, workers: int = 1, published: str | None = None, as_tuples: bool = False,
         on_error=None, **options) -> Iterator[Any]:
    """Analysed documents of many articles, in input order, like spaCy's `nlp.pipe`.

    Items are texts, `Document`s, `pathlib.Path`s or JSONL-shaped dicts (see `marsad.run`);
    `workers` > 1 analyses in that many processes. A failing article is raised, or, with
    `on_error`, reported to it (a `marsad.run.Failure`) and skipped."""
    from .run import pipe as run_pipe
    return run_pipe(items, workers=workers, options=_options(published, **options), on_error=on_error,
                    as_tuples=as_tuples)
