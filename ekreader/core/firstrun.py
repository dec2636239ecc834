"""First start of the reader: subscribe to default news feeds and load the bundled demo feed."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime
from importlib import resources

from ekreader.config import Config
from ekreader.core.ingest import store_entries
from ekreader.core.store import Store
from ekreader.models import EntryDecision, FetchRecord, ParsedEntry

DEMO_URL = "ekreader:demo"
"""The demo feed's subscription URL: not http(s), so it is local and never fetched."""

DEMO_RESOURCE = ("ekreader.data", "demo.xml")
"""Package and file name of the bundled demo feed."""

DEFAULT_FEEDS: tuple[tuple[str, str], ...] = (
    ("https://feeds.bbci.co.uk/news/world/rss.xml", "BBC News – World"),
    ("https://www.aljazeera.com/xml/rss/all.xml", "Al Jazeera English"),
    ("https://www.theguardian.com/world/rss", "The Guardian – World"),
    ("https://feeds.npr.org/1004/rss.xml", "NPR – World"),
    ("https://www.france24.com/en/rss", "France 24"),
    ("https://rss.dw.com/rdf/rss-en-all", "DW – English"),
    ("https://rss.dw.com/rdf/rss-de-all", "DW – Deutsch"),
    ("https://www.tagesschau.de/xml/rss2/", "tagesschau"),
    ("https://feeds.bbci.co.uk/arabic/rss.xml", "BBC News عربي"),
)
"""(url, title) of the feeds subscribed on the first start: international and German news."""


def first_run(store: Store, config: Config, *, now: datetime | None = None) -> bool:
    """Set up the cache for the reader's first start; True when it did, False otherwise.

    Once per cache, and only when it has no subscription yet: subscribe to
    `DEFAULT_FEEDS` (unless `[general] first_run_feeds` is false or [sync] is set;
    nothing is fetched here) and load the demo feed, dated so that its newest article is `now` — in one
    transaction, so an interrupted first start leaves nothing half done. A cache that
    already has subscriptions (added with `ekreader add` or `import`) is only marked:
    removing every feed later never brings the defaults back. The reader UI calls this
    before its first paint; the headless commands never do.
    """
    if store.first_run_done():
        return False
    # Parse and decide before taking the write lock, which is then held briefly.
    decisions, title, site_url = _demo_decisions(config, now or datetime.now(UTC))
    with store.transaction():
        if store.first_run_done():
            return False  # another ekreader started at the same moment and did it
        if store.has_feeds():
            store.mark_first_run_done()
            return False
        # In sync mode the server's subscriptions are the user's: defaults added here
        # would be sent to it by the first sync.
        if config.general.first_run_feeds and config.sync is None:
            for url, feed_title in DEFAULT_FEEDS:
                store.add_feed(url, feed_title)
        feed, _ = store.add_feed(DEMO_URL)
        record = FetchRecord(title=title, site_url=site_url)
        store_entries(store, feed.id, decisions, fetch=record, filters=config.filters)
        store.mark_first_run_done()
    return True


def read_demo() -> bytes:
    """The bundled demo feed document (RSS 2.0)."""
    package, name = DEMO_RESOURCE
    return resources.files(package).joinpath(name).read_bytes()


def _demo_decisions(
    config: Config, now: datetime
) -> tuple[tuple[EntryDecision, ...], str | None, str | None]:
    from ekreader.core.decide.entries import decide
    from ekreader.core.ingest import rules_for
    from ekreader.core.parse.feed import parse_feed

    parsed = parse_feed(read_demo())
    parsed = replace(parsed, entries=shift_dates(parsed.entries, now))
    # The demo articles are complete: never download their (invented) pages.
    spec = replace(rules_for(config, DEMO_URL), full_text="never")
    return decide(parsed, spec), parsed.title, parsed.site_url


def shift_dates(entries: tuple[ParsedEntry, ...], now: datetime) -> tuple[ParsedEntry, ...]:
    """Move every date by the same amount so that the newest is `now` (whole seconds)."""
    dates = [d for e in entries for d in (e.published, e.updated) if d is not None]
    if not dates:
        return entries
    delta = now.astimezone(UTC).replace(microsecond=0) - max(dates)
    return tuple(
        replace(
            e,
            published=e.published + delta if e.published else None,
            updated=e.updated + delta if e.updated else None,
        )
        for e in entries
    )
