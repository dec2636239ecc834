"""Charset clues shared by the feed parser and the page decoder: byte-order marks and the
charset parameter of a Content-Type header."""

from __future__ import annotations

import codecs
import re

BOMS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
)
"""Byte-order marks and their encodings; UTF-32 first (UTF-32-LE's starts with UTF-16-LE's)."""
_CHARSET_PARAM = re.compile(r"charset\s*=\s*[\"']?([A-Za-z0-9._:-]+)", re.I)


def bom_encoding(data: bytes) -> tuple[str, int] | None:
    """The encoding named by the byte-order mark `data` starts with, and the mark's length."""
    for bom, name in BOMS:
        if data.startswith(bom):
            return name, len(bom)
    return None


def content_type_charset(content_type: str | None) -> str | None:
    """The charset parameter of a Content-Type header as written ("text/html; charset=utf-8"
    gives "utf-8"), else None; whether Python knows it is the caller's question."""
    match = _CHARSET_PARAM.search(content_type or "")
    return match.group(1) if match else None
