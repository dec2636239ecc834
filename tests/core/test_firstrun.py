"""First run: default subscriptions and the bundled demo feed, loaded without the network."""

from __future__ import annotations

import socket
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from email.utils import parsedate_to_datetime
from pathlib import Path

import pytest

from ekreader.config import Config, GeneralConfig
from ekreader.core.firstrun import DEFAULT_FEEDS, DEMO_URL, first_run, read_demo
from ekreader.core.refresh import refresh
from ekreader.core.store import Store
from ekreader.models import Article, Headline, HeadlineQuery

CONTENT = "{http://purl.org/rss/1.0/modules/content/}encoded"
NO_DEFAULTS = Config(general=GeneralConfig(first_run_feeds=False))


@pytest.fixture(autouse=True)
def _no_network(monkeypatch: pytest.MonkeyPatch) -> None:
    """Any attempt to resolve a name or open a connection fails the test."""

    def refuse(*args: object, **kwargs: object) -> None:
        raise AssertionError(f"network access attempted: {args!r}")

    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(socket.socket, "connect_ex", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)
    monkeypatch.setattr(socket, "getaddrinfo", refuse)


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "data" / "ekreader.sqlite3"


@pytest.fixture
def store(db_path: Path) -> Iterator[Store]:
    with Store.open(db_path) as opened:
        yield opened


def _raw_items() -> list[ET.Element]:
    """The demo's items read with the standard library, independently of our parser."""
    return ET.fromstring(read_demo()).findall("./channel/item")


def _all_headlines(store: Store) -> list[Headline]:
    return store.headlines(limit=1000)


def _article(store: Store, title_start: str) -> Article:
    found = [h for h in _all_headlines(store) if h.title.startswith(title_start)]
    assert len(found) == 1, title_start
    article = store.article(found[0].id)
    assert article is not None
    return article


def test_empty_store_gets_defaults_and_the_demo(store: Store) -> None:
    assert first_run(store, Config()) is True

    feeds = {f.url: f for f in store.feeds()}
    assert set(feeds) == {url for url, _ in DEFAULT_FEEDS} | {DEMO_URL}
    for url, title in DEFAULT_FEEDS:
        feed = feeds[url]
        assert url.startswith(("https://", "http://"))
        assert not feed.is_local
        assert feed.title == title
        # Subscribed only: nothing was fetched.
        assert feed.last_fetched is None
        assert feed.last_status is None
        assert feed.etag is None
        assert feed.total == 0

    demo = feeds[DEMO_URL]
    assert demo.is_local
    assert demo.title is not None
    assert "demo" in demo.title
    assert demo.total == len(_raw_items()) >= 12
    assert demo.unread == demo.total
    # The demo is complete: no article page is ever queued for download.
    assert store.page_jobs(max_attempts=100) == []


def test_demo_titles_and_authors_are_intact(store: Store) -> None:
    first_run(store, NO_DEFAULTS)
    stored = {h.title: h for h in _all_headlines(store)}
    for item in _raw_items():
        title = item.findtext("title")
        assert title in stored
        author = item.findtext("{http://purl.org/dc/elements/1.1/}creator")
        assert stored[title].author == author


def test_breaking_items_are_flagged_with_their_reason(store: Store) -> None:
    first_run(store, NO_DEFAULTS)
    breaking = {h.title: h.breaking_reason for h in store.headlines(HeadlineQuery(breaking=True))}
    reasons = set(breaking.values())
    assert "category: Breaking News" in reasons
    assert any(r and r.startswith("title marker: BREAKING") for r in reasons)
    assert any(r and r.startswith("title marker: Eilmeldung") for r in reasons)
    assert any(r and r.startswith("title marker: عاجل") for r in reasons)
    assert len(breaking) == 4
    # A word at the start of a title is not a marker.
    ice = _article(store, "Breaking the ice")
    assert not ice.headline.breaking
    assert ice.headline.breaking_reason is None


def test_long_article_has_sections_lists_quote_and_links(store: Store) -> None:
    first_run(store, NO_DEFAULTS)
    article = _article(store, "Thirty years after the great flood")
    doc = article.document
    assert not article.full_text
    headed = [s for s in doc.sections if s.heading]
    assert len(headed) >= 4
    assert {s.level for s in headed} == {2, 3}
    assert doc.sections[0].heading is None  # the lead
    assert len(doc.text.split()) >= 1500
    assert any(line.startswith("• ") for line in doc.text.splitlines())
    assert any(line.startswith("1. ") for line in doc.text.splitlines())
    assert any(line.startswith("> ") for line in doc.text.splitlines())
    assert len(doc.links) >= 3
    assert all(link.url.startswith("https://") for link in doc.links)
    assert "[1]" in doc.text


def test_arabic_article_is_intact(store: Store) -> None:
    first_run(store, NO_DEFAULTS)
    raw = next(i for i in _raw_items() if (i.findtext("title") or "").startswith("انتخابات"))
    title = raw.findtext("title") or ""
    article = _article(store, title)
    assert article.headline.title == title
    html = raw.findtext(CONTENT) or ""
    expected_headings = [
        part.split("</h2>", 1)[0] for part in html.split("<h2>")[1:]
    ]  # the raw <h2> texts, in order
    assert len(expected_headings) >= 3
    assert [s.heading for s in article.document.sections if s.heading] == expected_headings
    text = article.document.text
    assert "يتوجه سكان بورت كالديرا غداً إلى صناديق الاقتراع" in text
    assert "\ufffd" not in text


def test_german_bold_paragraphs_become_sections(store: Store) -> None:
    first_run(store, NO_DEFAULTS)
    article = _article(store, "Wahl in Nordhafen")
    headings = [s.heading for s in article.document.sections if s.heading]
    assert "Ilse Varga: Deich erhöhen, Abgabe staffeln" in headings
    assert len(headings) >= 4


def test_keywords_for_highlighting_recur(store: Store) -> None:
    first_run(store, NO_DEFAULTS)
    for word, at_least in (("storm", 3), ("election", 3), ("Wahl", 1), ("Sturmflut", 1)):
        assert store.count(HeadlineQuery(search=word)) >= at_least, word


def test_dates_are_shifted_so_the_newest_is_now(store: Store) -> None:
    first_run(store, NO_DEFAULTS)
    heads = _all_headlines(store)
    newest = max(h.published for h in heads if h.published)
    assert abs(datetime.now(UTC) - newest) < timedelta(minutes=1)
    # The spacing of the file's dates is kept.
    raw_dates = sorted(
        (parsedate_to_datetime(i.findtext("pubDate") or "") for i in _raw_items()), reverse=True
    )
    stored_dates = sorted((h.published for h in heads if h.published), reverse=True)
    assert [raw_dates[0] - d for d in raw_dates] == [stored_dates[0] - d for d in stored_dates]


def test_an_explicit_now_dates_the_newest_item(store: Store) -> None:
    now = datetime(2026, 1, 2, 3, 4, 5, tzinfo=UTC)
    first_run(store, NO_DEFAULTS, now=now)
    assert max(h.published for h in _all_headlines(store) if h.published) == now


def test_second_call_does_nothing(store: Store) -> None:
    assert first_run(store, Config()) is True
    store.set_read([_all_headlines(store)[0].id])
    feeds, heads = store.feeds(), _all_headlines(store)
    assert first_run(store, Config()) is False
    assert store.feeds() == feeds
    assert _all_headlines(store) == heads  # same ids, dates and read state


def test_without_first_run_feeds_only_the_demo(store: Store) -> None:
    assert first_run(store, NO_DEFAULTS) is True
    assert [f.url for f in store.feeds()] == [DEMO_URL]
    assert store.count() == len(_raw_items())


def test_a_store_with_a_subscription_is_untouched(store: Store) -> None:
    store.add_feed("https://news.example/feed.xml", "Mine")
    before = store.feeds()
    assert first_run(store, Config()) is False
    assert store.feeds() == before
    assert store.count() == 0


def test_removing_every_feed_never_brings_the_defaults_back(store: Store) -> None:
    assert first_run(store, Config()) is True
    for feed in store.feeds():
        assert store.remove_feed(feed.url)
    assert first_run(store, Config()) is False
    assert store.feeds() == []


def test_a_cache_set_up_headlessly_has_had_its_first_start(store: Store) -> None:
    """Feeds added with `ekreader add`: the first UI start adds nothing, and removing
    them all later does not make it a first start."""
    store.add_feed("https://news.example/feed.xml", "Mine")
    assert first_run(store, Config()) is False
    assert store.remove_feed("https://news.example/feed.xml")
    assert first_run(store, Config()) is False
    assert store.feeds() == []


def test_an_interrupted_first_start_leaves_nothing_half_done(
    store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Defaults subscribed, then loading the demo fails: nothing of it stays, and the
    next start does it all."""

    def broken(*args: object, **kwargs: object) -> None:
        raise OSError("disk gone")

    monkeypatch.setattr(store, "write_entries", broken)
    with pytest.raises(OSError, match="disk gone"):
        first_run(store, Config())
    assert store.feeds() == []
    assert not store.first_run_done()
    monkeypatch.undo()
    assert first_run(store, Config()) is True
    assert len(store.feeds()) == len(DEFAULT_FEEDS) + 1


def test_an_older_cache_with_feeds_counts_as_set_up(db_path: Path) -> None:
    """Schema 6 marks a cache that already has subscriptions; an empty one is not."""
    import sqlite3

    from ekreader.core.store.schema import MIGRATIONS, split_script

    for with_feed, expected in ((True, True), (False, False)):
        path = db_path.with_name(f"old-{with_feed}.sqlite3")
        path.parent.mkdir(parents=True, exist_ok=True)
        db = sqlite3.connect(path)
        db.create_function("ek_fold", 1, lambda text: text)
        for number in range(5):
            for statement in split_script(MIGRATIONS[number]):
                db.execute(statement)
        db.execute("PRAGMA user_version = 5")
        if with_feed:
            db.execute(
                "INSERT INTO feeds (url, added_at) VALUES ('https://news.example/feed.xml', 0)"
            )
        db.commit()
        db.close()
        with Store.open(path) as opened:
            assert opened.first_run_done() is expected


async def test_refresh_never_fetches_the_demo(store: Store, db_path: Path) -> None:
    first_run(store, NO_DEFAULTS)
    summary = await refresh(db_path, NO_DEFAULTS)
    assert summary.results == ()
    assert summary.pages_fetched == summary.pages_failed == 0
    assert store.count() == len(_raw_items())
