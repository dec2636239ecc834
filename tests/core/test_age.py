"""age(): the short relative age shown in headline lists (the reader and the CLI)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone

import pytest

from ekreader.core.text.age import age

NOW = datetime(2026, 3, 14, 12, 0, tzinfo=UTC)


@pytest.mark.parametrize(
    ("ago", "shown"),
    [
        (timedelta(seconds=-30), "now"),  # a clock a little ahead
        (timedelta(seconds=59), "now"),
        (timedelta(seconds=60), "1m"),
        (timedelta(minutes=59, seconds=59), "59m"),
        (timedelta(hours=1), "1h"),
        (timedelta(hours=23, minutes=59), "23h"),
        (timedelta(days=1), "1d"),
        (timedelta(days=6, hours=23), "6d"),
        (timedelta(days=7), "1w"),
        (timedelta(weeks=7, days=6), "7w"),
        (timedelta(weeks=8), "2026-01-17"),
    ],
)
def test_age(ago: timedelta, shown: str) -> None:
    assert age(NOW - ago, NOW) == shown


def test_an_old_date_is_given_in_the_zone_asked_for() -> None:
    moment = datetime(2025, 12, 31, 23, 30, tzinfo=UTC)
    assert age(moment, NOW) == "2025-12-31"
    assert age(moment, NOW, timezone(timedelta(hours=2))) == "2026-01-01"
