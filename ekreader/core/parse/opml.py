"""OPML subscription lists: read (nested folders too) and write. No network."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from xml.sax.saxutils import quoteattr

from ekreader.core.text.sanitize import clean_line
from ekreader.models import Feed

MAX_FOLDER_DEPTH = 16
"""Nested folders kept in a folder path; deeper outlines go into the 16th."""


class OpmlError(Exception):
    """The file is not a readable OPML document."""


@dataclass(frozen=True, slots=True)
class Outline:
    """One subscription from an OPML file."""

    url: str
    title: str | None
    folder: str | None
    """Folder path, nested folders joined with "/"."""


def read_opml(data: bytes) -> list[Outline]:
    """Every outline with an xmlUrl, in document order; folders from the enclosing outlines."""
    if b"<!DOCTYPE" in data[:2048] or b"<!ENTITY" in data:
        raise OpmlError("DOCTYPE and entity declarations are not allowed in OPML")
    try:
        root = ET.fromstring(data)  # noqa: S314 - no DTD or entities (checked above)
    except ET.ParseError as exc:
        raise OpmlError(f"not well-formed XML: {exc}") from None
    if root.tag.lower() != "opml":
        raise OpmlError(f"not an OPML document (root element <{clean_line(root.tag)}>)")
    body = next((child for child in root if child.tag.lower() == "body"), None)
    if body is None:
        raise OpmlError("OPML document has no <body>")
    found: list[Outline] = []
    seen: set[str] = set()

    # Depth-first in document order with a stack of its own: a deeply nested file (no
    # feed reader writes one, an attacker may) must not exhaust Python's recursion.
    stack: list[tuple[Iterator[ET.Element], tuple[str, ...]]] = [(iter(body), ())]
    while stack:
        children, folders = stack[-1]
        child = next(children, None)
        if child is None:
            stack.pop()
            continue
        if child.tag.lower() != "outline":
            continue
        attrs = {k.lower(): v for k, v in child.attrib.items()}
        title = clean_line(attrs.get("title") or attrs.get("text")) or None
        url = clean_line(attrs.get("xmlurl"))
        if url:
            if url not in seen:
                seen.add(url)
                # An untitled feed is exported with its URL as the text: that is no title.
                name = title if title != url else None
                found.append(Outline(url, name, "/".join(folders) or None))
        else:
            deeper = (*folders, title) if title and len(folders) < MAX_FOLDER_DEPTH else folders
            stack.append((iter(child), deeper))
    return found


def write_opml(feeds: Iterable[Feed], title: str = "ekreader subscriptions") -> str:
    """An OPML 2.0 document; feeds with a folder are nested under outlines of that name."""
    lines = [
        '<?xml version="1.0" encoding="UTF-8"?>',
        '<opml version="2.0">',
        f"  <head><title>{_escape(title)}</title></head>",
        "  <body>",
    ]
    open_path: list[str] = []
    for feed in sorted(feeds, key=lambda f: ((f.folder or "").lower(), f.display_title.lower())):
        path = [p for p in (feed.folder or "").split("/") if p]
        common = 0
        while common < min(len(path), len(open_path)) and path[common] == open_path[common]:
            common += 1
        for depth in range(len(open_path), common, -1):
            lines.append("    " + "  " * (depth - 1) + "</outline>")
        for depth in range(common, len(path)):
            name = quoteattr(path[depth])
            lines.append("    " + "  " * depth + f"<outline text={name} title={name}>")
        open_path = path
        indent = "    " + "  " * len(path)
        title_attr = quoteattr(feed.display_title)
        site = f" htmlUrl={quoteattr(feed.site_url)}" if feed.site_url else ""
        lines.append(
            f'{indent}<outline type="rss" text={title_attr} title={title_attr}'
            f" xmlUrl={quoteattr(feed.url)}{site}/>"
        )
    for depth in range(len(open_path), 0, -1):
        lines.append("    " + "  " * (depth - 1) + "</outline>")
    lines += ["  </body>", "</opml>", ""]
    return "\n".join(lines)


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
