"""The SQLite article cache: schema and migrations, feeds, articles, full-text search.

One `Store` per thread or process. Every write is one short transaction (WAL, a busy
timeout), so a killed process loses at most the batch it was writing and two processes
can share the cache.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import sqlite3
import time
import unicodedata
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, replace
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from ekreader.core.text.fold import search_fold
from ekreader.core.text.sanitize import clean_line
from ekreader.models import (
    Article,
    Document,
    EntryDecision,
    Feed,
    Headline,
    Link,
    ParsedEntry,
    Section,
)

BUSY_TIMEOUT_MS = 30_000
_MAX_INT = 2**63 - 1
"""SQLite's largest integer: ids and limits beyond it cannot be bound (OverflowError)."""

MIGRATIONS: tuple[str, ...] = (
    # 1: the first schema.
    """
    CREATE TABLE feeds (
        id INTEGER PRIMARY KEY,
        url TEXT NOT NULL UNIQUE,
        title TEXT,
        user_title TEXT,
        site_url TEXT,
        folder TEXT,
        etag TEXT,
        last_modified TEXT,
        body_hash TEXT,
        last_status INTEGER,
        last_error TEXT,
        last_fetched INTEGER,
        gone INTEGER NOT NULL DEFAULT 0,
        added_at INTEGER NOT NULL
    );
    CREATE TABLE articles (
        id INTEGER PRIMARY KEY,
        feed_id INTEGER NOT NULL REFERENCES feeds(id) ON DELETE CASCADE,
        key TEXT NOT NULL,
        guid TEXT,
        title TEXT NOT NULL,
        link TEXT,
        author TEXT,
        published INTEGER,
        updated INTEGER,
        sort_time INTEGER NOT NULL,
        summary TEXT NOT NULL DEFAULT '',
        content TEXT,
        fulltext TEXT,
        links TEXT,
        dateline TEXT,
        text_source TEXT,
        page_status TEXT,
        page_error TEXT,
        page_attempts INTEGER NOT NULL DEFAULT 0,
        breaking INTEGER NOT NULL DEFAULT 0,
        breaking_reason TEXT,
        read INTEGER NOT NULL DEFAULT 0,
        starred INTEGER NOT NULL DEFAULT 0,
        scroll REAL NOT NULL DEFAULT 0,
        entry_hash TEXT NOT NULL,
        fetched_at INTEGER NOT NULL,
        UNIQUE (feed_id, key)
    );
    CREATE INDEX articles_time ON articles (sort_time DESC, id DESC);
    CREATE INDEX articles_feed_time ON articles (feed_id, sort_time DESC, id DESC);
    CREATE INDEX articles_feed_unread ON articles (feed_id) WHERE read = 0;
    CREATE INDEX articles_unread ON articles (sort_time DESC, id DESC) WHERE read = 0;
    CREATE INDEX articles_breaking ON articles (sort_time DESC, id DESC) WHERE breaking = 1;
    CREATE INDEX articles_starred ON articles (sort_time DESC, id DESC) WHERE starred = 1;
    CREATE INDEX articles_pages ON articles (page_status) WHERE page_status IN ('pending', 'failed');
    CREATE VIRTUAL TABLE articles_fts USING fts5 (
        title, summary, fulltext,
        content = 'articles', content_rowid = 'id',
        tokenize = 'unicode61 remove_diacritics 2'
    );
    CREATE TRIGGER articles_fts_insert AFTER INSERT ON articles BEGIN
        INSERT INTO articles_fts (rowid, title, summary, fulltext)
        VALUES (new.id, new.title, new.summary, new.fulltext);
    END;
    CREATE TRIGGER articles_fts_delete AFTER DELETE ON articles BEGIN
        INSERT INTO articles_fts (articles_fts, rowid, title, summary, fulltext)
        VALUES ('delete', old.id, old.title, old.summary, old.fulltext);
    END;
    CREATE TRIGGER articles_fts_update AFTER UPDATE OF title, summary, fulltext ON articles BEGIN
        INSERT INTO articles_fts (articles_fts, rowid, title, summary, fulltext)
        VALUES ('delete', old.id, old.title, old.summary, old.fulltext);
        INSERT INTO articles_fts (rowid, title, summary, fulltext)
        VALUES (new.id, new.title, new.summary, new.fulltext);
    END;
    """,
    # 2: the Breaking view lists the latest arrivals first.
    """
    DROP INDEX articles_breaking;
    CREATE INDEX articles_breaking ON articles (fetched_at / 600 DESC, sort_time DESC, id DESC)
        WHERE breaking = 1;
    """,
    # 3: a leaner search index: no token positions (searches are sets of words, never
    # phrases), and merges in larger steps. About 13 % less indexing CPU per article.
    """
    DROP TRIGGER articles_fts_insert;
    DROP TRIGGER articles_fts_delete;
    DROP TRIGGER articles_fts_update;
    DROP TABLE articles_fts;
    CREATE VIRTUAL TABLE articles_fts USING fts5 (
        title, summary, fulltext,
        content = 'articles', content_rowid = 'id',
        tokenize = 'unicode61 remove_diacritics 2', detail = column
    );
    INSERT INTO articles_fts (articles_fts, rank) VALUES ('automerge', 8);
    CREATE TRIGGER articles_fts_insert AFTER INSERT ON articles BEGIN
        INSERT INTO articles_fts (rowid, title, summary, fulltext)
        VALUES (new.id, new.title, new.summary, new.fulltext);
    END;
    CREATE TRIGGER articles_fts_delete AFTER DELETE ON articles BEGIN
        INSERT INTO articles_fts (articles_fts, rowid, title, summary, fulltext)
        VALUES ('delete', old.id, old.title, old.summary, old.fulltext);
    END;
    CREATE TRIGGER articles_fts_update AFTER UPDATE OF title, summary, fulltext ON articles BEGIN
        INSERT INTO articles_fts (articles_fts, rowid, title, summary, fulltext)
        VALUES ('delete', old.id, old.title, old.summary, old.fulltext);
        INSERT INTO articles_fts (rowid, title, summary, fulltext)
        VALUES (new.id, new.title, new.summary, new.fulltext);
    END;
    INSERT INTO articles_fts (articles_fts) VALUES ('rebuild');
    """,
    # 4: search folds accents in every script (Greek, Cyrillic, Arabic, Hebrew ...), not
    # only in Latin as FTS5's tokenizer does: the index holds the text as search_fold()
    # gives it, and queries are folded the same way. The Store keeps the index itself
    # (Store._reindex), no longer by triggers: a trigger would need the fold as an SQL
    # function, which another program editing the cache (the sqlite3 shell) does not
    # have, so its every update or delete of an article would fail; and through an
    # insert trigger FTS5 writes every row out as a segment of its own, which the index
    # then has to merge (storing an entry of the bench took 103 us of CPU so, 69 us now,
    # folding included). 'rebuild' would index the unfolded columns, so the index is made
    # anew and filled here through ek_fold (search_fold, which every Store registers).
    """
    DROP TRIGGER articles_fts_insert;
    DROP TRIGGER articles_fts_delete;
    DROP TRIGGER articles_fts_update;
    DROP TABLE articles_fts;
    CREATE VIRTUAL TABLE articles_fts USING fts5 (
        title, summary, fulltext,
        content = 'articles', content_rowid = 'id',
        tokenize = 'unicode61 remove_diacritics 2', detail = column
    );
    INSERT INTO articles_fts (articles_fts, rank) VALUES ('automerge', 8);
    INSERT INTO articles_fts (rowid, title, summary, fulltext)
        SELECT id, ek_fold(title), ek_fold(summary), ek_fold(fulltext) FROM articles;
    """,
    # 5: the addresses a feed had before permanent redirects moved it, so that settings
    # written for the address it was subscribed under ([feeds."URL"]) still apply.
    """
    CREATE TABLE feed_moves (
        feed_id INTEGER NOT NULL REFERENCES feeds(id) ON DELETE CASCADE,
        url TEXT NOT NULL,
        moved_at INTEGER NOT NULL,
        PRIMARY KEY (feed_id, url)
    );
    """,
    # 6: facts about the cache itself; 'first_run' once the reader's first start set it
    # up (a cache that already has subscriptions had its first start, in effect), so that
    # unsubscribing from everything never brings the default feeds back.
    """
    CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
    INSERT INTO meta (key, value) SELECT 'first_run', 'before schema 6'
        WHERE EXISTS (SELECT 1 FROM feeds);
    """,
)
SCHEMA_VERSION = len(MIGRATIONS)
SEARCH_TOKENIZER = "unicode61 remove_diacritics 2"
"""The search index's tokenizer (as the latest migration creates it)."""

_FTS_INSERT = "INSERT INTO articles_fts (rowid, title, summary, fulltext) VALUES (?, ?, ?, ?)"
_FTS_DELETE = (
    "INSERT INTO articles_fts (articles_fts, rowid, title, summary, fulltext)"
    " VALUES ('delete', ?, ?, ?, ?)"
)
"""Add an article to the search index, or take it out: with its text folded (search_fold),
and to take it out, the values it was added with (FTS5 removes the words it is given)."""

# Sections are stored as one text (so FTS indexes it): sections separated by RS, and
# each as "#"*level, US, heading, US, text. Sanitized text never holds control characters,
# so the separators cannot be forged by a feed.
_RS, _US = "\x1e", "\x1f"


class StoreError(Exception):
    """The cache cannot be opened or used; the message says which file and what to do."""


@dataclass(frozen=True, slots=True)
class HeadlineQuery:
    """Which headlines to list. Fields combine with AND."""

    feed_id: int | None = None
    feed_url: str | None = None
    breaking: bool = False
    unread: bool = False
    starred: bool = False
    search: str | None = None


@dataclass(frozen=True, slots=True)
class UpsertResult:
    """What storing one feed's entries changed."""

    new_ids: tuple[int, ...]
    updated: int
    new_breaking: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class FetchRecord:
    """How one fetch of a feed went. Validators, hash, title and site are kept when None."""

    status: int | None = None
    error: str | None = None
    etag: str | None = None
    last_modified: str | None = None
    body_hash: str | None = None
    title: str | None = None
    site_url: str | None = None
    gone: bool = False
    new_url: str | None = None
    """Where a permanent redirect (301/308) moved the feed."""


@dataclass(frozen=True, slots=True)
class PageJob:
    """An article whose web page is to be downloaded and extracted."""

    article_id: int
    url: str
    attempts: int
    feed_url: str = ""


def encode_sections(sections: Sequence[Section]) -> str:
    """Sections -> the stored text form."""
    return _RS.join(f"{'#' * s.level}{_US}{s.heading or ''}{_US}{s.text}" for s in sections)


def decode_sections(stored: str | None) -> tuple[Section, ...]:
    """The stored text form -> sections."""
    stored = _str(stored)
    if not stored:
        return ()
    sections: list[Section] = []
    for part in stored.split(_RS):
        if part.count(_US) < 2:  # not what ekreader wrote: keep it as text
            sections.append(Section(None, part.replace(_US, " ")))
            continue
        level, heading, text = part.split(_US, 2)
        sections.append(Section(heading or None, text, len(level) or 2))
    return tuple(sections)


def _ts(value: datetime | None) -> int | None:
    return int(value.timestamp()) if value is not None else None


def _dt(value: int | None) -> datetime | None:
    try:
        return datetime.fromtimestamp(value, UTC) if value is not None else None
    except (OverflowError, OSError, ValueError, TypeError):  # not a time ekreader wrote
        return None


def _str(value: object) -> str | None:
    """A text column as text, whatever a damaged or edited row holds instead."""
    if value is None or isinstance(value, str):
        return value
    if isinstance(value, bytes):
        return value.decode("utf-8", "replace")
    return str(value)


def entry_hash(entry: ParsedEntry) -> str:
    """A fingerprint of what the feed says about an entry; unchanged -> nothing to update."""
    parts = (
        entry.title,
        entry.link or "",
        entry.author or "",
        str(_ts(entry.published)),
        str(_ts(entry.updated)),
        entry.summary,
        entry.content or "",
        "\n".join(entry.categories),
    )
    return hashlib.blake2b(
        "\x00".join(parts).encode("utf-8", "replace"), digest_size=16
    ).hexdigest()


def fts_query(text: str, cut: Callable[[str], list[str]] | None = None) -> str | None:
    """A user's words -> an FTS5 query: every token must match; the last as a prefix.

    The words are folded as the index is (search_fold), then cut into tokens where the
    index's tokenizer cuts them (`cut`: a Store asks SQLite's own tokenizer; by default
    _tokens), so "e-mail" asks for "e" and "mail": the index keeps no positions, so it
    answers sets of tokens, not phrases. Every token is quoted, so nothing the user
    types is FTS5 syntax, and each is one token: a quoted string the tokenizer cut in
    two would be a phrase, which an index without positions refuses (an error)."""
    tokens = (cut or _tokens)(search_fold(clean_line(text)))
    if not tokens:
        return None
    quoted = ['"' + token.replace('"', '""') + '"' for token in tokens]
    quoted[-1] += "*"
    return " ".join(quoted)


def _tokens(text: str) -> list[str]:
    """Cut text about where FTS5's unicode61 tokenizer does: tokens are runs of letters,
    digits (categories L*, N*) and private-use characters (Co). Combining marks cut too:
    after search_fold the marks left are those of scripts such as Devanagari or Thai,
    which unicode61 takes for separators ("हिन्दी" is "ह", "न", "द" to it)."""
    tokens: list[str] = []
    current: list[str] = []
    for char in text:
        if char.isalnum() or unicodedata.category(char) == "Co":
            current.append(char)
        elif current:
            tokens.append("".join(current))
            current = []
    if current:
        tokens.append("".join(current))
    return tokens


_HEADLINE_COLUMNS = """
    a.id, a.feed_id, coalesce(f.user_title, f.title, f.url), f.url, a.title, a.link,
    a.author, a.published, a.sort_time, a.breaking, a.breaking_reason, a.read, a.starred
"""


class Store:
    """A connection to the cache. Not shared across threads: open one per thread."""

    def __init__(self, connection: sqlite3.Connection, path: Path) -> None:
        self._db = connection
        self.path = path
        # The search index is filled with text folded through this function.
        connection.create_function("ek_fold", 1, search_fold, deterministic=True)
        self._cutter: bool | None = None
        self._last_match: tuple[str, str | None] | None = None
        self._writing = False  # inside a write transaction of this Store

    # -- opening -----------------------------------------------------------------------

    @classmethod
    def open(cls, path: Path, *, readonly: bool = False) -> Store:
        """Open (creating and migrating if needed) the cache at `path`."""
        try:
            if not readonly:
                path.parent.mkdir(parents=True, exist_ok=True)
            elif not path.exists():
                raise StoreError(f"{path}: no cache yet (run 'ekreader fetch' first)")
            uri = f"file:{path}?mode=ro" if readonly else f"file:{path}"
            db = sqlite3.connect(
                uri,
                uri=True,
                timeout=BUSY_TIMEOUT_MS / 1000,
                isolation_level=None,
                check_same_thread=False,
            )
        except sqlite3.Error as exc:
            raise StoreError(cache_error(path, exc)) from None
        except OSError as exc:
            raise StoreError(f"{path}: cannot create the cache: {exc.strerror or exc}") from None
        store = cls(db, path)
        deadline = time.monotonic() + BUSY_TIMEOUT_MS / 1000
        while True:
            try:
                store._setup(readonly)
                return store
            except (sqlite3.OperationalError, StoreError) as exc:
                # Two processes creating the cache at once: switching a new file to WAL
                # can answer "locked" at once, without waiting; try again for a while.
                if _is_busy(exc) and time.monotonic() < deadline:
                    time.sleep(0.05)
                    continue
                db.close()
                if isinstance(exc, StoreError):
                    raise
                raise StoreError(cache_error(path, exc, damaged=True)) from None
            except sqlite3.DatabaseError as exc:
                db.close()
                raise StoreError(cache_error(path, exc, damaged=True)) from None

    def _setup(self, readonly: bool) -> None:
        db = self._db
        db.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        db.execute("PRAGMA foreign_keys = ON")
        if not readonly:
            mode = db.execute("PRAGMA journal_mode").fetchone()[0]
            if mode != "wal":
                db.execute("PRAGMA journal_mode = WAL")
            db.execute("PRAGMA synchronous = NORMAL")
        version = db.execute("PRAGMA user_version").fetchone()[0]
        if version > SCHEMA_VERSION:
            raise StoreError(
                f"{self.path}: this cache was written by a newer ekreader "
                f"(schema {version}, this one knows {SCHEMA_VERSION}); upgrade ekreader"
            )
        if version < SCHEMA_VERSION:
            if readonly:
                raise StoreError(f"{self.path}: cache needs an upgrade; run 'ekreader fetch'")
            self._migrate()
        db.execute("SELECT count(*) FROM feeds").fetchone()

    def _migrate(self) -> None:
        with self._write():
            version = self._db.execute("PRAGMA user_version").fetchone()[0]
            for number in range(version, SCHEMA_VERSION):
                for statement in _split_script(MIGRATIONS[number]):
                    self._db.execute(statement)
            self._db.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")

    def close(self) -> None:
        """Close the connection (a WAL checkpoint happens when the last one closes)."""
        self._db.close()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    @contextmanager
    def _write(self) -> Iterator[sqlite3.Connection]:
        """One write transaction, taken at once (BEGIN IMMEDIATE) so it never deadlocks.
        Inside `transaction()` it joins the transaction already open."""
        if self._writing:
            yield self._db
            return
        try:
            self._db.execute("BEGIN IMMEDIATE")
        except sqlite3.OperationalError as exc:
            raise StoreError(cache_error(self.path, exc)) from None
        self._writing = True
        try:
            yield self._db
            self._db.execute("COMMIT")
        except BaseException as exc:
            if self._db.in_transaction:  # SQLite may have rolled back already (disk full)
                self._db.execute("ROLLBACK")
            if isinstance(exc, sqlite3.OperationalError) and _kind(exc) in _USER_ACTIONABLE:
                raise StoreError(cache_error(self.path, exc)) from None
            raise
        finally:
            self._writing = False

    @contextmanager
    def transaction(self) -> Iterator[None]:
        """Several writes as one transaction: all of them are stored, or none."""
        with self._write():
            yield

    def first_run_done(self) -> bool:
        """Whether the reader's first start was set up in this cache (see core.firstrun)."""
        row = self._db.execute("SELECT 1 FROM meta WHERE key = 'first_run'").fetchone()
        return row is not None

    def mark_first_run_done(self) -> None:
        """Remember that the first start was set up: it never happens again in this cache."""
        with self._write() as db:
            db.execute(
                "INSERT OR IGNORE INTO meta (key, value) VALUES ('first_run', ?)",
                (datetime.now(UTC).isoformat(timespec="seconds"),),
            )

    def check_writable(self) -> None:
        """Raise StoreError (saying what to do) unless the cache can be written: a
        read-only file or folder still reads fine, so find out before real work."""
        with self._write() as db:
            version = int(db.execute("PRAGMA user_version").fetchone()[0])
            db.execute(f"PRAGMA user_version = {version}")

    def set_autocheckpoint(self, pages: int) -> None:
        """How many WAL pages this connection lets accumulate before it checkpoints."""
        self._db.execute(f"PRAGMA wal_autocheckpoint = {int(pages)}")

    def checkpoint(self) -> None:
        """Copy the WAL into the database file and truncate it, waiting at most a second
        for readers; when they keep it busy, copy what they allow and leave the rest."""
        try:
            self._db.execute("PRAGMA busy_timeout = 1000")
            self._db.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()
        except sqlite3.Error:
            with contextlib.suppress(sqlite3.Error):
                self._db.execute("PRAGMA wal_checkpoint(PASSIVE)").fetchone()
        finally:
            self._db.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")

    def integrity_check(self) -> str:
        """SQLite's verdict on the file: "ok" when sound."""
        return str(self._db.execute("PRAGMA integrity_check").fetchone()[0])

    # -- feeds ---------------------------------------------------------------------------

    def add_feed(
        self, url: str, title: str | None = None, folder: str | None = None
    ) -> tuple[Feed, bool]:
        """Subscribe; returns the feed and whether it is new."""
        with self._write() as db:
            cursor = db.execute(
                "INSERT INTO feeds (url, user_title, folder, added_at) VALUES (?, ?, ?, ?)"
                " ON CONFLICT (url) DO NOTHING",
                (url, clean_line(title) or None, clean_line(folder) or None, int(time.time())),
            )
            created = cursor.rowcount == 1
            if not created and title:
                db.execute(
                    "UPDATE feeds SET user_title = ? WHERE url = ?", (clean_line(title), url)
                )
        feed = self.feed_by_url(url)
        assert feed is not None
        return feed, created

    def remove_feed(self, url: str) -> bool:
        """Unsubscribe and delete the feed's articles; False when not subscribed."""
        with self._write() as db:
            db.execute(
                """
                INSERT INTO articles_fts (articles_fts, rowid, title, summary, fulltext)
                SELECT 'delete', a.id, ek_fold(a.title), ek_fold(a.summary),
                       ek_fold(a.fulltext)
                FROM articles a JOIN feeds f ON f.id = a.feed_id WHERE f.url = ?
                """,
                (url,),
            )
            return db.execute("DELETE FROM feeds WHERE url = ?", (url,)).rowcount == 1

    def has_feeds(self) -> bool:
        """Whether there is any subscription at all (cheap, unlike `feeds()`)."""
        return self._db.execute("SELECT 1 FROM feeds LIMIT 1").fetchone() is not None

    def feeds(self) -> list[Feed]:
        """All subscriptions, with unread and total counts, by folder and title."""
        rows = self._db.execute(
            """
            SELECT f.id, f.url, coalesce(f.user_title, f.title), f.site_url, f.etag,
                   f.last_modified, f.last_status, f.last_error, f.last_fetched, f.gone,
                   f.folder,
                   (SELECT count(*) FROM articles a WHERE a.feed_id = f.id AND a.read = 0),
                   (SELECT count(*) FROM articles a WHERE a.feed_id = f.id)
            FROM feeds f
            ORDER BY f.folder IS NOT NULL, lower(f.folder),
                     lower(coalesce(f.user_title, f.title, f.url))
            """
        ).fetchall()
        return self._with_moves([_feed(row) for row in rows])

    def _with_moves(self, feeds: list[Feed]) -> list[Feed]:
        """The feeds with the addresses they had before permanent redirects."""
        moves: dict[int, list[str]] = {}
        if feeds:
            for feed_id, url in self._db.execute(
                "SELECT feed_id, url FROM feed_moves ORDER BY moved_at DESC, rowid DESC"
            ):
                moves.setdefault(feed_id, []).append(str(url))
        return [replace(f, former_urls=tuple(moves[f.id])) if f.id in moves else f for f in feeds]

    def feed_by_url(self, url: str, *, former: bool = False) -> Feed | None:
        """One subscription by URL; with `former`, also by an address it had before a
        permanent redirect moved it (the latest move first)."""
        for feed in self._feeds_where("f.url = ?", (url,)):
            return feed
        if former:
            row = self._db.execute(
                "SELECT feed_id FROM feed_moves WHERE url = ? ORDER BY moved_at DESC, rowid DESC",
                (url,),
            ).fetchone()
            if row is not None:
                return self.feed_by_id(int(row[0]))
        return None

    def feed_by_id(self, feed_id: int) -> Feed | None:
        """One subscription by id."""
        for feed in self._feeds_where("f.id = ?", (feed_id,)):
            return feed
        return None

    def _feeds_where(self, where: str, params: tuple[object, ...]) -> list[Feed]:
        rows = self._db.execute(
            f"""
            SELECT f.id, f.url, coalesce(f.user_title, f.title), f.site_url, f.etag,
                   f.last_modified, f.last_status, f.last_error, f.last_fetched, f.gone,
                   f.folder, 0, 0
            FROM feeds f WHERE {where}
            """,
            params,
        ).fetchall()
        return self._with_moves([_feed(row) for row in rows])

    def body_hash(self, feed_id: int) -> str | None:
        """Hash of the feed body last parsed (to skip parsing an unchanged body)."""
        row = self._db.execute("SELECT body_hash FROM feeds WHERE id = ?", (feed_id,)).fetchone()
        return row[0] if row else None

    def record_fetch(self, feed_id: int, record: FetchRecord) -> None:
        """Remember how a fetch went."""
        with self._write() as db:
            self._record_fetch(db, feed_id, record)

    def _record_fetch(self, db: sqlite3.Connection, feed_id: int, r: FetchRecord) -> None:
        db.execute(
            """
            UPDATE feeds SET last_status = ?, last_error = ?, last_fetched = ?, gone = ?,
                etag = coalesce(?, etag), last_modified = coalesce(?, last_modified),
                body_hash = coalesce(?, body_hash), title = coalesce(?, title),
                site_url = coalesce(?, site_url)
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
                feed_id,
            ),
        )
        if r.new_url:
            # A permanent redirect: follow it, unless the target is subscribed already, and
            # remember where the feed was (its settings may be written for that address).
            row = db.execute("SELECT url FROM feeds WHERE id = ?", (feed_id,)).fetchone()
            moved = db.execute(
                "UPDATE OR IGNORE feeds SET url = ? WHERE id = ? AND url != ?",
                (r.new_url, feed_id, r.new_url),
            ).rowcount
            if row is not None and moved:
                db.execute(
                    "INSERT OR REPLACE INTO feed_moves (feed_id, url, moved_at) VALUES (?, ?, ?)",
                    (feed_id, row[0], int(time.time())),
                )
                db.execute(
                    "DELETE FROM feed_moves WHERE feed_id = ? AND url = ?", (feed_id, r.new_url)
                )

    # -- articles ------------------------------------------------------------------------

    def store_entries(
        self,
        feed_id: int,
        decisions: Sequence[EntryDecision],
        *,
        fetch: FetchRecord | None = None,
    ) -> UpsertResult:
        """Insert new entries and update changed ones, keeping read/starred, in one
        transaction together with the feed's fetch record. Nothing for a feed that was
        unsubscribed meanwhile (by another process, while its fetch was under way)."""
        now = int(time.time())
        new_ids: list[int] = []
        new_breaking: list[str] = []
        updated = 0
        with self._write() as db:
            if db.execute("SELECT 1 FROM feeds WHERE id = ?", (feed_id,)).fetchone() is None:
                return UpsertResult((), 0, ())
            existing = {
                key: (aid, h, source)
                for key, aid, h, source in db.execute(
                    "SELECT key, id, entry_hash, text_source FROM articles WHERE feed_id = ?",
                    (feed_id,),
                )
            }
            seen: set[str] = set()
            indexed: list[tuple[int, object, object, object]] = []
            for decision in decisions:
                entry = decision.entry
                if entry.key in seen:
                    continue
                seen.add(entry.key)
                digest = entry_hash(entry)
                doc = decision.document
                published = _ts(entry.published)
                sort_time = min(published, now) if published is not None else now
                old = existing.get(entry.key)
                if old is None:
                    fulltext = encode_sections(doc.sections) if doc else None
                    cursor = db.execute(
                        """
                        INSERT INTO articles (feed_id, key, guid, title, link, author,
                            published, updated, sort_time, summary, content, fulltext, links,
                            text_source, page_status, breaking, breaking_reason, entry_hash,
                            fetched_at)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                        """,
                        (
                            feed_id,
                            entry.key,
                            entry.guid,
                            entry.title,
                            entry.link,
                            entry.author,
                            published,
                            _ts(entry.updated),
                            sort_time,
                            entry.summary,
                            entry.content,
                            fulltext,
                            _encode_links(doc.links) if doc else None,
                            "feed" if doc else None,
                            "pending" if decision.wants_page and entry.link else None,
                            int(decision.breaking_reason is not None),
                            decision.breaking_reason,
                            digest,
                            now,
                        ),
                    )
                    assert cursor.lastrowid is not None
                    new_ids.append(cursor.lastrowid)
                    indexed.append(
                        (
                            cursor.lastrowid,
                            search_fold(entry.title),
                            search_fold(entry.summary),
                            search_fold(fulltext),
                        )
                    )
                    if decision.breaking_reason:
                        new_breaking.append(entry.title)
                elif old[1] != digest:
                    article_id, _, source = old
                    keep_page = source == "page"
                    fulltext = encode_sections(doc.sections) if doc else None
                    kept = self._unindex(db, article_id)
                    db.execute(
                        f"""
                        UPDATE articles SET guid = ?, title = ?, link = ?, author = ?,
                            published = ?, updated = ?, summary = ?, content = ?,
                            sort_time = CASE WHEN published IS ? OR ? IS NULL
                                THEN sort_time ELSE ? END,
                            entry_hash = ?,
                            breaking = max(breaking, ?),
                            breaking_reason = coalesce(breaking_reason, ?)
                            {"" if keep_page else ", fulltext = ?, links = ?, text_source = ?"}
                        WHERE id = ?
                        """,
                        (
                            entry.guid,
                            entry.title,
                            entry.link,
                            entry.author,
                            published,
                            _ts(entry.updated),
                            entry.summary,
                            entry.content,
                            # A corrected date moves the article in the list, as if it
                            # had come with it now (never later than now); an article
                            # whose date did not change stays where it is.
                            published,
                            published,
                            sort_time,
                            digest,
                            int(decision.breaking_reason is not None),
                            decision.breaking_reason,
                            *(
                                ()
                                if keep_page
                                else (
                                    fulltext,
                                    _encode_links(doc.links) if doc else None,
                                    "feed" if doc else None,
                                )
                            ),
                            article_id,
                        ),
                    )
                    self._index(
                        db, article_id, entry.title, entry.summary, kept if keep_page else fulltext
                    )
                    updated += 1
            db.executemany(_FTS_INSERT, indexed)
            if fetch is not None:
                self._record_fetch(db, feed_id, fetch)
        return UpsertResult(tuple(new_ids), updated, tuple(new_breaking))

    @staticmethod
    def _unindex(db: sqlite3.Connection, article_id: int) -> object:
        """Take an article out of the search index (before its text changes); returns its
        full text as it was."""
        title, summary, fulltext = db.execute(
            "SELECT title, summary, fulltext FROM articles WHERE id = ?", (article_id,)
        ).fetchone()
        db.execute(
            _FTS_DELETE,
            (article_id, search_fold(title), search_fold(summary), search_fold(fulltext)),
        )
        return fulltext

    @staticmethod
    def _index(
        db: sqlite3.Connection, article_id: int, title: object, summary: object, fulltext: object
    ) -> None:
        """Put an article into the search index with its text as it is now stored."""
        db.execute(
            _FTS_INSERT,
            (article_id, search_fold(title), search_fold(summary), search_fold(fulltext)),
        )

    def headlines(
        self, query: HeadlineQuery = HeadlineQuery(), *, limit: int = 100, offset: int = 0
    ) -> list[Headline]:
        """A page of headlines, newest first (the Breaking view: latest arrivals first)."""
        where, params, join = self._where(query)
        order = ", ".join(f"{column} DESC" for column in _order(query))
        # A search across everything: walk the time index and probe the matches, which
        # stops after `limit` rows; SQLite would rather sort every match (35 ms for a
        # common word at 100 000 articles, against 4 ms).
        hint = ""
        if query.search and query.feed_id is None and query.feed_url is None and not query.breaking:
            hint = "INDEXED BY articles_time"
        rows = self._db.execute(
            f"""
            SELECT {_HEADLINE_COLUMNS}
            FROM articles a {hint} {join} JOIN feeds f ON f.id = a.feed_id
            {where}
            ORDER BY {order}
            LIMIT ? OFFSET ?
            """,
            (*params, min(limit, _MAX_INT), min(offset, _MAX_INT)),
        ).fetchall()
        return [_headline(row) for row in rows]

    def count(self, query: HeadlineQuery = HeadlineQuery()) -> int:
        """How many headlines `query` lists."""
        if query.search is not None and query == HeadlineQuery(search=query.search):
            # A search alone: the index knows (it holds exactly the articles' rows).
            match = self._match(query.search)
            if match is None:
                return 0
            return int(
                self._db.execute(
                    "SELECT count(*) FROM articles_fts WHERE articles_fts MATCH ?", (match,)
                ).fetchone()[0]
            )
        where, params, join = self._where(query)
        if query.feed_url is not None:
            join += " JOIN feeds f ON f.id = a.feed_id"
        # Breaking news is rare: count it through its own index, not every unread row.
        hint = "INDEXED BY articles_breaking" if query.breaking else ""
        row = self._db.execute(
            f"SELECT count(*) FROM articles a {hint} {join} {where}", params
        ).fetchone()
        return int(row[0])

    def headline_position(self, article_id: int, query: HeadlineQuery = HeadlineQuery()) -> int:
        """Index of an article within `query`'s list (for keeping the cursor on it), or -1."""
        columns = ", ".join(_order(query))
        row = self._db.execute(
            f"SELECT {columns} FROM articles a WHERE a.id = ?", (article_id,)
        ).fetchone()
        if row is None:
            return -1
        where, params, join = self._where(query)
        if query.feed_url is not None:
            join += " JOIN feeds f ON f.id = a.feed_id"
        extra = f"({columns}) > ({', '.join('?' * len(row))})"
        where = f"{where} AND {extra}" if where else f"WHERE {extra}"
        count = self._db.execute(
            f"SELECT count(*) FROM articles a {join} {where}", (*params, *row)
        ).fetchone()[0]
        return int(count)

    def _match(self, words: str) -> str | None:
        """The FTS5 query for a user's words (see fts_query); the last one is remembered,
        as the list asks for a count and then pages of the same search."""
        if self._last_match is None or self._last_match[0] != words:
            self._last_match = (words, fts_query(words, self._cut))
        return self._last_match[1]

    def _cut(self, text: str) -> list[str]:
        """Cut text into tokens with the index's own tokenizer, run on a scratch table of
        this connection's temporary schema (which a read-only cache allows too)."""
        db = self._db
        if self._cutter is None:
            try:
                db.execute(
                    "CREATE VIRTUAL TABLE IF NOT EXISTS temp.ek_words USING fts5 "
                    f"(words, tokenize = '{SEARCH_TOKENIZER}')"
                )
                db.execute(
                    "CREATE VIRTUAL TABLE IF NOT EXISTS temp.ek_word_tokens"
                    " USING fts5vocab (temp, ek_words, 'instance')"
                )
                self._cutter = True
            except sqlite3.Error:  # an SQLite without a writable temporary schema
                self._cutter = False
        if not self._cutter:
            return _tokens(text)
        db.execute("INSERT INTO temp.ek_words (rowid, words) VALUES (1, ?)", (text,))
        try:
            rows = db.execute("SELECT term FROM temp.ek_word_tokens ORDER BY offset").fetchall()
        finally:
            db.execute("DELETE FROM temp.ek_words")
        return [str(term) for (term,) in rows]

    def _where(self, query: HeadlineQuery) -> tuple[str, list[object], str]:
        clauses: list[str] = []
        params: list[object] = []
        join = ""
        if query.feed_id is not None:
            clauses.append("a.feed_id = ?")
            params.append(query.feed_id)
        if query.feed_url is not None:
            clauses.append("f.url = ?")
            params.append(query.feed_url)
        if query.breaking:
            clauses.append("a.breaking = 1")
        if query.unread:
            clauses.append("a.read = 0")
        if query.starred:
            clauses.append("a.starred = 1")
        if query.search is not None:
            match = self._match(query.search)
            if match is None:
                clauses.append("0")
            else:
                # A set to probe, not a join: the list then walks the time index and
                # stops at its LIMIT instead of sorting every match of a common word.
                clauses.append(
                    "a.id IN (SELECT rowid FROM articles_fts WHERE articles_fts MATCH ?)"
                )
                params.append(match)
        where = ("WHERE " + " AND ".join(clauses)) if clauses else ""
        return where, params, join

    def article(self, article_id: int) -> Article | None:
        """One article with its text, or None."""
        if not -_MAX_INT <= article_id <= _MAX_INT:
            return None
        row = self._db.execute(
            f"""
            SELECT {_HEADLINE_COLUMNS}, a.summary, a.content, a.fulltext, a.links, a.dateline,
                   a.text_source, a.updated, a.fetched_at, a.scroll
            FROM articles a JOIN feeds f ON f.id = a.feed_id WHERE a.id = ?
            """,
            (article_id,),
        ).fetchone()
        if row is None:
            return None
        headline = _headline(row[:13])
        summary, content, fulltext, links, dateline, source, updated, fetched, scroll = row[13:]
        sections = decode_sections(fulltext)
        if not sections and summary:
            sections = (Section(None, _str(summary) or ""),)
        document = Document(
            sections=sections,
            links=_decode_links(links),
            title=headline.title,
            author=headline.author,
            published=headline.published,
            dateline=_str(dateline),
        )
        return Article(
            headline=headline,
            summary=_str(summary) or "",
            content=_str(content),
            document=document,
            full_text=source == "page",
            updated=_dt(updated),
            fetched_at=_dt(fetched),
            scroll=float(scroll),
        )

    def set_read(self, article_ids: Iterable[int], read: bool = True) -> None:
        """Mark articles read or unread."""
        ids = list(article_ids)
        with self._write() as db:
            db.executemany(
                "UPDATE articles SET read = ? WHERE id = ?", [(int(read), i) for i in ids]
            )

    def set_starred(self, article_ids: Iterable[int], starred: bool = True) -> None:
        """Star or unstar articles (in one transaction)."""
        ids = list(article_ids)
        with self._write() as db:
            db.executemany(
                "UPDATE articles SET starred = ? WHERE id = ?", [(int(starred), i) for i in ids]
            )

    def set_scroll(self, article_id: int, scroll: float) -> None:
        """Remember how far an article was read."""
        with self._write() as db:
            db.execute("UPDATE articles SET scroll = ? WHERE id = ?", (scroll, article_id))

    def mark_all_read(self, query: HeadlineQuery = HeadlineQuery()) -> int:
        """Mark every article `query` lists as read; returns how many changed."""
        where, params, join = self._where(query)
        if query.feed_url is not None:
            join += " JOIN feeds f ON f.id = a.feed_id"
        extra = "a.read = 0"
        where = f"{where} AND {extra}" if where else f"WHERE {extra}"
        with self._write() as db:
            return db.execute(
                f"UPDATE articles SET read = 1 WHERE id IN (SELECT a.id FROM articles a {join} {where})",
                params,
            ).rowcount

    # -- full-text pages -----------------------------------------------------------------

    def page_jobs(
        self, max_attempts: int, limit: int = 500, feed_ids: Sequence[int] | None = None
    ) -> list[PageJob]:
        """Articles whose page is still to be downloaded, newest first."""
        only = ""
        if feed_ids is not None:
            only = f"AND a.feed_id IN ({','.join(str(int(i)) for i in feed_ids) or 'NULL'})"
        rows = self._db.execute(
            f"""
            SELECT a.id, a.link, a.page_attempts, f.url FROM articles a
            JOIN feeds f ON f.id = a.feed_id
            WHERE a.page_status IN ('pending', 'failed') AND a.page_attempts < ?
                AND a.link IS NOT NULL
            {only}
            ORDER BY a.sort_time DESC LIMIT ?
            """,
            (max_attempts, limit),
        ).fetchall()
        return [PageJob(r[0], r[1], r[2], r[3]) for r in rows]

    def save_page(self, article_id: int, document: Document) -> None:
        """Store an article's extracted page; its feed summary stays too."""
        fulltext = encode_sections(document.sections)
        with self._write() as db:
            row = db.execute(
                "SELECT title, summary FROM articles WHERE id = ?", (article_id,)
            ).fetchone()
            if row is None:
                return
            self._unindex(db, article_id)
            db.execute(
                """
                UPDATE articles SET fulltext = ?, links = ?, dateline = ?,
                    author = coalesce(author, ?), text_source = 'page', page_status = 'ok',
                    page_error = NULL, page_attempts = page_attempts + 1
                WHERE id = ?
                """,
                (
                    fulltext,
                    _encode_links(document.links),
                    clean_line(document.dateline) or None,
                    clean_line(document.author) or None,
                    article_id,
                ),
            )
            self._index(db, article_id, row[0], row[1], fulltext)

    def page_failed(self, article_id: int, error: str) -> None:
        """Record a failed page download; it is retried on a later fetch."""
        with self._write() as db:
            db.execute(
                """
                UPDATE articles SET page_status = 'failed', page_error = ?,
                    page_attempts = page_attempts + 1
                WHERE id = ?
                """,
                (clean_line(error), article_id),
            )


ARRIVAL_WINDOW = 600
"""Seconds: breaking articles that arrived within one window are listed by time."""


def _order(query: HeadlineQuery) -> tuple[str, ...]:
    """Sort columns, all descending. The Breaking view puts the latest arrivals first, so
    a refresh's new breaking news leads even when its publication date is older."""
    if query.breaking:
        return (f"a.fetched_at / {ARRIVAL_WINDOW}", "a.sort_time", "a.id")
    return ("a.sort_time", "a.id")


def _is_busy(exc: Exception) -> bool:
    text = str(exc).lower()
    return "database is locked" in text or "database is busy" in text or "is busy" in text


def _split_script(script: str) -> list[str]:
    """Split a migration into statements (sqlite3.complete_statement keeps triggers whole)."""
    statements: list[str] = []
    current = ""
    for line in script.splitlines(keepends=True):
        current += line
        if sqlite3.complete_statement(current):
            statements.append(current.strip())
            current = ""
    if current.strip():
        statements.append(current.strip())
    return statements


_USER_ACTIONABLE = frozenset({"readonly", "busy", "full", "cantopen"})


def _kind(exc: sqlite3.Error) -> str:
    """The kind of an SQLite error: "readonly", "busy", "full", "cantopen", "corrupt" or ""."""
    name = (getattr(exc, "sqlite_errorname", "") or "").upper()
    text = str(exc).lower()
    if name.startswith("SQLITE_READONLY") or "readonly database" in text:
        return "readonly"
    if name.startswith(("SQLITE_BUSY", "SQLITE_LOCKED")) or "database is locked" in text:
        return "busy"
    if name.startswith("SQLITE_FULL") or "database or disk is full" in text:
        return "full"
    if name.startswith("SQLITE_CANTOPEN") or "unable to open database file" in text:
        return "cantopen"
    if name.startswith(("SQLITE_CORRUPT", "SQLITE_NOTADB")):
        return "corrupt"
    return ""


def cache_error(path: Path, exc: sqlite3.Error, *, damaged: bool = False) -> str:
    """One line for a failure of the cache file: what is wrong and what to do about it.

    Only a cache that is really damaged is called so: the advice for that (move it
    aside) would throw away a sound cache that is merely read-only or locked."""
    kind = _kind(exc)
    where = path.parent
    if path.is_dir():
        return (
            f"{path}: is a directory, not the cache file. Move it aside "
            f"(mv '{path}' '{path}.old') and run ekreader again."
        )
    if path.exists() and not os.access(path, os.R_OK):
        return f"{path}: cannot read the cache (permission denied). Fix it: chmod u+rw '{path}'"
    if kind == "readonly" or (kind == "cantopen" and not os.access(where, os.W_OK | os.X_OK)):
        return (
            f"{path}: cannot write the cache ({exc}). ekreader writes the file and, beside "
            f"it, {path.name}-wal and {path.name}-shm: check the permissions of the file "
            f"and of {where} (chmod u+rw), or whether that file system is read-only."
        )
    if kind == "busy":
        return f"{path}: the cache is busy: another program keeps it locked ({exc}); try again"
    if kind == "full":
        return f"{path}: the disk is full ({exc}); free some space and try again"
    if kind == "corrupt" or (damaged and kind != "cantopen"):
        return _damaged_message(path, exc)
    return f"{path}: cannot open the cache: {exc}"


def _damaged_message(path: Path, exc: Exception) -> str:
    return (
        f"{path}: the cache is damaged or is not an ekreader database ({exc}). "
        f"Move it aside (mv '{path}' '{path}.broken'), then re-subscribe with "
        "'ekreader import FILE' (an OPML export) or 'ekreader add URL' and run 'ekreader fetch'."
    )


def _encode_links(links: Sequence[Link]) -> str | None:
    return (
        json.dumps([[link.url, link.text] for link in links], ensure_ascii=False) if links else None
    )


def _decode_links(stored: str | None) -> tuple[Link, ...]:
    if not stored:
        return ()
    try:
        pairs = json.loads(_str(stored) or "")
    except ValueError:  # a damaged value: the article is still shown, without links
        return ()
    found = [
        p for p in (pairs if isinstance(pairs, list) else ()) if isinstance(p, list) and len(p) == 2
    ]
    return tuple(Link(i, str(url), str(text)) for i, (url, text) in enumerate(found, start=1))


def _feed(row: Sequence[Any]) -> Feed:
    (fid, url, title, site, etag, modified, status, error, fetched, gone, folder, unread, total) = (
        row
    )
    return Feed(
        id=fid,
        url=url,
        title=title,
        site_url=site,
        etag=etag,
        last_modified=modified,
        last_status=status,
        last_error=error,
        last_fetched=_dt(fetched),
        gone=bool(gone),
        folder=folder,
        unread=unread,
        total=total,
    )


def _headline(row: Sequence[Any]) -> Headline:
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
    ) = row
    return Headline(
        id=aid,
        feed_id=fid,
        feed_title=_str(ftitle) or "",
        feed_url=_str(furl) or "",
        title=_str(title) or "",
        link=_str(link),
        author=_str(author),
        published=_dt(published),
        sort_time=_dt(sort_time) or datetime.fromtimestamp(0, UTC),
        breaking=bool(breaking),
        breaking_reason=_str(reason),
        read=bool(read),
        starred=bool(starred),
    )
