"""Listing the cache's headlines: a query's page of them, its count, an article's position
in it, and marking all of it read. Searches are compiled by core/query (the index is
probed as a set); articles a filter hid are in no list unless asked for."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from dataclasses import replace
from datetime import datetime
from functools import lru_cache

from ekreader.core.query import And, Compiled, Node, Word, compile_query, parse
from ekreader.core.store.articles import MAX_INT
from ekreader.core.store.codec import HEADLINE_COLUMNS, as_text, headline_from_row
from ekreader.core.store.connection import Db
from ekreader.core.store.search import Matcher
from ekreader.models import Headline, HeadlineQuery

ARRIVAL_WINDOW = 600
"""Seconds: breaking articles that arrived within one window are listed by time."""
FEW_MATCHES = 1000
"""Up to this many matches of the index, SQLite fetches them one by one and sorts them
(about a microsecond each); more, and a list walks its own index probing them."""
Clock = Callable[[], datetime]
"""Now, timezone-aware (since:/before: count from it; dates are days in its zone)."""


class Lister:
    """Headline lists of one connection (it remembers how the last searches' words cut)."""

    def __init__(self, db: Db, clock: Clock) -> None:
        self._db = db
        self._matcher = Matcher(db.sql)
        self._clock = clock
        self._matches: dict[tuple[str, tuple[int, int]], int] = {}
        self._found = Found(db)

    def compile(
        self, node: Node, within: tuple[int, int] | None = None, *, probe_only: bool = False
    ) -> Compiled:
        """A parsed query as SQL over `articles a`, with this cache's tokenizer and clock."""
        return compile_query(
            node,
            now=self._clock(),
            cut=self._matcher.cut,
            within=within,
            probe_only=probe_only,
        )

    def matches(self, match: str) -> int:
        """How many articles the index finds for an FTS5 query (hidden ones too); the
        last answers are kept until the cache changes (a count, then pages)."""
        key = (match, self._db.version())
        found = self._matches.get(key)
        if found is None:
            if len(self._matches) > 32:
                self._matches.clear()
            if self._found.holds(match):
                found = self._found.count
            else:
                row = self._db.sql.execute(
                    "SELECT count(*) FROM articles_fts WHERE articles_fts MATCH ?", (match,)
                )
                found = int(row.fetchone()[0])
            self._matches[key] = found
        return found

    def headlines(self, query: HeadlineQuery, limit: int, offset: int) -> list[Headline]:
        """A page of headlines, newest first (the Breaking view: latest arrivals first)."""
        where, params, join, compiled = self._where(query)
        order = ", ".join(f"{column} DESC" for column in _order(query))
        # A search of the index alone across everything, with many matches: walk the
        # time index and probe them, which stops after `limit` rows; SQLite would rather
        # sort every match (35 ms for a common word at 100 000 articles, against 4 ms).
        hint = ""
        if (
            compiled is not None
            and compiled.index_only
            and self._many(compiled)
            and query.feed_id is None
            and query.feed_url is None
            and not query.breaking
            and not query.unread
            and not query.starred
            and not query.hidden
        ):
            hint = "INDEXED BY articles_time"
        rows = self._db.sql.execute(
            f"""
            SELECT {HEADLINE_COLUMNS}
            FROM articles a {hint} {join} JOIN feeds f ON f.id = a.feed_id
            {where}
            ORDER BY {order}
            LIMIT ? OFFSET ?
            """,
            (*params, min(limit, MAX_INT), min(offset, MAX_INT)),
        ).fetchall()
        headlines = [headline_from_row(row) for row in rows]
        if query.feed_id is None and query.feed_url is None:
            headlines = self._with_copies(headlines)
        return headlines

    def _with_copies(self, headlines: list[Headline]) -> list[Headline]:
        """Name, on each headline, the other feeds that carry the same article: its
        copies' feeds, or for a copy (a folder's list may show one), its original's and
        the other copies'."""
        if not headlines:
            return headlines
        roots = list({h.copy_of or h.id for h in headlines})
        marks = ",".join("?" * len(roots))
        carried: dict[int, list[tuple[int, str]]] = {}
        for root, article_id, feed in self._db.sql.execute(
            f"""
            SELECT coalesce(a.copy_of, a.id), a.id, coalesce(f.user_title, f.title, f.url)
            FROM articles a JOIN feeds f ON f.id = a.feed_id
            WHERE a.copy_of IN ({marks}) OR a.id IN ({marks}) ORDER BY a.id
            """,
            [*roots, *roots],
        ):
            carried.setdefault(root, []).append((article_id, as_text(feed) or ""))
        listed = []
        for h in headlines:
            others = tuple(f for i, f in carried.get(h.copy_of or h.id, ()) if i != h.id)
            listed.append(replace(h, also_in=others) if others else h)
        return listed

    def count(self, query: HeadlineQuery) -> int:
        """How many headlines `query` lists."""
        sql = self._db.sql
        if _collapsed(query):
            # The list indexes hold the copies too: count the list with them (through its
            # index), less its copies, which the copies' own index finds (they are few).
            whole = replace(query, collapse=False)
            where, params, join, _ = self._where(whole, feeds=True)
            shadowed, more = _shadowed(query.folder)
            copies = sql.execute(
                f"SELECT count(*) FROM articles a {join} {where} AND {shadowed}",
                (*params, *more),
            )
            return self.count(whole) - int(copies.fetchone()[0])
        where, params, join, compiled = self._where(query, feeds=True)
        alone = HeadlineQuery(search=query.search, query=query.query, hidden=query.hidden)
        if compiled is not None and compiled.index_only and query == alone:
            # A search alone: the index knows (it holds exactly the articles' rows), less
            # the few articles filters hid (or only those, for the hidden list).
            assert compiled.match is not None
            if self._found.fill(compiled.match):
                hidden = _hidden_matches(sql, "SELECT id FROM temp.ek_found", ())
                return hidden if query.hidden else self._found.count - hidden
            rows = "SELECT rowid FROM articles_fts WHERE articles_fts MATCH ?"
            hidden = _hidden_matches(sql, rows, (compiled.match,))
            return hidden if query.hidden else self.matches(compiled.match) - hidden
        # Breaking news is rare: count it through its own index, not every unread row.
        hint = "INDEXED BY articles_breaking" if query.breaking and not query.hidden else ""
        row = sql.execute(f"SELECT count(*) FROM articles a {hint} {join} {where}", params)
        return int(row.fetchone()[0])

    def position(self, article_id: int, query: HeadlineQuery) -> int:
        """Index of an article within `query`'s list (for keeping the cursor on it), or -1."""
        columns = ", ".join(_order(query))
        sql = self._db.sql
        row = sql.execute(f"SELECT {columns} FROM articles a WHERE a.id = ?", (article_id,))
        key = row.fetchone()
        if key is None:
            return -1
        where, params, join, _ = self._where(query, feeds=True)
        after = f"({columns}) > ({', '.join('?' * len(key))})"
        count = sql.execute(
            f"SELECT count(*) FROM articles a {join} {where} AND {after}", (*params, *key)
        )
        return int(count.fetchone()[0])

    def mark_all_read(self, query: HeadlineQuery) -> int:
        """Mark every article `query` lists as read; returns how many changed."""
        where, params, join, _ = self._where(query, feeds=True)
        with self._db.write() as sql:
            changed = sql.execute(
                "UPDATE articles SET read = 1"
                f" WHERE id IN (SELECT a.id FROM articles a {join} {where} AND a.read = 0)",
                params,
            ).rowcount
            if _collapsed(query):  # what the rows stand for went with them: the
                # originals of copies a folder's list showed, and every copy
                sql.execute(
                    "UPDATE articles SET read = 1 WHERE read = 0 AND id IN (SELECT copy_of"
                    " FROM articles INDEXED BY articles_copies"
                    " WHERE copy_of IS NOT NULL AND read = 1)"
                )
                sql.execute(
                    "UPDATE articles SET read = 1 WHERE read = 0 AND copy_of IS NOT NULL"
                    " AND copy_of IN (SELECT id FROM articles WHERE read = 1)"
                )
            return int(changed)

    def _where(
        self, query: HeadlineQuery, *, feeds: bool = False
    ) -> tuple[str, list[object], str, Compiled | None]:
        """The WHERE clause, its parameters, the joins `query` needs (`feeds`: join the
        feeds table when the clause needs it; a listing joins it anyway) and its search
        compiled. The clause always starts with the hidden flag: the list indexes hold
        the visible articles only, and SQLite uses them when the clause says so."""
        clauses = ["a.hidden = 1" if query.hidden else "a.hidden = 0"]
        params: list[object] = []
        join = ""
        if query.feed_id is not None:
            clauses.append("a.feed_id = ?")
            params.append(query.feed_id)
        if query.feed_url is not None:
            clauses.append("f.url = ?")
            params.append(query.feed_url)
            if feeds:
                join = "JOIN feeds f ON f.id = a.feed_id"
        if query.folder is not None:
            clauses.append(f"a.feed_id IN ({_FOLDER_FEEDS})")
            params += _folder_params(query.folder)
        if query.breaking:
            clauses.append("a.breaking = 1")
        if query.unread:
            clauses.append("a.read = 0")
        if query.starred:
            clauses.append("a.starred = 1")
        if _collapsed(query):
            if query.folder is None:
                clauses.append("a.copy_of IS NULL")
            else:
                shadowed, more = _shadowed(query.folder)
                clauses.append(f"NOT ({shadowed})")
                params += more
        compiled = self._search(query)
        if compiled is None:
            return "WHERE " + " AND ".join(clauses), params, join, compiled
        # Many matches: SQLite is to walk an index of the list (time, unread, breaking,
        # a feed's) and probe them ("+a.id"), not fetch every match and sort them.
        found = compiled.match if compiled.index_only else None
        if found is not None and self._found.fill(found):  # the index's answer, kept
            probe = "+a.id" if self._found.count > FEW_MATCHES else "a.id"
            clauses.append(f"{probe} IN (SELECT id FROM temp.ek_found)")
            return "WHERE " + " AND ".join(clauses), params, join, compiled
        if self._many(compiled):
            compiled = self._search(query, probe_only=True)
            assert compiled is not None
        clauses.append(compiled.sql)
        params.extend(compiled.params)
        return "WHERE " + " AND ".join(clauses), params, join, compiled

    def _many(self, compiled: Compiled) -> bool:
        """Whether the index finds more articles for the query than it is worth fetching
        one by one (then a list walks its own index and probes them)."""
        return compiled.match is not None and self.matches(compiled.match) > FEW_MATCHES

    def _search(self, query: HeadlineQuery, *, probe_only: bool = False) -> Compiled | None:
        """The query's words and its query text as one compiled condition, or None."""
        nodes: list[Node] = []
        if query.search is not None:
            nodes.append(words(query.search))
        if query.query is not None:
            nodes.append(parsed(query.query))
        if not nodes:
            return None
        node = nodes[0] if len(nodes) == 1 else And(tuple(nodes))
        return self.compile(node, probe_only=probe_only)


def _hidden_matches(sql: sqlite3.Connection, rows: str, params: tuple[object, ...]) -> int:
    """How many of the articles filters hid are among the ids `rows` selects (few are
    hidden: walk those and probe the ids)."""
    row = sql.execute(
        "SELECT count(*) FROM articles a INDEXED BY articles_hidden"
        f" WHERE a.hidden = 1 AND a.id IN ({rows})",
        params,
    )
    return int(row.fetchone()[0])


class Found:
    """The index's answer to one FTS5 query, kept in a temporary table of the connection
    until the cache changes: a search's count and its pages (and the next pages, as the
    list scrolls) probe it instead of asking the index again (0.3 ms against 14 ms for
    a page of a common word at 100 000 articles)."""

    def __init__(self, db: Db) -> None:
        self._db = db
        self._key: tuple[str, tuple[int, int]] | None = None
        self._usable = True
        self.count = 0
        """How many ids the table holds."""

    def holds(self, match: str) -> bool:
        """Whether the table holds the answer to `match` as the cache is now."""
        return self._key == (match, self._db.version())

    def fill(self, match: str) -> bool:
        """Make the table hold the answer to `match`; False when the connection has no
        writable temporary schema (then the index is asked each time)."""
        if self.holds(match):
            return True
        if not self._usable:
            return False
        sql = self._db.sql
        version = self._db.version()
        self._key = None
        try:
            sql.execute("CREATE TEMP TABLE IF NOT EXISTS ek_found (id INTEGER PRIMARY KEY)")
        except sqlite3.Error:  # an SQLite without a writable temporary schema
            self._usable = False
            return False
        sql.execute("DELETE FROM temp.ek_found")
        cursor = sql.execute(
            "INSERT INTO temp.ek_found SELECT rowid FROM articles_fts WHERE articles_fts MATCH ?",
            (match,),
        )
        self.count = cursor.rowcount
        self._key = (match, version)
        return True


def words(text: str) -> Node:
    """Typed words as a query: every one must match, the last also as a prefix; nothing
    in them is an operator (so any text is a search)."""
    split = text.split()
    return And(tuple(Word(w, i == len(split) - 1) for i, w in enumerate(split)))


@lru_cache(maxsize=64)
def parsed(text: str) -> Node:
    """A query text, parsed (the same texts come again: counts, pages, saved searches)."""
    return parse(text)


_FOLDER_FEEDS = "SELECT id FROM feeds WHERE folder = ? OR substr(folder, 1, ?) = ?"
"""The feeds in a folder or its subfolders (parameters: _folder_params)."""


def _folder_params(folder: str) -> list[object]:
    return [folder, len(folder) + 1, folder + "/"]


def _shadowed(folder: str | None) -> tuple[str, list[object]]:
    """The condition (and its parameters) under which a collapsed list leaves an article
    out: a copy of one it shows. In a folder's list, a copy shows when neither its
    original nor an earlier copy is in the folder: there it stands for the article."""
    if folder is None:
        return "a.copy_of IS NOT NULL", []
    return (
        "a.copy_of IS NOT NULL AND (EXISTS (SELECT 1 FROM articles o WHERE o.id = a.copy_of"
        f" AND o.feed_id IN ({_FOLDER_FEEDS})) OR EXISTS (SELECT 1 FROM articles o"
        " INDEXED BY articles_copies WHERE o.copy_of = a.copy_of AND o.id < a.id"
        f" AND o.feed_id IN ({_FOLDER_FEEDS})))",
        _folder_params(folder) * 2,
    )


def _collapsed(query: HeadlineQuery) -> bool:
    """Whether a list shows each article once, leaving out its copies (the same article
    carried by other feeds): a collapsed list, unless it is one feed's own."""
    return query.collapse and query.feed_id is None and query.feed_url is None


def _order(query: HeadlineQuery) -> tuple[str, ...]:
    """Sort columns, all descending. The Breaking view puts the latest arrivals first, so
    a refresh's new breaking news leads even when its publication date is older."""
    if query.breaking:
        return (f"a.fetched_at / {ARRIVAL_WINDOW}", "a.sort_time", "a.id")
    return ("a.sort_time", "a.id")
