"""The Google Reader API client against a real FreshRSS (and, for misbehaviour, against
our own local server): login, subscriptions, ids and contents page by page, states."""

from __future__ import annotations

import pytest

from ekreader.core.sync.answers import item_id, long_item_id
from ekreader.core.sync.greader import READ, READING_LIST, STARRED, GReaderClient
from ekreader.core.sync.session import BadAnswer, LoginRefused, Unreachable
from tests.freshrss import API_PASSWORD, FreshRSS, FreshUser, invented_feed
from tests.server import Blackhole, FeedServer


def client_for(server: FreshRSS, user: FreshUser, password: str = API_PASSWORD) -> GReaderClient:
    return GReaderClient(server.api_url, user.name, lambda: password, timeout=30)


@pytest.fixture
def feed_url(feed_server: FeedServer) -> str:
    return feed_server.add("/news.xml", invented_feed(feed_server.base_url, "news", 30))


# -- ids --------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("given", "number"),
    [
        ("tag:google.com,2005:reader/item/000661fad25f5b94", 0x000661FAD25F5B94),
        ("1796579759446932", 1796579759446932),
        (1796579759446932, 1796579759446932),
        ("tag:google.com,2005:reader/item/ffffffffffffffff", -1),
        ("-1", -1),
        ("tag:google.com,2005:reader/item/8000000000000000", -(1 << 63)),
    ],
)
def test_item_ids_in_every_form_are_one_integer(given: object, number: int):
    assert item_id(given) == number
    assert item_id(long_item_id(number)) == number


@pytest.mark.parametrize(
    "bad", ["", "abc", None, True, 1.5, "tag:google.com,2005:reader/item/zz", str(1 << 64)]
)
def test_item_id_refuses_what_is_not_one(bad: object):
    with pytest.raises(ValueError, match="item id"):
        item_id(bad)


def test_long_ids_have_sixteen_hex_digits():
    assert long_item_id(255) == "tag:google.com,2005:reader/item/00000000000000ff"
    assert long_item_id(-1) == "tag:google.com,2005:reader/item/ffffffffffffffff"


# -- login ------------------------------------------------------------------------------------


def test_login_and_an_empty_account(freshrss: FreshRSS, fresh_user: FreshUser):
    with client_for(freshrss, fresh_user) as client:
        assert client.subscriptions() == []
        assert list(client.item_ids()) == []
        assert client.token()


def test_a_refused_login_names_the_server_and_the_user_but_not_the_password(
    freshrss: FreshRSS, fresh_user: FreshUser
):
    with (
        client_for(freshrss, fresh_user, "wrong-password-42") as client,
        pytest.raises(LoginRefused) as caught,
    ):
        client.subscriptions()
    message = str(caught.value)
    assert freshrss.api_url in message
    assert repr(fresh_user.name) in message
    assert "wrong-password-42" not in message


def test_the_password_is_asked_for_once(freshrss: FreshRSS, fresh_user: FreshUser):
    asked: list[int] = []

    def password() -> str:
        asked.append(1)
        return API_PASSWORD

    with GReaderClient(freshrss.api_url, fresh_user.name, password) as client:
        client.subscriptions()
        client._auth = "someone/forged"  # an expired login: renewed with the same password
        client.subscriptions()
    assert asked == [1]


def test_an_unreachable_server_is_named(blackhole: Blackhole):
    url = blackhole.url("/api/greader.php")
    with (
        GReaderClient(url, "me", lambda: "pw", connect_timeout=0.5, timeout=1) as client,
        pytest.raises(Unreachable, match=r"cannot reach|did not answer") as caught,
    ):
        client.subscriptions()
    assert url in str(caught.value)


def test_a_stopped_server_is_named(freshrss: FreshRSS, fresh_user: FreshUser):
    with (
        freshrss.stopped(),
        client_for(freshrss, fresh_user) as client,
        pytest.raises(Unreachable, match="cannot reach the sync server") as caught,
    ):
        client.subscriptions()
    assert freshrss.api_url in str(caught.value)


def test_a_web_page_instead_of_the_api_is_an_unexpected_answer(feed_server: FeedServer):
    feed_server.add(
        "/accounts/ClientLogin", "<html>Welcome to my blog</html>", content_type="text/html"
    )
    with (
        GReaderClient(feed_server.base_url, "me", lambda: "pw-123") as client,
        pytest.raises(BadAnswer, match="no Auth token") as caught,
    ):
        client.subscriptions()
    assert feed_server.url("/accounts/ClientLogin") in str(caught.value)
    # The password went in the body of a POST, nowhere else.
    (request,) = feed_server.requests_for("/accounts/ClientLogin")
    assert request.method == "POST"
    assert b"Passwd=pw-123" in request.body
    assert "pw-123" not in request.path


def test_a_redirect_is_reported_not_followed(feed_server: FeedServer):
    feed_server.redirect("/accounts/ClientLogin", "https://elsewhere.example/login", status=301)
    with (
        GReaderClient(feed_server.base_url, "me", lambda: "pw") as client,
        pytest.raises(BadAnswer, match=r"redirects to https://elsewhere\.example/login"),
    ):
        client.login()


def test_garbage_from_an_api_call_is_an_unexpected_answer(feed_server: FeedServer):
    feed_server.add("/accounts/ClientLogin", "SID=x\nAuth=me/123\n", content_type="text/plain")
    feed_server.add(
        "/reader/api/0/subscription/list", "not json \x1b[31m", content_type="text/plain"
    )
    feed_server.add("/reader/api/0/stream/items/ids", "[1, 2]", content_type="application/json")
    feed_server.add("/reader/api/0/tag/list", "oops", status=500, content_type="text/plain")
    with GReaderClient(feed_server.base_url, "me", lambda: "pw") as client:
        with pytest.raises(BadAnswer, match="not JSON") as caught:
            client.subscriptions()
        assert "\x1b" not in str(caught.value)
        assert "/reader/api/0/subscription/list" in str(caught.value)
        with pytest.raises(BadAnswer, match="expected a JSON object"):
            client.item_ids_page()
        with pytest.raises(BadAnswer, match="HTTP 500"):
            client.folders()
    (request,) = feed_server.requests_for("/reader/api/0/subscription/list")
    assert request.header("Authorization") == "GoogleLogin auth=me/123"


# -- subscriptions ----------------------------------------------------------------------------


def test_subscribe_rename_move_and_unsubscribe(
    freshrss: FreshRSS, fresh_user: FreshUser, feed_url: str
):
    with client_for(freshrss, fresh_user) as client:
        stream = client.subscribe(feed_url)
        (sub,) = client.subscriptions()
        assert (sub.id, sub.url, sub.title) == (stream, feed_url, "news (invented)")
        client.rename(stream, "My news")
        client.move(stream, "Local", old_folder=sub.folders[0] if sub.folders else None)
        (sub,) = client.subscriptions()
        assert (sub.title, sub.folders) == ("My news", ("Local",))
        assert "Local" in client.folders()
        client.unsubscribe(stream)
        assert client.subscriptions() == []
    assert fresh_user.subscriptions() == []


def test_a_feed_the_server_cannot_fetch_is_not_subscribed(
    freshrss: FreshRSS, fresh_user: FreshUser, feed_server: FeedServer
):
    missing = feed_server.url("/missing.xml")
    with client_for(freshrss, fresh_user) as client:
        with pytest.raises(BadAnswer, match="did not subscribe to") as caught:
            client.subscribe(missing)
        assert missing in str(caught.value)
        assert client.subscriptions() == []


# -- items ------------------------------------------------------------------------------------


def test_ids_page_by_page_are_every_id_once(
    freshrss: FreshRSS, fresh_user: FreshUser, feed_url: str
):
    fresh_user.quickadd(feed_url)
    expected = fresh_user.item_ids()
    assert len(expected) == 30
    with client_for(freshrss, fresh_user) as client:
        collected: list[int] = []
        continuation = None
        pages = 0
        while True:
            page = client.item_ids_page(continuation=continuation, n=7)
            collected += page.ids
            pages += 1
            if page.continuation is None:
                break
            continuation = page.continuation
        assert pages == 5
        assert len(collected) == 30
        assert set(collected) == expected
        assert collected == sorted(collected, reverse=True)  # newest first
        assert set(client.item_ids()) == expected


def test_stream_contents_page_by_page(freshrss: FreshRSS, fresh_user: FreshUser, feed_url: str):
    fresh_user.quickadd(feed_url)
    with client_for(freshrss, fresh_user) as client:
        items = []
        continuation = None
        while True:
            page = client.stream_contents(continuation=continuation, n=8, oldest_first=True)
            items += page.items
            if page.continuation is None:
                break
            continuation = page.continuation
        assert len(items) == 30
        assert len({item.id for item in items}) == 30
        assert [item.id for item in items] == sorted(item.id for item in items)
        assert {item.id for item in items} == fresh_user.item_ids()


def test_item_contents_carry_what_the_feed_said(
    freshrss: FreshRSS, fresh_user: FreshUser, feed_url: str, feed_server: FeedServer
):
    stream = fresh_user.quickadd(feed_url)
    ids = sorted(fresh_user.item_ids())
    with client_for(freshrss, fresh_user) as client:
        items = {item.id: item for item in client.item_contents(ids)}
    assert set(items) == set(ids)
    item = max(items.values(), key=lambda i: i.published or 0)
    assert item.title == "news 30: Bridge repairs finish ahead of schedule"
    assert item.link == f"{feed_server.base_url}/news/30.html"
    assert item.stream_id == stream
    assert "Bridge repairs finish ahead of schedule" in item.html
    assert item.published is not None
    assert item.published.isoformat() == "2024-01-01T00:30:00+00:00"
    assert item.crawled_usec
    assert item.crawled_usec > 1_600_000_000_000_000
    assert not item.read
    assert not item.starred


def test_item_contents_in_batches(
    freshrss: FreshRSS, fresh_user: FreshUser, feed_url: str, monkeypatch
):
    from ekreader.core.sync import greader

    monkeypatch.setattr(greader, "CONTENTS_BATCH", 4)
    fresh_user.quickadd(feed_url)
    ids = sorted(fresh_user.item_ids())
    with client_for(freshrss, fresh_user) as client:
        assert {item.id for item in client.item_contents(ids)} == set(ids)


def test_read_and_starred_go_to_the_server_and_come_back(
    freshrss: FreshRSS, fresh_user: FreshUser, feed_url: str
):
    fresh_user.quickadd(feed_url)
    ids = sorted(fresh_user.item_ids())
    with client_for(freshrss, fresh_user) as client:
        client.set_state(ids[:3], READ, True)
        client.set_state(ids[1:2], STARRED, True)
        assert fresh_user.item_ids(READ) == set(ids[:3])
        assert fresh_user.item_ids(STARRED) == {ids[1]}
        assert set(client.item_ids(READING_LIST, exclude=READ)) == set(ids[3:])
        assert set(client.item_ids(STARRED)) == {ids[1]}
        states = {item.id: (item.read, item.starred) for item in client.item_contents(ids[:4])}
        assert states == {
            ids[0]: (True, False),
            ids[1]: (True, True),
            ids[2]: (True, False),
            ids[3]: (False, False),
        }
        client.set_state(ids[:1], READ, False)
        client.set_state(ids[1:2], STARRED, False)
    assert fresh_user.item_ids(READ) == set(ids[1:3])
    assert fresh_user.item_ids(STARRED) == set()


def test_ids_since_a_time(freshrss: FreshRSS, fresh_user: FreshUser, feed_url: str):
    fresh_user.quickadd(feed_url)
    with client_for(freshrss, fresh_user) as client:
        (item,) = client.item_contents([next(iter(fresh_user.item_ids()))])
        assert item.crawled_usec is not None
        crawled = item.crawled_usec // 1_000_000
        assert len(set(client.item_ids(since=crawled - 60))) == 30
        assert list(client.item_ids(since=crawled + 3600)) == []


def test_an_expired_action_token_is_renewed(
    freshrss: FreshRSS, fresh_user: FreshUser, feed_url: str
):
    fresh_user.quickadd(feed_url)
    ids = sorted(fresh_user.item_ids())
    with client_for(freshrss, fresh_user) as client:
        client.token()
        client._token = "stale"
        client.set_state(ids[:1], READ, True)
    assert fresh_user.item_ids(READ) == {ids[0]}
