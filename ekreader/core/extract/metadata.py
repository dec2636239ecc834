"""A page's metadata: title, author, publication date, dateline (from <meta>, JSON-LD and
the page itself), its base URL and its own hosts."""

from __future__ import annotations

import json
import re
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any

from ekreader.core.extract.cues import BY
from ekreader.core.extract.pageitems import line_key
from ekreader.core.text.htmltree import inline_text
from ekreader.core.text.sanitize import clean_line

if TYPE_CHECKING:
    from lxml.etree import _Element


def meta_tags(root: _Element) -> dict[str, str]:
    """The page's <meta> contents by property, name or itemprop (lower-cased; the first wins)."""
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


def json_ld_articles(root: _Element) -> list[dict[str, Any]]:
    """The page's JSON-LD objects that describe an article (in @graph too)."""
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


def title_of(
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


def author_of(root: _Element, meta: dict[str, str], ld: list[dict[str, Any]]) -> str | None:
    """The author's names, comma-separated: from JSON-LD, else <meta>, else rel/itemprop author."""
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
        name = BY.sub("", clean_line(name))
        if name and len(name) <= 100 and name not in cleaned:
            cleaned.append(name)
    return ", ".join(cleaned) or None


def published_of(root: _Element, meta: dict[str, str], ld: list[dict[str, Any]]) -> datetime | None:
    """The publication time (UTC): JSON-LD, else <meta>, else the first <time datetime>."""
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


def dateline_of(root: _Element, first_paragraph: str | None) -> str | None:
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


def base_url(root: _Element, url: str) -> str:
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


def own_sites(url: str, meta: dict[str, str]) -> frozenset[str]:
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
