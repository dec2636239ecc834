"""Retention in the cache: the facts the pure rules judge (core/decide/retention.py), the
removal of articles with everything of theirs, the memory of removed articles' keys (so
their feeds cannot bring them back), and giving the freed space back to the file system.

Everything of an article goes in one transaction: its row, its entries in the search
index, and the rows of every table that references it (those declare ON DELETE CASCADE;
tests/core/test_prune.py checks that every such table does). A prune that is killed
leaves each article either whole or gone.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from ekreader.core.decide.retention import Cached, Cutoffs, Sightings, key_digest
from ekreader.core.store import search, stories
from ekreader.core.store.connection import Db
from ekreader.core.store.errors import USER_ACTIONABLE, StoreError, cache_error, kind

UNMERGED_REMOVALS = "unmerged_removals"
"""The meta key counting the articles removed since the search index was last merged."""
CHUNK = 1000
"""Articles removed per transaction: a long prune never holds the write lock for long,
and a killed one loses nothing but the chunk under way (whole articles)."""


@dataclass(frozen=True, slots=True)
class Removed:
    """An article as removed: for the report (and the dry run)."""

    id: int
    feed_url: str
    title: str
    bytes: int
    """Its stored text, about (what it frees, before the index and page overhead)."""


def facts(db: Db, only: Cutoffs | None = None) -> list[Cached]:
    """What the retention rules judge: every cached article, or `only` the unstarred ones
    that arrived before their cutoff (read and unread ones each their own)."""
    where = ""
    params: tuple[int, ...] = ()
    if only is not None:
        kinds = [
            (f"(read = {flag} AND fetched_at < ?)", before)
            for flag, before in ((1, only.read_before), (0, only.unread_before))
            if before is not None
        ]
        if not kinds:
            return []
        where = "WHERE starred = 0 AND (" + " OR ".join(k for k, _ in kinds) + ")"
        params = tuple(before for _, before in kinds)
    return [
        Cached(int(i), int(f), int(arrived), int(sort), bool(read), bool(starred))
        for i, f, arrived, sort, read, starred in db.sql.execute(
            f"SELECT id, feed_id, fetched_at, sort_time, read, starred FROM articles {where}",
            params,
        )
    ]


def describe(db: Db, ids: Sequence[int]) -> dict[int, Removed]:
    """Title, feed and stored size of articles (for the report), by id."""
    found: dict[int, Removed] = {}
    for chunk in _chunks(ids):
        marks = ",".join("?" * len(chunk))
        for aid, url, title, size in db.sql.execute(
            f"""
            SELECT a.id, f.url, a.title,
                   coalesce(length(CAST(a.title AS BLOB)), 0)
                   + coalesce(length(CAST(a.summary AS BLOB)), 0)
                   + coalesce(length(CAST(a.content AS BLOB)), 0)
                   + coalesce(length(CAST(a.fulltext AS BLOB)), 0)
                   + coalesce(length(CAST(a.links AS BLOB)), 0)
            FROM articles a JOIN feeds f ON f.id = a.feed_id WHERE a.id IN ({marks})
            """,
            chunk,
        ):
            found[int(aid)] = Removed(int(aid), str(url), str(title), int(size))
    return found


def stored_bytes(db: Db) -> int:
    """The text every article holds, summed (to estimate what a removal frees)."""
    row = db.sql.execute(
        """
        SELECT sum(coalesce(length(CAST(title AS BLOB)), 0)
                   + coalesce(length(CAST(summary AS BLOB)), 0)
                   + coalesce(length(CAST(content AS BLOB)), 0)
                   + coalesce(length(CAST(fulltext AS BLOB)), 0)
                   + coalesce(length(CAST(links AS BLOB)), 0))
        FROM articles
        """
    ).fetchone()
    return int(row[0] or 0)


def remove(db: Db, ids: Sequence[int]) -> list[int]:
    """Remove articles with everything of theirs, CHUNK to a transaction, and remember
    their keys; a starred article is never removed (checked again inside each
    transaction: it may have been starred since the decision). Returns the ids removed."""
    try:
        return _remove(db, ids)
    except sqlite3.DatabaseError as exc:  # e.g. an index entry missing: a damaged cache
        if isinstance(exc, sqlite3.OperationalError) and kind(exc) in USER_ACTIONABLE:
            raise StoreError(cache_error(db.path, exc)) from None
        raise StoreError(cache_error(db.path, exc, damaged=True)) from None


def _remove(db: Db, ids: Sequence[int]) -> list[int]:
    gone: list[int] = []
    for chunk in _chunks(ids):
        marks = ",".join("?" * len(chunk))
        where = f"id IN ({marks}) AND starred = 0"
        with db.write() as sql:
            rows = sql.execute(f"SELECT id, feed_id, key FROM articles WHERE {where}", chunk)
            found = rows.fetchall()
            sql.executemany(
                "INSERT OR IGNORE INTO removed (feed_id, key_digest) VALUES (?, ?)",
                [(feed_id, key_digest(str(key))) for _, feed_id, key in found],
            )
            search.unindex_where(sql, f"a.{where}", chunk)
            stories.before_removal(sql, [aid for aid, _, _ in found])
            sql.execute(f"DELETE FROM articles WHERE {where}", chunk)
            sql.execute(
                "INSERT INTO meta (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE "
                "SET value = CAST(value AS INTEGER) + excluded.value",
                (UNMERGED_REMOVALS, len(found)),
            )
        gone.extend(int(aid) for aid, _, _ in found)
    return gone


def unmerged_removals(db: Db) -> int:
    """Articles removed since the search index was last merged (counted by `remove`)."""
    value = db.meta(UNMERGED_REMOVALS)
    return int(value) if value and value.isdigit() else 0


def merge_index(db: Db) -> None:
    """Merge the search index (search.compact) and start counting removals again."""
    with db.write() as sql:
        search.compact(sql)
        sql.execute("DELETE FROM meta WHERE key = ?", (UNMERGED_REMOVALS,))


def article_count(db: Db) -> int:
    """How many articles the cache holds."""
    return int(db.sql.execute("SELECT count(*) FROM articles").fetchone()[0])


def remembered(sql: sqlite3.Connection, feed_id: int) -> dict[int, int | None]:
    """The removed articles remembered for a feed: key digest -> since when its feed has
    not listed it (None: listed at its last parse, or not parsed since the removal)."""
    return {
        int(digest): (None if since is None else int(since))
        for digest, since in sql.execute(
            "SELECT key_digest, missing_since FROM removed WHERE feed_id = ?", (feed_id,)
        )
    }


def record_sightings(sql: sqlite3.Connection, feed_id: int, sightings: Sightings, now: int) -> None:
    """What a parsed body of the feed said about its removed articles (inside the
    caller's transaction)."""
    if sightings.listed_again:
        sql.executemany(
            "UPDATE removed SET missing_since = NULL WHERE feed_id = ? AND key_digest = ?",
            [(feed_id, d) for d in sightings.listed_again],
        )
    if sightings.newly_missing:
        sql.executemany(
            "UPDATE removed SET missing_since = ? WHERE feed_id = ? AND key_digest = ?",
            [(now, feed_id, d) for d in sightings.newly_missing],
        )


def forget(db: Db, before: int) -> int:
    """Forget removed articles their feeds have not listed since before `before`."""
    with db.write() as sql:
        return sql.execute("DELETE FROM removed WHERE missing_since < ?", (before,)).rowcount


def remembered_count(db: Db) -> int:
    """How many removed articles are remembered, all feeds together."""
    return int(db.sql.execute("SELECT count(*) FROM removed").fetchone()[0])


# -- the file -----------------------------------------------------------------------------


def file_bytes(db: Db) -> int:
    """The cache's size on disk: the file and its write-ahead log."""
    total = 0
    for path in (db.path, db.path.with_name(db.path.name + "-wal")):
        try:
            total += path.stat().st_size
        except OSError:
            continue
    return total


def incremental(db: Db) -> bool:
    """Whether the file can give free pages back (auto_vacuum = INCREMENTAL)."""
    return int(db.sql.execute("PRAGMA auto_vacuum").fetchone()[0]) == 2


def give_back(db: Db) -> None:
    """Give the file's free pages back to the file system (incremental vacuum: pages move
    within the file, which never gets rewritten whole), then checkpoint so the file
    shrinks now rather than at the last connection's close."""
    if incremental(db) and int(db.sql.execute("PRAGMA freelist_count").fetchone()[0]):
        # executescript steps the pragma to its end (execute frees one page a step)
        db.sql.executescript("PRAGMA incremental_vacuum;")
    db.checkpoint()


def make_incremental(db: Db) -> bool:
    """Switch a cache made before auto_vacuum to INCREMENTAL: a VACUUM, which rewrites the
    whole file once, so only when no other connection has the cache open (the reader, a
    fetch); meanwhile others wait for it. Returns whether it happened."""
    if incremental(db):
        return False
    sql = db.sql
    sql.execute("PRAGMA locking_mode = EXCLUSIVE")
    try:
        sql.execute("PRAGMA busy_timeout = 0")
        try:
            sql.execute("BEGIN EXCLUSIVE")  # refused while any other connection is open
        except sqlite3.OperationalError:
            return False
        sql.execute("COMMIT")  # the exclusive lock stays (locking_mode)
        sql.execute("PRAGMA auto_vacuum = INCREMENTAL")
        sql.execute("VACUUM")
        return True
    finally:
        sql.execute("PRAGMA locking_mode = NORMAL")
        sql.execute("SELECT count(*) FROM meta").fetchone()  # releases the lock
        db.restore_busy_timeout()


def _chunks(ids: Iterable[int]) -> Iterable[list[int]]:
    batch: list[int] = []
    for article_id in ids:
        batch.append(int(article_id))
        if len(batch) == CHUNK:
            yield batch
            batch = []
    if batch:
        yield batch
