"""The reader keeps itself current: feeds refreshed on their schedule ([general] and
[feeds."URL"] refresh_interval, stretched by a feed's <ttl> and its server's Retry-After
or Cache-Control), and what another process stores (a cron `ekreader fetch`) shown
within seconds, without `r`."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import TYPE_CHECKING

from ekreader.core.decide.schedule import is_due

if TYPE_CHECKING:
    from ekreader.ui.app import ReaderApp

WATCH_EVERY = 2.0
"""Seconds between looks at whether another process changed the cache."""

CHECK_AT_MOST = 30.0
"""Seconds between looks for feeds due on the schedule, at the most."""

CHECK_AT_LEAST = 1.0
"""…and at the least (a schedule of seconds is checked every second)."""


class Schedule:
    """The app's two timers: the refresh schedule and the watch on the cache."""

    def __init__(self, app: ReaderApp) -> None:
        self.app = app
        self._version: int | None = None

    def start(self) -> None:
        """Start both timers (from the app's on_mount)."""
        self._version = self.app.store.data_version()
        self.app.set_interval(WATCH_EVERY, self.watch, name="cache watch")
        period = self.check_period()
        if period is not None:
            self.app.set_interval(period, self.check, name="refresh schedule")

    def check_period(self) -> float | None:
        """How often to look for due feeds: half the shortest interval configured, within
        CHECK_AT_LEAST and CHECK_AT_MOST; None when no feed is on a schedule."""
        config = self.app.config
        minutes = [config.general.refresh_interval]
        minutes += [f.refresh_interval for f in config.feeds.values() if f.refresh_interval]
        positive = [60 * m for m in minutes if m and m > 0]
        if not positive:
            return None
        return max(CHECK_AT_LEAST, min(CHECK_AT_MOST, min(positive) / 2))

    def due(self) -> list[str]:
        """The feeds the schedule refreshes now (core/decide/schedule.py says which)."""
        config = self.app.config
        now = datetime.now(UTC)  # the real clock: last_fetched is real time
        return [
            feed.url
            for feed in self.app.store.feeds(counts=False)
            if is_due(feed, config.refresh_interval_for(feed.url, feed.former_urls), now)
        ]

    def check(self) -> None:
        """Refresh the feeds that are due, unless a refresh runs already."""
        if self.app.refreshing:
            return
        due = self.due()
        if due:
            self.app.refresher.start(urls=due)

    def watch(self) -> None:
        """Reload the lists when another connection changed the cache since the last look."""
        version = self.app.store.data_version()
        if version != self._version:
            self._version = version
            self.app.schedule_reload()


__all__ = ["Schedule"]
