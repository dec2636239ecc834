"""The habits of a daily reader (issue 10, item 4): Ctrl+C quits, `?` lists every key
(Tab too), mark-all-read asks and can be undone once, keys for the next unread article,
the next feed with unread, marking and refreshing one feed, narrow terminals."""

from __future__ import annotations

import pytest

from ekreader.models import HeadlineQuery
from ekreader.ui import app as app_module
from ekreader.ui.screens.article import ArticleScreen
from ekreader.ui.screens.confirm import Confirm
from ekreader.ui.screens.help import HelpScreen
from tests.server import FeedServer
from tests.ui.conftest import MakeApp, screen_text
from tests.ui.factory import sample_store
from tests.ui.test_reader import LONG, open_title
from tests.ui.test_refresh import FAST, finish_refresh, rss


async def test_ctrl_c_quits_from_every_screen(make_app: MakeApp) -> None:
    for where in ("headlines", "article", "prompt"):
        app = make_app()
        async with app.run_test(size=(120, 36)) as pilot:
            await pilot.pause()
            if where == "article":
                await open_title(app, pilot, LONG)
            elif where == "prompt":
                await pilot.press("slash")
                await pilot.pause()
            await pilot.press("ctrl+c")
            await pilot.pause()
            assert not app.is_running, where
        assert app.return_code == 0


async def test_help_lists_tab_and_every_key(make_app: MakeApp) -> None:
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        await pilot.press("question_mark")
        await pilot.pause()
        assert isinstance(app.screen, HelpScreen)
        text = app.screen.text.plain
        for keys in ("tab", "shift+tab", "ctrl+c", "z", "n", "N", "C", "R", "y, ⏎"):
            assert f"  {keys} " in text, keys
        for description in ("Next unread", "Next feed with unread", "Undo mark all read"):
            assert description in text


async def test_mark_all_read_asks_first_and_can_be_undone_once(make_app: MakeApp) -> None:
    app = make_app()
    async with app.run_test(size=(120, 36)) as pilot:
        await pilot.pause()
        store = app.store
        unread = store.count(HeadlineQuery(unread=True))
        assert unread > 3
        await pilot.press("A")
        await pilot.pause()
        assert isinstance(app.screen, Confirm)
        assert f"Mark {unread} unread articles in All read?" in screen_text(app)
        await pilot.press("n")
        await pilot.pause()
        assert store.count(HeadlineQuery(unread=True)) == unread  # no: nothing changed
        await pilot.press("A")
        await pilot.pause()
        await pilot.press("y")
        await pilot.pause()
        assert store.count(HeadlineQuery(unread=True)) == 0
        await pilot.press("z")
        await pilot.pause()
        assert store.count(HeadlineQuery(unread=True)) == unread
        await pilot.press("z")  # once only
        await pilot.pause()
        assert store.count(HeadlineQuery(unread=True)) == unread
        assert any(n.message == "Nothing to undo." for n in app._notifications)


async def test_next_unread_next_feed_and_mark_this_feed_read(make_app: MakeApp) -> None:
    app = make_app()
    async with app.run_test(size=(120, 36)) as pilot:
        await pilot.pause()
        store = app.store
        newest_unread = store.headlines(HeadlineQuery(unread=True), limit=1)[0]
        await pilot.press("n")
        await pilot.pause()
        assert isinstance(app.screen, ArticleScreen)
        assert app.screen.article.id == newest_unread.id
        await pilot.press("escape")
        await pilot.pause()
        # N walks the feeds that have unread articles, in the feed list's order
        with_unread = [f for f in store.feeds() if f.unread]
        assert len(with_unread) >= 2
        await pilot.press("N")
        await pilot.pause()
        main = app.main
        assert main.base_query == HeadlineQuery(feed_id=with_unread[0].id)
        await pilot.press("N")
        await pilot.pause()
        assert main.base_query == HeadlineQuery(feed_id=with_unread[1].id)
        # C marks the feed shown read, and only it
        other = store.count(HeadlineQuery(unread=True, feed_id=with_unread[0].id))
        assert other
        await pilot.press("C")
        await pilot.pause()
        assert store.count(HeadlineQuery(unread=True, feed_id=with_unread[1].id)) == 0
        assert store.count(HeadlineQuery(unread=True, feed_id=with_unread[0].id)) == other


async def test_r_refreshes_only_the_feed_shown(
    make_app: MakeApp, paths, feed_server: FeedServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(app_module, "RELOAD_EVERY", 0.01)
    feed_server.add("/one.xml", rss([("a", "One's news")]))
    feed_server.add("/two.xml", rss([("b", "Two's news")]))
    store = sample_store(paths.database)
    store.add_feed(feed_server.url("/one.xml"), "One")
    two, _ = store.add_feed(feed_server.url("/two.xml"), "Two")
    app = make_app(FAST, store=store)
    async with app.run_test(size=(120, 36)) as pilot:
        await pilot.pause()
        app.main.feed_list.select_key(f"feed:{two.id}")
        await pilot.pause()
        await pilot.press("R")
        await finish_refresh(app, pilot)
        assert [r.path for r in feed_server.requests] == ["/two.xml"]
        assert app.main.headlines.current.title == "Two's news"


async def test_narrow_terminals_keep_help_and_give_the_text_the_width(make_app: MakeApp) -> None:
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        main = app.main
        assert screen_text(app).splitlines()[-1].startswith(" ? Keys")
        assert not main.feed_list.display  # below 100 columns the headlines take it all
        await pilot.press("f")
        await pilot.pause()
        assert main.feed_list.display
        await pilot.press("f")
        await pilot.pause()
        screen = await open_title(app, pilot, LONG)
        assert screen_text(app).splitlines()[-1].startswith(" ? Keys")
        assert not screen.outline.display
        await pilot.press("t")
        await pilot.pause()
        assert screen.outline.display


async def test_titles_stay_visible_at_40_by_12(make_app: MakeApp) -> None:
    app = make_app()
    async with app.run_test(size=(40, 12)) as pilot:
        await pilot.pause()
        text = screen_text(app)
        assert "Earthquake shakes" in text
        assert "Long read: how the" in text
        screen = await open_title(app, pilot, LONG)
        text = screen_text(app)
        assert "Long read: how the" in text
        assert screen.view.size.width >= 36
