"""The reader application: its lifecycle (start, theme, keymap, quit), the background
refresh and what workers report. Screens update themselves from the messages it posts
(ui/messages.py); opening articles, marks and links live in ui/reading.py, palette
commands in ui/commands.py, bindings in ui/bindings.py, `F` in ui/pagefetch.py, adding
and changing feeds in ui/feeds.py."""

from __future__ import annotations

import sqlite3
import sys
from collections.abc import Callable, Iterable
from datetime import UTC, datetime
from typing import TYPE_CHECKING, ClassVar

from textual.app import App, SystemCommand
from textual.binding import BindingType
from textual.message import Message
from textual.screen import Screen
from textual.timer import Timer

from ekreader.config import Config
from ekreader.core.store import Store, cache_error
from ekreader.core.text.highlight import BadPattern, Highlighter
from ekreader.paths import Paths
from ekreader.ui.bindings import APP_BINDINGS, binding_groups, binding_ids
from ekreader.ui.extractor import PageExtractor
from ekreader.ui.feeds import FeedManager
from ekreader.ui.messages import (
    ArticlesStored,
    FeedChangeFinished,
    PageFetched,
    RefreshFinished,
    RefreshProgressed,
)
from ekreader.ui.pagefetch import PageFetch
from ekreader.ui.reading import Reading
from ekreader.ui.refreshing import BackgroundRefresh
from ekreader.ui.schedule import Schedule
from ekreader.ui.screens.article import ArticleScreen
from ekreader.ui.screens.headlines import HeadlinesScreen

if TYPE_CHECKING:
    from ekreader.core.page import Resolver

RELOAD_EVERY = 0.5
"""Seconds between list reloads while a refresh brings articles."""


class ReaderApp(App[int]):
    """ekreader's terminal UI."""

    TITLE = "ekreader"
    CSS_PATH = "ekreader.tcss"
    ENABLE_COMMAND_PALETTE = True

    BINDINGS: ClassVar[list[BindingType]] = APP_BINDINGS

    cache_failure: str | None = None
    """Set when the cache turned out damaged while the app ran (run_app prints it)."""

    def __init__(
        self,
        paths: Paths,
        config: Config,
        store: Store,
        *,
        now: Callable[[], datetime] | None = None,
        refresh_on_start: bool | None = None,
        resolver: Resolver | None = None,
    ) -> None:
        super().__init__()
        self.resolver = resolver
        """How page links' host names resolve, for the page guard (None: the system's)."""
        self.paths = paths
        self.config = config
        self.store = store
        self.now: Callable[[], datetime] = now or (lambda: datetime.now(UTC))
        self.refresh_on_start = (
            config.general.refresh_on_start if refresh_on_start is None else refresh_on_start
        )
        self.highlighter = self._build_highlighter(
            config.highlight.keywords, config.highlight.patterns
        )
        self.opened_urls: list[str] = []
        """Every URL handed to the browser (tests read it)."""
        self.reading = Reading(self)
        """Opening articles, marks, links (ui/reading.py)."""
        self.pages = PageFetch(self)
        """`F`: one article's page, extracted in a process of its own."""
        self.refresher = BackgroundRefresh(self)
        """The background refresh (`r`, at start, and on the schedule)."""
        self.schedule = Schedule(self)
        """Refreshes on the schedule, and watches the cache for other processes' changes."""
        self.feeds = FeedManager(self)
        """Adding, removing, renaming and filing feeds (ui/feeds.py)."""
        self._dirty = False
        self._reload_timer: Timer | None = None

    @property
    def page_extractor(self) -> PageExtractor:
        """Where `F` extracts a page (started on the first `F`)."""
        return self.pages.extractor

    def _build_highlighter(self, keywords: Iterable[str], patterns: Iterable[str]) -> Highlighter:
        try:
            return Highlighter.build(keywords, patterns)
        except BadPattern:
            return Highlighter.build(keywords)

    def _handle_exception(self, error: Exception) -> None:
        """Damage inside the cache can surface at any query: say so in one line, naming
        the file and the way to recover, instead of a traceback."""
        if isinstance(error, sqlite3.DatabaseError):
            if self.cache_failure is None:  # later queries fail the same way: say it once
                self.cache_failure = cache_error(self.paths.database, error, damaged=True)
                self.exit(1, return_code=1)
            return
        super()._handle_exception(error)

    # -- start and stop ------------------------------------------------------------------

    def get_default_screen(self) -> Screen[None]:
        return HeadlinesScreen()

    def on_mount(self) -> None:
        theme = self.config.general.theme
        if theme in self.available_themes:
            self.theme = theme
        else:
            self.notify(
                f"Unknown theme {theme!r}; using the default.", severity="warning", markup=False
            )
        if self.config.keys:
            unknown = sorted(set(self.config.keys) - binding_ids())
            self.set_keymap(dict(self.config.keys))
            if unknown:
                self.notify(
                    f"[keys] has unknown binding ids: {', '.join(unknown)} (press ? for the ids)",
                    severity="warning",
                    markup=False,
                )
        if self.refresh_on_start:
            self.call_after_refresh(self.action_refresh)
        self.schedule.start()

    def watch_theme(self, theme: str) -> None:
        """Save a theme chosen in the app (the command palette) as [general] theme."""
        if getattr(self, "config", None) is not None:  # not while App.__init__ sets it
            from ekreader.ui.settings import theme_chosen

            theme_chosen(self, theme)

    def on_unmount(self) -> None:
        self.pages.close()

    async def action_quit(self) -> None:
        self.refresher.cancel()
        screen = self.article_screen()
        if screen is not None:
            screen.save_place()
        self.exit(0)

    # -- screens -------------------------------------------------------------------------

    @property
    def main(self) -> HeadlinesScreen:
        """The headlines screen (always at the bottom of the stack)."""
        screen = self.screen_stack[0]
        assert isinstance(screen, HeadlinesScreen)
        return screen

    def article_screen(self) -> ArticleScreen | None:
        for screen in reversed(self.screen_stack):
            if isinstance(screen, ArticleScreen):
                return screen
        return None

    def tell_screens(self, message: Callable[[], Message]) -> None:
        """Post a new `message()` to every screen, shown or kept (the article screen stays
        installed between articles); each screen updates itself."""
        screens: list[Screen[object]] = list(self.screen_stack)
        if self.is_screen_installed("article"):
            kept = self.get_screen("article")
            if kept not in screens and kept.is_running:
                screens.append(kept)
        for screen in screens:
            screen.post_message(message())

    # -- articles ------------------------------------------------------------------------

    def schedule_reload(self) -> None:
        """Re-read the headline list and the counts soon (at most every RELOAD_EVERY s)."""
        self._dirty = True
        if self._reload_timer is None:
            self._reload_timer = self.set_timer(RELOAD_EVERY, self._reload_now)

    def _reload_now(self) -> None:
        self._reload_timer = None
        if not self.screen_stack or not isinstance(self.screen_stack[0], HeadlinesScreen):
            return  # shutting down
        if self._dirty:
            self._dirty = False
            self.main.post_message(ArticlesStored())

    def on_page_fetched(self, message: PageFetched) -> None:
        self.pages.fetched(message)

    def on_feed_change_finished(self, message: FeedChangeFinished) -> None:
        if self.screen_stack:
            self.feeds.finished(message)

    # -- refresh -------------------------------------------------------------------------

    @property
    def refreshing(self) -> bool:
        """True while a background refresh runs."""
        return self.refresher.running

    def action_refresh(self) -> None:
        """Refresh every feed in the background."""
        self.refresh_feeds()

    def refresh_feeds(self, urls: list[str] | None = None) -> None:
        """Refresh every feed (or those at `urls`) in the background."""
        if not self.refresher.start(urls):
            self.notify("A refresh is already running.", timeout=3)

    def on_refresh_progressed(self, message: RefreshProgressed) -> None:
        if self.screen_stack:
            self.refresher.progressed(message)

    def on_refresh_finished(self, message: RefreshFinished) -> None:
        if self.screen_stack:
            self.refresher.finished(message)
        else:
            self.refresher.running = False

    # -- watch list, errors, help, palette -----------------------------------------------

    def action_watch_list(self) -> None:
        """Edit the keyword watch list; applied at once, saved into config.toml."""
        from ekreader.ui.settings import watch_list_edited
        from ekreader.ui.watchlist import WatchListScreen

        def done(result: tuple[tuple[str, ...], tuple[str, ...]] | None) -> None:
            if result is not None:
                watch_list_edited(self, *result)

        self.push_screen(
            WatchListScreen(
                self.highlighter.keywords,
                self.highlighter.patterns,
                reorder_rtl=self.config.ui.bidi == "reorder",
            ),
            done,
        )

    def action_feed_errors(self) -> None:
        """Show the feeds whose last refresh failed and the article pages that failed."""
        from ekreader.ui.screens.errors import ErrorsScreen, failures_in

        reorder = self.config.ui.bidi == "reorder"
        self.push_screen(ErrorsScreen(failures_in(self.store), reorder_rtl=reorder))

    def action_help(self) -> None:
        """Show every key binding."""
        from ekreader.ui.screens.help import HelpScreen, binding_rows

        keymap = dict(self.config.keys)
        self.push_screen(HelpScreen(binding_rows(binding_groups(), keymap)))

    def get_system_commands(self, screen: Screen[object]) -> Iterable[SystemCommand]:
        from ekreader.ui.commands import reader_commands

        yield from super().get_system_commands(screen)
        yield from reader_commands(self)


def open_store(paths: Paths, config: Config) -> Store:
    """Open the cache, run the first-run setup on the very first start, and bring what
    is cached in line with [[filters]] when they changed."""
    from ekreader.core.firstrun import first_run

    store = Store.open(paths.database)
    try:
        first_run(store, config)
        store.sync_filters(config.filters)
    except BaseException:
        store.close()
        raise
    return store


def run_app(paths: Paths, config: Config) -> int:
    """Launch the reader UI; returns the exit status."""
    store = open_store(paths, config)
    app = ReaderApp(paths, config, store)
    try:
        result = app.run()
    finally:
        store.close()
    if app.cache_failure is not None:
        sys.stderr.write(f"ekreader: {app.cache_failure}\n")
        return 1
    return int(result or 0)


__all__ = ["ReaderApp", "open_store", "run_app"]
