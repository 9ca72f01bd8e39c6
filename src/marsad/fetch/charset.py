"""A fetched page's bytes to text: the charset the server declares, else the page's own, else detection.

Order (as browsers do): a byte-order mark; `Content-Type: ...; charset=`; the
page's `<meta charset>` / `<meta http-equiv="Content-Type">` or XML declaration;
then `marsad.input.decode` (UTF-8, or a legacy Arabic code page such as
Windows-1256 detected by charset-normalizer). A declared charset that does not
decode, or a Western one (ISO-8859-1, Windows-1252) on bytes that read as Arabic
only in an Arabic code page (a common misconfiguration of Arabic sites), gives
way to detection.
"""
from __future__ import annotations

import codecs
import re

from ..errors import InputError
from ..input.decode import _BOMS, _reads_as_arabic, decode_bytes

_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([a-zA-Z0-9_.:-]+)""", re.IGNORECASE)
_XML_ENCODING = re.compile(rb"""^\s*<\?xml[^>]+encoding\s*=\s*["']([a-zA-Z0-9_.:-]+)["']""", re.IGNORECASE)
_HEADER_CHARSET = re.compile(r"""charset\s*=\s*["']?\s*([a-zA-Z0-9_.:-]+)""", re.IGNORECASE)
_WESTERN = {"latin-1", "iso8859-1", "cp1252", "ascii"}


def codec_name(label: str | None) -> str | None:
    """Python's name for a charset label (`windows-1256` -> `cp1256`), or None when unknown."""
    if not label:
        return None
    try:
        return codecs.lookup(label.strip().strip("\"'")).name
    except LookupError:
        return None


def header_charset(content_type: str | None) -> str | None:
    found = _HEADER_CHARSET.search(content_type or "")
    return codec_name(found.group(1)) if found else None


def declared_charset(data: bytes) -> str | None:
    head = data[:4096]
    found = _XML_ENCODING.search(head) or _META_CHARSET.search(head)
    return codec_name(found.group(1).decode("ascii", "ignore")) if found else None


def decode_page(data: bytes, content_type: str | None = None) -> tuple[str, str]:
    """(text, encoding) of a page; an InputError with the reason when nothing reads as text."""
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            return decode_bytes(data, None).text, encoding
    for encoding in (header_charset(content_type), declared_charset(data)):
        if encoding is None:
            continue
        try:
            text = data.decode(encoding)
        except (UnicodeDecodeError, LookupError):
            continue
        if encoding in _WESTERN and not _reads_as_arabic(_visible(text)) and _arabic_in_cp1256(data):
            break
        return text, encoding
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    try:       # detected on the words a reader sees: Latin markup would outvote Arabic prose
        encoding = decode_bytes(_VISIBLE.sub(b" ", data), None).encoding
    except InputError as exc:
        raise InputError(f"cannot decode the page: {exc}") from None
    return data.decode(encoding, errors="replace"), encoding


_VISIBLE = re.compile(rb"<script.*?</script>|<style.*?</style>|<[^>]*>", re.IGNORECASE | re.DOTALL)


def _visible(text: str) -> str:
    return _VISIBLE.sub(b" ", text.encode("utf-8", "replace")).decode("utf-8", "replace")


def _arabic_in_cp1256(data: bytes) -> bool:
    try:
        return _reads_as_arabic(_VISIBLE.sub(b" ", data).decode("cp1256"))
    except UnicodeDecodeError:
        return False
