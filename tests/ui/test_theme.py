"""The theme chosen in the command palette is saved as [general] theme in config.toml."""

from __future__ import annotations

import os
import tomllib

import pytest
from textual.command import CommandPalette

from ekreader.config import load_config
from ekreader.configfile import ConfigFileError, save_theme
from ekreader.core.store import Store
from ekreader.paths import Paths
from ekreader.ui.app import ReaderApp
from tests.ui.conftest import MakeApp
from tests.ui.factory import NOW

CONFIG = """\
# My ekreader settings
[general]
theme = "{theme}"  # the one I like
refresh_on_start = false
first_run_feeds = false

[highlight]
# words I follow
keywords = ["storm"]
"""


def write_config(paths: Paths, theme: str) -> None:
    paths.config_dir.mkdir(parents=True, exist_ok=True)
    paths.config_file.write_text(CONFIG.format(theme=theme), encoding="utf-8")


def file_identity(paths: Paths) -> tuple[int, int, bytes]:
    """Inode, mtime and bytes: any write (even of the same text) changes one of them."""
    stat = paths.config_file.stat()
    return stat.st_ino, stat.st_mtime_ns, paths.config_file.read_bytes()


async def choose_theme(app: ReaderApp, name: str) -> None:
    """ctrl+p, "Theme", then `name` in the theme list, as a user does."""
    async with app.run_test(size=(120, 36)) as pilot:
        await pilot.pause()
        await pilot.press("ctrl+p")
        await pilot.pause()
        assert isinstance(app.screen, CommandPalette)
        await pilot.press(*"Theme")
        await pilot.pause(0.3)
        await pilot.press("enter")
        await pilot.pause(0.3)
        assert isinstance(app.screen, CommandPalette)  # now the list of themes
        await pilot.press(*name)
        await pilot.pause(0.3)
        await pilot.press("enter")
        await pilot.pause()
        assert not isinstance(app.screen, CommandPalette)
        assert app.theme == name


async def test_theme_chosen_in_the_palette_is_saved_and_used_at_the_next_start(
    make_app: MakeApp, paths: Paths
) -> None:
    write_config(paths, "textual-dark")
    app = make_app({"general": {"theme": "textual-dark"}})
    await choose_theme(app, "gruvbox")
    text = paths.config_file.read_text(encoding="utf-8")
    assert tomllib.loads(text)["general"]["theme"] == "gruvbox"
    assert text == CONFIG.format(theme="gruvbox")  # comments and layout kept
    assert not [p for p in paths.config_dir.iterdir() if p.name != "config.toml"]
    assert not [n for n in app._notifications if n.title == "Theme not saved"]

    before = file_identity(paths)
    with Store.open(paths.database) as store:
        again = ReaderApp(paths, load_config(paths.config_file), store, now=lambda: NOW)
        async with again.run_test(size=(120, 36)) as pilot:
            await pilot.pause()
            assert again.theme == "gruvbox"
    assert file_identity(paths) == before  # applying the saved theme writes nothing


async def test_an_unchanged_theme_is_not_written(make_app: MakeApp, paths: Paths) -> None:
    write_config(paths, "nord")
    before = file_identity(paths)
    app = make_app({"general": {"theme": "nord"}})
    await choose_theme(app, "nord")  # the theme it already has
    assert file_identity(paths) == before
    assert sorted(p.name for p in paths.config_dir.iterdir()) == ["config.toml"]


@pytest.mark.parametrize("damage", ["broken", "directory"])
async def test_a_config_that_cannot_be_written_gives_one_warning(
    make_app: MakeApp, paths: Paths, damage: str
) -> None:
    paths.config_dir.mkdir(parents=True)
    if damage == "broken":
        paths.config_file.write_text("# mine\n[general\ntheme = 'x'\n", encoding="utf-8")
    else:
        paths.config_file.mkdir()
    app = make_app()
    await choose_theme(app, "nord")  # still applied for this session
    notes = [n for n in app._notifications if n.title == "Theme not saved"]
    assert len(notes) == 1
    assert "\n" not in notes[0].message
    assert str(paths.config_file) in notes[0].message
    assert notes[0].severity == "warning"
    assert notes[0].markup is False
    if damage == "broken":
        assert paths.config_file.read_text() == "# mine\n[general\ntheme = 'x'\n"
    assert sorted(p.name for p in paths.config_dir.iterdir()) == ["config.toml"]


def test_save_theme_creates_the_file_and_keeps_other_keys(paths: Paths) -> None:
    save_theme(paths.config_file, "nord")
    assert tomllib.loads(paths.config_file.read_text()) == {"general": {"theme": "nord"}}
    paths.config_file.write_text("[general]\n# note\nrefresh_on_start = false\n")
    os.chmod(paths.config_file, 0o600)
    save_theme(paths.config_file, "dracula")
    text = paths.config_file.read_text()
    assert "# note" in text
    assert tomllib.loads(text)["general"] == {"refresh_on_start": False, "theme": "dracula"}
    assert paths.config_file.stat().st_mode & 0o777 == 0o600
    paths.config_file.write_text("general = 3\n")
    with pytest.raises(ConfigFileError, match="not a table"):
        save_theme(paths.config_file, "nord")
