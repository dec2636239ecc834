"""The reader's key bindings: the app-wide ones, and every binding by where it applies
(for `?` and for checking the ids of a [keys] table)."""

from __future__ import annotations

import dataclasses

from textual.binding import Binding, BindingType

APP_BINDINGS: list[BindingType] = [
    Binding("q", "quit", "Quit", id="quit"),
    Binding("ctrl+c", "quit", "Quit", show=False, priority=True, id="quit_now"),
    Binding(
        "question_mark", "help", "Keys", key_display="?", tooltip="Every key binding", id="help"
    ),
    Binding("r", "refresh", "Refresh", tooltip="Refresh all feeds in the background", id="refresh"),
    Binding("w", "watch_list", "Watch list", tooltip="Edit highlighted keywords", id="watch_list"),
    Binding(
        "E",
        "feed_errors",
        "Errors",
        show=False,
        tooltip="Feeds and article pages that failed",
        id="feed_errors",
    ),
]
"""Bindings that work on every screen (ReaderApp.BINDINGS)."""

FEED_BINDINGS: list[BindingType] = [
    Binding(
        "plus",
        "add_feed",
        "Add a feed",
        show=False,
        key_display="+",
        tooltip="Add a feed: its address, or a web page that links to one",
        id="add_feed",
    ),
    Binding(
        "minus",
        "manage_feed('remove')",
        "Remove this feed (asks)",
        show=False,
        key_display="-",
        tooltip="Unsubscribe from the feed shown, else the selected article's",
        id="remove_feed",
    ),
    Binding(
        "e",
        "manage_feed('rename')",
        "Rename this feed",
        show=False,
        tooltip="A title of your own for the feed",
        id="rename_feed",
    ),
    Binding(
        "m",
        "manage_feed('move')",
        "Move this feed to a folder",
        show=False,
        tooltip="Put the feed in a folder (a new one, or one it suggests)",
        id="move_feed",
    ),
]
"""Managing feeds, on the headlines screen (ui/feeds.py): the feed shown, else the
selected article's."""


def binding_groups() -> list[tuple[str, list[BindingType]]]:
    """Every binding of the reader, by where it applies (for help and keymap checks)."""
    from ekreader.ui.screens.add_feed import AddFeedDialog
    from ekreader.ui.screens.article import ArticleScreen
    from ekreader.ui.screens.changes import ChangesScreen
    from ekreader.ui.screens.confirm import Confirm
    from ekreader.ui.screens.headlines import HeadlinesScreen
    from ekreader.ui.screens.prompt import Prompt
    from ekreader.ui.screens.stories import StoriesScreen, StoryTree
    from ekreader.ui.watchlist import WatchListScreen
    from ekreader.ui.widgets.article_view import ArticleView
    from ekreader.ui.widgets.feed_list import FeedList
    from ekreader.ui.widgets.headline_list import HeadlineList
    from ekreader.ui.widgets.outline import Outline

    seen: set[str] = set()
    article = []
    for item in ArticleScreen.BINDINGS:
        if isinstance(item, Binding) and (item.id or "").startswith("open_link_"):
            if "open_link" in seen:
                continue
            seen.add("open_link")
            item = dataclasses.replace(item, key="1-9", id="open_link_1 … open_link_9")
        article.append(item)
    return [
        (
            "Everywhere",
            [
                *APP_BINDINGS,
                Binding("ctrl+p", "command_palette", "Command palette"),
                Binding("tab", "focus_next", "Next pane (feeds, headlines, outline, text)"),
                Binding("shift+tab", "focus_previous", "Previous pane"),
            ],
        ),
        (
            "Headlines",
            [b for b in HeadlinesScreen.BINDINGS if b not in FEED_BINDINGS]
            + list(HeadlineList.BINDINGS),
        ),
        ("Feeds: add, remove, rename, move (the feed shown, else the article's)", FEED_BINDINGS),
        ("Feed list", list(FeedList.BINDINGS)),
        ("Article", article + list(ArticleView.BINDINGS)),
        ("Outline", list(Outline.BINDINGS)),
        ("Stories", list(StoriesScreen.BINDINGS) + list(StoryTree.BINDINGS)),
        ("Changes", list(ChangesScreen.BINDINGS)),
        (
            "Prompts, questions and watch list",
            list(Prompt.BINDINGS)
            + list(Confirm.BINDINGS)
            + list(AddFeedDialog.BINDINGS)
            + list(WatchListScreen.BINDINGS),
        ),
    ]


def binding_ids() -> set[str]:
    """Every binding id a [keys] table may remap."""
    from ekreader.ui.screens.article import ArticleScreen

    ids = {b.id for _, bindings in binding_groups() for b in bindings if isinstance(b, Binding)}
    ids |= {b.id for b in ArticleScreen.BINDINGS if isinstance(b, Binding)}
    return {i for i in ids if i and " " not in i}


__all__ = ["APP_BINDINGS", "FEED_BINDINGS", "binding_groups", "binding_ids"]
