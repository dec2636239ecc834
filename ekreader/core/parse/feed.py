"""Feed bytes + response headers -> ParsedFeed (RSS, Atom, RDF via feedparser; JSON Feed). No network."""

from __future__ import annotations

import calendar
import codecs
import re
from collections.abc import Mapping
from datetime import UTC, datetime
from typing import Any
from urllib.parse import urljoin

from ekreader.core.parse.entry import is_empty, make_entry, plain_text, sane_time
from ekreader.core.parse.jsonfeed import parse_json_feed
from ekreader.core.text.charset import bom_encoding, content_type_charset
from ekreader.core.text.sanitize import clean_line
from ekreader.models import ParsedEntry, ParsedFeed

_XML_DECL = re.compile(rb"""^<\?xml[^>]*?encoding\s*=\s*["']([A-Za-z0-9._:-]+)["']""")
# Constructs where feedparser and feedparser-rs read a document differently: DTDs and
# entities, xml:base, base64 content, media:title/description (feedparser maps them onto
# the entry), RSS's non-standard <content>/<body>/<fullitem>, windows-1252 bytes smuggled
# into UTF-8 as C1 characters or numeric references (feedparser repairs them).
_NEEDS_FEEDPARSER = re.compile(
    rb"<!DOCTYPE|<!ENTITY|xml:base|base64|<media:(?:title|description)|<atom:updated"
    rb"|\xc2[\x80-\x9f]|&#(?:1[2-5][0-9]);|&#x[89][0-9a-fA-F];"
)
_RSS_ODDITIES = re.compile(rb"<(?:content|body|xhtml:body|fullitem|summary)[\s>]")
_ROOT = re.compile(rb"<(?:[\w-]+:)?(rss|feed|RDF)[\s>]")


def parse_feed(
    body: bytes, headers: Mapping[str, str] | None = None, url: str = "", *, fast: bool = True
) -> ParsedFeed:
    """Parse a feed document. Never raises: what cannot be read becomes `error`.

    With `fast`, a well-formed UTF-8 feed is read by feedparser-rs (a Rust parser with
    feedparser's API, about 20x faster); anything it reports as ill-formed, any other
    charset, and documents using xml:base or a DTD go to feedparser, the safer judge.
    Both give the same ParsedFeed (a test compares them over a corpus of real feeds).
    """
    headers = {k.lower(): v for k, v in (headers or {}).items()}
    content_type = headers.get("content-type", "")
    try:
        if _looks_like_json(body, content_type):
            return parse_json_feed(body, url)
        if fast:
            parsed = _parse_fast(body, content_type, url)
            if parsed is not None:
                return parsed
        return _parse_xml(body, content_type, url)
    except Exception as exc:  # noqa: BLE001 - a hostile feed must not take the refresh down
        return ParsedFeed(None, None, (), error=f"unreadable feed: {type(exc).__name__}: {exc}")


def _looks_like_json(body: bytes, content_type: str) -> bool:
    # The body decides when it can: servers mislabel feeds (XML sent as application/json).
    start = body.lstrip(codecs.BOM_UTF8 + b" \t\r\n")[:1]
    if start in (b"{", b"<"):
        return start == b"{"
    mime = content_type.split(";")[0].strip().lower()
    return mime in ("application/feed+json", "application/json")


def choose_encoding(body: bytes, content_type: str) -> str | None:
    """The document's charset: a BOM, else the XML declaration, else the HTTP charset.

    The XML prolog wins over HTTP because servers mislabel feeds far more often than
    feed generators do. None when nothing says (feedparser then guesses: UTF-8 first).
    """
    bom = bom_encoding(body)
    if bom is not None:
        return bom[0]
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
    charset = content_type_charset(content_type)
    if charset:
        try:
            codecs.lookup(charset)
        except LookupError:
            return None
        return charset
    return None


def _parse_fast(body: bytes, content_type: str, url: str) -> ParsedFeed | None:
    """feedparser-rs for the common case; None when feedparser must decide."""
    try:
        import feedparser_rs
    except ImportError:  # pragma: no cover - an optional speed-up
        return None
    encoding = choose_encoding(body, content_type)
    if encoding is not None and encoding.lower().replace("_", "-") not in ("utf-8", "utf8"):
        return None
    if _NEEDS_FEEDPARSER.search(body):
        return None
    root = _ROOT.search(body[:4096])
    if root is None or (root.group(1) != b"feed" and _RSS_ODDITIES.search(body)):
        return None
    try:
        body.decode("utf-8")
        _check_well_formed(body)
        parsed = feedparser_rs.parse(body, sanitize_html=False, resolve_relative_uris=False)
    except Exception:  # noqa: BLE001 - feedparser gets its turn
        return None
    version = parsed.version or ""
    if parsed.bozo or not version:
        return None
    if any(link.href == "" for raw in parsed.entries for link in raw.get("links") or ()):
        # feedparser-rs blanks entry links to loopback and private addresses (an intranet
        # feed, a local server): feedparser keeps them.
        return None
    feed = parsed.feed
    return ParsedFeed(
        title=plain_text(feed.get("title")) or None,
        site_url=_url(feed.get("link"), url),
        ttl=_ttl(feed.get("ttl")),
        entries=tuple(
            e
            for e in (_entry(raw, url, _feed_author(parsed)) for raw in parsed.entries)
            if not is_empty(e)
        ),
        format=version,
    )


def _check_well_formed(body: bytes) -> None:
    """Raise unless `body` is well-formed, namespace-correct XML (expat: ~4 ms per MB).
    feedparser-rs is lenient; an ill-formed document is feedparser's to judge."""
    from xml.parsers import expat

    expat.ParserCreate(namespace_separator=" ").Parse(body, True)


_LETTER_RUN = re.compile(rb"[A-Za-z]{64,}")
_REPLACED = re.compile("\ufffd+")
_UTF_WITHOUT_BOM = (
    (b"\x00\x00\x00<", "utf-32-be"),
    (b"<\x00\x00\x00", "utf-32-le"),
    (b"\x00<\x00?", "utf-16-be"),
    (b"<\x00?\x00", "utf-16-le"),
)


def _decodable(body: bytes, encoding: str | None) -> tuple[bytes, str | None]:
    """`body` and an encoding that decodes all of it, so feedparser never falls back to
    chardet on the whole document: chardet's word filter is quadratic in runs of ASCII
    letters (one stray byte before a 20 KB run of letters cost 23 s; a 1 MB feed, hours).

    A document that decodes in its encoding but for a few stray bytes keeps that reading,
    with U+FFFD for them; one that does not (a windows-1252 feed labelled UTF-8, EUC-JP
    with no label) is guessed, as feedparser would."""
    name = encoding or "utf-8"
    if name.lower().replace("_", "-") in ("gb2312", "gbk"):
        name = "gb18030"  # what feedparser reads them as: a superset
    try:
        body.decode(name)
    except (UnicodeDecodeError, LookupError):
        pass
    else:
        return body, name if encoding else None
    if encoding is None:
        sniffed = (n for start, n in _UTF_WITHOUT_BOM if body.startswith(start))
        name = next(sniffed, name)
    try:
        text = body.decode(name, "replace")
    except LookupError:
        text = ""
    # Kept only when the bad bytes are rare strays among many good characters: text in
    # a legacy charset (EUC-JP, GB2312, ...) read as UTF-8 has valid-looking sequences
    # too, but bad ones everywhere.
    good = sum(1 for c in text if c > "\x7f" and c != "\ufffd")
    if not text or good < 50 * len(_REPLACED.findall(text)):
        text = body.decode(_guess_encoding(body), "replace")
    return text.encode("utf-8"), "utf-8"


def _guess_encoding(body: bytes) -> str:
    """The charset of a document that declares none and is not UTF-8: chardet on a
    bounded sample (long runs of ASCII letters say nothing about it), else cp1252."""
    try:
        import chardet
    except ImportError:  # pragma: no cover - chardet is optional, as for feedparser
        return "cp1252"
    sample = _LETTER_RUN.sub(lambda m: m.group()[:64], body[:32768])
    name = str(chardet.detect(sample).get("encoding") or "cp1252")
    try:
        codecs.lookup(name)
    except LookupError:
        return "cp1252"
    return "cp1252" if name.lower() in ("ascii", "iso-8859-1") else name


def _parse_xml(body: bytes, content_type: str, url: str) -> ParsedFeed:
    import feedparser

    body, encoding = _decodable(body, choose_encoding(body, content_type))
    headers = {"content-type": "application/xml" + (f"; charset={encoding}" if encoding else "")}
    # No content-location: with a base URL feedparser also "resolves" a bare guid such as
    # "123456" into a made-up permalink. Relative links are resolved below instead
    # (xml:base inside the document is still honoured by feedparser).
    # Links inside content are resolved later against the entry's link; only a document
    # with xml:base needs feedparser to do it (it alone knows each element's base).
    parsed = feedparser.parse(
        body,
        response_headers=headers,
        sanitize_html=False,
        resolve_relative_uris=b"xml:base" in body,
    )
    feed = parsed.get("feed", {})
    author = _feed_author(parsed)
    entries = tuple(
        e
        for e in (_entry(raw, url, author) for raw in parsed.get("entries", []))
        if not is_empty(e)
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
        title=plain_text(feed.get("title")) or None,
        site_url=_url(feed.get("link"), url),
        ttl=_ttl(feed.get("ttl")),
        entries=entries,
        error=error,
        format=version,
    )


def _feed_author(parsed: Any) -> str | None:
    """Atom entries inherit the feed's author (RFC 4287 4.2.1); RSS ones do not."""
    if not str(parsed.get("version") or "").startswith("atom"):
        return None
    feed = parsed.get("feed", {})
    return _author(feed)


def _author(node: Any) -> str | None:
    """The (first) author of an entry or a feed.

    A single author is taken as written: feedparser's split of "mail (Name)" into name
    and email knows top-level domains of 2-4 letters only ("mail@x.online (Jane)" gave
    the name "ne (Jane"). Of several authors, the first named one (feedparser's `author`
    is then the last)."""
    authors = node.get("authors")
    if isinstance(authors, list) and len(authors) > 1:
        return _first_author(authors) or _person(node.get("author"))
    return _person(node.get("author")) or _first_author(authors)


def _first_author(authors: object) -> str | None:
    """The first named author of a list of author objects (both parsers' shape)."""
    for author in authors if isinstance(authors, list) else ():
        name = _person(author.get("name")) if hasattr(author, "get") else None
        if name:
            return name
    return None


_EMAIL = r"[^\s@()<>]+@[^\s@()<>]+"
_EMAIL_NAME = re.compile(rf"^{_EMAIL}\s*\((.+)\)$")
_NAME_EMAIL = re.compile(rf"^(.+?)\s*(?:<{_EMAIL}>|\({_EMAIL}\))$")


def _person(value: object) -> str | None:
    """An author's name: "mail@example.online (Jane Doe)", "Jane Doe <mail@...>" and
    "Jane Doe (mail@...)" -> "Jane Doe", whatever the mail's top-level domain."""
    name = clean_line(value) if isinstance(value, str) else ""
    match = _EMAIL_NAME.match(name) or _NAME_EMAIL.match(name)
    return (match.group(1).strip() if match else name) or None


def _describe(exc: object) -> str:
    text = clean_line(str(exc)) if exc is not None else ""
    return text or type(exc).__name__


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
        return sane_time(datetime.fromtimestamp(calendar.timegm(value), UTC))  # type: ignore[arg-type]
    except (TypeError, ValueError, OverflowError, OSError):
        return None


def _entry(e: Any, base: str = "", feed_author: str | None = None) -> ParsedEntry:
    """One feedparser (or feedparser-rs) entry -> ParsedEntry."""
    from ekreader.core.text.htmltext import html_to_text

    guid = clean_line(e.get("id")) or None
    link = _url(e.get("link"), base) or _alternate(e.get("links"), base)
    if (
        e.get("guidislink")
        and not e.get("links")
        and guid
        and not guid.startswith(("http://", "https://"))
    ):
        link = None  # feedparser made a "permalink" out of a bare guid such as "123456"
    # `in`, not get(): feedparser's get("updated_parsed") falls back to the published date
    # (with a DeprecationWarning), which would report every entry as updated.
    if isinstance(e, dict):
        updated = _struct_time(e["updated_parsed"]) if "updated_parsed" in e else None
    else:
        updated = _struct_time(e.get("updated_parsed"))
    published = _struct_time(e.get("published_parsed")) or updated
    if updated == published:
        updated = None  # "updated" means changed after publication
    content = _content(e.get("content"))
    summary = plain_text(e.get("summary"))
    if not summary and content:
        summary = clean_line(html_to_text(content))
    title = plain_text(e.get("title"))
    tags = tuple(
        t
        for t in (clean_line(tag.get("term") or tag.get("label")) for tag in e.get("tags") or ())
        if t
    )
    author = _author(e) or feed_author
    return make_entry(guid, title, link, author, published, updated, summary, content, tags)


def _alternate(links: object, base: str) -> str | None:
    """The first http(s) alternate link of an entry's link list."""
    for item in links if isinstance(links, list) else ():
        if hasattr(item, "get") and item.get("rel", "alternate") == "alternate":
            url = _url(item.get("href"), base)
            if url:
                return url
    return None


def _content(items: object) -> str | None:
    if not isinstance(items, list):
        return None
    best: str | None = None
    for item in items:
        value = item.get("value") if hasattr(item, "get") else None
        if isinstance(value, str) and value.strip() and (best is None or len(value) > len(best)):
            best = value
    return best


MAX_TTL = 7 * 24 * 60
"""The longest <ttl> taken (a week, in minutes): a larger one is taken as this."""


def _ttl(value: object) -> int | None:
    """An RSS <ttl> (minutes) as a whole number of at least 1, else None."""
    try:
        minutes = int(str(value).strip())
    except ValueError:
        return None
    return min(minutes, MAX_TTL) if minutes > 0 else None
