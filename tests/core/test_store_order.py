"""Headline order: newest first; the Breaking view leads with the latest arrivals;
schema migrations carry an old cache forward."""

from __future__ import annotations

import sqlite3
from datetime import UTC, datetime, timedelta
from pathlib import Path

from ekreader.core.parse import make_entry
from ekreader.core.store import MIGRATIONS, SCHEMA_VERSION, HeadlineQuery, Store, _split_script
from ekreader.models import EntryDecision


def _decision(key: str, published: datetime, breaking: bool = True) -> EntryDecision:
    entry = make_entry(key, f"title {key}", None, None, published, None, "", None)
    return EntryDecision(entry, "title marker: BREAKING:" if breaking else None, None, False)


def test_breaking_view_lists_the_latest_arrivals_first(tmp_path: Path) -> None:
    now = datetime.now(UTC)
    with Store.open(tmp_path / "c.sqlite3") as store:
        feed = store.add_feed("https://a.example/feed")[0].id
        store.store_entries(feed, [_decision("recent", now - timedelta(minutes=5))])
        # Pretend that arrived an hour ago; then a breaking item published earlier arrives.
        store._db.execute("UPDATE articles SET fetched_at = fetched_at - 3600")
        store.store_entries(feed, [_decision("late", now - timedelta(hours=2))])
        store.store_entries(feed, [_decision("calm", now, breaking=False)])

        breaking = [h.title for h in store.headlines(HeadlineQuery(breaking=True))]
        everything = [h.title for h in store.headlines()]
        assert breaking == ["title late", "title recent"]
        assert everything == ["title calm", "title recent", "title late"]
        late = store.headlines(HeadlineQuery(breaking=True))[0].id
        assert store.headline_position(late, HeadlineQuery(breaking=True)) == 0
        assert store.headline_position(late) == 2


def test_a_version_1_cache_is_migrated_and_keeps_its_articles(tmp_path: Path) -> None:
    path = tmp_path / "old.sqlite3"
    db = sqlite3.connect(path)
    for statement in _split_script(MIGRATIONS[0]):
        db.execute(statement)
    db.execute("PRAGMA user_version = 1")
    db.execute("INSERT INTO feeds (url, added_at) VALUES ('https://a.example/f', 0)")
    db.execute(
        "INSERT INTO articles (feed_id, key, title, sort_time, entry_hash, fetched_at, breaking)"
        " VALUES (1, 'k', 'kept', 10, 'h', 10, 1)"
    )
    db.commit()
    db.close()
    with Store.open(path) as store:
        assert store._db.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION >= 2
        assert [h.title for h in store.headlines(HeadlineQuery(breaking=True))] == ["kept"]
        assert store.integrity_check() == "ok"
        # The search index was rebuilt by the migration that changed its layout.
        assert [h.title for h in store.headlines(HeadlineQuery(search="kep"))] == ["kept"]
        assert store.count(HeadlineQuery(search="kept")) == 1


def test_search_counts_and_pages_agree_with_and_without_filters(tmp_path: Path) -> None:
    now = datetime.now(UTC)
    with Store.open(tmp_path / "c.sqlite3") as store:
        feeds = [store.add_feed(f"https://{n}.example/feed")[0].id for n in ("a", "b")]
        for number in range(60):
            title = f"Storm update {number}" if number % 3 else f"Harbour news {number}"
            entry = make_entry(
                f"k{number}", title, None, None, now - timedelta(minutes=number), None, "", None
            )
            reason = "title marker: BREAKING:" if number % 5 == 0 else None
            store.store_entries(feeds[number % 2], [EntryDecision(entry, reason, None, False)])
        store.set_read([1, 2, 3], True)
        for query in (
            HeadlineQuery(search="storm"),
            HeadlineQuery(search="storm", feed_id=feeds[0]),
            HeadlineQuery(search="storm", breaking=True),
            HeadlineQuery(search="harb", unread=True),
            HeadlineQuery(breaking=True, unread=True),
        ):
            listed = store.headlines(query, limit=1000)
            assert store.count(query) == len(listed) > 0, query
            times = [h.sort_time for h in listed]
            assert times == sorted(times, reverse=True) or query.breaking
            paged = store.headlines(query, limit=7) + store.headlines(query, limit=1000, offset=7)
            assert [h.id for h in paged] == [h.id for h in listed]
        assert store.count(HeadlineQuery(search="storm")) == 40
