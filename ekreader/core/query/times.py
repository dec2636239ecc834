"""`since:` and `before:` values: durations back from now and calendar days (pure)."""

from __future__ import annotations

import re
from datetime import date, datetime

from ekreader.core.query.errors import QueryError, quoted
from ekreader.core.query.nodes import Day, Duration

UNITS = {"m": 60, "h": 3600, "d": 86400, "w": 7 * 86400}
"""Duration units: minutes, hours, days, weeks."""
EXPECTED = "a duration (30m, 24h, 7d, 2w) or a date (2026-12-01)"
_DURATION = re.compile(r"([0-9]{1,12})([mhdw])", re.ASCII)
_DAY = re.compile(r"([0-9]{4})-([0-9]{2})-([0-9]{2})", re.ASCII)
_SMALLEST = -(2**62)
_LARGEST = 2**62
"""Moments are clamped into this range of Unix seconds (SQLite integers hold it)."""


def parse_when(value: str, column: int) -> Duration | Day:
    """A `since:`/`before:` value (starting at `column`) -> a Duration or a Day."""
    match = _DURATION.fullmatch(value)
    if match is not None:
        return Duration(int(match.group(1)) * UNITS[match.group(2)])
    match = _DAY.fullmatch(value)
    if match is not None:
        year, month, day = (int(part) for part in match.groups())
        try:
            return Day(date(year, month, day))
        except ValueError:
            raise QueryError(f"no such date {quoted(value)}", column, EXPECTED) from None
    raise QueryError(f"unknown time {quoted(value)}", column, EXPECTED)


def moment(when: Duration | Day, now: datetime) -> int:
    """Unix seconds of `when`: `now` less a duration, or a day's midnight in now's time
    zone (give `now` with the reader's zone, e.g. a ZoneInfo, for local days)."""
    if now.tzinfo is None:
        raise ValueError("now must be timezone-aware")
    if isinstance(when, Duration):
        seconds = int(now.timestamp()) - when.seconds
    else:
        start = datetime(when.day.year, when.day.month, when.day.day, tzinfo=now.tzinfo)
        try:
            seconds = int(start.timestamp())
        except (OverflowError, OSError, ValueError):  # year 1 or 9999 in an extreme zone
            seconds = _SMALLEST if when.day.year < 1970 else _LARGEST
    return min(max(seconds, _SMALLEST), _LARGEST)
