"""How values are kept in the cache's columns: sections and links as text, times as
epoch seconds, rows back to Feed and Headline. Nothing here opens a connection."""

from __future__ import annotations

import json
from collections.abc import Sequence
from datetime import UTC, datetime
from typing import Any

from ekreader.core.text.packed import unpack
from ekreader.models import Feed, Headline, Link, Section

# Sections are stored as one text (so FTS indexes it): sections separated by RS, and
# each as "#"*level, US, heading, US, text. Sanitized text never holds control characters,
# so the separators cannot be forged by a feed.
RS, US = "\x1e", "\x1f"


def encode_sections(sections: Sequence[Section]) -> str:
    """Sections -> the stored text form."""
    return RS.join(f"{'#' * s.level}{US}{s.heading or ''}{US}{s.text}" for s in sections)


def decode_sections(stored: str | None) -> tuple[Section, ...]:
    """The stored text form -> sections."""
    stored = as_text(stored)
    if not stored:
        return ()
    sections: list[Section] = []
    for part in stored.split(RS):
        if part.count(US) < 2:  # not what ekreader wrote: keep it as text
            sections.append(Section(None, part.replace(US, " ")))
            continue
        level, heading, text = part.split(US, 2)
        sections.append(Section(heading or None, text, len(level) or 2))
    return tuple(sections)


def ts(value: datetime | None) -> int | None:
    """A time as the cache keeps it: whole seconds since the epoch."""
    return int(value.timestamp()) if value is not None else None


def dt(value: int | None) -> datetime | None:
    """A time column back as a UTC datetime; None for what ekreader did not write."""
    try:
        return datetime.fromtimestamp(value, UTC) if value is not None else None
    except (OverflowError, OSError, ValueError, TypeError):  # not a time ekreader wrote
        return None


def as_text(value: object) -> str | None:
    """A text column as text: packed text (core/text/packed.py) unpacked, and whatever a
    damaged or edited row holds instead read as text."""
    return unpack(value)


def encode_links(links: Sequence[Link]) -> str | None:
    """An article's links as stored: JSON pairs of URL and text, None when there are none."""
    return (
        json.dumps([[link.url, link.text] for link in links], ensure_ascii=False) if links else None
    )


def decode_links(stored: str | None) -> tuple[Link, ...]:
    """The stored links, numbered from 1; none for a damaged value."""
    if not stored:
        return ()
    try:
        pairs = json.loads(as_text(stored) or "")
    except ValueError:  # a damaged value: the article is still shown, without links
        return ()
    found = [
        p for p in (pairs if isinstance(pairs, list) else ()) if isinstance(p, list) and len(p) == 2
    ]
    return tuple(Link(i, str(url), str(text)) for i, (url, text) in enumerate(found, start=1))


HEADLINE_WIDTH = 16
"""How many columns HEADLINE_COLUMNS has."""

HEADLINE_COLUMNS = """
    a.id, a.feed_id, coalesce(f.user_title, f.title, f.url), f.url, a.title, a.link,
    a.author, a.published, a.sort_time, a.breaking, a.breaking_reason, a.read, a.starred,
    coalesce(a.story, a.id), a.revised_at, a.copy_of
"""
"""The columns a Headline is built from (articles a JOIN feeds f)."""


def feed_from_row(row: Sequence[Any]) -> Feed:
    """A feeds row (the columns of store.feeds' queries; the unread, listed and hidden
    counts last) as a Feed."""
    (fid, url, title, site, etag, modified, status, error, fetched, gone, folder, ttl, wait) = row[
        :13
    ]
    unread, total, hidden = row[13:16]
    return Feed(
        id=fid,
        url=url,
        title=title,
        site_url=site,
        etag=etag,
        last_modified=modified,
        last_status=status,
        last_error=error,
        last_fetched=dt(fetched),
        gone=bool(gone),
        folder=folder,
        unread=unread,
        total=total,
        ttl=ttl if isinstance(ttl, int) else None,
        not_before=dt(wait),
        hidden=hidden,
    )


def headline_from_row(row: Sequence[Any]) -> Headline:
    """A row of HEADLINE_COLUMNS as a Headline."""
    (
        aid,
        fid,
        ftitle,
        furl,
        title,
        link,
        author,
        published,
        sort_time,
        breaking,
        reason,
        read,
        starred,
        story,
        revised,
        copy_of,
    ) = row
    return Headline(
        id=aid,
        feed_id=fid,
        feed_title=as_text(ftitle) or "",
        feed_url=as_text(furl) or "",
        title=as_text(title) or "",
        link=as_text(link),
        author=as_text(author),
        published=dt(published),
        sort_time=dt(sort_time) or datetime.fromtimestamp(0, UTC),
        breaking=bool(breaking),
        breaking_reason=as_text(reason),
        read=bool(read),
        starred=bool(starred),
        story=int(story),
        revised=dt(revised),
        copy_of=copy_of,
    )
