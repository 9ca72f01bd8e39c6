"""Annotators: pipeline stages that add layers to a document.

`default_pipeline` is the order `marsad analyze` runs them in; each stage
declares the layers it needs, so a wrong order fails when the pipeline is built.
"""
from __future__ import annotations

from ..pipeline import Pipeline, Stage
from .boilerplate import split_paragraphs
from .segment import segment


def default_stages(**options) -> list[Stage]:
    """Stages in order: chrome and segmentation, then who (entities), when and how
    many (timexes, quantities), then who said what (quotes, claims)."""
    stages = [split_paragraphs, segment]
    # entities
    from .entities import entities_stage
    stages.append(entities_stage(options.get("ner_model")))
    from .link import link
    stages.append(link)
    # timexes, quantities
    from .quantities import quantities
    from .timexes import timexes
    stages += [timexes, quantities]
    # quotes, claims
    from .attribution import claims, quotes
    stages += [quotes, claims]
    return stages


def default_pipeline(**options) -> Pipeline:
    """The full analysis. Options are passed to the stages that take them."""
    return Pipeline(default_stages(**options))
