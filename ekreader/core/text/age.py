"""How long ago something happened, in a few cells ("5m", "3h", "2d"): headline lists
in the reader and in `ekreader headlines` say it the same way."""

from __future__ import annotations

from datetime import UTC, datetime, tzinfo

_UNITS = (
    ("m", 60, 3600),
    ("h", 3600, 86400),
    ("d", 86400, 604800),
    ("w", 604800, 8 * 604800),
)
"""(suffix, seconds in one unit, seconds from which the next unit is used)."""


def age(moment: datetime, now: datetime, tz: tzinfo | None = UTC) -> str:
    """A short relative age: "now", "5m", "3h", "2d", "7w", else the date (YYYY-MM-DD)
    in `tz` (None: the local time zone)."""
    seconds = (now - moment).total_seconds()
    if seconds < 60:
        return "now"
    for unit, size, next_size in _UNITS:
        if seconds < next_size:
            return f"{int(seconds // size)}{unit}"
    return moment.astimezone(tz).strftime("%Y-%m-%d")


__all__ = ["age"]
