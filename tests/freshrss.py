"""A real FreshRSS for tests and benches: unpacked from ../shared/servers, run on PHP's
built-in web server with SQLite, on a free 127.0.0.1 port.

    server = FreshRSS.from_shared(tmp_dir)      # None when ../shared or php is absent
    server.start()
    user = server.create_user()                 # a fresh account (its own SQLite file)
    user.quickadd(feed_server.url("/feed.xml")) # FreshRSS fetches the feed at once
    user.item_ids("user/-/state/com.google/read")
    server.stop()

FreshRSS fetches from 127.0.0.1 without any flag (1.25 has no private-address guard).
To keep every request it makes on this machine, its curl goes through a "proxy" on a
127.0.0.1 port that refuses connections, with 127.0.0.1 and localhost exempt: a feed,
favicon or WebSub address anywhere else fails at once instead of leaving the machine.

`FreshUser` talks to the server with plain httpx, not with ekreader's client: a test that
sets the server's state through it checks ekreader's client independently.
"""

from __future__ import annotations

import contextlib
import itertools
import os
import shutil
import socket
import sqlite3
import subprocess
import tarfile
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from email.utils import format_datetime
from pathlib import Path
from typing import Any

import httpx

from tests.helpers import hermetic_environ

HOST = "127.0.0.1"
REPO = Path(__file__).resolve().parents[1]
SHARED_SERVERS = REPO.parent / "shared" / "servers"
"""Where the FreshRSS tarball lives (../shared/servers beside the repository)."""

WEB_PASSWORD = "web-pass-1234"
API_PASSWORD = "api-pass-5678"

READ = "user/-/state/com.google/read"
STARRED = "user/-/state/com.google/starred"
READING_LIST = "user/-/state/com.google/reading-list"

EMPTY_OPML = (
    '<?xml version="1.0" encoding="UTF-8"?>\n'
    '<opml version="2.0"><head><title>none</title></head><body></body></opml>\n'
)
"""New accounts start with no subscriptions (FreshRSS's default one is on github.com)."""

CONFIGURE = r"""
$path = $argv[1];
$c = include $path;
$c['curl_options'] = [
    CURLOPT_PROXY => 'http://127.0.0.1:' . $argv[2],
    CURLOPT_NOPROXY => '127.0.0.1,localhost',
];
$limits = $c['limits'] ?? [];
$limits['cache_duration'] = 0;
$limits['cache_duration_min'] = 0;
$c['limits'] = $limits;
file_put_contents($path, "<?php\nreturn " . var_export($c, true) . ";\n");
"""
"""Edits data/config.php: curl only reaches 127.0.0.1; no cached feed bodies."""


def tarball() -> Path | None:
    """The FreshRSS tarball in ../shared/servers, or None."""
    found = sorted(SHARED_SERVERS.glob("freshrss-*.tar.gz"))
    return found[-1] if found else None


def php() -> str | None:
    """The php command, or None."""
    return shutil.which("php")


def free_port() -> int:
    """A TCP port on 127.0.0.1 that nothing listens on right now."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind((HOST, 0))
        return int(sock.getsockname()[1])


class FreshRSSError(RuntimeError):
    """Installing or starting FreshRSS failed (the message holds PHP's output)."""


@dataclass
class FreshRSS:
    """One FreshRSS installation in `root` (root/freshrss), served while started."""

    root: Path
    source: Path
    php: str
    port: int = field(default_factory=free_port)
    process: subprocess.Popen[bytes] | None = None
    _dead_proxy: socket.socket | None = None
    _users: Iterator[int] = field(default_factory=lambda: itertools.count(1))

    @classmethod
    def from_shared(cls, root: Path) -> FreshRSS | None:
        """A FreshRSS to install under `root`, or None when ../shared or php is absent."""
        source, command = tarball(), php()
        if source is None or command is None:
            return None
        return cls(root, source, command)

    @property
    def home(self) -> Path:
        """The unpacked FreshRSS."""
        return self.root / "freshrss"

    @property
    def base_url(self) -> str:
        """http://127.0.0.1:PORT"""
        return f"http://{HOST}:{self.port}"

    @property
    def api_url(self) -> str:
        """The Google Reader API's address, as ekreader's [sync] url takes it."""
        return f"{self.base_url}/api/greader.php"

    # -- installing ---------------------------------------------------------------------

    def _php(self, *args: str) -> str:
        result = subprocess.run(
            [self.php, *args],
            cwd=self.home,
            env=hermetic_environ(),
            capture_output=True,
            text=True,
            timeout=120,
            check=False,
        )
        if result.returncode != 0:
            raise FreshRSSError(
                f"php {' '.join(args)} failed ({result.returncode}): {result.stdout}{result.stderr}"
            )
        return result.stdout + result.stderr

    def install(self) -> FreshRSS:
        """Unpack, prepare and install (SQLite, API enabled, base URL on our port); an
        installation already in `root` (a bench's kept one) is only configured again."""
        if not (self.home / "data" / "config.php").exists():
            self.root.mkdir(parents=True, exist_ok=True)
            with tarfile.open(self.source) as archive:
                archive.extractall(self.root, filter="data")
            self._php("cli/prepare.php")
            self._php(
                "cli/do-install.php",
                "--default-user",
                "admin",
                "--base-url",
                self.base_url,
                "--api-enabled",
                "--db-type",
                "sqlite",
            )
        # A port that refuses connections, kept bound for as long as we live.
        self._dead_proxy = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        self._dead_proxy.bind((HOST, 0))
        dead_port = str(self._dead_proxy.getsockname()[1])
        self._php("-r", CONFIGURE, str(self.home / "data" / "config.php"), dead_port)
        (self.home / "data" / "opml.xml").write_text(EMPTY_OPML, encoding="utf-8")
        return self

    # -- running ------------------------------------------------------------------------

    def start(self, timeout: float = 20.0) -> FreshRSS:
        """Serve on 127.0.0.1:port until stop(); returns when it answers."""
        if self.process is not None:
            return self
        log = (self.root / "php-server.log").open("ab")
        self.process = subprocess.Popen(
            [self.php, "-S", f"{HOST}:{self.port}", "-t", "p/"],
            cwd=self.home,
            env=hermetic_environ(),
            stdin=subprocess.DEVNULL,
            stdout=log,
            stderr=subprocess.STDOUT,
        )
        log.close()
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                self.process = None
                raise FreshRSSError(f"php -S exited: {self.log_tail()}")
            with contextlib.suppress(httpx.HTTPError):
                if httpx.get(self.api_url, timeout=2).status_code == 200:
                    return self
            time.sleep(0.05)
        self.stop()
        raise FreshRSSError(f"FreshRSS did not answer on {self.base_url}: {self.log_tail()}")

    def stop(self) -> None:
        """Stop serving (the installation stays, and start() serves it again)."""
        if self.process is None:
            return
        self.process.terminate()
        try:
            self.process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait(timeout=10)
        self.process = None

    def close(self) -> None:
        """Stop serving and release the dead proxy's port."""
        self.stop()
        if self._dead_proxy is not None:
            self._dead_proxy.close()
            self._dead_proxy = None

    @contextlib.contextmanager
    def stopped(self) -> Iterator[None]:
        """The server down for the duration of the block, up again after it."""
        self.stop()
        try:
            yield
        finally:
            self.start()

    def log_tail(self, chars: int = 2000) -> str:
        """The end of PHP's server log."""
        path = self.root / "php-server.log"
        return path.read_text("utf-8", "replace")[-chars:] if path.exists() else ""

    # -- accounts -----------------------------------------------------------------------

    def create_user(self, name: str | None = None, api_password: str = API_PASSWORD) -> FreshUser:
        """A new account with no subscriptions; its feeds are refreshed on every actualize."""
        name = name or f"user{next(self._users)}"
        self._php(
            "cli/create-user.php",
            "--user",
            name,
            "--password",
            WEB_PASSWORD,
            "--api-password",
            api_password,
            "--feed-ttl-default",
            "1",
        )
        return FreshUser(self, name, api_password)

    def actualize(self, user: str) -> str:
        """Fetch every feed of `user` again now (FreshRSS skips feeds fetched within their
        TTL, so their last update is set back first)."""
        database = self.home / "data" / "users" / user / "db.sqlite"
        with contextlib.closing(sqlite3.connect(database)) as db, db:
            db.execute("UPDATE feed SET lastUpdate = 0")
        # SimplePie's copies of the feeds: one written within the same second as the
        # feed changed can be taken as current, and the new items never arrive.
        for cached in (self.home / "data" / "cache").glob("*.spc"):
            cached.unlink(missing_ok=True)
        try:
            return self._php("cli/actualize-user.php", "--user", user)
        except FreshRSSError as exc:  # it exits 1 when no feed brought anything new
            if "actualized" in str(exc):
                return str(exc)
            raise


@dataclass
class FreshUser:
    """One FreshRSS account, driven through the Google Reader API with plain httpx."""

    server: FreshRSS
    name: str
    api_password: str
    _auth: str | None = None

    def _headers(self) -> dict[str, str]:
        if self._auth is None:
            answer = httpx.post(
                f"{self.server.api_url}/accounts/ClientLogin",
                data={"Email": self.name, "Passwd": self.api_password},
                timeout=10,
            )
            answer.raise_for_status()
            self._auth = next(
                line[5:] for line in answer.text.splitlines() if line.startswith("Auth=")
            )
        return {"Authorization": f"GoogleLogin auth={self._auth}"}

    def get(self, path: str, **params: Any) -> Any:
        """GET reader/api/0/PATH?output=json&... as JSON."""
        answer = httpx.get(
            f"{self.server.api_url}/reader/api/0/{path}",
            params={"output": "json", **params},
            headers=self._headers(),
            timeout=30,
        )
        answer.raise_for_status()
        return answer.json()

    def post(self, path: str, data: dict[str, Any] | list[tuple[str, str]]) -> str:
        """POST reader/api/0/PATH with the action token; the answer's text."""
        headers = self._headers()
        token = httpx.get(
            f"{self.server.api_url}/reader/api/0/token", headers=headers, timeout=10
        ).text.strip()
        fields: dict[str, list[str]] = {"T": [token]}
        for name, value in data.items() if isinstance(data, dict) else data:
            fields.setdefault(name, []).append(value)
        answer = httpx.post(
            f"{self.server.api_url}/reader/api/0/{path}",
            data=fields,
            headers=headers,
            timeout=60,
        )
        answer.raise_for_status()
        return answer.text

    def quickadd(self, feed_url: str) -> str:
        """Subscribe on the server (it fetches the feed at once); the stream id."""
        answer = httpx.post(
            f"{self.server.api_url}/reader/api/0/subscription/quickadd",
            params={"output": "json"},
            data={"quickadd": feed_url},
            headers=self._headers(),
            timeout=60,
        )
        answer.raise_for_status()
        found = answer.json()
        if not found.get("numResults"):
            raise FreshRSSError(f"quickadd {feed_url}: {found}")
        return str(found["streamId"])

    def subscriptions(self) -> list[dict[str, Any]]:
        """subscription/list as FreshRSS gives it."""
        return list(self.get("subscription/list")["subscriptions"])

    def items(self, stream: str = READING_LIST, n: int = 1000) -> list[dict[str, Any]]:
        """The newest `n` items of a stream, with their contents."""
        return list(self.get(f"stream/contents/{stream}", n=n)["items"])

    def item_ids(self, stream: str = READING_LIST, n: int = 100_000) -> set[int]:
        """The ids (decimal) of the items in a stream: READ, STARRED or the reading list."""
        if stream == READ:
            refs = self.get("stream/items/ids", s=READING_LIST, it=READ, n=n)
        else:
            refs = self.get("stream/items/ids", s=stream, n=n)
        return {int(ref["id"]) for ref in refs.get("itemRefs", [])}

    def edit_tag(self, ids: list[int], add: str = "", remove: str = "") -> None:
        """Add or remove a state (READ, STARRED) on items, by decimal id."""
        fields = [("i", str(i)) for i in ids]
        if add:
            fields.append(("a", add))
        if remove:
            fields.append(("r", remove))
        assert self.post("edit-tag", fields).strip() == "OK"


def has_freshrss() -> bool:
    """Whether FreshRSS can run here (the tarball and php are present)."""
    return tarball() is not None and php() is not None and os.name == "posix"


EPOCH = datetime(2024, 1, 1, tzinfo=UTC)
"""The invented items are dated a minute apart from here."""

TOPICS = (
    "Harbour reopens after the storm",
    "City council votes on the tram line",
    "Orchard growers report an early bloom",
    "Library extends its opening hours",
    "Ferry timetable changes for the winter",
    "Local choir wins the regional prize",
    "Bridge repairs finish ahead of schedule",
    "Museum opens a hall of old maps",
)
"""Invented headlines for the test feeds."""


def invented_feed(base: str, name: str, count: int, *, first: int = 1, body_words: int = 40) -> str:
    """An RSS document of `count` invented items numbered from `first` (newest last),
    whose links point at `base` (a 127.0.0.1 server)."""
    items = []
    for number in range(first, first + count):
        topic = TOPICS[number % len(TOPICS)]
        words = " ".join(f"word{(number * 7 + k) % 97}" for k in range(body_words))
        date = format_datetime(EPOCH + timedelta(minutes=number), usegmt=True)
        items.append(
            f"<item><title>{name} {number}: {topic}</title>"
            f"<link>{base}/{name}/{number}.html</link>"
            f"<guid>{base}/{name}/{number}.html</guid>"
            f"<pubDate>{date}</pubDate>"
            f"<description>{topic}. {words}.</description></item>"
        )
    return (
        '<?xml version="1.0" encoding="UTF-8"?>\n<rss version="2.0"><channel>'
        f"<title>{name} (invented)</title><link>{base}/{name}/</link>"
        "<description>invented news for tests</description>"
        + "".join(reversed(items))
        + "</channel></rss>\n"
    )
