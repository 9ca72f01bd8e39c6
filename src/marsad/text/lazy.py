"""Regular expressions compiled on first use.

Python compiles a pattern in pure Python; a grammar of dozens of large alternations costs
a tenth of a second at every start-up, though an article wakes only the rules its trigger
words call for. `LazyPattern(source)` compiles on its first search and then behaves as the
compiled pattern.
"""
from __future__ import annotations

import re


class LazyPattern:
    __slots__ = ("pattern", "flags", "_compiled")

    def __init__(self, pattern: str, flags: int = 0):
        self.pattern, self.flags, self._compiled = pattern, flags, None

    @property
    def compiled(self) -> re.Pattern:
        if self._compiled is None:
            self._compiled = re.compile(self.pattern, self.flags)
        return self._compiled

    def search(self, *args):
        return (self._compiled or self.compiled).search(*args)

    def match(self, *args):
        return (self._compiled or self.compiled).match(*args)

    def fullmatch(self, *args):
        return (self._compiled or self.compiled).fullmatch(*args)

    def finditer(self, *args):
        return (self._compiled or self.compiled).finditer(*args)

    def __getattr__(self, name: str):
        if name.startswith("_"):                     # not yet set (copying, unpickling): no recursion
            raise AttributeError(name)
        return getattr(self.compiled, name)          # groupindex, groups, sub, split ...

    def __repr__(self) -> str:
        return f"LazyPattern({self.pattern[:40]!r}{'...' if len(self.pattern) > 40 else ''})"
