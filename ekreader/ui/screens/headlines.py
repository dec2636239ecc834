"""The main screen: feed list beside the headline list, a status line, the footer."""

from __future__ import annotations

import contextlib
import dataclasses
import json
import time
from typing import TYPE_CHECKING, ClassVar, cast

from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Horizontal, Vertical
from textual.screen import Screen
from textual.widgets import Static

from ekreader.core.store import StoreError
from ekreader.models import Feed, Headline, HeadlineQuery
from ekreader.ui.bindings import FEED_BINDINGS
from ekreader.ui.messages import (
    ActivityChanged,
    ArticleMarked,
    ArticlesStored,
    FoldersFolded,
    HeadlineChosen,
    HeadlineHighlighted,
    ViewChosen,
    WatchListChanged,
)
from ekreader.ui.screens.confirm import Confirm
from ekreader.ui.screens.prompt import Prompt
from ekreader.ui.text import plain, shown
from ekreader.ui.widgets.feed_list import HIDDEN, VIEWS, FeedList
from ekreader.ui.widgets.folders import ancestors, collapsed_unread, folder_key, tree_rows
from ekreader.ui.widgets.headline_list import HeadlineList
from ekreader.ui.widgets.key_bar import KeyBar
from ekreader.ui.widgets.status_bar import StatusBar

if TYPE_CHECKING:
    from ekreader.ui.app import ReaderApp


FEEDS_MIN_WIDTH = 100
"""Below this many columns the feed list starts hidden (toggle it with "f")."""
FOLDED = "ui_folded_folders"
"""The cache's meta key holding the folders folded in the feed list (a JSON list)."""
SAVED_COUNTS_EVERY = 5.0
"""Seconds between recounts of the saved searches while a refresh stores articles (the
list reloads every half second then, and each search is a query of its own: 23 ms at
100 000 articles); after the refresh, and on anything else, they are counted at once."""


def folded_folders(stored: str | None) -> set[str]:
    """The folder paths in FOLDED's value; nothing when it is absent or not a list of
    strings (a hand-edited or damaged value never stops the reader)."""
    try:
        value = json.loads(stored or "[]")
    except ValueError:
        return set()
    if not isinstance(value, list):
        return set()
    return {path for path in value if isinstance(path, str)}


class HeadlinesScreen(Screen[None]):
    """Feeds and headlines."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("slash", "search", "Search", tooltip="Search all cached articles", id="search_all"),
        Binding("a", "view('all')", "All", show=False, id="view_all"),
        Binding(
            "B", "view('breaking')", "Breaking", tooltip="Breaking news first", id="view_breaking"
        ),
        Binding("U", "view('unread')", "Unread", show=False, id="view_unread"),
        Binding("S", "view('starred')", "Starred", show=False, id="view_starred"),
        Binding(
            "H",
            "view('hidden')",
            "Hidden",
            show=False,
            tooltip="Articles your filters hid",
            id="view_hidden",
        ),
        Binding(
            "ctrl+s",
            "save_search",
            "Save search",
            show=False,
            tooltip="Save the search shown into [searches] (a view in the feed list)",
            id="save_search",
        ),
        Binding("u", "toggle_read", "Read/unread", show=False, id="toggle_read"),
        Binding("s", "toggle_star", "Star", show=False, id="toggle_star"),
        Binding("A", "mark_all_read", "Mark all read (asks)", show=False, id="mark_all_read"),
        Binding("z", "undo_mark_all_read", "Undo mark all read", show=False, id="undo_mark_all"),
        Binding("n", "next_unread", "Next unread (any feed)", show=False, id="next_unread"),
        Binding("N", "next_unread_feed", "Next feed with unread", show=False, id="next_feed"),
        Binding(
            "C",
            "mark_feed_read",
            "Mark this feed (or folder) read",
            show=False,
            id="mark_feed_read",
        ),
        Binding(
            "R", "refresh_feed", "Refresh this feed (or folder)", show=False, id="refresh_feed"
        ),
        Binding(
            "o",
            "open_browser",
            "Browser",
            show=False,
            tooltip="Open in the web browser",
            id="open_browser",
        ),
        Binding(
            "f",
            "toggle_feeds",
            "Feeds",
            show=False,
            tooltip="Show or hide the feed list",
            id="toggle_feeds",
        ),
        Binding("escape", "clear_search", "Clear search", show=False, id="clear_search"),
        Binding(
            "T",
            "stories",
            "Stories",
            show=False,
            tooltip="Stories: one row per event, across feeds",
            id="view_stories",
        ),
        *FEED_BINDINGS,
    ]

    def __init__(self) -> None:
        super().__init__()
        self.search: str | None = None
        self._feeds_wanted: bool | None = None
        """The feed list shown or hidden with f (None: by the width)."""
        self._undo_ids: list[int] = []
        """Articles the last mark-all-read marked (z marks them unread again, once)."""
        self.view_title = "All"
        self.base_query = HeadlineQuery()
        self._saved_counts: dict[str, int] = {}
        self._saved_until = 0.0
        """The saved searches' counts, reused for arrivals until this moment (monotonic)."""

    @property
    def reader(self) -> ReaderApp:
        """The app, typed."""
        return cast("ReaderApp", self.app)

    def compose(self) -> ComposeResult:
        app = self.reader
        with Horizontal(id="main"):
            feeds = FeedList(id="feeds", reorder_rtl=app.config.ui.bidi == "reorder")
            feeds.display = app.config.ui.show_feeds
            yield feeds
            with Vertical(id="headlines-pane"):
                yield Static(id="view-title")
                yield HeadlineList(
                    app.store,
                    HeadlineQuery(),
                    highlighter=app.highlighter,
                    now=app.now,
                    bidi_reorder=app.config.ui.bidi == "reorder",
                    id="headlines",
                )
        yield StatusBar(id="status", reorder_rtl=app.config.ui.bidi == "reorder")
        yield KeyBar()

    @property
    def headlines(self) -> HeadlineList:
        """The headline list."""
        return self.query_one(HeadlineList)

    @property
    def feed_list(self) -> FeedList:
        """The feed list."""
        return self.query_one(FeedList)

    @property
    def status(self) -> StatusBar:
        """The status line."""
        return self.query_one(StatusBar)

    def on_resize(self) -> None:
        width = self.size.width
        self.feed_list.styles.width = 30 if width < 160 else 36
        feeds = self.feed_list
        if self._feeds_wanted is not None:
            feeds.display = self._feeds_wanted
        else:  # narrow: the headlines take the width (f shows the feed list)
            feeds.display = self.reader.config.ui.show_feeds and width >= FEEDS_MIN_WIDTH
        if not feeds.display and feeds.has_focus:
            self.headlines.focus()

    def on_mount(self) -> None:
        self.on_resize()
        self.feed_list.collapsed = folded_folders(self.reader.store.meta(FOLDED))
        self.refresh_feeds()
        self.headlines.focus()
        self._show_title()

    # -- data ----------------------------------------------------------------------------

    def refresh_feeds(self, *, arrivals: bool = False) -> None:
        """Re-read the feed list and the view counts; for `arrivals` during a refresh,
        the saved searches' counts at most every SAVED_COUNTS_EVERY seconds."""
        store = self.reader.store
        feeds = store.feeds()
        unread = sum(collapsed_unread(f) for f in feeds)
        counts = {
            "all": unread,
            "unread": unread,
            "breaking": store.count(HeadlineQuery(breaking=True, unread=True)),
            "starred": store.count(HeadlineQuery(starred=True)),
        }
        from ekreader.ui.searching import feed_list_views

        now = time.monotonic()
        recent = arrivals and self.reader.refreshing and now < self._saved_until
        extra, extra_counts = feed_list_views(
            self.reader, feeds, self._saved_counts if recent else None
        )
        if not recent:
            self._saved_counts, self._saved_until = extra_counts, now + SAVED_COUNTS_EVERY
        self.feed_list.set_feeds(feeds, counts | extra_counts, extra=extra)

    def reload(self, *, arrivals: bool = False) -> None:
        """Re-read counts and the list, keeping the selection (`arrivals`: because a
        refresh stored articles)."""
        self.refresh_feeds(arrivals=arrivals)
        self.headlines.reload()
        self._show_title()

    def _show_title(self) -> None:
        count = self.headlines.count
        reorder = self.reader.config.ui.bidi == "reorder"
        title = (
            f"Search: {shown(self.search, reorder)}" if self.search is not None else self.view_title
        )
        label = plain(f" {title} · {count} article{'s' * (count != 1)}")
        self.query_one("#view-title", Static).update(label)
        if count == 0:
            if self.search is not None:
                empty = "Nothing found."
            elif self.base_query.hidden:
                empty = "Nothing hidden: no filter hid an article."
            else:
                empty = "No articles here. Press r to refresh."
            self.headlines.empty_message = empty

    def show_query(self, query: HeadlineQuery, title: str) -> None:
        """List another set of headlines."""
        self.base_query = query
        self.view_title = title
        self.search = None
        self.headlines.load(query)
        self._show_title()

    def step_headline(self, step: int) -> Headline | None:
        """Move the selection `step` rows (next +1, previous -1): the headline there, or
        None (and no move) past either end."""
        headlines = self.headlines
        target = headlines.cursor + step
        headline = headlines.headline_at(target)
        if headline is not None:
            headlines.cursor = target
        return headline

    # -- what the app tells ------------------------------------------------------------

    def on_article_marked(self, message: ArticleMarked) -> None:
        self.headlines.update_headline(message.article_id, message.read, message.starred)

    def on_articles_stored(self, message: ArticlesStored) -> None:
        self.reload(arrivals=True)

    def on_watch_list_changed(self, message: WatchListChanged) -> None:
        self.headlines.highlighter = message.highlighter
        self.headlines.refresh()

    def on_activity_changed(self, message: ActivityChanged) -> None:
        self.status.set_activity(message.text, problem=message.problem)

    # -- what the widgets tell ---------------------------------------------------------

    def on_folders_folded(self, event: FoldersFolded) -> None:
        # the next start shows the folders folded as they are now; a cache this process may
        # not write keeps the folds until it quits
        with contextlib.suppress(StoreError):
            self.reader.store.set_meta(FOLDED, json.dumps(sorted(event.folded)))

    def on_view_chosen(self, event: ViewChosen) -> None:
        self.show_query(event.query, event.title)

    def on_headline_chosen(self, event: HeadlineChosen) -> None:
        self.reader.reading.open_article(event.headline.id)

    def on_headline_highlighted(self, event: HeadlineHighlighted) -> None:
        h = event.headline
        if h is None:
            self.status.set_where()
            return
        reason = f"breaking: {h.breaking_reason}" if h.breaking and h.breaking_reason else ""
        also = f"also in: {', '.join(h.also_in)}" if h.also_in else ""
        self.status.set_where(h.feed_title, h.author or "", reason, also)

    # -- actions -------------------------------------------------------------------------

    def action_view(self, key: str) -> None:
        feeds = self.feed_list
        if feeds.display:
            feeds.select_key(key)
        view = feeds.views.get(key) or next(v for v in (*VIEWS, HIDDEN) if v.key == key)
        if self.base_query != view.query or self.search is not None:
            self.show_query(view.query, view.title)
        self.headlines.focus()

    def action_search(self) -> None:
        """Search every cached article in the query language (README "Searching")."""
        from ekreader.ui.searching import SEARCH_HINT, query_problem

        def done(text: str | None) -> None:
            if text is None or not text.strip():
                return
            self.search = text.strip()
            self.headlines.load(HeadlineQuery(query=self.search))
            self._show_title()
            self.headlines.focus()

        self.app.push_screen(
            Prompt(
                "Search all cached articles:", self.search or "", SEARCH_HINT, check=query_problem
            ),
            done,
        )

    def action_save_search(self) -> None:
        from ekreader.ui.searching import save_search

        save_search(self)

    def action_clear_search(self) -> None:
        if self.search is not None:
            self.show_query(self.base_query, self.view_title)

    def action_toggle_read(self) -> None:
        headline = self.headlines.current
        if headline is not None:
            self.reader.reading.set_read(headline.id, not headline.read)

    def action_toggle_star(self) -> None:
        headline = self.headlines.current
        if headline is not None:
            self.reader.reading.set_starred(headline.id, not headline.starred)

    def action_mark_all_read(self) -> None:
        query = dataclasses.replace(self.headlines.headline_query, unread=True)
        store = self.reader.store
        count = store.count(query)
        if not count:
            self.notify("Nothing unread here.", timeout=3)
            return
        title = self.view_title if self.search is None else f"the search {self.search!r}"

        def answered(yes: bool | None) -> None:
            if not yes:
                return
            ids = [h.id for h in store.headlines(query, limit=count)]
            store.set_read(ids)
            self._undo_ids = ids
            self.reload()
            self.notify(
                f"Marked {len(ids)} article{'s' * (len(ids) != 1)} read. z undoes it.",
                markup=False,
            )

        self.app.push_screen(
            Confirm(f"Mark {count} unread article{'s' * (count != 1)} in {title} read?"),
            answered,
        )

    def action_undo_mark_all_read(self) -> None:
        ids, self._undo_ids = self._undo_ids, []
        if not ids:
            self.notify("Nothing to undo.", timeout=3)
            return
        self.reader.store.set_read(ids, False)
        self.reload()
        self.notify(f"Marked {len(ids)} article{'s' * (len(ids) != 1)} unread again.")

    def action_next_unread(self) -> None:
        """Open the newest unread article of any feed."""
        found = self.reader.store.headlines(HeadlineQuery(unread=True), limit=1)
        if not found:
            self.notify("No unread articles.", timeout=3)
            return
        position = self.reader.store.headline_position(found[0].id, self.headlines.headline_query)
        if position >= 0:
            self.headlines.cursor = position
        self.reader.reading.open_article(found[0].id)

    def _feed_here(self) -> Feed | None:
        """The feed shown (a feed chosen in the feed list), else the selected headline's."""
        feed_id = self.base_query.feed_id if self.search is None else None
        if feed_id is None and self.headlines.current is not None:
            feed_id = self.headlines.current.feed_id
        return None if feed_id is None else self.reader.store.feed_by_id(feed_id)

    def action_next_unread_feed(self) -> None:
        """Show the next feed that has unread articles, in the feed list's order (after
        the feed or folder shown: a folder's own feeds come next)."""
        rows = tree_rows(self.reader.store.feeds())
        here = self.base_query.feed_id
        folder = self.base_query.folder
        where = f"feed:{here}" if folder is None else folder_key(folder)
        start = next((i + 1 for i, row in enumerate(rows) if row.key == where), 0)
        feeds = [row.feed for row in rows[start:] + rows[:start] if row.feed is not None]
        for feed in feeds:
            if feed.unread and feed.id != here:
                self.feed_list.select_key(f"feed:{feed.id}")
                if not self.feed_list.display or self.base_query.feed_id != feed.id:
                    self.show_query(HeadlineQuery(feed_id=feed.id), feed.display_title)
                self.headlines.focus()
                return
        self.notify("No other feed has unread articles.", timeout=3)

    def _folder_here(self) -> str | None:
        """The folder shown (a folder chosen in the feed list), if one is."""
        return self.base_query.folder if self.search is None else None

    def action_mark_feed_read(self) -> None:
        folder = self._folder_here()
        feed = None if folder is not None else self._feed_here()
        if folder is None and feed is None:
            return
        query = HeadlineQuery(folder=folder) if feed is None else HeadlineQuery(feed_id=feed.id)
        changed = self.reader.store.mark_all_read(query)
        self.reload()
        name = folder if feed is None else feed.display_title
        self.notify(f"Marked {changed} article{'s' * (changed != 1)} of {name} read.", markup=False)

    def action_refresh_feed(self) -> None:
        folder = self._folder_here()
        if folder is not None:
            urls = [
                f.url
                for f in self.reader.store.feeds(counts=False)
                if f.folder is not None and folder in ancestors(f.folder) and not f.is_local
            ]
            if urls:
                self.reader.refresh_feeds(urls)
            return
        feed = self._feed_here()
        if feed is None:
            return
        if feed.is_local:
            self.notify(f"{feed.display_title} is never fetched.", markup=False, timeout=3)
            return
        self.reader.refresh_feeds([feed.url])

    def action_open_browser(self) -> None:
        headline = self.headlines.current
        if headline is not None:
            self.reader.reading.open_link(headline.link)

    def action_toggle_feeds(self) -> None:
        feeds = self.feed_list
        feeds.display = self._feeds_wanted = not feeds.display
        if feeds.display:
            feeds.focus()
        else:
            self.headlines.focus()

    # -- managing feeds (ui/feeds.py) ----------------------------------------------------

    def action_add_feed(self) -> None:
        self.reader.feeds.ask_add()

    def action_manage_feed(self, what: str) -> None:
        """Remove, rename or move the feed shown, else the selected article's."""
        feed = self._feed_here()
        if feed is None:
            self.notify("Choose a feed first (in the feed list, or an article of it).", timeout=3)
            return
        feeds = self.reader.feeds
        ask = {"remove": feeds.ask_remove, "rename": feeds.ask_rename, "move": feeds.ask_move}
        ask[what](feed)

    def feeds_changed(self, action: str, feed_id: int | None) -> None:
        """Subscriptions changed: re-read them; show a feed just added, the new name of
        the feed shown, and All when the feed shown is gone."""
        shown_id = self.base_query.feed_id
        store = self.reader.store
        if shown_id is not None and store.feed_by_id(shown_id) is None:
            self.action_view("all")
        self.reload()
        feed = store.feed_by_id(feed_id) if feed_id is not None else None
        if feed is not None and (action == "add" or feed.id == shown_id):
            self.feed_list.select_key(f"feed:{feed.id}")
            self.show_query(HeadlineQuery(feed_id=feed.id), feed.display_title)

    def action_stories(self) -> None:
        from ekreader.ui.screens.stories import StoriesScreen

        self.app.push_screen(StoriesScreen())
