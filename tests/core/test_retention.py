"""The pure retention rules (core/decide/retention.py): what a prune removes and when."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from ekreader.core.decide.retention import (
    DAY,
    FORGET_AFTER_DAYS,
    Cached,
    Cutoffs,
    Policy,
    candidates,
    forget_before,
    index_merge_due,
    key_digest,
    prune_due,
    removals,
    sightings,
)

NOW = datetime(2026, 6, 1, 12, 0, tzinfo=UTC)
T = int(NOW.timestamp())


def art(
    id: int,
    days: float,
    *,
    read: bool = False,
    starred: bool = False,
    feed: int = 1,
    sort: int | None = None,
) -> Cached:
    """An article that arrived `days` ago (listed by arrival unless `sort` is given)."""
    arrived = T - int(days * DAY)
    return Cached(id, feed, arrived, arrived if sort is None else sort, read, starred)


def ids(articles: list[Cached], policy: Policy | None = None) -> list[int]:
    return [r.id for r in removals(articles, policy or Policy(), NOW)]


@pytest.mark.parametrize(
    ("article", "removed"),
    [
        (art(1, 89, read=True), False),
        (art(1, 90, read=True), False),  # exactly 90 days: not yet older than 90
        (art(1, 90.01, read=True), True),
        (art(1, 364, read=False), False),
        (art(1, 365.01, read=False), True),
        (art(1, 200, read=False), False),  # unread: a year to be read
        (art(1, 200, read=True), True),
        (art(1, 5000, read=True, starred=True), False),  # starred: never
        (art(1, 5000, read=False, starred=True), False),
        (art(1, -3, read=True), False),  # arrived "in the future" (clock moved back)
    ],
)
def test_age_rules(article: Cached, removed: bool) -> None:
    assert ids([article]) == ([1] if removed else [])


def test_reasons_name_the_rule() -> None:
    got = removals(
        [art(1, 100, read=True), art(2, 400), art(3, 1, feed=2), art(4, 2, feed=2)],
        Policy(max_per_feed=1),
        NOW,
    )
    assert [(r.id, r.feed_id, r.reason) for r in got] == [
        (1, 1, "read, older than 90 days"),
        (2, 1, "unread, older than 365 days"),
        (4, 2, "beyond the newest 1 of its feed"),
    ]


def test_no_limits_remove_nothing() -> None:
    old = [art(i, 10_000, read=bool(i % 2)) for i in range(10)]
    assert ids(old, Policy(keep_days=None, keep_unread_days=None)) == []


def test_max_per_feed_keeps_the_newest_of_each_feed_by_list_order() -> None:
    # Feed 1: four articles; the list order is sort_time (then id), not arrival.
    articles = [
        art(1, 1, sort=T - 50),
        art(2, 2, sort=T - 10),  # the newest in the list though it arrived earlier
        art(3, 3, sort=T - 30),
        art(4, 4, sort=T - 30),  # same time as 3: the higher id is newer
        art(5, 1, feed=2),
    ]
    assert sorted(ids(articles, Policy(max_per_feed=2))) == [1, 3]
    assert ids(articles, Policy(max_per_feed=10)) == []
    assert sorted(ids(articles, Policy(max_per_feed=0))) == [1, 2, 3, 4, 5]


def test_starred_articles_neither_removed_nor_counted_by_max_per_feed() -> None:
    articles = [
        art(1, 1, starred=True, sort=T),
        art(2, 2, starred=True, sort=T - 1),
        art(3, 3, sort=T - 2),
        art(4, 4, sort=T - 3),
    ]
    assert ids(articles, Policy(max_per_feed=1)) == [4]


def test_age_first_then_the_cap_among_what_is_left() -> None:
    # The read article past keep_days goes for its age; the cap of 2 then keeps 2 of
    # the remaining 3, so only one more goes.
    articles = [art(1, 100, read=True), art(2, 1), art(3, 2), art(4, 3)]
    got = removals(articles, Policy(max_per_feed=2), NOW)
    assert [(r.id, r.reason.split(",")[0]) for r in got] == [
        (1, "read"),
        (4, "beyond the newest 2 of its feed"),
    ]


@pytest.mark.parametrize(
    ("last", "due"),
    [
        (None, True),
        (NOW - timedelta(hours=23, minutes=59), False),
        (NOW - timedelta(days=1), True),
        (NOW - timedelta(days=40), True),
        (NOW, False),
        (NOW + timedelta(hours=1), True),  # the clock went back: do not wait for it
    ],
)
def test_prune_due_once_a_day(last: datetime | None, due: bool) -> None:
    assert prune_due(last, NOW) is due


def test_key_digest_is_stable_and_fits_sqlite() -> None:
    assert key_digest("https://example.org/a") == key_digest("https://example.org/a")
    assert key_digest("https://example.org/a") != key_digest("https://example.org/b")
    values = [key_digest(f"guid-{n}") for n in range(5000)]
    assert len(set(values)) == 5000
    assert all(-(2**63) <= v < 2**63 for v in values)
    assert any(v < 0 for v in values)  # signed: the whole range is used
    assert isinstance(key_digest("\ud800 lone surrogate"), int)


def test_sightings_track_what_the_feed_lists() -> None:
    remembered = {1: None, 2: None, 3: T - 100, 4: T - 100}
    got = sightings(remembered, [1, 3, 99])
    assert got.listed_again == (3,)  # missing before, listed again
    assert got.newly_missing == (2,)  # listed before, gone now
    # nothing changes when the body lists the same as before
    assert sightings({1: None, 3: T}, [1]) == sightings({1: None, 3: T}, [1, 5])


def test_forget_before_is_a_month_back() -> None:
    assert forget_before(NOW) == T - FORGET_AFTER_DAYS * DAY


@pytest.mark.parametrize(
    ("policy", "read_days", "unread_days"),
    [
        (Policy(), 90, 365),
        (Policy(keep_days=None), None, 365),
        (Policy(keep_days=400, keep_unread_days=30), 400, 30),
        (Policy(keep_days=None, keep_unread_days=None), None, None),  # nothing goes
    ],
)
def test_a_prune_judges_only_articles_past_their_cutoff(
    policy: Policy, read_days: int | None, unread_days: int | None
) -> None:
    only = candidates(policy, NOW)
    assert only == Cutoffs(
        None if read_days is None else T - read_days * DAY,
        None if unread_days is None else T - unread_days * DAY,
    )
    assert candidates(Policy(max_per_feed=5), NOW) is None  # every article counts


@pytest.mark.parametrize(
    ("since_merge", "cached", "due"),
    [(0, 0, False), (0, 100, False), (9, 100, False), (10, 100, True), (5, 0, True)],
)
def test_the_index_merges_once_removals_reach_a_tenth(
    since_merge: int, cached: int, due: bool
) -> None:
    assert index_merge_due(since_merge, cached) is due
