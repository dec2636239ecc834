"""The reader's searches: `/` speaks the query language (what is wrong is said under the
line while typing, with its column); the saved searches of [searches] and the Hidden view
(what filters hid) in the feed list with their counts; Ctrl+S saves the search shown into
config.toml's [searches], comments kept (ekreader/configfile.py)."""

from __future__ import annotations

import dataclasses
from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING

from ekreader.config import SavedSearch
from ekreader.core.query import QueryError, parse
from ekreader.core.text.sanitize import clean_line
from ekreader.models import Feed, HeadlineQuery
from ekreader.ui.widgets.feed_list import HIDDEN, View, saved_key

if TYPE_CHECKING:
    from ekreader.ui.app import ReaderApp
    from ekreader.ui.screens.headlines import HeadlinesScreen

SEARCH_HINT = 'words "a phrase" -not OR feed: folder: is:unread since:2d'
"""The search prompt's placeholder: a reminder of the language (README "Searching")."""


def query_problem(text: str) -> str | None:
    """What is wrong with a query typed in the reader, in one line with its column (None:
    nothing, or nothing typed yet)."""
    if not text.strip():
        return None
    try:
        parse(text)
    except QueryError as exc:
        return str(exc)
    return None


def feed_list_views(
    app: ReaderApp, feeds: Sequence[Feed], counted: Mapping[str, int] | None = None
) -> tuple[tuple[View, ...], dict[str, int]]:
    """The views the feed list shows between its fixed views and the feeds, with their
    counts: Hidden (every hidden article) while filters hide something or a filter
    hides, then each saved search with its unread articles (as its list counts them;
    those in `counted` taken from there: counted a moment ago)."""
    store, config = app.store, app.config
    views: list[View] = []
    counts: dict[str, int] = {}
    hidden = sum(f.hidden for f in feeds)
    if hidden or any(f.action == "hide" for f in config.filters):
        views.append(HIDDEN)
        counts[HIDDEN.key] = store.count(dataclasses.replace(HIDDEN.query, collapse=True))
    for saved in config.searches:  # parsed when the config was read: never malformed
        query = HeadlineQuery(query=saved.query)
        key = saved_key(saved.name)
        if counted is not None and key in counted:
            counts[key] = counted[key]
        else:
            counts[key] = store.count(dataclasses.replace(query, unread=True, collapse=True))
        views.append(View(key, saved.name, query))
    return tuple(views), counts


def save_search(screen: HeadlinesScreen) -> None:
    """Ask a name for the search shown and save it into [searches] (asking first before
    replacing another query of that name); then show it as the saved view."""
    app = screen.reader
    query = screen.search
    if query is None:
        app.notify("Search first (/), then Ctrl+S saves the search.", timeout=4)
        return
    from ekreader.ui.screens.confirm import Confirm
    from ekreader.ui.screens.prompt import Prompt

    def named(text: str | None) -> None:
        name = clean_line(text or "").strip()
        if not name:
            return
        existing = app.config.search(name)
        if existing is None or existing.query == query:
            search_saved(app, name, query)
            return

        def answered(yes: bool | None) -> None:
            if yes:
                search_saved(app, name, query)

        app.push_screen(Confirm(f"Replace the saved search {name!r} ({existing.query})?"), answered)

    app.push_screen(Prompt(f"Save the search {query!r} as:", "", "a name, e.g. Election"), named)


def search_saved(app: ReaderApp, name: str, query: str) -> None:
    """Show `name = query` in the feed list from now on (listed at once) and write it
    into config.toml's [searches]; a file that cannot be written is said, the search
    then stays until the reader quits."""
    from ekreader import configfile

    saved = SavedSearch(name, query, parse(query))
    searches = [saved if s.name == name else s for s in app.config.searches]
    if saved not in searches:
        searches.append(saved)
    app.config = dataclasses.replace(app.config, searches=tuple(searches))
    main = app.main
    main.refresh_feeds()
    main.feed_list.select_key(saved_key(name))
    main.show_query(HeadlineQuery(query=query), name)
    try:
        configfile.save_search(app.paths.config_file, name, query)
    except configfile.ConfigFileError as exc:
        app.notify(
            clean_line(f"{exc}. The search stays until you quit."),
            title="Search not saved",
            severity="error",
            markup=False,
            timeout=15,
        )
        return
    app.notify(
        f"Saved as {name!r} in {app.paths.config_file}",
        title="Search saved",
        markup=False,
        timeout=4,
    )


__all__ = [
    "SEARCH_HINT",
    "feed_list_views",
    "query_problem",
    "save_search",
    "search_saved",
]
