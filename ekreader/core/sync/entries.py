"""Items from the sync server -> ParsedEntry, as a feed's items are parsed: plain
sanitized text, the HTML content kept for the decide step, sane dates, and the item's
id for a key (so two items never share an article)."""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence

from ekreader.core.parse.entry import make_entry, plain_text, sane_time
from ekreader.core.store.sync import item_key
from ekreader.core.sync.answers import Item
from ekreader.core.text.sanitize import clean_line
from ekreader.models import ParsedEntry, ParsedFeed


def entry_from_item(item: Item) -> ParsedEntry:
    """One server item as a parsed feed entry (keyed by the item's id)."""
    from ekreader.core.text.htmltext import html_to_text

    title = plain_text(item.title)
    content = item.html or None
    summary = clean_line(html_to_text(content)) if content else ""
    link = clean_line(item.link) if item.link else None
    if link is not None and not link.startswith(("http://", "https://")):
        link = None
    published = sane_time(item.published) if item.published else None
    updated = sane_time(item.updated) if item.updated else None
    if updated == published:
        updated = None
    entry = make_entry(
        None, title, link, plain_text(item.author) or None, published, updated, summary, content
    )
    return dataclasses.replace(entry, key=item_key(item.id))


def feed_from_items(items: Sequence[Item]) -> ParsedFeed:
    """A feed's worth of items, as the decide step takes them."""
    return ParsedFeed(title=None, site_url=None, entries=tuple(map(entry_from_item, items)))
