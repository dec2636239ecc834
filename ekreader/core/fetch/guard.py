"""Where an article page may be downloaded from: a feed from the internet must not make
ekreader request this machine or its private network (routers, admin pages, the cloud
metadata service at 169.254.169.254), by an address, a name, or a redirect.

The one seam is the resolver (host name -> addresses): tests answer with their own
addresses, so no test sends a packet anywhere but 127.0.0.1.
"""

from __future__ import annotations

import asyncio
import ipaddress
import socket
from collections.abc import Awaitable, Callable, Sequence
from dataclasses import dataclass
from urllib.parse import urlsplit

from ekreader.core.fetch.client import Hop, HopCheck

Resolver = Callable[[str], Awaitable[Sequence[str]]]
"""A host name -> the addresses it resolves to (empty when it does not resolve)."""

REFUSED = "refused: the link points into a local or private network"

_LOCAL_NAMES = (".localhost", ".local", ".internal")


def is_internal(url: str) -> bool:
    """Whether `url` names this machine or a private network by its address (loopback,
    private, link-local) or as localhost (or a .local/.internal name). Names that merely
    resolve to such addresses are found by `PageGuard`, which resolves them."""
    host = _host(url)
    if host is None:
        return False
    if host == "localhost" or host.endswith(_LOCAL_NAMES):
        return True
    return _is_private_address(host) is True


def _host(url: str) -> str | None:
    try:
        host = (urlsplit(url).hostname or "").rstrip(".").lower()
    except ValueError:
        return None
    return host or None


def _is_private_address(text: str) -> bool | None:
    """True/False for an IP address that is/is not on the internet; None for a name."""
    try:
        return not ipaddress.ip_address(text.split("%", 1)[0]).is_global
    except ValueError:
        return None


async def system_resolver(host: str, timeout: float = 5.0) -> Sequence[str]:
    """The addresses the system resolves `host` to; empty when it does not resolve in
    `timeout` seconds (the download then fails on its own, with its own message)."""
    loop = asyncio.get_running_loop()
    try:
        async with asyncio.timeout(timeout):
            infos = await loop.getaddrinfo(host, None, proto=socket.IPPROTO_TCP)
    except (OSError, TimeoutError, UnicodeError):
        return ()
    return [str(info[4][0]) for info in infos]


def _connect_address(addresses: Sequence[str]) -> str | None:
    """The address to connect to among those a name resolved to: the first IPv4 one (an
    IPv6 route is missing more often), else the first IPv6 one without a zone (a URL
    cannot carry "fe80::1%eth0"; such a name is then looked up again by httpx)."""
    usable = [a for a in addresses if "%" not in a]
    return next((a for a in usable if ":" not in a), usable[0] if usable else None)


@dataclass(frozen=True, slots=True)
class _Verdict:
    private: bool
    address: str | None = None
    """For a host name: the address checked, which the download connects to."""


class PageGuard:
    """Decides whether a page link (and each redirect hop from it) may be requested, for
    one refresh or one `F`; each host is resolved once, and a download connects to the
    address checked (a name resolved again could answer otherwise: DNS rebinding)."""

    def __init__(self, resolver: Resolver | None = None) -> None:
        self._resolve = resolver or system_resolver
        self._verdicts: dict[str, _Verdict] = {}

    async def _verdict(self, host: str) -> _Verdict:
        known = self._verdicts.get(host)
        if known is None:
            if host == "localhost" or host.endswith(_LOCAL_NAMES):
                known = _Verdict(private=True)
            elif _is_private_address(host) is not None:
                # An address is what it is (the resolver may still say otherwise: tests
                # treat 127.0.0.1 as public that way); it is connected to as written.
                addresses = await self._resolve(host) or (host,)
                known = _Verdict(any(_is_private_address(a) is not False for a in addresses))
            else:
                addresses = await self._resolve(host)
                private = any(_is_private_address(a) is not False for a in addresses)
                known = _Verdict(private, _connect_address(addresses))
            self._verdicts[host] = known
        return known

    async def is_private(self, url: str) -> bool:
        """Whether `url`'s host is this machine or a private network: by name, by
        address, or because its name resolves to such an address (any of them)."""
        host = _host(url)
        return host is not None and (await self._verdict(host)).private

    async def refusal(self, url: str, feed_url: str) -> str | None:
        """Why `url`, linked from the feed at `feed_url`, must not be requested, or None.
        An intranet feed may link to its intranet; a feed from the internet may not."""
        if not await self.is_private(url):
            return None
        if await self.is_private(feed_url):
            return None
        return REFUSED

    async def hop(self, url: str, feed_url: str) -> Hop:
        """The guard's answer for one request of a page of the feed at `feed_url`."""
        refused = await self.refusal(url, feed_url)
        if refused:
            return Hop(refused=refused)
        host = _host(url)
        return Hop(address=None if host is None else (await self._verdict(host)).address)

    def for_feed(self, feed_url: str) -> HopCheck:
        """The check of each request (every redirect hop) of a page of this feed."""

        async def check(url: str) -> Hop:
            return await self.hop(url, feed_url)

        return check
