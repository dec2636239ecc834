"""Stories in the cache: which articles the clustering pass has still to see, what it
needs to resume, writing its outcome (story ids, copies, the stories table), and listing
stories for the Stories view and `ekreader stories`."""

from __future__ import annotations

import sqlite3
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, datetime

from ekreader.core.store.articles import MAX_INT
from ekreader.core.store.codec import as_text, dt
from ekreader.core.store.connection import Db
from ekreader.models import Story


@dataclass(frozen=True, slots=True)
class PassArticle:
    """An article as the clustering pass sees it."""

    id: int
    feed_id: int
    time: int
    """Its place in the list (sort_time), seconds since 1970."""
    title: str
    link: str | None
    summary: str
    story: int | None
    link_key: str | None = None
    text_key: str | None = None
    copy_of: int | None = None


@dataclass(frozen=True, slots=True)
class Placed:
    """Where the pass put a new article."""

    id: int
    story: int
    link_key: str | None
    text_key: str | None
    copy_of: int | None


@dataclass(frozen=True, slots=True)
class StoryRow:
    """A story's row as the pass writes it (times widen what the row held)."""

    id: int
    title: str
    title_id: int
    first_seen: int
    latest: int


def settle_old(db: Db, before: int) -> int:
    """Articles never clustered whose time is before `before` (an upgraded cache, a feed's
    old items) become stories of their own, without comparing; returns how many."""
    with db.write() as sql:
        sql.execute(
            """
            INSERT OR IGNORE INTO stories (id, title, title_id, first_seen, latest)
            SELECT id, title, id, sort_time, sort_time FROM articles
            WHERE story IS NULL AND sort_time < ?
            """,
            (before,),
        )
        return sql.execute(
            "UPDATE articles SET story = id WHERE story IS NULL AND sort_time < ?", (before,)
        ).rowcount


def _rows(sql: sqlite3.Connection, where: str, params: Sequence[object]) -> list[PassArticle]:
    return [
        PassArticle(
            aid, fid, int(t), as_text(title) or "", as_text(link), as_text(s) or "", st, lk, tk, co
        )
        for aid, fid, t, title, link, s, st, lk, tk, co in sql.execute(
            f"""
            SELECT id, feed_id, sort_time, title, link, summary, story, link_key, text_key,
                copy_of
            FROM articles WHERE {where} ORDER BY sort_time, id
            """,
            params,
        )
    ]


def unclustered(db: Db) -> list[PassArticle]:
    """The articles the pass has not seen, oldest first."""
    return _rows(db.sql, "story IS NULL", ())


def context(db: Db, since: int) -> list[PassArticle]:
    """The clustered articles from `since` on, oldest first: what the pass resumes from."""
    return _rows(db.sql, "story IS NOT NULL AND sort_time >= ?", (since,))


def story_of(db: Db, article_id: int) -> int | None:
    """The story an article belongs to (None before the pass saw it)."""
    row = db.sql.execute("SELECT story FROM articles WHERE id = ?", (article_id,)).fetchone()
    return int(row[0]) if row is not None and row[0] is not None else None


def write_pass(
    db: Db,
    placed: Sequence[Placed],
    merges: Sequence[tuple[int, int]],
    stories: Sequence[StoryRow],
) -> None:
    """Write one pass in one transaction: each new article's story and copy; each merge
    (gone, kept): the gone story's articles move to the kept one, whose time span widens;
    each changed story's row."""
    with db.write() as sql:
        sql.executemany(
            "UPDATE articles SET story = ?, copy_of = ?, link_key = ?, text_key = ? WHERE id = ?",
            [(p.story, p.copy_of, p.link_key, p.text_key, p.id) for p in placed],
        )
        for gone, kept in merges:
            sql.execute("UPDATE articles SET story = ? WHERE story = ?", (kept, gone))
            sql.execute(
                """
                UPDATE stories SET
                    first_seen = min(first_seen, coalesce(
                        (SELECT first_seen FROM stories WHERE id = :gone), first_seen)),
                    latest = max(latest, coalesce(
                        (SELECT latest FROM stories WHERE id = :gone), latest))
                WHERE id = :kept
                """,
                {"gone": gone, "kept": kept},
            )
            sql.execute("DELETE FROM stories WHERE id = ?", (gone,))
        sql.executemany(
            """
            INSERT INTO stories (id, title, title_id, first_seen, latest)
            VALUES (?, ?, ?, ?, ?)
            ON CONFLICT (id) DO UPDATE SET title = excluded.title, title_id = excluded.title_id,
                first_seen = min(first_seen, excluded.first_seen),
                latest = max(latest, excluded.latest)
            """,
            [(s.id, s.title, s.title_id, s.first_seen, s.latest) for s in stories],
        )


def list_stories(
    db: Db, limit: int, offset: int = 0, ids: Sequence[int] | None = None
) -> list[Story]:
    """Stories, the latest first (or those of `ids`, in that order): each with its size,
    feeds (the most frequent first), breaking flag, time span and articles (newest first)."""
    sql = db.sql
    if ids is None:
        rows = sql.execute(
            """
            SELECT id, title, first_seen, latest FROM stories
            ORDER BY latest DESC, id DESC LIMIT ? OFFSET ?
            """,
            (min(limit, MAX_INT), min(offset, MAX_INT)),
        ).fetchall()
    else:
        wanted = list(dict.fromkeys(ids))[: min(limit, MAX_INT)]
        marks = ",".join("?" * len(wanted))
        found = {
            r[0]: r
            for r in sql.execute(
                f"SELECT id, title, first_seen, latest FROM stories WHERE id IN ({marks})",
                wanted,
            )
        }
        rows = [found[i] for i in wanted if i in found]
    if not rows:
        return []
    marks = ",".join("?" * len(rows))
    members: dict[int, list[tuple[int, int, str, bool]]] = {}
    for story, aid, time, feed, breaking in sql.execute(
        f"""
        SELECT a.story, a.id, a.sort_time, coalesce(f.user_title, f.title, f.url), a.breaking
        FROM articles a JOIN feeds f ON f.id = a.feed_id
        WHERE a.story IN ({marks}) AND a.hidden = 0
        ORDER BY a.sort_time DESC, a.id DESC
        """,
        [r[0] for r in rows],
    ):
        members.setdefault(story, []).append((aid, time, as_text(feed) or "", bool(breaking)))
    stories: list[Story] = []
    for sid, title, first, _latest in rows:
        of = members.get(sid, [])
        if not of:
            continue  # every article of it was deleted since
        feeds = Counter(feed for _, _, feed, _ in of)
        epoch = datetime.fromtimestamp(0, UTC)
        first_time = dt(min(first, min(t for _, t, _, _ in of))) or epoch
        latest_time = dt(max(t for _, t, _, _ in of)) or epoch
        stories.append(
            Story(
                id=sid,
                title=as_text(title) or "",
                size=len(of),
                feeds=tuple(f for f, _ in feeds.most_common()),
                breaking=any(b for _, _, _, b in of),
                first_seen=first_time,
                latest=latest_time,
                articles=tuple(aid for aid, _, _, _ in of),
            )
        )
    return stories


def story_count(db: Db) -> int:
    """How many stories the cache holds."""
    return int(db.sql.execute("SELECT count(*) FROM stories").fetchone()[0])


def before_removal(sql: sqlite3.Connection, ids: Sequence[int]) -> None:
    """Let go of articles about to be removed (inside the removal's transaction): the
    earliest remaining copy of a removed original becomes the original of the others, and
    a story left with no article goes."""
    if not ids:
        return
    marks = ",".join("?" * len(ids))
    gone = set(ids)
    copies: dict[int, list[int]] = {}
    for copy, original in sql.execute(
        f"SELECT id, copy_of FROM articles WHERE copy_of IN ({marks}) ORDER BY id", ids
    ):
        if copy not in gone:
            copies.setdefault(original, []).append(copy)
    for first, *others in copies.values():
        sql.execute("UPDATE articles SET copy_of = NULL WHERE id = ?", (first,))
        sql.executemany(
            "UPDATE articles SET copy_of = ? WHERE id = ?", [(first, o) for o in others]
        )
    stories = [
        s
        for (s,) in sql.execute(
            f"SELECT DISTINCT story FROM articles WHERE id IN ({marks}) AND story IS NOT NULL",
            ids,
        )
    ]
    for story in stories:
        left = sql.execute(
            f"SELECT 1 FROM articles WHERE story = ? AND id NOT IN ({marks}) LIMIT 1",
            (story, *ids),
        ).fetchone()
        if left is None:
            sql.execute("DELETE FROM stories WHERE id = ?", (story,))
