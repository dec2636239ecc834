"""A feed's entries into the cache: the one path every feed body takes (parse, decide,
store, in a refresh's worker or for `add`), and decided entries stored in one
transaction (the first run's demo feed too)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import UTC, datetime
from pathlib import Path

from ekreader.config import Config
from ekreader.core.decide.entries import RulesSpec, decide
from ekreader.core.decide.retention import Sightings, admit
from ekreader.core.decide.upsert import plan_writes
from ekreader.core.query.filters import Filter
from ekreader.core.store import Store
from ekreader.core.store.articles import EncodedWrite, encode_write
from ekreader.core.store.revisions import KEEP as KEEP_REVISIONS
from ekreader.core.store.sync import is_item_key
from ekreader.core.workers import worker_store
from ekreader.models import (
    ArticleWrite,
    CachedEntry,
    EntryDecision,
    FeedResult,
    FetchRecord,
    UpsertResult,
)


def rules_for(config: Config, url: str, former_urls: Sequence[str] = ()) -> RulesSpec:
    """The rules that apply to one feed (its [feeds."URL"] table may be written for one
    of the addresses it had before a permanent redirect: see Config.feed)."""
    b = config.breaking
    settings = config.feed(url, former_urls)
    return RulesSpec(
        b.markers,
        b.patterns,
        b.categories,
        settings.full_text or config.fetch.full_text,
        config.fetch.full_text_min_chars,
        settings.breaking,
    )


@dataclass(frozen=True, slots=True)
class _Plan:
    """The writes planned for a feed's entries, on the basis of what the cache held."""

    basis: tuple[dict[str, CachedEntry], dict[int, int | None]]
    """The feed's cached entries and removed keys the plan was made from."""
    sightings: Sightings
    writes: list[ArticleWrite]
    encoded: list[EncodedWrite]


def _plan(
    store: Store, feed_id: int, decisions: Sequence[EntryDecision], now: datetime
) -> _Plan | None:
    """Plan and encode the writes on what the cache holds now; None when the feed is not
    subscribed (any more)."""
    cached = store.cached_entries(feed_id)
    if cached is None:
        return None
    removed = store.removed_keys(feed_id)
    admitted, sightings = admit(decisions, removed)
    writes = plan_writes(admitted, cached, now)
    return _Plan((cached, removed), sightings, writes, [encode_write(w) for w in writes])


def store_entries(
    store: Store,
    feed_id: int,
    decisions: Sequence[EntryDecision],
    *,
    fetch: FetchRecord | None = None,
    now: datetime | None = None,
    filters: Sequence[Filter] = (),
    keep_revisions: int = KEEP_REVISIONS,
) -> UpsertResult:
    """Insert new entries and update changed ones (read and starred kept), together with
    the feed's fetch record, in one transaction: what the cache holds of the feed is read,
    the writes are planned by the pure decide step (core/decide/upsert.py), then written,
    and the filters (the killfile) applied to the new articles. Nothing for a feed
    unsubscribed meanwhile (by another process, during its fetch).

    The writes are planned and encoded (packed, folded: most of their CPU) before the
    write lock is taken, which a refresh's workers take in turns; under the lock the plan
    stands if what it was made from is unchanged, else it is made again."""
    now = now or datetime.now(UTC)
    # Articles that came from a sync server (out of sync mode now) take the keys of the
    # feed's own entries with their links, instead of appearing twice.
    own = [(d.entry.key, d.entry.link) for d in decisions if not is_item_key(d.entry.key)]
    early = _plan(store, feed_id, decisions, now)
    with store.transaction():
        if own:
            store.rekey_items(feed_id, own)
        cached = store.cached_entries(feed_id)
        if cached is None:
            return UpsertResult((), 0, ())
        plan = early
        if plan is None or plan.basis != (cached, store.removed_keys(feed_id)):
            plan = _plan(store, feed_id, decisions, now)
            assert plan is not None  # the feed is there: this transaction holds the lock
        store.record_sightings(feed_id, plan.sightings, now)
        result = store.write_entries(
            feed_id,
            plan.writes,
            fetch=fetch,
            now=now,
            keep_revisions=keep_revisions,
            encoded=plan.encoded,
        )
        return store.filter_arrivals(filters, result)


@dataclass(frozen=True, slots=True)
class FeedJob:
    """A downloaded feed body, and what a worker needs to parse, decide and store it."""

    db_path: Path
    feed_id: int
    url: str
    base_url: str
    body: bytes
    headers: dict[str, str]
    spec: RulesSpec
    record: FetchRecord
    """The fetch record of an unchanged feed (status, validators, permanent URL)."""
    digest: str
    cache_connection: bool = True
    """Keep the worker's connection open for the next job (in pool processes)."""
    now: datetime | None = None
    """The refresh's clock when the body arrived (None: the worker's): articles stored
    from it arrived then."""
    filters: tuple[Filter, ...] = ()
    """The killfile, applied to the feed's new articles as they are stored."""
    keep_revisions: int = KEEP_REVISIONS
    """Earlier versions kept per article ([general] keep_revisions)."""


def parse_job(job: FeedJob) -> FeedResult:
    """Parse, decide and store one feed body in one transaction (runs in a worker)."""
    from ekreader.core.parse.feed import parse_feed

    parsed = parse_feed(job.body, job.headers, job.base_url)
    decisions = decide(parsed, job.spec)
    failed = parsed.error is not None and not parsed.entries
    # A body that failed to parse is not remembered (no validators, no hash), so the
    # next refresh downloads and parses it again.
    record = replace(
        job.record if not failed else FetchRecord(status=job.record.status),
        error=parsed.error,
        title=parsed.title,
        site_url=parsed.site_url,
        body_hash=None if failed else job.digest,
        new_url=job.record.new_url,
        ttl=parsed.ttl,
        not_before=job.record.not_before,
    )
    with worker_store(job.db_path, job.cache_connection) as store:
        outcome = store_entries(
            store,
            job.feed_id,
            decisions,
            fetch=record,
            now=job.now,
            filters=job.filters,
            keep_revisions=job.keep_revisions,
        )
    return FeedResult(
        job.url,
        ok=not failed,
        status=job.record.status,
        error=parsed.error,
        new=len(outcome.new_ids),
        updated=outcome.updated,
        new_breaking=outcome.new_breaking,
    )
