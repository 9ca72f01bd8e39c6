"""marsad (مرصد): Arabic news intelligence.

    >>> import marsad
    >>> doc = marsad.analyze("قال الرئيس ...", published="2024-10-24")
    >>> marsad.to_record(doc)["entities"]

Every finding is a span of the original text; see `marsad.document`.
"""
from __future__ import annotations

from .document import Document, Metadata, Span
from .errors import InputError, MarsadError
from .record import SCHEMA, from_record, to_record

__version__ = "0.1.0"
__all__ = ["Document", "Metadata", "Span", "InputError", "MarsadError", "SCHEMA", "analyze", "analyze_path",
           "from_record", "to_record", "__version__"]

_PIPELINES: dict = {}


def _pipeline(**options):
    from .annotators import default_pipeline
    key = tuple(sorted(options.items()))
    if key not in _PIPELINES:
        _PIPELINES[key] = default_pipeline(**options)
    return _PIPELINES[key]


def analyze(article: str | Document, *, published: str | None = None, **options) -> Document:
    """Analyse an article given as text (or an unanalysed `Document`)."""
    from .input.loader import check_date
    if isinstance(article, str):
        published = check_date(published)
        article = Document(article, Metadata(published=published, published_source="given" if published else None))
    elif published:
        article = article.with_meta(published=check_date(published), published_source="given")
    return _pipeline(**options)(article)


def analyze_path(path: str, *, published: str | None = None, **options) -> Document:
    """Analyse a text or HTML file."""
    from .input.loader import load_path
    return _pipeline(**options)(load_path(path, published=published))
