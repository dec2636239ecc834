"""Headline order: newest first; the Breaking view leads with the latest arrivals; a date
the feed corrects moves its article; schema migrations carry an old cache forward."""

from __future__ import annotations

import sqlite3
from datetime import UTC, datetime, timedelta
from pathlib import Path

from ekreader.core.ingest import store_entries
from ekreader.core.parse.entry import make_entry
from ekreader.core.store import Store
from ekreader.core.store.schema import MIGRATIONS, SCHEMA_VERSION, split_script
from ekreader.models import EntryDecision, HeadlineQuery
from tests.helpers import EkHome
from tests.server import FeedServer


def _decision(key: str, published: datetime, breaking: bool = True) -> EntryDecision:
    entry = make_entry(key, f"title {key}", None, None, published, None, "", None)
    return EntryDecision(entry, "title marker: BREAKING:" if breaking else None, None, False)


def test_breaking_view_lists_the_latest_arrivals_first(tmp_path: Path) -> None:
    now = datetime.now(UTC)
    with Store.open(tmp_path / "c.sqlite3") as store:
        feed = store.add_feed("https://a.example/feed")[0].id
        store_entries(store, feed, [_decision("recent", now - timedelta(minutes=5))])
        # Pretend that arrived an hour ago; then a breaking item published earlier arrives.
        store._db.sql.execute("UPDATE articles SET fetched_at = fetched_at - 3600")
        store_entries(store, feed, [_decision("late", now - timedelta(hours=2))])
        store_entries(store, feed, [_decision("calm", now, breaking=False)])

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
    for statement in split_script(MIGRATIONS[0]):
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
        assert store._db.sql.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION >= 2
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
            store_entries(store, feeds[number % 2], [EntryDecision(entry, reason, None, False)])
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


# -- a feed that corrects an article's date --------------------------------------------------


def _dated(key: str, published: datetime | None, title: str | None = None) -> EntryDecision:
    entry = make_entry(key, title or f"title {key}", None, None, published, None, "", None)
    return EntryDecision(entry, None, None, False)


def _order(store: Store) -> list[str]:
    return [h.title for h in store.headlines()]


def test_a_corrected_date_moves_the_article_in_the_list(tmp_path: Path) -> None:
    day = datetime(2024, 3, 1, tzinfo=UTC)
    with Store.open(tmp_path / "c.sqlite3") as store:
        feed = store.add_feed("https://a.example/feed")[0].id
        store_entries(
            store,
            feed,
            [
                _dated("a", day),
                _dated("b", day - timedelta(days=1)),
                _dated("c", day - timedelta(days=2)),
            ],
        )
        assert _order(store) == ["title a", "title b", "title c"]
        (c_id,) = [h.id for h in store.headlines() if h.title == "title c"]
        store.set_read([c_id])
        store.set_starred([c_id], True)

        later = day + timedelta(hours=5)
        result = store_entries(store, feed, [_dated("c", later)])
        assert result.updated == 1
        assert _order(store) == ["title c", "title a", "title b"]
        (c,) = [h for h in store.headlines() if h.id == c_id]
        assert (c.published, c.sort_time, c.read, c.starred) == (later, later, True, True)
        assert store.headline_position(c_id) == 0

        earlier = day - timedelta(days=9)
        store_entries(store, feed, [_dated("c", earlier)])
        assert _order(store) == ["title a", "title b", "title c"]
        assert store.headlines()[-1].sort_time == earlier
        assert store.headline_position(c_id) == 2


def test_an_edit_without_a_new_date_leaves_the_article_in_place(tmp_path: Path) -> None:
    future = datetime.now(UTC) + timedelta(days=30)
    with Store.open(tmp_path / "c.sqlite3") as store:
        feed = store.add_feed("https://a.example/feed")[0].id
        (aid,) = store_entries(store, feed, [_dated("f", future)]).new_ids
        # It arrived long ago: a date in the future did not put it later than its arrival.
        store._db.sql.execute("UPDATE articles SET sort_time = 1000 WHERE id = ?", (aid,))
        store_entries(store, feed, [_dated("f", future, "new title")])
        (headline,) = store.headlines()
        assert headline.title == "new title"
        assert headline.sort_time == datetime.fromtimestamp(1000, UTC)
        # A feed that drops the date keeps the article where it is, too.
        store_entries(store, feed, [_dated("f", None, "newer title")])
        assert store.headlines()[0].sort_time == datetime.fromtimestamp(1000, UTC)
        # A corrected date that is still in the future: the article goes to now, not later.
        before = datetime.now(UTC).replace(microsecond=0)
        store_entries(store, feed, [_dated("f", future + timedelta(days=1))])
        (headline,) = store.headlines()
        assert before <= headline.sort_time <= datetime.now(UTC)
        assert headline.published == (future + timedelta(days=1)).replace(microsecond=0)


def _rss(dates: dict[str, str]) -> str:
    items = "".join(
        f"<item><title>story {key}</title><guid>{key}</guid><pubDate>{date}</pubDate>"
        f"<description>Text {key}.</description></item>"
        for key, date in dates.items()
    )
    return f'<rss version="2.0"><channel><title>Dates</title>{items}</channel></rss>'


def test_fetch_moves_an_article_whose_date_the_feed_corrected(
    feed_server: FeedServer, ek: EkHome
) -> None:
    dates = {
        "a": "Fri, 01 Mar 2024 12:00:00 GMT",
        "b": "Thu, 29 Feb 2024 12:00:00 GMT",
        "c": "Wed, 28 Feb 2024 12:00:00 GMT",
    }
    url = feed_server.add("/dates.xml", _rss(dates))
    opml = ek.root / "subs.opml"
    opml.write_text(f'<opml version="2.0"><body><outline text="d" xmlUrl="{url}"/></body></opml>')
    ek.ok("import", str(opml))
    ek.ok("fetch", "--feeds-only")
    assert [h["title"] for h in ek.json("headlines")] == ["story a", "story b", "story c"]

    dates["c"] = "Sat, 02 Mar 2024 08:30:00 GMT"  # the feed corrects story c's date
    feed_server.add("/dates.xml", _rss(dates))
    ek.ok("fetch", "--feeds-only")
    listed = ek.json("headlines")
    assert [h["title"] for h in listed] == ["story c", "story a", "story b"]
    assert listed[0]["published"].startswith("2024-03-02T08:30:00")
