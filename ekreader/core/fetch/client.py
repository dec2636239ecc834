"""HTTP for feeds and pages (httpx): bounded concurrency, timeouts, size caps, conditional GET.

Every limit holds against a hostile server: the total timeout covers a slow drip, the
size cap is enforced while streaming and again after decompression (which we do
ourselves, with a bounded output), and each redirect hop is checked (http/https only, and by the caller's guard: see guard.py).
"""

from __future__ import annotations

import asyncio
import zlib
from collections.abc import Awaitable, Callable, Mapping
from dataclasses import dataclass, field
from types import TracebackType
from typing import TYPE_CHECKING, Any
from urllib.parse import urljoin, urlsplit

from ekreader import __version__
from ekreader.config import FetchConfig
from ekreader.core.fetch.pools import OriginPools
from ekreader.core.text.sanitize import clean_line

if TYPE_CHECKING:
    import httpx

USER_AGENT = f"ekreader/{__version__} (terminal news reader)"
FEED_ACCEPT = (
    "application/rss+xml, application/atom+xml, application/feed+json, application/rdf+xml,"
    " application/xml;q=0.9, text/xml;q=0.9, application/json;q=0.8, */*;q=0.5"
)
PAGE_ACCEPT = "text/html, application/xhtml+xml;q=0.9, */*;q=0.5"
_PERMANENT = {301, 308}
_REDIRECT = {301, 302, 303, 307, 308}


class FetchError(Exception):
    """A request failed; the message is one line, fit for a user."""


@dataclass(frozen=True, slots=True)
class Response:
    """The outcome of one GET (after redirects)."""

    url: str
    """The URL asked for."""
    status: int | None = None
    body: bytes = b""
    headers: Mapping[str, str] = field(default_factory=dict)
    final_url: str = ""
    permanent_url: str | None = None
    """Where every redirect of the chain was permanent (301/308): the new address to store."""
    error: str | None = None

    @property
    def ok(self) -> bool:
        """A 2xx answer with its body."""
        return self.error is None and self.status is not None and 200 <= self.status < 300

    @property
    def not_modified(self) -> bool:
        """A 304: the cached copy is current."""
        return self.status == 304

    @property
    def gone(self) -> bool:
        """A 410: the resource was removed for good."""
        return self.status == 410


def origin(url: str) -> tuple[str, str, int | None]:
    """(scheme, host, port): the unit of the per-host limit."""
    parts = urlsplit(url)
    return parts.scheme, (parts.hostname or ""), parts.port


def check_url(url: str) -> str:
    """Return `url`, its scheme in lower case, when it is http(s) with a host; raise
    FetchError otherwise. ("HTTP://..." would be stored as is and taken for a local feed.)"""
    try:
        parts = urlsplit(url)
        parts.port  # noqa: B018 - raises ValueError on a bad port
    except ValueError:
        raise FetchError(f"not a valid URL: {clean_line(url)!r}") from None
    if parts.scheme not in ("http", "https"):
        raise FetchError(f"only http and https URLs are fetched, not {clean_line(url)!r}")
    if not parts.hostname:
        raise FetchError(f"URL has no host: {clean_line(url)!r}")
    return lower_scheme(url)


def lower_scheme(url: str) -> str:
    """`url` with its scheme in lower case ("HTTP://x/" -> "http://x/"), else unchanged."""
    scheme, colon, rest = url.partition(":")
    return scheme.lower() + colon + rest if colon else url


@dataclass(frozen=True, slots=True)
class Hop:
    """A guard's answer for one request of a download (see guard.py)."""

    refused: str | None = None
    """Why the request must not be made."""
    address: str | None = None
    """The address to connect to for the URL's host name, as the guard checked it (the
    name is not resolved again; TLS still checks the certificate for the name)."""


HopCheck = Callable[[str], Awaitable[Hop]]
"""Asked before each request of a download, redirect hops included."""


def open_files_limit() -> int | None:
    """The process's limit on open files (its soft RLIMIT_NOFILE), None when unknown."""
    try:
        import resource

        soft = resource.getrlimit(resource.RLIMIT_NOFILE)[0]
    except (ImportError, OSError, ValueError):  # no resource module (Windows)
        return None
    return None if soft == resource.RLIM_INFINITY else int(soft)


def socket_budget(limit: int | None) -> int:
    """Most requests at once within an open-files `limit`: the connection pools may hold
    twice as many sockets, kept in a quarter of the limit (the rest is for the cache, the
    workers' pipes, the reader); 1 024 files allow the default 128, macOS's default of 256
    allows 32."""
    return 1 << 30 if limit is None else max(4, limit // 8)


class Fetcher:
    """One HTTP client with global and per-host limits. Use as `async with Fetcher(...)`.

    A request waits for its host's slot before it takes one of the global slots, so
    many feeds on one slow host never hold up the feeds of other hosts."""

    def __init__(self, settings: FetchConfig, *, per_host: int | None = None) -> None:
        self.settings = settings
        self._per_host_limit = per_host or settings.per_host
        self._concurrency = min(settings.concurrency, socket_budget(open_files_limit()))
        self._slots = asyncio.Semaphore(self._concurrency)
        self._hosts: dict[tuple[str, str, int | None], asyncio.Semaphore] = {}
        self._pools: OriginPools | None = None

    async def __aenter__(self) -> Fetcher:
        import httpx

        s = self.settings
        timeout = httpx.Timeout(s.timeout, connect=s.connect_timeout)
        limits = httpx.Limits(
            max_connections=self._per_host_limit, max_keepalive_connections=self._per_host_limit
        )
        headers = {"User-Agent": USER_AGENT, "Accept-Encoding": "gzip, deflate"}
        tls = httpx.create_ssl_context()  # made once: loading the CA bundle takes 20 ms

        def make() -> httpx.AsyncClient:
            return httpx.AsyncClient(
                follow_redirects=False, verify=tls, timeout=timeout, limits=limits, headers=headers
            )

        self._pools = OriginPools(make, max_connections=self._concurrency * 2)
        return self

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        if self._pools is not None:
            await self._pools.aclose()
            self._pools = None

    def _host_slot(self, url: str) -> asyncio.Semaphore:
        key = origin(url)
        slot = self._hosts.get(key)
        if slot is None:
            slot = self._hosts[key] = asyncio.Semaphore(self._per_host_limit)
        return slot

    async def get(
        self,
        url: str,
        *,
        etag: str | None = None,
        last_modified: str | None = None,
        max_bytes: int | None = None,
        accept: str = FEED_ACCEPT,
        guard: HopCheck | None = None,
    ) -> Response:
        """GET `url` following redirects. Never raises for network trouble: see `error`.
        `guard` is asked before each request, redirect hops included: a reason it gives
        ends the download with that reason as the error."""
        limit = max_bytes or self.settings.max_feed_bytes
        headers = {"Accept": accept}
        if etag and _sendable(etag):
            headers["If-None-Match"] = etag
        if last_modified and _sendable(last_modified):
            headers["If-Modified-Since"] = last_modified
        try:
            async with asyncio.timeout(None) as deadline:
                return await self._follow(url, headers, limit, deadline, guard)
        except TimeoutError:
            return Response(url, error=f"timed out after {self.settings.timeout:g} s")
        except FetchError as exc:
            return Response(url, error=str(exc))

    async def _follow(
        self,
        url: str,
        headers: dict[str, str],
        limit: int,
        deadline: asyncio.Timeout,
        guard: HopCheck | None,
    ) -> Response:
        """The request and its redirects. The clock starts once the first hop has its
        slots, so waiting in the queue behind other feeds never counts against a feed."""
        import httpx

        assert self._pools is not None, "use Fetcher as an async context manager"
        current = url
        permanent = True
        for _ in range(self.settings.max_redirects + 1):
            current = check_url(current)
            hop = await guard(current) if guard is not None else Hop()
            if hop.refused:
                raise FetchError(hop.refused)
            request_url, hop_headers, extensions = _pinned(current, hop.address, headers)
            async with (
                self._host_slot(current),
                self._slots,
                self._pools.client(origin(current)) as client,
            ):
                if deadline.when() is None:
                    deadline.reschedule(asyncio.get_running_loop().time() + self.settings.timeout)
                try:
                    async with client.stream(
                        "GET", request_url, headers=hop_headers, extensions=extensions
                    ) as response:
                        status = response.status_code
                        if status in _REDIRECT and "location" in response.headers:
                            target = urljoin(current, response.headers["location"].strip())
                            permanent = permanent and status in _PERMANENT
                            current = target
                            continue
                        body = b""
                        if 200 <= status < 300:
                            body = await _read_capped(response, limit)
                        resp_headers = {
                            k.lower(): v
                            for k, v in response.headers.items()
                            if k.lower() not in _VALIDATORS or _sendable(v)
                        }
                except httpx.TimeoutException as exc:
                    raise FetchError(_timeout_message(exc, self.settings)) from None
                except (httpx.HTTPError, httpx.InvalidURL, UnicodeError) as exc:
                    # InvalidURL is no HTTPError; a bad IDNA host name raises UnicodeError.
                    raise FetchError(_network_message(exc)) from None
            error = None
            if not (200 <= status < 300 or status == 304):
                error = f"HTTP {status} {_reason(status)}".strip()
            return Response(
                url=url,
                status=status,
                body=body,
                headers=resp_headers,
                final_url=current,
                permanent_url=current if permanent and current != url else None,
                error=error,
            )
        raise FetchError(f"more than {self.settings.max_redirects} redirects")


def _pinned(
    url: str, address: str | None, headers: dict[str, str]
) -> tuple[httpx.URL | str, dict[str, str], dict[str, Any]]:
    """The request for `url` connecting to `address` (when the guard gave one): the URL
    with the address for its host, the name in the Host header and for TLS (SNI and the
    certificate check)."""
    if address is None:
        return url, headers, {}
    import httpx

    named = httpx.URL(url)
    return (
        named.copy_with(host=address),
        {**headers, "Host": named.netloc.decode("ascii")},
        {"sni_hostname": named.raw_host.decode("ascii")},
    )


async def _read_capped(response: httpx.Response, limit: int) -> bytes:
    """Read the body, decompressing with a bounded output; FetchError past `limit` bytes."""
    length = response.headers.get("content-length", "")
    if length.isdigit() and int(length) > limit:
        raise FetchError(f"too large: {int(length):,} bytes (limit {limit:,})")
    encoding = response.headers.get("content-encoding", "identity").strip().lower()
    decoder = _Decoder(encoding, limit)
    raw = 0
    async for chunk in response.aiter_raw():
        raw += len(chunk)
        if raw > limit:
            raise FetchError(f"too large: more than {limit:,} bytes (limit {limit:,})")
        decoder.feed(chunk)
    return decoder.finish()


class _Decoder:
    """gzip/deflate decoding that never produces more than `limit` bytes."""

    def __init__(self, encoding: str, limit: int) -> None:
        if encoding not in ("identity", "", "gzip", "x-gzip", "deflate"):
            raise FetchError(f"unsupported content encoding {clean_line(encoding)!r}")
        self.encoding = encoding
        self.limit = limit
        self.parts: list[bytes] = []
        self.size = 0
        self._zlib: zlib._Decompress | None = None
        if encoding in ("gzip", "x-gzip"):
            self._zlib = zlib.decompressobj(16 + zlib.MAX_WBITS)
        self._head = b""
        """deflate: the first bytes, until there are two to tell zlib from raw deflate."""

    def _add(self, data: bytes) -> None:
        self.size += len(data)
        if self.size > self.limit:
            raise FetchError(
                f"too large after decompression: more than {self.limit:,} bytes"
                f" (limit {self.limit:,})"
            )
        self.parts.append(data)

    def feed(self, chunk: bytes) -> None:
        if self.encoding in ("identity", ""):
            self._add(chunk)
            return
        if self._zlib is None:  # deflate: zlib-wrapped as the RFC says, or raw as IIS sends
            chunk = self._head + chunk
            if len(chunk) < 2:  # a server may send the first byte alone
                self._head = chunk
                return
            self._head = b""
            wrapped = (chunk[0] & 0x0F) == 8 and (chunk[0] << 8 | chunk[1]) % 31 == 0
            self._zlib = zlib.decompressobj(zlib.MAX_WBITS if wrapped else -zlib.MAX_WBITS)
        data = chunk
        try:
            while data:
                out = self._zlib.decompress(data, self.limit - self.size + 1)
                self._add(out)
                data = self._zlib.unconsumed_tail
                if self._zlib.eof:
                    rest = self._zlib.unused_data
                    if rest and self.encoding != "deflate":  # another gzip member
                        self._zlib = zlib.decompressobj(16 + zlib.MAX_WBITS)
                        data = rest + data
                    else:
                        break
        except zlib.error as exc:
            raise FetchError(f"broken {self.encoding} data: {exc}") from None

    def finish(self) -> bytes:
        if self._head:
            raise FetchError(f"broken {self.encoding} data: one byte")
        if self._zlib is not None and not self._zlib.eof:
            try:
                self._add(self._zlib.flush())
            except zlib.error as exc:
                raise FetchError(f"broken {self.encoding} data: {exc}") from None
        if len(self.parts) == 1:
            return self.parts.pop()  # no copy: a page of megabytes is held once
        body = b"".join(self.parts)
        self.parts.clear()
        return body


_VALIDATORS = frozenset({"etag", "last-modified"})


def _sendable(value: str) -> bool:
    """Whether a validator can go back in a request header: a server's ETag with a
    non-ASCII byte, once stored, failed every later fetch of its feed ("'ascii' codec
    can't encode"); control characters have no business in the cache either."""
    return len(value) <= 1024 and value.isascii() and value.isprintable()


def _reason(status: int) -> str:
    from http import HTTPStatus

    try:
        return HTTPStatus(status).phrase
    except ValueError:
        return ""


def _timeout_message(exc: Exception, settings: FetchConfig) -> str:
    import httpx

    if isinstance(exc, httpx.ConnectTimeout):
        return f"could not connect within {settings.connect_timeout:g} s"
    if isinstance(exc, httpx.PoolTimeout):
        return "no free connection (pool timeout)"
    return "the server stopped answering (read timeout)"


def _network_message(exc: Exception) -> str:
    import httpx

    detail = clean_line(str(exc)) or type(exc).__name__
    if isinstance(exc, httpx.ConnectError):
        return f"cannot connect: {detail}"
    if isinstance(exc, httpx.RemoteProtocolError):
        return f"connection broken: {detail}"
    if isinstance(exc, httpx.ReadError):
        return f"connection reset while reading: {detail}"
    if isinstance(exc, (httpx.UnsupportedProtocol, httpx.InvalidURL, UnicodeError)):
        return f"bad URL: {detail}"
    return f"network error: {detail}"
