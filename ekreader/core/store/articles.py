"""Articles in the cache: writing what the decide step planned for a feed's entries, one
article with its text, read/starred/scroll state, and the queue of pages to download."""

from __future__ import annotations

import json
import sqlite3
import time
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from ekreader.core.decide.breaking import page_label_reason
from ekreader.core.store import revisions, search
from ekreader.core.store.codec import (
    HEADLINE_COLUMNS,
    HEADLINE_WIDTH,
    as_text,
    decode_links,
    decode_sections,
    dt,
    encode_links,
    encode_sections,
    headline_from_row,
    ts,
)
from ekreader.core.store.connection import Db
from ekreader.core.text.packed import pack
from ekreader.core.text.sanitize import clean_line
from ekreader.models import (
    Article,
    ArticleWrite,
    CachedEntry,
    Document,
    PageJob,
    Section,
    UpsertResult,
)

MAX_INT = 2**63 - 1
"""SQLite's largest integer: ids and limits beyond it cannot be bound (OverflowError)."""


def feed_exists(sql: sqlite3.Connection, feed_id: int) -> bool:
    """Whether the feed is still subscribed (another process may have removed it)."""
    return sql.execute("SELECT 1 FROM feeds WHERE id = ?", (feed_id,)).fetchone() is not None


def cached_entries(sql: sqlite3.Connection, feed_id: int) -> dict[str, CachedEntry]:
    """What the cache holds of a feed's articles, by entry key."""
    return {
        key: CachedEntry(aid, digest, source, dt(published))
        for key, aid, digest, source, published in sql.execute(
            "SELECT key, id, entry_hash, text_source, published FROM articles WHERE feed_id = ?",
            (feed_id,),
        )
    }


@dataclass(frozen=True, slots=True)
class EncodedWrite:
    """An entry's column values and search-index words, as `apply_writes` stores them:
    pure work on the entry alone (packing, folding; most of a write's CPU), so it can be
    done before the write lock is taken (core/ingest.py)."""

    sections: str | None
    """The sections from the feed's content, encoded (None without a document)."""
    fulltext: str | bytes | None
    summary: str | bytes | None
    links: str | bytes | None
    folded: tuple[object, object, object]
    """Title, summary and sections as the search index holds them."""


def encode_write(write: ArticleWrite) -> EncodedWrite:
    """What `apply_writes` stores for `write`. Lean rows (bench/run.py's cache size): the
    feed's HTML is not kept beside the sections made from it; sections, summary and links
    are packed when long (core/text/packed.py). The search index gets the text itself."""
    entry, doc = write.entry, write.document
    sections = encode_sections(doc.sections) if doc else None
    return EncodedWrite(
        sections=sections,
        fulltext=pack(sections),
        summary=pack(entry.summary),
        links=pack(encode_links(doc.links)) if doc else None,
        folded=search.folded(entry.title, entry.summary, sections),
    )


def apply_writes(
    sql: sqlite3.Connection,
    feed_id: int,
    writes: Sequence[ArticleWrite],
    now: int,
    keep_revisions: int = revisions.KEEP,
    encoded: Sequence[EncodedWrite] | None = None,
) -> UpsertResult:
    """Write what the decide step planned (core/decide/upsert.py), inside the caller's
    transaction, with `encoded` the writes' encode_write (made here when not given); read
    and starred stay as they were. An article whose title, summary or text changes keeps
    its earlier version (the last `keep_revisions` of them)."""
    if encoded is None:
        encoded = [encode_write(w) for w in writes]
    new_ids: list[int] = []
    new_breaking: list[str] = []
    updated = 0
    indexed: list[tuple[int, object, object, object]] = []
    for w, e in zip(writes, encoded, strict=True):
        entry = w.entry
        source = "feed" if w.document else None
        content = None if w.document else entry.content
        guid = None if entry.guid == entry.key else entry.guid  # a guid that is the key
        if w.article_id is None:
            cursor = sql.execute(
                """
                INSERT INTO articles (feed_id, key, guid, title, link, author, published,
                    updated, sort_time, summary, content, fulltext, links, text_source,
                    page_status, breaking, breaking_reason, entry_hash, fetched_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """,
                (
                    feed_id,
                    entry.key,
                    guid,
                    entry.title,
                    entry.link,
                    entry.author,
                    ts(entry.published),
                    ts(entry.updated),
                    ts(w.sort_time) if w.sort_time else now,
                    e.summary,
                    content,
                    e.fulltext,
                    e.links,
                    source,
                    "pending" if w.wants_page else None,
                    int(w.breaking_reason is not None),
                    w.breaking_reason,
                    w.entry_hash,
                    now,
                ),
            )
            assert cursor.lastrowid is not None
            new_ids.append(cursor.lastrowid)
            indexed.append((cursor.lastrowid, *e.folded))
            if w.breaking_reason:
                new_breaking.append(entry.title)
            continue
        revisions.keep_version(
            sql,
            w.article_id,
            (entry.title, entry.summary, e.sections),
            now,
            keep_revisions,
            text=w.replace_text,
        )
        kept = search.unindex(sql, w.article_id)
        text_columns = ", fulltext = ?, links = ?, text_source = ?" if w.replace_text else ""
        sql.execute(
            f"""
            UPDATE articles SET guid = ?, title = ?, link = ?, author = ?, published = ?,
                updated = ?, summary = ?, content = ?, sort_time = coalesce(?, sort_time),
                entry_hash = ?, breaking = max(breaking, ?),
                breaking_reason = coalesce(breaking_reason, ?) {text_columns}
            WHERE id = ?
            """,
            (
                guid,
                entry.title,
                entry.link,
                entry.author,
                ts(entry.published),
                ts(entry.updated),
                e.summary,
                content,
                ts(w.sort_time),
                w.entry_hash,
                int(w.breaking_reason is not None),
                w.breaking_reason,
                *((e.fulltext, e.links, source) if w.replace_text else ()),
                w.article_id,
            ),
        )
        title, summary, sections = e.folded
        if not w.replace_text:
            sections = search.fold_sections(kept)
        indexed.append((w.article_id, title, summary, sections))
        updated += 1
    sql.executemany(search.FTS_INSERT, indexed)
    return UpsertResult(tuple(new_ids), updated, tuple(new_breaking))


def visible_breaking(sql: sqlite3.Connection, article_ids: Sequence[int]) -> tuple[str, ...]:
    """The titles of the breaking news among `article_ids` that no filter hid, in order."""
    rows = sql.execute(
        "SELECT title FROM articles WHERE id IN (SELECT value FROM json_each(?))"
        " AND breaking = 1 AND hidden = 0 ORDER BY id",
        (json.dumps(list(article_ids)),),
    )
    return tuple(str(title) for (title,) in rows)


def article(db: Db, article_id: int) -> Article | None:
    """One article with its text, or None."""
    if not -MAX_INT <= article_id <= MAX_INT:
        return None
    row = db.sql.execute(
        f"""
        SELECT {HEADLINE_COLUMNS}, a.summary, a.content, a.fulltext, a.links, a.dateline,
               a.text_source, a.updated, a.fetched_at, a.scroll, a.page_error
        FROM articles a JOIN feeds f ON f.id = a.feed_id WHERE a.id = ?
        """,
        (article_id,),
    ).fetchone()
    if row is None:
        return None
    headline = headline_from_row(row[:HEADLINE_WIDTH])
    summary, content, fulltext, links, dateline, source, updated, fetched, scroll, error = row[
        HEADLINE_WIDTH:
    ]
    sections = decode_sections(fulltext)
    if not sections and summary:
        sections = (Section(None, as_text(summary) or ""),)
    document = Document(
        sections=sections,
        links=decode_links(links),
        title=headline.title,
        author=headline.author,
        published=headline.published,
        dateline=as_text(dateline),
    )
    return Article(
        headline=headline,
        summary=as_text(summary) or "",
        content=as_text(content),
        document=document,
        full_text=source == "page",
        updated=dt(updated),
        fetched_at=dt(fetched),
        scroll=float(scroll),
        page_error=None if source == "page" else as_text(error),
    )


def set_flag(db: Db, column: str, article_ids: Iterable[int], value: bool) -> None:
    """Set `read` or `starred` of articles, in one transaction."""
    assert column in ("read", "starred")
    ids = list(article_ids)
    with db.write() as sql:
        if column == "starred":
            sql.executemany(
                "UPDATE articles SET starred = ? WHERE id = ?", [(int(value), i) for i in ids]
            )
            return
        # An article read is read in every feed that carries it: its original (a folder's
        # list may show a copy) and every copy, the article itself among them.
        sql.executemany(
            "UPDATE articles SET read = ?1 WHERE read != ?1 AND (id = ?2 OR copy_of = ?2)",
            [(int(value), root) for root in _originals(sql, ids)],
        )


def _originals(sql: sqlite3.Connection, article_ids: list[int]) -> list[int]:
    """The originals of `article_ids` (an original is its own)."""
    found = sql.execute(
        "SELECT DISTINCT coalesce(copy_of, id) FROM articles"
        " WHERE id IN (SELECT value FROM json_each(?))",
        (json.dumps(article_ids),),
    )
    return [int(root) for (root,) in found]


def set_scroll(db: Db, article_id: int, scroll: float) -> None:
    """Remember how far an article was read."""
    with db.write() as sql:
        sql.execute("UPDATE articles SET scroll = ? WHERE id = ?", (scroll, article_id))


PAGES_PER_FETCH = 500
"""Most article pages one fetch downloads, newest first: the rest wait for the next fetch
(a first fetch of many feeds would otherwise take its hour before it ends)."""


def page_jobs(
    db: Db, max_attempts: int, limit: int, feed_ids: Sequence[int] | None
) -> list[PageJob]:
    """Articles whose page is still to be downloaded, newest first (not those a filter
    hid: the killfile saves their downloads too)."""
    where, params = _waiting(max_attempts, feed_ids)
    rows = db.sql.execute(
        f"""
        SELECT a.id, a.link, a.page_attempts, f.url FROM articles a
        JOIN feeds f ON f.id = a.feed_id
        WHERE {where} ORDER BY a.sort_time DESC LIMIT ?
        """,
        (*params, limit),
    ).fetchall()
    return [PageJob(r[0], r[1], r[2], r[3]) for r in rows]


def pages_waiting(db: Db, max_attempts: int, feed_ids: Sequence[int] | None) -> int:
    """How many articles `page_jobs` would list without its limit."""
    where, params = _waiting(max_attempts, feed_ids)
    row = db.sql.execute(f"SELECT count(*) FROM articles a WHERE {where}", params).fetchone()
    return int(row[0])


def _waiting(max_attempts: int, feed_ids: Sequence[int] | None) -> tuple[str, tuple[int, ...]]:
    """The WHERE clause (over `articles a`) of the articles whose page is to be downloaded."""
    where = (
        "a.page_status IN ('pending', 'failed') AND a.page_attempts < ?"
        " AND a.link IS NOT NULL AND a.hidden = 0"
    )
    if feed_ids is None:
        return where, (max_attempts,)
    marks = ",".join("?" * len(feed_ids)) or "NULL"
    return f"{where} AND a.feed_id IN ({marks})", (max_attempts, *feed_ids)


def save_page(
    db: Db, article_id: int, document: Document, keep_revisions: int = revisions.KEEP
) -> None:
    """Store an article's extracted page; its feed summary stays too. A page that labels
    its story breaking makes the article breaking (an earlier reason stays); a page that
    changes the text of one extracted before keeps the earlier version."""
    fulltext = encode_sections(document.sections)
    reason = page_label_reason(clean_line(document.breaking_label))
    with db.write() as sql:
        row = sql.execute(
            "SELECT title, summary, text_source FROM articles WHERE id = ?", (article_id,)
        ).fetchone()
        if row is None:
            return
        if row[2] == "page":
            now = int(time.time())
            revisions.keep_version(sql, article_id, (row[0], row[1], fulltext), now, keep_revisions)
        search.unindex(sql, article_id)
        sql.execute(
            """
            UPDATE articles SET fulltext = ?, links = ?, dateline = ?,
                author = coalesce(author, ?), text_source = 'page', page_status = 'ok',
                page_error = NULL, page_attempts = page_attempts + 1,
                breaking = max(breaking, ?), breaking_reason = coalesce(breaking_reason, ?)
            WHERE id = ?
            """,
            (
                pack(fulltext),
                pack(encode_links(document.links)),
                clean_line(document.dateline) or None,
                clean_line(document.author) or None,
                int(reason is not None),
                reason,
                article_id,
            ),
        )
        search.index(sql, article_id, row[0], row[1], fulltext)


def page_failed(db: Db, article_id: int, error: str, retry: bool = True) -> None:
    """Record a failed page download; it is retried on a later fetch unless not `retry`
    (a page over its budget: 'given_up', which page_jobs never lists)."""
    with db.write() as sql:
        sql.execute(
            """
            UPDATE articles SET page_status = ?, page_error = ?,
                page_attempts = page_attempts + 1
            WHERE id = ?
            """,
            ("failed" if retry else "given_up", clean_line(error), article_id),
        )
