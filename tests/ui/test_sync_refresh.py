"""The reader in sync mode, against a real FreshRSS: its refresh syncs (new articles from
the server, marks made in the reader sent), and a server that is down is told in the
status line while the cache stays on screen."""

from __future__ import annotations

import pytest

from ekreader.core.store import Store
from ekreader.ui import app as app_module
from tests.freshrss import API_PASSWORD, READ, FreshRSS, FreshUser, invented_feed
from tests.server import FeedServer
from tests.ui.conftest import screen_text
from tests.ui.test_refresh import FAST, finish_refresh, wait_for


@pytest.fixture(autouse=True)
def _reload_at_once(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(app_module, "RELOAD_EVERY", 0.01)


def sync_settings(freshrss: FreshRSS, user: FreshUser) -> dict:
    return {
        **FAST,
        "sync": {"url": freshrss.api_url, "username": user.name, "password": API_PASSWORD},
    }


async def test_refresh_syncs_both_ways(
    make_app, paths, freshrss: FreshRSS, fresh_user: FreshUser, feed_server: FeedServer
):
    url = feed_server.add("/news.xml", invented_feed(feed_server.base_url, "news", 4))
    fresh_user.quickadd(url)
    store = Store.open(paths.database)
    app = make_app(sync_settings(freshrss, fresh_user), store=store)
    async with app.run_test(size=(120, 36)) as pilot:
        await pilot.press("r")
        await finish_refresh(app, pilot)
        text = screen_text(app)
        assert "news 4: Ferry timetable changes for the winter" in text
        assert "Synced" in text
        assert "4 new" in text
        assert feed_server.requests_for("/news.xml")[-1].header("User-Agent").startswith("FreshRSS")
        # Opening an article marks it read; the next refresh sends that to the server.
        await pilot.press("enter")
        await pilot.pause()
        await pilot.press("escape")
        await pilot.press("r")
        await finish_refresh(app, pilot)
    assert len(fresh_user.item_ids(READ)) == 1


async def test_a_server_that_is_down_is_told_and_the_cache_stays(
    make_app, paths, freshrss: FreshRSS, fresh_user: FreshUser, feed_server: FeedServer
):
    url = feed_server.add("/news.xml", invented_feed(feed_server.base_url, "news", 3))
    fresh_user.quickadd(url)
    store = Store.open(paths.database)
    app = make_app(sync_settings(freshrss, fresh_user), store=store)
    async with app.run_test(size=(160, 36)) as pilot:
        await pilot.press("r")
        await finish_refresh(app, pilot)
        with freshrss.stopped():
            await pilot.press("r")
            await finish_refresh(app, pilot)
            text = screen_text(app)
            assert "Sync failed" in text
            assert "news 3: Library extends its opening hours" in text


async def test_the_schedule_syncs_without_r(
    make_app, paths, freshrss: FreshRSS, fresh_user: FreshUser, feed_server: FeedServer
):
    url = feed_server.add("/news.xml", invented_feed(feed_server.base_url, "news", 2))
    fresh_user.quickadd(url)
    store = Store.open(paths.database)
    settings = sync_settings(freshrss, fresh_user)
    app = make_app({**settings, "general": {"refresh_interval": "2s"}}, store=store, refresh=True)
    async with app.run_test(size=(120, 36)) as pilot:
        # Generous waits: a sync against PHP's one-process server is slow under load.
        await wait_for(pilot, lambda: app.main.headlines.count == 2, seconds=60)
        await finish_refresh(app, pilot)
        # New on the server: the schedule's next sync brings it, no key pressed.
        feed_server.add("/news.xml", invented_feed(feed_server.base_url, "news", 3))
        freshrss.actualize(fresh_user.name)
        await wait_for(pilot, lambda: app.main.headlines.count == 3, seconds=60)
        await finish_refresh(app, pilot)
        assert "news 3: Library extends its opening hours" in screen_text(app)
