"""When the reader's schedule fetches a feed again (core/decide/schedule.py), and what the
refresh records for it: the feed's <ttl>, its server's Retry-After and Cache-Control."""

from __future__ import annotations

import asyncio
from datetime import UTC, datetime, timedelta
from email.utils import format_datetime
from pathlib import Path

import pytest

from ekreader.config import Config, ConfigError, config_from_dict
from ekreader.core.decide.schedule import MAX_SERVER_WAIT, is_due, server_wait
from ekreader.core.refresh import refresh
from ekreader.core.store import Store
from ekreader.models import Feed
from tests.server import FeedServer

NOW = datetime(2026, 12, 6, 12, 0, tzinfo=UTC)
MINUTE = timedelta(minutes=1)


@pytest.mark.parametrize(
    ("headers", "wait"),
    [
        ({}, None),
        ({"retry-after": "120"}, timedelta(seconds=120)),
        ({"retry-after": format_datetime(NOW + 5 * MINUTE, usegmt=True)}, 5 * MINUTE),
        ({"retry-after": format_datetime(NOW - 5 * MINUTE, usegmt=True)}, None),  # past
        ({"retry-after": "soon"}, None),
        ({"retry-after": "999999999"}, MAX_SERVER_WAIT),  # capped: a day at most
        ({"cache-control": "public, max-age=600"}, 10 * MINUTE),
        ({"cache-control": "max-age=600", "age": "540"}, MINUTE),
        ({"cache-control": "max-age=600", "age": "900"}, None),  # stale already
        ({"cache-control": "no-cache, max-age=600"}, None),
        ({"cache-control": "max-age=60", "retry-after": "300"}, 5 * MINUTE),  # the later
    ],
)
def test_what_the_server_asks_for(headers: dict[str, str], wait: timedelta | None) -> None:
    assert server_wait(headers, NOW) == (None if wait is None else NOW + wait)


def feed(**changes: object) -> Feed:
    base = Feed(id=1, url="https://news.example/feed.xml", last_fetched=NOW - 20 * MINUTE)
    return Feed(**{**{f: getattr(base, f) for f in base.__dataclass_fields__}, **changes})


@pytest.mark.parametrize(
    ("changes", "interval", "due"),
    [
        ({}, 15 * 60, True),  # 20 minutes since the last fetch, every 15
        ({}, 30 * 60, False),
        ({}, 0, False),  # the schedule is off
        ({"last_fetched": None}, 15 * 60, True),  # never fetched
        ({"ttl": 60}, 15 * 60, False),  # the feed asks for an hour
        ({"ttl": 10}, 15 * 60, True),  # a shorter ttl does not hurry it
        ({"not_before": NOW + MINUTE}, 15 * 60, False),  # its server said wait
        ({"not_before": NOW - MINUTE}, 15 * 60, True),
        ({"not_before": NOW + MINUTE, "last_fetched": None}, 15 * 60, False),
        ({"gone": True}, 15 * 60, False),
        ({"url": "ekreader:demo"}, 15 * 60, False),
    ],
)
def test_is_due(changes: dict[str, object], interval: float, due: bool) -> None:
    assert is_due(feed(**changes), interval, NOW) is due


@pytest.mark.parametrize(
    ("value", "seconds"), [(15, 900.0), (0.5, 30.0), ("90s", 90.0), ("2h", 7200.0), (0, 0.0)]
)
def test_refresh_interval_in_the_config(value: object, seconds: float) -> None:
    config = config_from_dict({"general": {"refresh_interval": value}})
    assert config.refresh_interval_for("https://any/") == seconds
    per_feed = config_from_dict({"feeds": {"https://a/": {"refresh_interval": value}}})
    assert per_feed.refresh_interval_for("https://a/") == seconds
    assert (
        per_feed.refresh_interval_for("https://b/") == 60 * Config().general.refresh_interval == 900
    )


@pytest.mark.parametrize("value", ["soon", "-5m", -1, True, "5 weeks"])
def test_a_bad_refresh_interval_is_named(value: object) -> None:
    with pytest.raises(ConfigError, match=r"\[general\] refresh_interval"):
        config_from_dict({"general": {"refresh_interval": value}})


RSS = """<?xml version="1.0"?><rss version="2.0"><channel><title>Wire</title>{ttl}
<item><guid>a</guid><title>Harbour reopens</title><link>http://127.0.0.1:9/a</link></item>
</channel></rss>"""


def test_the_refresh_records_ttl_and_what_the_server_asks(
    tmp_path: Path, feed_server: FeedServer
) -> None:
    polite = feed_server.add(
        "/polite.xml", RSS.format(ttl="<ttl>90</ttl>"), headers={"Cache-Control": "max-age=600"}
    )
    busy = feed_server.add("/busy.xml", "slow down", status=429, headers={"Retry-After": "120"})
    plain = feed_server.add("/plain.xml", RSS.format(ttl=""))
    db = tmp_path / "c.sqlite3"
    with Store.open(db) as store:
        for url in (polite, busy, plain):
            store.add_feed(url)
    config = config_from_dict({"fetch": {"full_text": "never"}})
    before = datetime.now(UTC)
    asyncio.run(refresh(db, config))
    after = datetime.now(UTC)
    with Store.open(db) as store:
        feeds = {f.url: f for f in store.feeds()}
    assert feeds[polite].ttl == 90
    assert feeds[polite].not_before is not None
    assert before + 9 * MINUTE <= feeds[polite].not_before <= after + 10 * MINUTE
    assert feeds[busy].last_error is not None
    assert feeds[busy].not_before is not None
    assert before + MINUTE <= feeds[busy].not_before <= after + 2 * MINUTE
    assert feeds[plain].ttl is None
    assert feeds[plain].not_before is None
    # The schedule leaves the first two alone for now, and would take the third in 15 min.
    now = datetime.now(UTC)
    assert not is_due(feeds[polite], 60, now)
    assert not is_due(feeds[busy], 60, now)
    assert is_due(feeds[plain], 60, now + 2 * MINUTE)
