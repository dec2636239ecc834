"""Feed bytes + response headers -> ParsedFeed (RSS, Atom, RDF via feedparser; JSON Feed). No network."""

from __future__ import annotations

import calendar
import codecs
import hashlib
import json
import re
from collections.abc import Mapping
from datetime import UTC, datetime
from typing import Any
from urllib.parse import urljoin

from ekreader.core.sanitize import clean_line
from ekreader.models import ParsedEntry, ParsedFeed

_XML_DECL = re.compile(rb"""^<\?xml[^>]*?encoding\s*=\s*["']([A-Za-z0-9._:-]+)["']""")
_BOMS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
)
_TAGLIKE = re.compile(r"<[A-Za-z!/?]|&[#A-Za-z0-9]+;")
_JSON_FEED_VERSIONS = ("https://jsonfeed.org/version/", "http://jsonfeed.org/version/")
UNTITLED = "(untitled)"


def parse_feed(body: bytes, headers: Mapping[str, str] | None = None, url: str = "") -> ParsedFeed:
    """Parse a feed document. Never raises: what cannot be read becomes `error`."""
    headers = {k.lower(): v for k, v in (headers or {}).items()}
    content_type = headers.get("content-type", "")
    try:
        if _looks_like_json(body, content_type):
            return parse_json_feed(body, url)
        return _parse_xml(body, content_type, url)
    except Exception as exc:  # noqa: BLE001 - a hostile feed must not take the refresh down
        return ParsedFeed(None, None, (), error=f"unreadable feed: {type(exc).__name__}: {exc}")


def _looks_like_json(body: bytes, content_type: str) -> bool:
    mime = content_type.split(";")[0].strip().lower()
    if mime in ("application/feed+json", "application/json"):
        return True
    return body.lstrip(codecs.BOM_UTF8 + b" \t\r\n")[:1] == b"{"


def choose_encoding(body: bytes, content_type: str) -> str | None:
    """The document's charset: a BOM, else the XML declaration, else the HTTP charset.

    The XML prolog wins over HTTP because servers mislabel feeds far more often than
    feed generators do. None when nothing says (feedparser then guesses: UTF-8 first).
    """
    for bom, name in _BOMS:
        if body.startswith(bom):
            return name
    match = _XML_DECL.match(body[:400].lstrip())
    if match:
        name = match.group(1).decode("ascii")
        try:
            codecs.lookup(name)
        except LookupError:
            pass
        else:
            if not name.lower().replace("_", "-").startswith(("utf-16", "utf-32", "ucs")):
                return name
    charset = re.search(r"charset\s*=\s*[\"']?([A-Za-z0-9._:-]+)", content_type, re.I)
    if charset:
        name = charset.group(1)
        try:
            codecs.lookup(name)
        except LookupError:
            return None
        return name
    return None


def _parse_xml(body: bytes, content_type: str, url: str) -> ParsedFeed:
    import feedparser

    encoding = choose_encoding(body, content_type)
    headers = {"content-type": "application/xml" + (f"; charset={encoding}" if encoding else "")}
    # No content-location: with a base URL feedparser also "resolves" a bare guid such as
    # "123456" into a made-up permalink. Relative links are resolved below instead
    # (xml:base inside the document is still honoured by feedparser).
    parsed = feedparser.parse(body, response_headers=headers, sanitize_html=False)
    feed = parsed.get("feed", {})
    entries = tuple(
        e for e in (_entry(raw, url) for raw in parsed.get("entries", [])) if not _is_empty(e)
    )
    version = parsed.get("version") or ""
    error = None
    if parsed.get("bozo"):
        exc = parsed.get("bozo_exception")
        if not isinstance(exc, feedparser.CharacterEncodingOverride):
            error = f"ill-formed feed: {_describe(exc)}"
    if not version and not entries:
        mime = content_type.split(";")[0].strip() or "no content type"
        error = f"not a feed ({mime})" + (
            f": {_describe(parsed.get('bozo_exception'))}" if parsed.get("bozo") else ""
        )
    return ParsedFeed(
        title=_text(feed.get("title"), feed.get("title_detail")) or None,
        site_url=_url(feed.get("link"), url),
        entries=entries,
        error=error,
        format=version,
    )


def _describe(exc: object) -> str:
    text = clean_line(str(exc)) if exc is not None else ""
    return text or type(exc).__name__


def _text(value: object, detail: Mapping[str, Any] | None = None) -> str:
    """A feed string -> one line of plain text (HTML reduced to text)."""
    if not isinstance(value, str) or not value:
        return ""
    kind = (detail or {}).get("type", "") if isinstance(detail, Mapping) else ""
    if "html" in kind or _TAGLIKE.search(value):
        from ekreader.core.htmltext import html_to_text

        value = html_to_text(value)
    return clean_line(value)


def _url(value: object, base: str = "") -> str | None:
    """An absolute http(s) URL (relative ones resolved against `base`), else None."""
    if not isinstance(value, str):
        return None
    value = clean_line(value)
    if value and base and not value.startswith(("http://", "https://")):
        value = urljoin(base, value)
    return value if value.startswith(("http://", "https://")) else None


def _struct_time(value: object) -> datetime | None:
    if value is None:
        return None
    try:
        return datetime.fromtimestamp(calendar.timegm(value), UTC)  # type: ignore[arg-type]
    except (TypeError, ValueError, OverflowError, OSError):
        return None


def _entry(e: Mapping[str, Any], base: str = "") -> ParsedEntry:
    from ekreader.core.htmltext import html_to_text

    guid = clean_line(e.get("id")) or None
    link = _url(e.get("link"), base)
    if e.get("guidislink") and guid and not guid.startswith(("http://", "https://")):
        link = None  # feedparser made a "permalink" out of a bare guid such as "123456"
    # `in`, not get(): feedparser's get("updated_parsed") falls back to the published date
    # (with a DeprecationWarning), which would report every entry as updated.
    updated = _struct_time(e["updated_parsed"]) if "updated_parsed" in e else None
    published = _struct_time(e.get("published_parsed")) or updated
    content = _content(e.get("content"))
    summary_html = e.get("summary") or ""
    summary = clean_line(html_to_text(summary_html)) if isinstance(summary_html, str) else ""
    if not summary and content:
        summary = clean_line(html_to_text(content))
    title = _text(e.get("title"), e.get("title_detail"))
    tags = tuple(
        t
        for t in (clean_line(tag.get("term") or tag.get("label")) for tag in e.get("tags") or ())
        if t
    )
    author = clean_line(e.get("author")) or None
    return make_entry(guid, title, link, author, published, updated, summary, content, tags)


def _content(items: object) -> str | None:
    if not isinstance(items, list):
        return None
    best: str | None = None
    for item in items:
        value = item.get("value") if isinstance(item, Mapping) else None
        if isinstance(value, str) and value.strip() and (best is None or len(value) > len(best)):
            best = value
    return best


def make_entry(
    guid: str | None,
    title: str,
    link: str | None,
    author: str | None,
    published: datetime | None,
    updated: datetime | None,
    summary: str,
    content: str | None,
    categories: tuple[str, ...] = (),
) -> ParsedEntry:
    """Build an entry with its identity (guid, else link, else a hash of title and date)
    and a title even when the feed gives none."""
    if not title:
        title = _shorten(summary) or link or UNTITLED
    if guid:
        key = guid
    elif link:
        key = link
    else:
        stamp = published.isoformat() if published else ""
        seed = f"{title}\x00{stamp}\x00{summary if not stamp else ''}"
        key = "sha1:" + hashlib.sha1(seed.encode("utf-8", "replace")).hexdigest()  # noqa: S324
    return ParsedEntry(
        key=key,
        guid=guid,
        title=title,
        link=link,
        author=author,
        published=published,
        updated=updated,
        summary=summary,
        content=content,
        categories=categories,
    )


def _is_empty(entry: ParsedEntry) -> bool:
    """True for an entry that holds nothing to show or identify it (e.g. the remains of
    an item cut off in a truncated feed): no title, guid, link, summary or content."""
    return entry.title == UNTITLED and not (
        entry.guid or entry.link or entry.summary or entry.content
    )


def _shorten(text: str, limit: int = 90) -> str:
    text = text.strip()
    if len(text) <= limit:
        return text
    cut = text[:limit].rsplit(" ", 1)[0]
    return (cut or text[:limit]) + "…"


# -- JSON Feed 1.0 / 1.1 -------------------------------------------------------------------


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
    if not (isinstance(version, str) and version.startswith(_JSON_FEED_VERSIONS)):
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
        if not _is_empty(entry)
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
    except ValueError:
        return None
    return parsed.astimezone(UTC) if parsed.tzinfo else parsed.replace(tzinfo=UTC)


def _json_item(item: dict[str, Any], base: str, feed: dict[str, Any]) -> ParsedEntry:
    from ekreader.core.htmltext import html_to_text

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
        title=_text(item.get("title")),
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
    return [
        a["name"] for a in authors if isinstance(a, dict) and isinstance(a.get("name"), str)
    ]


def _text_to_html(text: str) -> str:
    from html import escape

    return "".join(f"<p>{escape(p.strip())}</p>" for p in text.split("\n\n") if p.strip())
