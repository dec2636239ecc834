"""The reader UI over a cache filled by the real pipeline from attack feeds: every title,
article, feed name and error is plain text on screen. No markup is interpreted (no link,
no click action, no style from the feed), no control character is drawn, a click on a
title that spells `[@click=app.quit]` does not quit, and long titles stay in bounds.

(tests/ui has hand-made hostile rows in its sample cache; here the text comes through
fetch, parse and store as it would from the web.)
"""

from __future__ import annotations

import json
import webbrowser
from collections.abc import Iterator
from pathlib import Path

import pytest
from rich.cells import cell_len

from ekreader.config import config_from_dict
from ekreader.core.store import Store
from ekreader.paths import Paths
from tests.robustness.attacks import subscribe_attacks
from tests.robustness.conftest import FORBIDDEN, Home
from tests.server import FeedServer

SIZE = (120, 36)
# Words of the attack titles that markup would have turned into something else.
MARKUP_WORDS = ("click me", "loud", "Ticker", "x[/b]", "app.quit")


def paths_of(home: Home) -> Paths:
    env = home.env
    return Paths(
        Path(env["XDG_CONFIG_HOME"]) / "ekreader",
        Path(env["XDG_DATA_HOME"]) / "ekreader",
        Path(env["XDG_CACHE_HOME"]) / "ekreader",
    )


@pytest.fixture
def reader(home: Home, feed_server: FeedServer, monkeypatch: pytest.MonkeyPatch) -> Iterator:
    from ekreader.ui.app import ReaderApp

    subscribe_attacks(home, feed_server)
    # Also a feed whose fetch fails: its error is shown in the errors view.
    home.subscribe({feed_server.url("/missing\u202e.xml"): "Missing [b]feed[/b]"}, "bad.opml")
    home.call("fetch", "--feeds-only")
    monkeypatch.setattr(webbrowser, "open", lambda url, *args, **kwargs: True)
    config = config_from_dict(
        {
            "general": {"refresh_on_start": False, "first_run_feeds": False},
            "highlight": {"keywords": ["click", "Invoice"]},
        }
    )
    paths = paths_of(home)
    store = Store.open(paths.database)
    app = ReaderApp(paths, config, store)
    yield app
    store.close()


def strips(app) -> list:
    return list(app.screen._compositor.render_strips())


def check_screen(app) -> str:
    """The screen as text; asserts nothing on it is a control character or interpreted
    feed markup, and no line is wider than the terminal."""
    lines = []
    problems = []
    for y, strip in enumerate(strips(app)):
        text = "".join(segment.text for segment in strip)
        lines.append(text)
        if FORBIDDEN.search(text):
            problems.append(f"row {y}: control character in {text!r}")
        if cell_len(text) > SIZE[0]:
            problems.append(f"row {y}: {cell_len(text)} cells wide")
        for segment in strip:
            style = segment.style
            if style is None or not any(word in segment.text for word in MARKUP_WORDS):
                continue
            if style.link or (style.meta or {}).get("@click"):
                problems.append(f"row {y}: feed text {segment.text!r} became a link or action")
            if style.blink or (style.reverse and "loud" in segment.text):
                problems.append(f"row {y}: feed text {segment.text!r} got the feed's style")
    assert not problems, "\n".join(problems[:10])
    return "\n".join(lines)


async def test_attack_feeds_in_the_reader_are_plain_text(reader):
    from ekreader.ui.screens.article import ArticleScreen

    app = reader
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        headlines = app.main.headlines
        count = headlines.count
        assert count >= 40
        seen = check_screen(app)
        assert "[b]x[/b]" in seen or "[@click=app.quit]x[/]" in seen

        # Every article in turn, with the "next article" key (the list order).
        for row in range(0, count, 4):  # the list as it scrolls
            headlines.cursor = row
            await pilot.pause()
            seen += check_screen(app)
        headlines.cursor = 0
        await pilot.press("enter")
        await pilot.pause()
        screen = app.screen
        assert isinstance(screen, ArticleScreen)
        shown = []
        for _ in range(count):
            title = screen.article.headline.title
            shown.append(screen.article.headline.id)
            text = check_screen(app)
            assert title[:40] in text.replace("\n", "") or len(title) > 200, title
            if "[" in title:
                # Clicks on its text (title, links): nothing but clicks.
                for offset in ((10, 3), (40, 6)):
                    await pilot.click(offset=offset)
                assert app.is_running, f"a click in {title!r} ended the app"
            await pilot.press("J")
            await pilot.pause()
        assert len(set(shown)) == count, "next article did not walk the list"
        await pilot.press("escape")
        await pilot.pause()
        for literal in ("[b]x[/b]", "[@click=app.quit]x[/]", "[reverse red on white blink]loud[/]"):
            assert literal in seen, literal

        # Clicking on the titles in the list selects them and does nothing else.
        for row in range(0, min(count, 30), 3):
            await pilot.click("HeadlineList", offset=(30, row))
        await pilot.pause()
        assert app.is_running
        assert app.opened_urls == []
        check_screen(app)

        # The feed errors view, with the failing feed's name.
        await pilot.press("E")
        await pilot.pause()
        text = check_screen(app)
        assert "Missing [b]feed[/b]" in text
        assert "HTTP 404" in text
        await pilot.press("escape")

        # Searching all articles for attack text.
        await pilot.press("slash")
        await pilot.pause()
        await pilot.press(*"[b]")
        await pilot.press("enter")
        await pilot.pause()
        check_screen(app)
        assert app.is_running


RAW = "\x1b]0;pwned\x07\x1b[2J\x9b31m\u202e\x00\x07"
"""Written into the cache behind the sanitizer's back."""


async def test_the_ui_never_draws_control_characters_even_from_a_tampered_cache(reader):
    """Defence in depth: text that got into the cache unsanitized (an older version, a
    tool, a bug) is still never drawn raw."""
    from ekreader.core.store.codec import encode_sections
    from ekreader.models import Section
    from ekreader.ui.screens.article import ArticleScreen

    app = reader
    db = app.store._db.sql
    target = db.execute(
        "SELECT id, feed_id FROM articles ORDER BY sort_time DESC, id DESC LIMIT 1"
    ).fetchone()
    sections = encode_sections(
        [Section(None, f"Lead {RAW} text."), Section(f"Head {RAW}", f"Body {RAW} [b]x[/b].", 2)]
    )
    links = json.dumps([[f"https://x.example/{RAW}", f"link {RAW}"]])
    db.execute(
        "UPDATE articles SET title = ?, author = ?, summary = ?, fulltext = ?, links = ?,"
        " dateline = ?, breaking = 1, breaking_reason = ? WHERE id = ?",
        (
            f"Tampered {RAW} title",
            f"Author {RAW}",
            f"Summary {RAW}",
            sections,
            links,
            f"Dateline {RAW}",
            f"title marker: {RAW}",
            target[0],
        ),
    )
    db.execute(
        "UPDATE feeds SET user_title = ?, last_error = ?, last_status = 500 WHERE id = ?",
        (f"Feed {RAW} name", f"HTTP 500 {RAW}", target[1]),
    )
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        text = check_screen(app)
        assert "Tampered" in text
        app.main.headlines.cursor = 0
        await pilot.press("enter")
        await pilot.pause()
        assert isinstance(app.screen, ArticleScreen)
        text = check_screen(app)
        assert "Tampered" in text
        assert "Body" in text
        await pilot.press("escape")
        await pilot.press("E")
        await pilot.pause()
        text = check_screen(app)
        assert "HTTP 500" in text
