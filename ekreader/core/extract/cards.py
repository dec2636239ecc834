"""Teaser cards inside an article: a small box holding a link to another story (its title,
a line of its own) above a short blurb, often with a label and a thumbnail ("Lesen Sie
auch", "شاهد أيضا"). Extractors drop the link line and keep the blurb, a sentence that
reads as the article's own; the box around it gives it away.
"""

from __future__ import annotations

from typing import TYPE_CHECKING
from urllib.parse import urljoin

from ekreader.core.extract.pageitems import KEY_LEN, el_key, key_start, shorter

if TYPE_CHECKING:
    from lxml.etree import _Element

BLURB = 300
"""Longest blurb of a card (a longer paragraph is article text)."""
_TITLE_WORDS = 3
"""Fewest words of a card's title link ("Mehr", "Video ansehen" are not titles)."""
_BOX_EXTRA = 200
"""Most characters of a card besides its blurb: the title, a label, a date."""
_LEVELS = 2
"""Levels above the blurb searched for the card's box."""
TEXT = 120
"""A paragraph this long is article text (a card stands between two of them)."""
_MOST = 2
"""Most cards in one article (more: a list of items the article is made of)."""
_LINES = frozenset({"p", "h2", "h3", "h4", "h5", "h6"})


def drop_cards(body: _Element, paragraphs: dict[str, list[_Element]], page: str) -> None:
    """Remove from the extracted body the teaser cards set in the article: their blurb, and
    their title, label and other lines if kept. A card's blurb is a paragraph of at most
    `BLURB` characters, with article text before and after it, whose box on the page (its
    parent, or the parent's parent) holds, before it, a link of `_TITLE_WORDS` words or
    more to another page, on a line of its own, and at most `_BOX_EXTRA` characters more.
    More than `_MOST` such cards make a list the article is made of (a listicle's items),
    and stay."""
    blocks = [el for el in body if isinstance(el.tag, str)]
    text = [n for n, el in enumerate(blocks) if el.tag == "p" and not shorter(el, TEXT)]
    if len(text) < 2:
        return
    short: dict[str, list[_Element]] = {}
    for el in blocks[text[0] + 1 : text[-1]]:
        if el.tag == "p" and shorter(el, BLURB) and len(key := key_start(el)) >= KEY_LEN:
            short.setdefault(key, []).append(el)
    if not short:
        return
    own = page.split("#", 1)[0].rstrip("/")
    cards: list[tuple[_Element, set[str]]] = []  # a blurb kept, the keys of its card's lines
    for key, kept in short.items():
        for p in paragraphs.get(key, ()):
            found = _card(p, page, own) if kept else None
            if found is not None:
                title, box = found
                lines = {el_key(title)} | {el_key(line) for line in box.iter(*_LINES)}
                cards.append((kept.pop(0), lines))
                if len(cards) > _MOST:
                    return
    if not cards:
        return
    lines = set().union(*(keys for _el, keys in cards)) - {""}
    doomed = [el for el, _keys in cards]
    doomed += [el for el in blocks if el.tag in _LINES and el_key(el) in lines]
    for el in doomed:
        if el.getparent() is body:
            body.remove(el)


def _card(p: _Element, page: str, own: str) -> tuple[_Element, _Element] | None:
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
            if el.tag == "a" and _is_title_link(el, page, own):
                return el, box
    return None


def _is_title_link(link: _Element, page: str, own: str) -> bool:
    """A link to another page whose text is a title of a few words on a line of its own."""
    href = (link.get("href") or "").strip()
    if not href or href.startswith(("#", "javascript:", "mailto:")):
        return False
    try:
        target = urljoin(page, href).split("#", 1)[0].rstrip("/")
    except ValueError:
        return False
    if target == own:
        return False
    text = " ".join(link.itertext()).split()
    if len(text) < _TITLE_WORDS:
        return False
    parent = link.getparent()
    if parent is not None and parent.tag in ("p", "li"):  # inside a line: the whole line
        line = " ".join(parent.itertext()).split()
        return len(line) <= len(text) + 3
    return True
