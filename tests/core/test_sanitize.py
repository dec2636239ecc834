"""The one place untrusted text is made safe: control characters out, text kept."""

from __future__ import annotations

import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

from ekreader.core.text.sanitize import (
    _BLANK_LINES,
    clean_block,
    clean_line,
    clean_text,
)

# Every character a terminal may act on (C0 but tab/newline, DEL, C1), and the
# bidi embeddings/overrides/isolates, the BOM and lone surrogates.
FORBIDDEN = (
    [chr(c) for c in range(0x00, 0x20) if c not in (0x09, 0x0A)]
    + [chr(c) for c in range(0x7F, 0xA0)]
    + [chr(c) for c in range(0x202A, 0x202F)]
    + [chr(c) for c in range(0x2066, 0x206A)]
    + ["\ufeff", "\ud800", "\udfff"]
)


def has_forbidden(text: str) -> bool:
    return any(c in text for c in FORBIDDEN)


TEXT_CASES = [
    # (raw, clean_text, clean_line)
    ("a\x1b[31mred\x1b[0m", "a[31mred[0m", "a[31mred[0m"),
    ("title\x1b]0;owned\x07", "title]0;owned", "title]0;owned"),
    ("clip\x1b]52;c;ZXZpbA==\x07board", "clip]52;c;ZXZpbA==board", "clip]52;c;ZXZpbA==board"),
    ("\x1b[2J\x1b[Hclear", "[2J[Hclear", "[2J[Hclear"),
    ("c1\x9b31mcsi", "c131mcsi", "c131mcsi"),
    ("nul\x00byte", "nulbyte", "nulbyte"),
    ("del\x7fete", "delete", "delete"),
    ("back\x08space", "backspace", "backspace"),
    ("a\r\nb\rc", "a\nb\nc", "a b c"),
    ("x\u2028y\u2029z\x85w", "x\ny\nz\nw", "x y z w"),
    ("tab\there", "tab\there", "tab here"),
    ("bidi \u202eevil\u202c end", "bidi evil end", "bidi evil end"),
    ("iso\u2066late\u2069", "isolate", "isolate"),
    ("\ufeffbom", "bom", "bom"),
    ("lone\ud800surrogate", "lonesurrogate", "lonesurrogate"),
    # Text is kept: scripts, combining marks, emoji with modifiers, joiners.
    ("عاجل: عاصفة رملية", "عاجل: عاصفة رملية", "عاجل: عاصفة رملية"),
    ("Müller e\u0301", "Müller e\u0301", "Müller e\u0301"),
    ("👍🏽 👨‍👩‍👧", "👍🏽 👨‍👩‍👧", "👍🏽 👨‍👩‍👧"),
    (
        "[bold]not markup[/bold] <b>&amp;",
        "[bold]not markup[/bold] <b>&amp;",
        "[bold]not markup[/bold] <b>&amp;",
    ),
    ("  spaced   out \n\n line ", "  spaced   out \n\n line ", "spaced out line"),
    ("", "", ""),
]


@pytest.mark.parametrize(("raw", "text", "line"), TEXT_CASES)
def test_clean_text_and_line(raw: str, text: str, line: str):
    assert clean_text(raw) == text
    assert clean_line(raw) == line


@pytest.mark.parametrize("char", FORBIDDEN, ids=[f"U+{ord(c):04X}" for c in FORBIDDEN])
def test_every_forbidden_character_is_removed(char: str):
    raw = f"a{char}b{char}"
    for fn in (clean_text, clean_line, clean_block):
        assert not has_forbidden(fn(raw)), fn.__name__


def test_every_printable_ascii_character_survives():
    printable = "".join(chr(c) for c in range(0x20, 0x7F))
    assert clean_text(printable) == printable
    assert clean_line(printable) == printable.strip()


def test_none_gives_empty_text():
    assert clean_line(None) == ""
    assert clean_block(None) == ""


@pytest.mark.parametrize(
    ("raw", "block"),
    [
        ("one\n\n\n\ntwo", "one\n\ntwo"),
        ("one   \ntwo\t\n", "one\ntwo"),
        ("  \n\nlead\n \n \n\ntail\n\n", "lead\n\ntail"),
        ("a\tb", "a b"),
        ("r\r\n\r\n\r\ns", "r\n\ns"),
        ("x\x1b[1m\n\n\x07\n\ny", "x[1m\n\ny"),
    ],
)
def test_clean_block(raw: str, block: str):
    assert clean_block(raw) == block


ALL_CASES = [raw for raw, _, _ in TEXT_CASES] + [
    "\r\r\n\n\x85\u2028",
    "\x1b\x1b\x1b",
    "a\u202e\u202e\u202eb",
    "\t \t\n \n",
]


@pytest.mark.parametrize("raw", ALL_CASES)
def test_idempotent(raw: str):
    for fn in (clean_text, clean_line, clean_block):
        once = fn(raw)
        assert fn(once) == once, fn.__name__


def test_removing_a_control_character_cannot_forge_another():
    # ESC followed by '[' with a control in between must not become an escape sequence.
    assert "\x1b" not in clean_text("\x1b\x00[31m")
    assert clean_text("\x1b\x1b[") == "["


@given(st.text(alphabet=st.sampled_from(" \t\n\r\xa0ab\x07\u2028"), max_size=40))
def test_clean_block_is_its_rules_applied_everywhere(raw: str) -> None:
    """Trailing spaces and blank lines go as these two patterns take them out (each step
    runs only where it can change something, the first without a pattern)."""
    text = clean_text(raw).replace("\t", " ")
    text = _BLANK_LINES.sub("\n\n", re.sub(r"[ \t]+\n", "\n", text))
    assert clean_block(raw) == text.strip()
