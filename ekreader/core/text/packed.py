"""Stored text, compressed: the one zlib helper of the cache. An article's sections take
about half the room compressed (the cache's largest column; bench/run.py's cache size),
and revisions (store/revisions.py) are kept compressed the same way. A packed column value
is bytes (a BLOB) beginning with zlib's header; text stored before, or too short to gain,
stays a str, so a column may hold either."""

from __future__ import annotations

import zlib

PACK_FROM = 128
"""Texts shorter than this (bytes of UTF-8) stay as they are: too little to gain."""
LEVEL = 6
"""zlib's level: level 1 packs the bench's sections 4 % worse at 80 % of the time."""


def compress(text: str) -> bytes:
    """`text` compressed, always (a revision's JSON)."""
    return zlib.compress(text.encode("utf-8", "surrogatepass"), LEVEL)


def decompress(data: bytes) -> str | None:
    """What `compress` made, back as text; None for bytes it did not make."""
    try:
        return zlib.decompress(data).decode("utf-8", "surrogatepass")
    except (zlib.error, UnicodeDecodeError):
        return None


def pack(text: str | None) -> str | bytes | None:
    """The value to store for a column's `text`: compressed bytes when that is smaller."""
    if text is None:
        return None
    data = text.encode("utf-8", "surrogatepass")
    if len(data) < PACK_FROM:
        return text
    packed = zlib.compress(data, LEVEL)
    return packed if len(packed) < len(data) else text


def unpack(value: object) -> str | None:
    """The text of a stored column value: packed bytes unpacked, text as it is; bytes that
    are not ekreader's (an edited or damaged row) read as UTF-8, bad parts replaced."""
    if value is None or isinstance(value, str):
        return value
    if isinstance(value, bytes):
        if value[:1] == b"\x78":  # zlib's header
            text = decompress(value)
            if text is not None:
                return text
        return value.decode("utf-8", "replace")
    return str(value)


__all__ = ["compress", "decompress", "pack", "unpack"]
