"""Background refresh in the UI, against local servers only: offline start, new articles
arriving under the reader, breaking news announced, failing feeds reported."""

from __future__ import annotations

import asyncio
import socket
import time
from email.utils import format_datetime
from xml.sax.saxutils import escape

import pytest

from ekreader.core.refresh import refresh
from ekreader.core.store import Store
from ekreader.ui import app as app_module
from ekreader.ui import desktop
from ekreader.ui.screens.article import ArticleScreen
from tests.ui.conftest import screen_text
from tests.ui.factory import NOW, sample_store

FAST = {"fetch": {"connect_timeout": 2, "timeout": 3, "full_text": "never"}}


@pytest.fixture(autouse=True)
def _reload_at_once(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(app_module, "RELOAD_EVERY", 0.01)


def rss(items: list[tuple[str, str]]) -> str:
    """An RSS document; items are (guid, title), newest first."""
    entries = "".join(
        f"<item><guid>{escape(guid)}</guid><title>{escape(title)}</title>"
        f"<link>http://127.0.0.1:9/{escape(guid)}</link>"
        f"<pubDate>{format_datetime(NOW)}</pubDate>"
        f"<description>Text of {escape(title)}.</description></item>"
        for guid, title in items
    )
    return (
        '<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel>'
        f"<title>Local Wire</title><link>http://127.0.0.1:9/</link>{entries}</channel></rss>"
    )


def closed_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


async def finish_refresh(app, pilot, timeout: float = 30) -> None:
    """Wait for the refresh (started now or just before) to end and its messages to land."""
    await pilot.pause()
    deadline = time.monotonic() + timeout
    while app.refreshing:
        assert time.monotonic() < deadline, "refresh did not finish"
        await app.workers.wait_for_complete()
        await pilot.pause(0.02)
    for _ in range(3):
        await pilot.pause(0.02)


async def test_offline_start_paints_the_cache_then_reports_every_feed_failed(make_app, paths):
    store = sample_store(paths.database)
    port = closed_port()
    store._db.sql.execute(
        "UPDATE feeds SET url = replace(url, '127.0.0.1:9', ?)", (f"127.0.0.1:{port}",)
    )
    app = make_app(FAST, store=store, refresh=True)
    async with app.run_test(size=(120, 36)) as pilot:
        await pilot.pause()
        # Painted from the cache at once, whatever the network does.
        assert "Earthquake shakes the coast" in screen_text(app)
        await finish_refresh(app, pilot)
        assert not app.refreshing
        text = screen_text(app)
        assert "Offline? all 3 feeds failed (E)" in text
        assert "Earthquake shakes the coast" in text
        await pilot.press("E")
        await pilot.pause()
        text = screen_text(app)
        assert "World Desk" in text
        assert "Local [b]News[/b]" in text
        await pilot.press("escape")
        # Cached articles stay readable.
        await pilot.press("enter")
        await pilot.pause()
        assert isinstance(app.screen, ArticleScreen)


async def test_new_articles_arrive_without_moving_the_cursor_or_closing_the_article(
    make_app, paths, feed_server
):
    feed_server.add("/wire.xml", rss([("a3", "Third story"), ("a2", "Second"), ("a1", "First")]))
    store = Store.open(paths.database)
    store.add_feed(feed_server.url("/wire.xml"))
    app = make_app(FAST, store=store, refresh=True)
    async with app.run_test(size=(120, 36)) as pilot:
        await finish_refresh(app, pilot)
        headlines = app.main.headlines
        assert headlines.count == 3
        headlines.cursor = 1
        chosen = headlines.current
        await pilot.press("enter")
        await pilot.pause()
        screen = app.screen
        assert isinstance(screen, ArticleScreen)
        await pilot.press("right_square_bracket")

        feed_server.add(
            "/wire.xml",
            rss(
                [
                    ("b2", "BREAKING: River floods the old town"),
                    ("b1", "Fresh news"),
                    ("a3", "Third story"),
                    ("a2", "Second"),
                    ("a1", "First"),
                ]
            ),
        )
        await pilot.press("r")
        await finish_refresh(app, pilot)
        assert app.screen is screen
        assert screen.article.id == chosen.id
        assert headlines.count == 5
        assert headlines.current.id == chosen.id
        assert headlines.cursor == 3
        assert headlines.scroll_y == 0  # at the top, the new headlines come into view
        notes = [(n.title, n.message) for n in app._notifications]
        assert any(
            t.startswith("Breaking news (1)") and "River floods the old town" in m for t, m in notes
        )
        await pilot.press("escape")
        await pilot.pause()
        assert "Updated" in screen_text(app)
        assert "2 new" in screen_text(app)
        await pilot.press("B")
        assert headlines.current.title == "BREAKING: River floods the old town"


async def test_bell_when_configured(make_app, paths, feed_server, monkeypatch):
    feed_server.add("/alerts.xml", rss([("x", "URGENT: Storm warning")]))
    store = Store.open(paths.database)
    store.add_feed(feed_server.url("/alerts.xml"))
    rings = []
    monkeypatch.setattr(app_module.ReaderApp, "bell", lambda self: rings.append(1))
    sent = []
    monkeypatch.setattr(desktop, "desktop_notify", lambda title, body: sent.append((title, body)))
    app = make_app({**FAST, "notify": {"bell": True, "desktop": True}}, store=store, refresh=True)
    async with app.run_test(size=(100, 30)) as pilot:
        await finish_refresh(app, pilot)
    assert rings == [1]
    assert sent == [("Breaking news (1)", "URGENT: Storm warning")]


def test_desktop_notify_uses_an_argument_list(monkeypatch):
    calls = []

    class FakePopen:
        def __init__(self, args, **kwargs):
            calls.append((args, kwargs))

    monkeypatch.setattr(desktop.subprocess, "Popen", FakePopen)
    desktop.desktop_notify("Breaking $(rm -rf ~)", "a\x1b]0;x\x07b")
    ((args, kwargs),) = calls
    assert args[:3] == ["notify-send", "--app-name=ekreader", "--"]
    assert args[3] == "Breaking $(rm -rf ~)"
    assert "\x1b" not in args[4]
    assert "\x07" not in args[4]
    assert "shell" not in kwargs


def test_desktop_notify_without_notify_send_is_silent(monkeypatch):
    def missing(*args, **kwargs):
        raise FileNotFoundError("notify-send")

    monkeypatch.setattr(desktop.subprocess, "Popen", missing)
    desktop.desktop_notify("t", "b")


async def wait_for(pilot, condition, seconds: float = 20.0) -> None:
    """Let the app run until `condition()` holds, or fail."""
    deadline = time.monotonic() + seconds
    while not condition():
        assert time.monotonic() < deadline, "timed out"
        await pilot.pause(0.05)


async def test_the_schedule_refreshes_due_feeds_without_r_and_leaves_the_others(
    make_app, paths, feed_server
):
    due = feed_server.add("/due.xml", rss([("d1", "Ferry timetable changes")]))
    waits = feed_server.add(
        "/waits.xml", rss([("w1", "Never asked for")]), status=429, headers={"Retry-After": "3600"}
    )
    store = Store.open(paths.database)
    store.add_feed(due)
    store.add_feed(waits)
    # The busy server said "an hour" at the last fetch: the schedule must not ask before.
    store._db.sql.execute(
        "UPDATE feeds SET last_fetched = 0, not_before = ? WHERE url = ?",
        (int(time.time()) + 3600, waits),
    )
    app = make_app({**FAST, "general": {"refresh_interval": "2s"}}, store=store)
    async with app.run_test(size=(120, 36)) as pilot:
        assert app.schedule.check_period() == 1.0
        await wait_for(pilot, lambda: app.main.headlines.count == 1)
        await finish_refresh(app, pilot)
        assert "Ferry timetable changes" in screen_text(app)
    assert feed_server.requests_for("/due.xml")
    assert not feed_server.requests_for("/waits.xml")


async def test_articles_another_process_stores_appear_without_r(make_app, paths, feed_server):
    """A cron `ekreader fetch` writes the cache while the reader is open: the list shows
    its articles within seconds (the reader watches the cache's data_version)."""
    feed_server.add("/cron.xml", rss([("c1", "Night train returns")]))
    store = Store.open(paths.database)
    url = feed_server.url("/cron.xml")
    store.add_feed(url)
    app = make_app(FAST, store=store)
    async with app.run_test(size=(120, 36)) as pilot:
        await pilot.pause()
        assert app.main.headlines.count == 0
        config = app.config
        await asyncio.to_thread(lambda: asyncio.run(refresh(paths.database, config)))
        await wait_for(pilot, lambda: "Night train returns" in screen_text(app), seconds=10)
        assert not app.refreshing  # no refresh of its own: it saw the other writer's work
