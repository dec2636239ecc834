"""The charset clues shared by the feed parser and the page decoder."""

from __future__ import annotations

import pytest

from ekreader.core.text.charset import bom_encoding, content_type_charset


@pytest.mark.parametrize(
    ("data", "expected"),
    [
        (b"\xef\xbb\xbf<rss>", ("utf-8", 3)),
        (b"\xff\xfe<\x00", ("utf-16-le", 2)),
        (b"\xfe\xff\x00<", ("utf-16-be", 2)),
        (b"\xff\xfe\x00\x00<\x00\x00\x00", ("utf-32-le", 4)),
        (b"\x00\x00\xfe\xff\x00\x00\x00<", ("utf-32-be", 4)),
        (b"<rss>", None),
        (b"", None),
    ],
)
def test_bom_encoding(data, expected):
    assert bom_encoding(data) == expected


@pytest.mark.parametrize(
    ("content_type", "expected"),
    [
        ("text/html; charset=utf-8", "utf-8"),
        ('text/html; Charset="ISO-8859-2"', "ISO-8859-2"),
        ("application/xml;charset = 'windows-1251'", "windows-1251"),
        ("text/html", None),
        ("", None),
        (None, None),
    ],
)
def test_content_type_charset(content_type, expected):
    assert content_type_charset(content_type) == expected
