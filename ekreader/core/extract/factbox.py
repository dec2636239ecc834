"""Fact boxes the extractor left out: an <aside> set between two paragraphs of the article
that holds a list or a table of facts ("Der Damm in Zahlen", "Key facts") and no links to
the site's other pages; and quotes set in a <figure> there (a quote card: the words and
who said them).

Extractors drop every <aside> (most are sidebars, related stories, advertisements) and
every <figure> (most are photos); one inside the article's text, with nothing to follow,
is the article's own, and comes back where it stood.
"""

from __future__ import annotations

from copy import deepcopy
from typing import TYPE_CHECKING

from ekreader.core.extract.pageitems import el_key, key_start, link_target, shorter
from ekreader.core.text.htmltree import HEADING_TAGS
from ekreader.core.text.sanitize import clean_line

if TYPE_CHECKING:
    from lxml.etree import _Element

BOX_TEXT = 1000
"""Most characters of a fact box (a longer aside is a sidebar)."""
_KEY = 16
"""Shortest key of a paragraph looked up in the body (shorter ones are not unique)."""
_PARTS = (*HEADING_TAGS, "p", "ul", "ol", "dl", "table")


def restore_fact_boxes(body: _Element, root: _Element, page: str, sites: frozenset[str]) -> None:
    """Put back in the body each fact box of the page whose paragraphs before and after
    it the body holds, right after the first of them (`page` is the article's address,
    `sites` its own hosts)."""
    boxes = [aside for aside in root.iter("aside") if _is_fact_box(aside, page, sites)]
    boxes += [fig for fig in root.iter("figure") if _is_quote_card(fig, page, sites)]
    if not boxes:
        return
    kept: dict[str, _Element] = {}
    for el in body:
        if isinstance(el.tag, str) and len(key := key_start(el)) >= _KEY:
            kept.setdefault(key, el)
    said = ""  # the body's text, as a key: for quotes that repeat it (pull quotes)
    for box in boxes:
        if box.tag == "figure":
            said = said or el_key(body)
            if _quote_key(box) in said:
                continue
        before, after = _paragraph_beside(box, -1), _paragraph_beside(box, 1)
        if before is None or after is None:
            continue
        anchor = kept.get(key_start(before))
        if anchor is None or key_start(after) not in kept or anchor.getparent() is not body:
            continue
        for part in reversed(_parts(box)):
            if key_start(part) not in kept:
                anchor.addnext(part)


def _is_fact_box(aside: _Element, page: str, sites: frozenset[str]) -> bool:
    """An aside holding a list or table, no link to another page of the site (links to
    other sites are its sources), no form, and little text."""
    if next(aside.iter("ul", "ol", "dl", "table"), None) is None:
        return False
    if next(aside.iter("form", "input", "iframe"), None) is not None:
        return False
    if any(_to_site(a, page, sites) for a in aside.iter("a")):
        return False
    return shorter(aside, BOX_TEXT)


QUOTE_TEXT = 600
"""Most characters of a quote card (the quote and who said it)."""
_MEDIA = ("img", "picture", "video", "audio", "iframe", "object", "embed")


def _is_quote_card(figure: _Element, page: str, sites: frozenset[str]) -> bool:
    """A figure holding a quote and no picture: the quote, who said it, little text."""
    if next(figure.iter("blockquote"), None) is None:
        return False
    if next(figure.iter(*_MEDIA), None) is not None:
        return False
    if any(_to_site(a, page, sites) for a in figure.iter("a")):
        return False
    return shorter(figure, QUOTE_TEXT)


def _to_site(link: _Element, page: str, sites: frozenset[str]) -> bool:
    """True for a link to a page of the site's own hosts (or one that cannot be read)."""
    found = link_target(page, (link.get("href") or "").strip())
    return found is None or found[1] in sites


def _paragraph_beside(box: _Element, step: int) -> _Element | None:
    """The paragraph right before (step -1) or after (step 1) an element, else None."""
    sibling = box.getprevious() if step < 0 else box.getnext()
    while sibling is not None and not isinstance(sibling.tag, str):
        sibling = sibling.getprevious() if step < 0 else sibling.getnext()
    if sibling is None or sibling.tag != "p" or len(key_start(sibling)) < _KEY:
        return None
    return sibling


def _inside_part(el: _Element, box: _Element) -> bool:
    """True when an element of the box lies inside another part of it."""
    parent = el.getparent()
    while parent is not None and parent is not box:
        if parent.tag in _PARTS:
            return True
        parent = parent.getparent()
    return False


def _parts(box: _Element) -> list[_Element]:
    """Copies of a box's title, paragraphs, lists and tables (the outermost), without
    attributes; the article's text goes on after the box, so its title starts no section.
    A quote card's are its quote and the line that says who said it."""
    if box.tag == "figure":
        return _quote_parts(box)
    parts: list[_Element] = []
    for el in box.iter(*_PARTS):
        if _inside_part(el, box):
            continue
        copy = _bare_copy(el)
        if copy.tag in HEADING_TAGS:
            copy.tag = "p"  # the box's title: a line over its facts, not a section
        parts.append(copy)
    return parts


def _quote_key(figure: _Element) -> str:
    """The key of a quote card's words, without who said them (<cite>)."""
    quote = next(figure.iter("blockquote"))
    lines = [el_key(p) for p in quote.iter("p")] or [el_key(quote)]
    return "".join(lines)


def _quote_parts(figure: _Element) -> list[_Element]:
    """A quote card as a quote (without attributes) and, after it, its caption as a line."""
    from lxml import etree

    parts = [_bare_copy(next(figure.iter("blockquote")))]
    caption = next(figure.iter("figcaption"), None)
    if caption is not None and (said := clean_line(" ".join(caption.itertext()))):
        line = etree.Element("p")
        line.text = said
        parts.append(line)
    return parts


def _bare_copy(el: _Element) -> _Element:
    """A copy of an element without its tail and without attributes."""
    copy = deepcopy(el)
    copy.tail = None
    for sub in copy.iter():
        sub.attrib.clear()
    return copy
