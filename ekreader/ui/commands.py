"""The reader's entries in the command palette (Ctrl+P), beside Textual's own."""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

from textual.app import SystemCommand

if TYPE_CHECKING:
    from ekreader.ui.app import ReaderApp


def reader_commands(app: ReaderApp) -> Iterator[SystemCommand]:
    """The reader's palette commands: the main actions of every screen."""
    yield SystemCommand("Refresh feeds", "Refresh every feed in the background", app.action_refresh)
    yield SystemCommand(
        "Edit the watch list", "Keywords highlighted everywhere", app.action_watch_list
    )
    yield SystemCommand(
        "Feed errors",
        "Feeds and article pages that failed, with the reason",
        app.action_feed_errors,
    )
    yield SystemCommand("Keys", "Every key binding", app.action_help)
    main = app.main
    yield SystemCommand(
        "Show breaking news", "The Breaking view", lambda: main.action_view("breaking")
    )
    yield SystemCommand("Show all articles", "The All view", lambda: main.action_view("all"))
    yield SystemCommand(
        "Show unread articles", "The Unread view", lambda: main.action_view("unread")
    )
    yield SystemCommand(
        "Show starred articles", "The Starred view", lambda: main.action_view("starred")
    )
    yield SystemCommand(
        "Show hidden articles", "What your filters hid", lambda: main.action_view("hidden")
    )
    yield SystemCommand(
        "Search all articles",
        "In the query language: words, fields, is:unread …",
        main.action_search,
    )
    yield SystemCommand(
        "Save the search", "Into [searches]: a view in the feed list", main.action_save_search
    )
    yield SystemCommand(
        "Mark all read", "Every article of the current list", main.action_mark_all_read
    )
    yield SystemCommand("Toggle the feed list", "Show or hide the feeds", main.action_toggle_feeds)
    yield SystemCommand(
        "Add a feed", "Its address, or a web page that links to one", main.action_add_feed
    )


__all__ = ["reader_commands"]
