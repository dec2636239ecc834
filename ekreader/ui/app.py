"""The reader application: paints the cache at once, refreshes in a background worker."""

from __future__ import annotations

import asyncio
import contextlib
import dataclasses
import sqlite3
import subprocess
import sys
from collections.abc import Callable, Iterable
from datetime import UTC, datetime
from typing import TYPE_CHECKING, ClassVar

from textual import work
from textual.app import App, SystemCommand
from textual.binding import Binding, BindingType
from textual.screen import Screen
from textual.timer import Timer

from ekreader.config import Config
from ekreader.core.store import Store, cache_error
from ekreader.core.text.highlight import BadPattern, Highlighter
from ekreader.core.text.sanitize import clean_line
from ekreader.models import RefreshSummary
from ekreader.paths import Paths
from ekreader.ui.extractor import PageExtractor
from ekreader.ui.messages import (
    ArticleChanged,
    PageFetched,
    RefreshFinished,
    RefreshProgressed,
    RefreshStarted,
)
from ekreader.ui.screens.article import ArticleScreen
from ekreader.ui.screens.headlines import HeadlinesScreen

if TYPE_CHECKING:
    from ekreader.core.fetch.client import Response

RELOAD_EVERY = 0.5
"""Seconds between list reloads while a refresh brings articles."""


class ReaderApp(App[int]):
    """ekreader's terminal UI."""

    cache_failure: str | None = None
    """Set when the cache turned out damaged while the app ran (run_app prints it)."""

    def _handle_exception(self, error: Exception) -> None:
        """Damage inside the cache can surface at any query: say so in one line, naming
        the file and the way to recover, instead of a traceback."""
        if isinstance(error, sqlite3.DatabaseError):
            if self.cache_failure is None:  # later queries fail the same way: say it once
                self.cache_failure = cache_error(self.paths.database, error, damaged=True)
                self.exit(1, return_code=1)
            return
        super()._handle_exception(error)

    TITLE = "ekreader"
    CSS_PATH = "ekreader.tcss"
    ENABLE_COMMAND_PALETTE = True

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("q", "quit", "Quit", id="quit"),
        Binding(
            "question_mark", "help", "Keys", key_display="?", tooltip="Every key binding", id="help"
        ),
        Binding(
            "r", "refresh", "Refresh", tooltip="Refresh all feeds in the background", id="refresh"
        ),
        Binding(
            "w", "watch_list", "Watch list", tooltip="Edit highlighted keywords", id="watch_list"
        ),
        Binding(
            "E", "feed_errors", "Errors", show=False, tooltip="Feeds that failed", id="feed_errors"
        ),
    ]

    def __init__(
        self,
        paths: Paths,
        config: Config,
        store: Store,
        *,
        now: Callable[[], datetime] | None = None,
        refresh_on_start: bool | None = None,
    ) -> None:
        super().__init__()
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
        self.refreshing = False
        self.opened_urls: list[str] = []
        """Every URL handed to the browser (tests read it)."""
        self._dirty = False
        self._reload_timer: Timer | None = None
        self._refresh_loop: asyncio.AbstractEventLoop | None = None
        self._refresh_task: asyncio.Task[object] | None = None
        self._new_breaking: list[str] = []
        self._failed = 0
        self._announced = False
        self.page_extractor = PageExtractor(before_start=start_process_helpers)
        """Where `F` extracts a page: a process of its own, started on the first `F`."""

    def _build_highlighter(self, keywords: Iterable[str], patterns: Iterable[str]) -> Highlighter:
        try:
            return Highlighter.build(keywords, patterns)
        except BadPattern:
            return Highlighter.build(keywords)

    # -- start ---------------------------------------------------------------------------

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

    def watch_theme(self, theme: str) -> None:
        """Save a theme chosen in the app (the command palette) as [general] theme."""
        config: Config | None = getattr(self, "config", None)
        if config is None or theme == config.general.theme:
            return  # the configured theme (applied at start) is no change to save
        self.config = dataclasses.replace(
            config, general=dataclasses.replace(config.general, theme=theme)
        )
        from ekreader.ui.configfile import ConfigFileError, save_theme

        try:
            save_theme(self.paths.config_file, theme)
        except ConfigFileError as exc:
            self.notify(
                clean_line(f"{exc}. The theme applies until you quit."),
                title="Theme not saved",
                severity="warning",
                markup=False,
                timeout=10,
            )

    def on_unmount(self) -> None:
        # Stop the page process at once, even mid-page: the worker thread waiting for it
        # gets an error and ends, so nothing holds the exit back.
        self.page_extractor.close()

    @property
    def main(self) -> HeadlinesScreen:
        """The headlines screen (always at the bottom of the stack)."""
        screen = self.screen_stack[0]
        assert isinstance(screen, HeadlinesScreen)
        return screen

    def _article_screen(self) -> ArticleScreen | None:
        for screen in reversed(self.screen_stack):
            if isinstance(screen, ArticleScreen):
                return screen
        return None

    # -- articles ------------------------------------------------------------------------

    def open_article(self, article_id: int) -> None:
        """Show an article (marking it read, when so configured)."""
        article = self.store.article(article_id)
        if article is None:
            self.notify("That article is no longer in the cache.", severity="warning")
            return
        if self.config.ui.mark_read_on_open and not article.headline.read:
            self.store.set_read([article_id])
            article = dataclasses.replace(
                article, headline=dataclasses.replace(article.headline, read=True)
            )
            self._changed(article_id, read=True)
        screen = self._article_screen()
        if screen is not None:
            screen.show_article(article)
        elif self.is_screen_installed("article"):
            # The article screen is kept once made: opening the next article then only
            # lays out text, it composes no widgets.
            installed = self.get_screen("article")
            assert isinstance(installed, ArticleScreen)
            installed.show_article(article)
            self.push_screen("article")
        else:
            self.install_screen(ArticleScreen(article), "article")
            self.push_screen("article")

    def step_article(self, step: int) -> bool:
        """Open the next (+1) or previous (-1) article of the headline list."""
        headlines = self.main.headlines
        target = headlines.cursor + step
        headline = headlines.headline_at(target)
        if headline is None:
            return False
        headlines.cursor = target
        self.open_article(headline.id)
        return True

    def set_read(self, article_id: int, read: bool) -> None:
        """Mark one article read or unread."""
        self.store.set_read([article_id], read)
        self._changed(article_id, read=read)

    def set_starred(self, article_id: int, starred: bool) -> None:
        """Star or unstar one article."""
        self.store.set_starred([article_id], starred)
        self._changed(article_id, starred=starred)

    def _changed(
        self, article_id: int, read: bool | None = None, starred: bool | None = None
    ) -> None:
        self.main.headlines.update_headline(article_id, read, starred)
        screen = self._article_screen()
        if screen is not None and screen.article.id == article_id:
            old = screen.article.headline
            headline = dataclasses.replace(
                old,
                read=old.read if read is None else read,
                starred=old.starred if starred is None else starred,
            )
            screen.article = dataclasses.replace(screen.article, headline=headline)
            screen._status()
        self._schedule_counts()
        self.post_message(ArticleChanged(article_id))

    def _schedule_counts(self) -> None:
        self._dirty = True
        if self._reload_timer is None:
            self._reload_timer = self.set_timer(RELOAD_EVERY, self._reload_now)

    def _reload_now(self) -> None:
        self._reload_timer = None
        if not self.screen_stack or not isinstance(self.screen_stack[0], HeadlinesScreen):
            return  # shutting down
        if self._dirty:
            self._dirty = False
            self.main.reload()

    def save_scroll(self, article_id: int, fraction: float) -> None:
        """Remember how far an article was read."""
        self.store.set_scroll(article_id, round(fraction, 4))

    def open_link(self, url: str | None) -> None:
        """Open a web link in the browser (webbrowser, never a shell)."""
        if not url or not url.startswith(("http://", "https://")):
            self.notify("No web link to open.", severity="warning")
            return
        self.opened_urls.append(url)
        self.open_url(url)
        self.notify(clean_line(url), title="Opened in the browser", markup=False, timeout=3)

    # -- one article's page --------------------------------------------------------------

    def fetch_page(self, article_id: int, url: str) -> None:
        """Download one article's web page in a worker thread, extract it in the page
        process (never in the UI process) and store it; PageFetched reports the end."""
        self._fetch_page(article_id, url)

    @work(thread=True, group="page", exit_on_error=False)
    def _fetch_page(self, article_id: int, url: str) -> None:
        try:
            error = self._fetch_page_blocking(article_id, url)
        except Exception as exc:  # noqa: BLE001 - reported, never a crash
            error = f"{type(exc).__name__}: {exc}"
        self.post_message(PageFetched(article_id, error))

    def _fetch_page_blocking(self, article_id: int, url: str) -> str | None:
        """On a worker thread: download, extract in the page process, store. Returns the
        reason for failing, or None."""
        self.page_extractor.start()  # the process imports the extractor meanwhile
        response = asyncio.run(self._download_page(url))
        if not response.ok:
            return response.error or f"HTTP {response.status}"
        outcome = self.page_extractor.extract(
            response.body, dict(response.headers), response.final_url or url
        )
        if isinstance(outcome, str):
            return outcome
        store = Store.open(self.paths.database)
        try:
            store.save_page(article_id, outcome)
        finally:
            store.close()
        return None

    async def _download_page(self, url: str) -> Response:
        from ekreader.core.fetch.client import PAGE_ACCEPT, Fetcher

        settings = self.config.fetch
        async with Fetcher(settings, per_host=settings.page_per_host) as fetcher:
            return await fetcher.get(url, max_bytes=settings.max_page_bytes, accept=PAGE_ACCEPT)

    def on_page_fetched(self, message: PageFetched) -> None:
        screen = self._article_screen()
        if message.error:
            self.notify(
                clean_line(message.error),
                title="Full article not fetched",
                severity="warning",
                markup=False,
            )
            if screen is not None:
                screen._status()
            return
        if screen is not None and screen.article.id == message.article_id:
            article = self.store.article(message.article_id)
            if article is not None:
                screen.show_article(dataclasses.replace(article, scroll=screen.view.fraction))
        self.notify("Full article fetched.", timeout=3)

    # -- refresh -------------------------------------------------------------------------

    def action_refresh(self) -> None:
        """Refresh every feed in the background."""
        if self.refreshing:
            self.notify("A refresh is already running.", timeout=3)
            return
        self.refreshing = True
        self._new_breaking = []
        self._failed = 0
        self._announced = False
        self.main.status.set_activity("Refreshing…")
        self._refresh_worker()

    @work(thread=True, exclusive=True, group="refresh", exit_on_error=False)
    def _refresh_worker(self) -> None:
        try:
            summary = asyncio.run(self._refresh_async())
        except asyncio.CancelledError:
            self.post_message(RefreshFinished(None, "cancelled"))
            return
        except Exception as exc:  # noqa: BLE001 - reported in the status line, never a crash
            self.post_message(RefreshFinished(None, f"{type(exc).__name__}: {exc}"))
            return
        self.post_message(RefreshFinished(summary))

    async def _refresh_async(self) -> RefreshSummary:
        from ekreader.core.refresh import ProgressEvent, Refresher

        self._refresh_loop = asyncio.get_running_loop()
        self._refresh_task = asyncio.current_task()
        start_process_helpers()

        def progress(event: ProgressEvent) -> None:
            self.post_message(RefreshProgressed(event.phase, event.done, event.total, event.result))

        self.post_message(RefreshStarted(0))
        try:
            return await Refresher(self.paths.database, self.config, progress=progress).run()
        finally:
            self._refresh_loop = None
            self._refresh_task = None

    def on_refresh_progressed(self, message: RefreshProgressed) -> None:
        if not self.screen_stack:
            return
        status = self.main.status
        result = message.result
        if result is not None:
            if not result.ok:
                self._failed += 1
            self._new_breaking.extend(result.new_breaking)
            if result.new or result.updated:
                self._schedule_counts()
        failed = f" · {self._failed} failed (E)" if self._failed else ""
        what = "feeds" if message.phase == "feeds" else "full articles"
        status.set_activity(
            f"Refreshing {what} {message.done}/{message.total}{failed}", bool(self._failed)
        )
        if message.phase == "feeds" and message.done == message.total:
            self._announce_breaking()
        elif message.phase == "pages" and message.done % 20 == 0:
            self._schedule_counts()

    def _announce_breaking(self) -> None:
        if self._announced:
            return
        self._announced = True
        titles = [clean_line(t) for t in self._new_breaking]
        if not titles:
            return
        shown = titles[:5]
        more = f"\n…and {len(titles) - 5} more (B: Breaking)" if len(titles) > 5 else ""
        self.notify(
            "\n".join(f"• {t}" for t in shown) + more,
            title=f"Breaking news ({len(titles)})",
            severity="warning",
            markup=False,
            timeout=10,
        )
        if self.config.notify.bell:
            self.bell()
        if self.config.notify.desktop:
            desktop_notify(f"Breaking news ({len(titles)})", "\n".join(shown))

    def on_refresh_finished(self, message: RefreshFinished) -> None:
        self.refreshing = False
        if not self.screen_stack:
            return
        self._announce_breaking()
        status = self.main.status
        stamp = self.now().astimezone().strftime("%H:%M")
        summary = message.summary
        if summary is None:
            if message.error != "cancelled":
                status.set_activity(f"Refresh failed: {clean_line(message.error)}", True)
            return
        self._schedule_counts()
        feeds = len(summary.results)
        new = f" · {summary.new} new" if summary.new else ""
        if feeds and summary.ok == 0:
            status.set_activity(f"Offline? all {feeds} feeds failed (E) · showing the cache", True)
        elif summary.failed:
            status.set_activity(
                f"Updated {stamp} · {summary.failed} of {feeds} feeds failed (E){new}", True
            )
        else:
            status.set_activity(f"Updated {stamp} · {feeds} feed{'s' * (feeds != 1)}{new}")

    def cancel_refresh(self) -> None:
        """Stop a running refresh (on quit), so the app exits at once."""
        loop, task = self._refresh_loop, self._refresh_task
        if loop is not None and task is not None:
            loop.call_soon_threadsafe(task.cancel)

    async def action_quit(self) -> None:
        self.cancel_refresh()
        screen = self._article_screen()
        if screen is not None:
            screen.save_place()
        self.exit(0)

    # -- watch list, errors, help ---------------------------------------------------------

    def action_watch_list(self) -> None:
        """Edit the keyword watch list; saved into config.toml."""
        from ekreader.ui.watchlist import WatchListError, WatchListScreen, save_watch_list

        def done(result: tuple[tuple[str, ...], tuple[str, ...]] | None) -> None:
            if result is None:
                return
            keywords, patterns = result
            self.highlighter = Highlighter.build(keywords, patterns)
            self.config = dataclasses.replace(
                self.config,
                highlight=dataclasses.replace(
                    self.config.highlight, keywords=keywords, patterns=patterns
                ),
            )
            self._apply_highlighter()
            try:
                save_watch_list(self.paths.config_file, keywords, patterns)
            except WatchListError as exc:
                self.notify(
                    f"{exc}. The watch list applies until you quit.",
                    title="Watch list not saved",
                    severity="error",
                    markup=False,
                    timeout=15,
                )
                return
            self.notify(
                f"Saved in {self.paths.config_file}", title="Watch list", markup=False, timeout=4
            )

        self.push_screen(
            WatchListScreen(self.highlighter.keywords, self.highlighter.patterns), done
        )

    def _apply_highlighter(self) -> None:
        headlines = self.main.headlines
        headlines.highlighter = self.highlighter
        headlines.refresh()
        screen = self._article_screen()
        if screen is not None:
            screen.view.highlighter = self.highlighter
            screen.view.rebuild()

    def action_feed_errors(self) -> None:
        """Show the feeds whose last refresh failed."""
        from ekreader.ui.screens.errors import ErrorsScreen
        from ekreader.ui.widgets.feed_list import feed_failed

        failing = [f for f in self.store.feeds() if feed_failed(f)]
        self.push_screen(ErrorsScreen(failing))

    def action_help(self) -> None:
        """Show every key binding."""
        from ekreader.ui.screens.help import HelpScreen, binding_rows

        keymap = dict(self.config.keys)
        self.push_screen(HelpScreen(binding_rows(binding_groups(), keymap)))

    def get_system_commands(self, screen: Screen[object]) -> Iterable[SystemCommand]:
        yield from super().get_system_commands(screen)
        yield SystemCommand(
            "Refresh feeds", "Refresh every feed in the background", self.action_refresh
        )
        yield SystemCommand(
            "Edit the watch list", "Keywords highlighted everywhere", self.action_watch_list
        )
        yield SystemCommand(
            "Feed errors", "Feeds whose last refresh failed", self.action_feed_errors
        )
        yield SystemCommand("Keys", "Every key binding", self.action_help)
        main = self.main
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
            "Search all articles", "Full-text search of the cache", main.action_search
        )
        yield SystemCommand(
            "Mark all read", "Every article of the current list", main.action_mark_all_read
        )
        yield SystemCommand(
            "Toggle the feed list", "Show or hide the feeds", main.action_toggle_feeds
        )


def binding_groups() -> list[tuple[str, list[BindingType]]]:
    """Every binding of the reader, by where it applies (for help and keymap checks)."""
    from ekreader.ui.screens.prompt import Prompt
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
            [*list(ReaderApp.BINDINGS), Binding("ctrl+p", "command_palette", "Command palette")],
        ),
        ("Headlines", list(HeadlinesScreen.BINDINGS) + list(HeadlineList.BINDINGS)),
        ("Feed list", list(FeedList.BINDINGS)),
        ("Article", article + list(ArticleView.BINDINGS)),
        ("Outline", list(Outline.BINDINGS)),
        ("Prompts and watch list", list(Prompt.BINDINGS) + list(WatchListScreen.BINDINGS)),
    ]


def binding_ids() -> set[str]:
    """Every binding id a [keys] table may remap."""
    ids = {b.id for _, bindings in binding_groups() for b in bindings if isinstance(b, Binding)}
    ids |= {b.id for b in ArticleScreen.BINDINGS if isinstance(b, Binding)}
    return {i for i in ids if i and " " not in i}


def start_process_helpers() -> None:
    """Start multiprocessing's resource tracker and forkserver with the real stderr.

    While an App runs, Textual replaces sys.stderr with an object whose fileno() is -1;
    the resource tracker hands that to its child and fails ("bad value(s) in
    fds_to_keep"), which would fail every feed of the refresh's parse pool.
    """
    import sys
    from multiprocessing import forkserver, resource_tracker

    real = sys.__stderr__
    if real is None:
        return
    saved = sys.stderr
    sys.stderr = real
    try:
        resource_tracker.ensure_running()
        forkserver.ensure_running()
    finally:
        sys.stderr = saved


def desktop_notify(title: str, body: str) -> None:
    """A desktop notification through notify-send (argument list, no shell); silent when
    notify-send is missing."""
    with contextlib.suppress(OSError):
        subprocess.Popen(
            ["notify-send", "--app-name=ekreader", "--", clean_line(title), clean_line(body)],
            stdin=subprocess.DEVNULL,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )


def open_store(paths: Paths, config: Config) -> Store:
    """Open the cache and, on the very first start, run the first-run setup."""
    store = Store.open(paths.database)
    try:
        from ekreader.core.firstrun import first_run
    except ImportError:  # pragma: no cover - until first-run support lands
        return store
    first_run(store, config)
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
