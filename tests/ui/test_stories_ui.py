"""The reader's Stories view, "other reports" in the article view, the "updated" mark and
the changes of a revised article, through Pilot."""

from __future__ import annotations

from pathlib import Path

import pytest

from ekreader.core.clustering import cluster_new
from ekreader.core.ingest import store_entries
from ekreader.core.store import Store
from ekreader.ui.screens.article import ArticleScreen
from ekreader.ui.screens.changes import ChangesScreen
from ekreader.ui.screens.stories import StoriesScreen
from tests.ui.conftest import screen_text
from tests.ui.factory import NOW, Item, add_feed, entry

EVENT = [
    ("North Desk", "Dam on the Elster breaks near Grauwitz, villages evacuated"),
    ("South Desk", "Grauwitz dam failure: thousands flee as the Elster floods"),
    ("West Desk", "Evacuations after Elster dam collapse at Grauwitz"),
]
OTHER = [
    "Council of Westbrook votes on the new tram line to the airport",
    "The price of rye bread rises in the north for the first time in years",
    "Zoo in Brackenfeld welcomes twin snow leopard cubs",
    "Heatwave warning for the valley towns as the week ends",
    "Court in Oldmere hears the case of the missing museum map",
]
LONE = "Chess champion from Tallow retires after the world final"
EDITED_BEFORE = "Ferry to Hallig Nordmark cancelled for a day"
EDITED_AFTER = "Ferry to Hallig Nordmark cancelled for three days"


def stories_store(path: Path) -> Store:
    """Three desks reporting one event in other words, unrelated news, and an article a
    feed edited after it arrived; clustered as a refresh does."""
    store = Store.open(path)
    for n, (desk, title) in enumerate(EVENT):
        # The same unrelated news in every feed: copies, one story each.
        others = [Item(t, 20 + 7 * i) for i, t in enumerate(OTHER[n:] + OTHER[:n])]
        if n == 0:
            others.append(Item(LONE, 70))
        add_feed(store, f"http://127.0.0.1:9/{n}.xml", desk, [Item(title, 5 + n), *others])
    feed_id = add_feed(store, "http://127.0.0.1:9/ferry.xml", "Harbour News", [])
    first = Item(EDITED_BEFORE, 15, summary="Storm warning for the islands.")
    store_entries(store, feed_id, [entry("ferry", first)])
    edited = Item(EDITED_AFTER, 15, summary="Storm warning for all the islands.")
    store_entries(store, feed_id, [entry("ferry", edited)])
    cluster_new(store, NOW)
    # Arrival and revision times as of the frozen clock (the store writes the real time).
    with store.transaction():
        sql = store._db.sql
        sql.execute("UPDATE articles SET fetched_at = ?", (int(NOW.timestamp()) - 3600,))
        sql.execute(
            "UPDATE articles SET revised_at = ? WHERE revised_at IS NOT NULL",
            (int(NOW.timestamp()) - 600,),
        )
        sql.execute("UPDATE revisions SET seen_at = ?", (int(NOW.timestamp()) - 3600,))
    return store


@pytest.fixture
def app(make_app, paths):
    return make_app(store=stories_store(paths.database))


def select(app, title: str) -> None:
    headlines = app.main.headlines
    for row in range(headlines.count):
        if headlines.headline_at(row).title == title:
            headlines.cursor = row
            return
    raise LookupError(title)


async def test_the_stories_view_lists_a_story_per_event_and_expands_it(app):
    async with app.run_test(size=(120, 36)) as pilot:
        await pilot.pause()
        await pilot.press("T")
        await pilot.pause()
        screen = app.screen
        assert isinstance(screen, StoriesScreen)
        text = screen_text(app)
        assert "3×" in text
        assert "West Desk" in text or "North Desk" in text
        tree = screen.story_tree
        first = tree.root.children[0]
        assert first.data[0] == "story"
        story = screen._stories[first.data[1]]
        assert story.size == 3  # the newest story is the dam failure
        assert tree.cursor_line == 0
        await pilot.press("enter")  # expand
        await pilot.pause()
        assert first.is_expanded
        titles = {str(child.label) for child in first.children}
        assert all(any(t in label for label in titles) for _, t in EVENT)
        await pilot.press("down", "enter")  # read the first article of the story
        await pilot.pause()
        assert isinstance(app.screen, ArticleScreen)
        assert app.screen.article.id == story.articles[0]
        await pilot.press("escape")
        await pilot.pause()
        assert isinstance(app.screen, StoriesScreen)
        await pilot.press("escape")
        await pilot.pause()
        assert app.screen is app.main


async def test_the_article_view_walks_the_other_reports(app):
    async with app.run_test(size=(120, 36)) as pilot:
        await pilot.pause()
        select(app, EVENT[0][1])
        await pilot.press("enter")
        await pilot.pause()
        screen = app.screen
        assert isinstance(screen, ArticleScreen)
        assert "2 other reports (R)" in screen_text(app)
        seen = [screen.article.headline.title]
        for _ in range(3):
            await pilot.press("R")
            await pilot.pause()
            seen.append(app.screen.article.headline.title)
        assert sorted(set(seen)) == sorted(t for _, t in EVENT)
        assert seen[3] == seen[0]  # round the story and back


async def test_an_article_alone_has_no_other_report(app):
    async with app.run_test(size=(120, 36)) as pilot:
        await pilot.pause()
        select(app, LONE)
        await pilot.press("enter")
        await pilot.pause()
        assert "other report" not in screen_text(app)
        await pilot.press("R")
        await pilot.pause()
        assert "no other report of this story" in screen_text(app)


async def test_an_edited_article_is_marked_and_shows_its_changes(app):
    async with app.run_test(size=(120, 36)) as pilot:
        await pilot.pause()
        lines = [line for line in screen_text(app).splitlines() if EDITED_AFTER in line]
        assert lines
        assert "updated" in lines[0]
        assert not any(
            "updated" in line for line in screen_text(app).splitlines() if OTHER[0] in line
        )
        select(app, EDITED_AFTER)
        await pilot.press("enter")
        await pilot.pause()
        assert "updated (D)" in screen_text(app)
        await pilot.press("D")
        await pilot.pause()
        screen = app.screen
        assert isinstance(screen, ChangesScreen)
        text = screen_text(app)
        assert "Ferry to Hallig Nordmark cancelled for" in text
        title = screen.query_one(".changes--title").render()
        styles = {title.plain[s.start : s.end]: str(s.style) for s in title.spans}
        assert {"strike", "red"} <= set(styles["a day"].replace("ansi_", "").split())
        assert {"bold", "green"} <= set(styles["three days"].replace("ansi_", "").split())
        await pilot.press("escape")
        await pilot.pause()
        assert isinstance(app.screen, ArticleScreen)


async def test_an_article_never_changed_has_no_changes(app):
    async with app.run_test(size=(120, 36)) as pilot:
        await pilot.pause()
        select(app, OTHER[0])
        await pilot.press("enter")
        await pilot.pause()
        await pilot.press("D")
        await pilot.pause()
        assert isinstance(app.screen, ArticleScreen)
        assert "no earlier version" in screen_text(app)


def test_stories_view_snapshot(snap_compare, make_app, paths):
    async def run_before(pilot) -> None:
        await pilot.pause()
        await pilot.press("T")
        await pilot.pause()
        await pilot.press("enter")
        await pilot.pause()

    app = make_app(store=stories_store(paths.database))
    assert snap_compare(app, run_before=run_before, terminal_size=(120, 30))


def test_changes_snapshot(snap_compare, make_app, paths):
    async def run_before(pilot) -> None:
        await pilot.pause()
        select(pilot.app, EDITED_AFTER)
        await pilot.press("enter")
        await pilot.pause()
        await pilot.press("D")
        await pilot.pause()

    app = make_app(store=stories_store(paths.database))
    assert snap_compare(app, run_before=run_before, terminal_size=(100, 24))
