"""SVG snapshots of the main screens on the demo feed, at fixed sizes, with a frozen clock.

Update them with `pytest tests/ui/test_snapshots.py --snapshot-update` after checking
the differences in the report.
"""

from __future__ import annotations

from tests.ui.factory import demo_store

LONG = "Thirty years after the great flood"


def demo_app(make_app, paths, **config):
    return make_app(config or None, store=demo_store(paths.database))


async def open_long_read(pilot) -> None:
    await pilot.pause()
    app = pilot.app
    headlines = app.main.headlines
    for row in range(headlines.count):
        if headlines.headline_at(row).title.startswith(LONG):
            headlines.cursor = row
            break
    await pilot.press("enter")
    await pilot.pause()


def test_headlines(snap_compare, make_app, paths):
    assert snap_compare(demo_app(make_app, paths), terminal_size=(120, 36))


def test_headlines_80x24(snap_compare, make_app, paths):
    assert snap_compare(demo_app(make_app, paths), terminal_size=(80, 24))


def test_breaking_view(snap_compare, make_app, paths):
    app = demo_app(make_app, paths, highlight={"keywords": ["Nordhafen"]})
    assert snap_compare(app, press=["B"], terminal_size=(120, 36))


def test_article_with_outline(snap_compare, make_app, paths):
    async def run_before(pilot) -> None:
        await open_long_read(pilot)
        await pilot.press("right_square_bracket", "right_square_bracket")

    assert snap_compare(demo_app(make_app, paths), run_before=run_before, terminal_size=(120, 36))


def test_article_search_80x24(snap_compare, make_app, paths):
    async def run_before(pilot) -> None:
        await open_long_read(pilot)
        await pilot.press("slash", *"dike", "enter")
        await pilot.pause()

    assert snap_compare(demo_app(make_app, paths), run_before=run_before, terminal_size=(80, 24))


def test_right_to_left_article(snap_compare, make_app, paths):
    async def run_before(pilot) -> None:
        await pilot.pause()
        headlines = pilot.app.main.headlines
        for row in range(headlines.count):
            if headlines.headline_at(row).title.startswith("انتخابات"):
                headlines.cursor = row
        await pilot.press("enter")
        await pilot.pause()

    assert snap_compare(demo_app(make_app, paths), run_before=run_before, terminal_size=(100, 30))


def test_add_feed_dialog_after_a_failure(snap_compare, make_app, paths):
    from ekreader.ui.screens.add_feed import AddRequest

    async def run_before(pilot) -> None:
        await pilot.pause()
        url = "https://news.example.invalid/harbour"
        pilot.app.feeds.failed = (
            AddRequest(url, None, "Town"),
            f"{url}: not a feed, and the page links to no feed; not subscribed",
        )
        await pilot.press("plus")
        await pilot.pause()

    assert snap_compare(demo_app(make_app, paths), run_before=run_before, terminal_size=(120, 36))


def test_remove_feed_asks_first(snap_compare, make_app, paths):
    async def run_before(pilot) -> None:
        await pilot.pause()
        await pilot.press("minus")
        await pilot.pause()

    assert snap_compare(demo_app(make_app, paths), run_before=run_before, terminal_size=(120, 36))


def test_move_feed_suggests_a_folder(snap_compare, make_app, paths):
    async def run_before(pilot) -> None:
        await pilot.pause()
        app = pilot.app
        feed = app.store.feeds()[0]
        app.store.move_feed(feed.id, "Town news")
        await pilot.press("m")
        await pilot.pause()
        await pilot.press("T")
        await pilot.pause()

    assert snap_compare(demo_app(make_app, paths), run_before=run_before, terminal_size=(100, 30))
