"""One connection to the cache file: opening and migrating it, write transactions, WAL
upkeep and the cache's own facts (the meta table)."""

from __future__ import annotations

import contextlib
import sqlite3
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from ekreader.core.query import SQL_FUNCTIONS
from ekreader.core.store.errors import (
    USER_ACTIONABLE,
    StoreError,
    cache_error,
    is_busy,
    kind,
)
from ekreader.core.store.schema import SCHEMA_VERSION, migrate
from ekreader.core.store.search import fold_sections, fold_stored

PAGE_SIZE = 16_384
"""The page size of a new cache: bench/run.py's 10 000 articles (full text off) take 23.5 MB
in pages of 16 KB, 26.1 MB in SQLite's default 4 KB (schema 13; before summaries were
packed, 8 KB pages took 26.7 MB, 16 KB 26.1, 32 KB 26.3)."""

BUSY_TIMEOUT_MS = 30_000
"""How long a write waits for another process's write to end (a refresh's batch, say)."""


class Db:
    """A connection to the cache and its write transactions. Not shared across threads."""

    def __init__(self, connection: sqlite3.Connection, path: Path) -> None:
        self.sql = connection
        self.path = path
        # The search index is filled with text folded through these functions, and
        # compiled queries (core/query) call theirs.
        connection.create_function("ek_fold", 1, fold_stored, deterministic=True)
        connection.create_function("ek_fold_sections", 1, fold_sections, deterministic=True)
        for name, arity, function in SQL_FUNCTIONS:
            connection.create_function(name, arity, function, deterministic=True)
        self._writing = False  # inside a write transaction of this connection
        self.commits = 0
        """Write transactions this connection committed (with PRAGMA data_version, which
        counts other connections' commits: whether the cache changed since a moment)."""

    @classmethod
    def open(cls, path: Path, *, readonly: bool = False) -> Db:
        """Open (creating and migrating if needed) the cache at `path`."""
        try:
            if not readonly:
                path.parent.mkdir(parents=True, exist_ok=True)
            elif not path.exists():
                raise StoreError(f"{path}: no cache yet (run 'ekreader fetch' first)")
            uri = f"file:{path}?mode=ro" if readonly else f"file:{path}"
            connection = sqlite3.connect(
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
        db = cls(connection, path)
        deadline = time.monotonic() + BUSY_TIMEOUT_MS / 1000
        while True:
            try:
                db._setup(readonly)
                return db
            except (sqlite3.OperationalError, StoreError) as exc:
                # Two processes creating the cache at once: switching a new file to WAL
                # can answer "locked" at once, without waiting; try again for a while.
                if is_busy(exc) and time.monotonic() < deadline:
                    time.sleep(0.05)
                    continue
                connection.close()
                if isinstance(exc, StoreError):
                    raise
                raise StoreError(cache_error(path, exc, damaged=True)) from None
            except sqlite3.DatabaseError as exc:
                connection.close()
                raise StoreError(cache_error(path, exc, damaged=True)) from None

    def _setup(self, readonly: bool) -> None:
        sql = self.sql
        sql.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        sql.execute("PRAGMA foreign_keys = ON")
        # Check each page's cell pointers as it is read: without it a damaged pointer can
        # read as an empty cell (a lookup finds nothing, a write spreads the damage) instead
        # of SQLite saying the file is damaged. Reading all of bench/run.py's 10 000
        # articles (25 MB) took 6.9 ms CPU with it, 6.8 without.
        sql.execute("PRAGMA cell_size_check = ON")
        if not readonly:
            # Pages of PAGE_SIZE for a new file: rows of 1-3 KB (an article with its packed
            # sections) leave a third of 4 KB pages empty. Set before anything reads the
            # file; a cache made before keeps its size (WAL: SQLite never changes it).
            sql.execute(f"PRAGMA page_size = {PAGE_SIZE}")
            if sql.execute("PRAGMA page_count").fetchone()[0] == 0:
                # A new file: free pages can be given back to the file system (a prune's
                # incremental vacuum). Only settable before WAL writes the file's header;
                # an older cache gets it from its first prune run alone (store/retention).
                sql.execute("PRAGMA auto_vacuum = INCREMENTAL")
            mode = sql.execute("PRAGMA journal_mode").fetchone()[0]
            if mode != "wal":
                sql.execute("PRAGMA journal_mode = WAL")
            sql.execute("PRAGMA synchronous = NORMAL")
        version = sql.execute("PRAGMA user_version").fetchone()[0]
        if version > SCHEMA_VERSION:
            raise StoreError(
                f"{self.path}: this cache was written by a newer ekreader "
                f"(schema {version}, this one knows {SCHEMA_VERSION}); upgrade ekreader"
            )
        if version < SCHEMA_VERSION:
            if readonly:
                raise StoreError(f"{self.path}: cache needs an upgrade; run 'ekreader fetch'")
            with self.write() as db:
                migrate(db)
        sql.execute("SELECT count(*) FROM feeds").fetchone()

    def close(self) -> None:
        """Close the connection (a WAL checkpoint happens when the last one closes)."""
        self.sql.close()

    @contextmanager
    def write(self) -> Iterator[sqlite3.Connection]:
        """One write transaction, taken at once (BEGIN IMMEDIATE) so it never deadlocks.
        Inside another `write()` of this connection it joins the transaction open."""
        if self._writing:
            yield self.sql
            return
        try:
            self.sql.execute("BEGIN IMMEDIATE")
        except sqlite3.OperationalError as exc:
            raise StoreError(cache_error(self.path, exc)) from None
        self._writing = True
        try:
            yield self.sql
            self.sql.execute("COMMIT")
            self.commits += 1
        except BaseException as exc:
            if self.sql.in_transaction:  # SQLite may have rolled back already (disk full)
                self.sql.execute("ROLLBACK")
            if isinstance(exc, sqlite3.OperationalError) and kind(exc) in USER_ACTIONABLE:
                raise StoreError(cache_error(self.path, exc)) from None
            raise
        finally:
            self._writing = False

    def version(self) -> tuple[int, int]:
        """Changes as far as this connection knows them: equal at two moments when no one
        (this connection or another) committed anything in between."""
        return int(self.sql.execute("PRAGMA data_version").fetchone()[0]), self.commits

    def meta(self, key: str) -> str | None:
        """A fact about the cache itself (the meta table), or None."""
        row = self.sql.execute("SELECT value FROM meta WHERE key = ?", (key,)).fetchone()
        return None if row is None else str(row[0])

    def set_meta(self, key: str, value: str, *, replace: bool = True) -> None:
        """Remember a fact about the cache (keep an earlier value unless `replace`)."""
        verb = "INSERT OR REPLACE" if replace else "INSERT OR IGNORE"
        with self.write() as sql:
            sql.execute(f"{verb} INTO meta (key, value) VALUES (?, ?)", (key, value))

    def check_writable(self) -> None:
        """Raise StoreError (saying what to do) unless the cache can be written: a
        read-only file or folder still reads fine, so find out before real work."""
        with self.write() as sql:
            version = int(sql.execute("PRAGMA user_version").fetchone()[0])
            sql.execute(f"PRAGMA user_version = {version}")

    def restore_busy_timeout(self) -> None:
        """Wait for other writers as long as usual again (after a moment of not waiting)."""
        self.sql.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")

    def set_autocheckpoint(self, pages: int) -> None:
        """How many WAL pages this connection lets accumulate before it checkpoints."""
        self.sql.execute(f"PRAGMA wal_autocheckpoint = {int(pages)}")

    def checkpoint(self) -> None:
        """Copy the WAL into the database file and truncate it, waiting at most a second
        for readers; when they keep it busy, copy what they allow and leave the rest."""
        try:
            self.sql.execute("PRAGMA busy_timeout = 1000")
            self.sql.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()
        except sqlite3.Error:
            with contextlib.suppress(sqlite3.Error):
                self.sql.execute("PRAGMA wal_checkpoint(PASSIVE)").fetchone()
        finally:
            self.sql.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")

    def data_version(self) -> int:
        """SQLite's data_version: changes when another connection commits a change."""
        return int(self.sql.execute("PRAGMA data_version").fetchone()[0])

    def integrity_check(self) -> str:
        """SQLite's verdict on the file: "ok" when sound."""
        return str(self.sql.execute("PRAGMA integrity_check").fetchone()[0])
