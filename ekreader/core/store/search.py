"""The full-text search index: what goes into it (text folded by search_fold, kept by the
store itself, no triggers) and how a user's words become an FTS5 query."""

from __future__ import annotations

import sqlite3
import unicodedata
from collections.abc import Callable

from ekreader.core.store.schema import SEARCH_TOKENIZER
from ekreader.core.text.fold import search_fold
from ekreader.core.text.sanitize import clean_line

FTS_INSERT = "INSERT INTO articles_fts (rowid, title, summary, fulltext) VALUES (?, ?, ?, ?)"
FTS_DELETE = (
    "INSERT INTO articles_fts (articles_fts, rowid, title, summary, fulltext)"
    " VALUES ('delete', ?, ?, ?, ?)"
)
"""Add an article to the search index, or take it out: with its text folded (search_fold),
and to take it out, the values it was added with (FTS5 removes the words it is given)."""


def index_row(
    article_id: int, title: object, summary: object, fulltext: object
) -> tuple[int, object, object, object]:
    """The values FTS_INSERT (or FTS_DELETE) takes for an article's text as stored."""
    return (article_id, search_fold(title), search_fold(summary), search_fold(fulltext))


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


def unindex_feed(sql: sqlite3.Connection, url: str) -> None:
    """Take every article of the feed at `url` out of the search index."""
    sql.execute(
        """
        INSERT INTO articles_fts (articles_fts, rowid, title, summary, fulltext)
        SELECT 'delete', a.id, ek_fold(a.title), ek_fold(a.summary), ek_fold(a.fulltext)
        FROM articles a JOIN feeds f ON f.id = a.feed_id WHERE f.url = ?
        """,
        (url,),
    )


def fts_query(text: str, cut: Callable[[str], list[str]] | None = None) -> str | None:
    """A user's words -> an FTS5 query: every token must match; the last as a prefix.

    The words are folded as the index is (search_fold), then cut into tokens where the
    index's tokenizer cuts them (`cut`: a Store asks SQLite's own tokenizer; by default
    tokens()), so "e-mail" asks for "e" and "mail": the index keeps no positions, so it
    answers sets of tokens, not phrases. Every token is quoted, so nothing the user
    types is FTS5 syntax, and each is one token: a quoted string the tokenizer cut in
    two would be a phrase, which an index without positions refuses (an error)."""
    found = (cut or tokens)(search_fold(clean_line(text)))
    if not found:
        return None
    quoted = ['"' + token.replace('"', '""') + '"' for token in found]
    quoted[-1] += "*"
    return " ".join(quoted)


def tokens(text: str) -> list[str]:
    """Cut text about where FTS5's unicode61 tokenizer does: tokens are runs of letters,
    digits (categories L*, N*) and private-use characters (Co). Combining marks cut too:
    after search_fold the marks left are those of scripts such as Devanagari or Thai,
    which unicode61 takes for separators ("हिन्दी" is "ह", "न", "द" to it)."""
    found: list[str] = []
    current: list[str] = []
    for char in text:
        if char.isalnum() or unicodedata.category(char) == "Co":
            current.append(char)
        elif current:
            found.append("".join(current))
            current = []
    if current:
        found.append("".join(current))
    return found


class Matcher:
    """A user's words -> the FTS5 query, for one connection: cut by the index's own
    tokenizer, and the last query remembered (the list asks for a count and then pages
    of the same search)."""

    def __init__(self, sql: sqlite3.Connection) -> None:
        self._sql = sql
        self._cutter: bool | None = None
        self._last: tuple[str, str | None] | None = None

    def match(self, words: str) -> str | None:
        """The FTS5 query for `words` (see fts_query), None when they hold no token."""
        if self._last is None or self._last[0] != words:
            self._last = (words, fts_query(words, self.cut))
        return self._last[1]

    def cut(self, text: str) -> list[str]:
        """Cut text into tokens with the index's own tokenizer, run on a scratch table of
        this connection's temporary schema (which a read-only cache allows too)."""
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
