"""Full web pages to readable documents: main content, headings, links and metadata."""

from __future__ import annotations

import codecs
import json
import logging
import re
from bisect import bisect_right
from collections import Counter
from copy import deepcopy
from dataclasses import replace
from datetime import UTC, datetime
from functools import cache
from typing import TYPE_CHECKING, Any

from ekreader.core.extract.indexpage import index_body, is_index
from ekreader.core.extract.pageitems import (
    ANCHOR,
    ANCHORED,
    KEY_LEN,
    SENTENCE_END,
    Item,
    line_key,
    page_items,
    plain,
)
from ekreader.core.text.htmltext import (
    VOID_MISPARSED,
    DocumentBuilder,
    inline_text,
    parse_html,
)
from ekreader.core.text.sanitize import clean_line, clean_text
from ekreader.models import Document, Section

if TYPE_CHECKING:
    from lxml.etree import _Element

_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_:.-]+)""", re.I)
_HIDDEN_STYLE = re.compile(r"display\s*:\s*none|visibility\s*:\s*hidden", re.I)
_WORDS = re.compile(r"\w+")
_HEADINGS = frozenset({"h1", "h2", "h3", "h4", "h5", "h6"})


# -- bytes and content types ---------------------------------------------------------------


def decode_html(data: bytes, charset: str | None = None) -> str:
    """Decode a page: BOM, then the given charset, then <meta charset>, then UTF-8, else cp1252."""
    for bom, name in ((codecs.BOM_UTF8, "utf-8"), (codecs.BOM_UTF16_LE, "utf-16-le"),
                      (codecs.BOM_UTF16_BE, "utf-16-be")):  # fmt: skip
        if data.startswith(bom):
            return data[len(bom) :].decode(name, "replace")
    candidates: list[str] = []
    if charset:
        candidates.append(charset)
    match = _META_CHARSET.search(data[:4096])
    if match:
        candidates.append(match.group(1).decode("ascii", "replace"))
    for name in [*candidates, "utf-8"]:
        try:
            codec = codecs.lookup(name).name
        except LookupError:
            continue
        if codec.startswith(("utf-16", "utf-32")):
            continue  # a meta tag readable as ASCII cannot be UTF-16
        if codec in ("latin-1", "iso8859-1", "ascii"):
            codec = "cp1252"  # what browsers do
        try:
            return data.decode(codec)
        except UnicodeDecodeError:
            continue
    return data.decode("cp1252", "replace")


_BINARY_MAGIC = (
    b"%pdf", b"\x89png", b"gif8", b"\xff\xd8\xff", b"pk\x03\x04", b"riff", b"\x1f\x8b",
    b"\x00\x00\x01\x00", b"ii*\x00", b"mm\x00*", b"oggs", b"id3",
)  # fmt: skip
"""Leading bytes (lower-cased) of PDF, images, archives and media files."""


def is_html(content_type: str | None, head: bytes) -> bool:
    """True when a response looks like an HTML page (by Content-Type, else by its first bytes)."""
    sample = head[:1024].lstrip(b"\xef\xbb\xbf \t\r\n").lower()
    # The bytes first: a PDF, an image or an archive served as text/html is not a page.
    if sample.startswith(_BINARY_MAGIC):
        return False
    if content_type:
        mime = content_type.split(";", 1)[0].strip().lower()
        if mime in ("text/html", "application/xhtml+xml"):
            return True
        if mime and mime not in ("application/octet-stream", "text/plain", "binary/octet-stream"):
            return False
    return any(
        tag in sample for tag in (b"<!doctype html", b"<html", b"<head", b"<body", b"<p", b"<div")
    )


# -- metadata ------------------------------------------------------------------------------


def _meta(root: _Element) -> dict[str, str]:
    found: dict[str, str] = {}
    for el in root.iter("meta"):
        content = el.get("content")
        if not content:
            continue
        for attr in ("property", "name", "itemprop"):
            key = el.get(attr)
            if key:
                found.setdefault(key.strip().lower(), content.strip())
    return found


def _json_ld(root: _Element) -> list[dict[str, Any]]:
    objects: list[dict[str, Any]] = []

    def collect(node: Any) -> None:
        if isinstance(node, list):
            for item in node:
                collect(item)
        elif isinstance(node, dict):
            objects.append(node)
            if "@graph" in node:
                collect(node["@graph"])

    for el in root.iter("script"):
        if (el.get("type") or "").strip().lower() != "application/ld+json" or not el.text:
            continue
        try:
            collect(json.loads(el.text))
        except (ValueError, RecursionError):
            continue
    articles = [o for o in objects if _is_article(o)]
    return articles


def _is_article(obj: dict[str, Any]) -> bool:
    kind = obj.get("@type")
    kinds = kind if isinstance(kind, list) else [kind]
    return any(
        isinstance(k, str) and ("Article" in k or k in ("BlogPosting", "Report")) for k in kinds
    )


def _names(value: Any) -> list[str]:
    if isinstance(value, str):
        return [value]
    if isinstance(value, dict):
        return _names(value.get("name"))
    if isinstance(value, list):
        return [name for item in value for name in _names(item)]
    return []


def _parse_date(value: str | None) -> datetime | None:
    if not value:
        return None
    value = value.strip()
    try:
        moment = datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError:
        from email.utils import parsedate_to_datetime

        try:
            moment = parsedate_to_datetime(value)
        except (TypeError, ValueError, IndexError, OverflowError):
            return None
    if not 1990 <= moment.year <= 2100:
        return None
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    try:
        return moment.astimezone(UTC)
    except (OverflowError, ValueError):
        return None


_DATE_KEYS = (
    "article:published_time", "og:published_time", "datepublished", "pubdate", "publishdate",
    "publish-date", "publication_date", "date", "dc.date.issued", "dc.date", "dcterms.created",
    "dcterms.date", "sailthru.date", "parsely-pub-date", "article.published", "created",
)  # fmt: skip
_AUTHOR_KEYS = ("author", "article:author", "parsely-author", "sailthru.author", "dc.creator")
_TITLE_KEYS = ("og:title", "twitter:title", "parsely-title", "dc.title", "title")
_TITLE_SEPARATORS = re.compile(r"\s+[|\-–—·:»/]\s+")
_BY = re.compile(r"^(?:by|von|par|por|di|door|av|af|przez|от|بقلم)\s+", re.I)


def _title(
    root: _Element, meta: dict[str, str], ld: list[dict[str, Any]], author: str | None
) -> str | None:
    """The headline: from metadata, else <title> (or the h1 it contains), else a lone h1.

    A site name or author name glued to it with a separator ("Title | Site") is removed.
    """
    names = [meta.get("og:site_name"), meta.get("application-name"), author]
    names += (author or "").split(", ")
    candidates = [meta.get(k) for k in _TITLE_KEYS]
    candidates += [o.get("headline") for o in ld if isinstance(o.get("headline"), str)]
    for candidate in candidates:
        title = clean_line(candidate)
        if title:
            return _strip_names(title, names)
    h1s = [h for h in (inline_text(h) for h in root.iter("h1")) if h]
    title_el = next(root.iter("title"), None)
    page_title = clean_line(" ".join(title_el.itertext())) if title_el is not None else ""
    if page_title:
        for h1 in h1s:
            if line_key(h1) and line_key(h1) in line_key(page_title):
                return h1
        return _strip_names(page_title, names) or None
    return h1s[0] if len(h1s) == 1 else None


def _strip_names(title: str, names: list[str | None]) -> str:
    """Remove the given names where they lead or trail the title after a separator."""
    keys = {k for k in (line_key(n or "") for n in names) if k}
    while keys:
        separators = list(_TITLE_SEPARATORS.finditer(title))
        if not separators:
            break
        first, last = separators[0], separators[-1]
        if line_key(title[last.end() :]) in keys:
            title = title[: last.start()]
        elif line_key(title[: first.start()]) in keys:
            title = title[first.end() :]
        else:
            break
    return title


def _author(root: _Element, meta: dict[str, str], ld: list[dict[str, Any]]) -> str | None:
    names: list[str] = []
    for obj in ld:
        names += _names(obj.get("author"))
    if not names:
        for key in _AUTHOR_KEYS:
            value = meta.get(key)
            if value and not value.startswith(("http://", "https://")):
                names.append(value)
                break
    if not names:
        for el in root.iter("a", "span", "div", "p", "address"):
            if el.get("rel") == "author" or el.get("itemprop") == "author":
                names.append(inline_text(el))
                break
    cleaned: list[str] = []
    for name in names:
        name = _BY.sub("", clean_line(name))
        if name and len(name) <= 100 and name not in cleaned:
            cleaned.append(name)
    return ", ".join(cleaned) or None


def _published(root: _Element, meta: dict[str, str], ld: list[dict[str, Any]]) -> datetime | None:
    for obj in ld:
        value = obj.get("datePublished") or obj.get("dateCreated")
        if isinstance(value, str) and (moment := _parse_date(value)):
            return moment
    for key in _DATE_KEYS:
        if moment := _parse_date(meta.get(key)):
            return moment
    for el in root.iter("time"):
        if moment := _parse_date(el.get("datetime")):
            return moment
    return None


_DATELINE = re.compile(
    r"^((?:[A-ZÀ-ÖØ-Þ][A-ZÀ-ÖØ-Þ'.-]*)(?:[ ,]+[A-ZÀ-ÖØ-Þ][A-Za-zÀ-ÿ'.-]*){0,3}"
    r"(?:\s*\([^()]{1,40}\))?)\s*[—–-]{1,2}\s+\S"
)


def _dateline(root: _Element, first_paragraph: str | None) -> str | None:
    """The dateline: an element classed "dateline", else "CITY (Agency) —" opening the text."""
    for el in root.iter("span", "p", "div", "strong", "b"):
        if "dateline" in (el.get("class") or "").lower():
            text = clean_line(" ".join(el.itertext())).rstrip(" —–-:")
            if 0 < len(text) <= 80:
                return text
    if first_paragraph:
        match = _DATELINE.match(first_paragraph)
        if match and len(match.group(1)) <= 60:
            head = match.group(1)
            city = [c for c in head.split(",")[0].split("(")[0] if c.isalpha()]
            if len(city) >= 3 and all(c.isupper() for c in city):  # "KYIV, Ukraine (AP) —"
                return clean_line(head)
    return None


# -- cleaning ------------------------------------------------------------------------------


@cache
def _hidden_xpath() -> Any:
    """Candidates for `_preclean` (the XPath runs in C; Python checks the few it finds)."""
    from lxml import etree

    return etree.XPath(
        "//*[@hidden or @aria-hidden='true' or contains(@style, 'none') "
        "or contains(@style, 'hidden')]"
    )


_INERT = ("template", "script", "style", "svg", "iframe", "link", "object", "canvas")


def _preclean(root: _Element) -> None:
    """Remove what no reader sees: templates, elements hidden by attribute or inline style;
    and what no reader wants as text: photo galleries and video player menus.

    Also unwraps the void elements libxml2 opens as containers (see VOID_MISPARSED).
    """
    from lxml import etree

    etree.strip_tags(root, *VOID_MISPARSED)
    # never shown, and dropped by the extractor anyway: gone before it copies the tree
    etree.strip_elements(root, *_INERT, with_tail=False)
    doomed: list[_Element] = []
    for el in _hidden_xpath()(root):
        if el.tag in ("html", "body"):
            continue
        style = el.get("style")
        if (
            el.get("hidden") is not None
            or el.get("aria-hidden") == "true"
            or (style and _HIDDEN_STYLE.search(style))
        ):
            doomed.append(el)
    for el in doomed:
        _remove(el)
    _drop_galleries(root)


def _remove(el: _Element) -> None:
    """Remove an element but keep its tail text."""
    parent = el.getparent()
    if parent is None:
        return
    tail = el.tail
    if tail and tail.strip():
        previous = el.getprevious()
        if previous is not None:
            previous.tail = (previous.tail or "") + tail
        else:
            parent.text = (parent.text or "") + tail
    parent.remove(el)


# -- main content --------------------------------------------------------------------------


MAX_LINKS_FOR_TRAFILATURA = 5_000
"""trafilatura's main-content search is quadratic in the number of links (8 000 links:
1 s; 32 000: 19 s); past this, readability-lxml (linear) finds the content instead."""


def _trafilatura_body(tree: _Element, url: str) -> _Element | None:
    import trafilatura

    if sum(1 for _ in tree.iter("a")) > MAX_LINKS_FOR_TRAFILATURA:
        return None

    try:
        doc = trafilatura.bare_extraction(
            tree,
            url=url,
            include_comments=False,
            include_tables=True,
            include_formatting=False,
            include_links=False,
            with_metadata=False,
        )
    except Exception:  # noqa: BLE001 -- a heuristic engine on hostile input: never crash
        return None
    body: _Element | None = getattr(doc, "body", None) if doc is not None else None
    return body


def _readability_body(html: str, url: str) -> _Element | None:
    try:
        from readability import Document as Readable

        summary = Readable(html, url=url).summary(html_partial=True)
    except Exception:  # noqa: BLE001 -- a heuristic engine on hostile input: never crash
        return None
    root = parse_html(summary)
    if root is None:
        return None
    body = next(root.iter("body"), root)
    while len(body) == 1 and not (body.text or "").strip() and not (body[0].tail or "").strip():
        body = body[0]  # readability wraps its result in <div>s: the blocks are inside
    return body


_XML_TO_HTML = {
    "list": "ul",
    "item": "li",
    "quote": "blockquote",
    "row": "tr",
    "cell": "td",
    "lb": "br",
    "graphic": "img",
    "del": "s",
}
_HI = {"#b": "b", "#i": "i", "#u": "u", "#t": "code", "#sub": "sub", "#sup": "sup"}


def _xml_to_html(body: _Element) -> None:
    """Rename trafilatura's XML elements to their HTML counterparts, in place."""
    for el in body.iter():
        tag = el.tag
        if not isinstance(tag, str):
            continue
        if tag == "head":
            rend = el.get("rend") or "h2"
            el.tag = rend if rend in ("h1", "h2", "h3", "h4", "h5", "h6") else "h3"
        elif tag == "ref":
            el.tag = "a"
            target = el.get("target")
            if target:
                el.set("href", target)
        elif tag == "hi":
            el.tag = _HI.get(el.get("rend") or "", "span")
        elif tag == "list":
            el.tag = "ol" if el.get("rend") == "ol" else "ul"
        elif tag == "cell" and el.get("role") == "head":
            el.tag = "th"
        elif tag == "code":  # a block of code, or inline code within a paragraph
            parent = el.getparent()
            el.tag = "pre" if parent is None or parent is body else "code"
        elif tag in _XML_TO_HTML:
            el.tag = _XML_TO_HTML[tag]


# -- heading recovery ----------------------------------------------------------------------


def _base_url(root: _Element, url: str) -> str:
    """The URL relative links resolve against: the page's <base href>, else its own."""
    from urllib.parse import urljoin

    for el in root.iter("base"):
        href = str(el.get("href") or "").strip()
        if href:
            try:
                base: str = urljoin(url, href)
            except ValueError:
                break
            if base.startswith(("http://", "https://")):
                return base
        break
    return url


def _align(
    body: _Element, items: list[Item], title: str | None, sites: frozenset[str] = frozenset()
) -> None:
    """Compare the extracted body with the page, and put back what the extractor lost.

    Each top-level block of the body is located in the page's reading order (by the
    start of its text). Then: a heading of the page right before a kept block (at most
    one skipped line between) is put back, and a kept block that is a heading of the
    page becomes one again; headings above the headline (kickers, navigation) and the
    headline again in other words are not. In the article's header (`_header_start`),
    a subtitle comes back past bylines, dates and captions, and so does the page's h1
    where the title is not on the page. A skipped standfirst (between headline and first
    block), skipped lists between kept blocks, sections of lists between kept sections
    and a section of sources after the text come back (`_standfirst`, `_gap_lists`,
    `_headed_lists`, `_reference_section`: a list of links to the page's own `sites` is
    teasers). A paragraph the page repeats is repeated; runs of teasers are removed.
    """
    from lxml import etree

    positions: dict[str, list[int]] = {}
    for n, item in enumerate(items):
        positions.setdefault(item.key[:KEY_LEN], []).append(n)
    children = [(el, _el_key(el)) for el in body if isinstance(el.tag, str)]
    present = {key for el, key in children if el.tag in _HEADINGS}
    everything = "|".join(key for _el, key in children)
    title_key = line_key(title or "")
    last = -1
    headline, by_h1 = _headline(items, title or "")
    header = -1  # while in the article's header: the index of its headline
    in_header = True  # until the first kept block of article text
    teasers: list[_Element | None] = []  # per located block: itself if under a teaser title
    unplaced = Counter(key for _el, key in children)
    for child, key in children:
        if not key:
            continue
        unplaced[key] -= 1
        candidates = positions.get(key[:KEY_LEN], [])
        pos = next(
            (
                p
                for p in candidates[bisect_right(candidates, last) :]
                if not items[p].heading or items[p].key == key
            ),
            None,
        )
        if pos is None:
            continue
        teasers.append(child if _under_teaser_title(items, last, pos, len(key)) else None)
        if child.tag in ("p", "div") and items[pos].heading and key not in present:
            child.tag = f"h{max(2, items[pos].level)}"  # a heading the extractor took for text
            present.add(key)
        if last < 0:
            recovered = _standfirst(items, pos, title_key, [key for _el, key in children])
        else:
            recovered = _gap_lists(items, last, pos, everything)
            recovered |= _headed_lists(items, last, pos, everything, present, sites)
            section = _reference_section(items, last + 1, everything, present, sites)
            if section and section[-1] == pos - 1:
                recovered.update(section)
        stop = last
        if in_header and header < 0:
            header = _header_start(items, last, pos, headline, by_h1)
            if by_h1 and last < header < pos:
                if (
                    _is_subtitle(items[header], title_key)
                    and _is_dek(items[header])
                    and not _shares_words(items[header].text, title or "")
                ):
                    recovered.add(header)  # the page's own headline, unlike the title
                stop = header - 1
            elif header > last:
                stop = header
        inserts: list[Item] = []
        skipped = 0  # lines between the kept block and the heading being looked at
        unlike_header = 0  # of them, those that are not bylines, dates or captions
        for n in range(pos - 1, stop, -1):
            item = items[n]
            if n in recovered:
                inserts.append(item)
                if item.heading:
                    present.add(item.key)
                skipped = unlike_header = 0
            elif item.heading:
                if item.key == title_key or (n == header and not by_h1):
                    break  # above the headline: kickers, breadcrumbs, navigation
                if (
                    (skipped <= 1 or (n > header >= 0 and not unlike_header and _is_dek(item)))
                    and item.key not in present
                    and _is_subtitle(item, title_key)
                    and not _END_CUES.match(item.text)
                    and not _same_words(item.text, title or "")
                ):
                    inserts.append(item)
                    present.add(item.key)
                    skipped = unlike_header = 0
                elif item.key in present:
                    skipped = unlike_header = 2  # an earlier section: not ours to add
            else:
                skipped += 1
                if not _is_header_line(item):
                    unlike_header += 1
        current: _Element | None = None
        for item in reversed(inserts):
            if item.marker:
                if current is None:
                    current = etree.Element("ol" if item.marker[0].isdigit() else "ul")
                    child.addprevious(current)
                new = etree.SubElement(current, "li")
            else:
                current = None
                new = etree.Element(f"h{max(2, item.level)}" if item.heading else "p")
                child.addprevious(new)
            new.text = plain(item.text)
        if in_header and (len(key) >= _HEADER_END or (header >= 0 and pos - header > _HEADER_SPAN)):
            in_header, header = False, -1  # the article's text has begun
        last = pos
        # the other lines of a kept list, table or quote, found in order: a search from
        # where the last line ended (`in key` each time was quadratic: 40 000 list items
        # took 10 s)
        cursor = key.find(items[pos].key)
        cursor = cursor + len(items[pos].key) if cursor >= 0 else 0
        while last + 1 < len(items):
            line = items[last + 1].key
            if line != key:
                found = key.find(line, cursor)
                if found < 0:
                    break
                cursor = found + len(line)
            last += 1
            if items[last].key == key and child.tag == "p" and not items[last].heading:
                if unplaced[key] > 0:
                    unplaced[key] -= 1  # a later block of the body has this repeat
                else:
                    child.addnext(deepcopy(child))  # the page repeats the paragraph: so do we
    if last >= 0:  # the article's own sources or links, right after its end
        section = _reference_section(items, last + 1, everything, present, sites)
        if section:
            _append_items(body, [items[n] for n in section])
    _drop_teaser_runs(body, teasers)


def _append_items(body: _Element, items: list[Item]) -> None:
    """Add page lines at the end of the body: headings, paragraphs, list items."""
    from lxml import etree

    current: _Element | None = None
    for item in items:
        if item.marker:
            if current is None:
                current = etree.SubElement(body, "ol" if item.marker[0].isdigit() else "ul")
            new = etree.SubElement(current, "li")
        else:
            current = None
            new = etree.SubElement(body, f"h{max(2, item.level)}" if item.heading else "p")
        new.text = plain(item.text)


_MIN_KEY = 8
"""Shortest key compared by its start (shorter ones match too much)."""
_KEPT_PHRASE = 24
"""Shortest key of a list item looked up in the kept text (shorter ones, "Swing bridge",
are found inside any paragraph)."""
_HEADER_SPAN = 12
"""Lines of the page after its headline that may still be the article's header."""
_HEADER_END = 120
"""A kept block with a key this long is article text: the header is over."""
_HEADER_LINE = 80
"""Longest header line (byline, date, caption, credit) passed over to reach a subtitle."""
_DEK_WORDS = 4
"""Fewest words of a subtitle found past header lines (shorter ones are labels)."""


def _is_subtitle(item: Item, title_key: str) -> bool:
    """True for a heading of the page that may be put back: not a teaser or furniture."""
    return (
        not item.linked
        and item.key != title_key
        and any(c.isalpha() for c in item.text)
        and not _is_furniture(item.text, None)
        and not _TOC.match(item.text)
    )


def _headline(items: list[Item], title: str) -> tuple[int, bool]:
    """The index of the page's headline, and whether it is the page's h1 standing in for it.

    The headline is a heading with the title's text, else one with most of its words
    ("Jun 17 <title>"); else (-1, True): the caller takes the h1 above the article.
    """
    title_key = line_key(title)
    if not title_key:
        return -1, True
    variant = -1
    for n, item in enumerate(items):
        if item.heading:
            if item.key == title_key:
                return n, False
            if variant < 0 and _same_words(item.text, title):
                variant = n
    return variant, variant < 0


def _header_start(items: list[Item], last: int, pos: int, headline: int, by_h1: bool) -> int:
    """The index of the headline that opens the article's header above `pos`, else -1.

    That is `headline` (see `_headline`), or with `by_h1` the nearest h1 after `last` (a
    page whose <h1> differs from its metadata title); it is the block at `pos` or lies at
    most `_HEADER_SPAN` lines above.
    """
    if not by_h1:
        return headline if 0 <= pos - headline <= _HEADER_SPAN else -1
    for n in range(pos, max(last, pos - 1 - _HEADER_SPAN), -1):
        if items[n].heading and items[n].level == 1 and not items[n].linked:
            return n
    return -1


def _same_words(text: str, title: str) -> bool:
    """True when a heading is the headline again: the title's words with a few more or
    fewer ("Jun 17 <title>", "<title> | Site"), or the title's start ("<h1> – tagline")."""
    a, b = line_key(text), line_key(title)
    if not a or not b:
        return False
    if len(a) >= _MIN_KEY and len(b) >= _MIN_KEY and (a.startswith(b) or b.startswith(a)):
        return True
    words, other = set(_WORDS.findall(text.casefold())), set(_WORDS.findall(title.casefold()))
    return len(words & other) >= 0.7 * max(len(words), len(other))


def _shares_words(text: str, title: str) -> bool:
    """True when half the words of the shorter of two headlines are in the other (looser
    than `_same_words`: for an h1 unlike the title, which is shown only if it is news)."""
    words, other = set(_WORDS.findall(text.casefold())), set(_WORDS.findall(title.casefold()))
    return len(words & other) * 2 >= min(len(words), len(other))


def _is_dek(item: Item) -> bool:
    """A subtitle under a headline: a phrase, not a label ("Shares", "Contents")."""
    text = item.text
    return len(text.split()) >= _DEK_WORDS or (" " not in text and len(text) >= 10)


def _is_header_line(item: Item) -> bool:
    """A short line of an article's header: byline, date, caption, credit, share label."""
    return not item.heading and not item.marker and len(plain(item.text)) <= _HEADER_LINE


def _reference_section(
    items: list[Item], start: int, kept: str, present: set[str], sites: frozenset[str]
) -> list[int]:
    """The lines of a section of sources or links starting at `start`, else [].

    A heading such as "Sources", "References", "External links" or "Further reading" (not
    "See also": see `_headed_lists`), at most one short line, then one list, of text or
    of links to other sites than `sites`: the article's own, not teasers.
    """
    if start >= len(items):
        return []
    heading = items[start]
    if not heading.heading or heading.key in present or not _is_subtitle(heading, ""):
        return []
    if not _REFERENCES.match(heading.text):
        return []
    section = [start]
    n = start + 1
    if n < len(items) and not items[n].heading and not items[n].marker:
        if len(plain(items[n].text)) > _HEADER_END:
            return []
        section.append(n)
        n += 1
    group = items[n].group if n < len(items) and items[n].marker else 0
    while n < len(items) and items[n].marker and items[n].group == group:
        if len(items[n].key) >= _KEPT_PHRASE and items[n].key[:KEY_LEN] in kept:
            return []  # kept elsewhere: not a skipped section
        section.append(n)
        n += 1
    return section if group and _not_teasers(items, section, sites) else []


def _not_teasers(items: list[Item], section: list[int], sites: frozenset[str]) -> bool:
    """True when a section's list is mostly text, or its links mostly lead to other sites.

    (A list of links to the page's own site after an article is teasers, whatever its
    heading says: "Further reading" on a news site.)
    """
    from urllib.parse import urlsplit

    total = linked = links = away = 0
    for n in section:
        text = items[n].text
        total += len(plain(text))
        for match in ANCHORED.finditer(text):
            linked += len(match.group(2))
            links += 1
            try:
                host = urlsplit(match.group(1)).hostname or ""
            except ValueError:
                continue
            if host and host.removeprefix("www.") not in sites:
                away += 1
    return linked * 2 < total or away * 2 > links


def _headed_lists(
    items: list[Item], last: int, pos: int, kept: str, present: set[str], sites: frozenset[str]
) -> set[int]:
    """Sections of lists the extractor skipped between two kept sections, worth putting back.

    The skipped lines must be headings each over one list (or one list under the kept
    heading at `last`) and nothing else, up to the next section: the kept block at `pos`
    or the heading right above it, of the same level or higher. Such lists are the
    article's own ("See also", a list of tools or sources), even when they are mostly links
    (to other sites than `sites`, unless the heading names references).
    """
    end = pos if items[pos].heading else pos - 1
    if end - last < 2 or not items[end].heading or not _is_subtitle(items[end], ""):
        return set()
    recovered: set[int] = set()
    level = items[last].level if last >= 0 and items[last].heading else 0
    listed = level > 0  # the heading before has its list: nothing kept, nothing owed
    for n in range(last + 1, end):
        item = items[n]
        if item.heading:
            if (level and not listed) or not _is_subtitle(item, "") or item.key in present:
                return set()
            if _END_CUES.match(item.text) and not (
                _REFERENCES.match(item.text) or _SEE_ALSO.match(item.text)
            ):
                return set()
            if items[end].level > item.level:
                return set()  # the next section is a subsection of this one
            level, listed = item.level, False
        elif item.marker and level:
            listed = True
        else:
            return set()
        if len(item.key) >= _KEPT_PHRASE and item.key[:KEY_LEN] in kept:
            return set()
        recovered.add(n)
    if not listed:
        return set()
    named = any(
        _REFERENCES.match(items[n].text) or _SEE_ALSO.match(items[n].text)
        for n in recovered
        if items[n].heading
    )
    if not named and not _not_teasers(items, sorted(recovered), sites):
        return set()  # links to the site's own pages: teasers, whatever the heading
    return recovered


def _under_teaser_title(items: list[Item], last: int, pos: int, size: int) -> bool:
    """True for a short block right under a heading that links to another page."""
    if size > 400:
        return False
    for n in range(pos - 1, max(last, pos - 3), -1):
        if items[n].heading:
            return items[n].linked
    return False


def _drop_teaser_runs(body: _Element, teasers: list[_Element | None]) -> None:
    """Remove runs of three or more teasers in a row (title link + blurb): a news feed."""
    run: list[_Element] = []
    for block in [*teasers, None]:
        if block is not None:
            run.append(block)
            continue
        if len(run) >= 3:
            for el in run:
                body.remove(el)
        run = []


def _standfirst(items: list[Item], pos: int, title_key: str, kept: list[str]) -> set[int]:
    """The summary paragraph between the headline and the first kept block, if skipped."""
    starts = [key[:KEY_LEN] for key in kept if len(key) >= KEY_LEN]
    everything = "|".join(kept)
    start = next(
        (n for n in range(pos - 1, max(-1, pos - 8), -1) if items[n].key == title_key), None
    )
    if start is None:
        return set()
    recovered: set[int] = set()
    for n in range(start + 1, pos):
        item = items[n]
        text = plain(item.text)
        if (
            not item.heading
            and not item.marker
            and 60 <= len(text) <= 500
            and text.endswith(SENTENCE_END)
            and item.key[:KEY_LEN] not in everything
            and not any(prefix in item.key for prefix in starts)
            and ANCHOR[0] not in item.text
            and not _is_furniture(text, None)
        ):
            recovered.add(n)
    return recovered if len(recovered) == 1 else set()


def _gap_lists(items: list[Item], last: int, pos: int, kept: str) -> set[int]:
    """Lines of the lists the extractor skipped between two kept blocks, worth putting back.

    A list is put back when it is most of what was skipped there (at most two other
    lines), has two items or more, none of them kept elsewhere, and is not mostly links
    (teasers, navigation).
    """
    gap = range(last + 1, pos)
    runs: list[list[int]] = []
    for n in gap:
        if items[n].marker and runs and runs[-1][-1] == n - 1:
            runs[-1].append(n)
        elif items[n].marker:
            runs.append([n])
    recovered: set[int] = set()
    skipped = [n for n in gap if not items[n].heading and items[n].key[:KEY_LEN] not in kept]
    for run in runs:
        if len(run) < 2 or len(skipped) - len(run) > 2:
            continue
        if any(items[n].key[:KEY_LEN] in kept for n in run):
            continue  # kept after all, in another shape
        texts = [items[n].text for n in run]
        total = sum(len(plain(t)) for t in texts) or 1
        linked = sum(len(m.group(2)) for t in texts for m in ANCHORED.finditer(t))
        if linked * 2 < total and all(len(plain(t)) <= 400 for t in texts):
            recovered.update(run)
    return recovered


def _relink(body: _Element, items: list[Item]) -> None:
    """Give the extracted blocks back the links their text had on the page.

    A block whose whole text is a line of the page gets that line's links, by position.
    """
    from lxml import etree

    linked: dict[str, str] = {}
    for item in items:
        if not item.heading and ANCHOR[0] in item.text:
            linked.setdefault(item.key, item.text)
    if not linked:
        return
    for el in body.iter("p", "li", "td", "th", "dd", "dt"):
        if len(el) and any(child.tag != "br" for child in el):
            continue  # structured content: leave it as the extractor gave it
        text = linked.get(_el_key(el))
        if text is None:
            continue
        for child in list(el):
            el.remove(child)
        parts = ANCHORED.split(text)  # text, (url, text, text)*
        el.text = parts[0]
        for n in range(1, len(parts), 3):
            link = etree.SubElement(el, "a", href=parts[n])
            link.text = parts[n + 1]
            link.tail = parts[n + 2]


# -- boilerplate blocks --------------------------------------------------------------------

# Short blocks that announce the end of the article: what follows is teasers or comments.
_END_CUE_WORDS = (
    r"related(?: (?:articles?|stories|posts|content|coverage|topics))?",
    r"you (?:may|might) also (?:like|enjoy)", r"recommended(?: for you)?",
    r"more (?:from|on|about) .{0,40}", r"read (?:more|also|next)", r"see also", r"also read",
    r"latest news", r"most (?:read|popular)", r"(?:\d+ )?comments?",
    r"leave a (?:comment|reply)", r"join the conversation", r"auch interessant",
    r"das (?:könnte|dürfte) (?:dich|sie) auch interessieren",
    r"(?:weitere|ähnliche|verwandte) (?:artikel|themen|beiträge|nachrichten|news)",
    r"mehr zum thema", r"mehr (?:aus|von|zu) .{0,40}", r"empfohlene beiträge",
    r"lesen sie (?:auch|mehr)", r"(?:\d+ )?kommentare?", r"schreibe(?:n sie)? einen kommentar",
    r"à lire aussi", r"lire aussi", r"sur le même sujet", r"(?:\d+ )?commentaires?",
    r"lee también", r"leer más", r"te puede interesar", r"noticias relacionadas",
    r"(?:\d+ )?comentarios?", r"leggi anche", r"articoli correlati",
    r"czytaj (?:też|także|również)", r"zobacz (?:też|także)", r"lees ook",
    r"gerelateerde artikelen", r"اقرأ أيضا", r"اقرأ أيضاً", r"مواضيع ذات صلة",
    r"more (?:stories|articles|news)", r"trending(?: now)?", r"popular(?: now)?",
    r"schon gelesen\??", r"auch lesen", r"mehr themen", r"zum weiterlesen",
    r"lesen sie auch(?: die(?:sen| folgenden)? (?:artikel|beitrag|beiträge))?",
    r"weitere beiträge(?: .{0,40})?", r"top-themen(?: .{0,30})?", r"das könnte sie interessieren",
    r"le puede interesar", r"más sobre .{0,40}", r"puedes ver", r"lea también",
    r"ver también", r"leia também", r"veja também", r"saiba mais", r"per approfondire",
    r"potrebbe interessarti", r"przeczytaj (?:też|także|również)",
)  # fmt: skip
_END_CUES = re.compile(r"^(?:" + "|".join(_END_CUE_WORDS) + r")\s*[:.…?!]?$", re.I)
# "Read more: <headline>" and the like: a teaser line inside the article.
_TEASER_LINE = re.compile(r"^(?:" + "|".join(_END_CUE_WORDS) + r")\s*[:»|]", re.I)
_TOC = re.compile(
    r"^(?:contents|table of contents|inhalt|inhaltsverzeichnis|sommaire|table des matières|"
    r"índice|contenido|indice|spis treści|inhoud|содержание)\s*:?$",
    re.I,
)
# Headings of an article's own lists of sources and links, wherever they stand.
_REFERENCES = re.compile(
    r"^(?:further reading|external links|references|sources?|bibliography|notes|weblinks|"
    r"literatur|einzelnachweise|quellen|liens externes|bibliographie|enlaces externos|"
    r"referencias|collegamenti esterni|bibliografia|przypisy)\b",
    re.I,
)
# "See also": the article's own between its sections (a wiki), teasers at its end (news).
_SEE_ALSO = re.compile(
    r"^(?:see also|siehe auch|voir aussi|véase también|vedi anche|zobacz (?:też|także))\b", re.I
)
# Label lines of taxonomy and contact boxes.
_LABEL = re.compile(
    r"^(?:tags?|schlagw(?:ö|o)rter|stichw(?:ö|o)rter|themen|topics|temas|sujets|argomenti|"
    r"tematy|kategorien?|category|categories|catégories?|categor(?:í|i)a|filed under|"
    r"kontakt|pressekontakt|contact|telefon|tel\.|phone|fax|e-?mail|ansprechpartner(?:in)?|"
    r"weitere informationen|further information|more information|zusatzinformationen|"
    r"quellenangaben|quellen|sources?)\s*:",
    re.I,
)
# Short blocks that are page furniture wherever they stand.
_FURNITURE = re.compile(
    r"^(?:share(?: (?:this|on|via) .{0,30})?|teilen(?: mit)?|partager|compartir|condividi|"
    r"udostępnij|tweet|print|drucken|e-?mail|whatsapp|facebook|twitter|linkedin|pinterest|"
    r"like this|gefällt mir|bewerten|wird geladen|loading|advertisement|anzeige|werbung|"
    r"publicidad|publicité|pubblicità|reklama|sponsored|skip (?:to|the) .{0,30}|"
    r"back to top|nach oben|zurück|listen to (?:this )?article|artikel anhören|"
    r"(?:\d+ )?(?:min(?:ute)?s?|minuten) (?:read|lesezeit)|lesezeit:? .{0,20}|"
    r"reading time:? .{0,20}|\d+ min(?:\.|ute)? read)\s*[:.…!]?$",
    re.I,
)
_CREDIT = re.compile(
    r"^(?:photo|foto|fotos|bild|bilder|titelbild|bildquelle|image|picture|credit|credits|"
    r"crédits? photos?|crédito|quelle|source|fuente|fonte|źródło|copyright|©|\(c\))\s*[:©]",
    re.I,
)
_COPYRIGHT = re.compile(
    r"(?:^©|^\(c\)\s|^copyright\b|all rights reserved|alle rechte vorbehalten|"
    r"tous droits réservés|todos los derechos reservados|wszelkie prawa zastrzeżone)",
    re.I,
)
_NEWSLETTER = re.compile(r"newsletter", re.I)
_CALL_TO_ACTION = re.compile(
    r"^(?:subscribe|sign up|jetzt abonnieren|abonnieren|s'abonner|abonnez-vous|suscr[ií]bete|"
    r"iscriviti|zapisz się|follow us|folge(?:n sie)? uns|suivez-nous|síguenos)\b",
    re.I,
)
_STAMP = re.compile(
    r"^(?:(?:last )?(?:updated|modified|published|posted)(?: on| at)?|zuletzt (?:aktualisiert|geändert)|"
    r"letzte änderung|aktualisiert(?: am)?|veröffentlicht(?: am)?|erstellt(?: am)?|stand|"
    r"mis à jour(?: le)?|publié(?: le)?|actualizado|publicado|aggiornato|pubblicato|"
    r"opublikowano|aktualizacja)\b.{0,60}$",
    re.I,
)
_MONTHS = (
    "jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec|january|february|march|april|june|"
    "july|august|september|october|november|december|januar|februar|märz|mai|juni|juli|"
    "oktober|dezember|janvier|février|mars|avril|juin|juillet|août|septembre|octobre|"
    "novembre|décembre|enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|octubre|"
    "noviembre|diciembre|am|pm|uhr|h"
)
_DATE_ONLY = re.compile(
    rf"^(?:(?:\d{{1,4}}|{_MONTHS}|mon|tue|wed|thu|fri|sat|sun|monday|tuesday|wednesday|"
    rf"thursday|friday|saturday|sunday|montag|dienstag|mittwoch|donnerstag|freitag|samstag|"
    rf"sonntag|today|yesterday|heute|gestern|um|at|on|am)[\s.,:/|–—-]*)+$",
    re.I,
)
_COUNTER = re.compile(
    r"^[\d.,\s]+[km]?\s*(?:views?|reads?|aufrufe|mal gelesen|vues|lectures|visualizaciones|"
    r"lecturas|visite|letture|wyświetle\w*|odsłon\w*|shares?|likes?|comments?|kommentare?|"
    r"commentaires?|comentarios?|commenti)$",
    re.I,
)
_BYLINE = re.compile(
    r"^(?:by|von|par|por|di|door|av|af|przez|written by|text|texte|autor|autorin|author|"
    r"redaktion|بقلم)\s*:?\s+(.+)$",
    re.I,
)
_NAME_JOINERS = frozenset(
    {"and", "und", "et", "y", "e", "i", "en", "og", "och", "&", "|", "-", "–"}
)


def _is_byline(text: str) -> bool:
    """A short line of names: "By Jane Doe and John Roe", "Von Max Mustermann"."""
    match = _BYLINE.match(text)
    if not match:
        return False
    words = match.group(1).replace(",", " ").split()
    if not 1 <= len(words) <= 8 or text.endswith("."):
        return False
    return all(w[0].isupper() or w.lower() in _NAME_JOINERS or not w[0].isalpha() for w in words)


def _el_key(el: _Element) -> str:
    """The comparison key of an element's text (see `line_key`)."""
    return line_key("".join(el.itertext()))


def _text_of(el: _Element) -> str:
    return clean_line(" ".join(el.itertext()))


def _is_furniture(text: str, author: str | None) -> bool:
    """True for a short block that is page furniture rather than article text."""
    size = len(text)
    if size == 0:
        return False
    if size <= 60 and (_FURNITURE.match(text) or _DATE_ONLY.match(text) or _COUNTER.match(text)):
        return True
    if size <= 90 and (_STAMP.match(text) or _is_byline(text)):
        return True
    if size <= 160 and (_CREDIT.match(text) or _COPYRIGHT.search(text)):
        return True
    if size <= 200 and text.count(". ") <= 1 and _NEWSLETTER.search(text):
        return True
    if size <= 120 and _CALL_TO_ACTION.match(text):
        return True
    return bool(
        author and size <= len(author) + 20 and line_key(author) == line_key(_BY.sub("", text))
    )


_SLIDE = re.compile(r"^\s*(\d{1,3})\s*/\s*(\d{1,3})\b")
"""A slide's counter in a photo gallery: "1/50 United go down"."""
_PLAYER_MENU = re.compile(
    r"(?:, selected$|^chapters$|captions settings|subtitles settings|^audio tracks?$)", re.I
)
"""An item of a video player's menus (video.js and its kin): "captions off, selected"."""
_GALLERY_LABEL = 40
"""Longest text of a gallery's own heading or control ("Business news in pictures")."""


def _is_gallery(el: _Element) -> bool:
    """A list of slides ("1/50 …", "2/50 …") or of a video player's menu items."""
    first_item = next(el.iter("li"), None)
    if first_item is None:
        return False
    first = clean_line(" ".join(first_item.itertext()))
    if not (_SLIDE.match(first) or _PLAYER_MENU.search(first)):
        return False  # the cheap test, for the many lists of a page that are neither
    items = list(el.iter("li"))
    if len(items) < 2:
        return False
    texts = [t for t in (clean_line(" ".join(li.itertext())) for li in items) if t]
    if all(_PLAYER_MENU.search(t) for t in texts):
        return True
    slides = [(int(m.group(1)), m.group(2)) for t in texts if (m := _SLIDE.match(t))]
    if len(slides) < 3 or len(slides) * 5 < len(texts) * 4:
        return False
    start = slides[0][0]  # counted 1, 2, 3 … of one total (not "1/2 cup", "3/4 cup")
    return all(n == start + i and total == slides[0][1] for i, (n, total) in enumerate(slides))


def _drop_galleries(root: _Element) -> None:
    """Remove photo galleries and video player menus from the page, with their title and
    controls ("Business news in pictures", "50 show all") and the containers that held
    nothing else."""
    galleries = [el for el in root.iter("ul", "ol") if _is_gallery(el)]
    for el in galleries:
        parent = el.getparent()
        if parent is None or el.getroottree().getroot() is not root.getroottree().getroot():
            continue  # inside a gallery removed before
        above = el.getprevious()
        _remove(el)
        while (
            above is not None
            and (above.tag in _HEADINGS or above.tag in ("ul", "ol"))
            and len(clean_line(" ".join(above.itertext()))) <= _GALLERY_LABEL
        ):
            before = above.getprevious()
            _remove(above)
            above = before
        while parent.tag not in ("body", "html", "main", "article"):
            if len(clean_line(" ".join(parent.itertext()))) > _GALLERY_LABEL:
                break
            grandparent = parent.getparent()
            if grandparent is None:
                break
            _remove(parent)
            parent = grandparent


def _drop_boilerplate(body: _Element, author: str | None) -> None:
    """Remove furniture blocks, and the teasers or comments after an end-of-article cue."""
    children = [(c, _text_of(c)) for c in body if isinstance(c.tag, str)]
    total = sum(len(text) for _c, text in children) or 1
    seen = 0
    cut = False
    toc = False
    for child, text in children:
        if toc:
            toc = False
            if child.tag in ("ul", "ol"):
                body.remove(child)
                continue
        if len(text) <= 40 and _TOC.match(text):
            toc = True  # a table of contents: the cue and the list of links after it
            body.remove(child)
            continue
        if cut:
            # teasers after the cue: short lines and lists, up to the next heading or paragraph
            if child.tag in _HEADINGS or (len(text) >= 150 and child.tag not in ("ul", "ol")):
                cut = False
            else:
                body.remove(child)
                continue
        if len(text) <= 80 and _END_CUES.match(text) and seen >= total * 0.3:
            cut = True
            body.remove(child)
            continue
        seen += len(text)
        if child.tag in ("ul", "ol", "table"):
            continue
        if _is_furniture(text, author) or (
            len(text) <= 160 and (_TEASER_LINE.match(text) or _LABEL.match(text))
        ):
            body.remove(child)


# -- the extractor -------------------------------------------------------------------------


def _drop_repeated_title(body: _Element, title: str | None) -> None:
    """Remove the headline where the body repeats it: as a heading, or as an early block."""
    title_key = line_key(title or "")
    if not title_key:
        return
    for n, child in enumerate(list(body)):
        if (n < 6 or child.tag in _HEADINGS) and _el_key(child) == title_key:
            body.remove(child)


def extract_article(html: str | bytes, url: str, *, charset: str | None = None) -> Document:
    """Extract an article's main content, headings, links and metadata from its web page.

    `html` as bytes is decoded with `decode_html` (`charset`, from the Content-Type
    header, wins over the page's <meta charset>). Never raises on bad input: a page
    without readable content gives a Document without sections.
    """
    text = decode_html(html, charset) if isinstance(html, bytes) else html
    text = clean_text(text)  # lxml refuses control characters in the trees it builds
    root = parse_html(text, html_elements=True)
    if root is None:
        return Document()
    meta = _meta(root)
    ld = _json_ld(root)
    author = _author(root, meta, ld)
    title = _title(root, meta, ld, author)
    published = _published(root, meta, ld)
    _preclean(root)
    body = _trafilatura_body(root, url)
    if body is None or len(" ".join(body.itertext()).strip()) < 100:
        fallback = _readability_body(text, url)
        if fallback is not None and (
            body is None or len(" ".join(fallback.itertext())) > len(" ".join(body.itertext()))
        ):
            body = fallback
    builder = DocumentBuilder(_base_url(root, url), heading_levels=(1, 2, 3, 4))
    items = page_items(root)
    # lazy: the keys are only computed for a page with enough teasers to be an index
    kept = () if body is None else (_el_key(el) for el in body if isinstance(el.tag, str))
    if is_index(items, kept, title or ""):
        index = index_body(items, _is_byline)
        _drop_repeated_title(index, title)
        builder.add(index)
    elif body is not None:
        _xml_to_html(body)
        try:
            _refine(body, items, title, author, url, meta)
        except Exception:  # never fail a page: keep the extractor's body as it is
            logging.getLogger(__name__).warning("refining %s failed", url, exc_info=True)
        builder.add(body)
    doc = builder.document(title=title or None, author=author, published=published)
    sections = _drop_empty_sections(doc.sections)
    first = next((s.text.split("\n\n", 1)[0] for s in sections if s.text), None)
    return replace(doc, sections=sections, dateline=_dateline(root, first))


def _sites(url: str, meta: dict[str, str]) -> frozenset[str]:
    """The page's own hosts (without "www."): its URL's and its og:url's."""
    from urllib.parse import urlsplit

    hosts: set[str] = set()
    for address in (url, meta.get("og:url", "")):
        try:
            host = urlsplit(address).hostname or ""
        except ValueError:
            continue
        if host:
            hosts.add(host.removeprefix("www."))
    return frozenset(hosts)


def _refine(
    body: _Element,
    items: list[Item],
    title: str | None,
    author: str | None,
    url: str = "",
    meta: dict[str, str] | None = None,
) -> None:
    """Our passes over the extracted body, against the page it came from."""
    _drop_boilerplate(body, author)
    _align(body, items, title, _sites(url, meta or {}))
    _relink(body, items)
    _drop_repeated_title(body, title)
    for el in body.iter("h1"):
        el.tag = "h2"


def _drop_empty_sections(sections: tuple[Section, ...]) -> tuple[Section, ...]:
    """Drop the headings with nothing under them at the end of the document."""
    end = len(sections)
    while end > 1 and sections[end - 1].heading and not sections[end - 1].text:
        end -= 1
    return sections[:end]
