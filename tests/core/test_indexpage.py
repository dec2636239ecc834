"""Tests for index pages: when a page of teasers is read as an index, on the page's lines."""

from __future__ import annotations

from ekreader.core.extract.indexpage import MIN_TEASERS, is_index, teaser_spans
from ekreader.core.extract.pageitems import Item, line_key, page_items
from ekreader.core.text.htmltree import parse_html


def _items(teasers: int, *, head: str = "") -> list[Item]:
    html = head + "".join(
        f"<h3><a href='/story-{n}'>Story number {n} of the day</a></h3>"
        f"<p>Photo: Agency</p><p>What happened in story {n}, in one sentence.</p>"
        for n in range(teasers)
    )
    root = parse_html(f"<html><body>{html}</body></html>", html_elements=True)
    assert root is not None
    return page_items(root)


def test_teasers_are_linked_titles_over_a_summary() -> None:
    items = _items(3, head="<h3>Unlinked heading</h3><p>Over a sentence, but not linked.</p>")
    assert [items[n].text for n, _end in teaser_spans(items)] == [
        f"Story number {n} of the day" for n in range(3)
    ]


def test_an_index_needs_enough_teasers_and_kept_text_among_them() -> None:
    items = _items(MIN_TEASERS)
    kept = [line_key("What happened in story 2, in one sentence.")]
    assert is_index(items, kept)
    assert not is_index(_items(MIN_TEASERS - 1), kept)
    assert not is_index(items, [])  # the extractor kept nothing: no evidence either way
    assert not is_index(items, [*kept, line_key("An article's own paragraph. " * 10)])


def test_a_headline_equal_to_the_title_makes_an_article() -> None:
    items = _items(MIN_TEASERS, head="<h1>The harbour bridge stays shut all summer</h1>")
    kept = [line_key("What happened in story 2, in one sentence.")]
    assert not is_index(items, kept, "The harbour bridge stays shut all summer")
    assert is_index(items, kept, "Harbour")  # a section's name: short, may be its h1
