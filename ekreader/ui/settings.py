"""Settings changed inside the reader, applied at once and written back to config.toml
(ekreader/configfile.py): the theme picked in the command palette and the watch list
edited with `w`. A file that cannot be written is said in a notification; the setting
then applies until the reader quits."""

from __future__ import annotations

import dataclasses
from typing import TYPE_CHECKING

from ekreader.core.text.highlight import Highlighter
from ekreader.core.text.sanitize import clean_line
from ekreader.ui.messages import WatchListChanged

if TYPE_CHECKING:
    from ekreader.ui.app import ReaderApp


def theme_chosen(app: ReaderApp, theme: str) -> None:
    """Save a theme chosen in the app as [general] theme (nothing when unchanged)."""
    if theme == app.config.general.theme:
        return  # the configured theme (applied at start) is no change to save
    app.config = dataclasses.replace(
        app.config, general=dataclasses.replace(app.config.general, theme=theme)
    )
    from ekreader.configfile import ConfigFileError, save_theme

    try:
        save_theme(app.paths.config_file, theme)
    except ConfigFileError as exc:
        app.notify(
            clean_line(f"{exc}. The theme applies until you quit."),
            title="Theme not saved",
            severity="warning",
            markup=False,
            timeout=10,
        )


def watch_list_edited(app: ReaderApp, keywords: tuple[str, ...], patterns: tuple[str, ...]) -> None:
    """Highlight these keywords and patterns on every screen from now on, and save them
    as [highlight] keywords and patterns."""
    from ekreader import configfile

    highlighter = Highlighter.build(keywords, patterns)
    app.highlighter = highlighter
    app.config = dataclasses.replace(
        app.config,
        highlight=dataclasses.replace(app.config.highlight, keywords=keywords, patterns=patterns),
    )
    app.tell_screens(lambda: WatchListChanged(highlighter))
    try:
        configfile.save_watch_list(app.paths.config_file, keywords, patterns)
    except configfile.ConfigFileError as exc:
        app.notify(
            clean_line(f"{exc}. The watch list applies until you quit."),
            title="Watch list not saved",
            severity="error",
            markup=False,
            timeout=15,
        )
        return
    app.notify(f"Saved in {app.paths.config_file}", title="Watch list", markup=False, timeout=4)


__all__ = ["theme_chosen", "watch_list_edited"]
