"""Headings for bench/extraction.py: the texts compared, what in expected.html may rightly be
shown as a heading, and the source's headings over expected text that expected.html dropped."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from lxml.etree import _Element

_TOKEN = re.compile(r"\w+")
_SPACES = re.compile(r"\s+")
_HEADINGS = ("h1", "h2", "h3", "h4")
ALL_HEADINGS = ("h1", "h2", "h3", "h4", "h5", "h6")


_INVISIBLE = re.compile("[\u00ad\u200b\u200c\u200d\u2060\ufeff]")
"""Soft hyphens and zero-width characters: nothing a reader sees (ekreader removes them)."""


def norm(text: str) -> str:
    """Whitespace-normalized text, as trafilatura's evaluation compares snippets, without
    invisible characters: a snippet copied with the page's soft hyphens ("Lauf\u00adzei\u00adten")
    is the same text as "Laufzeiten", for every extractor."""
    return _SPACES.sub(" ", _INVISIBLE.sub("", text)).strip()


def head_key(text: str) -> str:
    """Key for comparing headings: casefolded words only."""
    return " ".join(_TOKEN.findall(text.casefold()))


def html_headings(html: str, tags: tuple[str, ...] = _HEADINGS) -> list[str]:
    """Texts of the heading elements of an HTML document or fragment."""
    from ekreader.core.text.htmltree import parse_html

    root = parse_html(html)
    if root is None:
        return []
    return [text for text in (norm(shown_text(el)) for el in root.iter(*tags)) if text]


def heading_like(html: str) -> set[str]:
    """Keys of the expected output's lines that an extractor may rightly show as headings:
    its h1-h6, and its short lines (a bold paragraph, a list item's title: the same line)."""
    from ekreader.core.text.htmltext import html_to_text

    lines = {head_key(h) for h in html_headings(html, ALL_HEADINGS)}
    for line in html_to_text(html).split("\n"):
        line = _LIST_MARKER.sub("", line)
        if len(line) <= HEADING_LINE:
            lines.add(head_key(line))
    return lines - {""}


HEADING_LINE = 120
"""Longest line of the expected output that counts as a heading-like line."""
_LIST_MARKER = re.compile(r"^\s*(?:(?:\d+\.|•|>)\s*)*")
FOLLOWING_WORDS = 12
"""Words after a heading of the source page that must be expected text (see `text_heads`)."""
_MIN_FOLLOWING = 4
_SKIP_TEXT = frozenset({"script", "style", "noscript", "template", "title", "head"})


def text_heads(source: str, expected_text: str, title: str) -> set[str]:
    """Keys of the source page's h1-h6 that head text of the expected output.

    Readability.js, which wrote expected.html, drops some headings of the text it keeps (a
    heading beside the block it picked, an h1 inside the article, headings whose class it
    scores down): "<h2>Foo</h2><p>Tempor ...</p>" gives "<p>Tempor ...</p>". A heading of
    the source whose next words (the first FOLLOWING_WORDS words after it in the page, at
    least _MIN_FOLLOWING) are words of the expected text, in order, is a heading of that
    text, and an extractor that shows it is right. The headline (part of the page's title)
    does not count: shown again as a section's heading it repeats the title.
    """
    from lxml import etree

    from ekreader.core.text.htmltree import parse_html

    root = parse_html(source)
    if root is None:
        return set()
    words: list[str] = []
    ends: list[tuple[str, int]] = []
    skipping = 0
    for event, el in etree.iterwalk(root, events=("start", "end")):
        tag = el.tag if isinstance(el.tag, str) else ""
        if event == "start":
            if tag in _SKIP_TEXT:
                skipping += 1
            elif not skipping and tag:
                words += _TOKEN.findall((el.text or "").casefold())
            continue
        if tag in _SKIP_TEXT:
            skipping -= 1
        elif not skipping and tag in ALL_HEADINGS:
            ends.append((head_key(shown_text(el)), len(words)))
        if not skipping:
            words += _TOKEN.findall((el.tail or "").casefold())
    expected = f" {head_key(expected_text)} "
    title_key = f" {title} "
    heads = set()
    for key, at in ends:
        following = words[at : at + FOLLOWING_WORDS]
        if (
            key
            and f" {key} " not in title_key
            and len(following) >= _MIN_FOLLOWING
            and f" {' '.join(following)} " in expected
        ):
            heads.add(key)
    return heads


def shown_text(el: _Element) -> str:
    """An element's text as a browser lays it out: inline elements add no space.

    `" ".join(el.itertext())` made "<em>b</em><em>y</em>" two words ("b y"); a <br> (<lb> in
    trafilatura's XML) or a block element inside still separates words.
    """
    from ekreader.core.text.htmltree import BLOCK_TAGS

    parts = [el.text or ""]
    for child in el:
        if isinstance(child.tag, str):
            gap = " " if child.tag in ("br", "lb") or child.tag in BLOCK_TAGS else ""
            parts += [gap, shown_text(child), gap]
        parts.append(child.tail or "")
    return "".join(parts)
