"""Folders as groups in the feed list (issue 10, item 4): each folder over its feeds and
subfolders with the unread count of everything under it; Enter on its row or space
collapses and expands it; choosing it lists its feeds' headlines; C and R act on it."""

from __future__ import annotations

import re

from ekreader.core.store import Store
from ekreader.models import HeadlineQuery
from ekreader.ui.widgets.folders import tree_rows
from tests.core.test_store_stories import folders_apart
from tests.ui.conftest import MakeApp, screen_text
from tests.ui.factory import Item, add_feed


def folder_store(path) -> Store:
    store = Store.open(path)
    add_feed(
        store,
        "http://127.0.0.1:9/world.xml",
        "World Desk",
        [Item("Quake on the coast"), Item("Markets calm")],
        folder="News",
    )
    add_feed(
        store,
        "http://127.0.0.1:9/city.xml",
        "City Hall",
        [Item("Council approves the park")],
        folder="News/City",
    )
    add_feed(
        store,
        "http://127.0.0.1:9/sport.xml",
        "Sports [b]Page[/b]",
        [Item("Derby ends goalless"), Item("New coach"), Item("Cup draw")],
        folder="[red]Leisure",
    )
    add_feed(store, "http://127.0.0.1:9/loose.xml", "Loose Wire", [Item("Loose story")])
    return store


def feed_rows(app) -> list[str]:
    """The feed list's rows below the views, as shown: indentation, marks, name, count."""
    lines = screen_text(app).splitlines()
    start = next(i for i, line in enumerate(lines) if line.startswith("Starred")) + 2
    rows = []
    for line in lines[start:]:
        match = re.match(r"^(.*?) {2,}(\d+)$", line[:29].rstrip())
        if match is None:
            break
        rows.append(f"{match[1]} {match[2]}")
    return rows


async def test_folders_group_their_feeds_with_unread_counts_and_collapse(
    make_app: MakeApp, paths
) -> None:
    app = make_app(store=folder_store(paths.database))
    async with app.run_test(size=(120, 36)) as pilot:
        await pilot.pause()
        feeds = app.main.feed_list
        assert feed_rows(app) == [
            "Loose Wire 1",
            "▾ [red]Leisure 3",
            "  Sports [b]Page[/b] 3",
            "▾ News 3",
            "  World Desk 2",
            "  ▾ City 1",
            "    City Hall 1",
        ]
        # Choosing a folder lists the headlines of every feed under it.
        feeds.focus()
        feeds.select_key("folder:News")
        await pilot.pause()
        assert app.main.headlines.count == 3
        assert "News · 3 articles" in screen_text(app)
        # Enter on the folder row collapses it; space expands it again.
        await pilot.press("enter")
        await pilot.pause()
        assert feed_rows(app)[-1] == "▸ News 3"
        assert "World Desk" not in "\n".join(feed_rows(app))
        await pilot.press("space")
        await pilot.pause()
        assert feed_rows(app)[-3:] == ["  World Desk 2", "  ▾ City 1", "    City Hall 1"]
        # Space on a feed folds the folder it is in and stands on the folder.
        feeds.select_key(f"feed:{app.store.feed_by_url('http://127.0.0.1:9/city.xml').id}")
        await pilot.pause()
        assert app.main.headlines.count == 1
        await pilot.press("space")
        await pilot.pause()
        assert feeds.current_key == "folder:News/City"
        assert feed_rows(app)[-1] == "  ▸ City 1"
        assert app.main.headlines.count == 1
        # A feed in a folded folder that gets chosen (N: the next feed with unread) opens it.
        feeds.select_key("folder:[red]Leisure")
        await pilot.press("enter")  # fold Leisure
        await pilot.pause()
        assert "▸ [red]Leisure 3" in feed_rows(app)
        feeds.select_key("feed:4")  # Loose Wire
        await pilot.pause()
        await pilot.press("N")
        await pilot.pause()
        assert "▾ [red]Leisure 3" in feed_rows(app)
        assert (
            feeds.current_key == f"feed:{app.store.feed_by_url('http://127.0.0.1:9/sport.xml').id}"
        )
        # C on a folder marks everything under it read; the counts follow.
        feeds.focus()
        feeds.select_key("folder:News")
        await pilot.pause()
        await pilot.press("C")
        await pilot.pause()
        assert app.store.count(HeadlineQuery(folder="News", unread=True)) == 0
        assert app.store.count(HeadlineQuery(unread=True)) == 4
        rows = feed_rows(app)
        assert "▾ News 0" in rows
        assert "Loose Wire 1" in rows


def test_the_tree_orders_folders_by_name_and_hides_what_a_folded_folder_holds(
    paths,
) -> None:
    store = folder_store(paths.database)
    feeds = store.feeds()
    store.close()
    rows = tree_rows(feeds, {"News/City"})
    assert [(r.key.split(":")[0], r.title, r.depth, r.unread) for r in rows] == [
        ("feed", "Loose Wire", 0, 1),
        ("folder", "[red]Leisure", 0, 3),
        ("feed", "Sports [b]Page[/b]", 1, 3),
        ("folder", "News", 0, 3),
        ("feed", "World Desk", 1, 2),
        ("folder", "City", 1, 1),
    ]
    assert rows[-1].collapsed
    assert [r.title for r in tree_rows(feeds, {"News"})][-1] == "News"


async def test_help_lists_the_folder_key(make_app: MakeApp) -> None:
    from ekreader.ui.screens.help import HelpScreen

    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        await pilot.press("question_mark")
        await pilot.pause()
        assert isinstance(app.screen, HelpScreen)
        assert "  space " in app.screen.text.plain
        assert "Fold/unfold folder" in app.screen.text.plain


def test_a_folders_count_is_what_its_list_shows_with_copies_in_other_folders(
    tmp_path,
) -> None:
    """A copy counts in a folder unless its original or an earlier copy is there too."""
    with Store.open(tmp_path / "cache.sqlite3") as store:
        folders_apart(store)
        counts = {row.folder: row.unread for row in tree_rows(store.feeds()) if row.feed is None}
        for path in ("World", "Europe", "Europe/West"):
            query = HeadlineQuery(folder=path, unread=True, collapse=True)
            assert counts[path] == len(store.headlines(query)), path
        assert counts == {"World": 1, "Europe": 2, "Europe/West": 2}


def test_folders_snapshot(snap_compare, make_app: MakeApp, paths) -> None:
    """A folded folder, a nested one open, a folder chosen: its feeds' headlines."""

    async def run_before(pilot) -> None:
        await pilot.pause()
        feeds = pilot.app.main.feed_list
        feeds.focus()
        feeds.select_key("folder:[red]Leisure")
        await pilot.press("enter")
        feeds.select_key("folder:News")
        await pilot.pause()

    app = make_app(store=folder_store(paths.database))
    assert snap_compare(app, run_before=run_before, terminal_size=(120, 30))


async def test_next_feed_with_unread_follows_the_feed_list(make_app: MakeApp, paths) -> None:
    """N walks the feeds as the list shows them (a folder's subfolders before the next
    folder), and from a folder shown, its own feeds come next."""
    store = folder_store(paths.database)
    add_feed(
        store, "http://127.0.0.1:9/extra.xml", "Extra Desk", [Item("Extra")], folder="News-Extra"
    )
    app = make_app(store=store)
    async with app.run_test(size=(120, 36)) as pilot:
        await pilot.pause()
        main = app.main
        main.feed_list.select_key("folder:News")
        await pilot.pause()
        titles = []
        for _ in range(3):
            await pilot.press("N")
            await pilot.pause()
            titles.append(main.view_title)
        assert titles == ["World Desk", "City Hall", "Extra Desk"]


async def test_folded_folders_stay_folded_at_the_next_start(make_app: MakeApp, paths) -> None:
    """Folds are remembered in the cache: a reader who folds the folders they skim past
    finds them folded the next morning; one opened again is open again."""
    app = make_app(store=folder_store(paths.database))
    async with app.run_test(size=(120, 36)) as pilot:
        await pilot.pause()
        feeds = app.main.feed_list
        feeds.focus()
        for folder in ("folder:News/City", "folder:[red]Leisure", "folder:News"):
            feeds.select_key(folder)
            await pilot.press("enter")
            await pilot.pause()
        feeds.select_key("folder:News")
        await pilot.press("space")  # News open again, City inside it still folded
        await pilot.pause()
    app = make_app(store=Store.open(paths.database))
    async with app.run_test(size=(120, 36)) as pilot:
        await pilot.pause()
        assert feed_rows(app) == [
            "Loose Wire 1",
            "▸ [red]Leisure 3",
            "▾ News 3",
            "  World Desk 2",
            "  ▸ City 1",
        ]


async def test_a_damaged_fold_memory_is_ignored(make_app: MakeApp, paths) -> None:
    store = folder_store(paths.database)
    store.set_meta("ui_folded_folders", '{"News": [1, 2')
    app = make_app(store=store)
    async with app.run_test(size=(120, 36)) as pilot:
        await pilot.pause()
        assert "▾ News 3" in feed_rows(app)


async def test_an_article_two_feeds_carry_counts_once_in_their_folder_and_all(
    make_app: MakeApp, paths
) -> None:
    """The folder and All list the article once: their counts say so too, while each
    feed's own row counts its copy (its own list shows it)."""
    from ekreader.core.clustering import cluster_new
    from tests.ui.factory import NOW

    store = Store.open(paths.database)
    same = "https://wire.example/dam"
    add_feed(
        store, "http://127.0.0.1:9/a.xml", "Agency", [Item("Dam breaks", link=same)], folder="News"
    )
    add_feed(
        store,
        "http://127.0.0.1:9/b.xml",
        "Broadcaster",
        [Item("Dam breaks", link=same), Item("Weather")],
        folder="News",
    )
    cluster_new(store, NOW)
    app = make_app(store=store)
    async with app.run_test(size=(120, 36)) as pilot:
        await pilot.pause()
        assert feed_rows(app) == ["▾ News 2", "  Agency 1", "  Broadcaster 2"]
        assert app.main.feed_list.counts["all"] == 2
        app.main.feed_list.select_key("folder:News")
        await pilot.pause()
        assert app.main.headlines.count == 2
