"""Lone UTF-16 surrogates (U+D800..U+DFFF) replaced by U+FFFD on input.

JSON may escape them (`"\\ud800"`) and Python keeps them in a `str`, but no UTF-8
encoder (SQLite, the CRF, standard output) takes them: one such character used to
abort a whole batch. Each becomes U+FFFD, one code point for one, so every offset
into the text stays exact. A pair kept as two code units (`"\\ud83d\\ude00"` built in
Python) becomes two U+FFFD: it is not valid text either.
"""
from __future__ import annotations

import json
import re
from typing import Any

_SURROGATE = re.compile("[\ud800-\udfff]")
# Where JSON bytes can bring one: an escaped high or low half, or the three bytes CESU/WTF-8 write.
_MAY_HOLD = re.compile(rb"\\u[dD][89a-fA-F]|\xed[\xa0-\xbf]")
REPLACEMENT = "\ufffd"


def has_surrogates(text: str) -> bool:
    return _SURROGATE.search(text) is not None


def replace_surrogates(text: str) -> str:
    """`text` with each lone surrogate as U+FFFD (the same object when there is none)."""
    return _SURROGATE.sub(REPLACEMENT, text) if _SURROGATE.search(text) else text


def loads_json(data: bytes | str) -> Any:
    """`json.loads`, with lone surrogates replaced in every string (keys too)."""
    value = json.loads(data)
    raw = data if isinstance(data, bytes) else data.encode("utf-8", "surrogatepass")
    if not _MAY_HOLD.search(raw):
        return value
    return _cleaned(value)


def _cleaned(value: Any) -> Any:
    """Every string inside `value` cleaned; iterative, so a deep (already parsed) nesting is no recursion."""
    if isinstance(value, str):
        return replace_surrogates(value)
    if not isinstance(value, (dict, list)):
        return value
    stack = [value]
    while stack:
        node = stack.pop()
        if isinstance(node, list):
            for i, child in enumerate(node):
                if isinstance(child, str):
                    node[i] = replace_surrogates(child)
                elif isinstance(child, (dict, list)):
                    stack.append(child)
        else:
            for key in list(node):
                child = node[key]
                if isinstance(child, str):
                    child = replace_surrogates(child)
                elif isinstance(child, (dict, list)):
                    stack.append(child)
                clean_key = replace_surrogates(key) if isinstance(key, str) else key
                if clean_key is not key:
                    del node[key]
                node[clean_key] = child
    return value
