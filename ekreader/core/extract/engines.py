"""The main-content engines (trafilatura, readability-lxml) and their output as HTML."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ekreader.core.text.htmltree import HEADING_TAGS, parse_html

if TYPE_CHECKING:
    from lxml.etree import _Element


MAX_LINKS_FOR_TRAFILATURA = 5_000
"""trafilatura's main-content search is quadratic in the number of links (8 000 links:
1 s; 32 000: 19 s); past this, readability-lxml (linear) finds the content instead."""


def trafilatura_body(tree: _Element, url: str) -> _Element | None:
    """trafilatura's main content of a page (its XML elements), else None."""
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
            output_format="xml",  # the body alone: "python" also renders it as text
        )
    except Exception:  # noqa: BLE001 -- a heuristic engine on hostile input: never crash
        return None
    body: _Element | None = getattr(doc, "body", None) if doc is not None else None
    return body


def readability_body(html: str, url: str) -> _Element | None:
    """readability-lxml's main content of a page (the element holding its blocks), else None."""
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


def xml_to_html(body: _Element) -> None:
    """Rename trafilatura's XML elements to their HTML counterparts, in place.

    A heading without its level is a disclosure's label (<details><summary>: a FAQ's
    question): it goes one level below the heading before it ("Your questions" > each
    question), an h3 where none is."""
    level = 2
    for el in body.iter():
        tag = el.tag
        if not isinstance(tag, str):
            continue
        if tag == "head":
            rend = el.get("rend")
            if rend is None:
                el.tag = f"h{min(level + 1, 4)}"
            else:
                el.tag = rend if rend in HEADING_TAGS else "h3"
                level = HEADING_TAGS[el.tag]
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


_WRAPPERS = frozenset({"div", "section", "article", "main"})
_LEAVES = frozenset({"p", "h1", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "table", "blockquote"})


def unwrap_text_blocks(body: _Element) -> None:
    """Make the paragraphs of a body its children where the extractor's fallback returned
    the page's markup: a wrapper (<div>) whose children are paragraphs, headings and lists
    gives way to them, its loose text set in paragraphs. The passes over a body read its
    children. A wrapper of wrappers (a listing's items, each a box of its own) stays,
    but a body that is one wrapper (the page's whole article box, see `_opens`) is
    opened first."""
    while len(body) == 1 and body[0].tag in _WRAPPERS and _opens(body[0]):
        _lift(body, body[0])
    for wrapper in [el for el in body if el.tag in _WRAPPERS]:
        children = [child for child in wrapper if isinstance(child.tag, str)]
        if not children or any(child.tag not in _LEAVES for child in children):
            continue
        _lift(body, wrapper)


def _opens(wrapper: _Element) -> bool:
    """A body's sole wrapper that is an article's box: fewer than half of its children are
    wrappers themselves (a listing's are its item boxes)."""
    children = [child for child in wrapper if isinstance(child.tag, str)]
    return bool(children) and 2 * sum(child.tag in _WRAPPERS for child in children) < len(children)


def _lift(body: _Element, wrapper: _Element) -> None:
    """Put a wrapper's children in its place in the body, its loose text in paragraphs."""
    lifted: list[_Element] = []
    if wrapper.text and wrapper.text.strip():
        lifted.append(_paragraph(wrapper.text))
    for child in list(wrapper):
        tail, child.tail = child.tail, None
        if isinstance(child.tag, str):
            lifted.append(child)
        if tail and tail.strip():
            lifted.append(_paragraph(tail))
    if wrapper.tail and wrapper.tail.strip():
        lifted.append(_paragraph(wrapper.tail))
    at = body.index(wrapper)
    body.remove(wrapper)
    for offset, el in enumerate(lifted):
        body.insert(at + offset, el)


def _paragraph(text: str) -> _Element:
    """A paragraph of loose text."""
    from lxml import etree

    p = etree.Element("p")
    p.text = text.strip()
    return p
