"""marsad over HTTP: the JSON API and (from `marsad.web`) the Arabic pages. See `create_app`.

`create_app` is imported on first use, so that `marsad analyze` (whose parser shows the server's
defaults from `api.defaults`) never loads FastAPI."""

__all__ = ["create_app"]


def __getattr__(name: str):
    if name == "create_app":
        from .app import create_app
        return create_app
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
