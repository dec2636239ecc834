"""A feed that a permanent redirect moved keeps its [feeds."URL"] settings: the store
remembers the addresses it had, and the refresh looks the settings up by any of them."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from ekreader.config import config_from_dict
from ekreader.core.ingest import rules_for
from ekreader.core.store import Store
from ekreader.core.store.schema import SCHEMA_VERSION
from ekreader.models import FetchRecord
from tests.core.test_store_search import make_schema_3_cache
from tests.helpers import EkHome
from tests.server import FeedServer

A, B, C = "https://a.example/rss", "https://b.example/rss", "https://c.example/rss"


def test_a_move_is_remembered_the_latest_first(tmp_path: Path) -> None:
    with Store.open(tmp_path / "cache.sqlite3") as store:
        feed = store.add_feed(A)[0].id
        assert store.feed_by_id(feed).former_urls == ()  # type: ignore[union-attr]
        store.record_fetch(feed, FetchRecord(status=200, new_url=B))
        store.record_fetch(feed, FetchRecord(status=200, new_url=B))  # again: nothing new
        store.record_fetch(feed, FetchRecord(status=200, new_url=C))
        (listed,) = store.feeds()
        assert (listed.url, listed.former_urls) == (C, (B, A))
        assert store.feed_by_url(C).former_urls == (B, A)  # type: ignore[union-attr]
        # Moved back to where it was: that address is its own again, not a former one.
        store.record_fetch(feed, FetchRecord(status=200, new_url=A))
        assert store.feed_by_id(feed).former_urls == (C, B)  # type: ignore[union-attr]


def test_a_move_onto_a_subscribed_feed_moves_nothing(tmp_path: Path) -> None:
    with Store.open(tmp_path / "cache.sqlite3") as store:
        feed = store.add_feed(A)[0].id
        store.add_feed(B)
        store.record_fetch(feed, FetchRecord(status=200, new_url=B))
        assert {(f.url, f.former_urls) for f in store.feeds()} == {(A, ()), (B, ())}


def test_unsubscribing_forgets_the_former_addresses(tmp_path: Path) -> None:
    path = tmp_path / "cache.sqlite3"
    with Store.open(path) as store:
        feed = store.add_feed(A)[0].id
        store.record_fetch(feed, FetchRecord(status=200, new_url=B))
        assert store.remove_feed(B)
        store.add_feed(A)  # subscribed again under its old address: a feed of its own
        assert [(f.url, f.former_urls) for f in store.feeds()] == [(A, ())]
    db = sqlite3.connect(path)
    try:
        assert db.execute("SELECT count(*) FROM feed_moves").fetchone() == (0,)
    finally:
        db.close()


def test_the_rules_of_a_moved_feed_are_those_of_its_first_address(tmp_path: Path) -> None:
    config = config_from_dict(
        {"fetch": {"full_text": "always"}, "feeds": {A: {"full_text": "never", "breaking": True}}}
    )
    with Store.open(tmp_path / "cache.sqlite3") as store:
        feed = store.add_feed(A)[0].id
        store.record_fetch(feed, FetchRecord(status=200, new_url=B))
        moved = store.feed_by_id(feed)
        assert moved is not None
        spec = rules_for(config, moved.url, moved.former_urls)
        assert (spec.full_text, spec.always_breaking) == ("never", True)
        assert rules_for(config, moved.url).full_text == "always"


def test_an_older_cache_is_migrated_with_its_feeds(tmp_path: Path) -> None:
    path = tmp_path / "cache.sqlite3"
    make_schema_3_cache(path)
    with Store.open(path) as store:
        (feed,) = store.feeds()
        assert (feed.url, feed.former_urls, feed.total) == ("https://a.example/rss", (), 5)
        store.record_fetch(feed.id, FetchRecord(status=200, new_url=B))
        assert store.feed_by_url(B).former_urls == ("https://a.example/rss",)  # type: ignore[union-attr]
    db = sqlite3.connect(path)
    try:
        assert db.execute("PRAGMA user_version").fetchone() == (SCHEMA_VERSION,)
    finally:
        db.close()


# -- end to end: `ekreader fetch` against a feed that moved ---------------------------------


def _rss(server: FeedServer, keys: list[str]) -> str:
    items = "".join(
        f"<item><title>Story {key}</title><guid>{key}</guid>"
        f"<link>{server.url(f'/articles/{key}.html')}</link>"
        f"<description>A teaser for story {key}.</description></item>"
        for key in keys
    )
    return f'<rss version="2.0"><channel><title>Alerts</title>{items}</channel></rss>'


PAGE = (
    "<html><body><article><h1>Story</h1>"
    + "<p>Full text of the story.</p>" * 40
    + "</article></body></html>"
)


def test_feed_settings_still_apply_after_a_permanent_redirect(
    feed_server: FeedServer, ek: EkHome
) -> None:
    old = feed_server.url("/alerts.xml")
    feed_server.redirect("/alerts.xml", "/feeds/alerts.xml", status=301)
    new = feed_server.add("/feeds/alerts.xml", _rss(feed_server, ["1", "2"]))
    for key in ("1", "2", "3", "4"):
        feed_server.add(f"/articles/{key}.html", PAGE, content_type="text/html; charset=utf-8")
    # Pages for every other feed; none and every item breaking for this one, by its old URL.
    ek.config(
        f"""
[fetch]
connect_timeout = 1
timeout = 5
full_text = "always"

[feeds."{old}"]
full_text = "never"
breaking = true
"""
    )
    opml = ek.root / "subs.opml"
    opml.write_text(f'<opml version="2.0"><body><outline text="a" xmlUrl="{old}"/></body></opml>')
    ek.ok("import", str(opml))

    ek.ok("fetch")  # follows the redirect and moves the subscription
    assert [f["url"] for f in ek.json("feeds")] == [new]
    # The feed brings two more stories; fetched at its new address, under the same settings.
    feed_server.add("/feeds/alerts.xml", _rss(feed_server, ["1", "2", "3", "4"]))
    ek.ok("fetch")
    assert len(feed_server.requests_for("/feeds/alerts.xml")) == 2
    assert len(feed_server.requests_for("/alerts.xml")) == 1

    listed = ek.json("headlines")
    assert sorted(h["title"] for h in listed) == ["Story 1", "Story 2", "Story 3", "Story 4"]
    assert all(h["breaking"] for h in listed), listed
    assert not [r.path for r in feed_server.requests if r.path.startswith("/articles/")]
    assert ek.json("read", str(listed[0]["id"]))["full_text"] is False

    # Scripts that name the feed by the address they subscribed to keep working.
    assert ek.json("feeds")[0]["former_urls"] == [old]
    by_old = ek.json("headlines", "--feed", old)
    assert sorted(h["id"] for h in by_old) == sorted(h["id"] for h in listed)
    assert ek.ok("remove", old).stdout.strip() == f"removed {old} (moved to {new})"
    assert ek.json("feeds") == []
    assert ek.run("headlines", "--feed", old).returncode == 1
