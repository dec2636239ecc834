"""The reader's part of the query language (issue 11): `/` speaks it and says what is
wrong while typing; [searches] are views in the feed list with live unread counts; Ctrl+S
saves the search shown into config.toml (comments kept); the Hidden view lists what
filters hid, so nothing is silently lost."""

from __future__ import annotations

import re
import tomllib

import pytest
from textual.widgets import Input, Label

import ekreader.ui.app as app_module
from ekreader.config import config_from_dict, load_config
from ekreader.models import HeadlineQuery
from ekreader.ui.app import open_store
from ekreader.ui.screens.article import ArticleScreen
from ekreader.ui.screens.confirm import Confirm
from ekreader.ui.screens.prompt import Prompt
from tests.ui.conftest import MakeApp, screen_text
from tests.ui.factory import Item, add_feed, sample_store
from tests.ui.test_refresh import wait_for

SEARCHES = {"Calm": "calm OR park", "[red]Weather": "title:weather"}
HIDE_WEATHER = [{"query": "weather", "action": "hide"}]


def list_rows(app) -> list[str]:
    """The feed list as shown, one entry a line ("name count"; "---" for a separator)."""
    rows = []
    for line in screen_text(app).splitlines()[:-2]:
        cell = line[:29].rstrip()
        if not cell:
            break
        if set(cell) == {"─"}:
            rows.append("---")
            continue
        match = re.match(r"^(.*?) {2,}(\d*)$", cell)
        rows.append(f"{match[1]} {match[2]}".rstrip() if match else cell)
    return rows


def problem_shown(app) -> str | None:
    label = app.screen.query_one("#prompt-problem", Label)
    return str(label.render()) if label.display else None


def filtered_store(paths, filters):
    """The sample cache with these [[filters]] applied (as the reader's start does)."""
    store = sample_store(paths.database)
    store.sync_filters(config_from_dict({"filters": filters}).filters)
    return store


async def test_saved_searches_are_views_above_the_feeds_with_live_unread_counts(
    make_app: MakeApp, paths, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(app_module, "RELOAD_EVERY", 0.01)
    app = make_app({"searches": SEARCHES})
    async with app.run_test(size=(120, 36)) as pilot:
        await pilot.pause()
        rows = list_rows(app)
        assert rows[:8] == [
            "All 7",
            "Breaking 2",
            "Unread 7",
            "Starred 0",
            "---",
            "Calm 2",
            "[red]Weather 1",  # a name is plain text, never markup
            "---",
        ]
        assert rows[8] == "! Broken Feed 0"
        # Choosing one lists its articles.
        feeds = app.main.feed_list
        feeds.select_key("saved:Calm")
        await pilot.pause()
        main = app.main
        assert main.headlines.count == 2
        assert "Calm · 2 articles" in screen_text(app)
        # Reading one: its unread count follows.
        main.headlines.focus()
        await pilot.press("u")
        await wait_for(pilot, lambda: "Calm 1" in list_rows(app))
        # An article arriving (another process's fetch): counted and listed.
        add_feed(app.store, "http://127.0.0.1:9/sea.xml", "Sea News", [Item("Calm seas ahead")])
        app.schedule_reload()
        await wait_for(pilot, lambda: "Calm 2" in list_rows(app))
        assert main.headlines.count == 3
        assert main.view_title == "Calm"


async def test_saved_search_counts_wait_a_moment_while_a_refresh_stores_articles(
    make_app: MakeApp, paths, monkeypatch: pytest.MonkeyPatch
) -> None:
    """During a refresh the lists reload every half second; the saved searches, a query
    each, are recounted every SAVED_COUNTS_EVERY seconds then, and at once after it."""
    monkeypatch.setattr(app_module, "RELOAD_EVERY", 0.01)
    app = make_app({"searches": SEARCHES})
    async with app.run_test(size=(120, 36)) as pilot:
        await pilot.pause()
        assert "Calm 2" in list_rows(app)
        app.refresher.running = True  # a refresh is storing articles
        add_feed(app.store, "http://127.0.0.1:9/sea.xml", "Sea News", [Item("Calm seas ahead")])
        app.schedule_reload()
        await wait_for(pilot, lambda: "All 8" in list_rows(app))
        assert "Calm 2" in list_rows(app)  # counted a moment ago: not again yet
        app.refresher.running = False  # the refresh ended
        app.schedule_reload()
        await wait_for(pilot, lambda: "Calm 3" in list_rows(app))


async def test_search_speaks_the_query_language_and_says_what_is_wrong_while_typing(
    make_app: MakeApp,
) -> None:
    app = make_app()
    async with app.run_test(size=(120, 36)) as pilot:
        await pilot.pause()
        await pilot.press("slash")
        await pilot.pause()
        assert isinstance(app.screen, Prompt)
        await pilot.press(*"(bridge OR calm")
        await pilot.pause()
        assert problem_shown(app) == "unbalanced parenthesis at column 1: expected ')'"
        await pilot.press("enter")  # refused: the prompt stays, the message too
        await pilot.pause()
        assert isinstance(app.screen, Prompt)
        field = app.screen.query_one(Input)
        for bad, column in [
            ("title:", 1),
            ('"abc', 1),
            ("since:xyz", 7),
            ("a OR", 3),
            ("is:nope", 4),
            ("[b]x[/b] ((", 11),
        ]:
            field.value = bad
            await pilot.pause()
            assert f"at column {column}" in (problem_shown(app) or ""), bad
        field.value = "(bridge OR calm"
        field.action_end()
        await pilot.press(*")")
        await pilot.pause()
        assert problem_shown(app) is None
        await pilot.press("enter")
        await pilot.pause()
        main = app.main
        assert main.search == "(bridge OR calm)"
        assert main.headlines.count == 2
        # Fields and negation: the grammar of headlines --search.
        await pilot.press("slash")
        await pilot.pause()
        await pilot.press(*"feed:local -weather", "enter")
        await pilot.pause()
        assert main.headlines.count == 2
        titles = {main.headlines.headline_at(i).title for i in range(2)}
        assert "Weather: rain all week" not in titles


async def test_ctrl_s_saves_the_search_into_the_config_keeping_its_comments(
    make_app: MakeApp, paths
) -> None:
    paths.config_dir.mkdir(parents=True)
    paths.config_file.write_text(
        '# my reader\n[searches] # the views I keep\n# rain first\nRain = "rain"\n',
        encoding="utf-8",
    )
    app = make_app({"searches": {"Rain": "rain"}})
    async with app.run_test(size=(120, 36)) as pilot:
        await pilot.pause()
        await pilot.press("ctrl+s")  # no search shown: nothing to save
        await pilot.pause()
        assert not isinstance(app.screen, Prompt)
        await pilot.press("slash", *"calm OR park", "enter")
        await pilot.pause()
        await pilot.press("ctrl+s")
        await pilot.pause()
        assert isinstance(app.screen, Prompt)
        await pilot.press(*"Quiet", "enter")
        await pilot.pause()
        text = paths.config_file.read_text(encoding="utf-8")
        for comment in ("# my reader", "# the views I keep", "# rain first"):
            assert comment in text
        assert tomllib.loads(text)["searches"] == {"Rain": "rain", "Quiet": "calm OR park"}
        assert [s.name for s in load_config(paths.config_file).searches] == ["Rain", "Quiet"]
        main = app.main
        assert main.feed_list.current_key == "saved:Quiet"
        assert main.search is None
        assert main.view_title == "Quiet"
        assert "Quiet 2" in list_rows(app)
        # The same name again with another query asks first.
        await pilot.press("slash", *"bridge", "enter", "ctrl+s")
        await pilot.pause()
        await pilot.press(*"Quiet", "enter")
        await pilot.pause()
        assert isinstance(app.screen, Confirm)
        await pilot.press("n")
        await pilot.pause()
        assert tomllib.loads(paths.config_file.read_text())["searches"]["Quiet"] == "calm OR park"
        await pilot.press("ctrl+s", *"Quiet", "enter", "y")
        await pilot.pause()
        assert tomllib.loads(paths.config_file.read_text())["searches"]["Quiet"] == "bridge"
        assert "Quiet 1" in list_rows(app)
        assert app.config.search("Quiet").query == "bridge"


async def test_the_hidden_view_lists_what_filters_hid(make_app: MakeApp, paths) -> None:
    store = filtered_store(paths, HIDE_WEATHER)
    app = make_app({"filters": HIDE_WEATHER, "searches": SEARCHES}, store=store)
    async with app.run_test(size=(120, 36)) as pilot:
        await pilot.pause()
        rows = list_rows(app)
        assert rows[:9] == [
            "All 6",
            "Breaking 2",
            "Unread 6",
            "Starred 0",
            "Hidden 1",
            "---",
            "Calm 2",
            "[red]Weather 0",  # hidden articles are in no search
            "---",
        ]
        main = app.main
        assert store.count(HeadlineQuery()) == 6
        await pilot.press("H")
        await pilot.pause()
        assert main.headlines.count == 1
        assert main.headlines.current.title == "Weather: rain all week"
        assert "Hidden · 1 article" in screen_text(app)
        assert main.feed_list.current_key == "hidden"
        await pilot.press("enter")  # and it reads like any other
        await pilot.pause()
        assert isinstance(app.screen, ArticleScreen)


async def test_a_hide_filter_shows_the_hidden_view_even_when_it_hid_nothing(
    make_app: MakeApp, paths
) -> None:
    rule = [{"query": "nothing-matches-this", "action": "hide"}]
    app = make_app({"filters": rule}, store=filtered_store(paths, rule))
    async with app.run_test(size=(120, 36)) as pilot:
        await pilot.pause()
        assert "Hidden 0" in list_rows(app)
        await pilot.press("H")
        await pilot.pause()
        assert "Nothing hidden: no filter hid an article." in screen_text(app)
    plain = make_app()
    async with plain.run_test(size=(120, 36)) as pilot:
        await pilot.pause()
        assert not any(row.startswith("Hidden") for row in list_rows(plain))


def test_the_reader_applies_changed_filters_when_it_opens(paths) -> None:
    sample_store(paths.database).close()
    store = open_store(paths, config_from_dict({"filters": HIDE_WEATHER}))
    try:
        assert store.count(HeadlineQuery(hidden=True)) == 1
    finally:
        store.close()
    store = open_store(paths, config_from_dict({}))
    try:
        assert store.count(HeadlineQuery(hidden=True)) == 0
    finally:
        store.close()


def test_saved_views_snapshot(snap_compare, make_app: MakeApp, paths) -> None:
    """Hidden and two saved searches above the feeds, one of them chosen."""

    async def run_before(pilot) -> None:
        await pilot.pause()
        pilot.app.main.feed_list.focus()
        pilot.app.main.feed_list.select_key("saved:Calm")
        await pilot.pause()

    store = filtered_store(paths, HIDE_WEATHER)
    app = make_app({"filters": HIDE_WEATHER, "searches": SEARCHES}, store=store)
    assert snap_compare(app, run_before=run_before, terminal_size=(120, 30))


def test_search_problem_snapshot(snap_compare, make_app: MakeApp) -> None:
    """The search prompt saying what is wrong, with the column."""
    assert snap_compare(make_app(), press=["slash", *"gaza since:2x"], terminal_size=(100, 24))
