"""The page guard at its resolver seam: a page link whose name resolves into a private
network, or a redirect hop into one, is refused for a public feed — by the refresh and by
the reader's `F`, which share core/page.py. Every request here goes to 127.0.0.1; the
other addresses exist only as the resolver's answers."""

from __future__ import annotations

import asyncio
from collections.abc import Mapping, Sequence
from pathlib import Path

import pytest

from ekreader.config import Config
from ekreader.core.fetch.guard import REFUSED, PageGuard, Resolver, is_internal
from ekreader.core.ingest import store_entries
from ekreader.core.parse.entry import make_entry
from ekreader.core.refresh import Refresher
from ekreader.core.store import Store
from ekreader.models import EntryDecision
from tests.server import FeedServer

PUBLIC = "93.184.216.34"
"""An address on the internet: nothing is ever sent to it, the resolver only names it."""


def resolver(answers: Mapping[str, Sequence[str]]) -> Resolver:
    """Answers from a table; a name not in it does not resolve."""

    async def resolve(host: str) -> Sequence[str]:
        return answers.get(host, ())

    return resolve


def refusal(guard: PageGuard, url: str, feed_url: str) -> str | None:
    return asyncio.run(guard.refusal(url, feed_url))


@pytest.mark.parametrize("private", ["10.0.0.5", "169.254.169.254", "127.0.0.1", "::1", "fd00::7"])
def test_a_public_feeds_link_to_a_name_resolving_into_a_private_network_is_refused(
    private: str,
) -> None:
    guard = PageGuard(resolver({"news.example": [PUBLIC], "intranet.example": [private]}))
    assert refusal(guard, "http://intranet.example/admin", "https://news.example/feed") == REFUSED


def test_one_private_address_among_several_is_enough_to_refuse() -> None:
    guard = PageGuard(resolver({"mixed.example": [PUBLIC, "10.1.2.3"], "news.example": [PUBLIC]}))
    assert refusal(guard, "https://mixed.example/a", "https://news.example/feed") == REFUSED


@pytest.mark.parametrize(
    ("url", "feed_url"),
    [
        ("https://other.example/story", "https://news.example/feed"),  # public to public
        ("http://intranet.example/page", "http://wiki.corp/feed"),  # intranet feed, intranet page
        ("http://10.0.0.9/page", "http://10.0.0.8/feed"),
        ("https://unresolvable.example/a", "https://news.example/feed"),  # fails on its own
    ],
)
def test_what_stays_allowed(url: str, feed_url: str) -> None:
    answers = {
        "news.example": [PUBLIC],
        "other.example": [PUBLIC],
        "intranet.example": ["10.0.0.5"],
        "wiki.corp": ["10.0.0.6"],
    }
    assert refusal(PageGuard(resolver(answers)), url, feed_url) is None


def test_local_names_are_private_without_asking_the_resolver() -> None:
    asked: list[str] = []

    async def resolve(host: str) -> Sequence[str]:
        asked.append(host)
        return [PUBLIC]

    guard = PageGuard(resolve)
    for url in ("http://localhost/a", "http://printer.local/", "http://db.internal/"):
        assert refusal(guard, url, "https://news.example/feed") == REFUSED
    assert asked == ["news.example"]  # asked once: each host is resolved once per guard


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
def test_is_internal_by_name_or_address(url: str, internal: bool) -> None:
    assert is_internal(url) is internal


# -- through the refresh, against a local server ------------------------------------------


def _article(db: Path, feed_url: str, link: str) -> int:
    with Store.open(db) as store:
        feed = store.add_feed(feed_url)[0]
        entry = make_entry("a1", "An article", link, None, None, None, "teaser", None)
        store_entries(store, feed.id, [EntryDecision(entry, None, None, True)])
        return store.page_jobs(3)[0].article_id


def _refresh_pages(db: Path, resolve: Resolver) -> None:
    async def run() -> None:
        refresher = Refresher(db, Config(), resolver=resolve)
        with Store.open(db) as store:
            refresher._feeds = store.feeds()
        try:
            await refresher._refresh_pages()
        finally:
            await refresher._close()

    asyncio.run(run())


def _page_state(db: Path, article_id: int) -> tuple[bool, str | None]:
    with Store.open(db) as store:
        article = store.article(article_id)
        error = store._db.sql.execute(
            "SELECT page_error FROM articles WHERE id = ?", (article_id,)
        ).fetchone()[0]
    assert article is not None
    return article.full_text, error


def test_the_refresh_refuses_a_public_feeds_link_to_this_machine(
    tmp_path: Path, feed_server: FeedServer
) -> None:
    page = feed_server.add(
        "/page.html", "<html><body><p>secret</p></body></html>", content_type="text/html"
    )
    db = tmp_path / "c.sqlite3"
    article_id = _article(db, "https://news.example/feed.xml", page)
    _refresh_pages(db, resolver({"news.example": [PUBLIC]}))
    full_text, error = _page_state(db, article_id)
    assert not full_text
    assert error == REFUSED
    assert not feed_server.requests_for("/page.html")


def test_the_refresh_refuses_a_page_whose_name_resolves_into_the_intranet(
    tmp_path: Path, feed_server: FeedServer
) -> None:
    db = tmp_path / "c.sqlite3"
    feed_url = feed_server.url("/feed.xml")  # on 127.0.0.1, treated as public below
    article_id = _article(db, feed_url, "http://intranet.example/secret.html")
    _refresh_pages(db, resolver({"127.0.0.1": [PUBLIC], "intranet.example": ["10.0.0.5"]}))
    full_text, error = _page_state(db, article_id)
    assert not full_text
    assert error == REFUSED


def test_the_refresh_refuses_a_redirect_hop_to_the_metadata_service(
    tmp_path: Path, feed_server: FeedServer
) -> None:
    hop = feed_server.redirect("/story.html", "http://169.254.169.254/latest/meta-data/", 302)
    db = tmp_path / "c.sqlite3"
    article_id = _article(db, feed_server.url("/feed.xml"), hop)
    _refresh_pages(db, resolver({"127.0.0.1": [PUBLIC]}))
    full_text, error = _page_state(db, article_id)
    assert not full_text
    assert error == REFUSED
    assert [r.path for r in feed_server.requests] == ["/story.html"]  # the hop never went out


def test_an_intranet_feed_still_gets_its_intranet_pages(
    tmp_path: Path, feed_server: FeedServer
) -> None:
    body = "<html><body><article><h1>T</h1>" + "<p>Local text of the article.</p>" * 20
    page = feed_server.add(
        "/page.html", body + "</article></body></html>", content_type="text/html"
    )
    db = tmp_path / "c.sqlite3"
    article_id = _article(db, feed_server.url("/feed.xml"), page)
    _refresh_pages(db, resolver({}))  # 127.0.0.1 is what it is: the feed is local
    full_text, error = _page_state(db, article_id)
    assert full_text
    assert error is None


def test_the_download_connects_to_the_address_the_guard_checked(
    tmp_path: Path, feed_server: FeedServer
) -> None:
    """The page's name is resolved once, by the guard, and the download connects to the
    address it checked with the name in the Host header: a second lookup could answer
    otherwise (DNS rebinding). Here only the guard's resolver knows the name at all (the
    system's lookup of it fails), and the answer is this machine, for an intranet feed."""
    body = "<html><body><article><h1>T</h1>" + "<p>Text of the pinned page.</p>" * 20
    feed_server.add("/pinned.html", body + "</article></body></html>", content_type="text/html")
    db = tmp_path / "c.sqlite3"
    link = f"http://wiki.intranet.example:{feed_server.port}/pinned.html"
    article_id = _article(db, feed_server.url("/feed.xml"), link)
    _refresh_pages(db, resolver({"wiki.intranet.example": ["127.0.0.1"]}))
    full_text, error = _page_state(db, article_id)
    assert (full_text, error) == (True, None)
    (request,) = feed_server.requests_for("/pinned.html")
    assert request.header("Host") == f"wiki.intranet.example:{feed_server.port}"


def test_a_guard_gives_the_address_it_checked_for_a_name_only() -> None:
    guard = PageGuard(resolver({"news.example": ["2001:db8::1", PUBLIC], "127.0.0.1": [PUBLIC]}))
    feed = "https://news.example/feed"
    hop = asyncio.run(guard.hop("https://news.example/story", feed))
    assert (hop.refused, hop.address) == (None, PUBLIC)  # IPv4 first
    # An address is connected to as written (no lookup to rebind).
    assert asyncio.run(guard.hop("http://127.0.0.1/page", feed)).address is None
    # An intranet feed's link to a name with a zoned address only: nothing to pin to.
    local = PageGuard(resolver({"printer.lan": ["fe80::7%eth0"]}))
    hop = asyncio.run(local.hop("http://printer.lan/", "http://10.0.0.2/feed"))
    assert (hop.refused, hop.address) == (None, None)
