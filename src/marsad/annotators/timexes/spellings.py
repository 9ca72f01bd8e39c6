"""Month names the folded view confuses with other words, told apart by their written spelling.

The grammar reads the folded view, where hamza and madda are gone: the Yemeni city إب
("وفي إب سيطرت المقاومة") folds to آب, August. Its written spelling shows it is no month.
"""
from __future__ import annotations

from ...lexicons.calendar import MONTH_LOOKALIKES
from ..views import DocumentView
from .patterns import Candidate

_LOOKALIKES = frozenset(MONTH_LOOKALIKES)


def drop_lookalikes(chosen: list[Candidate], view: DocumentView) -> list[Candidate]:
    """The candidates whose written text is not a month name that folds to one."""
    out = []
    for c in chosen:
        written = view.span(c.start, c.end).text
        if written in _LOOKALIKES or written[1:] in _LOOKALIKES and written[0] in "وفبل":
            continue
        out.append(c)
    return out
