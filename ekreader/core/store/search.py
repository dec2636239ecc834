"""The full-text search index: what goes into it (text folded by search_fold, kept by the
store itself, no triggers) and the index's own tokenizer, which cuts the words of a query
(core/query compiles queries into FTS5 queries)."""

from __future__ import annotations

import sqlite3
from collections.abc import Sequence
from typing import Any

from ekreader.core.query.textmatch import split_words
from ekreader.core.store.codec import RS, US
from ekreader.core.store.schema import SEARCH_TOKENIZER
from ekreader.core.text.fold import search_fold
from ekreader.core.text.packed import unpack

FTS_INSERT = "INSERT INTO articles_fts (rowid, title, summary, fulltext) VALUES (?, ?, ?, ?)"
FTS_DELETE = (
    "INSERT INTO articles_fts (articles_fts, rowid, title, summary, fulltext)"
    " VALUES ('delete', ?, ?, ?, ?)"
)
"""Add an article to the search index, or take it out: with its text folded (search_fold),
and to take it out, the values it was added with (FTS5 removes the words it is given)."""


_CUTS_KEPT = 256
"""Cuts a Matcher remembers (words typed into a search, saved searches, filters)."""
SECTION_BREAK = " \ue000 "
"""Between sections and between a heading and its text in the indexed full text: a token
(private use) no one types, so no phrase spans two sections."""


def fold_sections(fulltext: object) -> Any:
    """The stored full text (sections, packed or not: core/text/packed.py) as the index
    holds it: folded (search_fold), the sections kept apart by SECTION_BREAK. Also the SQL
    function ek_fold_sections."""
    folded = fold_stored(fulltext)
    if not isinstance(folded, str):
        return folded
    # str.replace, not translate: a table costs 150 us on an article of the bench.
    return folded.replace(RS, SECTION_BREAK).replace(US, SECTION_BREAK)


def fold_stored(value: object) -> Any:
    """A stored column's text (packed or not: core/text/packed.py) as the index holds it
    (search_fold). Also the SQL function ek_fold."""
    return search_fold(unpack(value) if isinstance(value, bytes) else value)


def folded(title: object, summary: object, fulltext: object) -> tuple[object, object, object]:
    """An article's text as stored (title, summary, full text), as the index holds it."""
    return fold_stored(title), fold_stored(summary), fold_sections(fulltext)


def index_row(
    article_id: int, title: object, summary: object, fulltext: object
) -> tuple[int, object, object, object]:
    """The values FTS_INSERT (or FTS_DELETE) takes for an article's text as stored."""
    return (article_id, *folded(title, summary, fulltext))


def unindex(sql: sqlite3.Connection, article_id: int) -> object:
    """Take an article out of the search index (before its text changes); returns its full
    text as it was."""
    title, summary, fulltext = sql.execute(
        "SELECT title, summary, fulltext FROM articles WHERE id = ?", (article_id,)
    ).fetchone()
    sql.execute(FTS_DELETE, index_row(article_id, title, summary, fulltext))
    return fulltext


def index(
    sql: sqlite3.Connection, article_id: int, title: object, summary: object, fulltext: object
) -> None:
    """Put an article into the search index with its text as it is now stored."""
    sql.execute(FTS_INSERT, index_row(article_id, title, summary, fulltext))


def unindex_where(sql: sqlite3.Connection, where: str, params: Sequence[object]) -> None:
    """Take the articles `where` selects (an SQL condition over `articles a`, with its
    parameters) out of the search index: it forgets the words it was given."""
    sql.execute(
        f"""
        INSERT INTO articles_fts (articles_fts, rowid, title, summary, fulltext)
        SELECT 'delete', a.id, ek_fold(a.title), ek_fold(a.summary), ek_fold_sections(a.fulltext)
        FROM articles a WHERE {where}
        """,
        params,
    )


def compact(sql: sqlite3.Connection) -> None:
    """Merge the search index into one segment. FTS5 takes an article out by adding a
    deletion mark, and the marks and the words they hide stay until segments merge: in a
    simulated year of pruning (bench/soak.py) the index held 42 MB for 48 000 articles,
    18 MB once merged (0.5 CPU-s). Run by a prune that removed articles."""
    sql.execute("INSERT INTO articles_fts (articles_fts) VALUES ('optimize')")


def unindex_feed(sql: sqlite3.Connection, url: str) -> None:
    """Take every article of the feed at `url` out of the search index."""
    unindex_where(sql, "a.feed_id IN (SELECT id FROM feeds WHERE url = ?)", (url,))


def tokens(text: str) -> list[str]:
    """Cut text about where FTS5's unicode61 tokenizer does: tokens are runs of letters,
    digits (categories L*, N*) and private-use characters (Co). Combining marks cut too:
    after search_fold the marks left are those of scripts such as Devanagari or Thai,
    which unicode61 takes for separators ("हिन्दी" is "ह", "न", "द" to it)."""
    return split_words(text)


class Matcher:
    """Words cut into the index's tokens for one connection, by the index's own
    tokenizer; the cuts are remembered (a list asks for a count and then pages of the
    same search)."""

    def __init__(self, sql: sqlite3.Connection) -> None:
        self._sql = sql
        self._cutter: bool | None = None
        self._cuts: dict[str, list[str]] = {}

    def cut(self, text: str) -> list[str]:
        """Cut text into tokens with the index's own tokenizer, run on a scratch table of
        this connection's temporary schema (which a read-only cache allows too)."""
        found = self._cuts.get(text)
        if found is None:
            if len(self._cuts) >= _CUTS_KEPT:
                self._cuts.clear()
            found = self._cuts[text] = self._cut(text)
        return list(found)

    def _cut(self, text: str) -> list[str]:
        sql = self._sql
        if self._cutter is None:
            try:
                sql.execute(
                    "CREATE VIRTUAL TABLE IF NOT EXISTS temp.ek_words USING fts5 "
                    f"(words, tokenize = '{SEARCH_TOKENIZER}')"
                )
                sql.execute(
                    "CREATE VIRTUAL TABLE IF NOT EXISTS temp.ek_word_tokens"
                    " USING fts5vocab (temp, ek_words, 'instance')"
                )
                self._cutter = True
            except sqlite3.Error:  # an SQLite without a writable temporary schema
                self._cutter = False
        if not self._cutter:
            return tokens(text)
        sql.execute("INSERT INTO temp.ek_words (rowid, words) VALUES (1, ?)", (text,))
        try:
            rows = sql.execute("SELECT term FROM temp.ek_word_tokens ORDER BY offset").fetchall()
        finally:
            sql.execute("DELETE FROM temp.ek_words")
        return [str(term) for (term,) in rows]
