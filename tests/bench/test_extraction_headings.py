"""bench/extraction_headings.py: which headings an extractor shows rightly (heading precision)."""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "bench"))

from extraction_headings import head_key, heading_like, norm, text_heads

SOURCE = """<html><head><title>Quarry news</title></head><body>
<nav><h2>Sections</h2><ul><li><a href="/a">Town</a></li><li><a href="/b">Sport</a></li></ul></nav>
<article><h1>Quarry news</h1>
<p>The old quarry above the village reopened on Monday after a long winter of repairs.</p>
<h2>Foo</h2>
<script>var h = "Foo heading script";</script>
<p>Tempor incididunt ut labore et dolore magna aliqua, said the quarry master.</p>
<h2>Hidden after</h2><p>This paragraph is not in the expected output at all, nowhere.</p>
<h3>Short</h3><p>Two words</p>
</article></body></html>"""

EXPECTED = (
    "The old quarry above the village reopened on Monday after a long winter of repairs.\n\n"
    "Tempor incididunt ut labore et dolore magna aliqua, said the quarry master.\n\nTwo words"
)


def test_a_dropped_heading_over_expected_text_counts() -> None:
    heads = text_heads(SOURCE, EXPECTED, head_key("Quarry news"))
    assert "foo" in heads  # its next words (past the script) are the expected text's


def test_headings_not_over_expected_text_do_not_count() -> None:
    heads = text_heads(SOURCE, EXPECTED, head_key("Quarry news"))
    assert "hidden after" not in heads  # what follows is not in the expected output
    assert "sections" not in heads  # a menu's heading, over links
    assert "short" not in heads  # too few words after it to tell


def test_the_headline_does_not_count() -> None:
    assert "quarry news" not in text_heads(SOURCE, EXPECTED, head_key("Quarry news"))
    assert "quarry news" in text_heads(SOURCE, EXPECTED, head_key("Other title"))


def test_heading_like_lines_of_the_expected_output() -> None:
    lines = heading_like("<h3>Pricing</h3><p>A short line</p><p>" + "word " * 40 + "</p>")
    assert {"pricing", "a short line"} <= lines
    assert head_key("word " * 40) not in lines


def test_snippets_compare_without_invisible_characters():
    assert norm("Lauf\u00adzei\u00adten  be\u200bhan delt ") == "Laufzeiten behan delt"
