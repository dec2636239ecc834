"""Index pages: a section front or topic page, read as the list of stories it is.

Some feed items lead to a page of teasers (a section front, a topic or live page) rather
than to an article. Article extractors pick one teaser there, or a column of photo
credits, and our own pass drops runs of teasers as boilerplate. When the page is made of
teasers and nothing the extractor kept lies outside them, the page is read as an index:
each teaser's title as a heading over its summary (linked to the story) and byline, under
the headings that group them.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from typing import TYPE_CHECKING

from ekreader.core.extract.pageitems import KEY_LEN, SENTENCE_END, Item, line_key, plain

if TYPE_CHECKING:
    from lxml.etree import _Element

MIN_TEASERS = 8
"""Fewer teasers than this make a page's list of related stories, not an index."""
_TEASER_LINES = 4
"""Lines after a teaser's title in which its summary must start."""
_TEASER_TEXT = 400
"""Most characters of text under a teaser's title (longer: a section of an article)."""
_SUMMARY_WORDS = 5
_LABEL_TEXT = 80
_OWN_TEXT = 200
"""Characters of kept text outside all teasers that make the page an article."""
_HEADLINE_WORDS = 5
"""A heading this long equal to the page's title is an article's headline."""
_NUMBERED = re.compile(r"^\s*\d+\s*[.):]")


def _is_summary(item: Item) -> bool:
    """A line that reads as a teaser's summary: a sentence of a few words, not a list item."""
    text = plain(item.text).strip()
    return (
        not item.heading
        and not item.marker
        and len(text.split()) >= _SUMMARY_WORDS
        and text.endswith(SENTENCE_END)
    )


def _is_label(item: Item) -> bool:
    """A heading not linked elsewhere, or a short line that is no sentence (a credit)."""
    if item.heading:
        return not item.linked
    return len(plain(item.text)) <= _LABEL_TEXT and not _is_summary(item)


def _span_end(items: list[Item], start: int) -> int:
    """The index after the last line under the heading at `start` (the next heading)."""
    end = start + 1
    while end < len(items) and not items[end].heading:
        end += 1
    return end


def _summary_of(items: list[Item], start: int, end: int) -> int | None:
    """The index of the summary under the heading at `start`, if it has one."""
    return next(
        (n for n in range(start + 1, min(end, start + 1 + _TEASER_LINES)) if _is_summary(items[n])),
        None,
    )


def teaser_spans(items: list[Item]) -> list[tuple[int, int]]:
    """(title, end) of each teaser: a heading linked to another page over a short summary."""
    spans: list[tuple[int, int]] = []
    for n, item in enumerate(items):
        if not item.linked:
            continue
        end = _span_end(items, n)
        size = sum(len(plain(items[k].text)) for k in range(n + 1, end))
        if size <= _TEASER_TEXT and _summary_of(items, n, end) is not None:
            spans.append((n, end))
    return spans


def is_index(items: list[Item], kept_keys: Iterable[str], title: str = "") -> bool:
    """True when the page is a list of teasers and the extractor kept only teasers.

    `kept_keys` are the line keys of the blocks the extractor kept (see `line_key`); each
    is looked for in the stretch of the page the teasers cover, credits and labels
    between them included: some must be found there, and next to nothing elsewhere.
    Numbered titles make a listicle, and an article's headline (a heading of five words
    or more equal to the page's `title`) an article whose text the extractor missed:
    neither is an index.
    """
    spans = teaser_spans(items)
    if len(spans) < MIN_TEASERS:
        return False
    numbered = sum(1 for n, _end in spans if _NUMBERED.match(items[n].text))
    if numbered * 2 >= len(spans):
        return False
    title_key = line_key(title) if len(title.split()) >= _HEADLINE_WORDS else ""
    if title_key and any(item.heading and item.key == title_key for item in items):
        return False
    start, stop = _region(items, spans)
    region = "".join(item.key for item in items[start:stop])
    inside = outside = 0
    for key in kept_keys:
        if key and key[:KEY_LEN] in region:
            inside += len(key)
        else:
            outside += len(key)
    return inside > 0 and outside <= _OWN_TEXT


def _region(items: list[Item], spans: list[tuple[int, int]]) -> tuple[int, int]:
    """The stretch of the page from the headings above the first teaser to the last's end."""
    first = start = spans[0][0]
    while start > 0 and first - start < _TEASER_LINES and _is_label(items[start - 1]):
        start -= 1  # the section headings (and photo credits) above the first teaser
    while not items[start].heading:
        start += 1
    return start, spans[-1][1]


def index_body(items: list[Item], is_byline: Callable[[str], bool]) -> _Element:
    """The teasers as a body element: headings, summaries linked to their story, bylines.

    From the headings right above the first teaser to the end of the last one; a heading
    over a summary (a teaser's title) is an h3, other headings (sections, column names)
    are h2; other lines (photo credits, advertisements, "more" links) are dropped.
    """
    from lxml import etree

    start, stop = _region(items, teaser_spans(items))
    body = etree.Element("div")
    href = ""
    for n in range(start, stop):
        item = items[n]
        if item.heading:
            end = _span_end(items, n)
            teaser = _summary_of(items, n, end) is not None
            etree.SubElement(body, "h3" if teaser else "h2").text = item.text
            href = item.href
            continue
        text = plain(item.text).strip()
        if _is_summary(item):
            paragraph = etree.SubElement(body, "p")
            if href:
                link = etree.SubElement(paragraph, "a", href=href)
                link.text = text
                href = ""  # one link per teaser
            else:
                paragraph.text = text
        elif is_byline(text):
            etree.SubElement(body, "p").text = text
    return body
