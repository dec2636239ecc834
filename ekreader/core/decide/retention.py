"""Pure retention rules: which cached articles a prune removes, when a prune is due, and
how long the memory of a removed article lasts. No I/O; the clock is passed in."""

from __future__ import annotations

import hashlib
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta

from ekreader.models import EntryDecision

DAY = 86_400
"""Seconds in a day."""
KEEP_DAYS = 90
"""Default: read articles are kept this many days after they arrived."""
KEEP_UNREAD_DAYS = 365
"""Default: unread articles are kept this many days after they arrived."""
PRUNE_EVERY = timedelta(days=1)
"""The refresh prunes by itself at most this often."""
FORGET_AFTER_DAYS = 30
"""A removed article is remembered (so that its feed cannot bring it back) until its feed
has not listed it for this many days."""


@dataclass(frozen=True, slots=True)
class Policy:
    """How long articles are kept ([cache] in config.toml). None: no limit of that kind."""

    keep_days: int | None = KEEP_DAYS
    """Read, unstarred articles older than this (days since they arrived) are removed."""
    keep_unread_days: int | None = KEEP_UNREAD_DAYS
    """Unread, unstarred articles older than this are removed."""
    max_per_feed: int | None = None
    """At most this many unstarred articles per feed are kept (the newest in its list)."""


@dataclass(frozen=True, slots=True)
class Cached:
    """What the rules need to know of one cached article."""

    id: int
    feed_id: int
    arrived: int
    """When it was first stored (seconds since the epoch)."""
    sort_time: int
    """Its place in the list (seconds): newest first."""
    read: bool
    starred: bool


@dataclass(frozen=True, slots=True)
class Removal:
    """One article a prune removes, and why (a short phrase, shown by `prune`)."""

    id: int
    feed_id: int
    reason: str


@dataclass(frozen=True, slots=True)
class Cutoffs:
    """Arrival times (seconds) before which an unstarred article can be removed: a read
    one before `read_before`, an unread one before `unread_before` (None: never)."""

    read_before: int | None
    unread_before: int | None


def cutoffs(policy: Policy, now: datetime) -> Cutoffs:
    """The arrival times before which `policy` removes read and unread articles at `now`."""
    seconds = int(now.timestamp())
    return Cutoffs(
        None if policy.keep_days is None else seconds - policy.keep_days * DAY,
        None if policy.keep_unread_days is None else seconds - policy.keep_unread_days * DAY,
    )


def candidates(policy: Policy, now: datetime) -> Cutoffs | None:
    """Which articles a prune at `now` need judge: the unstarred ones past their cutoff, so
    a prune asks the cache for those only (at 611 000 cached articles, of which 86 000
    arrived over 90 days ago, 5 600); None: every article (max_per_feed counts every
    article of a feed)."""
    return None if policy.max_per_feed is not None else cutoffs(policy, now)


MERGE_SHARE = 0.1
"""The search index is merged once the articles removed since its last merge reach this
share of the cache: FTS5 keeps a removed article's words (and a deletion mark) until
segments merge, and a merge rewrites the whole index (8 s and 2.6 CPU-s at 550 000
articles), so merging after every daily prune cost more than the prune itself."""


def index_merge_due(removed_since_merge: int, cached: int) -> bool:
    """Whether a prune merges the search index: the articles removed since the last merge
    reach MERGE_SHARE of the `cached` ones (it then holds at most about that share of
    words of removed articles)."""
    return removed_since_merge > 0 and removed_since_merge >= MERGE_SHARE * cached


def removals(articles: Iterable[Cached], policy: Policy, now: datetime) -> list[Removal]:
    """The articles a prune removes at `now`, in the order given.

    - A starred article is never removed, and does not count against max_per_feed.
    - A read article is removed when it arrived more than keep_days ago, an unread one
      more than keep_unread_days ago (the age counts from its arrival in the cache, so a
      new feed's old items get their full time to be read).
    - Of the rest, a feed keeps its newest max_per_feed (by their place in its list: date,
      then arrival order), read or not.
    """
    limits = cutoffs(policy, now)
    removed: dict[int, Removal] = {}
    survivors: dict[int, list[Cached]] = {}
    ordered = list(articles)
    for article in ordered:
        if article.starred:
            continue
        limit, kind, days = (
            (limits.read_before, "read", policy.keep_days)
            if article.read
            else (limits.unread_before, "unread", policy.keep_unread_days)
        )
        if limit is not None and article.arrived < limit:
            removed[article.id] = Removal(
                article.id, article.feed_id, f"{kind}, older than {days} days"
            )
        else:
            survivors.setdefault(article.feed_id, []).append(article)
    if policy.max_per_feed is not None:
        cap = max(policy.max_per_feed, 0)
        for kept in survivors.values():
            if len(kept) <= cap:
                continue
            kept.sort(key=lambda a: (a.sort_time, a.id), reverse=True)
            for article in kept[cap:]:
                removed[article.id] = Removal(
                    article.id, article.feed_id, f"beyond the newest {cap} of its feed"
                )
    return [removed[a.id] for a in ordered if a.id in removed]


def prune_due(last: datetime | None, now: datetime) -> bool:
    """Whether the refresh prunes now: never pruned, a day since the last prune, or a
    clock that went back before it (the last time is then not to be trusted)."""
    return last is None or now < last or now - last >= PRUNE_EVERY


def key_digest(key: str) -> int:
    """What is remembered of a removed article's key: 8 bytes of its hash as a signed
    integer (a feed's keys can be long URLs; a collision among one feed's keys is
    about as likely as 1 in 10^11 at 10 000 of them)."""
    digest = hashlib.blake2b(key.encode("utf-8", "surrogatepass"), digest_size=8).digest()
    return int.from_bytes(digest, "big", signed=True)


@dataclass(frozen=True, slots=True)
class Sightings:
    """How a feed body changes the memory of its removed articles."""

    listed_again: tuple[int, ...]
    """Digests the feed lists once more (no longer missing)."""
    newly_missing: tuple[int, ...]
    """Digests the feed stopped listing (missing from now on)."""


def sightings(remembered: Mapping[int, int | None], listed: Iterable[int]) -> Sightings:
    """Given the removed articles remembered for a feed (digest -> since when it has been
    missing from the feed, or None while listed) and the digests its body lists now, what
    changes. Only a body that was parsed counts (an unchanged body changes nothing)."""
    present = set(listed)
    again = tuple(d for d, since in remembered.items() if since is not None and d in present)
    missing = tuple(d for d, since in remembered.items() if since is None and d not in present)
    return Sightings(again, missing)


def admit(
    decisions: Sequence[EntryDecision], remembered: Mapping[int, int | None]
) -> tuple[list[EntryDecision], Sightings]:
    """A feed body's entries against its removed articles: those to store (never one that
    was removed: its feed may list it for months), and what the body says about the
    removed ones. A body without entries (one that failed to parse) says nothing."""
    if not remembered:
        return list(decisions), Sightings((), ())
    digests = [key_digest(d.entry.key) for d in decisions]
    kept = [d for d, digest in zip(decisions, digests, strict=True) if digest not in remembered]
    seen = sightings(remembered, digests) if decisions else Sightings((), ())
    return kept, seen


def forget_before(now: datetime) -> int:
    """Removed articles missing from their feed since before this time (seconds) are
    forgotten: the memory holds what the feeds list, plus FORGET_AFTER_DAYS of what they
    dropped."""
    return int(now.timestamp()) - FORGET_AFTER_DAYS * DAY


__all__ = [
    "FORGET_AFTER_DAYS",
    "KEEP_DAYS",
    "KEEP_UNREAD_DAYS",
    "PRUNE_EVERY",
    "Cached",
    "Policy",
    "Removal",
    "Sightings",
    "admit",
    "forget_before",
    "key_digest",
    "prune_due",
    "removals",
    "sightings",
]
