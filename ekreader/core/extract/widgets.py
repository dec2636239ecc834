"""The boxes of things a terminal cannot run, among or right after the article's text,
found by their structure in any language: audio and video players, widgets (polls,
quizzes, calculators, ratings, live feeds) and the site's service boxes (pharmacies on
duty, tide times)."""

from __future__ import annotations

from functools import cache
from typing import TYPE_CHECKING, Any

from ekreader.core.extract.boxes import PAGE_BLOCKS, after_text, outer_box, previous_block
from ekreader.core.extract.cues import BY, DATE_ONLY, STAMP
from ekreader.core.extract.pageitems import solid, solid_length
from ekreader.core.text.htmltree import remove_element

if TYPE_CHECKING:
    from lxml.etree import _Element


def widget_boxes(root: _Element) -> list[_Element]:
    """The boxes of a page's players and widgets (see `_player_boxes`, `_widgets`), to
    remove with `drop_widgets` (found on the page as it is, before other boxes go)."""
    return _player_boxes(root) + _widgets(root)


def drop_widgets(boxes: list[_Element]) -> None:
    """Remove the boxes `widget_boxes` found, but those gone with a box around them."""
    for el in boxes:
        if el.getparent() is not None:
            remove_element(el)


_WIDGET_BOXES = frozenset({"div", "section", "aside", "figure"})
"""The boxes of players, widgets and services."""
PLAYER_TEXT = 120
"""Most text of a player's box besides the player (its title, a duration, a reader's name,
a link to the podcast)."""


def _player_boxes(root: _Element) -> list[_Element]:
    """The boxes of audio and video players: the largest box (`_WIDGET_BOXES`) around an
    <audio> or a <video> with at most `PLAYER_TEXT` characters ("Listen to today's
    briefing (4 min)", "Read by …"): a terminal plays neither, and their lines are
    no article text."""
    found: list[_Element] = []
    for player in root.iter("audio", "video"):
        box = outer_box(player, PLAYER_TEXT, _WIDGET_BOXES)
        if box is not None and not any(box is other for other in found):
            found.append(box)
    return found


WIDGET_TEXT = 400
"""Most text of a widget's box (a poll's question and options, a quiz's questions, a
live feed's status lines, a calculator's labels)."""
_WIDGET_LINE = 100
"""A line this long in a box is text to read: the box is not a widget's."""
_HIDDEN_INPUTS = frozenset({"hidden", "submit", "reset", "image"})
_NO_WIDGET = ("table", "textarea", "h1", "time")
"""What a widget's box never holds: data, a comment form, the article's header or
byline (its share buttons are no widget of their own)."""


def _widgets(root: _Element) -> list[_Element]:
    """Widgets set among the article's paragraphs or right after them (`_in_text`,
    `after_text`): the largest box (`_WIDGET_BOXES`) of short lines (`_WIDGET_LINE`) and
    little text (`WIDGET_TEXT`), nothing of `_NO_WIDGET`, around two or more controls (a
    poll's or a quiz's answer buttons, a rating's stars, a calculator's fields and its
    button) or around a live region (aria-live: "Traffic now", live departures, which
    update themselves). A terminal runs none of them."""
    found: list[_Element] = []
    seen: set[_Element] = set()
    fits: dict[_Element, bool] = {}  # a page's controls share their ancestors: each read once
    for start in _widget_parts()(root):
        if not _is_control(start) and start.get("aria-live") in (None, "off"):
            continue  # a hidden input
        box, parent = None, start
        while parent is not None and parent.tag not in PAGE_BLOCKS:
            small = fits.get(parent)
            if small is None:
                small = fits[parent] = _small(parent)
            if not small:
                break
            if parent.tag in _WIDGET_BOXES:
                box = parent
            parent = parent.getparent()
        if box is None or box in seen:
            continue
        seen.add(box)
        if next(box.iter(*_NO_WIDGET), None) is not None:
            continue
        if not _in_text(box) and not after_text(box) and not _under_headline(box):
            continue
        live = start.get("aria-live") not in (None, "off")
        if live or sum(_is_control(el) for el in box.iter(*_CONTROLS)) >= 2:
            found.append(box)
    return found


_CONTROLS = ("button", "input", "select", "textarea")


@cache
def _widget_parts() -> Any:
    """A page's controls and live regions (the XPath runs in C; a union of paths is
    quicker than one test on every element)."""
    from lxml import etree

    return etree.XPath(
        " | ".join([*(f"descendant::{tag}" for tag in _CONTROLS), "descendant::*[@aria-live]"])
    )


def _is_control(el: _Element) -> bool:
    """A control a reader sees: a button, a field, a list of choices (not a hidden input)."""
    return el.tag != "input" or (el.get("type") or "").strip().lower() not in _HIDDEN_INPUTS


def _in_text(box: _Element) -> bool:
    """True for a box set among the article's paragraphs: a sibling of it is a paragraph
    of `_WIDGET_LINE` characters or more (not a page's header, menu or comment form)."""
    return any(
        sibling.tag == "p" and solid_length(sibling, _WIDGET_LINE) >= _WIDGET_LINE
        for sibling in (*box.itersiblings(preceding=True), *box.itersiblings())
    )


def _under_headline(box: _Element) -> bool:
    """True for a box between the article's headline and its text: a block before it
    holds the page's h1, a block after it holds a paragraph of `_WIDGET_LINE` characters or
    more (a toolbar of "Listen", "Gift", "Save" buttons under the standfirst); not the
    article's byline or dates beside their share buttons ("By …", "Published: 28 Apr")."""
    before = previous_block(box)
    if before is None or next(before.iter("h1"), None) is None:
        return False
    for piece in box.itertext():
        line = piece.strip()
        if line and (BY.match(line) or STAMP.match(line) or DATE_ONLY.match(line)):
            return False
    return any(
        solid_length(p, _WIDGET_LINE) >= _WIDGET_LINE
        for el in box.itersiblings()
        if isinstance(el.tag, str)
        for p in el.iter("p")
    )


def _small(el: _Element) -> bool:
    """True for an element of little text (`WIDGET_TEXT`) in short lines, none of
    `_WIDGET_LINE` characters or more (a sentence of the article's, a standfirst); one
    reading of its text, stopped as soon as it is too much."""
    total = 0
    for piece in el.itertext():
        if piece.isspace():
            continue
        size = solid(piece)
        total += size
        if size >= _WIDGET_LINE or total > WIDGET_TEXT:
            return False
    return True


SERVICE_TEXT = 400
"""Most text of a service box (its title, its short lines of data, its link)."""
_MORE_LINK = 80
"""Longest text of the link that ends a service box ("Consulta todas las farmacias")."""


def drop_service_boxes(root: _Element, page: str, sites: frozenset[str]) -> None:
    """Remove the site's service boxes set among the article's paragraphs (`_in_text`):
    a small box (`SERVICE_TEXT`) of a title and a list or table of short data, ended by a
    link to the site's own page for more ("Farmacias de guardia hoy", tide times, fuel
    prices), less than a third of whose words are the article's (`about`: a fact box about
    the article's subject with a link to more stays). `page` is the page's URL, `sites` its
    own hosts."""
    from ekreader.core.extract.pageitems import about, link_target, word_stems

    doomed: list[_Element] = []
    for listing in root.iter("ul", "ol", "table"):
        more = listing.getnext()  # a link alone after the list (not an XPath's sibling
        # axis: it reads all the siblings after each list, quadratic on a page of tables)
        if more is None or not (more.tag == "a" or (more.tag in ("p", "div") and len(more) == 1)):
            continue
        box = listing.getparent()
        link = more if more.tag == "a" else more[0]
        if box is None or box.tag not in _WIDGET_BOXES or link.tag != "a":
            continue
        if more is not box[-1] or solid_length(link, _MORE_LINK) > _MORE_LINK:
            continue
        target = link_target(page, (link.get("href") or "").strip())
        if target is None or target[1] not in sites:
            continue
        if solid_length(box, SERVICE_TEXT) > SERVICE_TEXT or not _in_text(box):
            continue
        article = word_stems(
            " ".join(
                " ".join(p.itertext())
                for p in (*box.itersiblings(preceding=True), *box.itersiblings())
                if p.tag == "p"
            )
        )
        if about(box, article, share=3) is False:
            doomed.append(box)
    for box in doomed:
        if box.getparent() is not None:
            remove_element(box)
