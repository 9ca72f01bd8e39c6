"""marsad over HTTP: the JSON API and (from `marsad.web`) the Arabic pages. See `create_app`."""
from .app import create_app

__all__ = ["create_app"]
