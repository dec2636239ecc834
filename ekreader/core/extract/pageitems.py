"""A web page as a reader sees it: its headings and lines of text, in reading order.

The article extractor compares what its engines kept with this flat view of the page to
put back what they lost (headings, standfirsts, lists) and to read index pages.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, NamedTuple

from ekreader.core.text.htmltree import (
    BLOCK_TAGS,
    DROP_TAGS,
    VOID_MISPARSED,
    bold_heading_text,
    is_hidden,
)
from ekreader.core.text.sanitize import clean_line

if TYPE_CHECKING:
    from collections.abc import Callable

    from lxml.etree import _Element

_KEY_DROP = re.compile(r"[\W_]+")
ANCHOR = ("\ue000", "\ue001", "\ue002")
"""In `page_items` lines, a link reads START href MIDDLE text END (private-use marks)."""
_ANCHOR_URL = re.compile(f"{ANCHOR[0]}[^{ANCHOR[1]}]*{ANCHOR[1]}")
ANCHORED = re.compile(f"{ANCHOR[0]}([^{ANCHOR[1]}]*){ANCHOR[1]}([^{ANCHOR[2]}]*){ANCHOR[2]}")


KEY_LEN = 32
"""How much of a line's key is compared where lines may be cut differently (its start)."""
SENTENCE_END = (".", "!", "?", "…", '"', "”", "»", "。", "؟")
"""How a line that is a sentence ends."""


def line_key(text: str) -> str:
    """A line's key for comparing texts: casefolded, without spaces and punctuation."""
    return _KEY_DROP.sub("", text.casefold())


class Item(NamedTuple):
    """A heading or a line of text of the page, in reading order."""

    heading: bool
    level: int
    key: str
    text: str
    marker: str = ""
    """"•" or "1." for a list item ("" for other lines)."""
    href: str = ""
    """For a heading that is a link to another page (a teaser's title): the link, as written."""
    group: int = 0
    """For a list item, the number of its outermost list on the page (from 1)."""
    card: bool = False
    """For a heading inside a link that holds it (a teaser card): True."""
    caption: bool = False
    """For a line inside a <figure> (a photo's caption or credit): True."""

    @property
    def linked(self) -> bool:
        """True for a heading that is a link to another page."""
        return bool(self.href)


def plain(text: str) -> str:
    """Text without its ANCHOR marks (and their URLs)."""
    return _ANCHOR_URL.sub("", text).replace(ANCHOR[2], "") if ANCHOR[0] in text else text


_LINKED_HEADING = 0.6
"""Share of a heading's text in one link's that makes it a link ("Editorial <a>Title</a>")."""


def _link_target(el: _Element) -> str:
    """The href of the link that holds (nearly) all of an element's text, else ""."""
    total = _shown_len(el)
    if not total:
        return ""
    linked = 0
    first = ""
    for a in el.iter("a"):
        href = (a.get("href") or "").strip()
        if href and not href.startswith(_NO_LINK):
            linked += _shown_len(a)
            first = first or href
    return first if linked >= _LINKED_HEADING * total else ""


def _shown_len(el: _Element) -> int:
    """The characters of an element's text but spaces (the source's indentation between
    "<strong>Kicker</strong>" and "<a>Title</a>" is no text)."""
    return sum(len(piece) for text in el.itertext() for piece in text.split())


_LINE_TAGS = BLOCK_TAGS - {"a"}
_NO_LINK = ("#", "javascript:", "mailto:", "data:", "tel:")
_ITEM_HEADINGS = {"h1": 1, "h2": 2, "h3": 3, "h4": 4}
_NEVER_CONTENT = frozenset({"nav", "aside", "footer"})
"""Page parts the extractor always drops: nothing there is worth aligning with."""


def page_items(root: _Element) -> list[Item]:
    """The page in reading order: its headings and text lines, as a reader would see them.

    One flat walk (lxml's iterwalk) over the page: block elements end lines, list items
    start marked lines, h1-h4 and bold-only paragraphs are headings, hidden and non-text
    elements are skipped. Links are kept in the text with ANCHOR marks (see `_relink`).
    """
    from lxml import etree

    items: list[Item] = []
    parts: list[str] = []
    marker = ""
    heading_depth = 0  # > 0 inside a heading
    heading_level = 0
    numbers: list[int] = []  # ordered list counters, innermost last
    ordered: list[bool] = []
    opened: list[bool] = []  # per open <a>: whether it has an ANCHOR mark
    around = ""  # the href of the outermost open <a> (a link may wrap a whole teaser)
    heading_href = ""
    card = False  # the heading being read is inside a link
    skipped = False
    lists = 0  # outermost lists opened so far
    figures = 0  # <figure>s open

    def flush(keep_marker: bool = False) -> None:
        """End the line being read; `keep_marker`: a list item's mark waits for its
        first line when nothing was read yet ("<li><p>…")."""
        nonlocal marker
        kept = keep_marker
        if parts:
            text = " ".join("".join(parts).split())
            parts.clear()
            if text and (key := line_key(plain(text))):
                if heading_depth:
                    items.append(
                        Item(True, heading_level, key, plain(text), "", heading_href, 0, card)
                    )
                else:
                    group = lists if marker and numbers else 0
                    items.append(Item(False, 0, key, text, marker, "", group, caption=figures > 0))
                kept = False
        if not kept:
            marker = ""

    body = next(root.iter("body"), root)
    walker = etree.iterwalk(body, events=("start", "end"))
    for event, el in walker:
        tag = el.tag
        if not isinstance(tag, str):
            if event == "end" and el.tail:
                parts.append(el.tail)
            continue
        if skipped:  # the end of an element whose subtree was skipped: only its tail counts
            skipped = False
            if el.tail:
                parts.append(el.tail)
            continue
        if event == "start":
            if tag in VOID_MISPARSED:
                pass
            elif tag == "form" and _wraps_page(el):
                pass  # ASP.NET's one form around the whole page: read what it holds
            elif tag in DROP_TAGS or tag in _NEVER_CONTENT or is_hidden(el):
                walker.skip_subtree()
                skipped = True
                continue
            if tag in _LINE_TAGS:
                flush(  # the parent is looked up only for a list item's paragraph
                    keep_marker=tag == "p"
                    and bool(marker)
                    and (parent := el.getparent()) is not None
                    and parent.tag == "li"
                )
                figures += tag == "figure"
                if tag in _ITEM_HEADINGS and not heading_depth:
                    heading_depth, heading_level = 1, _ITEM_HEADINGS[tag]
                    heading_href = _link_target(el) or around
                    card = bool(around)
                elif heading_depth:
                    heading_depth += 1
                elif tag in ("p", "div") and (heading := bold_heading_text(el)) is not None:
                    items.append(Item(True, 3, line_key(heading), heading))
                    walker.skip_subtree()
                    skipped = True
                    continue
                elif tag in ("ul", "ol"):
                    if not numbers:
                        lists += 1
                    ordered.append(tag == "ol")
                    numbers.append(0)
                elif tag == "li" and numbers:
                    numbers[-1] += 1
                    marker = f"{numbers[-1]}." if ordered[-1] else "•"
            elif tag == "a":
                # the href as written: resolved when the document is built, if relinked
                href = (el.get("href") or "").strip()
                link = bool(href) and not heading_depth and not href.startswith(_NO_LINK)
                if link:
                    parts.append(f"{ANCHOR[0]}{href}{ANCHOR[1]}")
                    around = around or href
                opened.append(link)
            elif tag == "br":
                parts.append(" ")
            if el.text:
                parts.append(el.text)
        else:
            if tag in _LINE_TAGS:
                flush()
                figures -= tag == "figure"
                if heading_depth:
                    heading_depth -= 1
                elif tag in ("ul", "ol") and numbers:
                    numbers.pop()
                    ordered.pop()
            elif tag == "a" and opened and opened.pop():
                if not any(opened):
                    around = ""
                if parts and parts[-1].startswith(ANCHOR[0]) and parts[-1].endswith(ANCHOR[1]):
                    parts.pop()  # a link without text
                else:
                    parts.append(ANCHOR[2])
            if el.tail and el is not body:
                parts.append(el.tail)
    flush()
    return items


def _wraps_page(form: _Element) -> bool:
    """A form that holds the page's headline or article (ASP.NET Web Forms put the whole
    page in one), not a sign-up or search form."""
    return next(form.iter("h1", "article"), None) is not None


def shorter(el: _Element, limit: int) -> bool:
    """True when an element's text is at most `limit` characters (read no further)."""
    total = 0
    for piece in el.itertext():
        total += len(piece.strip())
        if total > limit:
            return False
    return True


def solid_length(el: _Element, limit: int = 1 << 30) -> int:
    """The characters of an element's text but white space, counted up to a little past
    `limit` (read no further)."""
    total = 0
    for piece in el.itertext():
        total += solid(piece)
        if total > limit:
            break
    return total


def solid(text: str) -> int:
    """A text's length without its white space (spaces, newlines, no-break spaces...)."""
    return sum(len(word) for word in text.split())


def block_kind(el: _Element) -> tuple[str, str]:
    """A block's kind: its tag and the first word of its class ("div", "editorial-module")."""
    classes = (el.get("class") or "").split()
    return el.tag if isinstance(el.tag, str) else "", classes[0] if classes else ""


def el_key(el: _Element) -> str:
    """The comparison key of an element's text (see `line_key`)."""
    return line_key("".join(el.itertext()))


def text_lines(el: _Element, breaks: frozenset[str]) -> list[str]:
    """An element's text cut into lines where a child of one of the `breaks` tags starts
    (a <br>, a block inside it), each line on one line with single spaces; no empty ones."""
    parts: list[str] = []

    def visit(node: _Element) -> None:
        parts.append(node.text or "")
        for child in node:
            if isinstance(child.tag, str):
                if child.tag in breaks:
                    parts.append("\n")
                visit(child)
            parts.append(child.tail or "")

    visit(el)
    return [line for line in (clean_line(text) for text in "".join(parts).split("\n")) if line]


def key_start(el: _Element, size: int = KEY_LEN) -> str:
    """`el_key(el)[:size]`, reading no more of the element's text than it needs (a line's
    key is the keys of its pieces joined: casefolding and dropping work per character)."""
    key = ""
    for piece in el.itertext():
        for start in range(0, len(piece), 4 * size):
            key += line_key(piece[start : start + 4 * size])
            if len(key) >= size:
                return key[:size]
    return key


def paragraphs_by_key(root: _Element) -> dict[str, list[_Element]]:
    """The page's paragraphs (<p>) by the start of their key (`key_start`), in page order:
    for the passes that look a kept paragraph up on the page."""
    index: dict[str, list[_Element]] = {}
    for p in root.iter("p"):
        if key := key_start(p):
            index.setdefault(key, []).append(p)
    return index


_MIN_KEY = 8
"""Shortest key compared by its start (shorter ones match too much)."""
_WORDS = re.compile(r"\w+")


def same_words(text: str, title: str) -> bool:
    """True when a heading is the headline again: the title's words with a few more or
    fewer ("Jun 17 <title>", "<title> | Site"), or the title's start ("<h1> – tagline")."""
    a, b = line_key(text), line_key(title)
    if not a or not b:
        return False
    if len(a) >= _MIN_KEY and len(b) >= _MIN_KEY and (a.startswith(b) or b.startswith(a)):
        return True
    words, other = set(_WORDS.findall(text.casefold())), set(_WORDS.findall(title.casefold()))
    return len(words & other) >= 0.7 * max(len(words), len(other))


def link_target(page: str, href: str) -> tuple[str, str] | None:
    """Where a link written `href` on `page` leads: its address and its host without
    "www."; None for an address that cannot be read."""
    from urllib.parse import urljoin, urlsplit

    try:
        target = urljoin(page, href)
        return target, (urlsplit(target).hostname or "").removeprefix("www.")
    except ValueError:
        return None


def link_counts(text: str, sites: frozenset[str]) -> tuple[int, int, int]:
    """In a line of `page_items`: the characters of its link texts, its links, and of those
    the links that leave `sites` (the page's own hosts, without "www.")."""
    from urllib.parse import urlsplit

    linked = links = away = 0
    for match in ANCHORED.finditer(text):
        linked += len(match.group(2))
        links += 1
        try:
            host = urlsplit(match.group(1)).hostname or ""
        except ValueError:
            continue
        if host and host.removeprefix("www.") not in sites:
            away += 1
    return linked, links, away


_STEM = 5
"""Letters of a word compared (the stem of "Karasuyaka'da", "depreminde": inflections)."""
_ARTICLE_AR = ("وال", "بال", "لل", "ال")


def word_stems(text: str) -> set[str]:
    """The starts of a text's words of four letters or more (Arabic ones without "ال")."""
    stems: set[str] = set()
    for word in re.findall(r"\w+", text.casefold()):
        for prefix in _ARTICLE_AR:
            if word.startswith(prefix) and len(word) - len(prefix) >= 3:
                word = word[len(prefix) :]
                break
        if len(word) >= 4:
            stems.add(word[:_STEM])
    return stems


ABOUT_WORDS = 4
"""Fewest words of a box that `about` compares with its article's."""


def about(box: _Element, article: set[str], share: int = 4) -> bool | None:
    """Whether a box is about its article's subject: a `share`-th of its words or more
    (a quarter) are among the article's `word_stems` ("Kessler Antriebstechnik in Kürze:
    Gegründet 1953 in Aldenbrück …" beside Kessler's profit warning; a weather widget's
    days and showers, a pharmacy list's addresses are not). None for a box of fewer than
    `ABOUT_WORDS` words: too few to tell."""
    words = word_stems(" ".join(box.itertext()))
    if len(words) < ABOUT_WORDS:
        return None
    return share * len(words & article) >= len(words)


class LazyStems:
    """The `word_stems` of a text read only when first asked for (most pages never
    compare a banner or a box with their article)."""

    def __init__(self, text: Callable[[], str]) -> None:
        self._text = text
        self._stems: set[str] | None = None

    def stems(self) -> set[str]:
        """The stems of the text, read once."""
        if self._stems is None:
            self._stems = word_stems(self._text())
        return self._stems
