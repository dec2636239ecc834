"""HTML fragments and pages to plain-text documents: sections and numbered links."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from html import unescape
from typing import TYPE_CHECKING, Any
from urllib.parse import urljoin, urlsplit

from ekreader.core.text.sanitize import clean_block, clean_line
from ekreader.models import Document, Link, Section

if TYPE_CHECKING:
    from lxml.etree import _Element

__all__ = [
    "BLOCK_TAGS",
    "DROP_TAGS",
    "VOID_MISPARSED",
    "DocumentBuilder",
    "bold_heading_text",
    "html_to_document",
    "html_to_text",
    "inline_text",
    "is_hidden",
    "parse_html",
]

# Elements whose whole subtree is never text.
DROP_TAGS = frozenset(
    {
        "script", "style", "iframe", "frame", "frameset", "form", "noscript", "template",
        "svg", "math", "object", "embed", "applet", "canvas", "video", "audio", "source",
        "track", "picture", "img", "map", "area", "input", "select", "option", "textarea",
        "button", "head", "title", "meta", "link", "base", "param", "dialog", "datalist",
        "output", "progress", "meter",
    }
)  # fmt: skip
# Elements that end the running paragraph.
BLOCK_TAGS = frozenset(
    {
        "p", "div", "section", "article", "main", "header", "footer", "aside", "nav",
        "address", "center", "figure", "figcaption", "details", "summary", "fieldset",
        "legend", "dl", "dt", "dd", "hr", "body", "html", "caption", "hgroup", "menu",
        "li", "ul", "ol", "blockquote", "pre", "table", "tr", "td", "th", "thead", "tbody",
        "tfoot", "h1", "h2", "h3", "h4", "h5", "h6", "listing", "plaintext", "xmp",
        "noframes", "search",
    }
)  # fmt: skip
VOID_MISPARSED = frozenset({"embed", "source", "track", "wbr", "keygen", "command", "menuitem"})
"""Void elements that libxml2's HTML parser opens as containers: what follows them on the
page ends up inside them, so their content is walked as if it were their siblings'."""
HEADING_TAGS = {"h1": 1, "h2": 2, "h3": 3, "h4": 4, "h5": 5, "h6": 6}
_BOLD_TAGS = frozenset({"b", "strong"})
_PARAGRAPH_LIKE = frozenset({"p", "div"})
_INLINE_IN_BOLD = frozenset({"b", "strong", "em", "i", "u", "span", "font", "br", "mark", "small"})
_PRE_TAGS = frozenset({"pre", "listing", "xmp", "plaintext"})
_CELL_TAGS = frozenset({"td", "th"})
_TABLE_SECTIONS = frozenset({"thead", "tbody", "tfoot"})
_TABLE_BLOCK_CONTENT = frozenset(
    {"p", "div", "table", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "pre"}
)
BOLD_HEADING_MAX = 100
"""Longest text of a bold-only paragraph taken as a heading."""
_NO_HEADING_END = (".", "。", ",", ";", "،", "؛")
_HIDDEN_STYLE = re.compile(r"display\s*:\s*none|visibility\s*:\s*hidden", re.IGNORECASE)
_TAG_LIKE = re.compile(r"<(?:/?[A-Za-z][A-Za-z0-9-]*[\s/>]|!--|![A-Za-z])")
_MAX_DEPTH = 200
_SOFT_HYPHEN = "\xad"  # invisible in browsers, a stray "-" in some terminals
_BR = "\x00"  # a <br> in the running paragraph (lxml never yields NUL in text)
_PARAGRAPH_BREAK = re.compile(r"\n[ \t]*\n")
_XML_DECL = re.compile(rb"^\s*<\?xml[^>]*>")


def parse_html(
    html: str | bytes, encoding: str | None = None, *, html_elements: bool = False
) -> _Element | None:
    """Parse HTML leniently with lxml; None when there is nothing to parse.

    Comments and processing instructions are dropped, the network is never used,
    and malformed markup is recovered as browsers would, more or less. With
    `html_elements`, the tree is made of `lxml.html.HtmlElement` (as trafilatura wants).
    """
    from lxml import etree
    from lxml import html as lxml_html

    if isinstance(html, str):
        try:
            data = html.encode("utf-8")
        except UnicodeEncodeError:  # lone surrogates
            data = html.encode("utf-8", "replace")
        encoding = "utf-8"
    else:
        data = html
    data = _XML_DECL.sub(b"", data, count=1) if encoding == "utf-8" else data
    if not data.strip():
        return None
    parser_class = lxml_html.HTMLParser if html_elements else etree.HTMLParser
    parser = parser_class(
        encoding=encoding,
        remove_comments=True,
        remove_pis=True,
        no_network=True,
        recover=True,
        default_doctype=False,
    )
    try:
        root = etree.fromstring(data, parser)
    except (etree.ParserError, etree.XMLSyntaxError, ValueError, LookupError):
        return None
    return root


def is_hidden(el: _Element) -> bool:
    """True for an element hidden by attribute (hidden, aria-hidden) or inline style."""
    if el.get("hidden") is not None or el.get("aria-hidden") == "true":
        return True
    style = el.get("style")
    return bool(style and _HIDDEN_STYLE.search(style))


def _tag(el: _Element) -> str:
    tag = el.tag
    return tag if isinstance(tag, str) else ""  # lxml's HTML parser gives lowercase names


def _collapse(text: str, newline: str = "\n") -> str:
    """Fold whitespace within lines; `newline` marks the line breaks to keep.
    (str.split() splits where the regex \\s+ matches, about four times faster.)"""
    return "\n".join(filter(None, (" ".join(line.split()) for line in text.split(newline))))


def _fold(text: str) -> str:
    return " ".join(text.split())


class DocumentBuilder:
    """Walks an lxml tree and collects sections of plain text and numbered links.

    Used by `html_to_document` for feed content and by the article extractor on the
    main-content element it chose.
    """

    def __init__(
        self,
        base_url: str | None = None,
        *,
        heading_levels: Iterable[int] = (1, 2, 3, 4, 5, 6),
        bold_headings: bool = True,
        links: bool = True,
        skip: Callable[[_Element], bool] | None = None,
    ) -> None:
        """Prepare an empty document.

        `heading_levels` are the h1-h6 levels that start sections (others become
        paragraphs); `links=False` renders links as plain text; `skip` may reject more
        elements (boilerplate) during the walk.
        """
        self.base_url = base_url
        self.heading_levels = frozenset(heading_levels)
        self.bold_headings = bold_headings
        self.links_enabled = links
        self.skip = skip
        self._sections: list[tuple[str | None, int, list[str]]] = [(None, 2, [])]
        self._links: dict[str, Link] = {}
        self._resolved: dict[str, str | None] = {}
        self._page = base_url.split("#", 1)[0] if base_url else None
        self._buf: list[str] = []
        self._blocks: list[str] = self._sections[0][2]
        self._in_link = False
        self._nested = 0  # > 0 inside lists, quotes, tables: no sections there
        self._last_heading_level = 0

    # -- public -----------------------------------------------------------------

    def add(self, el: _Element) -> None:
        """Render an element and its subtree (its tail is not included)."""
        self._walk(el, 0)
        self._flush()

    def add_heading(self, text: str, level: int) -> None:
        """Start a new section with this heading."""
        self._flush()
        heading = clean_line(text).replace(_SOFT_HYPHEN, "")
        if not heading:
            return
        self._blocks = []
        self._sections.append((heading, level, self._blocks))

    def add_paragraph(self, text: str) -> None:
        """Append a paragraph of already plain text to the current section."""
        self._flush()
        text = _collapse(text)
        if text:
            self._blocks.append(text)

    def document(self, **meta: Any) -> Document:
        """The sections and links so far, as a Document with the given metadata."""
        self._flush()
        sections: list[Section] = []
        for heading, level, blocks in self._sections:
            text = clean_block("\n\n".join(blocks)).replace(_SOFT_HYPHEN, "")
            if heading is None and not text:
                continue
            sections.append(Section(heading=heading, text=text, level=level))
        return Document(sections=tuple(sections), links=tuple(self._links.values()), **meta)

    @property
    def has_text(self) -> bool:
        """True once any paragraph or heading was collected."""
        return len(self._sections) > 1 or bool(self._sections[0][2]) or bool(self._buf)

    # -- walking ----------------------------------------------------------------

    def _flush(self) -> None:
        if not self._buf:
            return
        text = _collapse("".join(self._buf), _BR)
        self._buf.clear()
        if text:
            self._blocks.append(text)

    def _text(self, text: str | None) -> None:
        if text:
            self._buf.append(text)

    def _children(self, el: _Element, depth: int) -> None:
        self._text(el.text)
        for child in el:
            if isinstance(child.tag, str):
                self._walk(child, depth + 1)
            self._text(child.tail)

    def _walk(self, el: _Element, depth: int) -> None:
        tag = _tag(el)
        if tag in VOID_MISPARSED and depth <= _MAX_DEPTH:
            self._children(el, depth)
            return
        if not tag or tag in DROP_TAGS or is_hidden(el):
            return
        if self.skip is not None and self.skip(el):
            return
        if depth > _MAX_DEPTH:
            self._text(" ".join(el.itertext()))
            return
        if tag == "br":
            self._buf.append(_BR)
            return
        if tag == "a":
            self._link(el, depth)
            return
        if tag not in BLOCK_TAGS:
            self._children(el, depth)
            return
        level = HEADING_TAGS.get(tag)
        if level is not None:
            if self._nested == 0 and level in self.heading_levels:
                self._heading(el, level)
            else:
                self._flush()
                self._children(el, depth)
                self._flush()
            return
        if tag in ("ul", "ol", "menu"):
            if self._nested == 0 and _is_section_list(el):
                self._flush()  # a list of headed blocks ("features"): sections, not items
                self._children(el, depth)
                self._flush()
            else:
                self._list(el, depth, ordered=tag == "ol")
            return
        if tag == "blockquote":
            self._quote(el, depth)
            return
        if tag in _PRE_TAGS:
            self._pre(el)
            return
        if tag == "table" and not self._is_layout_table(el):
            self._table(el, depth)
            return
        if tag == "hr":
            self._flush()
            return
        self._flush()
        if self.bold_headings and self._nested == 0 and tag in _PARAGRAPH_LIKE:
            heading = bold_heading_text(el)
            if heading is not None:
                self.add_heading(heading, max(2, min(self._last_heading_level + 1, 6)))
                return
        self._children(el, depth)
        self._flush()

    def _heading(self, el: _Element, level: int) -> None:
        self._flush()
        text = clean_line("".join(_texts(el, self.skip)))
        if not text:
            return
        self._last_heading_level = level
        self.add_heading(text, level)

    def _link(self, el: _Element, depth: int) -> None:
        href = el.get("href")
        url = self._resolve(href) if href and self.links_enabled and not self._in_link else None
        if url is None:
            self._children(el, depth)
            return
        start = len(self._buf)
        self._in_link = True
        try:
            self._children(el, depth)
        finally:
            self._in_link = False
        raw = "".join(self._buf[start:])
        shown = raw.rstrip(" \t\n\r\f\v" + _BR)
        text = clean_line(shown)
        if not text:
            return
        del self._buf[start:]
        link = self._links.get(url)
        if link is None:
            link = Link(number=len(self._links) + 1, url=url, text=text)
            self._links[url] = link
        self._buf.append(shown)
        self._buf.append(f"[{link.number}]")
        self._buf.append(raw[len(shown) :])

    def _resolve(self, href: str) -> str | None:
        """The absolute http(s) URL of a link, or None (other schemes, the page itself)."""
        try:
            return self._resolved[href]
        except KeyError:
            pass
        url = self._resolved[href] = self._resolve_uncached(href)
        return url

    def _resolve_uncached(self, href: str) -> str | None:
        href = clean_line(href)
        if not href or href.startswith("#"):
            return None
        if href.startswith(("http://", "https://")) and " " not in href:
            url = href  # already absolute: the common case, no urljoin needed
            if not url.split("/", 3)[2].strip("@:"):
                return None
        else:
            try:
                url = urljoin(self.base_url, href) if self.base_url else href
                parts = urlsplit(url)
            except ValueError:
                return None
            if parts.scheme.lower() not in ("http", "https") or not parts.netloc:
                return None
        if self._page is not None and url.split("#", 1)[0] == self._page:
            return None  # the page itself, or an anchor within it
        return url.replace(" ", "%20")

    def _sub_blocks(self, el: _Element, depth: int, *, children_only: bool = True) -> list[str]:
        """Render el's content into a separate list of blocks."""
        saved_buf, saved_blocks = self._buf, self._blocks
        self._buf, self._blocks = [], []
        self._nested += 1
        try:
            if children_only:
                self._children(el, depth)
            else:
                self._walk(el, depth)
            self._flush()
            return self._blocks
        finally:
            self._nested -= 1
            self._buf, self._blocks = saved_buf, saved_blocks

    def _list(self, el: _Element, depth: int, *, ordered: bool) -> None:
        self._flush()
        lines: list[str] = []
        number = _start(el)
        loose: list[str] = []
        for child in el:
            tag = _tag(child)
            if tag != "li":
                if tag in ("ul", "ol"):  # a nested list without its li
                    lines.extend("  " + line for line in self._sub_lines(child, depth))
                elif tag and tag not in DROP_TAGS:
                    loose.extend(self._sub_blocks(child, depth + 1, children_only=False))
                if loose:
                    lines.extend(loose)
                    loose = []
                if child.tail and child.tail.strip():
                    lines.append(_fold(child.tail))
                continue
            if is_hidden(child) or (self.skip is not None and self.skip(child)):
                continue
            blocks = self._sub_blocks(child, depth + 1)
            item = "\n".join(blocks).split("\n")
            item = [line for line in item if line]
            if not item:
                continue
            marker = f"{number}. " if ordered else "• "
            number += 1
            lines.append(marker + item[0])
            lines.extend("  " + line for line in item[1:])
        if el.text and el.text.strip():
            lines.insert(0, _fold(el.text))
        if lines:
            self._blocks.append("\n".join(lines))

    def _sub_lines(self, el: _Element, depth: int) -> list[str]:
        blocks = self._sub_blocks(el, depth, children_only=False)
        return [line for line in "\n".join(blocks).split("\n") if line]

    def _quote(self, el: _Element, depth: int) -> None:
        self._flush()
        blocks = self._sub_blocks(el, depth)
        if blocks:
            quoted = ["\n".join("> " + line for line in block.split("\n")) for block in blocks]
            self._blocks.append("\n>\n".join(quoted))

    def _pre(self, el: _Element) -> None:
        self._flush()
        text = "".join(_texts(el, self.skip, separator=False)).strip("\n")
        lines = [line.rstrip() for line in text.split("\n")]
        text = "\n".join(line for line in lines if line.strip())
        if text:
            self._blocks.append(text)

    def _is_layout_table(self, el: _Element) -> bool:
        return any(_tag(d) in _TABLE_BLOCK_CONTENT for d in el.iterdescendants())

    def _table(self, el: _Element, depth: int) -> None:
        self._flush()
        rows: list[str] = []
        for row in _rows(el):
            cells: list[str] = []
            for cell in row:
                if _tag(cell) not in _CELL_TAGS or is_hidden(cell):
                    continue
                text = " ".join(self._sub_blocks(cell, depth + 1)).replace("\n", " ")
                if text.strip():
                    cells.append(text.strip())
            if cells:
                rows.append(" | ".join(cells))
        caption = next((c for c in el if _tag(c) == "caption"), None)
        if caption is not None:
            text = " ".join(self._sub_blocks(caption, depth + 1))
            if text:
                rows.insert(0, text)
        if rows:
            self._blocks.append("\n".join(rows))


def _is_section_list(el: _Element) -> bool:
    """True for a list whose items mostly carry their own heading."""
    items = headed = 0
    for child in el:
        if _tag(child) != "li":
            continue
        items += 1
        if any(_tag(c) in HEADING_TAGS for c in child):
            headed += 1
    return items > 0 and headed * 2 >= items


def _rows(table: _Element) -> list[_Element]:
    rows: list[_Element] = []
    for child in table:
        tag = _tag(child)
        if tag == "tr":
            rows.append(child)
        elif tag in _TABLE_SECTIONS:
            rows.extend(r for r in child if _tag(r) == "tr")
    return rows


def _start(el: _Element) -> int:
    try:
        return int(el.get("start") or 1)
    except ValueError:
        return 1


def _texts(
    el: _Element, skip: Callable[[_Element], bool] | None = None, *, separator: bool = True
) -> list[str]:
    """The text of el's subtree without dropped, hidden or skipped elements.

    Inline elements join their neighbours as a browser shows them ("<i>b</i>y" is "by");
    with `separator`, a <br> or a block element inside is a space, else <br> is a newline.
    """
    out: list[str] = []

    def visit(node: _Element, depth: int) -> None:
        tag = _tag(node)
        if depth > _MAX_DEPTH:
            out.append(" ".join(node.itertext()))
            return
        if tag in VOID_MISPARSED:
            pass
        elif not tag or tag in DROP_TAGS or is_hidden(node) or (skip is not None and skip(node)):
            return
        if tag == "br":
            out.append("\n" if not separator else " ")
        block = separator and tag in BLOCK_TAGS
        if block:
            out.append(" ")
        if node.text:
            out.append(node.text)
        for child in node:
            visit(child, depth + 1)
            if child.tail:
                out.append(child.tail)
        if block:
            out.append(" ")

    if el.text:
        out.append(el.text)
    for child in el:
        visit(child, 1)
        if child.tail:
            out.append(child.tail)
    return out


def inline_text(el: _Element) -> str:
    """An element's text on one line, as shown: inline elements do not add spaces.

    (`" ".join(el.itertext())` would turn "<em>b</em><em>y</em>" into "b y".)
    """
    return clean_line("".join(_texts(el)))


def bold_heading_text(el: _Element) -> str | None:
    """The heading text of a short bold-only paragraph (`<p><b>Heading</b></p>`), else None."""
    if not len(el) or (el.text and el.text.strip()):
        return None
    children = [c for c in el if isinstance(c.tag, str)]
    bold = [c for c in children if _tag(c) in _BOLD_TAGS]
    if len(bold) != 1 or any(_tag(c) != "br" for c in children if c is not bold[0]):
        return None
    for child in children:
        if child.tail and child.tail.strip():
            return None
    strong = bold[0]
    for node in strong.iterdescendants():
        if not isinstance(node.tag, str) or _tag(node) not in _INLINE_IN_BOLD:
            return None
    text = inline_text(strong)
    if not text or len(text) > BOLD_HEADING_MAX or text.endswith(_NO_HEADING_END):
        return None
    if not any(ch.isalnum() for ch in text):
        return None
    return text


def _title(root: _Element) -> str | None:
    for el in root.iter("title"):
        title = clean_line("".join(el.itertext()))
        return title or None
    return None


def html_to_document(html: str, base_url: str | None = None) -> Document:
    """Convert an HTML fragment or page to a Document of sections and numbered links.

    Headings h1-h6 and short bold-only paragraphs start sections; paragraphs, lists,
    quotes, preformatted text and tables become plain text; scripts, styles, frames,
    forms and other non-text elements are dropped; relative links are resolved against
    `base_url` (links that cannot be made absolute http(s) URLs are not numbered).
    There is no boilerplate detection: for whole web pages use `extract.extract_article`.
    """
    root = parse_html(html)
    if root is None:
        return Document()
    builder = DocumentBuilder(base_url)
    body = next(root.iter("body"), None)
    builder.add(body if body is not None else root)
    return builder.document(title=_title(root))


def _plain(text: str) -> str:
    paragraphs = (_collapse(p) for p in _PARAGRAPH_BREAK.split(clean_block(text)))
    return "\n\n".join(p for p in paragraphs if p)


def html_to_text(html: str) -> str:
    """Reduce HTML (or plain text) to one plain text block: paragraphs separated by a
    blank line, no link numbers. Safe on plain text containing `<` or `&`."""
    if not html:
        return ""
    if "<" not in html or not _TAG_LIKE.search(html):
        return _plain(unescape(html) if "&" in html else html)
    root = parse_html(html)
    if root is None:
        return ""
    builder = DocumentBuilder(heading_levels=(), bold_headings=False, links=False)
    body = next(root.iter("body"), None)
    builder.add(body if body is not None else root)
    return builder.document().text
