"""Fact boxes the extractor left out: an <aside> set between two paragraphs of the article
that holds a list or a table of facts ("Der Damm in Zahlen", "Key facts") or a few
sentences of background ("Contexte", "Hintergrund") and no links to the site's other
pages; and quotes set in a <figure> there (a quote card: the words and who said them).

Extractors drop every <aside> (most are sidebars, related stories, advertisements) and
every <figure> (most are photos); one inside the article's text, with nothing to follow,
is the article's own, and comes back where it stood.
"""

from __future__ import annotations

from copy import deepcopy
from typing import TYPE_CHECKING

from ekreader.core.extract.pageitems import (
    SENTENCE_END,
    LazyStems,
    about,
    el_key,
    key_start,
    link_target,
    shorter,
)
from ekreader.core.text.htmltree import HEADING_TAGS
from ekreader.core.text.sanitize import clean_line

if TYPE_CHECKING:
    from lxml.etree import _Element

BOX_TEXT = 1000
"""Most characters of a fact box (a longer aside is a sidebar)."""
_KEY = 16
"""Shortest key of a paragraph looked up in the body (shorter ones are not unique)."""
_PARTS = (*HEADING_TAGS, "p", "ul", "ol", "dl", "table")
_BLOCKS = ("div", "section")
"""Blocks of the article's text that a box may stand between (their paragraphs inside)."""


def restore_fact_boxes(body: _Element, root: _Element, page: str, sites: frozenset[str]) -> None:
    """Put back in the body each fact box of the page whose paragraphs before and after
    it the body holds, right after the first of them (`page` is the article's address,
    `sites` its own hosts); or that ends the article's text, after its last paragraph
    ("Getting there", "Opening hours": see `_ends_text`)."""
    boxes = [aside for aside in root.iter("aside") if _is_fact_box(aside, page, sites)]
    boxes += [fig for fig in root.iter("figure") if _is_quote_card(fig, page, sites)]
    if not boxes:
        return
    kept: dict[str, _Element] = {}
    for el in body:
        if isinstance(el.tag, str) and len(key := key_start(el)) >= _KEY:
            kept.setdefault(key, el)
    headings = {el_key(el) for el in body if el.tag in HEADING_TAGS}
    article = LazyStems(lambda: " ".join(body.itertext()))
    said = ""  # the body's text, as a key: for quotes that repeat it (pull quotes)
    for box in boxes:
        if box.tag == "figure" or _is_prose(box):
            said = said or el_key(body)
            if _words_key(box) in said:
                continue
        before, after = _paragraph_beside(box, -1), _paragraph_beside(box, 1)
        if before is None:
            continue
        anchor = kept.get(key_start(before))
        if anchor is None or anchor.getparent() is not body:
            continue
        if after is None:  # the box may end the article's text
            if not _ends_text(box, before) or anchor is not body[-1]:
                continue
            if not _of_sentences(box) and not about(box, article.stems()):
                continue
        elif after.tag in HEADING_TAGS:  # the box ends a section
            if el_key(after) not in headings:
                continue
            if not _of_sentences(box) and not about(box, article.stems()):
                continue
        elif key_start(after) not in kept:
            continue
        for part in reversed(_parts(box)):
            if key_start(part) not in kept:
                anchor.addnext(part)


def _is_fact_box(aside: _Element, page: str, sites: frozenset[str]) -> bool:
    """An aside holding a list or table, or a few sentences (`_is_prose`), no link to
    another page of the site (links to other sites are its sources), no form, and little
    text."""
    if next(aside.iter("ul", "ol", "dl", "table"), None) is None and not _is_prose(aside):
        return False
    if next(aside.iter("form", "input", "iframe"), None) is not None:
        return False
    if any(_to_site(a, page, sites) for a in aside.iter("a")):
        return False
    return shorter(aside, BOX_TEXT)


PROSE_TEXT = 1000
"""Most characters of a box of background sentences (a longer one is a sidebar)."""
_PROSE_MIN = 80
"""Fewest characters of its paragraphs (less: a label, an advertisement's slot)."""


def _is_prose(aside: _Element) -> bool:
    """An aside of a few sentences of background: paragraphs (under a title) and no list,
    table, quote (a pull quote, which may cut the words it repeats), picture or link (a
    box of sentences with a button is an advertisement's or a teaser's)."""
    if next(aside.iter("ul", "ol", "dl", "table", "blockquote", "a", *_MEDIA), None) is not None:
        return False
    size = sum(len(clean_line(" ".join(p.itertext()))) for p in aside.iter("p"))
    return size >= _PROSE_MIN and shorter(aside, PROSE_TEXT)


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


_SLOT = 30
"""Most text of a slot between a box and the article's text (an advertisement's
"Anzeige", an empty frame), passed over."""


def _paragraph_beside(box: _Element, step: int) -> _Element | None:
    """The paragraph right before (step -1) or after (step 1) an element, else None: its
    sibling past slots (`_SLOT`) and figures (a photo, a map), or the last (first)
    paragraph of the block of text beside it; after it, a heading (the box ends a
    section)."""
    sibling = box.getprevious() if step < 0 else box.getnext()
    while sibling is not None and (
        not isinstance(sibling.tag, str) or sibling.tag == "figure" or _is_slot(sibling)
    ):
        sibling = sibling.getprevious() if step < 0 else sibling.getnext()
    if sibling is not None and step > 0 and sibling.tag in HEADING_TAGS:
        return sibling if el_key(sibling) else None
    if sibling is not None and sibling.tag in _BLOCKS:
        paragraphs = list(sibling.iter("p"))
        sibling = (paragraphs[-1] if step < 0 else paragraphs[0]) if paragraphs else None
    if sibling is None or sibling.tag != "p" or len(key_start(sibling)) < _KEY:
        return None
    return sibling


def _ends_text(box: _Element, before: _Element) -> bool:
    """True for a box that ends the article's text column: it follows the paragraph
    `before` in the same block (past slots) and nothing follows it there. (An aside beside
    the block of the article's text is a sidebar's.)"""
    sibling = box.getprevious()
    while sibling is not None and (not isinstance(sibling.tag, str) or _is_slot(sibling)):
        sibling = sibling.getprevious()
    if sibling is not before:
        return False
    return all(not isinstance(el.tag, str) or _is_slot(el) for el in box.itersiblings())


def _of_sentences(box: _Element) -> bool:
    """A box whose items, definitions and paragraphs are mostly sentences ("Sepsis is the
    body's extreme response …"): one that ends a section is the article's; one of short
    data there is the article's when it is about its subject (`_about`), else a sidebar's
    (a weather widget's "Jeudi : averses, 11 °C")."""
    texts = [clean_line(" ".join(el.itertext())) for el in box.iter("li", "dd", "p")]
    texts = [text for text in texts if text]
    return bool(texts) and 2 * sum(text.endswith(SENTENCE_END) for text in texts) >= len(texts)


def _is_slot(el: _Element) -> bool:
    """A block of no text of the article's: a few words at most and no paragraph,
    heading, list or table."""
    return next(el.iter(*_PARTS), None) is None and shorter(el, _SLOT)


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
    from lxml import etree

    if box.tag == "figure":
        return _quote_parts(box)
    parts: list[_Element] = []
    for el in box.iter(*_PARTS):
        if _inside_part(el, box):
            continue
        if not parts and el.tag not in HEADING_TAGS and (label := _label(box, el)):
            title = etree.Element("p")  # a title in a <span> or <strong>: its line too
            title.text = label
            parts.append(title)
        copy = _bare_copy(el)
        if copy.tag in HEADING_TAGS:
            copy.tag = "p"  # the box's title: a line over its facts, not a section
        parts.append(copy)
    return parts


_LABEL = 40
"""Longest title of a box that is not a heading ("Contexte", "Key facts")."""


def _label(box: _Element, first: _Element) -> str:
    """The text of a box before its `first` part, if short (its title), else ""."""
    texts: list[str] = []
    for el in box.iter():
        if el is first:
            break
        if el is not box and isinstance(el.tag, str) and el.text:
            texts.append(el.text)
    label = clean_line(" ".join(texts))
    return label if len(label) <= _LABEL else ""


def _words_key(box: _Element) -> str:
    """The key of a quote card's words, without who said them (<cite>); of a box of
    sentences, its paragraphs' (a pull quote repeats the text in one)."""
    quote = next(box.iter("blockquote"), box)
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
