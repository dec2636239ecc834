"""Pilot tests of the reader: navigation, sections, highlight and search, hostile text."""

from __future__ import annotations

from ekreader.models import HeadlineQuery
from ekreader.ui.screens.article import ArticleScreen
from ekreader.ui.screens.headlines import HeadlinesScreen
from ekreader.ui.screens.help import HelpScreen
from tests.ui.conftest import screen_text

LONG = "Long read: how the bridge was built"


def row_of(app, title: str) -> int:
    headlines = app.main.headlines
    for row in range(headlines.count):
        if headlines.headline_at(row).title == title:
            return row
    raise AssertionError(f"{title!r} not listed")


async def open_title(app, pilot, title: str) -> ArticleScreen:
    app.main.headlines.cursor = row_of(app, title)
    await pilot.press("enter")
    await pilot.pause()
    assert isinstance(app.screen, ArticleScreen)
    return app.screen


async def test_headline_article_sections_next_article_and_back(make_app):
    app = make_app()
    async with app.run_test(size=(120, 36)) as pilot:
        await pilot.pause()
        text = screen_text(app)
        assert "Earthquake shakes the coast" in text
        assert "BREAKING" in text
        screen = await open_title(app, pilot, LONG)
        view = screen.view
        assert [e.title for e in view.outline] == [
            LONG,
            "Background",
            "What happens next",
            "Reactions",
            "Analysis",
            "Links",
        ]
        assert screen.outline.display  # wide enough: outline beside the text
        assert view.section == 0
        await pilot.press("right_square_bracket")
        assert view.section == 1
        assert round(view.scroll_y) == view.outline[1].line
        assert screen.outline.highlighted == 1
        await pilot.press("right_square_bracket", "right_square_bracket")
        assert view.section == 3
        await pilot.press("left_square_bracket")
        assert view.section == 2
        assert "What happens next" in screen_text(app)
        # Choosing a section from the outline.
        await pilot.press("t")
        assert screen.outline.has_focus
        await pilot.press("down", "enter")
        assert view.section == 3
        # Next article without going back to the list.
        list_row = app.main.headlines.cursor
        await pilot.press("J")
        await pilot.pause()
        assert app.screen is screen
        assert screen.article.headline.title != LONG
        assert app.main.headlines.cursor == list_row + 1
        assert screen.article.headline.read
        await pilot.press("K")
        await pilot.pause()
        assert screen.article.headline.title == LONG
        await pilot.press("escape")
        await pilot.pause()
        assert isinstance(app.screen, HeadlinesScreen)
        assert app.main.headlines.current.title == LONG


async def test_read_state_and_scroll_position_are_remembered(make_app):
    app = make_app()
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.pause()
        screen = await open_title(app, pilot, LONG)
        article_id = screen.article.id
        await pilot.press("right_square_bracket", "right_square_bracket", "right_square_bracket")
        fraction = screen.view.fraction
        assert fraction > 0
        await pilot.press("escape")
        await pilot.pause()
        assert app.store.article(article_id).headline.read
        assert abs(app.store.article(article_id).scroll - fraction) < 0.01
        screen = await open_title(app, pilot, LONG)
        assert abs(screen.view.fraction - fraction) < 0.05


async def test_watch_list_highlights_headlines_and_article_text(make_app):
    app = make_app({"highlight": {"keywords": ["zurich", "bridge"]}})
    async with app.run_test(size=(120, 36)) as pilot:
        await pilot.pause()
        headlines = app.main.headlines
        row = row_of(app, "Markets calm after the storm in Zürich")
        line = headlines.render_headline(headlines.headline_at(row), 100)
        highlight = headlines.get_component_rich_style("headlines--highlight")
        marked = [line.plain[s.start : s.end] for s in line.spans if s.style == highlight]
        assert marked == ["Zürich"]
        screen = await open_title(app, pilot, LONG)
        watch = screen.view.get_component_rich_style("article--highlight")
        title_line = screen.view.layout_.lines[0]
        assert [
            title_line.plain[s.start : s.end] for s in title_line.spans if s.style == watch
        ] == ["bridge"]


async def test_in_article_search_highlights_every_match_and_steps(make_app):
    app = make_app()
    async with app.run_test(size=(120, 36)) as pilot:
        await pilot.pause()
        screen = await open_title(app, pilot, LONG)
        await pilot.press("slash")
        await pilot.pause()
        await pilot.press(*"matters", "enter")
        await pilot.pause()
        view = screen.view
        assert len(view.layout_.matches) == 30
        assert view.current_match == 0
        await pilot.press("n")
        assert view.current_match == 1
        await pilot.press("N", "N")
        assert view.current_match == 29
        top = round(view.scroll_y)
        assert top <= view.layout_.matches[29] < top + view.size.height
        # Escape clears the search first, then closes the article.
        await pilot.press("escape")
        assert view.search == ""
        assert isinstance(app.screen, ArticleScreen)


async def test_search_all_articles_lists_results_and_escape_restores(make_app):
    app = make_app()
    async with app.run_test(size=(120, 36)) as pilot:
        await pilot.pause()
        main = app.main
        total = main.headlines.count
        await pilot.press("slash")
        await pilot.pause()
        await pilot.press(*"bridge", "enter")
        await pilot.pause()
        assert main.headlines.count == 1
        assert main.headlines.current.title == LONG
        assert "Search: bridge · 1 article" in screen_text(app)
        await pilot.press("escape")
        await pilot.pause()
        assert main.headlines.count == total


async def test_views_breaking_unread_starred_and_marks(make_app):
    app = make_app()
    async with app.run_test(size=(120, 36)) as pilot:
        await pilot.pause()
        main = app.main
        await pilot.press("B")
        assert main.headlines.headline_query == HeadlineQuery(breaking=True, collapse=True)
        assert main.headlines.count == 2
        assert all(main.headlines.headline_at(i).breaking for i in range(2))
        await pilot.press("s")
        await pilot.press("S")
        assert main.headlines.count == 1
        await pilot.press("a")
        count = main.headlines.count
        await pilot.press("u")  # mark read
        await pilot.press("U")
        assert main.headlines.count == count - 1
        await pilot.press("A")  # mark all read in this view (asks first)
        await pilot.pause()
        await pilot.press("y")
        await pilot.pause()
        assert main.headlines.count == 0
        assert "No articles here" in screen_text(app)


async def test_feed_list_chooses_a_feed_and_marks_failing_feeds(make_app):
    app = make_app()
    async with app.run_test(size=(120, 36)) as pilot:
        await pilot.pause()
        text = screen_text(app)
        assert "! Broken Feed" in text
        feeds = app.main.feed_list
        feeds.focus()
        feeds.select_key(f"feed:{feeds.feeds[2].id}")  # World Desk (sorted by title)
        await pilot.pause()
        assert app.main.headlines.count == 4
        await pilot.press("E")
        await pilot.pause()
        text = screen_text(app)
        assert "Broken Feed" in text
        assert "HTTP 500: Internal Server Error" in text


async def test_hostile_titles_show_literally_and_do_nothing(make_app):
    app = make_app()
    async with app.run_test(size=(120, 36)) as pilot:
        await pilot.pause()
        text = screen_text(app)
        assert "[b]x[/b] and [@click=app.quit]y[/] stay literal" in text
        assert "Local [b]News[/b]" in text
        row = row_of(app, "[b]x[/b] and [@click=app.quit]y[/] stay literal")
        # Clicking the words does nothing but select the row.
        await pilot.click("HeadlineList", offset=(40, row))
        await pilot.pause()
        assert app.is_running
        assert app.main.headlines.cursor == row


async def test_control_characters_never_reach_the_screen(make_app, paths):
    app = make_app()
    # Bypass the sanitizer on purpose: the UI must still never draw an escape sequence.
    app.store._db.sql.execute(
        "UPDATE articles SET title = ? WHERE title LIKE 'Weather%'",
        ("Evil \x1b]0;pwned\x07 \x1b[2J title\x9b31m \u202eevil",),
    )
    async with app.run_test(size=(120, 36)) as pilot:
        await pilot.pause()
        text = screen_text(app)
        assert "Evil" in text
        assert not any(ch in text for ch in "\x1b\x07\x9b\u202e")
        await open_title(app, pilot, "Evil \x1b]0;pwned\x07 \x1b[2J title\x9b31m \u202eevil")
        text = screen_text(app)
        assert "Evil" in text
        assert not any(ch in text for ch in "\x1b\x07\x9b\u202e")


async def test_links_open_by_number_and_o_opens_the_article(make_app):
    app = make_app()
    async with app.run_test(size=(120, 36)) as pilot:
        await pilot.pause()
        screen = await open_title(app, pilot, LONG)
        await pilot.press("2")
        await pilot.press("9")  # no such link
        await pilot.press("o")
        assert app.opened_urls == [
            "https://example.invalid/plan",
            screen.article.headline.link,
        ]
        text = "\n".join(line.plain for line in screen.view.layout_.lines)
        assert "[1] https://example.invalid/where" in text
        assert "[2] https://example.invalid/plan" in text


async def test_help_lists_every_binding_with_the_keymap(make_app):
    app = make_app({"keys": {"refresh": "ctrl+r", "next_section": "right_square_bracket,x"}})
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        await pilot.press("question_mark")
        await pilot.pause()
        assert isinstance(app.screen, HelpScreen)
        help_text = app.screen.text.plain
        for expected in (
            "ctrl+r",
            "Refresh",
            "Next section",
            "Prev article",
            "Find",
            "1-9",
            "], x",
        ):
            assert expected in help_text
        await pilot.press("escape")
        await pilot.pause()
        assert not app.refreshing
        await pilot.press("r")  # remapped away
        assert not app.refreshing


async def test_remapped_key_works(make_app):
    app = make_app({"keys": {"next_section": "x"}})
    async with app.run_test(size=(120, 36)) as pilot:
        await pilot.pause()
        screen = await open_title(app, pilot, LONG)
        await pilot.press("x")
        assert screen.view.section == 1


async def test_right_to_left_article_reads_in_display_order(make_app):
    app = make_app()
    async with app.run_test(size=(120, 36)) as pilot:
        await pilot.pause()
        screen = await open_title(app, pilot, "عاجل: انقطاع الكهرباء في 3 مدن")
        lines = [line.plain.strip() for line in screen.view.layout_.lines]
        # The title is drawn right to left: its first word is at the right end.
        assert lines[0] == "ندم 3 يف ءابرهكلا عاطقنا :لجاع"
        # Numbers keep their own order and brackets are mirrored.
        body = next(line for line in lines if "24" in line)
        assert "(ةرهاقلا)" in body
        assert body.endswith("نولوؤسملا لاق")


async def test_usable_at_80x24(make_app):
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        text = screen_text(app)
        assert "Earthquake shakes the coast" in text
        screen = await open_title(app, pilot, LONG)
        assert not screen.outline.display  # narrow: outline hidden, text full width
        await pilot.press("t")
        assert screen.outline.display
        await pilot.press("escape", "escape")
        await pilot.pause()
        assert isinstance(app.screen, HeadlinesScreen)


async def test_very_long_titles_without_spaces_and_nul_bytes_stay_in_bounds(make_app):
    app = make_app()
    long_title = "A" * 5000
    app.store._db.sql.execute(
        "UPDATE articles SET title = ? WHERE title LIKE 'Council%'", (long_title,)
    )
    app.store._db.sql.execute(
        "UPDATE articles SET title = ? WHERE title LIKE 'Weather%'", ("NUL\x00byte \u202eabc",)
    )
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        lines = screen_text(app).splitlines()
        assert len(lines) == 24
        assert all(len(line) <= 80 for line in lines)
        assert any("AAAA…" in line for line in lines)
        assert "\x00" not in "".join(lines)
        await open_title(app, pilot, long_title)
        view = app.screen.view
        assert max(line.cell_len for line in view.layout_.lines) <= view.text_width
        assert sum(line.plain.count("A") for line in view.layout_.lines) >= 5000
