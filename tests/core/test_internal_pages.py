"""A feed from the internet cannot make ekreader request hosts on this machine or its
private network through article links (full-text downloads)."""

from __future__ import annotations

import asyncio
from pathlib import Path

import pytest

from ekreader.config import Config
from ekreader.core.fetch.client import is_internal
from ekreader.core.parse.feed import make_entry
from ekreader.core.refresh import Refresher
from ekreader.core.store import Store
from ekreader.models import EntryDecision
from tests.server import FeedServer


@pytest.mark.parametrize(
    ("url", "internal"),
    [
        ("http://127.0.0.1:8080/a", True),
        ("http://localhost/a", True),
        ("http://printer.local/", True),
        ("http://10.1.2.3/admin", True),
        ("http://192.168.1.1/", True),
        ("http://169.254.169.254/latest/meta-data/", True),
        ("http://[::1]/", True),
        ("http://[fd00::1]/", True),
        ("https://news.example/a", False),
        ("https://93.184.216.34/a", False),
        ("not a url", False),
    ],
)
def test_is_internal(url: str, internal: bool) -> None:
    assert is_internal(url) is internal


def _store_article(db: Path, feed_url: str, link: str) -> int:
    with Store.open(db) as store:
        feed = store.add_feed(feed_url)[0]
        entry = make_entry("a1", "An article", link, None, None, None, "teaser", None)
        store.store_entries(feed.id, [EntryDecision(entry, None, None, True)])
        return store.page_jobs(3)[0].article_id


def _pages(db: Path, feed_url: str) -> None:
    async def run() -> None:
        refresher = Refresher(db, Config())
        with Store.open(db) as store:
            refresher._feeds = [f for f in store.feeds() if f.url == feed_url]
        try:
            await refresher._refresh_pages()
        finally:
            await refresher._close()

    asyncio.run(run())


def test_a_public_feed_linking_into_this_machine_is_refused(
    tmp_path: Path, feed_server: FeedServer
) -> None:
    feed_server.add(
        "/page.html", "<html><body><p>secret</p></body></html>", content_type="text/html"
    )
    db = tmp_path / "c.sqlite3"
    article_id = _store_article(db, "https://news.example/feed.xml", feed_server.url("/page.html"))
    _pages(db, "https://news.example/feed.xml")
    with Store.open(db) as store:
        article = store.article(article_id)
        error = store._db.execute(
            "SELECT page_error FROM articles WHERE id = ?", (article_id,)
        ).fetchone()[0]
    assert article is not None
    assert not article.full_text
    assert "refused" in error
    assert not [r for r in feed_server.requests if r.path == "/page.html"]


def test_a_local_feed_may_link_to_local_pages(tmp_path: Path, feed_server: FeedServer) -> None:
    body = "<html><body><article><h1>T</h1>" + "<p>Local text of the article.</p>" * 20
    feed_server.add("/page.html", body + "</article></body></html>", content_type="text/html")
    db = tmp_path / "c.sqlite3"
    feed_url = feed_server.url("/feed.xml")
    article_id = _store_article(db, feed_url, feed_server.url("/page.html"))
    _pages(db, feed_url)
    with Store.open(db) as store:
        article = store.article(article_id)
    assert article is not None
    assert article.full_text
