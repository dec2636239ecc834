"""Other stories set inside an article, between its paragraphs, found on the page itself:

- cards: a small box holding a link to another story (its title, a line of its own) above
  a short blurb (a paragraph or a <span>), often with a label and a thumbnail ("Lesen Sie
  auch", "شاهد أيضا", "Leia também").
  Extractors drop the link line and keep the blurb, a sentence that reads as the
  article's own; the box around it gives it away;
- lists of the site's stories: every item (or a table's every row, or a box's every
  block where no list is used) opens with a linked title, a blurb at most ("Leggi anche",
  "Öne Çıkanlar", "اقرأ أيضاً"), with the box's label above;
- image links: a link that wraps a thumbnail and a title ("Why the timetable changed");
- rails: a box of two or more links to the site's stories, each a title with its date or
  length, under a label at most ("Also on Harbor Public Radio"); found on the page,
  before extraction (`drop_story_rails`), as extractors make their titles a loose line.

All three go only between two paragraphs of article text (the passes in `teasers` and
`align` see to the article's end), and never when there are many of them: an article made
of such items (a listicle, a roundup of the day's stories) keeps them.
"""

from __future__ import annotations

from functools import cache
from typing import TYPE_CHECKING, Any

from ekreader.core.extract.pageitems import (
    KEY_LEN,
    el_key,
    key_start,
    line_key,
    link_target,
    shorter,
)
from ekreader.core.text.htmltree import HEADING_TAGS, remove_element

if TYPE_CHECKING:
    from collections.abc import Callable

    from lxml.etree import _Element

BLURB = 300
"""Longest blurb of a card (a longer paragraph is article text)."""
_TITLE_WORDS = 3
"""Fewest words of a story's title link ("Mehr", "Video ansehen" are not titles)."""
_BOX_EXTRA = 200
"""Most characters of a card besides its blurb: the title, a label, a date."""
_LEVELS = 2
"""Levels above the blurb searched for the card's box."""
TEXT = 120
"""A paragraph this long is article text (other stories stand between two of them)."""
_MOST = 2
"""Most cards or image links in one article (more: items the article is made of)."""
LIST_ITEMS = 5
"""Most items of a list of other stories set in an article ("Leggi anche": three)."""
_LIST_SHARE = 0.3
"""Largest share of the body's text such a list may hold (more: a roundup of stories)."""
_TITLE_LINE = 200
"""Longest line taken as a story's title."""
_LABEL = 60
"""Longest label of a box of stories ("Leggi anche", "Öne Çıkanlar"; a sentence is text)."""
_LINES = frozenset({"p", "h2", "h3", "h4", "h5", "h6"})


def drop_inline_stories(
    body: _Element,
    root: _Element,
    paragraphs: dict[str, list[_Element]],
    page: str,
    sites: frozenset[str],
) -> None:
    """Remove the cards, lists of the site's stories and image links (see the module's
    docstring) that the extractor kept between the body's first and last paragraphs of
    article text; `paragraphs` is the page's `paragraphs_by_key`, `sites` its own hosts."""
    blocks = [el for el in body if isinstance(el.tag, str)]
    text = [n for n, el in enumerate(blocks) if el.tag == "p" and not shorter(el, TEXT)]
    if len(text) < 2:
        return
    middle = blocks[text[0] + 1 : text[-1]]
    link = _Links(page, sites)
    doomed = _cards(middle, root, paragraphs, link) + _image_links(middle, root, link)
    total = sum(_length(el) for el in blocks)
    doomed += _story_lists(middle, root, link, _LIST_SHARE * total)
    doomed += _story_boxes(middle, root, link, _LIST_SHARE * total)
    for el in doomed:
        if el.getparent() is body:
            body.remove(el)


class _Links:
    """What a link leads to, seen from the article's page: another page, of the site."""

    def __init__(self, page: str, sites: frozenset[str]) -> None:
        self._page = page
        self._own = page.split("#", 1)[0].rstrip("/")
        self._sites = sites

    def elsewhere(self, link: _Element, *, site: bool = False) -> bool:
        """True for a link to another page (of the site's own hosts, with `site`)."""
        href = (link.get("href") or "").strip()
        if not href or href.startswith(("#", "javascript:", "mailto:")):
            return False
        found = link_target(self._page, href)
        if found is None:
            return False
        target, host = found
        if target.split("#", 1)[0].rstrip("/") == self._own:
            return False
        return not site or host in self._sites

    def title(self, link: _Element, *, site: bool = False, alone: bool = True) -> bool:
        """A link to another page whose text is a story's title: a few words (`alone`: all
        of its line)."""
        words = " ".join(link.itertext()).split()
        if len(words) < _TITLE_WORDS or not self.elsewhere(link, site=site):
            return False
        parent = link.getparent()
        if alone and parent is not None and parent.tag in ("p", "li"):  # the whole line
            return len(" ".join(parent.itertext()).split()) <= len(words) + 3
        return True


def _length(el: _Element) -> int:
    return sum(len(piece.strip()) for piece in el.itertext())


def _loose_lines(root: _Element, keys: set[str]) -> dict[str, list[_Element]]:
    """The page's inline elements that hold one of these keys' text as their own (a card's
    blurb set in a <span> under its title link, not a paragraph), by key. Blocks (<div>)
    are left out: a gallery's captions are set in them, and they are the article's."""
    found: dict[str, list[_Element]] = {}
    if not keys:
        return found
    starts = {line_key(key[:8]) for key in keys}
    for el in root.iter("span", "small", "em"):
        text = el.text
        if not text or len(text) < KEY_LEN or line_key(text[:16])[:8] not in starts:
            continue  # the cheap test first: most elements hold none of them
        if (key := key_start(el)) in keys:
            found.setdefault(key, []).append(el)
    return found


def _cards(
    middle: list[_Element],
    root: _Element,
    paragraphs: dict[str, list[_Element]],
    link: _Links,
) -> list[_Element]:
    """The blurbs kept of cards, with their title, label and other lines if kept: a blurb
    is a paragraph of at most `BLURB` characters whose box on the page (its parent, or the
    parent's parent) holds, before it, a story's title link and at most `_BOX_EXTRA`
    characters more."""
    short: dict[str, list[_Element]] = {}
    for el in middle:
        if el.tag == "p" and shorter(el, BLURB) and len(key := key_start(el)) >= KEY_LEN:
            short.setdefault(key, []).append(el)
    cards: list[tuple[_Element, set[str]]] = []  # a blurb kept, the keys of its card's lines
    loose = _loose_lines(root, {key for key in short if key not in paragraphs})
    for key, kept in short.items():
        for p in paragraphs.get(key) or loose.get(key, []):
            found = _card(p, link) if kept else None
            if found is not None:
                title, box = found
                lines = {el_key(title)} | {el_key(line) for line in box.iter(*_LINES)}
                cards.append((kept.pop(0), lines))
                if len(cards) > _MOST:
                    return []
    if not cards:
        return []
    lines = set().union(*(keys for _el, keys in cards)) - {""}
    doomed = [el for el, _keys in cards]
    return doomed + [el for el in middle if el.tag in _LINES and el_key(el) in lines]


def _card(p: _Element, link: _Links) -> tuple[_Element, _Element] | None:
    """The title link and the box of the card that holds paragraph `p`, else None."""
    size = len(" ".join(" ".join(p.itertext()).split()))
    box = p
    for _level in range(_LEVELS):
        box = box.getparent()
        if box is None or box.tag in ("body", "html", "main", "article"):
            return None
        if not shorter(box, size + _BOX_EXTRA):
            return None  # a box with more text: the article's, or a list of stories
        for el in box.iter():
            if el is p:
                break  # links after the blurb, or inside it, are no title over it
            if el.tag == "a" and link.title(el):
                return el, box
    return None


def _image_links(middle: list[_Element], root: _Element, link: _Links) -> list[_Element]:
    """The lines kept that are the title of a link around a thumbnail; a title the
    extractor left as loose text after a block (its tail) is cleared here."""
    lines = {el_key(el): el for el in middle if el.tag in _LINES and shorter(el, _TITLE_LINE)}
    tails = {line_key(el.tail): el for el in middle if el.tail and el.tail.strip()}
    if not lines and not tails:
        return []
    titles = [
        key
        for a in root.iter("a")
        if next(a.iter("img"), None) is not None
        and link.title(a)
        and ((key := el_key(a)) in lines or key in tails)
    ]
    if len(titles) > _MOST:
        return []
    for key in titles:
        if key in tails:
            tails[key].tail = None
    return [lines[key] for key in titles if key in lines]


def _story_lists(
    middle: list[_Element], root: _Element, link: _Links, most: float
) -> list[_Element]:
    """The lists kept that are a list of the site's stories on the page (each item opens
    with a story's title link to the site, a blurb at most; `LIST_ITEMS` at most; text of
    `most` characters at most), and the box's label kept right above one, or left alone
    where the extractor dropped the list ("Así lo contamos:"); where it kept only a blurb
    of one, a line of its own, that goes too."""
    kept = {el_key(el): n for n, el in enumerate(middle) if el.tag in ("ul", "ol", "table")}
    labels = {
        el_key(el): n
        for n, el in enumerate(middle)
        if el.tag in (*HEADING_TAGS, "p") and shorter(el, _LABEL)
    }
    blurbs = {
        key: n
        for n, el in enumerate(middle)
        if el.tag == "p" and shorter(el, BLURB) and (key := el_key(el))
    }
    if not kept and not labels and not blurbs:
        return []
    doomed: list[_Element] = []
    for source in root.iter("ul", "ol", "table"):
        table = source.tag == "table"
        entries = list(source.iter("tr")) if table else [li for li in source if li.tag == "li"]
        if not 2 <= len(entries) <= LIST_ITEMS:
            continue
        opens: Callable[[_Element, _Links], bool] = (
            _row_opens_with_story if table else _opens_with_story
        )
        unlinked = [] if table else [li for li in entries if next(li.iter("a"), None) is None]
        if len(unlinked) > 1 or len(entries) - len(unlinked) < 2:
            continue  # a series' list may show its current part (or a label) unlinked
        if not all(opens(entry, link) for entry in entries if entry not in unlinked):
            continue
        n = kept.get(el_key(source), -1)
        if n >= 0 and _length(middle[n]) > most:
            continue
        if n >= 0:
            doomed.append(middle[n])
        else:
            lines = {el_key(el) for entry in entries for el in entry.iter(*_LINES)}
            doomed += [middle[blurbs[key]] for key in lines if key in blurbs]
        label = source.getprevious()
        at = labels.get(el_key(label), -1) if label is not None else -1
        if at >= 0 and (n < 0 or at == n - 1):
            doomed.append(middle[at])
    return doomed


def _story_boxes(
    middle: list[_Element], root: _Element, link: _Links, most: float
) -> list[_Element]:
    """The lines kept of boxes of the site's stories set without a list: a box whose
    blocks each open with a story's title link to the site, a blurb at most (2 to
    `LIST_ITEMS` of them), under a label at most (its first block, no link). The
    extractor keeps each story as a line of its own (title and blurb run together);
    those lines go when they are at most `most` characters."""
    lines: dict[str, list[int]] = {}
    for n, el in enumerate(middle):
        if el.tag in _LINES and shorter(el, BLURB + _TITLE_LINE):
            lines.setdefault(el_key(el), []).append(n)
    if len(lines) < 2:
        return []
    doomed: list[_Element] = []
    for box in _entry_boxes()(root):
        blocks = [child for child in box if isinstance(child.tag, str)]
        label = blocks[0] if next(blocks[0].iter("a"), None) is None else None
        stories = blocks[1:] if label is not None else blocks
        if not 2 <= len(stories) <= LIST_ITEMS:
            continue
        if label is not None and not shorter(label, _LABEL):
            continue
        if not all(_opens_with_story(story, link) for story in stories):
            continue
        found = [lines[key] for story in stories if (key := el_key(story)) in lines]
        if len(found) < 2 or sum(_length(middle[n[0]]) for n in found) > most:
            continue
        doomed += [middle[n[0]] for n in found]
    return doomed


@cache
def _entry_boxes() -> Any:
    """Boxes with two or more blocks that open with a link (the XPath runs in C)."""
    from lxml import etree

    return etree.XPath(
        "descendant::*[self::div or self::section or self::aside][*[*[1][self::a]][2]]"
    )


def _row_opens_with_story(row: _Element, link: _Links) -> bool:
    """A table's row that starts with a story's title link to the site (a thumbnail may
    stand before it), a blurb at most after it: a table of stories ("اقرأ أيضاً")."""
    first = next(row.iter("a"), None)
    if first is None or not shorter(row, BLURB + _TITLE_LINE):
        return False
    title = " ".join(" ".join(first.itertext()).split())
    if not title or not " ".join(" ".join(row.itertext()).split()).startswith(title):
        return False  # text before the title: a row of data
    return link.title(first, site=True, alone=False)


def _opens_with_story(li: _Element, link: _Links) -> bool:
    """A list item that starts with a story's title link to the site, a blurb at most
    after it."""
    first = next((child for child in li if isinstance(child.tag, str)), None)
    if first is None or first.tag != "a" or (li.text or "").strip():
        return False
    return shorter(li, BLURB + _TITLE_LINE) and link.title(first, site=True, alone=False)


_RAIL_TITLE_WORDS = 4
"""Fewest words of each story's link in a rail (a byline's names, tags, menus: fewer)."""


def drop_story_rails(root: _Element, page: str, sites: frozenset[str]) -> None:
    """Remove the rails of other stories from a page: boxes of two or more links to the
    site's own pages (`page` is the article's address, `sites` its hosts), each with a
    title of `_RAIL_TITLE_WORDS` words or more, and besides them at most one label (no
    link, `_LABEL` characters at most) and no loose text."""
    doomed = []
    for box in _link_boxes()(root):
        links = [child for child in box if child.tag == "a"]
        if (box.text or "").strip():
            continue
        others = [child for child in box if isinstance(child.tag, str) and child.tag != "a"]
        if len(others) > 1 or any((child.tail or "").strip() for child in box):
            continue
        if others and (
            next(others[0].iter("a"), None) is not None or not shorter(others[0], _LABEL)
        ):
            continue
        if all(_is_story_link(a, page, sites) for a in links):
            doomed.append(box)
    for box in doomed:
        remove_element(box)


@cache
def _link_boxes() -> Any:
    """Boxes with two or more links of their own (the XPath runs in C: most have none)."""
    from lxml import etree

    return etree.XPath("descendant::*[self::div or self::aside or self::section][a[2]]")


def _is_story_link(link: _Element, page: str, sites: frozenset[str]) -> bool:
    """A link to a page of the site's own with a story's title (enough words)."""
    found = link_target(page, (link.get("href") or "").strip())
    if found is None or found[1] not in sites:
        return False
    return len(" ".join(link.itertext()).split()) >= _RAIL_TITLE_WORDS
