"""Managing feeds in the reader (issue 10, item 4): + adds a feed or a web page that links
to one (in the background: the reader goes on), - removes the feed shown after asking,
e renames it, m files it in a folder; failures are said in plain text and the add dialog
offers the request again to correct."""

from __future__ import annotations

import pytest

from ekreader.models import HeadlineQuery
from ekreader.ui import app as app_module
from ekreader.ui.screens.add_feed import AddFeedDialog, with_scheme
from ekreader.ui.screens.confirm import Confirm
from ekreader.ui.screens.headlines import HeadlinesScreen
from ekreader.ui.screens.help import HelpScreen
from ekreader.ui.screens.prompt import Prompt
from tests.server import FeedServer
from tests.ui.conftest import MakeApp, screen_text
from tests.ui.test_refresh import FAST, rss, wait_for

WORLD = "http://127.0.0.1:9/world.xml"
LOCAL = "http://127.0.0.1:9/local.xml"


@pytest.fixture(autouse=True)
def _reload_at_once(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(app_module, "RELOAD_EVERY", 0.01)


async def settle(app, pilot) -> None:
    """Wait for every feed change to end and its message to land."""
    await wait_for(pilot, lambda: app.feeds.running == 0)
    for _ in range(3):
        await pilot.pause(0.02)


async def show_feed(app, pilot, url: str) -> int:
    feed = app.store.feed_by_url(url)
    assert feed is not None
    app.main.feed_list.select_key(f"feed:{feed.id}")
    await pilot.pause()
    assert app.main.base_query.feed_id == feed.id
    return feed.id


def listed(app) -> list[str]:
    """The feed list's lines."""
    feeds = app.main.feed_list
    return [str(feeds.get_option_at_index(i).prompt) for i in range(feeds.option_count)]


def notices(app) -> list[str]:
    return [n.message for n in app._notifications]


def test_an_address_without_a_scheme_is_https():
    assert with_scheme(" example.org/news ") == "https://example.org/news"
    assert with_scheme("http://example.org/") == "http://example.org/"
    assert with_scheme("  ") == ""


async def test_add_a_web_page_finds_its_feed_and_shows_it(
    make_app: MakeApp, feed_server: FeedServer
):
    feed_url = feed_server.add("/harbour/feed.xml", rss([("h1", "Ferry timetable changes")]))
    page = feed_server.add(
        "/harbour/",
        '<html><head><link rel="alternate" type="application/rss+xml" href="feed.xml">'
        "</head><body>Harbour news</body></html>",
        content_type="text/html",
    )
    app = make_app(FAST)
    async with app.run_test(size=(120, 36)) as pilot:
        await pilot.pause()
        await pilot.press("plus")
        await pilot.pause()
        assert isinstance(app.screen, AddFeedDialog)
        await pilot.press(*page, "tab", *"Harbour", "tab", *"Town", "enter")
        await pilot.pause()
        assert isinstance(app.screen, HeadlinesScreen)
        await settle(app, pilot)
        feed = app.store.feed_by_url(feed_url)
        assert feed is not None
        assert (feed.title, feed.folder) == ("Harbour", "Town")
        assert app.main.base_query == HeadlineQuery(feed_id=feed.id)
        text = screen_text(app)
        assert "Ferry timetable changes" in text
        assert "Harbour" in text
        assert f"Added Harbour (found on {page}): 1 article." in notices(app)


async def test_escape_adds_nothing_and_an_empty_address_is_asked_again(make_app: MakeApp):
    app = make_app()
    async with app.run_test(size=(120, 36)) as pilot:
        before = len(app.store.feeds())
        await pilot.press("plus")
        await pilot.pause()
        await pilot.press("enter")
        await pilot.pause()
        assert isinstance(app.screen, AddFeedDialog)  # nothing to add: it stays
        assert "Give the feed's address" in screen_text(app)
        await pilot.press("escape")
        await pilot.pause()
        assert isinstance(app.screen, HeadlinesScreen)
        assert app.feeds.running == 0
        assert len(app.store.feeds()) == before


async def test_a_failed_add_is_said_and_offered_again_while_the_reader_goes_on(
    make_app: MakeApp, feed_server: FeedServer
):
    feed_server.add("/slow.xml", hang=True)
    slow = feed_server.url("/slow.xml")
    app = make_app({"fetch": {"connect_timeout": 2, "timeout": 2, "full_text": "never"}})
    async with app.run_test(size=(120, 36)) as pilot:
        before = len(app.store.feeds())
        await pilot.press("plus")
        await pilot.pause()
        await pilot.press(*slow, "enter")
        await pilot.pause()
        # The download waits in a worker: the reader still answers keys meanwhile.
        assert app.feeds.running == 1
        assert "Adding http://127.0.0.1" in screen_text(app)
        await pilot.press("S")
        await pilot.pause()
        assert app.main.view_title == "Starred"
        assert app.feeds.running == 1
        await settle(app, pilot)
        assert len(app.store.feeds()) == before
        (error,) = [n for n in app._notifications if n.title == "Not changed"]
        assert slow in error.message
        assert "timed out" in error.message
        assert "timed out" in screen_text(app)  # the status line too
        await pilot.press("plus")
        await pilot.pause()
        dialog = app.screen
        assert isinstance(dialog, AddFeedDialog)
        assert dialog.previous.url == slow
        assert "timed out" in screen_text(app)


async def test_remove_asks_first_naming_the_feed(make_app: MakeApp):
    app = make_app()
    async with app.run_test(size=(120, 36)) as pilot:
        await pilot.pause()
        await show_feed(app, pilot, LOCAL)
        count = app.store.count(HeadlineQuery(feed_id=app.main.base_query.feed_id))
        await pilot.press("minus")
        await pilot.pause()
        assert isinstance(app.screen, Confirm)
        # A feed's name is plain text: its "[b]" is shown, not obeyed.
        assert f"Remove Local [b]News[/b]? Its {count} cached articles go too" in screen_text(app)
        await pilot.press("n")
        await pilot.pause()
        await settle(app, pilot)
        assert app.store.feed_by_url(LOCAL) is not None
        await pilot.press("minus")
        await pilot.pause()
        await pilot.press("y")
        await settle(app, pilot)
        assert app.store.feed_by_url(LOCAL) is None
        assert app.main.view_title == "All"
        assert not any("Local [b]News" in line for line in listed(app))
        assert "Removed Local [b]News[/b]." in notices(app)


async def test_remove_without_a_feed_chosen_takes_the_selected_articles(make_app: MakeApp):
    app = make_app()
    async with app.run_test(size=(120, 36)) as pilot:
        await pilot.pause()
        headline = app.main.headlines.current
        assert headline is not None
        await pilot.press("minus")
        await pilot.pause()
        assert isinstance(app.screen, Confirm)
        assert f"Remove {headline.feed_title}?" in screen_text(app)
        await pilot.press("escape")


async def test_rename_then_back_to_the_feeds_own_title(make_app: MakeApp):
    app = make_app()
    async with app.run_test(size=(120, 36)) as pilot:
        await pilot.pause()
        feed_id = await show_feed(app, pilot, WORLD)
        await pilot.press("e")
        await pilot.pause()
        prompt = app.screen
        assert isinstance(prompt, Prompt)
        assert prompt.value == "World Desk"
        await pilot.press(*"Planet news", "enter")
        await settle(app, pilot)
        assert app.store.feed_by_id(feed_id).title == "Planet news"
        assert app.main.view_title == "Planet news"
        assert any("Planet news" in line for line in listed(app))
        # Empty: the feed's own title again (its last download called it "World Desk").
        await pilot.press("e")
        await pilot.pause()
        await pilot.press("backspace", "enter")  # the old value is selected
        await settle(app, pilot)
        assert app.store.feed_by_id(feed_id).title == "World Desk"


async def test_move_to_a_folder_suggests_the_folders_there_are(make_app: MakeApp):
    app = make_app()
    async with app.run_test(size=(120, 36)) as pilot:
        await pilot.pause()
        world = await show_feed(app, pilot, WORLD)
        await pilot.press("m")
        await pilot.pause()
        assert isinstance(app.screen, Prompt)
        await pilot.press(*"Town", "enter")
        await settle(app, pilot)
        assert app.store.feed_by_id(world).folder == "Town"
        local = await show_feed(app, pilot, LOCAL)
        await pilot.press("m")
        await pilot.pause()
        await pilot.press("t", "right", "enter")  # "t" suggests "Town"; Right takes it
        await settle(app, pilot)
        assert app.store.feed_by_id(local).folder == "Town"
        assert any(n.startswith("Moved Local [b]News[/b] to Town") for n in notices(app))
        await pilot.press("m")
        await pilot.pause()
        await pilot.press(
            "backspace", "enter"
        )  # the old value is selected  # empty: out of the folder
        await settle(app, pilot)
        assert app.store.feed_by_id(local).folder is None


async def test_help_and_the_keymap_know_the_feed_keys(make_app: MakeApp):
    app = make_app({"keys": {"add_feed": "ctrl+n"}})
    async with app.run_test(size=(120, 50)) as pilot:
        await pilot.pause()
        await pilot.press("question_mark")
        await pilot.pause()
        assert isinstance(app.screen, HelpScreen)
        text = app.screen.text.plain
        for keys, what in (
            ("ctrl+n", "Add a feed"),
            ("-", "Remove this feed (asks)"),
            ("e", "Rename this feed"),
            ("m", "Move this feed to a folder"),
        ):
            assert f"  {keys} " in text, keys
            assert what in text
        await pilot.press("escape")
        await pilot.pause()
        await pilot.press("ctrl+n")
        await pilot.pause()
        assert isinstance(app.screen, AddFeedDialog)


async def test_in_sync_mode_every_change_goes_to_the_server(
    make_app: MakeApp, paths, freshrss, fresh_user, feed_server: FeedServer
):
    from ekreader.core.store import Store
    from tests.freshrss import invented_feed
    from tests.ui.test_sync_refresh import sync_settings

    url = feed_server.add("/news.xml", invented_feed(feed_server.base_url, "news", 3))
    app = make_app(sync_settings(freshrss, fresh_user), store=Store.open(paths.database))
    async with app.run_test(size=(120, 36)) as pilot:
        await pilot.pause()
        await pilot.press("plus")
        await pilot.pause()
        await pilot.press(*url, "tab", "tab", *"Town", "enter")
        await settle(app, pilot)
        (sub,) = fresh_user.subscriptions()
        assert sub["url"] == url
        assert [c["label"] for c in sub["categories"]] == ["Town"]
        assert app.main.headlines.count == 3  # brought by the sync that followed
        assert any(f"on {freshrss.api_url}" in n for n in notices(app))
        await pilot.press("e")
        await pilot.pause()
        await pilot.press(*"Harbour", "enter")
        await settle(app, pilot)
        await pilot.press("m")
        await pilot.pause()
        await pilot.press(*"Coast", "enter")
        await settle(app, pilot)
        (sub,) = fresh_user.subscriptions()
        assert sub["title"] == "Harbour"
        assert [c["label"] for c in sub["categories"]] == ["Coast"]
        await pilot.press("minus")
        await pilot.pause()
        assert "on the sync server and here" in screen_text(app)
        await pilot.press("y")
        await settle(app, pilot)
        assert fresh_user.subscriptions() == []
        assert app.store.feeds() == []
        # The server down: said in plain text, nothing changed here.
        with freshrss.stopped():
            await pilot.press("plus")
            await pilot.pause()
            await pilot.press(*url, "enter")
            await settle(app, pilot)
        assert app.store.feeds() == []
        assert any(freshrss.api_url in n for n in notices(app) if "Added" not in n)
