"""Lenient HTML parsing and what the text walkers know of elements: tag classes, hidden
elements, the text of an element as shown, bold-only headings."""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import cache
from typing import TYPE_CHECKING

from ekreader.core.text.sanitize import clean_line

if TYPE_CHECKING:
    from lxml import etree
    from lxml.etree import _Element

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
# Heading elements and their level.
HEADING_TAGS = {"h1": 1, "h2": 2, "h3": 3, "h4": 4, "h5": 5, "h6": 6}
_BOLD_TAGS = frozenset({"b", "strong"})
_INLINE_IN_BOLD = frozenset({"b", "strong", "em", "i", "u", "span", "font", "br", "mark", "small"})
BOLD_HEADING_MAX = 100
"""Longest text of a bold-only paragraph taken as a heading."""
_NO_HEADING_END = (".", "。", ",", ";", "،", "؛")
_HIDDEN_STYLE = re.compile(r"display\s*:\s*none|visibility\s*:\s*hidden", re.IGNORECASE)
MAX_DEPTH = 200
"""Deepest nesting walked element by element (deeper subtrees are read as plain text)."""
_XML_DECL = re.compile(rb"^\s*<\?xml[^>]*>")
_HEADING_TAG = re.compile(rb"<(/?)[hH]([1-6])(?=[\s/>])")


def _close_headings(data: bytes) -> bytes:
    """Mismatched heading end tags (`<h2>...</h3>`) closed as browsers close them.

    HTML ends an open heading at the end tag of any heading; libxml2 ignores the wrong end
    tag and leaves the heading open, so the rest of the page (the article) ends up inside it.
    """
    pieces: list[bytes] = []
    done = 0
    level = 0  # of the heading open, 0 when none
    for match in _HEADING_TAG.finditer(data):
        closing, digit = match.group(1), match.group(2)[0] - 48
        if not closing:
            level = digit
            continue
        if level and digit != level:
            pieces += (data[done : match.start(2)], b"%d" % level)
            done = match.end(2)
        level = 0
    if not pieces:
        return data
    pieces.append(data[done:])
    return b"".join(pieces)


def parse_html(
    html: str | bytes, encoding: str | None = None, *, html_elements: bool = False
) -> _Element | None:
    """Parse HTML leniently with lxml; None when there is nothing to parse.

    Comments and processing instructions are dropped, the network is never used,
    and malformed markup is recovered as browsers would, more or less. With
    `html_elements`, the tree is made of `lxml.html.HtmlElement` (as trafilatura wants).
    """
    from lxml import etree

    if isinstance(html, str):
        try:
            data = html.encode("utf-8")
        except UnicodeEncodeError:  # lone surrogates
            data = html.encode("utf-8", "replace")
        encoding = "utf-8"
    else:
        data = html
    data = _XML_DECL.sub(b"", data, count=1) if encoding == "utf-8" else data
    if not (encoding or "").lower().replace("-", "").startswith(("utf16", "utf32")):
        data = _close_headings(data)  # an ASCII-compatible encoding: tags are ASCII bytes
    if not data.strip():
        return None
    parser = etree.HTMLParser(
        encoding=encoding,
        remove_comments=True,
        remove_pis=True,
        no_network=True,
        recover=True,
        default_doctype=False,
    )
    if html_elements:
        parser.set_element_class_lookup(_html_lookup())
    try:
        root = etree.fromstring(data, parser)
    except (etree.ParserError, etree.XMLSyntaxError, ValueError, LookupError):
        return None
    return root


@cache
def _html_lookup() -> etree.ElementDefaultClassLookup:
    """Every element an `lxml.html.HtmlElement`, chosen in C: lxml.html's own parser asks
    a Python method for the class of each element it hands out (a tenth of extraction's
    time); its form-specific classes are the only difference, and nothing here uses them."""
    from lxml import etree
    from lxml import html as lxml_html

    return etree.ElementDefaultClassLookup(
        element=lxml_html.HtmlElement,
        comment=lxml_html.HtmlComment,
        pi=lxml_html.HtmlProcessingInstruction,
        entity=lxml_html.HtmlEntity,
    )


def is_hidden(el: _Element) -> bool:
    """True for an element hidden by attribute (hidden, aria-hidden) or inline style."""
    if el.get("hidden") is not None or el.get("aria-hidden") == "true":
        return True
    style = el.get("style")
    return bool(style and _HIDDEN_STYLE.search(style))


def tag_of(el: _Element) -> str:
    """An element's tag name, or "" for comments and processing instructions."""
    tag = el.tag
    return tag if isinstance(tag, str) else ""  # lxml's HTML parser gives lowercase names


def shown_texts(
    el: _Element, skip: Callable[[_Element], bool] | None = None, *, separator: bool = True
) -> list[str]:
    """The text of el's subtree without dropped, hidden or skipped elements.

    Inline elements join their neighbours as a browser shows them ("<i>b</i>y" is "by");
    with `separator`, a <br> or a block element inside is a space, else <br> is a newline.
    """
    out: list[str] = []

    def visit(node: _Element, depth: int) -> None:
        tag = tag_of(node)
        if depth > MAX_DEPTH:
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
    return clean_line("".join(shown_texts(el)))


def bold_heading_text(el: _Element) -> str | None:
    """The heading text of a short bold-only paragraph (`<p><b>Heading</b></p>`), else None."""
    if not len(el) or (el.text and el.text.strip()):
        return None
    children = [c for c in el if isinstance(c.tag, str)]
    bold = [c for c in children if tag_of(c) in _BOLD_TAGS]
    if len(bold) != 1 or any(tag_of(c) != "br" for c in children if c is not bold[0]):
        return None
    for child in children:
        if child.tail and child.tail.strip():
            return None
    strong = bold[0]
    for node in strong.iterdescendants():
        if not isinstance(node.tag, str) or tag_of(node) not in _INLINE_IN_BOLD:
            return None
    text = inline_text(strong)
    if not text or len(text) > BOLD_HEADING_MAX or text.endswith(_NO_HEADING_END):
        return None
    if not any(ch.isalnum() for ch in text):
        return None
    return text


def remove_element(el: _Element) -> None:
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
