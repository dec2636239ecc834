"""When the reader's schedule fetches a feed again: its refresh interval, stretched to the
feed's <ttl>, and never before the time its server asked for (Retry-After on a 429 or
503, Cache-Control max-age). Pure: the times come in, a verdict goes out."""

from __future__ import annotations

import re
from collections.abc import Mapping
from datetime import UTC, datetime, timedelta
from email.utils import parsedate_to_datetime

from ekreader.models import Feed

MAX_SERVER_WAIT = timedelta(hours=24)
"""The longest wait a server can impose: a hostile or broken answer ("Retry-After: 1e9")
delays its feed a day at most."""

_MAX_AGE = re.compile(r"(?:^|[,\s])max-age\s*=\s*\"?(\d+)", re.I)
_NO_CACHE = re.compile(r"(?:^|[,\s])(?:no-cache|no-store)\b", re.I)


def server_wait(headers: Mapping[str, str], now: datetime) -> datetime | None:
    """The time before which the server asks not to be fetched again, from its answer's
    headers (lower-case names): Retry-After (seconds or an HTTP date) and Cache-Control
    max-age (less the Age already spent); the later of them, at most MAX_SERVER_WAIT from
    `now`. None when the server asks nothing."""
    waits = [w for w in (_retry_after(headers, now), _max_age(headers)) if w and w > timedelta()]
    if not waits:
        return None
    return now + min(max(waits), MAX_SERVER_WAIT)


def _retry_after(headers: Mapping[str, str], now: datetime) -> timedelta | None:
    value = headers.get("retry-after", "").strip()
    if not value:
        return None
    if value.isdigit():
        return timedelta(seconds=min(int(value), int(MAX_SERVER_WAIT.total_seconds())))
    try:
        when = parsedate_to_datetime(value)
    except (TypeError, ValueError, IndexError):
        return None
    if when.tzinfo is None:
        when = when.replace(tzinfo=UTC)
    return when - now


def _max_age(headers: Mapping[str, str]) -> timedelta | None:
    control = headers.get("cache-control", "")
    match = _MAX_AGE.search(control)
    if match is None or _NO_CACHE.search(control):
        return None
    age = headers.get("age", "").strip()
    spent = int(age) if age.isdigit() else 0
    return timedelta(seconds=min(int(match.group(1)), 10**7) - min(spent, 10**7))


def is_due(feed: Feed, interval: float, now: datetime) -> bool:
    """Whether the schedule fetches `feed` at `now`, with `interval` seconds between
    fetches (0 or less: the schedule never fetches it). A feed never fetched is due; else
    the interval, or its <ttl> when that is longer, must have passed since the last fetch,
    and the time its server allows must have come. The bundled demo feed and feeds that
    are gone (HTTP 410) are never due."""
    if interval <= 0 or feed.is_local or feed.gone:
        return False
    if feed.not_before is not None and now < feed.not_before:
        return False
    if feed.last_fetched is None:
        return True
    wait = max(interval, (feed.ttl or 0) * 60)
    return now >= feed.last_fetched + timedelta(seconds=wait)
