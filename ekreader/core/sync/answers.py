"""What a Google Reader API server answers, as plain data: item ids in their two forms,
subscriptions, items and pages of them, parsed defensively. Every string a server sends
is hostile: the caller sanitizes what it stores and shows."""

from __future__ import annotations

import html
import re
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from ekreader.core.sync.session import BadAnswer

ITEM_PREFIX = "tag:google.com,2005:reader/item/"

_U64 = 1 << 64
_LONG_ID = re.compile(re.escape(ITEM_PREFIX) + "[0-9a-fA-F]{1,16}")
_DECIMAL_ID = re.compile("-?[0-9]{1,20}")


def item_id(value: object) -> int:
    """An item id in either of its forms (long "tag:google.com,2005:reader/item/<hex>",
    or decimal) -> one integer, the signed 64-bit form SQLite stores. Raises ValueError
    for anything else."""
    if isinstance(value, bool):
        raise ValueError(f"not an item id: {value!r}")
    if isinstance(value, int):
        number = value
    elif isinstance(value, str) and _LONG_ID.fullmatch(value):
        number = int(value[len(ITEM_PREFIX) :], 16)
    elif isinstance(value, str) and _DECIMAL_ID.fullmatch(value):
        number = int(value)
    else:
        raise ValueError(f"not an item id: {str(value)[:40]!r}")
    if not -(1 << 63) <= number < _U64:
        raise ValueError(f"item id out of range: {number}")
    return number - _U64 if number >= 1 << 63 else number


def long_item_id(number: int) -> str:
    """The long form every server accepts (Miniflux reads a short id as hex)."""
    return f"{ITEM_PREFIX}{number % _U64:016x}"


@dataclass(frozen=True, slots=True)
class Subscription:
    """A feed the account follows, as the server describes it (unsanitized)."""

    id: str
    """The stream id, e.g. "feed/12"."""
    url: str
    """The feed's address."""
    title: str
    site_url: str | None
    folders: tuple[str, ...]
    """Folder (label) names, without the "user/-/label/" prefix."""


@dataclass(frozen=True, slots=True)
class Item:
    """One article as the server gives it (strings unsanitized; HTML as sent)."""

    id: int
    """item_id() form."""
    stream_id: str
    """The subscription it belongs to ("feed/12")."""
    title: str
    link: str | None
    author: str | None
    published: datetime | None
    updated: datetime | None
    crawled_usec: int | None
    """When the server stored it (its own clock), in microseconds."""
    html: str
    """The content (or, failing that, the summary) as HTML."""
    read: bool
    starred: bool
    labels: tuple[str, ...] = ()
    """Folder and tag names the item carries."""


@dataclass(frozen=True, slots=True)
class IdsPage:
    """One page of item ids and where the next one starts."""

    ids: tuple[int, ...]
    continuation: str | None


@dataclass(frozen=True, slots=True)
class ContentsPage:
    """One page of items and where the next one starts."""

    items: tuple[Item, ...]
    continuation: str | None


def text_of(value: object) -> str:
    """A string from an answer, or \"\" for anything else."""
    return value if isinstance(value, str) else ""


def label_name(value: object) -> str | None:
    """ "user/-/label/News" (or "user/1234/label/News") -> "News"."""
    text = text_of(value)
    parts = text.split("/", 3)
    if len(parts) == 4 and parts[0] == "user" and parts[2] == "label" and parts[3]:
        return parts[3]
    return None


def _state(category: str) -> str | None:
    """ "user/-/state/com.google/read" (any user) -> "read"."""
    parts = category.split("/")
    if len(parts) == 5 and parts[0] == "user" and parts[2:4] == ["state", "com.google"]:
        return parts[4]
    return None


def continuation_of(value: object, any_items: bool) -> str | None:
    """FreshRSS sends a string, Miniflux an offset (0 for none)."""
    if not any_items or value in (None, "", 0, "0", False):
        return None
    return str(value) if isinstance(value, (str, int)) else None


def _number(value: object) -> int | None:
    if isinstance(value, bool):
        return None
    if isinstance(value, int):
        return value
    if isinstance(value, str) and value.isdecimal() and len(value) < 25:
        return int(value)
    return None


def _moment(seconds: int | None) -> datetime | None:
    if seconds is None or seconds <= 0:
        return None
    try:
        return datetime.fromtimestamp(seconds, UTC)
    except (OverflowError, OSError, ValueError):
        return None


def _href(links: object) -> str | None:
    if isinstance(links, list):
        for link in links:
            if isinstance(link, dict):
                href = text_of(link.get("href"))
                if href:
                    return href
    return None


def parse_items(answer: dict[str, Any], where: str) -> list[Item]:
    """The items of a stream or item-contents answer; BadAnswer when it holds none such."""
    found = answer.get("items")
    if found is None:
        return []
    if not isinstance(found, list):
        raise BadAnswer(f"{where}: no items list")
    items: list[Item] = []
    for entry in found:
        if not isinstance(entry, dict):
            continue
        try:
            number = item_id(entry.get("id"))
        except ValueError as exc:
            raise BadAnswer(f"{where}: {exc}") from None
        origin = entry.get("origin")
        stream = text_of(origin.get("streamId")) if isinstance(origin, dict) else ""
        categories = [c for c in entry.get("categories") or () if isinstance(c, str)]
        states = {_state(c) for c in categories}
        content = entry.get("content") or entry.get("summary")
        body = text_of(content.get("content")) if isinstance(content, dict) else ""
        crawled = _number(entry.get("timestampUsec"))
        if crawled is None:
            msec = _number(entry.get("crawlTimeMsec"))
            crawled = msec * 1000 if msec is not None else None
        author = html.unescape(text_of(entry.get("author"))) or None
        items.append(
            Item(
                id=number,
                stream_id=stream,
                title=html.unescape(text_of(entry.get("title"))),
                link=_href(entry.get("canonical")) or _href(entry.get("alternate")),
                author=author,
                published=_moment(_number(entry.get("published"))),
                updated=_moment(_number(entry.get("updated"))),
                crawled_usec=crawled,
                html=body,
                read="read" in states,
                starred="starred" in states,
                labels=tuple(label for c in categories if (label := label_name(c))),
            )
        )
    return items
