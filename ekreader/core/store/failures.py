"""Article pages that failed to download or extract (to be retried, or given up over
their budget): which, why, and how often tried."""

from __future__ import annotations

from collections.abc import Sequence

from ekreader.core.store.connection import Db
from ekreader.models import FailedPage


def failed_pages(
    db: Db, feed_ids: Sequence[int] | None = None, *, per_feed: int | None = None
) -> list[FailedPage]:
    """The articles whose last page download failed, by feed, newest first within each;
    only of `feed_ids` when given, at most `per_feed` of each feed when given."""
    only = ""
    if feed_ids is not None:
        only = f"AND a.feed_id IN ({','.join(str(int(i)) for i in feed_ids) or 'NULL'})"
    # The IN term is the partial index articles_page_failures's own.
    rows = db.sql.execute(
        f"""
        SELECT id, feed_id, title, link, page_error, page_attempts FROM (
            SELECT a.id, a.feed_id, a.title, a.link, a.page_error, a.page_attempts,
                row_number() OVER (
                    PARTITION BY a.feed_id ORDER BY a.sort_time DESC, a.id DESC
                ) AS n
            FROM articles a
            WHERE a.page_status IN ('failed', 'given_up') {only}
        )
        WHERE ? IS NULL OR n <= ?
        ORDER BY feed_id, n
        """,
        (per_feed, per_feed),
    ).fetchall()
    return [
        FailedPage(int(r[0]), int(r[1]), str(r[2]), r[3], str(r[4] or "failed"), int(r[5]))
        for r in rows
    ]


def failed_page_counts(db: Db) -> dict[int, int]:
    """How many articles of each feed have a failed page (feeds with none are absent)."""
    rows = db.sql.execute(
        """
        SELECT feed_id, count(*) FROM articles
        WHERE page_status IN ('failed', 'given_up')
        GROUP BY feed_id
        """
    ).fetchall()
    return {int(feed_id): int(count) for feed_id, count in rows}
