"""A real HTTP server on 127.0.0.1 for tests: feeds, validators, redirects and misbehaviour.

    server = FeedServer().start()
    server.add("/feed.xml", RSS, etag='"v1"')
    server.redirect("/old", "/feed.xml", status=301)
    server.add("/slow", RSS, delay=0.5)
    server.add("/drip", drip=(b"<", 0.2))      # one byte every 0.2 s, forever
    server.add("/bomb", b"\\0" * 2_000_000, encoding="gzip")
    server.add("/reset", reset=True)
    server.add("/hang", hang=True)
    url = server.url("/feed.xml")
    server.requests_for("/feed.xml")[0].headers["User-Agent"]

A route answers GET, HEAD and POST alike (a POST's body is recorded in its Request).
Routes can be replaced while the server runs (add the same path again). Everything
binds to 127.0.0.1 only. Each connection is served by its own daemon thread, so hung
or dripping answers never hold up the others; `close()` wakes them all up.
"""

from __future__ import annotations

import gzip
import socket
import struct
import threading
import time
import zlib
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from email.utils import parsedate_to_datetime
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

HOST = "127.0.0.1"

RSS_TYPE = "application/rss+xml; charset=utf-8"


@dataclass(frozen=True)
class Request:
    """One request as the server saw it."""

    method: str
    path: str
    headers: Mapping[str, str]
    """Header names as sent; look up case-insensitively with `header()`."""
    time: float
    """time.monotonic() when the request line arrived."""
    body: bytes = b""
    """What a POST sent."""

    def header(self, name: str) -> str | None:
        """A request header, case-insensitively."""
        lowered = name.lower()
        for key, value in self.headers.items():
            if key.lower() == lowered:
                return value
        return None


@dataclass
class Route:
    """How the server answers one path."""

    body: bytes = b""
    status: int = 200
    content_type: str | None = RSS_TYPE
    headers: Mapping[str, str] = field(default_factory=dict)
    etag: str | None = None
    """Sent as ETag; a request whose If-None-Match holds it gets a 304."""
    last_modified: str | None = None
    """Sent as Last-Modified; a request whose If-Modified-Since is not older gets a 304."""
    location: str | None = None
    """For redirects: the Location header (absolute, or a path on this server)."""
    delay: float = 0.0
    """Seconds to wait before answering at all."""
    drip: tuple[bytes, float] | None = None
    """(chunk, interval): send the headers, then `chunk` every `interval` seconds until
    `body` is exhausted (when a body is given) or forever (when it is not)."""
    encoding: str | None = None
    """"gzip" or "deflate": compress `body` (unless `raw_encoded`) and say so."""
    raw_encoded: bool = False
    """`body` is already encoded: send it as it is with the Content-Encoding header."""
    send_length: bool = True
    """Send Content-Length (False: the body ends when the connection closes)."""
    length: int | None = None
    """Lie about Content-Length (e.g. announce more than is sent)."""
    reset: bool = False
    """Reset the connection (TCP RST) without answering."""
    close: bool = False
    """Close the connection cleanly without answering."""
    hang: bool = False
    """Read the request and never answer (until the server closes)."""
    handler: Callable[[Request], Route] | None = None
    """Decide per request: returns the Route to answer with."""


def _encode(body: bytes, encoding: str) -> bytes:
    if encoding in ("gzip", "x-gzip"):
        return gzip.compress(body, compresslevel=9, mtime=0)
    if encoding == "deflate":
        return zlib.compress(body, 9)
    if encoding == "raw-deflate":
        compressor = zlib.compressobj(9, zlib.DEFLATED, -zlib.MAX_WBITS)
        return compressor.compress(body) + compressor.flush()
    raise ValueError(f"unknown encoding {encoding!r}")


def _not_modified(route: Route, request: Request) -> bool:
    if route.status != 200:
        return False
    match = request.header("If-None-Match")
    if route.etag is not None and match is not None:
        tags = [t.strip() for t in match.split(",")]
        return route.etag in tags or "*" in tags
    since = request.header("If-Modified-Since")
    if route.last_modified is not None and since is not None:
        if since == route.last_modified:
            return True
        try:
            return parsedate_to_datetime(route.last_modified) <= parsedate_to_datetime(since)
        except (TypeError, ValueError):
            return False
    return False


class _Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    server: _Server

    def log_message(self, format: str, *args: object) -> None:
        pass  # keep test output quiet

    def do_GET(self) -> None:
        self._answer(send_body=True)

    def do_HEAD(self) -> None:
        self._answer(send_body=False)

    def do_POST(self) -> None:
        self._answer(send_body=True)

    def _answer(self, *, send_body: bool) -> None:
        owner = self.server.owner
        arrived = time.monotonic()
        body = b""
        if self.command == "POST":
            body = self.rfile.read(int(self.headers.get("Content-Length") or 0))
        request = Request(self.command, self.path, dict(self.headers.items()), arrived, body)
        owner._record(request)
        route = owner._route(self.path.split("?", 1)[0])
        if route is None:
            route = Route(b"not found", status=404, content_type="text/plain")
        if route.handler is not None:
            route = route.handler(request)
        if route.delay and owner._stopping.wait(route.delay):
            self.close_connection = True
            return
        if route.hang:
            owner._stopping.wait()
            self.close_connection = True
            return
        if route.reset:
            self.connection.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
            self.close_connection = True
            self.connection.close()
            return
        if route.close:
            self.close_connection = True
            self.connection.shutdown(socket.SHUT_RDWR)
            return
        try:
            self._send(route, request, send_body)
        except (BrokenPipeError, ConnectionResetError):
            self.close_connection = True

    def _send(self, route: Route, request: Request, send_body: bool) -> None:
        status = route.status
        body = route.body
        if _not_modified(route, request):
            status, body = 304, b""
        elif route.encoding and not route.raw_encoded:
            body = _encode(body, route.encoding)
        self.send_response(status)
        if route.content_type and status != 304:
            self.send_header("Content-Type", route.content_type)
        if route.encoding and status != 304:
            encoding = "deflate" if route.encoding == "raw-deflate" else route.encoding
            self.send_header("Content-Encoding", encoding)
        if route.etag is not None:
            self.send_header("ETag", route.etag)
        if route.last_modified is not None:
            self.send_header("Last-Modified", route.last_modified)
        if route.location is not None:
            location = route.location
            if location.startswith("/"):
                location = self.server.owner.url(location)
            self.send_header("Location", location)
        for name, value in route.headers.items():
            self.send_header(name, value)
        streaming = route.drip is not None
        if route.length is not None:
            self.send_header("Content-Length", str(route.length))
        elif route.send_length and not streaming and status != 304:
            self.send_header("Content-Length", str(len(body)))
        if streaming or not route.send_length or route.length is not None:
            self.send_header("Connection", "close")
            self.close_connection = True
        self.end_headers()
        if not send_body or status == 304:
            return
        if route.drip is not None:
            self._drip(route.drip, body)
            return
        self.wfile.write(body)

    def _drip(self, drip: tuple[bytes, float], body: bytes) -> None:
        chunk, interval = drip
        stopping = self.server.owner._stopping
        if body:
            pieces: Iterable[bytes] = (
                body[i : i + len(chunk)] for i in range(0, len(body), len(chunk))
            )
        else:
            pieces = iter(lambda: chunk, b"")  # forever
        for piece in pieces:
            self.wfile.write(piece)
            self.wfile.flush()
            if stopping.wait(interval):
                return


class _Server(ThreadingHTTPServer):
    daemon_threads = True
    allow_reuse_address = True
    request_queue_size = 128
    owner: FeedServer

    def process_request(self, request: Any, client_address: Any) -> None:
        with self.owner._lock:
            self.owner._open += 1
        super().process_request(request, client_address)

    def shutdown_request(self, request: Any) -> None:
        super().shutdown_request(request)
        with self.owner._lock:
            self.owner._open -= 1

    def handle_error(self, request: object, client_address: object) -> None:
        """A client that hangs up (a fetcher stopping at its size cap or timeout) is what
        many tests provoke: no traceback on stderr for it; anything else is printed."""
        import sys

        if isinstance(sys.exc_info()[1], ConnectionError):
            return
        super().handle_error(request, client_address)  # type: ignore[arg-type]


class FeedServer:
    """A threaded HTTP server on 127.0.0.1 (a free port), with routes set per test."""

    def __init__(self) -> None:
        self._routes: dict[str, Route] = {}
        self._requests: list[Request] = []
        self._lock = threading.Lock()
        self._open = 0
        self._stopping = threading.Event()
        self._httpd = _Server((HOST, 0), _Handler)
        self._httpd.owner = self
        self.port: int = self._httpd.server_address[1]
        self._thread = threading.Thread(
            target=self._httpd.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True
        )

    # -- life ------------------------------------------------------------------------------

    def start(self) -> FeedServer:
        """Start serving in a background thread."""
        self._thread.start()
        return self

    def close(self) -> None:
        """Stop serving and wake every hung or dripping answer."""
        self._stopping.set()
        self._httpd.shutdown()
        self._httpd.server_close()
        self._thread.join(timeout=5)

    def __enter__(self) -> FeedServer:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- routes ----------------------------------------------------------------------------

    @property
    def base_url(self) -> str:
        """http://127.0.0.1:PORT"""
        return f"http://{HOST}:{self.port}"

    def url(self, path: str = "/") -> str:
        """The absolute URL of `path` on this server."""
        return self.base_url + (path if path.startswith("/") else "/" + path)

    def add(
        self,
        path: str,
        body: bytes | str = b"",
        *,
        status: int = 200,
        content_type: str | None = RSS_TYPE,
        headers: Mapping[str, str] | None = None,
        **options: object,
    ) -> str:
        """Serve `path` (see Route for the options); returns its absolute URL."""
        data = body.encode("utf-8") if isinstance(body, str) else body
        route = Route(
            body=data,
            status=status,
            content_type=content_type,
            headers=dict(headers or {}),
            **options,  # type: ignore[arg-type]
        )
        with self._lock:
            self._routes[path] = route
        return self.url(path)

    def redirect(self, path: str, to: str, status: int = 301) -> str:
        """Answer `path` with a redirect to `to` (a path here or an absolute URL)."""
        return self.add(path, b"", status=status, content_type=None, location=to)

    def remove(self, path: str) -> None:
        """Forget a route (it answers 404 again)."""
        with self._lock:
            self._routes.pop(path, None)

    def _route(self, path: str) -> Route | None:
        with self._lock:
            return self._routes.get(path)

    # -- what was asked ------------------------------------------------------------------

    def _record(self, request: Request) -> None:
        with self._lock:
            self._requests.append(request)

    @property
    def requests(self) -> list[Request]:
        """Every request so far, in arrival order."""
        with self._lock:
            return list(self._requests)

    def requests_for(self, path: str) -> list[Request]:
        """The requests for one path (query strings ignored)."""
        return [r for r in self.requests if r.path.split("?", 1)[0] == path]

    @property
    def open_connections(self) -> int:
        """Client connections open now (kept alive, or in use)."""
        with self._lock:
            return self._open

    def clear_requests(self) -> None:
        """Forget the requests recorded so far."""
        with self._lock:
            self._requests.clear()


class Blackhole:
    """A 127.0.0.1 port that accepts TCP handshakes for nobody: its accept queue is
    full, so a new connection attempt gets no answer and runs into the connect timeout.

    Use as a context manager; `url(path)` gives an address on it."""

    def __init__(self) -> None:
        self._listener = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        self._listener.bind((HOST, 0))
        self._listener.listen(0)
        self.port: int = self._listener.getsockname()[1]
        self._fillers: list[socket.socket] = []
        for _ in range(4):  # fill the accept queue (backlog 0 still queues one or two)
            filler = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
            filler.setblocking(False)
            filler.connect_ex((HOST, self.port))
            self._fillers.append(filler)
        time.sleep(0.05)

    def url(self, path: str = "/") -> str:
        """An http URL on the blackholed port."""
        return f"http://{HOST}:{self.port}{path}"

    def close(self) -> None:
        """Release the sockets."""
        for sock in self._fillers:
            sock.close()
        self._listener.close()

    def __enter__(self) -> Blackhole:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()
