"""Watch list editing and saving, one-article page fetch, palette, theme, lazy imports."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tomllib

import pytest
from textual.widgets import TextArea

from ekreader.configfile import ConfigFileError, save_watch_list
from ekreader.core.text.highlight import BadPattern
from ekreader.ui.screens.article import ArticleScreen
from ekreader.ui.watchlist import WatchListScreen, format_watch_list, parse_watch_list
from tests.ui.test_reader import LONG, open_title

CONFIG = """\
# My ekreader settings
[general]
theme = "textual-dark"  # the dark one

[highlight]
# words I follow
keywords = ["old"]
"""


def test_parse_and_format_watch_list():
    text = "Zürich\n  /cat(egory)? \\d/ \n\nzürich\nStorm\n"
    keywords, patterns = parse_watch_list(text)
    assert keywords == ("Zürich", "zürich", "Storm")
    assert patterns == ("cat(egory)? \\d",)
    assert parse_watch_list(format_watch_list(keywords, patterns)) == (keywords, patterns)
    with pytest.raises(BadPattern, match="unclosed"):
        parse_watch_list("/(unclosed/")


def test_save_keeps_comments_and_other_settings(tmp_path):
    path = tmp_path / "config.toml"
    path.write_text(CONFIG, encoding="utf-8")
    save_watch_list(path, ("storm", "Zürich"), (r"\bM\d\.\d\b",))
    text = path.read_text(encoding="utf-8")
    assert "# My ekreader settings" in text
    assert "# the dark one" in text
    assert "# words I follow" in text
    data = tomllib.loads(text)
    assert data["general"]["theme"] == "textual-dark"
    assert data["highlight"] == {"keywords": ["storm", "Zürich"], "patterns": [r"\bM\d\.\d\b"]}


def test_save_creates_the_file_and_the_table(tmp_path):
    path = tmp_path / "new" / "config.toml"
    save_watch_list(path, ("a",), ())
    assert tomllib.loads(path.read_text())["highlight"] == {"keywords": ["a"], "patterns": []}


@pytest.mark.skipif(os.geteuid() == 0, reason="root can write anywhere")
def test_save_into_a_read_only_directory_says_so(tmp_path):
    folder = tmp_path / "ro"
    folder.mkdir()
    folder.chmod(0o500)
    try:
        with pytest.raises(ConfigFileError, match="cannot write"):
            save_watch_list(folder / "config.toml", ("a",), ())
    finally:
        folder.chmod(0o700)


def test_save_refuses_a_broken_file(tmp_path):
    path = tmp_path / "config.toml"
    path.write_text("[general\n", encoding="utf-8")
    with pytest.raises(ConfigFileError, match="not valid TOML"):
        save_watch_list(path, ("a",), ())
    assert path.read_text() == "[general\n"


async def test_edit_watch_list_in_the_app(make_app, paths):
    paths.config_dir.mkdir(parents=True)
    paths.config_file.write_text(CONFIG, encoding="utf-8")
    app = make_app({"highlight": {"keywords": ["old"]}})
    async with app.run_test(size=(120, 36)) as pilot:
        await pilot.pause()
        await pilot.press("w")
        await pilot.pause()
        assert isinstance(app.screen, WatchListScreen)
        area = app.screen.query_one(TextArea)
        assert area.text == "old"
        area.text = "bridge\n/(broken/"
        await pilot.press("ctrl+s")
        await pilot.pause()
        assert isinstance(app.screen, WatchListScreen)  # a bad pattern is shown, not saved
        area.text = "bridge\n/Z[uü]rich/"
        await pilot.press("ctrl+s")
        await pilot.pause()
        assert not isinstance(app.screen, WatchListScreen)
        assert app.highlighter.keywords == ("bridge",)
        assert tomllib.loads(paths.config_file.read_text())["highlight"] == {
            "keywords": ["bridge"],
            "patterns": ["Z[uü]rich"],
        }
        assert "# words I follow" in paths.config_file.read_text()
        headlines = app.main.headlines
        assert headlines.highlighter.spans("the bridge") == [(4, 10)]


async def test_watch_list_that_cannot_be_saved_is_reported(make_app, paths, monkeypatch):
    import ekreader.configfile as configfile

    def refuse(path, keywords, patterns):
        raise ConfigFileError(f"{path}: cannot write: Permission denied")

    monkeypatch.setattr(configfile, "save_watch_list", refuse)
    app = make_app()
    async with app.run_test(size=(120, 36)) as pilot:
        await pilot.pause()
        await pilot.press("w")
        await pilot.pause()
        app.screen.query_one(TextArea).text = "storm"
        await pilot.press("ctrl+s")
        await pilot.pause()
        notes = [(n.title, n.message) for n in app._notifications]
        assert any(
            title == "Watch list not saved" and "Permission denied" in message
            for title, message in notes
        )
        assert app.highlighter.keywords == ("storm",)  # still applies for this session


PAGE = """<!doctype html><html><head><title>Bridge</title></head><body><article>
<h1>How the bridge was built</h1>
<p>{body}</p>
<h2>The steel</h2><p>{body}</p>
</article></body></html>"""


async def test_fetch_one_article_page_on_demand(make_app, feed_server):
    body = "The engineers worked through the winter to finish the span. " * 20
    url = feed_server.add("/bridge.html", PAGE.format(body=body), content_type="text/html")
    app = make_app()
    app.store._db.sql.execute("UPDATE articles SET link = ? WHERE title = ?", (url, LONG))
    async with app.run_test(size=(120, 36)) as pilot:
        await pilot.pause()
        screen = await open_title(app, pilot, LONG)
        assert not screen.article.full_text
        await pilot.press("F")
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert isinstance(app.screen, ArticleScreen)
        assert screen.article.full_text
        assert "The steel" in [entry.title for entry in screen.view.outline]


async def test_fetch_failure_is_a_notification_not_a_crash(make_app, feed_server):
    url = feed_server.add("/gone.html", "nope", status=404, content_type="text/html")
    app = make_app()
    app.store._db.sql.execute("UPDATE articles SET link = ? WHERE title = ?", (url, LONG))
    async with app.run_test(size=(120, 36)) as pilot:
        await pilot.pause()
        await open_title(app, pilot, LONG)
        await pilot.press("F")
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert any(n.title == "Full article not fetched" for n in app._notifications)
        assert isinstance(app.screen, ArticleScreen)


async def test_command_palette_has_the_main_actions(make_app):
    app = make_app()
    async with app.run_test(size=(120, 36)) as pilot:
        await pilot.pause()
        titles = {command.title for command in app.get_system_commands(app.screen)}
        for title in (
            "Refresh feeds",
            "Show breaking news",
            "Search all articles",
            "Edit the watch list",
            "Mark all read",
            "Feed errors",
        ):
            assert title in titles


async def test_theme_from_config_and_unknown_theme_warns(make_app):
    app = make_app({"general": {"theme": "nord"}})
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        assert app.theme == "nord"
    app = make_app({"general": {"theme": "no-such-theme"}})
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        assert any("Unknown theme" in n.message for n in app._notifications)


async def test_unknown_keymap_ids_warn(make_app):
    app = make_app({"keys": {"no_such_binding": "x"}})
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        assert any("no_such_binding" in n.message for n in app._notifications)


def test_start_up_imports_no_network_or_parsing_library():
    probe = (
        "import sys, json, ekreader.__main__, ekreader.ui.app;"
        "print(json.dumps([m for m in ('httpx', 'feedparser', 'feedparser_rs', 'lxml',"
        " 'tomlkit', 'trafilatura') if m in sys.modules]))"
    )
    out = subprocess.run(
        [sys.executable, "-c", probe], capture_output=True, text=True, check=True, timeout=60
    )
    assert json.loads(out.stdout) == []
