"""What a user sees is true (issue 10, item 3): a browser that did not open is said, the
watch list applies on every screen at once, a prompt never appends to an old query, one
right-to-left rule everywhere, F is offered only where there is a page."""

from __future__ import annotations

import dataclasses
import json
import sys
import time
import webbrowser
from pathlib import Path

import pytest
from textual.widgets import TextArea

from ekreader.models import HeadlineQuery, Section
from ekreader.ui.bidi import display
from ekreader.ui.desktop import browser_argv
from tests.ui.conftest import MakeApp, screen_text
from tests.ui.factory import Item, add_feed, demo_store, sample_store
from tests.ui.test_reader import LONG, open_title, row_of

SHORT = (Section(None, "Only the first lines of the story."),)
DEMO_TITLE = "BREAKING: Storm surge overtops Nordhafen's outer dike, harbour district evacuated"
HOSTILE_LINK = "https://example.invalid/a?b=1&c=$(touch%20pwned);rm%20-rf%20~|x`id`"


def notes(app, title: str) -> list[str]:
    return [n.message for n in app._notifications if n.title == title]


async def test_a_browser_that_does_not_open_is_said_and_the_link_copied(
    make_app: MakeApp, monkeypatch: pytest.MonkeyPatch
) -> None:
    asked: list[str] = []

    def no_browser(url: str, *args: object, **kwargs: object) -> bool:
        asked.append(url)
        return False  # what webbrowser.open says when it finds no browser

    monkeypatch.setattr(webbrowser, "open", no_browser)
    app = make_app()
    async with app.run_test(size=(120, 36)) as pilot:
        await pilot.pause()
        screen = await open_title(app, pilot, LONG)
        link = screen.article.headline.link
        await pilot.press("o")
        await pilot.pause()
        assert asked == [link]
        assert not notes(app, "Opened in the browser")
        (message,) = notes(app, "Not opened in a browser")
        assert "no web browser was found" in message
        assert link in message
        assert app.clipboard == link
        # A numbered link as well.
        await pilot.press("2")
        await pilot.pause()
        assert app.clipboard == "https://example.invalid/plan"
        assert len(notes(app, "Not opened in a browser")) == 2


def test_a_browser_command_keeps_the_link_one_argument() -> None:
    assert browser_argv("firefox --new-tab %u", HOSTILE_LINK) == [
        "firefox",
        "--new-tab",
        HOSTILE_LINK,
    ]
    assert browser_argv("'/opt/my browser/run'", "https://x.invalid/") == [
        "/opt/my browser/run",
        "https://x.invalid/",
    ]
    assert browser_argv("open --url=%u", "https://x.invalid/") == [
        "open",
        "--url=https://x.invalid/",
    ]


async def test_the_configured_browser_runs_without_a_shell(
    make_app: MakeApp, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    script = tmp_path / "browser.py"
    record = tmp_path / "argv.json"
    script.write_text(
        f"import json, sys\nopen({str(record)!r}, 'w').write(json.dumps(sys.argv[1:]))\n",
        encoding="utf-8",
    )
    browser = f"{sys.executable} {script} --new-window %u"
    app = make_app({"ui": {"browser": browser}})
    app.store._db.sql.execute("UPDATE articles SET link = ? WHERE title = ?", (HOSTILE_LINK, LONG))
    async with app.run_test(size=(120, 36)) as pilot:
        await pilot.pause()
        await open_title(app, pilot, LONG)
        await pilot.press("o")
        await pilot.pause()
        deadline = time.monotonic() + 20
        while not record.exists():
            assert time.monotonic() < deadline, "the browser command did not run"
            time.sleep(0.05)
        time.sleep(0.2)
        assert json.loads(record.read_text()) == ["--new-window", HOSTILE_LINK]
        assert notes(app, "Opened in the browser")
    assert not (tmp_path / "pwned").exists()


async def test_a_browser_command_that_cannot_run_is_said(make_app: MakeApp) -> None:
    app = make_app({"ui": {"browser": "/nonexistent/browser %u"}})
    async with app.run_test(size=(120, 36)) as pilot:
        await pilot.pause()
        await pilot.press("o")
        await pilot.pause()
        (message,) = notes(app, "Not opened in a browser")
        assert "cannot run /nonexistent/browser" in message
        assert app.clipboard == app.main.headlines.current.link


async def test_a_new_search_replaces_the_old_query(make_app: MakeApp) -> None:
    app = make_app()
    async with app.run_test(size=(120, 36)) as pilot:
        await pilot.pause()
        main = app.main
        await pilot.press("slash")
        await pilot.pause()
        await pilot.press(*"bridge", "enter")
        await pilot.pause()
        assert main.search == "bridge"
        await pilot.press("slash")
        await pilot.pause()
        await pilot.press(*"storm", "enter")
        await pilot.pause()
        assert main.search == "storm"
        # The old query is offered, selected: End keeps it and typing goes on.
        await pilot.press("slash")
        await pilot.pause()
        await pilot.press("end", *" surge", "enter")
        await pilot.pause()
        assert main.search == "storm surge"


async def test_a_new_find_in_the_article_replaces_the_old_one(make_app: MakeApp) -> None:
    app = make_app()
    async with app.run_test(size=(120, 36)) as pilot:
        await pilot.pause()
        screen = await open_title(app, pilot, LONG)
        for word in ("matters", "plan"):
            await pilot.press("slash")
            await pilot.pause()
            await pilot.press(*word, "enter")
            await pilot.pause()
            assert screen.view.search == word


async def test_a_link_number_goes_on_from_its_first_digit(make_app: MakeApp) -> None:
    app = make_app()
    async with app.run_test(size=(120, 36)) as pilot:
        await pilot.pause()
        screen = await open_title(app, pilot, LONG)
        many = tuple(
            dataclasses.replace(
                screen.article.document.links[0], number=n, url=f"https://example.invalid/{n}"
            )
            for n in range(1, 13)
        )
        document = dataclasses.replace(screen.article.document, links=many)
        screen.show_article(dataclasses.replace(screen.article, document=document))
        await pilot.press("1")
        await pilot.pause()
        await pilot.press("2", "enter")
        await pilot.pause()
        assert app.opened_urls[-1] == "https://example.invalid/12"


def highlighted(view) -> list[str]:
    """The watch-list matches marked in the article text."""
    style = view.get_component_rich_style("article--highlight")
    return [
        line.plain[s.start : s.end]
        for line in view.layout_.lines
        for s in line.spans
        if s.style == style
    ]


async def test_the_watch_list_edited_with_w_applies_to_articles_at_once(make_app: MakeApp) -> None:
    app = make_app()
    async with app.run_test(size=(120, 36)) as pilot:
        await pilot.pause()
        screen = await open_title(app, pilot, LONG)
        assert highlighted(screen.view) == []
        await pilot.press("escape")  # the article screen is kept for the next article
        await pilot.pause()
        await pilot.press("w")
        await pilot.pause()
        app.screen.query_one(TextArea).text = "bridge\nofficials"
        await pilot.press("ctrl+s")
        await pilot.pause()
        screen = await open_title(app, pilot, LONG)
        marked = {word.casefold() for word in highlighted(screen.view)}
        assert marked == {"bridge", "officials"}
        # And edited on the article screen itself.
        await pilot.press("w")
        await pilot.pause()
        app.screen.query_one(TextArea).text = "plan"
        await pilot.press("ctrl+s")
        await pilot.pause()
        assert {word.casefold() for word in highlighted(screen.view)} == {"plan"}


ARABIC_FEED = "أخبار القاهرة"
ARABIC_AUTHOR = "ليلى حداد"
ARABIC_FAILING = "نشرة معطلة"


def arabic_store(path: Path):
    store = sample_store(path)
    add_feed(
        store,
        "http://127.0.0.1:9/cairo.xml",
        ARABIC_FEED,
        [Item("Cairo markets open higher", 1, author=ARABIC_AUTHOR, summary="Bridge traders.")],
    )
    add_feed(store, "http://127.0.0.1:9/down.xml", ARABIC_FAILING, [], error="انتهت المهلة")
    return store


async def test_right_to_left_text_reads_in_display_order_everywhere(
    make_app: MakeApp, paths
) -> None:
    app = make_app(store=arabic_store(paths.database))
    async with app.run_test(size=(140, 36)) as pilot:
        await pilot.pause()
        main = app.main
        main.headlines.cursor = row_of(app, "Cairo markets open higher")
        await pilot.pause()
        text = screen_text(app)
        status = text.splitlines()[-2]
        # the status line: the feed and the author, each in display order
        assert display(ARABIC_FEED) in status
        assert display(ARABIC_AUTHOR) in status
        assert ARABIC_FEED not in status
        # the feed column of the headline list, and the feed list
        row = next(line for line in text.splitlines() if "Cairo markets" in line)
        assert display(ARABIC_FEED) in row
        assert text.count(display(ARABIC_FEED)) >= 3  # feed list, feed column, status
        # search results
        await pilot.press("slash")
        await pilot.pause()
        await pilot.press(*"traders", "enter")
        await pilot.pause()
        assert main.headlines.count == 1
        row = next(line for line in screen_text(app).splitlines() if "Cairo markets" in line)
        assert display(ARABIC_FEED) in row
        # the E dialog
        await pilot.press("E")
        await pilot.pause()
        text = screen_text(app)
        assert display(ARABIC_FAILING) in text
        assert display("انتهت المهلة") in text
        assert ARABIC_FAILING not in text
        await pilot.press("escape", "w")
        await pilot.pause()
        # the watch-list editor shows the right-to-left lines as they read
        app.screen.query_one(TextArea).text = "storm\nالقاهرة"
        await pilot.pause()
        assert f"Right-to-left lines read: {display('القاهرة')}" in screen_text(app)


async def test_a_terminal_that_reorders_itself_gets_the_stored_order_everywhere(
    make_app: MakeApp, paths
) -> None:
    app = make_app({"ui": {"bidi": "terminal"}}, store=arabic_store(paths.database))
    async with app.run_test(size=(140, 36)) as pilot:
        await pilot.pause()
        app.main.headlines.cursor = row_of(app, "Cairo markets open higher")
        await pilot.pause()
        text = screen_text(app)
        assert text.count(ARABIC_FEED) >= 3
        assert display(ARABIC_FEED) not in text


async def test_f_is_offered_only_where_there_is_a_page(make_app: MakeApp, paths) -> None:
    store = demo_store(paths.database)
    add_feed(
        store,
        "http://127.0.0.1:9/wire.xml",
        "Wire",
        [
            Item("A teaser with a page", 1, sections=SHORT, link="http://127.0.0.1:9/page.html"),
            Item("A teaser whose page cannot exist", 2, sections=SHORT),  # example.invalid
        ],
    )
    app = make_app(store=store)
    async with app.run_test(size=(120, 36)) as pilot:
        await pilot.pause()
        # A demo article: complete in its feed, its page invented.
        demo = app.main.headlines.headline_at(row_of(app, DEMO_TITLE))
        assert demo.feed_url == "ekreader:demo"
        screen = await open_title(app, pilot, DEMO_TITLE)
        assert "press F" not in screen_text(app)
        await pilot.press("F")
        await pilot.pause()
        assert "no web page to fetch" in screen_text(app)
        assert not list(app.workers)  # nothing was started
        await pilot.press("escape")
        await pilot.pause()
        await open_title(app, pilot, "A teaser whose page cannot exist")
        assert "press F" not in screen_text(app)
        await pilot.press("escape")
        await pilot.pause()
        await open_title(app, pilot, "A teaser with a page")
        assert "Feed text only: press F to fetch the full article." in screen_text(app)
        assert screen.article.headline.title == "A teaser with a page"


async def test_the_errors_dialog_lists_the_pages_that_failed_with_their_reason(
    make_app: MakeApp, paths
) -> None:
    store = sample_store(paths.database)
    by_title = {f.title: f for f in store.feeds()}
    world, local = by_title["World Desk"], by_title["Local [b]News[/b]"]
    (gone,) = (
        h for h in store.headlines(HeadlineQuery(feed_id=local.id)) if h.title.startswith("[b]x")
    )
    store.page_failed(gone.id, "HTTP 404 Not Found")
    store.page_failed(gone.id, "HTTP 404 Not Found")
    many = add_feed(
        store,
        "http://127.0.0.1:9/many.xml",
        "Many Pages",
        [Item(f"Story number {i}", minutes_ago=i) for i in range(12)],
    )
    for h in store.headlines(HeadlineQuery(feed_id=many), limit=20):
        store.page_failed(h.id, "refused: the link points into a local or private network")
    pdf = next(h for h in store.headlines(HeadlineQuery(feed_id=world.id)))
    store.page_failed(pdf.id, "not an HTML page (application/pdf)")
    app = make_app(store=store)
    async with app.run_test(size=(120, 60)) as pilot:
        await pilot.pause()
        await pilot.press("E")
        await pilot.pause()
        text = screen_text(app)
        assert "Feeds that failed (1)" in text
        assert "HTTP 500: Internal Server Error" in text  # the failing feed, as before
        assert "Article pages that failed (14)" in text
        lines = [line.strip(" │╭╮╰╯─") for line in text.splitlines()]
        at = lines.index("Local [b]News[/b]")  # markup in feed and article titles is text
        assert lines[at + 1 : at + 3] == [
            "• [b]x[/b] and [@click=app.quit]y[/] stay literal",
            "HTTP 404 Not Found · 2 attempts",
        ]
        at = lines.index("World Desk")
        assert lines[at + 1 : at + 3] == [f"• {pdf.title}", "not an HTML page (application/pdf)"]
        at = lines.index("Many Pages")
        assert lines.index("Local [b]News[/b]") < at < lines.index("World Desk")  # feed order
        assert lines[at + 1] == "• Story number 0"  # newest first
        assert "refused: the link points into a local or private network" in lines[at + 2]
        assert "Story number 9" in text
        assert "Story number 10" not in text
        assert "… and 2 more (ekreader feeds --json lists them all)" in text
