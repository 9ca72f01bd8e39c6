"""Named, composable `Document -> Document` stages.

A stage declares the layers it needs and the layers it adds; a `Pipeline` checks
at construction that every stage's needs are met by the stages before it, and at
run time that each stage added what it promised. Modelled on spaCy's components
and stanza's processors, without their global registries: a stage is a value.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Callable, Iterable, Sequence

from .document import Document
from .errors import PipelineError


@dataclass(frozen=True)
class Stage:
    name: str
    run: Callable[[Document], Document]
    requires: tuple[str, ...] = ()
    provides: tuple[str, ...] = ()
    description: str = ""
    uses: tuple[str, ...] = ()      # layers read when present (a stage works without them)
    version: str | None = None      # the stage's own version in provenance (None: marsad's)

    def __call__(self, doc: Document) -> Document:
        missing = [layer for layer in self.requires if not doc.has(layer)]
        if missing:
            raise PipelineError(f"stage {self.name!r} needs layer(s) {', '.join(missing)}")
        out = self.run(doc)
        if not isinstance(out, Document):
            raise PipelineError(f"stage {self.name!r} returned {type(out).__name__}, not a Document")
        if out.text is not doc.text and out.text != doc.text:
            raise PipelineError(f"stage {self.name!r} changed the original text")
        absent = [layer for layer in self.provides if not out.has(layer)]
        if absent:
            raise PipelineError(f"stage {self.name!r} did not add layer(s) {', '.join(absent)}")
        return out


def stage(name: str, *, requires: Iterable[str] = (), provides: Iterable[str] = (), uses: Iterable[str] = ()):
    """Decorator: turn a `Document -> Document` function into a `Stage`."""

    def wrap(func: Callable[[Document], Document]) -> Stage:
        doc = (func.__doc__ or "").strip().splitlines()
        return Stage(name, func, tuple(requires), tuple(provides), doc[0] if doc else "", tuple(uses))

    return wrap


class Pipeline:
    """Stages run in order; construction fails when a stage's needs are not met."""

    def __init__(self, stages: Sequence[Stage], given: Iterable[str] = ()):
        self.stages = tuple(stages)
        available = set(given)
        names = set()
        for st in self.stages:
            if st.name in names:
                raise PipelineError(f"stage {st.name!r} appears twice")
            names.add(st.name)
            missing = [layer for layer in st.requires if layer not in available]
            if missing:
                raise PipelineError(
                    f"stage {st.name!r} needs {', '.join(missing)}, which no earlier stage provides")
            available.update(st.provides)
        # A layer a stage reads when present must not come from a later stage.
        for i, st in enumerate(self.stages):
            later = {layer for after in self.stages[i + 1:] for layer in after.provides}
            late = [layer for layer in st.uses if layer in later]
            if late:
                raise PipelineError(f"stage {st.name!r} reads {', '.join(late)}, which a later stage provides")
        self.provides = frozenset(available)

    def __call__(self, doc: Document) -> Document:
        for st in self.stages:
            doc = st(doc)
        return doc

    @property
    def names(self) -> list[str]:
        return [st.name for st in self.stages]

    def __repr__(self) -> str:
        return f"Pipeline({' -> '.join(self.names)})"
