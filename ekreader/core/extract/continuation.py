"""The article's text the extractor left out because the page split it into blocks of the
same kind: the text modules before and after the one it kept, between photos.

Extractors pick the one block of a page that holds the most text. A magazine sets an
interview in several text modules between full-width photos: the block picked is a third
of the article, the rest is lost. Here the page around the kept text is read outward: the
block that holds the kept text's first (last) paragraph, and the blocks beside it. A
block of the same kind (same tag, same first class: "editorial-module") that holds
article text comes back; a block of short lines (a photo, its caption and credit) is
passed over, a table of figures comes back with the text after it; anything else ends
the search. Comments, teasers and sign-up boxes sit in blocks of other kinds, so they
never come back this way. Where the kept paragraphs stand in no block, the paragraphs
beside them past a widget (like buttons) come back the same way.
"""

from __future__ import annotations

from collections import Counter
from copy import deepcopy
from itertools import pairwise
from typing import TYPE_CHECKING

from ekreader.core.extract.pageitems import (
    KEY_LEN,
    SENTENCE_END,
    block_kind,
    key_start,
    paragraphs_by_key,
    solid_length,
)
from ekreader.core.text.htmltree import BLOCK_TAGS
from ekreader.core.text.sanitize import clean_line

if TYPE_CHECKING:
    from collections.abc import Iterator

    from lxml.etree import _Element

GAP_TEXT = 160
"""Most characters of a block passed over between two parts of the text (photo, caption)."""
GAPS = 3
"""Most such blocks passed over in a row."""
LONG_PARAGRAPH = 200
"""A block comes back when it holds a paragraph this long ..."""
BLOCK_TEXT = 500
"""... and this many characters in two paragraphs or more (one: a bio, a note) ..."""
LINKED = 0.3
"""... and at most this share of its text in links."""
LEVELS = 6
"""Most levels of the page climbed from a kept paragraph to the blocks beside it."""
PARAGRAPH = 80
"""Fewest characters of a paragraph read on past a widget (shorter: a line)."""
_LINE_TAGS = frozenset({"p", "h2", "h3", "h4", "h5", "h6"})
_TEXT_TAGS = ("p", "h2", "h3", "h4", "h5", "h6", "blockquote", "table")
_LIST_TAGS = (*_TEXT_TAGS, "ul", "ol")
_KEY = 16
"""Shortest key of a paragraph looked up in the page (shorter ones are not unique)."""
_STOP = frozenset({"body", "main", "article", "html"})


def _is_text_block(el: _Element) -> bool:
    """A block of article text: two paragraphs or more, a long one among them, hardly any
    links, no form."""
    if next(el.iter("form", "input", "textarea"), None) is not None:
        return False
    sizes = [solid_length(p, LONG_PARAGRAPH) for p in el.iter("p")]
    if max(sizes, default=0) < LONG_PARAGRAPH or sum(1 for size in sizes if size >= 80) < 2:
        return False
    total = solid_length(el)
    if total < BLOCK_TEXT:
        return False
    linked = sum(solid_length(a) for a in el.iter("a"))
    return linked <= LINKED * total


def _is_table(el: _Element) -> bool:
    """A block that is a table of data (and its show/hide button): no links, little text
    outside its table. Passed over, and brought back when more of the text follows."""
    table = next(el.iter("table"), None)
    if table is None or next(el.iter("a"), None) is not None:
        return False
    return solid_length(el) - solid_length(table) <= GAP_TEXT


def _titled(el: _Element) -> bool:
    """A block with a heading that is a link: another story (a blog's next post), a teaser."""
    return any(
        next(h.iter("a"), None) is not None or any(a.tag == "a" for a in h.iterancestors())
        for h in el.iter("h1", "h2", "h3", "h4")
    )


def _beside(el: _Element, step: int) -> Iterator[_Element]:
    """The element siblings after (step 1) or before (step -1) an element, nearest first."""
    sibling = el.getnext() if step > 0 else el.getprevious()
    while sibling is not None:
        if isinstance(sibling.tag, str):
            yield sibling
        sibling = sibling.getnext() if step > 0 else sibling.getprevious()


def _more_text(start: _Element, step: int) -> list[_Element]:
    """The blocks of the same kind as the one holding `start` that hold more of its text,
    reading on (step 1) or back (step -1), in page order."""
    block = start
    for _level in range(LEVELS):  # up to the level where blocks of text stand beside it
        if block.tag in _STOP:
            return []
        if any(solid_length(s, GAP_TEXT) > GAP_TEXT for s in _beside(block, step)):
            break
        parent = block.getparent()
        if parent is None:
            return []
        block = parent
    else:
        return []
    kind = block_kind(block)
    if kind == ("p", ""):
        return _more_paragraphs(block, step)
    if not kind[1]:
        return []  # a block without a class: nothing tells its kind
    found: list[_Element] = []
    tables: list[_Element] = []  # passed over since the last block found
    gaps = 0
    for sibling in _beside(block, step):
        if block_kind(sibling) == kind and _is_text_block(sibling) and not _titled(sibling):
            found += (*tables, sibling)  # a table between two parts of the text is the article's
            tables.clear()
            gaps = 0
        elif gaps < GAPS and _is_table(sibling):
            tables.append(sibling)
            gaps += 1
        elif gaps < GAPS and solid_length(sibling, GAP_TEXT) <= GAP_TEXT:
            gaps += 1
        else:
            break
    return found if step > 0 else found[::-1]


def _more_paragraphs(start: _Element, step: int) -> list[_Element]:
    """The paragraphs beside `start` (of its kind: no class) in its parent past a widget
    (share or like buttons, an ad slot): the article goes on after it. Lines, headings and
    tables between two paragraphs come back with them; the search ends at a block of text
    that is not a paragraph."""
    found: list[_Element] = []
    pending: list[_Element] = []  # lines, headings and tables since the last paragraph
    gaps = 0
    for sibling in _beside(start, step):
        size = solid_length(sibling)
        if (
            block_kind(sibling) == block_kind(start)
            and size >= PARAGRAPH
            and not _linked(sibling, size)
        ):
            found += (*pending, sibling)
            pending.clear()
            gaps = 0
        elif sibling.tag in _LINE_TAGS and size <= GAP_TEXT and not _linked(sibling, size):
            pending.append(sibling)
        elif gaps < GAPS and _is_table(sibling):
            pending.append(sibling)
            gaps += 1
        elif gaps < GAPS and size <= GAP_TEXT:
            gaps += 1
        else:
            break
    return found if step > 0 else found[::-1]


LIST_ITEMS = 3
"""Fewest items of a list of sentences that closes the article ("Die Noten": the ratings)."""
ITEM_TEXT = 40
"""Fewest characters of each of its items."""


def _closing_list(start: _Element) -> list[_Element]:
    """A list of sentences (under its heading) that ends the block of the article's text
    after `start`, the last of it the body holds: a match report's player ratings, a
    roundup's last points. Climbs while nothing follows `start` in its block; what
    follows must be an unlinked short heading and the list, or the list alone."""
    block = start
    for _level in range(LEVELS):
        after = list(_beside(block, 1))
        if after:
            break
        parent = block.getparent()
        if parent is None or parent.tag in _STOP:
            return []
        block = parent
    else:
        return []
    if after[0].tag in _LINE_TAGS and after[0].tag != "p" and len(after) == 2:
        size = solid_length(after[0], GAP_TEXT)
        if size > GAP_TEXT or _linked(after[0], size):
            return []
    elif len(after) != 1:
        return []
    return after if _is_sentence_list(after[-1]) else []


def _is_sentence_list(el: _Element) -> bool:
    """A list of `LIST_ITEMS` or more sentences of `ITEM_TEXT` characters, hardly linked."""
    if el.tag not in ("ul", "ol"):
        return False
    items = [clean_line(" ".join(li.itertext())) for li in el.iter("li")]
    if len(items) < LIST_ITEMS or any(len(text) < ITEM_TEXT for text in items):
        return False
    if sum(1 for text in items if text.endswith(SENTENCE_END)) * 3 < len(items) * 2:
        return False
    return not _linked(el, solid_length(el))


def _linked(el: _Element, size: int) -> bool:
    """More than `LINKED` of the element's `size` characters are in links."""
    return sum(solid_length(a) for a in el.iter("a")) > LINKED * size


def _paragraph_of(page: dict[str, list[_Element]], key: str, nth: int = 0) -> _Element | None:
    """The page's `nth` paragraph whose text has this key (by `paragraphs_by_key`), or its
    last such paragraph when there are fewer: a text can say the same thing twice."""
    found = page.get(key[:KEY_LEN])
    return found[min(nth, len(found) - 1)] if found else None


def _copies(
    blocks: list[_Element],
    kept: Counter[str],
    page: dict[str, list[_Element]],
    tags: tuple[str, ...] = _TEXT_TAGS,
) -> list[_Element]:
    """Copies of the text elements of blocks (the outermost ones), without attributes, but
    those the body has: `kept` counts the body's elements by key; a paragraph whose key it
    holds is new only when the page repeats that text more often than the body, and it
    comes after those the body holds (`page`: the page's `paragraphs_by_key`)."""
    copies: list[_Element] = []
    for block in blocks:
        for el in block.iter(*tags):
            if any(a.tag in tags for a in el.iterancestors()):
                continue
            key = key_start(el)
            if not key or (kept[key] and not _repeated(el, key, kept[key], page)):
                continue
            kept[key] += 1
            copies.append(_bare_copy(el))
    return copies


def _bare_copy(el: _Element) -> _Element:
    """A copy of an element without its tail and its attributes but links' targets."""
    copy = deepcopy(el)
    copy.tail = None
    for sub in copy.iter():
        for name in [n for n in sub.attrib if n != "href"]:
            del sub.attrib[name]
    return copy


def _repeated(el: _Element, key: str, count: int, page: dict[str, list[_Element]]) -> bool:
    """`el` is a paragraph the page has after the first `count` with its key."""
    same = page.get(key, [])
    return any(other is el for other in same[count:])


def continue_text(
    body: _Element, root: _Element, page: dict[str, list[_Element]] | None = None
) -> None:
    """Add to the body the page's blocks of article text beside the blocks that hold its
    first and last paragraphs (see the module's docstring); `page` is the page's
    `paragraphs_by_key`, made here when not given."""
    paragraphs = [p for p in body.iter("p") if len(key_start(p, _KEY)) >= _KEY]
    if not paragraphs:
        return
    if page is None:
        page = paragraphs_by_key(root)
    kept = Counter(key_start(el) for el in body.iter(*_TEXT_TAGS))
    end = key_start(paragraphs[-1])
    last = _paragraph_of(page, end, kept[end] - 1)  # the last of the texts said more than once
    if last is not None:
        blocks = _more_text(last, 1)
        copies = _copies(blocks, kept, page)
        closing = _closing_list(blocks[-1] if blocks else last)
        if closing:
            listed = kept + Counter(key_start(el) for el in body.iter("ul", "ol"))
            copies += _copies(closing, listed, page, _LIST_TAGS)
        for copy in copies:
            body.append(copy)
    top: _Element | None = paragraphs[0]
    while top is not None and top.getparent() is not body:
        top = top.getparent()
    head = next(el for el in body if isinstance(el.tag, str))
    first = _paragraph_of(page, key_start(paragraphs[0]))
    if first is not None and top is not None and head is top:  # nothing above the first
        for copy in _copies(_more_text(first, -1), kept, page):
            top.addprevious(copy)


def fill_gaps(body: _Element, page: dict[str, list[_Element]]) -> None:
    """Put back the paragraphs set in <div>s that the extractor dropped between two kept
    paragraphs of one block of the page (a CMS's text component among its <p>s: "<div
    class="paragraph">…"), where they stood, past the headings kept between (`page`: the
    page's `paragraphs_by_key`). A div comes back when it is a paragraph (`_gap_paragraph`)
    and its class is that of the paragraphs beside it, or it has none: a photo's caption,
    a note or a box has a class of its own."""
    kept = [el for el in body if el.tag == "p" and len(key_start(el, _KEY)) >= _KEY]
    if len(kept) < 2:
        return
    have = {key_start(el) for el in body.iter(*_TEXT_TAGS)}
    for a, b in pairwise(kept):
        start, end = _paragraph_of(page, key_start(a)), _paragraph_of(page, key_start(b))
        if start is None or end is None or start.getparent() is not end.getparent():
            continue
        between = list(_until(start, end))
        if between[-1:] != [end]:
            continue  # `end` stands before `start` on the page
        anchors = {key_start(el): el for el in _between(a, b)}
        classes = {start.get("class"), end.get("class"), None}
        anchor = a
        for el in between[:-1]:
            key = key_start(el)
            if key in anchors:
                anchor = anchors[key]
            elif el.tag == "div" and el.get("class") in classes and _gap_paragraph(el, key):
                if key in have:
                    continue
                have.add(key)
                copy = _bare_copy(el)
                copy.tag = "p"
                anchor.addnext(copy)
                anchor = copy


def _until(start: _Element, end: _Element) -> Iterator[_Element]:
    """The element siblings after `start` up to `end` (included, when it is one)."""
    for sibling in _beside(start, 1):
        yield sibling
        if sibling is end:
            return


def _between(a: _Element, b: _Element) -> Iterator[_Element]:
    """The body's elements between two of its children."""
    for sibling in _beside(a, 1):
        if sibling is b:
            return
        yield sibling


def _gap_paragraph(el: _Element, key: str) -> bool:
    """A paragraph set in a block element: no blocks inside, `PARAGRAPH` characters or
    more ending a sentence, hardly linked."""
    if not key or any(
        isinstance(sub.tag, str) and sub.tag in BLOCK_TAGS for sub in el.iterdescendants()
    ):
        return False
    size = solid_length(el)
    text = clean_line(" ".join(el.itertext()))
    return size >= PARAGRAPH and text.endswith(SENTENCE_END) and not _linked(el, size)
