"""The comparison keys of page lines and elements."""

from __future__ import annotations

from html import escape

from hypothesis import given
from hypothesis import strategies as st

from ekreader.core.extract.pageitems import el_key, key_start, line_key
from ekreader.core.text.htmltree import parse_html

_TEXT = st.text(alphabet="aZ ßſİΣς9_-.,'’\u00a0\u0301日本", max_size=60)


@given(st.lists(_TEXT, min_size=1, max_size=6), st.integers(min_value=1, max_value=80))
def test_the_start_of_a_key_is_the_keys_start(pieces: list[str], size: int) -> None:
    """key_start reads the text piece by piece and in chunks; it must give exactly the
    start of the key of the whole text (casefolding and dropping are per character)."""
    html = (
        "<p>"
        + "".join(f"<b>{escape(p)}</b>" if n % 2 else escape(p) for n, p in enumerate(pieces))
        + "</p>"
    )
    root = parse_html(html)
    assert root is not None
    p = next(root.iter("p"))
    assert key_start(p, size) == el_key(p)[:size]


def test_a_key_drops_case_spaces_and_punctuation() -> None:
    assert line_key("Straße, 9 — Ärger!") == "strasse9ärger"
