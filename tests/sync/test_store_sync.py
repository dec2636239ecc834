"""The cache's side of sync, on a real SQLite file: the rule that merges the states of
both sides, pending marks, subscriptions made the server's, items joined by link."""

from __future__ import annotations

import itertools
from datetime import UTC, datetime
from pathlib import Path

import pytest

from ekreader.config import Config
from ekreader.core.decide.entries import decide
from ekreader.core.ingest import rules_for, store_entries
from ekreader.core.store import Store
from ekreader.core.store.sync import RemoteFeed
from ekreader.core.sync.answers import Item
from ekreader.core.sync.engine import store_items as store_synced
from ekreader.core.sync.entries import feed_from_items
from ekreader.models import ParsedFeed


def item(number: int, *, read: bool = False, starred: bool = False, stream: str = "feed/1") -> Item:
    return Item(
        id=1_700_000_000_000_000 + number,
        stream_id=stream,
        title=f"Story {number}",
        link=f"http://127.0.0.1:9/{number}.html",
        author=None,
        published=datetime(2024, 1, 1, 10, number, tzinfo=UTC),
        updated=None,
        crawled_usec=1_700_000_000_000_000 + number,
        html=f"<p>Text of story {number}.</p>",
        read=read,
        starred=starred,
    )


def store_items(store: Store, feed_id: int, items: list[Item]) -> None:
    decisions = decide(feed_from_items(items), rules_for(Config(), "http://x/"))
    store_synced(store, feed_id, decisions, items, datetime.now(UTC))


@pytest.fixture
def store(tmp_path: Path) -> Store:
    with Store.open(tmp_path / "cache.sqlite3") as opened:
        yield opened


def synced_feed(store: Store) -> int:
    _, _, streams = store.merge_subscriptions(
        [RemoteFeed("feed/1", "http://127.0.0.1:9/feed.xml", "Feed", None, None)]
    )
    return streams["feed/1"]


def article_id(store: Store, number: int) -> int:
    (headline,) = [h for h in store.headlines(limit=1000) if h.title == f"Story {number}"]
    return headline.id


@pytest.mark.parametrize(
    ("base", "here", "server"), list(itertools.product([False, True], repeat=3))
)
def test_the_merge_rule_for_read(store: Store, base: bool, here: bool, server: bool):
    feed_id = synced_feed(store)
    story = item(1, read=base)
    store_items(store, feed_id, [story])
    aid = article_id(store, 1)
    store.set_read([aid], here)
    store.apply_server_states(set() if server else {story.id}, set(), skip=set())
    (headline,) = store.headlines()
    changed_here = here != base
    expected = here if changed_here else server
    assert headline.read is expected
    pending = store.pending_marks()
    if changed_here and server == base:
        (mark,) = pending
        assert (mark.remote_id, mark.read, mark.server_read) == (story.id, here, base)
    else:
        assert pending == []


@pytest.mark.parametrize(
    ("base", "here", "server"), list(itertools.product([False, True], repeat=3))
)
def test_the_merge_rule_for_starred(store: Store, base: bool, here: bool, server: bool):
    feed_id = synced_feed(store)
    story = item(1, starred=base)
    store_items(store, feed_id, [story])
    store.set_starred([article_id(store, 1)], here)
    store.apply_server_states({story.id}, {story.id} if server else set(), skip=set())
    (headline,) = store.headlines()
    assert headline.starred is (here if here != base else server)
    assert bool(store.pending_marks()) is (here != base and server == base)


def test_new_items_take_the_server_state_and_are_known(store: Store):
    feed_id = synced_feed(store)
    store_items(store, feed_id, [item(1, read=True), item(2, starred=True), item(3)])
    state = {h.title: (h.read, h.starred) for h in store.headlines()}
    assert state == {
        "Story 1": (True, False),
        "Story 2": (False, True),
        "Story 3": (False, False),
    }
    assert store.synced_ids() == {item(n).id for n in (1, 2, 3)}
    assert store.pending_marks() == []
    # Stored again (a sync killed before it recorded its end): nothing doubles.
    store_items(store, feed_id, [item(1, read=True), item(2, starred=True), item(3)])
    assert store.count() == 3


def test_confirmed_marks_are_no_longer_pending(store: Store):
    feed_id = synced_feed(store)
    store_items(store, feed_id, [item(1), item(2)])
    store.set_read([article_id(store, 1)])
    store.set_starred([article_id(store, 2)])
    pending = store.pending_marks()
    assert {(m.remote_id, m.wants(True, True), m.wants(False, True)) for m in pending} == {
        (item(1).id, True, False),
        (item(2).id, False, True),
    }
    store.confirm_marks([item(1).id], "read", True)
    assert [m.remote_id for m in store.pending_marks()] == [item(2).id]
    store.confirm_marks([item(2).id], "starred", True)
    assert store.pending_marks() == []


def test_items_join_the_articles_of_the_same_link(store: Store):
    feed, _ = store.add_feed("http://127.0.0.1:9/feed.xml")
    # An article fetched before sync mode, read here.
    from ekreader.core.parse.entry import make_entry

    entry = make_entry(
        "guid-1", "Story 1", "http://127.0.0.1:9/1.html", None, None, None, "Text", None
    )
    decisions = decide(ParsedFeed(None, None, (entry,)), rules_for(Config(), feed.url))
    store_entries(store, feed.id, decisions)
    store.set_read([article_id(store, 1)])
    feed_id = synced_feed(store)
    assert feed_id == feed.id
    store_items(store, feed_id, [item(1), item(2)])
    assert store.count() == 2
    assert store.synced_ids() == {item(1).id, item(2).id}
    # It stays read here, which is a mark to send.
    assert [m.remote_id for m in store.pending_marks()] == [item(1).id]


def test_subscriptions_become_the_servers(store: Store):
    kept, _ = store.add_feed("http://127.0.0.1:9/kept.xml")
    remote = [
        RemoteFeed("feed/1", "http://127.0.0.1:9/kept.xml", "Kept", None, "News"),
        RemoteFeed("feed/2", "http://127.0.0.1:9/new.xml", "New", "http://127.0.0.1:9/", None),
    ]
    added, removed, streams = store.merge_subscriptions(remote)
    assert (added, removed) == (1, [])
    assert streams["feed/1"] == kept.id
    feeds = {f.url: (f.title, f.folder) for f in store.feeds()}
    assert feeds == {
        "http://127.0.0.1:9/kept.xml": ("Kept", "News"),
        "http://127.0.0.1:9/new.xml": ("New", None),
    }
    store_items(store, streams["feed/2"], [item(1, stream="feed/2")])
    added, removed, _ = store.merge_subscriptions(remote[:1])
    assert (added, removed) == (0, ["http://127.0.0.1:9/new.xml"])
    assert [f.url for f in store.feeds()] == ["http://127.0.0.1:9/kept.xml"]
    assert store.count() == 0
    assert store.unsynced_feeds() == []
    local, _ = store.add_feed("http://127.0.0.1:9/local.xml")
    assert [f.url for f in store.unsynced_feeds()] == [local.url]


def test_forgetting_the_account_keeps_articles(store: Store):
    feed_id = synced_feed(store)
    store_items(store, feed_id, [item(1)])
    store.forget_sync()
    assert store.synced_ids() == set()
    assert store.count() == 1
    assert [f.url for f in store.unsynced_feeds()] == ["http://127.0.0.1:9/feed.xml"]


def test_a_cache_of_the_version_before_sync_is_upgraded_and_keeps_its_articles(tmp_path: Path):
    import sqlite3

    from ekreader.core.store.schema import MIGRATIONS, SCHEMA_VERSION, split_script
    from ekreader.core.store.search import fold_sections
    from ekreader.core.text.fold import search_fold

    before = next(i for i, m in enumerate(MIGRATIONS) if "CREATE TABLE sync_items" in m)
    path = tmp_path / "old.sqlite3"
    db = sqlite3.connect(path)
    db.create_function("ek_fold", 1, search_fold)
    db.create_function("ek_fold_sections", 1, fold_sections)
    for migration in MIGRATIONS[:before]:
        for statement in split_script(migration):
            db.execute(statement)
    db.execute(f"PRAGMA user_version = {before}")
    db.execute("INSERT INTO feeds (id, url, added_at) VALUES (1, 'http://127.0.0.1:9/feed.xml', 0)")
    db.execute(
        "INSERT INTO articles (feed_id, key, title, link, sort_time, entry_hash, fetched_at, read)"
        " VALUES (1, 'k1', 'Story 1', 'http://127.0.0.1:9/1.html', 0, 'h', 0, 1)"
    )
    db.commit()
    db.close()
    assert SCHEMA_VERSION > before >= 6
    with Store.open(path) as store:
        assert store.count() == 1
        assert store.synced_ids() == set()
        assert store.pending_marks() == []
        assert [f.url for f in store.unsynced_feeds()] == ["http://127.0.0.1:9/feed.xml"]
        # Synced now: the server's copy joins the article, whose read state is a mark.
        feed_id = synced_feed(store)
        store_items(store, feed_id, [item(1)])
        assert store.count() == 1
        assert [m.remote_id for m in store.pending_marks()] == [item(1).id]
    check = sqlite3.connect(path)
    try:
        assert check.execute("PRAGMA user_version").fetchone() == (SCHEMA_VERSION,)
    finally:
        check.close()


def test_the_first_start_in_sync_mode_adds_no_default_feeds(store: Store):
    from ekreader.config import config_from_dict
    from ekreader.core.firstrun import DEMO_URL, first_run

    config = config_from_dict(
        {
            "sync": {
                "url": "https://rss.example.org/api/greader.php",
                "username": "me",
                "password": "x",
            }
        }
    )
    assert first_run(store, config)
    assert [f.url for f in store.feeds()] == [DEMO_URL]
    assert store.unsynced_feeds() == []  # the demo is local: never sent to the server
