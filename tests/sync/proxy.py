"""A real HTTP proxy on 127.0.0.1 in front of the sync server, for tests: it forwards
every request and answer as they are, counts them, and can hold requests for a path at
a gate (to stop a sync at a known point and kill it there).

    with GateProxy(freshrss.base_url) as proxy:
        proxy.hold("/stream/items/contents", after=1)   # the first passes, later ones wait
        ...                                            # point [sync] url at proxy.url(...)
        proxy.release()
"""

from __future__ import annotations

import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import httpx

HOST = "127.0.0.1"


class _Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    server: _Server

    def log_message(self, format: str, *args: object) -> None:
        pass

    def do_GET(self) -> None:
        self._forward()

    def do_POST(self) -> None:
        self._forward()

    def _forward(self) -> None:
        proxy = self.server.owner
        body = b""
        if self.command == "POST":
            body = self.rfile.read(int(self.headers.get("Content-Length") or 0))
        proxy._arrived(self.path)
        headers = {
            k: v for k, v in self.headers.items() if k.lower() not in ("host", "content-length")
        }
        try:
            answer = httpx.request(
                self.command, proxy.target + self.path, headers=headers, content=body, timeout=60
            )
        except httpx.HTTPError:
            self.send_error(502)
            return
        payload = answer.content
        self.send_response(answer.status_code)
        for name, value in answer.headers.items():
            if name.lower() not in ("content-length", "transfer-encoding", "content-encoding"):
                self.send_header(name, value)
        self.send_header("Content-Length", str(len(payload)))
        self.end_headers()
        self.wfile.write(payload)


class _Server(ThreadingHTTPServer):
    daemon_threads = True
    owner: GateProxy


class GateProxy:
    """Forwards 127.0.0.1:port/... to `target`/... ."""

    def __init__(self, target: str) -> None:
        self.target = target.rstrip("/")
        self.paths: list[str] = []
        self._lock = threading.Lock()
        self._gate_path: str | None = None
        self._gate_after = 0
        self._gate = threading.Event()
        self._gate.set()
        self.held = threading.Event()
        """Set once a request waits at the gate."""
        self._httpd = _Server((HOST, 0), _Handler)
        self._httpd.owner = self
        self.port = int(self._httpd.server_address[1])
        self._thread = threading.Thread(target=self._httpd.serve_forever, daemon=True)

    def url(self, path: str = "") -> str:
        """The proxy's address for `path`."""
        return f"http://{HOST}:{self.port}{path}"

    def hold(self, path_part: str, *, after: int = 0) -> None:
        """Let `after` requests whose path holds `path_part` through; hold the rest."""
        with self._lock:
            self._gate_path, self._gate_after = path_part, after
            self._gate.clear()

    def release(self) -> None:
        """Open the gate: held and later requests go through."""
        self._gate.set()

    def _arrived(self, path: str) -> None:
        with self._lock:
            self.paths.append(path)
            gated = self._gate_path is not None and self._gate_path in path
            if gated and self._gate_after > 0:
                self._gate_after -= 1
                return
        if gated and not self._gate.is_set():
            self.held.set()
            self._gate.wait(120)

    def __enter__(self) -> GateProxy:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._gate.set()
        self._httpd.shutdown()
        self._httpd.server_close()
        self._thread.join(timeout=5)
