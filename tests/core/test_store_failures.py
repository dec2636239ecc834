"""Article pages that failed: listed by feed, newest first, with the last reason and the
attempts; a page saved later leaves the list; at most `per_feed` of each feed."""

from __future__ import annotations

import sqlite3
from datetime import UTC, datetime, timedelta
from pathlib import Path

from ekreader.core.ingest import store_entries
from ekreader.core.store import Store
from ekreader.core.store.schema import MIGRATIONS, split_script
from ekreader.models import Document, Section
from tests.core.test_store import decision, entry

T0 = datetime(2026, 3, 14, 12, 0, tzinfo=UTC)


def stock(store: Store, url: str, count: int) -> list[int]:
    feed = store.add_feed(url)[0]
    decisions = [
        decision(
            entry(
                f"{url}-{i}",
                f"{url} {i}",
                link=f"https://pages.example/{i}",
                published=T0 - timedelta(minutes=i),
            ),
            page=True,
        )
        for i in range(count)
    ]
    store_entries(store, feed.id, decisions)
    return [
        j.article_id for j in sorted(store.page_jobs(5), key=lambda j: j.url) if j.feed_url == url
    ]


def test_failed_pages_by_feed_newest_first_with_reason_and_attempts(tmp_path: Path) -> None:
    with Store.open(tmp_path / "cache.sqlite3") as store:
        a = stock(store, "https://a.example/feed", 3)
        b = stock(store, "https://b.example/feed", 2)
        assert store.failed_pages() == []  # pending is not failed
        store.page_failed(a[2], "HTTP 404 Not Found")
        store.page_failed(a[0], "timed out after 3 s")
        store.page_failed(a[0], "refused: the link points into a local or private network")
        store.page_failed(b[1], "not an HTML page (application/pdf)")
        store.page_failed(b[0], "over its budget: 5 CPU-seconds", retry=False)  # given up
        store.page_failed(a[1], "no article text found on the page")
        store.save_page(a[1], Document(sections=(Section(None, "Text."),)))

        pages = store.failed_pages()
        assert [(p.id, p.error, p.attempts) for p in pages] == [
            (a[0], "refused: the link points into a local or private network", 2),
            (a[2], "HTTP 404 Not Found", 1),
            (b[0], "over its budget: 5 CPU-seconds", 1),
            (b[1], "not an HTML page (application/pdf)", 1),
        ]
        assert pages[0].title == "https://a.example/feed 0"
        assert pages[0].link == "https://pages.example/0"
        feed_a = pages[0].feed_id
        assert [p.id for p in store.failed_pages([feed_a])] == [a[0], a[2]]
        assert [p.id for p in store.failed_pages(per_feed=1)] == [a[0], b[0]]
        assert store.failed_page_counts() == {feed_a: 2, pages[2].feed_id: 2}
        plan = store._db.sql.execute(
            "EXPLAIN QUERY PLAN SELECT id FROM articles WHERE page_status IN ('failed', 'given_up')"
        ).fetchall()
        assert "articles_page_failures" in str(plan)


def test_a_cache_of_schema_7_is_upgraded_and_lists_its_failed_pages(tmp_path: Path) -> None:
    path = tmp_path / "cache.sqlite3"
    db = sqlite3.connect(path)
    for script in MIGRATIONS[:7]:
        for statement in split_script(script.replace("ek_fold(", "(")):
            db.execute(statement)
    db.execute("PRAGMA user_version = 7")
    db.execute(
        "INSERT INTO feeds (id, url, title, added_at) VALUES (1, 'https://a.example/', 'A', 0)"
    )
    db.execute(
        "INSERT INTO articles (feed_id, key, title, sort_time, entry_hash, fetched_at,"
        " page_status, page_error, page_attempts)"
        " VALUES (1, 'k1', 'Gone', 1700000000, 'h', 0, 'failed', 'HTTP 410 Gone', 3)"
    )
    db.commit()
    db.close()
    with Store.open(path) as store:
        (page,) = store.failed_pages()
        assert (page.title, page.error, page.attempts) == ("Gone", "HTTP 410 Gone", 3)
        assert store.integrity_check() == "ok"
