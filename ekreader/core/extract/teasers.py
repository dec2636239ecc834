"""Other stories inside and after an article: the linked titles of teasers (with their
blurbs), and the sections of links that follow the article's end."""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING

from ekreader.core.extract.cues import END_CUES, FURTHER_LINKS, REFERENCES
from ekreader.core.extract.pageitems import (
    ANCHOR,
    ANCHORED,
    Item,
    el_key,
    line_key,
    link_counts,
    link_target,
    plain,
    shorter,
    text_lines,
)
from ekreader.core.text.htmltree import HEADING_TAGS
from ekreader.core.text.sanitize import clean_line

if TYPE_CHECKING:
    from lxml.etree import _Element

BLURB = 300
"""Longest text under a teaser's title taken as its blurb (longer text is the article's)."""
TEXT_LINE = 100
"""A block this long, not a teaser, is article text: the article has not ended yet."""
_LINKED = 0.7
"""Share of a line's text in links that makes it a link (a teaser, a menu entry)."""
_MIN_LINKS = 2
"""Fewest links after the article's end that make a section of links."""
_BR = frozenset({"br"})
"""A line of links is cut into lines at each <br>."""


def drop_teasers(
    body: _Element, root: _Element, items: list[Item], page: str, sites: frozenset[str]
) -> None:
    """Remove the teasers of other stories from an extracted body (`root`: its page).

    A heading inside a link to another page (`page` is the article's own URL) is a
    teaser card's title wherever it stands, never a section of the article; so is a
    heading whose text links to another page with at most a short blurb under it before
    the next heading or the end. Either goes with that blurb. After the article's last
    paragraph, headings over nothing but links to the site's own pages (`sites`) and
    short lines go with those links (links to other sites there are the article's
    sources). Teasers that hold most of the body's text are the items the article is made
    of (a listicle of linked tips), and stay.
    """
    cards, linked = _teaser_titles(items, page)
    links = _LinkLines(items, sites)
    blocks = [el for el in body if isinstance(el.tag, str)]
    doomed: set[int] = set()
    run: list[list[int]] = []  # teasers in a row: [title, blurb?]
    n = 0
    while n < len(blocks):
        el = blocks[n]
        key = el_key(el) if el.tag in HEADING_TAGS else ""
        if key not in linked:
            _flush(run, doomed)
            n += 1
            continue
        after = n + 1
        blurb = (
            after < len(blocks)
            and blocks[after].tag not in (*HEADING_TAGS, "ul", "ol", "table")
            and shorter(blocks[after], BLURB)
        )
        end = after + blurb
        teaser = list(range(n, end))
        if end < len(blocks) and blocks[end].tag not in HEADING_TAGS:
            _flush(run, doomed)  # article text follows the title: not a teaser's blurb
            teaser = [n]
            if key in cards:
                doomed.add(n)
        elif key in cards:
            doomed.update(teaser)
        else:
            run.append(teaser)
        n = teaser[-1] + 1
    _flush(run, doomed)
    if _text_of(blocks, doomed) * 2 > _text_of(blocks, range(len(blocks))):
        doomed = set()  # most of the text: the items the article is made of (a listicle)
    doomed |= _link_sections(blocks, doomed, links)
    doomed |= _teaser_lines(blocks, root, items, page, sites)
    for n in sorted(doomed, reverse=True):
        body.remove(blocks[n])


TEASER_LINE = 200
"""Longest line taken as a label and a link to another story ("Read also: <title>")."""
_LABEL_WORDS = 4
"""Most words of the label before the link of a teaser line."""


def _teaser_lines(
    blocks: list[_Element], root: _Element, items: list[Item], page: str, sites: frozenset[str]
) -> set[int]:
    """Lines that are a short label and a link to another story of the site, on their own:
    "Lesen Sie auch: <title>", "Bunu da okuyun: <title>", "اقرأ أيضا: <title>"; set as a
    paragraph, or as a heading ("<h3>MIRA: <a>title</a></h3>")."""
    own = _page_key(page)
    lines = {i.key: i.text for i in items if not i.heading and not i.marker}
    headings = {i.key for i in items if i.heading and i.linked and ":" in i.text}
    found: set[int] = set()
    for n, el in enumerate(blocks):
        if el.tag not in _LINE_TAGS or not shorter(el, TEASER_LINE):
            continue
        if el.tag in ("p", "div", "h5", "h6"):
            parts = _label_and_link(lines.get(el_key(el)) or "")
        elif (key := el_key(el)) in headings:
            parts = _heading_label_and_link(root, key)
        else:
            continue
        if parts is None:
            continue
        label, title, href = parts
        if len(title.split()) < 3 or len(label.split()) > _LABEL_WORDS:
            continue
        if not label.strip() or not (
            label.rstrip().endswith(_LABEL_ENDS) or END_CUES.match(label.strip())
        ):
            continue  # a label ends as one ("Read also:"), or is a known cue ("Lire aussi")
        where = link_target(page, href)
        if where is None:
            continue
        target, host = where
        if host in sites and _page_key(target) != own:
            found.add(n)
    return found


_LINE_TAGS = frozenset({"p", "div", *HEADING_TAGS})
"""The blocks that may be a teaser line."""
_LABEL_ENDS = (":", "»", "›", "|", "–", "—", "-")
"""How the label before a teaser line's link ends."""
_AFTER_LINK = " .…»›→"
"""What may follow a teaser line's link (an arrow, a full stop)."""


def _label_and_link(text: str) -> tuple[str, str, str] | None:
    """A line's label, its one link's text and address, when nothing follows the link."""
    match = ANCHORED.search(text)
    if match is None or ANCHORED.search(text, match.end()):
        return None
    if text[match.end() :].strip(_AFTER_LINK):
        return None
    return text[: match.start()], match.group(2), match.group(1)


def _heading_label_and_link(root: _Element, key: str) -> tuple[str, str, str] | None:
    """The label before a heading's one link on the page (`key`: the heading's), the
    link's text and address, when nothing follows the link."""
    for heading in root.iter(*HEADING_TAGS):
        links = [a for a in heading.iter("a") if a.get("href")]
        if len(links) != 1 or el_key(heading) != key:
            continue
        link = links[0]
        title = clean_line(" ".join(link.itertext()))
        text = clean_line(" ".join(heading.itertext()))
        label, found, rest = text.partition(title)
        if found and not rest.strip(_AFTER_LINK):
            return label, title, (link.get("href") or "").strip()
    return None


def _text_of(blocks: list[_Element], chosen: Iterable[int]) -> int:
    """The characters of text of the chosen blocks."""
    return sum(len(_text(blocks[n])) for n in chosen)


def _flush(run: list[list[int]], doomed: set[int]) -> None:
    """Doom a run of teasers (title and blurb) when it has two or more; start a new run."""
    if len(run) >= 2:
        doomed.update(n for teaser in run for n in teaser)
    run.clear()


def _teaser_titles(items: list[Item], page: str) -> tuple[set[str], set[str]]:
    """Keys of the page's headings that link to another page (and never stand unlinked):
    those inside a link (cards), and all of them. A heading that links to a site's home
    page names a source, not a story (a press review's newspapers)."""
    own = _page_key(page)
    linked = {
        i.key
        for i in items
        if i.heading and i.linked and _page_key(i.href, page) not in (own, _home(i.href, page))
    }
    linked -= {i.key for i in items if i.heading and not i.linked}
    cards = {i.key for i in items if i.heading and i.card} & linked
    return cards, linked


def _home(href: str, page: str) -> str:
    """The page key (`_page_key`) of the home page of the site `href` leads to."""
    from urllib.parse import urljoin, urlsplit

    try:
        parts = urlsplit(urljoin(page, href))
    except ValueError:
        return ""
    return f"{parts.scheme}://{parts.netloc}"


def _page_key(href: str, base: str = "") -> str:
    """A URL without its fragment and trailing slash, resolved against `base`."""
    from urllib.parse import urljoin

    try:
        url = urljoin(base, href) if base else href
    except ValueError:
        return href
    return url.split("#", 1)[0].rstrip("/")


class _LinkLines:
    """The page's lines that are (mostly) links to the site's own pages, by key; each line
    is measured when first asked for (most never are)."""

    def __init__(self, items: list[Item], sites: frozenset[str]) -> None:
        self._texts = {i.key: i.text for i in items if not i.heading and ANCHOR[0] in i.text}
        self._sites = sites
        self._known: dict[str, bool] = {}

    def __contains__(self, key: object) -> bool:
        if not isinstance(key, str) or key not in self._texts:
            return False
        if key not in self._known:
            text = self._texts[key]
            shown = len(plain(text))
            linked, _links, away = link_counts(text, self._sites)
            self._known[key] = bool(shown) and linked >= _LINKED * shown and not away
        return self._known[key]

    def count(self, key: str) -> int:
        """How many links a line of links holds ("<a>One</a> <a>Two</a>": 2); 0 for a line
        that is not one of them."""
        return len(ANCHORED.findall(self._texts[key])) if key in self else 0


def _link_sections(blocks: list[_Element], doomed: set[int], links: _LinkLines) -> set[int]:
    """The sections after the article's last paragraph that are headings over links.

    From the end back to the last block of article text (a paragraph of `TEXT_LINE`
    characters or more that is not a link), the blocks are cut into sections at their
    headings; a section goes when it holds nothing but links and short lines and its
    heading does not name the article's own sources ("Further links", "References"), if
    at least `_MIN_LINKS` links go in all (a section without a link stays).
    """
    tail: list[int] = []
    for n in range(len(blocks) - 1, -1, -1):
        if n in doomed:
            continue
        el = blocks[n]
        if (
            el.tag not in HEADING_TAGS
            and not _links_in(el, links)
            and (el.tag in ("ul", "ol") or not shorter(el, TEXT_LINE - 1))
        ):
            break
        tail.append(n)
    sections: list[list[int]] = []
    for n in reversed(tail):
        if blocks[n].tag in HEADING_TAGS:
            sections.append([n])
        elif sections:
            sections[-1].append(n)
    gone = [
        section
        for section in sections
        if not REFERENCES.match(_text(blocks[section[0]]))
        and not FURTHER_LINKS.match(_text(blocks[section[0]]))
        and any(_links_in(blocks[n], links) for n in section)
    ]
    if sum(_links_in(blocks[n], links) for section in gone for n in section) < _MIN_LINKS:
        return set()
    return {n for section in gone for n in section}


def _links_in(el: _Element, links: _LinkLines) -> int:
    """How many links of `links` a block holds: its list items that are links, or the
    links of its lines (between <br>) that are lines of links."""
    if el.tag in ("ul", "ol"):
        entries = list(el.iter("li"))
        hits = sum(1 for li in entries if el_key(li) in links)
        return hits if hits * 2 >= len(entries) else 0
    if el.tag in HEADING_TAGS:
        return 0
    return sum(links.count(line_key(line)) for line in text_lines(el, _BR)) or links.count(
        el_key(el)
    )


def _text(el: _Element) -> str:
    """An element's text on one line."""
    return clean_line(" ".join(el.itertext()))
