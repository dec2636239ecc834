"""Building a ParsedEntry from what any feed format gives: its identity (guid, else link,
else a hash), a title even when the feed has none, plain-text lines (no network)."""

from __future__ import annotations

import hashlib
import re
from datetime import datetime

from ekreader.core.text.sanitize import clean_line, clean_text
from ekreader.models import ParsedEntry

UNTITLED = "(untitled)"
_TAGLIKE = re.compile(r"<[A-Za-z!/?]|&[#A-Za-z0-9]+;")


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
        title = shorten(summary) or link or UNTITLED
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
        # HTML, kept for extraction, but no control characters or lone surrogates (which
        # SQLite cannot even store) either.
        content=clean_text(content) if content else content,
        categories=categories,
    )


def is_empty(entry: ParsedEntry) -> bool:
    """True for an entry that holds nothing to show or identify it (e.g. the remains of
    an item cut off in a truncated feed): no title, guid, link, summary or content."""
    return entry.title == UNTITLED and not (
        entry.guid or entry.link or entry.summary or entry.content
    )


def shorten(text: str, limit: int = 90) -> str:
    text = text.strip()
    if len(text) <= limit:
        return text
    cut = text[:limit].rsplit(" ", 1)[0]
    return (cut or text[:limit]) + "…"


def plain_text(value: object) -> str:
    """A feed string -> one line of plain text (HTML reduced to text when it has markup).

    The feed's declared type is not trusted: RSS titles are HTML or text by habit, not by
    declaration, and parsers disagree about them."""
    if not isinstance(value, str) or not value:
        return ""
    if _TAGLIKE.search(value):
        from ekreader.core.text.htmltext import html_to_text

        value = html_to_text(value)
    return clean_line(value)


def sane_time(moment: datetime) -> datetime | None:
    """None for a date no news item has (year 1, year 9999): shown in local time, such
    dates leave the range of datetime and crash whatever displays them."""
    return moment if 1900 <= moment.year < 2200 else None
