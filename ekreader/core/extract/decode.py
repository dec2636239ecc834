"""Page bytes to text: the charset (byte-order mark, HTTP header, <meta charset>) and
whether a response is an HTML page at all."""

from __future__ import annotations

import codecs
import re

from ekreader.core.text.charset import bom_encoding

_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_:.-]+)""", re.I)


def decode_html(data: bytes, charset: str | None = None) -> str:
    """Decode a page: BOM, then the given charset, then <meta charset>, then UTF-8, else
    cp1252. A declared UTF-8 with a few stray bytes stays UTF-8 (`_mostly_utf8`)."""
    bom = bom_encoding(data)
    if bom is not None:
        name, size = bom
        return data[size:].decode(name, "replace")
    candidates: list[str] = []
    if charset:
        candidates.append(charset)
    match = _META_CHARSET.search(data[:4096])
    if match:
        candidates.append(match.group(1).decode("ascii", "replace"))
    for n, name in enumerate([*candidates, "utf-8"]):
        try:
            codec = codecs.lookup(name).name
        except LookupError:
            continue
        if codec.startswith(("utf-16", "utf-32")):
            continue  # a meta tag readable as ASCII cannot be UTF-16
        if codec in ("latin-1", "iso8859-1", "ascii"):
            codec = "cp1252"  # what browsers do
        try:
            return data.decode(codec)
        except UnicodeDecodeError:
            declared = n < len(candidates)  # not UTF-8 as the last guess
            if declared and codec == "utf-8" and (text := _mostly_utf8(data)) is not None:
                return text
            continue
    return data.decode("cp1252", "replace")


_STRAY_BYTES = 0.01
"""Most invalid sequences, per character beyond ASCII, of a page still read as UTF-8."""


def _mostly_utf8(data: bytes) -> str | None:
    """A page declared UTF-8 as UTF-8 with its few invalid bytes replaced (as a browser
    reads it), or None when they are too many: then it is in another charset. One stray
    byte in a UTF-8 page read as cp1252 garbled every accented letter ("atakÃ³w")."""
    text = data.decode("utf-8", "replace")
    stray = text.count("\ufffd")
    wide = len(text) - len(text.encode("ascii", "ignore")) - stray
    return text if stray <= _STRAY_BYTES * wide else None


_BINARY_MAGIC = (
    b"%pdf", b"\x89png", b"gif8", b"\xff\xd8\xff", b"pk\x03\x04", b"riff", b"\x1f\x8b",
    b"\x00\x00\x01\x00", b"ii*\x00", b"mm\x00*", b"oggs", b"id3",
)  # fmt: skip
"""Leading bytes (lower-cased) of PDF, images, archives and media files."""


def is_html(content_type: str | None, head: bytes) -> bool:
    """True when a response looks like an HTML page (by Content-Type, else by its first bytes)."""
    sample = head[:1024].lstrip(b"\xef\xbb\xbf \t\r\n").lower()
    # The bytes first: a PDF, an image or an archive served as text/html is not a page.
    if sample.startswith(_BINARY_MAGIC):
        return False
    if content_type:
        mime = content_type.split(";", 1)[0].strip().lower()
        if mime in ("text/html", "application/xhtml+xml"):
            return True
        if mime and mime not in ("application/octet-stream", "text/plain", "binary/octet-stream"):
            return False
    return any(
        tag in sample for tag in (b"<!doctype html", b"<html", b"<head", b"<body", b"<p", b"<div")
    )
