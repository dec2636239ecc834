"""JSON Feed 1.0 / 1.1 bytes -> ParsedFeed (https://jsonfeed.org/version/1.1; no network)."""

from __future__ import annotations

import json
from datetime import UTC, datetime
from typing import Any
from urllib.parse import urljoin

from ekreader.core.parse.entry import is_empty, make_entry, plain_text, sane_time
from ekreader.core.text.sanitize import clean_line
from ekreader.models import ParsedEntry, ParsedFeed

JSON_FEED_VERSIONS = ("https://jsonfeed.org/version/", "http://jsonfeed.org/version/")


def parse_json_feed(body: bytes, url: str = "") -> ParsedFeed:
    """Parse a JSON Feed (https://jsonfeed.org/version/1.1)."""
    try:
        data = json.loads(body.decode("utf-8-sig", errors="replace"))
    except json.JSONDecodeError as exc:
        return ParsedFeed(None, None, (), error=f"not a feed: invalid JSON ({exc})")
    if not isinstance(data, dict):
        return ParsedFeed(None, None, (), error="not a feed: JSON is not an object")
    version = data.get("version")
    error = None
    if not (isinstance(version, str) and version.startswith(JSON_FEED_VERSIONS)):
        error = f"not a JSON Feed (version {clean_line(str(version))!r})"
        if not isinstance(data.get("items"), list):
            return ParsedFeed(None, None, (), error=error)
    base = _str(data.get("feed_url")) or url
    items = data.get("items")
    entries = tuple(
        entry
        for entry in (
            _json_item(item, base, data)
            for item in (items if isinstance(items, list) else [])
            if isinstance(item, dict)
        )
        if not is_empty(entry)
    )
    fmt = "json" + (version.rsplit("/", 1)[-1].replace(".", "") if isinstance(version, str) else "")
    return ParsedFeed(
        title=clean_line(_str(data.get("title"))) or None,
        site_url=_join(url, _str(data.get("home_page_url"))),
        entries=entries,
        error=error,
        format=fmt,
    )


def _str(value: object) -> str:
    return value if isinstance(value, str) else ""


def _join(base: str, link: str) -> str | None:
    link = clean_line(link)
    if not link:
        return None
    return urljoin(base, link) if base else link


def _iso(value: object) -> datetime | None:
    if not isinstance(value, str) or not value:
        return None
    try:
        parsed = datetime.fromisoformat(value.strip())
        # Converting e.g. 9999-12-31T23:59-05:00 to UTC leaves the range of datetime.
        return sane_time(parsed.astimezone(UTC) if parsed.tzinfo else parsed.replace(tzinfo=UTC))
    except (ValueError, OverflowError):
        return None


def _json_item(item: dict[str, Any], base: str, feed: dict[str, Any]) -> ParsedEntry:
    from ekreader.core.text.htmltext import html_to_text

    guid_raw = item.get("id")
    guid = clean_line(str(guid_raw)) if isinstance(guid_raw, (str, int)) else None
    link = _join(base, _str(item.get("url")) or _str(item.get("external_url")))
    html = _str(item.get("content_html"))
    text = _str(item.get("content_text"))
    content = html or None
    summary = clean_line(_str(item.get("summary")))
    if not summary:
        summary = clean_line(html_to_text(html)) if html else clean_line(text)
    if not content and text:
        content = None if text.strip() == summary else _text_to_html(text)
    names = _author_names(item.get("authors") or feed.get("authors"))
    if not names:
        names = _author_names([item.get("author") or feed.get("author")])
    tags = item.get("tags")
    categories = (
        tuple(clean_line(t) for t in tags if isinstance(t, str)) if isinstance(tags, list) else ()
    )
    return make_entry(
        guid=guid or None,
        title=plain_text(item.get("title")),
        link=link,
        author=clean_line(", ".join(names)) or None,
        published=_iso(item.get("date_published")) or _iso(item.get("date_modified")),
        updated=_iso(item.get("date_modified")),
        summary=summary,
        content=content,
        categories=categories,
    )


def _author_names(authors: object) -> list[str]:
    if not isinstance(authors, list):
        return []
    return [a["name"] for a in authors if isinstance(a, dict) and isinstance(a.get("name"), str)]


def _text_to_html(text: str) -> str:
    from html import escape

    return "".join(f"<p>{escape(p.strip())}</p>" for p in text.split("\n\n") if p.strip())
