"""Earlier versions of articles: kept when a feed or a page changes one already cached,
the last few per article, each compressed (title, summary and sections as JSON, zlib)."""

from __future__ import annotations

import json
import sqlite3

from ekreader.core.store.codec import as_text, decode_sections, dt
from ekreader.core.store.connection import Db
from ekreader.core.text.packed import compress, decompress
from ekreader.models import Revision, Section

KEEP = 10
"""Versions kept per article unless the config says otherwise ([general] keep_revisions)."""


def pack(title: str, summary: str, fulltext: str | None) -> bytes:
    """One version as stored: JSON [title, summary, stored sections], compressed."""
    return compress(json.dumps([title, summary, fulltext or ""], ensure_ascii=False))


def unpack(data: bytes, seen_at: int) -> Revision | None:
    """A stored version back; None for what ekreader did not write."""
    text = decompress(data)
    if text is None:
        return None
    try:
        title, summary, fulltext = json.loads(text)
    except (ValueError, TypeError):
        return None
    when = dt(seen_at)
    if when is None:
        return None
    sections = decode_sections(as_text(fulltext))
    if not sections and summary:
        sections = (Section(None, as_text(summary) or ""),)
    return Revision(when, as_text(title) or "", as_text(summary) or "", sections)


def keep_version(
    sql: sqlite3.Connection,
    article_id: int,
    new: tuple[str, str, str | None],
    now: int,
    keep: int,
    *,
    text: bool = True,
) -> bool:
    """Before an article is rewritten with `new` (title, summary, stored sections; the
    sections only count with `text`, else they stay as they are): keep the version it
    holds as a revision if `new` says something else, and mark the article revised now.
    Inside the caller's transaction; returns whether a version was kept."""
    row = sql.execute(
        "SELECT title, summary, fulltext, revised_at, fetched_at FROM articles WHERE id = ?",
        (article_id,),
    ).fetchone()
    if row is None:
        return False
    title, summary, fulltext, revised_at, fetched_at = row
    old = (as_text(title) or "", as_text(summary) or "", as_text(fulltext) or "")
    if old == (new[0], new[1], (new[2] or "") if text else old[2]):
        return False
    if keep > 0:
        seen_at = revised_at if revised_at is not None else fetched_at
        sql.execute(
            "INSERT INTO revisions (article_id, seen_at, data) VALUES (?, ?, ?)",
            (article_id, seen_at, pack(*old)),
        )
    sql.execute(
        """
        DELETE FROM revisions WHERE article_id = ? AND id NOT IN
            (SELECT id FROM revisions WHERE article_id = ? ORDER BY id DESC LIMIT ?)
        """,
        (article_id, article_id, max(keep, 0)),
    )
    sql.execute("UPDATE articles SET revised_at = ? WHERE id = ?", (now, article_id))
    return True


def revisions(db: Db, article_id: int) -> list[Revision]:
    """An article's earlier versions, the latest first."""
    rows = db.sql.execute(
        "SELECT data, seen_at FROM revisions WHERE article_id = ? ORDER BY id DESC",
        (article_id,),
    ).fetchall()
    found = (unpack(data, seen) for data, seen in rows if isinstance(data, bytes))
    return [r for r in found if r is not None]
