"""A prune: the articles the retention rules say go ([cache] in config.toml) are removed
with everything of theirs, their keys remembered, the freed space given back. Run by
`ekreader prune` and, at most once a day, by the refresh itself."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime

from ekreader.config import CacheConfig
from ekreader.core.decide.retention import (
    Policy,
    candidates,
    forget_before,
    index_merge_due,
    prune_due,
    removals,
)
from ekreader.core.store import Store

LAST_PRUNE = "last_prune"
"""The meta key holding when the cache was last pruned (ISO 8601, UTC)."""


@dataclass(frozen=True, slots=True)
class Pruned:
    """One article a prune removed (or would remove)."""

    id: int
    feed_url: str
    title: str
    reason: str


@dataclass(frozen=True, slots=True)
class PruneReport:
    """What a prune did, or (dry_run) would do."""

    removed: tuple[Pruned, ...]
    dry_run: bool
    bytes_before: int
    """The cache on disk before (file and write-ahead log)."""
    bytes_after: int
    """After (for a dry run: an estimate)."""
    forgotten: int = 0
    """Keys of removed articles forgotten (their feeds stopped listing them long ago)."""
    compacted: bool = False
    """The file was rewritten once so that it can shrink from now on (auto_vacuum)."""
    index_merged: bool = False
    """The search index was merged (decide.retention.index_merge_due)."""

    @property
    def freed(self) -> int:
        """Bytes the cache shrank by (or would, about)."""
        return max(self.bytes_before - self.bytes_after, 0)


def policy_of(cache: CacheConfig) -> Policy:
    """The retention rules of a [cache] table (0: no limit of that kind)."""
    return Policy(
        keep_days=cache.keep_days or None,
        keep_unread_days=cache.keep_unread_days or None,
        max_per_feed=cache.max_per_feed or None,
    )


def prune(
    store: Store,
    cache: CacheConfig,
    *,
    now: datetime | None = None,
    dry_run: bool = False,
    compact: bool = True,
) -> PruneReport:
    """Remove what the rules say goes at `now` (default: the clock) and give the space
    back; with `dry_run`, only say what would go and about how much it would free. With
    `compact`, a cache made before auto_vacuum is rewritten once when no other program has
    it open, so that it can shrink."""
    now = now or datetime.now(UTC)
    policy = policy_of(cache)
    plan = removals(store.retention_facts(candidates(policy, now)), policy, now)
    reasons = {r.id: r.reason for r in plan}
    described = store.describe_articles(list(reasons))
    removed = tuple(
        Pruned(aid, d.feed_url, d.title, reasons[aid])
        for aid in reasons
        if (d := described.get(aid)) is not None
    )
    before = store.file_bytes()
    if dry_run:
        total = store.stored_bytes()
        share = sum(d.bytes for d in described.values()) / total if total else 0.0
        return PruneReport(removed, True, before, before - int(before * share))
    gone = set(store.remove_articles([p.id for p in removed]))
    removed = tuple(p for p in removed if p.id in gone)
    forgotten = store.forget_removed(forget_before(now))
    store.set_last_prune(now)
    # what FTS5 keeps of removed articles goes before the free pages do, now and then
    merged = index_merge_due(store.unmerged_removals(), store.article_count())
    if merged:
        store.merge_search_index()
    compacted = compact and store.make_shrinkable()
    store.give_back_space()
    return PruneReport(removed, False, before, store.file_bytes(), forgotten, compacted, merged)


def prune_if_due(
    store: Store, cache: CacheConfig, now: datetime | None = None
) -> PruneReport | None:
    """The refresh's own prune: at most once a day (decide.retention.prune_due)."""
    now = now or datetime.now(UTC)
    if not prune_due(store.last_prune(), now):
        return None
    return prune(store, cache, now=now)


__all__ = ["LAST_PRUNE", "PruneReport", "Pruned", "policy_of", "prune", "prune_if_due"]
