"""Connection pools, one per origin, within a bound on the connections they keep open.

One httpx client for every host put all connections in one httpcore pool, which scans
all of them (and for each idle one, all of them again) whenever a request starts or
ends: with the 64 connections of a refresh of 200 feeds from 20 origins, a million
checks and about a second of the event loop's CPU (bench/profile_refresh.py). A pool per
origin scans only that origin's few. The pools of origins with nothing in flight are
closed, least recently used first, once the connections they may hold (each at most as
many as it ever had in flight) pass the bound.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Callable, Hashable
from contextlib import asynccontextmanager
from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import httpx


@dataclass(slots=True)
class _Pool:
    client: httpx.AsyncClient
    busy: int = 0
    """Requests in flight."""
    peak: int = 0
    """The most requests ever in flight at once: at most this many connections open."""


class OriginPools:
    """Clients made by `make`, one per origin key, holding at most about
    `max_connections` connections beyond those in use."""

    def __init__(self, make: Callable[[], httpx.AsyncClient], max_connections: int) -> None:
        self._make = make
        self._max = max(1, max_connections)
        self._pools: dict[Hashable, _Pool] = {}  # least recently used first
        self._held = 0  # the pools' peaks, summed

    @asynccontextmanager
    async def client(self, key: Hashable) -> AsyncIterator[httpx.AsyncClient]:
        """The client of `key`'s origin, for one request (its response read inside)."""
        pool = self._pools.pop(key, None) or _Pool(self._make())
        self._pools[key] = pool
        pool.busy += 1
        if pool.busy > pool.peak:
            self._held += pool.busy - pool.peak
            pool.peak = pool.busy
        try:
            await self._trim()
            yield pool.client
        finally:
            pool.busy -= 1

    async def _trim(self) -> None:
        """Close idle origins' pools, least recently used first, while over the bound."""
        while self._held > self._max:
            idle = next((k for k, p in self._pools.items() if p.busy == 0), None)
            if idle is None:
                return
            pool = self._pools.pop(idle)
            self._held -= pool.peak
            await pool.client.aclose()

    async def aclose(self) -> None:
        """Close every pool."""
        pools, self._pools, self._held = list(self._pools.values()), {}, 0
        for pool in pools:
            await pool.client.aclose()


__all__ = ["OriginPools"]
