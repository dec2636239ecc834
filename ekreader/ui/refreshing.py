"""The background refresh of the reader: core's Refresher in a worker thread, its
progress told in the status line, new breaking news announced once per refresh."""

from __future__ import annotations

import asyncio
from collections.abc import Sequence
from typing import TYPE_CHECKING

from ekreader.core.text.sanitize import clean_line
from ekreader.models import RefreshSummary
from ekreader.ui.messages import ActivityChanged, RefreshFinished, RefreshProgressed
from ekreader.ui.processes import start_process_helpers
from ekreader.ui.text import shown as display

if TYPE_CHECKING:
    from ekreader.ui.app import ReaderApp

BREAKING_SHOWN = 5
"""New breaking titles listed in the notice (the rest are counted)."""

_PHASES = {"feeds": "feeds", "pages": "full articles", "articles": "from the sync server"}
"""How the status line names a refresh's phases (models.ProgressEvent.phase)."""


class BackgroundRefresh:
    """Refreshes every feed for `app`: one refresh at a time, cancelled on quit. The
    worker posts RefreshProgressed and RefreshFinished to the app, which hands them to
    `progressed` and `finished`."""

    def __init__(self, app: ReaderApp) -> None:
        self.app = app
        self.running = False
        """True from `start` until the refresh's RefreshFinished is handled."""
        self._loop: asyncio.AbstractEventLoop | None = None
        self._task: asyncio.Task[object] | None = None
        self._new_breaking: list[str] = []
        self._failed = 0
        self._announced = False
        self._urls: tuple[str, ...] | None = None

    def start(self, urls: Sequence[str] | None = None) -> bool:
        """Start a refresh of every feed, or of those at `urls` (the schedule's); False
        when one is already running."""
        if self.running:
            return False
        self.running = True
        self._urls = None if urls is None else tuple(urls)
        self._new_breaking = []
        self._failed = 0
        self._announced = False
        self._activity("Refreshing…")
        self.app.run_worker(
            self._run,
            name="refresh",
            group="refresh",
            thread=True,
            exclusive=True,
            exit_on_error=False,
        )
        return True

    def cancel(self) -> None:
        """Stop a running refresh (on quit), so the app exits at once."""
        loop, task = self._loop, self._task
        if loop is not None and task is not None:
            loop.call_soon_threadsafe(task.cancel)

    def _activity(self, text: str, problem: bool = False) -> None:
        self.app.main.post_message(ActivityChanged(text, problem))

    # -- on the worker thread ------------------------------------------------------------

    def _run(self) -> None:
        try:
            summary = asyncio.run(self._refresh())
        except asyncio.CancelledError:
            self.app.post_message(RefreshFinished(None, "cancelled"))
            return
        except Exception as exc:  # noqa: BLE001 - reported in the status line, never a crash
            self.app.post_message(RefreshFinished(None, f"{type(exc).__name__}: {exc}"))
            return
        self.app.post_message(RefreshFinished(summary))

    async def _refresh(self) -> RefreshSummary:
        from ekreader.core.refresh import Refresher
        from ekreader.models import ProgressEvent

        self._loop = asyncio.get_running_loop()
        self._task = asyncio.current_task()
        start_process_helpers()
        app = self.app

        def progress(event: ProgressEvent) -> None:
            app.post_message(RefreshProgressed(event.phase, event.done, event.total, event.result))

        try:
            return await Refresher(
                app.paths.database, app.config, urls=self._urls, progress=progress
            ).run()
        finally:
            self._loop = None
            self._task = None

    # -- on the app's event loop ---------------------------------------------------------

    def progressed(self, message: RefreshProgressed) -> None:
        """One more feed or page is done: count it, say so, reload lists now and then."""
        result = message.result
        if result is not None:
            if not result.ok:
                self._failed += 1
            self._new_breaking.extend(result.new_breaking)
            if result.new or result.updated:
                self.app.schedule_reload()
        failed = f" · {self._failed} failed (E)" if self._failed else ""
        what = _PHASES.get(message.phase, message.phase)
        self._activity(
            f"Refreshing {what} {message.done}/{message.total}{failed}", bool(self._failed)
        )
        if message.phase == "feeds" and message.done == message.total:
            self._announce_breaking()
        elif message.phase == "pages" and message.done % 20 == 0:
            self.app.schedule_reload()

    def finished(self, message: RefreshFinished) -> None:
        """The refresh ended: announce what is left to announce, say how it went."""
        self.running = False
        self._announce_breaking()
        stamp = self.app.now().astimezone().strftime("%H:%M")
        summary = message.summary
        if summary is None:
            if message.error != "cancelled":
                self._activity(f"Refresh failed: {clean_line(message.error)}", True)
            return
        self.app.schedule_reload()
        feeds = len(summary.results)
        new = f" · {summary.new} new" if summary.new else ""
        if self.app.config.sync is not None:  # one sync took the place of the feeds
            if summary.sync is None:
                error = next((r.error for r in summary.results if r.error), None) or "?"
                self._activity(f"Sync failed: {clean_line(error)} · showing the cache", True)
            else:
                count = summary.sync.feeds
                self._activity(f"Synced {stamp} · {count} feed{'s' * (count != 1)}{new}")
        elif feeds and summary.ok == 0:
            self._activity(f"Offline? all {feeds} feeds failed (E) · showing the cache", True)
        elif summary.failed:
            self._activity(
                f"Updated {stamp} · {summary.failed} of {feeds} feeds failed (E){new}", True
            )
        else:
            self._activity(f"Updated {stamp} · {feeds} feed{'s' * (feeds != 1)}{new}")

    def _announce_breaking(self) -> None:
        if self._announced:
            return
        self._announced = True
        titles = [clean_line(t) for t in self._new_breaking]
        if not titles:
            return
        app = self.app
        shown = titles[:BREAKING_SHOWN]
        more = (
            f"\n…and {len(titles) - BREAKING_SHOWN} more (B: Breaking)"
            if len(titles) > BREAKING_SHOWN
            else ""
        )
        reorder = app.config.ui.bidi == "reorder"
        app.notify(
            "\n".join(f"• {display(t, reorder)}" for t in shown) + more,
            title=f"Breaking news ({len(titles)})",
            severity="warning",
            markup=False,
            timeout=10,
        )
        if app.config.notify.bell:
            app.bell()
        if app.config.notify.desktop:
            from ekreader.ui import desktop

            desktop.desktop_notify(f"Breaking news ({len(titles)})", "\n".join(shown))


__all__ = ["BackgroundRefresh"]
