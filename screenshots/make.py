"""Make the README's SVG screenshots from the real app on the bundled demo feed.

    python screenshots/make.py

A temporary home holds the cache a first start makes (the demo feed only; nothing is
fetched), the clock is frozen so the files change only when the UI does.
"""

from __future__ import annotations

import asyncio
import os
import sys
import tempfile
import time
from collections.abc import Awaitable, Callable
from datetime import UTC, datetime
from pathlib import Path

from textual.pilot import Pilot

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

from ekreader.config import config_from_dict  # noqa: E402
from ekreader.core.firstrun import first_run  # noqa: E402
from ekreader.core.store import Store  # noqa: E402
from ekreader.paths import Paths  # noqa: E402
from ekreader.ui.app import ReaderApp  # noqa: E402

NOW = datetime(2026, 3, 14, 12, 0, tzinfo=UTC)
CONFIG = {
    "general": {"refresh_on_start": False, "first_run_feeds": False},
    "highlight": {"keywords": ["Nordhafen", "Port Caldera"]},
}


async def select(app: ReaderApp, prefix: str) -> None:
    headlines = app.main.headlines
    for row in range(headlines.count):
        headline = headlines.headline_at(row)
        if headline is not None and headline.title.startswith(prefix):
            headlines.cursor = row
            return
    raise LookupError(prefix)


async def shoot(
    paths: Paths,
    name: str,
    size: tuple[int, int],
    steps: Callable[[ReaderApp, Pilot[int]], Awaitable[None]],
    config: dict[str, object] | None = None,
) -> None:
    store = Store.open(paths.database)
    try:
        app = ReaderApp(paths, config_from_dict(config or CONFIG), store, now=lambda: NOW)
        async with app.run_test(size=size) as pilot:
            await pilot.pause()
            await steps(app, pilot)
            await pilot.pause()
            app.save_screenshot(str(HERE / f"{name}.svg"))
    finally:
        store.close()
    print(f"screenshots/{name}.svg")


async def headlines(app: ReaderApp, pilot: Pilot[int]) -> None:
    await select(app, "Thirty years")


async def article(app: ReaderApp, pilot: Pilot[int]) -> None:
    await select(app, "Thirty years")
    await pilot.press("enter")
    await pilot.pause()
    await pilot.press("right_square_bracket", "right_square_bracket", "right_square_bracket")


async def breaking(app: ReaderApp, pilot: Pilot[int]) -> None:
    await pilot.press("B")


async def arabic(app: ReaderApp, pilot: Pilot[int]) -> None:
    await select(app, "انتخابات")
    await pilot.press("enter")


async def stories(app: ReaderApp, pilot: Pilot[int]) -> None:
    await pilot.press("T")
    await pilot.pause()
    await pilot.press("enter")


async def changes(app: ReaderApp, pilot: Pilot[int]) -> None:
    await select(app, "Nordhafen harbour reopens")
    await pilot.press("enter")
    await pilot.pause()
    await pilot.press("D")


async def feed_list(app: ReaderApp, pilot: Pilot[int]) -> None:
    app.main.feed_list.focus()
    app.main.feed_list.select_key("saved:Storm")
    await pilot.pause()


# The feed list with folders, saved searches and what a filter hid (the reports below in
# folders of their own).
VIEWS_CONFIG = {
    **CONFIG,
    "searches": {"Storm": "storm OR surge is:unread", "Election": "title:vote OR election"},
    "filters": [{"query": "swimmers", "action": "hide"}],
}


def into_folders(store: Store) -> None:
    with store.transaction():
        for url, folder in (("file:///demo/0.xml", "Coast"), ("file:///demo/1.xml", "Coast/Radio")):
            store._db.sql.execute("UPDATE feeds SET folder = ? WHERE url = ?", (folder, url))
    store.sync_filters(config_from_dict(VIEWS_CONFIG).filters)


# Two more invented desks reporting the demo feed's events in their own words, and an
# article one of them rewrote after it first came out (for the Stories and changes shots).
REPORTS = {
    "Coastal Herald": [
        ("Nordhafen evacuates harbour district as storm surge breaches outer dike", 12),
        ("Port Caldera vote count stopped after storm cuts power", 40),
        ("Winter swimmers in Nordhafen celebrate half a century", 200),
    ],
    "Harbour Radio": [
        ("Storm surge: Nordhafen's outer dike overtopped, thousands leave harbour", 20),
        ("Power cut halts Port Caldera election tally", 55),
    ],
}
EDIT = (
    "Nordhafen harbour reopens after the surge",
    "The harbour master said the quays would reopen on Monday.",
    "Nordhafen harbour reopens after the surge, two quays still closed",
    "The harbour master said three of the five quays would reopen on Monday.",
)


def add_reports(store: Store) -> None:
    from datetime import timedelta

    from ekreader.core.clustering import cluster_new
    from ekreader.core.ingest import store_entries
    from ekreader.models import EntryDecision, ParsedEntry

    def decision(key: str, title: str, summary: str, minutes: int) -> EntryDecision:
        entry = ParsedEntry(
            key, key, title, f"https://{key}.example.invalid/", None,
            NOW - timedelta(minutes=minutes), None, summary, None,
        )  # fmt: skip
        return EntryDecision(entry, None, None, wants_page=False)

    for n, (desk, items) in enumerate(REPORTS.items()):
        feed, _ = store.add_feed(f"file:///demo/{n}.xml", desk)
        decisions = [decision(f"{n}-{i}", t, t + ".", m) for i, (t, m) in enumerate(items)]
        if n == 0:
            decisions.append(decision("edit", EDIT[0], EDIT[1], 90))
        store_entries(store, feed.id, decisions, now=NOW)
        if n == 0:
            store_entries(store, feed.id, [decision("edit", EDIT[2], EDIT[3], 90)], now=NOW)
    cluster_new(store, NOW)
    # Arrival and revision times as of the frozen clock (the store writes the real time).
    with store.transaction():
        stamp = int(NOW.timestamp())
        store._db.sql.execute("UPDATE articles SET fetched_at = ?", (stamp - 7200,))
        store._db.sql.execute(
            "UPDATE articles SET revised_at = ? WHERE revised_at IS NOT NULL", (stamp - 1800,)
        )
        store._db.sql.execute("UPDATE revisions SET seen_at = ?", (stamp - 5400,))


async def main() -> None:
    os.environ["TZ"] = "UTC"
    time.tzset()
    with tempfile.TemporaryDirectory() as temp:
        root = Path(temp)
        paths = Paths(root / "config", root / "data", root / "cache")
        store = Store.open(paths.database)
        first_run(store, config_from_dict(CONFIG), now=NOW)
        store.close()
        await shoot(paths, "headlines", (120, 32), headlines)
        await shoot(paths, "article", (120, 32), article)
        await shoot(paths, "breaking", (120, 32), breaking)
        await shoot(paths, "arabic", (100, 26), arabic)
        store = Store.open(paths.database)
        add_reports(store)
        store.close()
        await shoot(paths, "stories", (120, 24), stories)
        await shoot(paths, "changes", (100, 22), changes)
        store = Store.open(paths.database)
        into_folders(store)
        store.close()
        await shoot(paths, "feed-list", (120, 24), feed_list, VIEWS_CONFIG)


if __name__ == "__main__":
    asyncio.run(main())
