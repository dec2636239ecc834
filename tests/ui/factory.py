"""Build caches for UI tests and benchmarks through the Store API: fixed dates, no network."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path

from ekreader.core.ingest import store_entries
from ekreader.core.store import Store
from ekreader.models import Document, EntryDecision, FetchRecord, Link, ParsedEntry, Section

NOW = datetime(2026, 3, 14, 12, 0, tzinfo=UTC)
"""The frozen clock of UI tests and snapshots."""


@dataclass
class Item:
    """One article to store."""

    title: str
    minutes_ago: int = 10
    breaking: str | None = None
    sections: Sequence[Section] = ()
    links: Sequence[Link] = ()
    summary: str = "A summary."
    author: str | None = None
    link: str | None = None


def entry(key: str, item: Item, now: datetime = NOW) -> EntryDecision:
    published = now - timedelta(minutes=item.minutes_ago)
    parsed = ParsedEntry(
        key=key,
        guid=key,
        title=item.title,
        link=item.link if item.link is not None else f"https://example.invalid/{key}",
        author=item.author,
        published=published,
        updated=None,
        summary=item.summary,
        content=None,
    )
    doc = (
        Document(sections=tuple(item.sections), links=tuple(item.links)) if item.sections else None
    )
    return EntryDecision(parsed, item.breaking, doc, wants_page=False)


def add_feed(
    store: Store,
    url: str,
    title: str,
    items: Sequence[Item],
    error: str | None = None,
    folder: str | None = None,
) -> int:
    feed, _ = store.add_feed(url, title, folder)
    decisions = [entry(f"{feed.id}-{i}", item) for i, item in enumerate(items)]
    record = FetchRecord(status=500 if error else 200, error=error, title=title)
    store_entries(store, feed.id, decisions, fetch=record)
    return feed.id


LONG_SECTIONS = (
    Section(None, "The lead paragraph says what happened, where[1] and when. " * 3),
    Section("Background", "Some history of the story.\n\n" + "More background text here. " * 20),
    Section("What happens next", "Officials said the plan[2] would be ready soon. " * 12),
    Section("Reactions", "> A quoted voice from the street.\n\n• first point\n• second point"),
    Section("Analysis", "Why it matters, in many words. " * 30),
)
LONG_LINKS = (
    Link(1, "https://example.invalid/where", "where"),
    Link(2, "https://example.invalid/plan", "the plan"),
)


def sample_store(path: Path) -> Store:
    """A small cache: two feeds, a failing feed, breaking items, a long article, RTL text."""
    store = Store.open(path)
    add_feed(
        store,
        "http://127.0.0.1:9/world.xml",
        "World Desk",
        [
            Item("Earthquake shakes the coast", 5, breaking="title marker: BREAKING"),
            Item(
                "Long read: how the bridge was built",
                30,
                sections=LONG_SECTIONS,
                links=LONG_LINKS,
                author="A. Writer",
            ),
            Item("Markets calm after the storm in Zürich", 90),
            Item(
                "عاجل: انقطاع الكهرباء في 3 مدن",
                120,
                breaking="title marker: عاجل",
                sections=(
                    Section(
                        None,
                        "قال المسؤولون إن الكهرباء ستعود خلال 24 ساعة في (القاهرة) والإسكندرية.",
                    ),
                ),
            ),
        ],
    )
    add_feed(
        store,
        "http://127.0.0.1:9/local.xml",
        "Local [b]News[/b]",
        [
            Item("[b]x[/b] and [@click=app.quit]y[/] stay literal", 15),
            Item("Council approves the new park", 60 * 26),
            Item("Weather: rain all week", 60 * 24 * 9),
        ],
    )
    add_feed(
        store,
        "http://127.0.0.1:9/broken.xml",
        "Broken Feed",
        [],
        error="HTTP 500: Internal Server Error",
    )
    return store


def demo_store(path: Path) -> Store:
    """The cache a first start makes: the bundled demo feed, dated so its newest is NOW."""
    from ekreader.config import config_from_dict
    from ekreader.core.firstrun import first_run

    store = Store.open(path)
    first_run(store, config_from_dict({"general": {"first_run_feeds": False}}), now=NOW)
    return store
