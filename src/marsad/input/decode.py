"""Bytes to text: UTF-8, UTF-16/32 with a BOM, or a legacy Arabic code page.

Legacy pages (Windows-1256, ISO-8859-6) are detected with charset-normalizer,
limited to encodings that can carry Arabic, and the result is kept only when it
reads as Arabic; anything else is refused with a one-line reason.
"""
from __future__ import annotations

import codecs
from dataclasses import dataclass

from ..errors import EmptyInputError, InputError
from ..text.chars import is_arabic_letter
from .surrogates import replace_surrogates

DEFAULT_MAX_BYTES = 1_000_000  # articles are rarely over 100 KB; ten times that is suspicious

_BOMS = [
    (codecs.BOM_UTF32_LE, "utf-32"), (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16"),
]
# Code pages that can carry Arabic, tried when the bytes are not UTF-8.
LEGACY_ARABIC = ["cp1256", "iso8859_6", "utf_16_le", "utf_16_be", "cp864", "cp720", "mac_arabic"]
_CONTROL_OK = set("\t\n\r\f\v")


@dataclass(frozen=True)
class Decoded:
    text: str
    encoding: str


def check_size(size: int, max_bytes: int | None) -> None:
    if size == 0:
        raise EmptyInputError("empty input: nothing to analyze")
    if max_bytes is not None and size > max_bytes:
        raise InputError(f"input is {size:,} bytes, over the limit of {max_bytes:,} (raise it with --max-bytes)")


def decode_bytes(data: bytes, max_bytes: int | None = DEFAULT_MAX_BYTES) -> Decoded:
    check_size(len(data), max_bytes)
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                return _checked(_decoded(data, encoding), encoding)
            except UnicodeDecodeError as exc:
                raise InputError(f"input starts with a {encoding} byte-order mark but is not valid {encoding}: {exc.reason}")
    if b"\x00" not in data:
        try:
            return _checked(_decoded(data, "utf-8"), "utf-8")
        except UnicodeDecodeError:
            pass
    else:
        for encoding in ("utf-16-le", "utf-16-be") if _looks_like_utf16(data) else ():
            try:
                text = _decoded(data, encoding)
            except UnicodeDecodeError:
                continue
            if _reads_as_arabic(text):
                return _checked(text, encoding)
        raise InputError("binary data, not text (NUL bytes)")
    from charset_normalizer import from_bytes     # only for bytes that are not UTF-8: not at start-up
    best = from_bytes(data, cp_isolation=LEGACY_ARABIC).best()
    if best is None or not _reads_as_arabic(str(best)):
        raise InputError("not UTF-8 and not a recognised Arabic encoding (tried Windows-1256, ISO-8859-6, UTF-16)")
    return _checked(str(best), best.encoding)


def _decoded(data: bytes, encoding: str) -> str:
    """`data` in a Unicode encoding; an encoded lone surrogate (WTF-8, an unpaired UTF-16 half)
    becomes U+FFFD, one code point for one, and nothing else invalid is let through."""
    return replace_surrogates(data.decode(encoding, "surrogatepass"))


def _looks_like_utf16(data: bytes) -> bool:
    """UTF-16 without a BOM: NULs only at even or only at odd positions."""
    if len(data) % 2:
        return False
    even = data[0::2].count(0)
    odd = data[1::2].count(0)
    return (even == 0) != (odd == 0)


def _reads_as_arabic(text: str) -> bool:
    letters = [c for c in text if c.isalpha()]
    return bool(letters) and sum(map(is_arabic_letter, letters)) / len(letters) >= 0.5


def _checked(text: str, encoding: str) -> Decoded:
    if not text.strip():
        raise EmptyInputError("empty input: only white space")
    sample = text[:20000]
    control = sum(1 for c in sample if (c < " " and c not in _CONTROL_OK) or c == "\x7f")
    if control > max(2, len(sample) // 100):
        raise InputError("binary data, not text (control characters)")
    return Decoded(text, encoding)
