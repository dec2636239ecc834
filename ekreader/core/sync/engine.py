"""One sync with a Google Reader API server: subscriptions, then the marks made here, then
the server's states and its new articles, through the decide step and the store path a
refresh uses.

The order makes every step safe to interrupt. Marks are the difference between an
article's state and the state the server had at the last sync (kept beside it): they are
sent first and that difference is closed only once the server said OK, so a mark made
offline, or during a sync that was killed, is sent by the next one. New articles come
in batches, each stored with its server id in one transaction: a killed sync leaves
whole batches, and the next one asks only for the ids it does not have yet. The
checkpoint (the newest item the server had) moves only when a sync completes.

Conflicts: when an article's state changed both here and on the server since the last
sync, the change made here wins; the Google Reader API does not say when a state changed
on the server, so a mark made here since the last sync counts as the later one.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable, Iterable, Sequence
from concurrent.futures import Future
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, TypeVar

from ekreader.config import Config, SyncConfig
from ekreader.core.store import Store
from ekreader.core.store.sync import SyncedItem, remote_feed
from ekreader.core.sync.answers import Item
from ekreader.core.sync.greader import CONTENTS_BATCH, READ, READING_LIST, STARRED, GReaderClient
from ekreader.core.sync.session import BadAnswer
from ekreader.core.text.sanitize import clean_line
from ekreader.models import EntryDecision, ProgressEvent, SyncSummary, UpsertResult

Progress = Callable[[ProgressEvent], None]
T = TypeVar("T")

SINCE_MARGIN = 3600
"""Seconds before the newest item of the last sync from which new ids are asked for: a
server may store an item it fetched a little earlier after the last sync looked."""

ACCOUNT = "sync.account"
SINCE = "sync.since"
LAST = "sync.last"
"""Keys of the cache's meta table: the account synced with, the newest item's time
(microseconds, the server's clock) and the end of the last complete sync (ISO 8601)."""


def account_key(settings: SyncConfig) -> str:
    """Which account a cache was synced with (a different one starts afresh)."""
    return f"{settings.service} {settings.url} {settings.username}"


class Syncer:
    """One sync of the cache at `db_path` with `client`. `Syncer(...).run()`."""

    def __init__(
        self,
        db_path: Path,
        config: Config,
        client: GReaderClient,
        *,
        progress: Progress | None = None,
    ) -> None:
        assert config.sync is not None
        self.db_path = db_path
        self.config = config
        self.settings = config.sync
        self.client = client
        self.progress = progress

    def run(self) -> SyncSummary:
        """Sync once; raises SyncError (naming the server) when it cannot be used."""
        started = time.monotonic()
        with Store.open(self.db_path) as store:
            store.check_writable()
            if store.meta(ACCOUNT) != account_key(self.settings):
                store.forget_sync()  # another account: start afresh
                store.set_meta(ACCOUNT, account_key(self.settings))
            feeds = self._subscriptions(store)
            up = self._push(store)
            unread = set(self.client.item_ids(READING_LIST, exclude=READ))
            starred = set(self.client.item_ids(STARRED))
            since = store.meta(SINCE)
            if since is None:
                listed = list(self.client.item_ids(READING_LIST))
            else:
                start = int(since) // 1_000_000 - SINCE_MARGIN
                listed = list(self.client.item_ids(READING_LIST, since=start))
            known = store.synced_ids()
            wanted = [i for i in dict.fromkeys([*listed, *unread, *starred]) if i not in known]
            stored, new, breaking, newest = self._fetch(store, wanted, feeds.streams)
            down = store.apply_server_states(unread, starred, skip=stored)
            if newest is not None and (since is None or newest > int(since)):
                store.set_meta(SINCE, str(newest))
            elif since is None:
                store.set_meta(SINCE, str(int(time.time()) * 1_000_000))
            store.set_meta(LAST, datetime.now(UTC).isoformat(timespec="seconds"))
        return SyncSummary(
            server=self.settings.url,
            new_articles=new,
            new_breaking=breaking,
            state_up=up,
            state_down=down,
            feeds=len(feeds.streams),
            feeds_added=feeds.added,
            feeds_removed=feeds.removed,
            feeds_up=feeds.up,
            skipped=feeds.skipped,
            seconds=time.monotonic() - started,
        )

    # -- subscriptions ----------------------------------------------------------------------

    def _subscriptions(self, store: Store) -> _Feeds:
        """Send this cache's subscriptions the server lacks, then take the server's list:
        new ones are added here, those it no longer has are removed here."""
        remote = self.client.subscriptions()
        urls = {s.url for s in remote}
        up = 0
        skipped: list[str] = []
        for feed in store.unsynced_feeds():
            if feed.url in urls:
                continue
            try:
                stream = self.client.subscribe(feed.url)
                if feed.folder:
                    self.client.move(stream, feed.folder)
                if feed.title:
                    self.client.rename(stream, feed.title)
            except BadAnswer as exc:  # the server could not fetch it: say so, go on
                skipped.append(str(exc))
                continue
            up += 1
        if up:
            remote = self.client.subscriptions()
        feeds = [
            found
            for s in remote
            if (found := remote_feed(s.id, s.url, s.title, s.site_url, s.folders)) is not None
        ]
        added, removed, streams = store.merge_subscriptions(feeds)
        return _Feeds(streams, added, len(removed), up, tuple(skipped))

    # -- marks ------------------------------------------------------------------------------

    def _push(self, store: Store) -> int:
        """Send the marks made here since the last sync; each kind is confirmed in the
        cache once the server accepted it."""
        pending = store.pending_marks()
        sent = 0
        for state, on in ((READ, True), (READ, False), (STARRED, True), (STARRED, False)):
            ids = [m.remote_id for m in pending if m.wants(state == READ, on)]
            if not ids:
                continue
            self.client.set_state(ids, state, on)
            store.confirm_marks(ids, "read" if state == READ else "starred", on)
            sent += len(ids)
        return sent

    # -- new articles -----------------------------------------------------------------------

    def _fetch(
        self, store: Store, wanted: list[int], streams: dict[str, int]
    ) -> tuple[set[int], int, tuple[str, ...], int | None]:
        """Download the contents of `wanted` (newest first) batch after batch, the next
        batch downloading while this one is decided and stored. Returns the item ids
        stored, how many articles are new (not joined to one already here), the titles
        of new breaking ones and the newest item's time."""
        stored_ids: set[int] = set()
        new = 0
        breaking: list[str] = []
        newest: int | None = None
        batches = [wanted[i : i + CONTENTS_BATCH] for i in range(0, len(wanted), CONTENTS_BATCH)]
        done = 0
        if self.progress and batches:
            self.progress(ProgressEvent("articles", 0, len(wanted)))
        ahead: Future[list[Item]] | None = None
        for index, batch in enumerate(batches):
            current = ahead.result() if ahead else self.client.item_contents(batch)
            ahead = (
                background(self.client.item_contents, batches[index + 1])
                if index + 1 < len(batches)
                else None
            )
            for item in current:
                if item.crawled_usec is not None and (newest is None or item.crawled_usec > newest):
                    newest = item.crawled_usec
            stored, count, titles = self._store(store, current, streams)
            stored_ids |= stored
            new += count
            breaking += titles
            done += len(batch)
            if self.progress:
                self.progress(ProgressEvent("articles", done, len(wanted)))
        return stored_ids, new, tuple(breaking), newest

    def _store(
        self, store: Store, items: Iterable[Item], streams: dict[str, int]
    ) -> tuple[set[int], int, list[str]]:
        """One batch: per feed, the decide step, then the store path a refresh uses, with
        the server ids and states, in one transaction."""
        from ekreader.core.decide.entries import decide
        from ekreader.core.ingest import rules_for
        from ekreader.core.sync.entries import feed_from_items

        by_feed: dict[int, list[Item]] = {}
        for item in items:
            feed_id = streams.get(item.stream_id)
            if feed_id is not None:  # a feed subscribed since the list: the next sync
                by_feed.setdefault(feed_id, []).append(item)
        stored: set[int] = set()
        new = 0
        titles: list[str] = []
        now = datetime.now(UTC)
        for feed_id, group in by_feed.items():
            feed = store.feed_by_id(feed_id)
            if feed is None:
                continue
            spec = rules_for(self.config, feed.url, feed.former_urls)
            decisions = decide(feed_from_items(group), spec)
            outcome = store_items(store, feed_id, decisions, group, now)
            stored |= {item.id for item in group}
            new += len(outcome.new_ids)
            titles += [clean_line(t) for t in outcome.new_breaking]
        return stored, new, titles


@dataclass(frozen=True, slots=True)
class _Feeds:
    streams: dict[str, int]
    """Stream id -> feed id, for every subscription on the server."""
    added: int
    removed: int
    up: int
    skipped: tuple[str, ...]


def store_items(
    store: Store,
    feed_id: int,
    decisions: Sequence[EntryDecision],
    items: Sequence[Item],
    now: datetime,
) -> UpsertResult:
    """A feed's items from the server into the cache in one transaction: joined to the
    articles of the same link from before sync mode, the rest through the store path a
    refresh uses (ingest.store_entries), then their ids and the server's states kept."""
    from ekreader.core.ingest import store_entries

    synced = [
        SyncedItem(d.entry.key, item.id, item.read, item.starred, d.entry.link)
        for item, d in zip(items, decisions, strict=True)
    ]
    with store.transaction():
        joined = store.link_items(feed_id, synced)
        fresh = [d for d in decisions if d.entry.key not in joined]
        outcome = store_entries(store, feed_id, fresh, now=now)
        store.map_items(feed_id, synced)
    return outcome


def background(fn: Callable[..., T], *args: Any) -> Future[T]:
    """`fn(*args)` on a daemon thread: the process never waits for it to exit (a sync is
    safe to abandon at any point, and a quit must not wait for a slow server)."""
    future: Future[T] = Future()

    def run() -> None:
        if not future.set_running_or_notify_cancel():
            return
        try:
            future.set_result(fn(*args))
        except BaseException as exc:  # noqa: BLE001 - handed to whoever waits
            future.set_exception(exc)

    threading.Thread(target=run, name="ekreader-sync", daemon=True).start()
    return future
