"""Subscriptions in the cache: adding, removing, renaming and filing feeds, finding them
(by their present address or one a permanent redirect moved them from) and remembering how
fetches went."""

from __future__ import annotations

import sqlite3
import time
from dataclasses import replace

from ekreader.core.store.codec import feed_from_row, ts
from ekreader.core.store.connection import Db
from ekreader.core.store.search import unindex_feed
from ekreader.core.text.sanitize import clean_line
from ekreader.models import Feed, FetchRecord

_FEED_COLUMNS = """
    f.id, f.url, coalesce(f.user_title, f.title), f.site_url, f.etag, f.last_modified,
    f.last_status, f.last_error, f.last_fetched, f.gone, f.folder, f.ttl, f.not_before
"""


def add_feed(db: Db, url: str, title: str | None, folder: str | None) -> tuple[Feed, bool]:
    """Subscribe; returns the feed and whether it is new (a title renames one that is not)."""
    with db.write() as sql:
        cursor = sql.execute(
            "INSERT INTO feeds (url, user_title, folder, added_at) VALUES (?, ?, ?, ?)"
            " ON CONFLICT (url) DO NOTHING",
            (url, clean_line(title) or None, clean_line(folder) or None, int(time.time())),
        )
        created = cursor.rowcount == 1
        if not created and title:
            sql.execute("UPDATE feeds SET user_title = ? WHERE url = ?", (clean_line(title), url))
    feed = feed_by_url(db, url)
    assert feed is not None
    return feed, created


def remove_feed(db: Db, url: str) -> bool:
    """Unsubscribe and delete the feed's articles; False when not subscribed."""
    with db.write() as sql:
        unindex_feed(sql, url)
        return sql.execute("DELETE FROM feeds WHERE url = ?", (url,)).rowcount == 1


def rename_feed(db: Db, feed_id: int, title: str | None, *, as_server: bool = False) -> bool:
    """Give a feed a title of the user's own (None or blank: back to the feed's own title);
    with `as_server`, the title is the sync server's (the one a sync would bring), and no
    title of the user's own shadows it. False when there is no such feed."""
    title = clean_line(title) or None
    with db.write() as sql:
        if as_server:
            cursor = sql.execute(
                "UPDATE feeds SET title = coalesce(?, title), user_title = NULL WHERE id = ?",
                (title, feed_id),
            )
        else:
            cursor = sql.execute("UPDATE feeds SET user_title = ? WHERE id = ?", (title, feed_id))
        return cursor.rowcount == 1


def move_feed(db: Db, feed_id: int, folder: str | None) -> bool:
    """Put a feed in a folder (None or blank: in none); False when there is no such feed."""
    with db.write() as sql:
        cursor = sql.execute(
            "UPDATE feeds SET folder = ? WHERE id = ?", (clean_line(folder) or None, feed_id)
        )
        return cursor.rowcount == 1


def has_feeds(db: Db) -> bool:
    """Whether there is any subscription at all (cheap, unlike `all_feeds`)."""
    return db.sql.execute("SELECT 1 FROM feeds LIMIT 1").fetchone() is not None


def all_feeds(db: Db, *, counts: bool = True) -> list[Feed]:
    """All subscriptions by folder and title, with their unread, listed and hidden counts
    (zero without `counts`)."""
    count_columns = (
        """(SELECT count(*) FROM articles a
            WHERE a.feed_id = f.id AND a.read = 0 AND a.hidden = 0),
           (SELECT count(*) FROM articles a WHERE a.feed_id = f.id AND a.hidden = 0),
           (SELECT count(*) FROM articles a WHERE a.feed_id = f.id AND a.hidden = 1)"""
        if counts
        else "0, 0, 0"
    )
    rows = db.sql.execute(
        f"""
        SELECT {_FEED_COLUMNS}, {count_columns}
        FROM feeds f
        ORDER BY f.folder IS NOT NULL, lower(f.folder),
                 lower(coalesce(f.user_title, f.title, f.url))
        """
    ).fetchall()
    found = [feed_from_row(row) for row in rows]
    if counts:
        found = _with_unread_copies(db, found)
    return _with_moves(db, found)


def _with_unread_copies(db: Db, feeds: list[Feed]) -> list[Feed]:
    """The feeds with their unread copies and the feeds each stands behind (those with its
    original or an earlier copy), through the copies' own index (they are few; the
    planner would walk every unread article instead)."""
    behind: dict[int, set[int]] = {}
    home: dict[int, int] = {}
    for copy, feed_id, earlier_feed in db.sql.execute(
        """
        SELECT c.id, c.feed_id, o.feed_id FROM articles c INDEXED BY articles_copies
        JOIN articles o ON o.id = c.copy_of
        WHERE c.copy_of IS NOT NULL AND c.read = 0 AND c.hidden = 0
        UNION ALL
        SELECT c.id, c.feed_id, o.feed_id FROM articles c INDEXED BY articles_copies
        JOIN articles o INDEXED BY articles_copies ON o.copy_of = c.copy_of AND o.id < c.id
        WHERE c.copy_of IS NOT NULL AND c.read = 0 AND c.hidden = 0
        """
    ):
        home[copy] = feed_id
        behind.setdefault(copy, set()).add(earlier_feed)
    per_feed: dict[int, list[frozenset[int]]] = {}
    for copy in sorted(behind):
        per_feed.setdefault(home[copy], []).append(frozenset(behind[copy]))
    return [
        replace(f, copies_behind=tuple(per_feed[f.id])) if f.id in per_feed else f for f in feeds
    ]


def _with_moves(db: Db, feeds: list[Feed]) -> list[Feed]:
    """The feeds with the addresses they had before permanent redirects."""
    moves: dict[int, list[str]] = {}
    if feeds:
        for feed_id, url in db.sql.execute(
            "SELECT feed_id, url FROM feed_moves ORDER BY moved_at DESC, rowid DESC"
        ):
            moves.setdefault(feed_id, []).append(str(url))
    return [replace(f, former_urls=tuple(moves[f.id])) if f.id in moves else f for f in feeds]


def feed_by_url(db: Db, url: str, *, former: bool = False) -> Feed | None:
    """One subscription by URL; with `former`, also by an address it had before a
    permanent redirect moved it (the latest move first)."""
    for feed in _feeds_where(db, "f.url = ?", (url,)):
        return feed
    if former:
        row = db.sql.execute(
            "SELECT feed_id FROM feed_moves WHERE url = ? ORDER BY moved_at DESC, rowid DESC",
            (url,),
        ).fetchone()
        if row is not None:
            return feed_by_id(db, int(row[0]))
    return None


def feed_by_id(db: Db, feed_id: int) -> Feed | None:
    """One subscription by id."""
    for feed in _feeds_where(db, "f.id = ?", (feed_id,)):
        return feed
    return None


def _feeds_where(db: Db, where: str, params: tuple[object, ...]) -> list[Feed]:
    rows = db.sql.execute(
        f"SELECT {_FEED_COLUMNS}, 0, 0, 0 FROM feeds f WHERE {where}", params
    ).fetchall()
    return _with_moves(db, [feed_from_row(row) for row in rows])


def body_hash(db: Db, feed_id: int) -> str | None:
    """Hash of the feed body last parsed (to skip parsing an unchanged body)."""
    row = db.sql.execute("SELECT body_hash FROM feeds WHERE id = ?", (feed_id,)).fetchone()
    return row[0] if row else None


def record_fetch(sql: sqlite3.Connection, feed_id: int, r: FetchRecord) -> None:
    """Remember how a fetch went (inside the caller's write transaction)."""
    sql.execute(
        """
        UPDATE feeds SET last_status = ?, last_error = ?, last_fetched = ?, gone = ?,
            etag = coalesce(?, etag), last_modified = coalesce(?, last_modified),
            body_hash = coalesce(?, body_hash), title = coalesce(?, title),
            site_url = coalesce(?, site_url), ttl = coalesce(?, ttl), not_before = ?
        WHERE id = ?
        """,
        (
            r.status,
            clean_line(r.error) or None,
            int(time.time()),
            int(r.gone),
            r.etag,
            r.last_modified,
            r.body_hash,
            clean_line(r.title) or None,
            r.site_url,
            r.ttl,
            ts(r.not_before),
            feed_id,
        ),
    )
    if r.new_url:
        # A permanent redirect: follow it, unless the target is subscribed already, and
        # remember where the feed was (its settings may be written for that address).
        row = sql.execute("SELECT url FROM feeds WHERE id = ?", (feed_id,)).fetchone()
        moved = sql.execute(
            "UPDATE OR IGNORE feeds SET url = ? WHERE id = ? AND url != ?",
            (r.new_url, feed_id, r.new_url),
        ).rowcount
        if row is not None and moved:
            sql.execute(
                "INSERT OR REPLACE INTO feed_moves (feed_id, url, moved_at) VALUES (?, ?, ?)",
                (feed_id, row[0], int(time.time())),
            )
            sql.execute(
                "DELETE FROM feed_moves WHERE feed_id = ? AND url = ?", (feed_id, r.new_url)
            )
