"""What the cache keeps for sync with a feed server: which feed is which subscription
there, which article is which item there, and the state the server had for it at the
last sync. An article whose read or starred state differs from that is a mark made here
and not sent yet (a pending change): no separate queue to lose or replay twice.

Functions take the cache's `Db`; each write is one transaction, or joins the caller's.
The tables: schema.py, migration 7.
"""

from __future__ import annotations

import time
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from ekreader.core.store.connection import Db
from ekreader.core.store.feeds import remove_feed
from ekreader.core.text.sanitize import clean_line

KEY_PREFIX = "greader:"
"""The key of an article that came from the server: "greader:" and its item id in hex."""
KEY_END = "greader;"
"""The first key after every KEY_PREFIX one (";" follows ":"): a range the index serves."""


def is_item_key(key: str) -> bool:
    """Whether an article's key is a server item's (see item_key)."""
    return key.startswith(KEY_PREFIX)


def item_key(remote_id: int) -> str:
    """The key of the article that is this item (remote_id in the signed 64-bit form)."""
    return f"{KEY_PREFIX}{remote_id % (1 << 64):016x}"


@dataclass(frozen=True, slots=True)
class Mark:
    """A synced article whose state here differs from the server's at the last sync."""

    remote_id: int
    read: bool
    starred: bool
    server_read: bool
    server_starred: bool

    def wants(self, read_state: bool, on: bool) -> bool:
        """Whether this mark sets READ (read_state) or STARRED to `on`."""
        if read_state:
            return self.read != self.server_read and self.read == on
        return self.starred != self.server_starred and self.starred == on


@dataclass(frozen=True, slots=True)
class SyncedItem:
    """What the cache keeps of an item it stores: its key there, id and state."""

    key: str
    remote_id: int
    read: bool
    starred: bool
    link: str | None


@dataclass(frozen=True, slots=True)
class RemoteFeed:
    """A subscription on the server, sanitized."""

    stream_id: str
    url: str
    title: str | None
    site_url: str | None
    folder: str | None


@dataclass(frozen=True, slots=True)
class LocalFeed:
    """A subscription of this cache the server has not been told about."""

    id: int
    url: str
    folder: str | None
    title: str | None


def forget(db: Db) -> None:
    """Forget every mapping (another account): the articles and feeds stay."""
    with db.write() as sql:
        sql.execute("DELETE FROM sync_items")
        sql.execute("DELETE FROM sync_feeds")
        sql.execute("DELETE FROM meta WHERE key LIKE 'sync.%'")


def unsynced_feeds(db: Db) -> list[LocalFeed]:
    """http(s) subscriptions that have no counterpart on the server yet."""
    rows = db.sql.execute(
        """
        SELECT f.id, f.url, f.folder, f.user_title FROM feeds f
        WHERE f.id NOT IN (SELECT feed_id FROM sync_feeds)
            AND (f.url LIKE 'http://%' OR f.url LIKE 'https://%')
        ORDER BY f.id
        """
    ).fetchall()
    return [LocalFeed(int(r[0]), str(r[1]), r[2], r[3]) for r in rows]


def stream_of(db: Db, feed_id: int) -> str | None:
    """The server's stream id for a feed, or None."""
    row = db.sql.execute(
        "SELECT stream_id FROM sync_feeds WHERE feed_id = ?", (feed_id,)
    ).fetchone()
    return None if row is None else str(row[0])


def url_of_stream(db: Db, stream_id: str) -> str | None:
    """The address of the feed that is this subscription on the server, or None."""
    row = db.sql.execute(
        "SELECT f.url FROM feeds f JOIN sync_feeds s ON s.feed_id = f.id WHERE s.stream_id = ?",
        (stream_id,),
    ).fetchone()
    return None if row is None else str(row[0])


def map_feed(db: Db, feed_id: int, stream_id: str) -> None:
    """Remember that a feed is this subscription on the server."""
    with db.write() as sql:
        sql.execute(
            "DELETE FROM sync_feeds WHERE stream_id = ? AND feed_id != ?", (stream_id, feed_id)
        )
        sql.execute(
            "INSERT OR REPLACE INTO sync_feeds (feed_id, stream_id) VALUES (?, ?)",
            (feed_id, stream_id),
        )


def merge_subscriptions(
    db: Db, remote: Sequence[RemoteFeed]
) -> tuple[int, list[str], dict[str, int]]:
    """Make the cache's subscriptions the server's, in one transaction: map each to a feed
    here (the one mapped before, else the one of its address, else a new one), take its
    title, folder and site; a feed mapped to a subscription the server no longer has is
    removed with its articles. Returns (feeds added, addresses removed, stream id -> feed
    id)."""
    now = int(time.time())
    with db.write() as sql:
        mapped = {
            str(s): int(f) for s, f in sql.execute("SELECT stream_id, feed_id FROM sync_feeds")
        }
        by_url = {str(u): int(i) for i, u in sql.execute("SELECT id, url FROM feeds")}
        streams: dict[str, int] = {}
        added = 0
        for feed in remote:
            feed_id = mapped.get(feed.stream_id) or by_url.get(feed.url)
            if feed_id is None:
                moved = sql.execute(
                    "SELECT feed_id FROM feed_moves WHERE url = ? ORDER BY moved_at DESC",
                    (feed.url,),
                ).fetchone()
                feed_id = int(moved[0]) if moved else None
            if feed_id is None:
                cursor = sql.execute(
                    "INSERT INTO feeds (url, title, folder, site_url, added_at)"
                    " VALUES (?, ?, ?, ?, ?)",
                    (feed.url, feed.title, feed.folder, feed.site_url, now),
                )
                assert cursor.lastrowid is not None
                feed_id = cursor.lastrowid
                by_url[feed.url] = feed_id
                added += 1
            if mapped.get(feed.stream_id) != feed_id:
                map_feed(db, feed_id, feed.stream_id)
            sql.execute(
                """
                UPDATE feeds SET title = coalesce(?, title), folder = ?,
                    site_url = coalesce(?, site_url), last_status = 200, last_error = NULL,
                    last_fetched = ?, gone = 0
                WHERE id = ?
                """,
                (feed.title, feed.folder, feed.site_url, now, feed_id),
            )
            streams[feed.stream_id] = feed_id
        kept = set(streams.values())
        gone = [
            str(row[0])
            for stream, feed_id in mapped.items()
            if stream not in streams and feed_id not in kept
            for row in sql.execute("SELECT url FROM feeds WHERE id = ?", (feed_id,)).fetchall()
        ]
        for url in gone:
            remove_feed(db, url)
    return added, gone, streams


def synced_ids(db: Db) -> set[int]:
    """Every item id the cache holds."""
    return {int(r[0]) for r in db.sql.execute("SELECT remote_id FROM sync_items")}


def pending_marks(db: Db) -> list[Mark]:
    """Synced articles whose state here differs from the server's at the last sync."""
    rows = db.sql.execute(
        """
        SELECT s.remote_id, a.read, a.starred, s.read, s.starred
        FROM sync_items s JOIN articles a ON a.id = s.article_id
        WHERE a.read != s.read OR a.starred != s.starred
        """
    ).fetchall()
    return [Mark(int(r[0]), bool(r[1]), bool(r[2]), bool(r[3]), bool(r[4])) for r in rows]


def confirm_marks(db: Db, remote_ids: Iterable[int], column: str, value: bool) -> None:
    """The server accepted these marks: its `column` ("read" or "starred") is now `value`."""
    assert column in ("read", "starred")
    with db.write() as sql:
        sql.executemany(
            f"UPDATE sync_items SET {column} = ? WHERE remote_id = ?",
            [(int(value), i) for i in remote_ids],
        )


def link_items(db: Db, feed_id: int, items: Sequence[SyncedItem]) -> set[str]:
    """Before a feed's new items are stored: an item whose link an article of the feed
    that came before sync mode (no item id yet) has is joined to that article (its text,
    state and id stay; its state becomes a mark to send when it differs). Returns the
    keys of the items joined so."""
    with db.write() as sql:
        by_link: dict[str, int] = {}
        for article_id, link in sql.execute(
            """
            SELECT a.id, a.link FROM articles a
            WHERE a.feed_id = ? AND a.link IS NOT NULL
                AND a.id NOT IN (SELECT article_id FROM sync_items)
            """,
            (feed_id,),
        ):
            by_link.setdefault(str(link), int(article_id))
        joined: set[str] = set()
        for item in items:
            article_id = by_link.pop(item.link, None) if item.link else None
            if article_id is None:
                continue
            sql.execute(
                "INSERT OR IGNORE INTO sync_items (article_id, remote_id, read, starred)"
                " VALUES (?, ?, ?, ?)",
                (article_id, item.remote_id, int(item.read), int(item.starred)),
            )
            joined.add(item.key)
    return joined


def map_items(db: Db, feed_id: int, items: Sequence[SyncedItem]) -> None:
    """After a feed's items were stored (keyed by their item id): remember each article's
    item id and the server's state, which a new article takes as its own."""
    with db.write() as sql:
        ids = {
            str(key): int(article_id)
            for key, article_id in sql.execute(
                "SELECT key, id FROM articles WHERE feed_id = ? AND key >= ? AND key < ?",
                (feed_id, KEY_PREFIX, KEY_END),
            )
        }
        taken: list[tuple[int, int, int]] = []
        for item in items:
            article_id = ids.get(item.key)
            if article_id is None:
                continue
            inserted = sql.execute(
                "INSERT OR IGNORE INTO sync_items (article_id, remote_id, read, starred)"
                " VALUES (?, ?, ?, ?)",
                (article_id, item.remote_id, int(item.read), int(item.starred)),
            ).rowcount
            if inserted:  # an article known already keeps the state it has here
                taken.append((int(item.read), int(item.starred), article_id))
        sql.executemany("UPDATE articles SET read = ?, starred = ? WHERE id = ?", taken)


def rekey_items(db: Db, feed_id: int, entries: Sequence[tuple[str, str | None]]) -> int:
    """When a feed is fetched again by ekreader itself (out of sync mode): an article that
    came from the server (keyed by its item id) takes the key of the feed's own entry with
    the same link, so the entry updates it instead of appearing a second time. `entries`
    holds (key, link); returns how many articles took a key."""
    with db.write() as sql:
        synced = {
            str(link): int(article_id)
            for article_id, link in sql.execute(
                "SELECT id, link FROM articles WHERE feed_id = ? AND key >= ? AND key < ?"
                " AND link IS NOT NULL",
                (feed_id, KEY_PREFIX, KEY_END),
            )
        }
        if not synced:
            return 0
        taken = {
            str(k) for (k,) in sql.execute("SELECT key FROM articles WHERE feed_id = ?", (feed_id,))
        }
        moved = 0
        for key, link in entries:
            article_id = synced.pop(link, None) if link and key not in taken else None
            if article_id is not None:
                sql.execute("UPDATE articles SET key = ? WHERE id = ?", (key, article_id))
                taken.add(key)
                moved += 1
    return moved


def apply_server_states(db: Db, unread: set[int], starred: set[int], skip: set[int]) -> int:
    """The server's states: an article whose state here did not change since the last
    sync takes the server's; one that changed keeps its own (it is sent, as the later
    change). An item the server no longer lists as unread counts as read there. Returns
    how many articles changed here."""
    with db.write() as sql:
        rows = sql.execute(
            """
            SELECT s.article_id, s.remote_id, a.read, a.starred, s.read, s.starred
            FROM sync_items s JOIN articles a ON a.id = s.article_id
            """
        ).fetchall()
        changed = 0
        reads: list[tuple[int, int, int]] = []
        stars: list[tuple[int, int, int]] = []
        bases: list[tuple[int, int, int]] = []
        for article_id, remote_id, read, star, base_read, base_star in rows:
            if remote_id in skip:
                continue
            server_read = int(remote_id not in unread)
            server_star = int(remote_id in starred)
            if (server_read, server_star) == (base_read, base_star):
                continue
            bases.append((server_read, server_star, article_id))
            touched = False
            if server_read != base_read and read == base_read:
                reads.append((server_read, article_id, read))
                touched = True
            if server_star != base_star and star == base_star:
                stars.append((server_star, article_id, star))
                touched = True
            changed += touched
        # Guarded by the value read above: a mark the reader made meanwhile is kept.
        sql.executemany("UPDATE articles SET read = ? WHERE id = ? AND read = ?", reads)
        sql.executemany("UPDATE articles SET starred = ? WHERE id = ? AND starred = ?", stars)
        sql.executemany("UPDATE sync_items SET read = ?, starred = ? WHERE article_id = ?", bases)
    return changed


def remote_feed(
    stream_id: str, url: str, title: str, site_url: str | None, folders: Sequence[str]
) -> RemoteFeed | None:
    """A server's subscription, sanitized; None when its address is not http(s)."""
    url = clean_line(url)
    if not url.startswith(("http://", "https://")):
        return None
    site = clean_line(site_url) if site_url else ""
    folder = next((clean_line(f) for f in folders if clean_line(f)), None)
    return RemoteFeed(
        stream_id=stream_id,
        url=url,
        title=clean_line(title) or None,
        site_url=site if site.startswith(("http://", "https://")) else None,
        folder=folder,
    )
