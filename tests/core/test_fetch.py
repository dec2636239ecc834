"""The fetcher and the refresh pipeline against a real HTTP server on 127.0.0.1."""

from __future__ import annotations

import asyncio
import gzip
import time
from dataclasses import replace
from pathlib import Path

import pytest

from ekreader import __version__
from ekreader.config import Config, FetchConfig
from ekreader.core.fetch.client import Fetcher, Response, socket_budget
from ekreader.core.refresh import ProgressEvent, Refresher
from ekreader.core.store import Store
from ekreader.models import RefreshSummary
from tests.server import Blackhole, FeedServer

FAST = FetchConfig(connect_timeout=1.0, timeout=2.0, full_text="never")


def rss(*titles: str, channel: str = "Test Channel") -> str:
    items = "".join(
        f"<item><title>{t}</title><link>https://news.example/{i}</link>"
        f"<guid>{channel}-{t}</guid><description>About {t}.</description></item>"
        for i, t in enumerate(titles)
    )
    return (
        '<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel>'
        f"<title>{channel}</title><link>https://news.example/</link>{items}</channel></rss>"
    )


FEED = rss("First story", "Second story")


def get(url: str, settings: FetchConfig = FAST, **kwargs) -> Response:
    async def go() -> Response:
        async with Fetcher(settings) as fetcher:
            return await fetcher.get(url, **kwargs)

    return asyncio.run(go())


def timed_get(url: str, settings: FetchConfig = FAST, **kwargs) -> tuple[Response, float]:
    started = time.monotonic()
    response = get(url, settings, **kwargs)
    return response, time.monotonic() - started


# -- the refresh pipeline, in process ---------------------------------------------------


class Home:
    """A cache on tmp_path and a way to refresh it."""

    def __init__(self, path: Path, fetch: FetchConfig = FAST) -> None:
        self.db = path / "cache.sqlite3"
        self.config = Config(fetch=fetch)

    def subscribe(self, *urls: str) -> None:
        with Store.open(self.db) as store:
            for url in urls:
                store.add_feed(url)

    def refresh(self, progress=None) -> RefreshSummary:
        refresher = Refresher(self.db, self.config, feeds_only=True, workers=1, progress=progress)
        return asyncio.run(refresher.run())

    def store(self) -> Store:
        return Store.open(self.db)

    def titles(self) -> list[str]:
        with self.store() as store:
            return sorted(h.title for h in store.headlines(limit=1000))

    def feed_urls(self) -> list[str]:
        with self.store() as store:
            return [f.url for f in store.feeds()]


@pytest.fixture
def home(tmp_path: Path) -> Home:
    return Home(tmp_path)


# -- 200 ------------------------------------------------------------------------------------


def test_200_body_and_headers(feed_server: FeedServer):
    url = feed_server.add("/feed.xml", FEED, headers={"X-Test": "yes"})
    response = get(url)
    assert response.ok
    assert response.status == 200
    assert response.body == FEED.encode()
    assert response.headers["x-test"] == "yes"
    assert response.headers["content-type"].startswith("application/rss+xml")
    assert response.final_url == url
    assert response.permanent_url is None


def test_refresh_stores_a_feed(feed_server: FeedServer, home: Home):
    url = feed_server.add("/feed.xml", FEED)
    home.subscribe(url)
    summary = home.refresh()
    assert [(r.ok, r.status, r.new) for r in summary.results] == [(True, 200, 2)]
    assert home.titles() == ["First story", "Second story"]
    with home.store() as store:
        feed = store.feed_by_url(url)
    assert feed is not None
    assert feed.title == "Test Channel"
    assert feed.last_status == 200
    assert feed.last_error is None
    assert feed.last_fetched is not None


def test_user_agent_names_ekreader_and_its_version(feed_server: FeedServer):
    url = feed_server.add("/feed.xml", FEED)
    get(url)
    agent = feed_server.requests_for("/feed.xml")[0].header("User-Agent")
    assert agent is not None
    assert "ekreader" in agent
    assert __version__ in agent


# -- conditional GET ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("validator", "request_header"),
    [
        ({"etag": '"v1-abc"'}, "If-None-Match"),
        ({"last_modified": "Tue, 05 Mar 2024 08:00:00 GMT"}, "If-Modified-Since"),
    ],
    ids=["etag", "last-modified"],
)
def test_conditional_get_sends_stored_validators_and_304_skips_parsing(
    feed_server: FeedServer, home: Home, validator: dict[str, str], request_header: str
):
    url = feed_server.add("/feed.xml", FEED, **validator)
    home.subscribe(url)
    first = home.refresh()
    assert first.results[0].new == 2
    assert feed_server.requests_for("/feed.xml")[0].header(request_header) is None
    with home.store() as store:
        feed = store.feed_by_url(url)
    assert feed is not None
    assert (feed.etag, feed.last_modified) == (
        validator.get("etag"),
        validator.get("last_modified"),
    )

    # Same validator, different body: only a client that skips parsing on 304 misses it.
    feed_server.add("/feed.xml", rss("First story", "Second story", "Sneaky third"), **validator)
    second = home.refresh()
    sent = feed_server.requests_for("/feed.xml")[1]
    assert sent.header(request_header) == next(iter(validator.values()))
    result = second.results[0]
    assert (result.ok, result.status, result.not_modified, result.new) == (True, 304, True, 0)
    assert home.titles() == ["First story", "Second story"]
    with home.store() as store:
        feed = store.feed_by_url(url)
    assert feed is not None
    assert feed.last_status == 304
    # The validators survive a 304.
    assert (feed.etag, feed.last_modified) == (
        validator.get("etag"),
        validator.get("last_modified"),
    )


def test_changed_validator_gets_the_new_body(feed_server: FeedServer, home: Home):
    url = feed_server.add("/feed.xml", FEED, etag='"v1"')
    home.subscribe(url)
    home.refresh()
    feed_server.add("/feed.xml", rss("First story", "Second story", "Third story"), etag='"v2"')
    summary = home.refresh()
    assert summary.results[0].status == 200
    assert summary.results[0].new == 1
    with home.store() as store:
        feed = store.feed_by_url(url)
    assert feed is not None
    assert feed.etag == '"v2"'


# -- redirects ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("status", "moves"), [(301, True), (308, True), (302, False), (307, False)]
)
def test_redirects_and_the_stored_url(
    feed_server: FeedServer, home: Home, status: int, moves: bool
):
    new = feed_server.add("/new.xml", FEED)
    old = feed_server.redirect("/old.xml", "/new.xml", status=status)
    response = get(old)
    assert response.ok
    assert response.final_url == new
    assert response.permanent_url == (new if moves else None)

    home.subscribe(old)
    summary = home.refresh()
    assert summary.results[0].ok
    assert summary.results[0].new == 2
    assert home.feed_urls() == [new if moves else old]
    assert home.titles() == ["First story", "Second story"]


def test_permanent_then_temporary_redirect_does_not_move_the_feed(feed_server: FeedServer):
    feed_server.add("/final.xml", FEED)
    feed_server.redirect("/middle.xml", "/final.xml", status=302)
    old = feed_server.redirect("/old.xml", "/middle.xml", status=301)
    response = get(old)
    assert response.ok
    assert response.permanent_url is None


def test_permanent_redirect_onto_a_feed_already_subscribed_keeps_both(
    feed_server: FeedServer, home: Home
):
    new = feed_server.add("/new.xml", FEED)
    old = feed_server.redirect("/old.xml", "/new.xml", status=301)
    home.subscribe(old, new)
    summary = home.refresh()
    assert all(r.ok for r in summary.results)
    assert sorted(home.feed_urls()) == sorted([old, new])


def test_redirect_with_an_upper_case_scheme(feed_server: FeedServer, home: Home):
    new = feed_server.add("/new.xml", FEED)
    old = feed_server.redirect("/old.xml", "HTTP" + new[len("http") :], status=301)
    response = get(old)
    assert response.ok
    assert response.permanent_url == new
    home.subscribe(old)
    home.refresh()
    assert home.feed_urls() == [new]
    assert home.refresh().results[0].ok  # still fetched: not taken for a local feed


def test_redirect_loop_is_an_error(feed_server: FeedServer, home: Home):
    a = feed_server.redirect("/a", "/b", status=302)
    feed_server.redirect("/b", "/a", status=302)
    response, elapsed = timed_get(a)
    assert not response.ok
    assert response.error is not None
    assert "redirect" in response.error
    assert elapsed < 2
    assert len(feed_server.requests) == FAST.max_redirects + 1

    home.subscribe(a)
    summary = home.refresh()
    assert not summary.results[0].ok
    with home.store() as store:
        feed = store.feed_by_url(a)
    assert feed is not None
    assert feed.last_error is not None
    assert "redirect" in feed.last_error


def test_too_many_redirects(feed_server: FeedServer):
    feed_server.add("/end", FEED)
    for hop in range(4):
        feed_server.redirect(f"/hop{hop}", f"/hop{hop + 1}" if hop < 3 else "/end", status=302)
    assert get(feed_server.url("/hop0"), replace(FAST, max_redirects=4)).ok
    response = get(feed_server.url("/hop0"), replace(FAST, max_redirects=3))
    assert not response.ok
    assert response.error is not None
    assert "more than 3 redirects" in response.error


def test_relative_redirect_location(feed_server: FeedServer):
    feed_server.add("/feeds/real.xml", FEED)
    url = feed_server.add("/feeds/old.xml", status=302, content_type=None, location="real.xml")
    assert get(url).final_url == feed_server.url("/feeds/real.xml")


@pytest.mark.parametrize(
    "target", ["file:///etc/passwd", "ftp://127.0.0.1/feed.xml", "gopher://127.0.0.1/"]
)
def test_redirect_to_another_scheme_is_refused(feed_server: FeedServer, target: str):
    url = feed_server.redirect("/evil", target, status=302)
    response = get(url)
    assert not response.ok
    assert response.error is not None
    assert "only http and https" in response.error


# -- HTTP errors ----------------------------------------------------------------------------


@pytest.mark.parametrize(("status", "reason"), [(404, "Not Found"), (500, "Internal Server Error")])
def test_http_errors_are_recorded_and_keep_the_articles(
    feed_server: FeedServer, home: Home, status: int, reason: str
):
    url = feed_server.add("/feed.xml", FEED)
    home.subscribe(url)
    home.refresh()
    feed_server.add("/feed.xml", "<h1>oops</h1>", status=status, content_type="text/html")
    summary = home.refresh()
    result = summary.results[0]
    assert (result.ok, result.status) == (False, status)
    assert result.error == f"HTTP {status} {reason}"
    with home.store() as store:
        feed = store.feed_by_url(url)
    assert feed is not None
    assert (feed.last_status, feed.last_error, feed.gone) == (status, result.error, False)
    assert home.titles() == ["First story", "Second story"]


def test_410_marks_the_feed_gone_and_it_is_not_fetched_again(feed_server: FeedServer, home: Home):
    url = feed_server.add("/feed.xml", FEED)
    home.subscribe(url)
    home.refresh()
    feed_server.add("/feed.xml", "gone", status=410, content_type="text/plain")
    summary = home.refresh()
    assert summary.results[0].status == 410
    assert not summary.results[0].ok
    with home.store() as store:
        feed = store.feed_by_url(url)
    assert feed is not None
    assert feed.gone
    assert feed.last_status == 410
    assert home.titles() == ["First story", "Second story"]
    requests = len(feed_server.requests_for("/feed.xml"))
    assert home.refresh().results == ()
    assert len(feed_server.requests_for("/feed.xml")) == requests


# -- timeouts -------------------------------------------------------------------------------


def test_connect_timeout(blackhole: Blackhole):
    settings = replace(FAST, connect_timeout=0.5, timeout=10)
    response, elapsed = timed_get(blackhole.url("/feed.xml"), settings)
    assert not response.ok
    assert response.error is not None
    assert "connect" in response.error
    assert 0.3 < elapsed < 5


def test_connection_refused(feed_server: FeedServer):
    port = feed_server.port
    feed_server.close()
    response, elapsed = timed_get(f"http://127.0.0.1:{port}/feed.xml")
    assert not response.ok
    assert response.error is not None
    assert "connect" in response.error
    assert elapsed < 2


def test_no_answer_stops_at_the_total_timeout(feed_server: FeedServer):
    url = feed_server.add("/hang", hang=True)
    settings = replace(FAST, timeout=1.0)
    response, elapsed = timed_get(url, settings)
    assert not response.ok
    assert response.error is not None
    assert "time" in response.error
    assert 0.8 < elapsed < 4


def test_slow_drip_is_stopped_by_the_total_timeout(feed_server: FeedServer):
    # A byte every 0.1 s never trips a read timeout: only the total timeout ends it.
    url = feed_server.add("/drip", drip=(b" ", 0.1), send_length=False)
    settings = replace(FAST, timeout=1.0)
    response, elapsed = timed_get(url, settings)
    assert not response.ok
    assert response.error == "timed out after 1 s"
    assert 0.8 < elapsed < 4


def test_drip_of_a_whole_feed_within_the_timeout_succeeds(feed_server: FeedServer):
    url = feed_server.add("/drip", FEED, drip=(b"x" * 64, 0.01))
    response = get(url)
    assert response.ok
    assert response.body == FEED.encode()


def test_delay_shorter_than_the_timeout_is_fine(feed_server: FeedServer):
    url = feed_server.add("/slow", FEED, delay=0.3)
    response, elapsed = timed_get(url)
    assert response.ok
    assert elapsed >= 0.3


def test_total_timeout_covers_all_redirect_hops(feed_server: FeedServer):
    feed_server.add("/end", FEED, delay=0.6)
    feed_server.add("/hop", status=302, content_type=None, location="/end", delay=0.6)
    settings = replace(FAST, timeout=1.0)
    response, elapsed = timed_get(feed_server.url("/hop"), settings)
    assert not response.ok
    assert response.error == "timed out after 1 s"  # each hop alone is within the timeout
    assert elapsed < 3


@pytest.mark.parametrize("kind", ["reset", "close"])
def test_connection_dropped_without_an_answer(feed_server: FeedServer, kind: str):
    url = feed_server.add("/bad", **{kind: True})
    response, elapsed = timed_get(url)
    assert not response.ok
    assert response.status is None
    assert response.error
    assert elapsed < 2


def test_body_shorter_than_its_content_length(feed_server: FeedServer):
    url = feed_server.add("/short", FEED, length=len(FEED) + 500)
    response = get(url)
    assert not response.ok
    assert response.error


def test_one_hung_feed_does_not_delay_the_others(feed_server: FeedServer):
    hung = feed_server.add("/hang", hang=True)
    fast = [feed_server.add(f"/f{i}.xml", rss(f"story {i}")) for i in range(6)]
    settings = replace(FAST, timeout=3.0, per_host=8)
    finished: dict[str, float] = {}

    async def one(fetcher: Fetcher, url: str, started: float) -> Response:
        response = await fetcher.get(url)
        finished[url] = time.monotonic() - started
        return response

    async def go() -> list[Response]:
        async with Fetcher(settings) as fetcher:
            started = time.monotonic()
            return await asyncio.gather(*(one(fetcher, u, started) for u in [hung, *fast]))

    responses = asyncio.run(go())
    assert [r.ok for r in responses] == [False] + [True] * len(fast)
    # Generous margins: the fast ones take milliseconds, the hung one its full timeout.
    assert max(finished[u] for u in fast) < 2.0
    assert 2.8 < finished[hung] < 8


def test_refresh_with_a_hung_feed_stores_the_others_first(feed_server: FeedServer, home: Home):
    hung = feed_server.add("/hang", hang=True)
    dripping = feed_server.add("/drip", drip=(b" ", 0.1), send_length=False)
    good = [feed_server.add(f"/f{i}.xml", rss(f"story {i}", channel=f"c{i}")) for i in range(4)]
    home.config = Config(fetch=replace(FAST, timeout=3.0))
    home.subscribe(hung, dripping, *good)
    seen: list[tuple[float, str, bool]] = []
    started = time.monotonic()

    def progress(event: ProgressEvent) -> None:
        assert event.result is not None
        seen.append((time.monotonic() - started, event.result.url, event.result.ok))

    summary = home.refresh(progress)
    elapsed = time.monotonic() - started
    assert summary.ok == 4
    assert summary.failed == 2
    assert {url for _, url, ok in seen if ok} == set(good)
    assert max(t for t, _, ok in seen if ok) < 2.0  # long before the 3 s timeout
    assert elapsed < 8
    assert len(home.titles()) == 4


# -- size caps ------------------------------------------------------------------------------


SMALL_CAP = replace(FAST, max_feed_bytes=50_000)


def test_body_over_the_cap_with_content_length(feed_server: FeedServer):
    url = feed_server.add("/big", b"x" * 60_000)
    response = get(url, SMALL_CAP)
    assert not response.ok
    assert response.error is not None
    assert "too large" in response.error


def test_body_over_the_cap_without_content_length_is_cut_while_streaming(
    feed_server: FeedServer,
):
    url = feed_server.add("/big", b"x" * 2_000_000, send_length=False)
    response = get(url, SMALL_CAP)
    assert not response.ok
    assert response.error is not None
    assert "too large" in response.error
    assert response.body == b""


def test_body_at_the_cap_is_accepted(feed_server: FeedServer):
    url = feed_server.add("/exact", b"x" * 50_000, send_length=False)
    response = get(url, SMALL_CAP)
    assert response.ok
    assert len(response.body) == 50_000


@pytest.mark.parametrize("encoding", ["gzip", "deflate", "raw-deflate"])
def test_compressed_body_is_decoded(feed_server: FeedServer, encoding: str):
    url = feed_server.add("/z.xml", FEED, encoding=encoding)
    response = get(url)
    assert response.ok, response.error
    assert response.body == FEED.encode()


@pytest.mark.parametrize("encoding", ["gzip", "deflate", "raw-deflate"])
@pytest.mark.parametrize("size", [1, 3])
def test_compressed_body_sent_a_byte_at_a_time(feed_server: FeedServer, encoding: str, size: int):
    url = feed_server.add("/z.xml", FEED, encoding=encoding, drip=(b"x" * size, 0.001))
    response = get(url, replace(FAST, timeout=10))
    assert response.ok, response.error
    assert response.body == FEED.encode()


@pytest.mark.parametrize("encoding", ["gzip", "deflate", "raw-deflate"])
def test_compressed_body_that_inflates_past_the_cap(feed_server: FeedServer, encoding: str):
    url = feed_server.add("/bomb", b"\0" * 5_000_000, encoding=encoding)
    response = get(url, SMALL_CAP)
    assert not response.ok
    assert response.error is not None
    assert "too large after decompression" in response.error


def test_gzip_bomb_in_the_refresh_keeps_the_cache(feed_server: FeedServer, home: Home):
    url = feed_server.add("/feed.xml", FEED)
    home.config = Config(fetch=SMALL_CAP)
    home.subscribe(url)
    home.refresh()
    bomb = gzip.compress(b"<rss>" + b" " * 20_000_000, compresslevel=9)
    assert len(bomb) < 50_000  # small on the wire
    feed_server.add("/feed.xml", bomb, encoding="gzip", raw_encoded=True)
    summary = home.refresh()
    assert not summary.results[0].ok
    assert "too large" in (summary.results[0].error or "")
    assert home.titles() == ["First story", "Second story"]


def test_broken_gzip_is_an_error(feed_server: FeedServer):
    url = feed_server.add("/bad.gz", b"this is not gzip at all", encoding="gzip", raw_encoded=True)
    response = get(url)
    assert not response.ok
    assert "gzip" in (response.error or "")


# -- schemes ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "url",
    [
        "file:///etc/passwd",
        "ftp://127.0.0.1/feed.xml",
        "javascript:alert(1)",
        "data:text/xml,<rss/>",
        "127.0.0.1/feed.xml",
        "http:///no-host",
    ],
)
def test_only_http_and_https_are_fetched(url: str):
    response, elapsed = timed_get(url)
    assert not response.ok
    assert response.status is None
    assert response.error
    assert elapsed < 1


@pytest.mark.parametrize(
    "url",
    [
        "http://127.0.0.1:1/feed\x1b[31m.xml",
        "http://127.0.0.1:1/\x00",
        "http://[::1/feed.xml",
        "http://127.0.0.1:99999/feed.xml",
        "http://xn--a.example/",  # an IDNA name that does not decode
    ],
)
def test_malformed_urls_are_an_error_not_an_exception(url: str):
    response, elapsed = timed_get(url)
    assert not response.ok
    assert response.status is None
    assert response.error
    assert "\x1b" not in response.error
    assert "\x00" not in response.error
    assert elapsed < 1


@pytest.mark.parametrize("location", ["http://xn--a.example/", "http://127.0.0.1:99999/x"])
def test_redirect_to_a_malformed_url(feed_server: FeedServer, home: Home, location: str):
    url = feed_server.redirect("/moved.xml", location, status=301)
    response = get(url)
    assert not response.ok
    assert response.error
    home.subscribe(url)
    (result,) = home.refresh().results
    assert not result.ok
    assert "internal error" not in (result.error or "")
    assert home.feed_urls() == [url]  # not moved to a broken address


def test_feed_with_a_non_http_url_is_never_fetched(home: Home):
    home.subscribe("ftp://127.0.0.1/feed.xml")
    summary = home.refresh()
    # Stored non-http URLs are local feeds (the demo): never fetched, never an error.
    assert summary.results == ()


# -- what the refresh remembers of a bad body ------------------------------------------------


def test_ill_formed_feed_keeps_what_parsed_and_records_the_error(
    feed_server: FeedServer, home: Home
):
    from tests.conftest import FEEDS

    url = feed_server.add("/broken.xml", (FEEDS / "broken.xml").read_bytes())
    home.subscribe(url)
    (result,) = home.refresh().results
    assert result.ok  # something was read
    assert result.new == 2
    assert (result.error or "").startswith("ill-formed feed")
    with home.store() as store:
        feed = store.feed_by_url(url)
    assert feed is not None
    assert (feed.last_error or "").startswith("ill-formed feed")
    assert home.titles() == ["First story survives", "Second story also fine"]


def test_a_body_that_is_not_a_feed_is_not_remembered(feed_server: FeedServer, home: Home):
    page = "<html><body>Maintenance, back soon</body></html>"
    url = feed_server.add("/feed.xml", page, content_type="text/html", etag='"same"')
    home.subscribe(url)
    (result,) = home.refresh().results
    assert not result.ok
    assert "not a feed" in (result.error or "")
    with home.store() as store:
        feed = store.feed_by_url(url)
    assert feed is not None
    assert feed.etag is None  # else the next request would get a 304 for the broken body
    # The feed comes back under the same ETag: it is downloaded and parsed.
    feed_server.add("/feed.xml", FEED, etag='"same"')
    (result,) = home.refresh().results
    assert result.ok
    assert result.new == 2
    assert feed_server.requests_for("/feed.xml")[-1].header("If-None-Match") is None


def test_unchanged_body_without_validators_is_not_parsed_again(feed_server: FeedServer, home: Home):
    url = feed_server.add("/feed.xml", FEED)
    home.subscribe(url)
    home.refresh()
    with home.store() as store:
        feed = store.feed_by_url(url)
        assert feed is not None
        (article_id,) = [h.id for h in store.headlines() if h.title == "First story"]
        store.set_read([article_id])
    (result,) = home.refresh().results
    assert (result.ok, result.status, result.not_modified, result.new) == (True, 200, True, 0)
    with home.store() as store:
        article = store.article(article_id)
    assert article is not None
    assert article.headline.read


# -- limits on concurrency --------------------------------------------------------------------


def _most_at_once(feed_server: FeedServer, settings: FetchConfig, count: int = 6) -> list[float]:
    urls = [feed_server.add(f"/slow{i}.xml", FEED, delay=0.4) for i in range(count)]

    async def go() -> list[Response]:
        async with Fetcher(settings) as fetcher:
            return await asyncio.gather(*(fetcher.get(u) for u in urls))

    assert all(r.ok for r in asyncio.run(go()))
    return sorted(r.time for r in feed_server.requests)


@pytest.mark.parametrize(
    ("settings", "limit"),
    [
        (replace(FAST, timeout=10, per_host=2, concurrency=32), 2),
        (replace(FAST, timeout=10, per_host=8, concurrency=3), 3),
    ],
    ids=["per-host", "global"],
)
def test_concurrency_limits(feed_server: FeedServer, settings: FetchConfig, limit: int):
    starts = _most_at_once(feed_server, settings)
    # Request k + limit can only start once one of the first `limit` has ended (0.4 s).
    for first, later in zip(starts, starts[limit:], strict=False):
        assert later - first > 0.3
    # ... and the limit is used: `limit` requests start together.
    assert starts[limit - 1] - starts[0] < 0.3


def _wait_for(check, seconds: float = 5.0) -> bool:
    deadline = time.monotonic() + seconds
    while not check():
        if time.monotonic() > deadline:
            return False
        time.sleep(0.02)
    return True


def test_connections_are_kept_per_origin_and_the_least_recent_closed_past_the_bound():
    """Each origin has its own pool (a connection reused for its next request); past the
    bound on connections kept (twice the concurrency), the pool of the origin used least
    recently is closed (its server sees the connection end), the others stay open."""
    settings = replace(FAST, concurrency=1)  # keeps at most 2 connections
    with FeedServer() as a, FeedServer() as b, FeedServer() as c:
        urls = [s.add("/feed.xml", FEED) for s in (a, b, c)]

        async def go() -> list[int]:
            opened: list[int] = []
            async with Fetcher(settings) as fetcher:
                for url in (urls[0], urls[0], urls[1], urls[2]):
                    assert (await fetcher.get(url)).ok
                    opened.append(sum(s.open_connections for s in (a, b, c)))
                assert _wait_for(lambda: a.open_connections == 0)
                assert (b.open_connections, c.open_connections) == (1, 1)
            return opened

        opened = asyncio.run(go())
        assert opened[:3] == [1, 1, 2]  # the second request to a reused its connection
        assert len(a.requests) == 2
        assert _wait_for(lambda: b.open_connections == c.open_connections == 0)


@pytest.mark.parametrize(
    ("limit", "most"), [(1024, 128), (256, 32), (20, 4), (1 << 20, 131072), (None, 1 << 30)]
)
def test_requests_at_once_stay_within_the_open_files_limit(limit: int | None, most: int):
    assert socket_budget(limit) == most


_LIMITED_FETCH = """
import asyncio, resource, sys
from dataclasses import replace
from ekreader.config import FetchConfig
from ekreader.core.fetch.client import Fetcher

resource.setrlimit(resource.RLIMIT_NOFILE, (256, resource.getrlimit(resource.RLIMIT_NOFILE)[1]))
settings = FetchConfig(timeout=20, per_host=100, concurrency=100)

async def go():
    async with Fetcher(settings) as fetcher:
        return await asyncio.gather(*(fetcher.get(u) for u in sys.argv[1:]))

sys.exit(0 if all(r.ok for r in asyncio.run(go())) else 1)
"""


def test_a_process_allowed_256_open_files_makes_32_requests_at_once(feed_server: FeedServer):
    """Where the open-files limit is low (macOS: 256), the requests at once are fewer than
    configured, so the sockets kept never exhaust it."""
    import subprocess
    import sys

    urls = [feed_server.add(f"/slow{i}.xml", FEED, delay=0.4) for i in range(40)]
    done = subprocess.run([sys.executable, "-c", _LIMITED_FETCH, *urls], timeout=60)
    assert done.returncode == 0
    starts = sorted(r.time for r in feed_server.requests)
    assert starts[31] - starts[0] < 0.3  # 32 together ...
    assert starts[32] - starts[0] > 0.3  # ... and the 33rd once one of them ended
