"""Robustness suite helpers: an isolated home with fast timeouts, output checks, OPML."""

from __future__ import annotations

import json
import re
import subprocess
import time
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from xml.sax.saxutils import quoteattr

import pytest

from tests.helpers import EkHome, ekreader_command, make_env

CORPUS = Path(__file__).parents[2] / ".." / "shared" / "corpus" / "feeds"

# What must never reach a terminal or a JSON consumer: C0 controls except tab and newline,
# DEL, C1 controls, bidi embeddings/overrides/isolates, lone surrogates.
FORBIDDEN = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069\ud800-\udfff]")

ROBUST_FETCH = """
[general]
first_run_feeds = false
refresh_on_start = false

[fetch]
connect_timeout = 1
timeout = 2
max_feed_bytes = 1_000_000
max_page_bytes = 1_000_000
max_redirects = 4
concurrency = 64
per_host = 64
full_text = "never"
"""
"""Fast-failing fetch settings: 2 s per feed in all, 1 MB cap."""


@dataclass
class Run:
    """One finished ekreader process, output decoded strictly as UTF-8."""

    args: tuple[str, ...]
    returncode: int
    stdout: str
    stderr: str
    seconds: float
    max_rss_kb: int = 0
    """Peak resident set size of the process (only for `run_measured`)."""

    def json(self) -> Any:
        return json.loads(self.stdout)


def _decode(data: bytes, what: str, args: Iterable[str]) -> str:
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as exc:  # pragma: no cover - a failure worth reporting
        raise AssertionError(f"{what} of ekreader {' '.join(args)} is not UTF-8: {exc}") from None


def find_forbidden(value: Any, where: str = "$") -> list[str]:
    """Paths inside a decoded JSON value (or a string) that hold forbidden characters."""
    found: list[str] = []
    if isinstance(value, str):
        for match in FORBIDDEN.finditer(value):
            found.append(f"{where}: {match.group()!r} in {value[:80]!r}")
    elif isinstance(value, list):
        for i, item in enumerate(value):
            found += find_forbidden(item, f"{where}[{i}]")
    elif isinstance(value, dict):
        for key, item in value.items():
            found += find_forbidden(key, f"{where}.<key>")
            found += find_forbidden(item, f"{where}.{key}")
    return found


def check_clean(run: Run) -> None:
    """No traceback, no forbidden characters on stdout or stderr."""
    assert "Traceback" not in run.stderr, (run.args, run.stderr[-3000:])
    assert not find_forbidden(run.stdout), (run.args, find_forbidden(run.stdout)[:5])
    assert not find_forbidden(run.stderr), (run.args, find_forbidden(run.stderr)[:5])


@dataclass
class Home(EkHome):
    """An EkHome whose runs return `Run` with strictly decoded output."""

    def start(self, *args: str, **kwargs: Any) -> subprocess.Popen[bytes]:
        """Start `ekreader args...` in this home without waiting."""
        return subprocess.Popen(
            [ekreader_command(), *args],
            env=self.env,
            stdin=subprocess.DEVNULL,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            cwd=self.env["HOME"],
            **kwargs,
        )

    def call(self, *args: str, timeout: float = 60, prefix: Iterable[str] = ()) -> Run:
        """Run and check the output is clean (no traceback, no control characters)."""
        started = time.monotonic()
        result = subprocess.run(
            [*prefix, ekreader_command(), *args],
            env=self.env,
            stdin=subprocess.DEVNULL,
            capture_output=True,
            timeout=timeout,
            cwd=self.env["HOME"],
            check=False,
        )
        run = Run(
            args,
            result.returncode,
            _decode(result.stdout, "stdout", args),
            _decode(result.stderr, "stderr", args),
            time.monotonic() - started,
        )
        check_clean(run)
        return run

    def must(self, *args: str, timeout: float = 60) -> Run:
        """`call` and assert exit status 0."""
        run = self.call(*args, timeout=timeout)
        assert run.returncode == 0, (args, run.returncode, run.stdout[-2000:], run.stderr[-2000:])
        return run

    def data(self, *args: str) -> Any:
        """A --json command's decoded output, checked for forbidden characters."""
        value = self.must(*args, "--json").json()
        assert not find_forbidden(value), find_forbidden(value)[:5]
        return value

    def run_measured(self, *args: str, timeout: float = 60) -> Run:
        """`call`, also measuring the peak RSS of the process (ru_maxrss of the child).

        The process is started from a fresh Python helper, so RUSAGE_CHILDREN there is
        this one process and nothing the test ran before."""
        probe = (
            "import resource, subprocess, sys, time\n"
            "start = time.monotonic()\n"
            "p = subprocess.run(sys.argv[1:], stdin=subprocess.DEVNULL, capture_output=True)\n"
            "sys.stdout.buffer.write(b'%d %d %f\\n' % (p.returncode, "
            "resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss, time.monotonic() - start))\n"
            "sys.stdout.buffer.write(p.stdout + b'\\0' + p.stderr)\n"
        )
        import sys

        result = subprocess.run(
            [sys.executable, "-c", probe, ekreader_command(), *args],
            env=self.env,
            capture_output=True,
            timeout=timeout,
            cwd=self.env["HOME"],
            check=True,
        )
        head, _, rest = result.stdout.partition(b"\n")
        code, rss, seconds = head.split()
        out, _, err = rest.partition(b"\0")
        run = Run(
            args,
            int(code),
            _decode(out, "stdout", args),
            _decode(err, "stderr", args),
            float(seconds),
            int(rss),
        )
        check_clean(run)
        return run

    def subscribe(self, urls: Iterable[str] | Mapping[str, str], name: str = "subs.opml") -> Run:
        """Subscribe to `urls` (or {url: title}) with one `ekreader import`."""
        path = self.root / name
        path.write_text(opml(urls), encoding="utf-8")
        return self.must("import", str(path))

    def feeds(self) -> dict[str, dict[str, Any]]:
        """`feeds --json` by URL."""
        return {f["url"]: f for f in self.data("feeds")}


def opml(urls: Iterable[str] | Mapping[str, str]) -> str:
    """An OPML document subscribing to `urls`."""
    titled = (
        urls.items()
        if isinstance(urls, Mapping)
        else ((u, f"feed {i}") for i, u in enumerate(urls))
    )
    outlines = "".join(
        f'<outline type="rss" text={quoteattr(t)} xmlUrl={quoteattr(u)}/>' for u, t in titled
    )
    return f'<?xml version="1.0"?><opml version="2.0"><body>{outlines}</body></opml>'


@pytest.fixture
def home(tmp_path: Path) -> Home:
    """An isolated ekreader home with fast-failing fetch settings."""
    env = make_env(tmp_path / "home")
    # A guard: anything but 127.0.0.1 would go to a proxy that is not there and fail.
    for name in ("HTTP_PROXY", "HTTPS_PROXY", "ALL_PROXY"):
        env[name] = env[name.lower()] = "http://127.0.0.1:9"
    h = Home(tmp_path / "home", env)
    h.config(ROBUST_FETCH)
    return h


def wait_until(condition: Callable[[], Any], timeout: float = 20, interval: float = 0.02) -> Any:
    """Poll `condition` until it returns something true; fail after `timeout` seconds."""
    deadline = time.monotonic() + timeout
    while True:
        value = condition()
        if value:
            return value
        if time.monotonic() > deadline:
            raise AssertionError(f"condition not met within {timeout} s")
        time.sleep(interval)


def rss(name: str, count: int, *, title: Callable[[int], str] | None = None) -> str:
    """A small RSS 2.0 feed of `count` items."""
    items = "".join(
        f"<item><title>{title(i) if title else f'{name} story {i}'}</title><guid>{name}-{i}</guid>"
        f"<link>https://news.example/{name}/{i}</link>"
        f"<pubDate>Sat, 14 Mar 2026 {10 + i // 60:02d}:{i % 60:02d}:00 GMT</pubDate>"
        f"<description>Text of {name} {i}.</description></item>"
        for i in range(count)
    )
    return f'<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>{name}</title><link>https://news.example/</link>{items}</channel></rss>'
