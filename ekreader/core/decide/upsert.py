"""What storing a feed's entries changes: new against changed, the place in the list,
whether the text survives, the breaking flag. Pure: the store writes what is decided here."""

from __future__ import annotations

import hashlib
from collections.abc import Mapping, Sequence
from datetime import datetime

from ekreader.models import ArticleWrite, CachedEntry, EntryDecision, ParsedEntry


def entry_hash(entry: ParsedEntry) -> str:
    """A fingerprint of what the feed says about an entry; unchanged -> nothing to update."""
    parts = (
        entry.title,
        entry.link or "",
        entry.author or "",
        str(_seconds(entry.published)),
        str(_seconds(entry.updated)),
        entry.summary,
        entry.content or "",
        "\n".join(entry.categories),
    )
    return hashlib.blake2b(
        "\x00".join(parts).encode("utf-8", "replace"), digest_size=16
    ).hexdigest()


def _seconds(value: datetime | None) -> int | None:
    return int(value.timestamp()) if value is not None else None


def list_time(published: datetime | None, now: datetime) -> datetime:
    """Where an article goes in the list: its date, never later than now (a date in the
    future would keep it on top for ever), or now when it has none."""
    return min(published, now) if published is not None else now


def plan_writes(
    decisions: Sequence[EntryDecision], cached: Mapping[str, CachedEntry], now: datetime
) -> list[ArticleWrite]:
    """The writes that store one feed's decided entries, given what the cache holds of
    that feed (by entry key).

    - An entry whose key is new is a new article; a key seen twice in one feed counts once
      (the first).
    - An entry whose fingerprint is unchanged writes nothing.
    - A changed entry updates its article: read and starred stay as they were; a corrected
      date moves it in the list (as if it came with that date now), an edit without a new
      date leaves it in place; text extracted from its web page survives an edit of the
      feed entry; it becomes breaking when the edit makes it so, and never stops being.
    """
    writes: list[ArticleWrite] = []
    seen: set[str] = set()
    for decision in decisions:
        entry = decision.entry
        if entry.key in seen:
            continue
        seen.add(entry.key)
        digest = entry_hash(entry)
        old = cached.get(entry.key)
        if old is None:
            writes.append(
                ArticleWrite(
                    entry=entry,
                    article_id=None,
                    entry_hash=digest,
                    sort_time=list_time(entry.published, now),
                    document=decision.document,
                    replace_text=True,
                    breaking_reason=decision.breaking_reason,
                    wants_page=decision.wants_page and entry.link is not None,
                )
            )
        elif old.entry_hash != digest:
            redated = entry.published is not None and _seconds(entry.published) != _seconds(
                old.published
            )
            writes.append(
                ArticleWrite(
                    entry=entry,
                    article_id=old.id,
                    entry_hash=digest,
                    sort_time=list_time(entry.published, now) if redated else None,
                    document=decision.document,
                    replace_text=old.text_source != "page",
                    breaking_reason=decision.breaking_reason,
                    wants_page=False,
                )
            )
    return writes
