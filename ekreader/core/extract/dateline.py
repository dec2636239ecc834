"""Datelines: the place and source a news article opens with ("PARIS (AFP) –", "Berlin,
3. März (dpa) -", "القاهرة - وكالة الأنباء"), on a line of their own or opening the text."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from ekreader.core.extract.cues import AGENCY, DATE_ONLY
from ekreader.core.extract.pageitems import SENTENCE_END, Item
from ekreader.core.text.htmltree import HEADING_TAGS, remove_element
from ekreader.core.text.sanitize import clean_line

if TYPE_CHECKING:
    from lxml.etree import _Element

_CAPITAL_CITY = re.compile(
    r"^((?:[A-ZÀ-ÖØ-Þ][A-ZÀ-ÖØ-Þ'.-]*)(?:[ ,]+[A-ZÀ-ÖØ-Þ][A-Za-zÀ-ÿ'.-]*){0,3}"
    r"(?:\s*\([^()]{1,40}\))?)\s*[—–-]{1,2}\s+\S"
)
"""A text opening with a city in capitals: "KYIV, Ukraine (AP) — ...", "GLASSFORD — ..."."""
_SHAPE = re.compile(
    r"^(?P<head>[^\W\d_](?:[^\W\d_]|['’.-])*(?:\s[^\W\d_](?:[^\W\d_]|['’.-])*){0,3}"  # a place
    r"(?:,\s*[^,()\-–—]{1,30}?)?"  # a region or a date: ", Ukraine", ", 3. März"
    r"(?:\s*\((?P<source>[^()]{1,40})\))?)"  # the source: "(AFP)", "(dpa)"
    r"\s*[-–—]{1,2}(?:\s+(?P<rest>.*))?$"
)
"""Place[, detail][ (source)] dash [rest]: the shape of every dateline."""
_NO_DASH = re.compile(
    r"^(?P<head>[^\W\d_](?:[^\W\d_]|['’.-])*(?:\s[^\W\d_](?:[^\W\d_]|['’.-])*){0,3})"
    r"(?:,\s*[^,()\-–—]{1,30}?)?\s*\([^()]{1,40}\)$"
)
"""A place in capitals[, a detail] and the source, with no dash: a line of its own."""
MAX_DATELINE = 80
"""Longest dateline, as a line of its own."""
_HEADER_BLOCKS = 6
"""Blocks at the start of an extracted body that may still be its header."""
_TEXT_BLOCK = 150
"""A block this long is article text: no dateline after it."""


def dateline_line(text: str) -> str | None:
    """The dateline a short line is, else None: "Deutschland - Nordkurier Nachrichtenagentur",
    "القاهرة - وكالة الأنباء", "PARIS (AFP) –", "BERLIN –", "Paris – 3 mars", and on a line of
    its own "MADRID, 3 (EUROPA PRESS)".

    After the dash comes nothing (then the place is in capitals or a source follows it), or
    a few words naming an agency, a newsroom or a date; never a sentence.
    """
    text = clean_line(text)
    if not text or len(text) > MAX_DATELINE or text.endswith(SENTENCE_END):
        return None
    match = _SHAPE.match(text)
    if match is None:
        bare = _NO_DASH.match(text)  # "MADRID, 3 (EUROPA PRESS)", a line of its own
        return text if bare is not None and _in_capitals(bare.group("head")) else None
    head, source = match.group("head"), match.group("source")
    if DATE_ONLY.match(head):
        return None  # "Mittwoch, 26.01.2022 - 14:30": a time stamp
    rest = (match.group("rest") or "").strip(" -–—:")
    if not rest:
        return head if source or _in_capitals(head) else None
    if len(rest.split()) > 6:
        return None
    if AGENCY.search(rest) or DATE_ONLY.match(rest) or (source and AGENCY.search(source)):
        return text.rstrip(" -–—:")
    return None


def dateline_opening(paragraph: str) -> str | None:
    """The dateline a paragraph opens with, else None: a city in capitals ("KYIV, Ukraine
    (AP) — ..."), or any place with an agency in brackets ("Berlin, 3. März (dpa) - ...")."""
    match = _CAPITAL_CITY.match(paragraph)
    if match and len(match.group(1)) <= 60 and _in_capitals(match.group(1)):
        return clean_line(match.group(1))
    match = _SHAPE.match(paragraph[:200])
    if match is None or not match.group("rest") or len(match.group("head")) > 60:
        return None
    source = match.group("source")
    if source and AGENCY.search(source):
        return clean_line(match.group("head"))
    return None


def _in_capitals(head: str) -> bool:
    """True when the place of a dateline is written in capitals (three letters or more)."""
    city = [c for c in head.split(",")[0].split("(")[0] if c.isalpha()]
    return len(city) >= 3 and all(c.isupper() for c in city)


def take_dateline(body: _Element) -> str | None:
    """Remove the dateline line from the header of an extracted body, and return it.

    Only blocks before the article's text are looked at (the first few, none of them
    long): a line of the same shape further down is the article's own.
    """
    for n, child in enumerate(body):
        if n >= _HEADER_BLOCKS or not isinstance(child.tag, str):
            break
        text = clean_line(" ".join(child.itertext()))
        if len(text) >= _TEXT_BLOCK:
            break
        if child.tag in ("p", "div", "span", "strong", "b", *HEADING_TAGS):
            dateline = dateline_line(text)
            if dateline is not None:
                remove_element(child)
                return dateline
    return None


def header_dateline(items: list[Item], headline: int) -> str | None:
    """A dateline line of the page's article header: among the lines that follow its
    headline (at `headline` in `items`) before the first long one."""
    if headline < 0:
        return None
    for item in items[headline + 1 : headline + 1 + _HEADER_BLOCKS * 2]:
        if len(item.text) >= _TEXT_BLOCK:
            break
        if not item.marker and (dateline := dateline_line(item.text)) is not None:
            return dateline
    return None


def classed_dateline(root: _Element) -> str | None:
    """The text of an element classed "dateline", if the page has one."""
    for el in root.iter("span", "p", "div", "strong", "b"):
        if "dateline" in (el.get("class") or "").lower():
            text = clean_line(" ".join(el.itertext())).rstrip(" —–-:")
            if 0 < len(text) <= MAX_DATELINE:
                return text
    return None
