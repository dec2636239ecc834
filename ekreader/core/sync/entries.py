"""Items from the sync server -> ParsedEntry, as a feed's items are parsed: plain
sanitized text, the HTML content kept for the decide step, sane dates, and the item's
id for a key (so two items never share an article)."""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence
from datetime import datetime

from ekreader.core.parse.feed import make_entry
from ekreader.core.store.sync import item_key
from ekreader.core.sync.answers import Item
from ekreader.core.text.sanitize import clean_line
from ekreader.models import ParsedEntry, ParsedFeed


def entry_from_item(item: Item) -> ParsedEntry:
    """One server item as a parsed feed entry (keyed by the item's id)."""
    from ekreader.core.text.htmltext import html_to_text

    title = _line(item.title)
    content = item.html or None
    summary = clean_line(html_to_text(content)) if content else ""
    link = clean_line(item.link) if item.link else None
    if link is not None and not link.startswith(("http://", "https://")):
        link = None
    published = _sane(item.published)
    updated = _sane(item.updated)
    if updated == published:
        updated = None
    entry = make_entry(
        None, title, link, _line(item.author) or None, published, updated, summary, content
    )
    return dataclasses.replace(entry, key=item_key(item.id))


def feed_from_items(items: Sequence[Item]) -> ParsedFeed:
    """A feed's worth of items, as the decide step takes them."""
    return ParsedFeed(title=None, site_url=None, entries=tuple(map(entry_from_item, items)))


def _line(text: str | None) -> str:
    """A title or a name: HTML reduced to text when it holds markup, one clean line."""
    if not text:
        return ""
    if "<" in text and ">" in text:
        from ekreader.core.text.htmltext import html_to_text

        text = html_to_text(text)
    return clean_line(text)


def _sane(moment: datetime | None) -> datetime | None:
    """None for a date no news item has (the year 1, 9999): see parse.feed._sane."""
    return moment if moment is not None and 1900 <= moment.year < 2200 else None
