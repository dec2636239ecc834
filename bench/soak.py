"""A simulated year: 365 daily refreshes of 200 feeds with churn, time advanced through the
refresh's clock seam (Refresher(clock=...)), never by sleeping. Reports per simulated
month (30 days) the cache's size, the refresh's time, the peak memory of the process tree
and the open file descriptors, and checks that nothing starred is lost and no removed
article comes back (issue 15).

    .venv/bin/python bench/soak.py                        # 200 feeds x ~30 items a day
    .venv/bin/python bench/soak.py --feeds 50 --per-day 10  # what fits in an hour here

The scale is the flags': a day's refresh costs about what the feeds list (each lists its
latest 50 items), so 200 feeds take four times 50; on the shared 2-core machine a day of
200 feeds took 10-25 s at load 12-16, a year several hours. bench/RESULTS.md says what
was run.

The feeds come from a local server (this file, `serve`, in a process of its own on
127.0.0.1): each feed publishes new items every day and lists its latest ones (items drop
out as new ones come), some items are edited a day or two later, a few feeds go away
(410 Gone) and a few move (301) during the year; a few slow feeds list an item for 200
days, longer than read articles are kept, so a removed article is still listed. Half the
feeds give full content (the text as sections); full text (pages) is off.

This process is the refresh's (like the reader, it lives the whole year): it runs the
daily Refresher in-process, then plays a reader: it reads yesterday's articles but every
20th, and stars one article a day (marks through the Store). Its bookkeeping (every key
it saw, when it went, what it starred) lives in a SQLite file of its own, not in its
memory. Each month's row is printed when the month ends (a run cut short keeps its
table): the refresh's median wall time and this process's CPU time (the workers' is not
counted), the tree's peak resident size, this process's open descriptors. Progress on
stderr, the table on stdout; `--csv FILE` also writes each simulated day's figures (to
place a step within its month).
"""

from __future__ import annotations

import argparse
import asyncio
import hashlib
import json
import os
import random
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from email.utils import format_datetime
from functools import cache, lru_cache
from html import escape
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs, urlsplit
from urllib.request import urlopen

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(REPO / "bench"))

from common import process_tree  # noqa: E402

from tests.data.pages.heavy import WORDS  # noqa: E402

START = datetime(2026, 1, 1, 6, 0, tzinfo=UTC)
"""Simulated day 0, 06:00 UTC: each day's refresh runs at 06:00."""


# -- the feeds ------------------------------------------------------------------------------


@dataclass(frozen=True)
class World:
    """The feeds of the simulated year, all derived from a seed."""

    feeds: int
    per_day: int
    days: int
    seed: int = 1

    def window(self, f: int) -> int:
        """How many of its latest items feed f lists."""
        return 200 if self.slow(f) else 50

    def slow(self, f: int) -> bool:
        return f % 50 == 3

    def gone_from(self, f: int) -> int | None:
        """The day feed f starts answering 410 Gone."""
        return 100 + f % 60 if f % 100 == 7 else None

    def moved_from(self, f: int) -> int | None:
        """The day feed f moves for good (301) to another address."""
        return 150 + f % 60 if f % 100 == 13 else None

    @cache  # noqa: B019 - one World a run
    def cumulative(self, f: int) -> tuple[int, ...]:
        """Items feed f has published by the end of each day."""
        rng = random.Random(f"{self.seed}:{f}:counts")
        total, out = 0, []
        for _ in range(self.days + 2):
            if self.slow(f):
                total += 1
            else:
                total += rng.randint(self.per_day // 2, self.per_day * 3 // 2)
            out.append(total)
        return tuple(out)

    def listed(self, f: int, day: int) -> range:
        """The item numbers feed f lists on `day` (its latest)."""
        end = self.cumulative(f)[day]
        return range(max(0, end - self.window(f)), end)

    def day_of(self, f: int, n: int) -> int:
        counts = self.cumulative(f)
        lo, hi = 0, len(counts) - 1
        while lo < hi:
            mid = (lo + hi) // 2
            if counts[mid] > n:
                hi = mid
            else:
                lo = mid + 1
        return lo

    def edited(self, f: int, n: int, day: int) -> bool:
        """Whether item n of feed f shows its edit on `day` (every 25th item, a day or
        two after it came out)."""
        digest = hashlib.blake2b(f"{f}:{n}".encode(), digest_size=4).digest()
        return digest[0] % 25 == 0 and day >= self.day_of(f, n) + 1 + digest[1] % 2

    @lru_cache(maxsize=20_000)  # noqa: B019 - one World a run
    def text(self, f: int, n: int) -> tuple[str, str, str]:
        """Title, summary and (for even feeds) HTML content of an item."""
        rng = random.Random(f"{self.seed}:{f}:{n}")

        def sentence(low: int, high: int) -> str:
            words = " ".join(rng.choices(WORDS, k=rng.randint(low, high)))
            return words[0].upper() + words[1:] + "."

        title = sentence(5, 10)[:-1]
        summary = " ".join(sentence(8, 16) for _ in range(2))
        content = ""
        if f % 2 == 0:
            content = "".join(
                f"<p>{escape(' '.join(sentence(10, 20) for _ in range(3)))}</p>" for _ in range(4)
            )
        return title, summary, content

    def body(self, f: int, day: int) -> bytes:
        """Feed f's RSS on `day`."""
        items = []
        for n in reversed(self.listed(f, day)):
            title, summary, content = self.text(f, n)
            if self.edited(f, n, day):
                title += " (updated)"
                summary = "Updated: " + summary
            published = START + timedelta(days=self.day_of(f, n), hours=-(n % 18))
            items.append(
                f"<item><title>{escape(title)}</title>"
                f"<link>https://feed{f}.example/story/{n}</link><guid>{f}-{n}</guid>"
                f"<pubDate>{format_datetime(published)}</pubDate>"
                f"<description>{escape(summary)}</description>"
                + (f"<content:encoded><![CDATA[{content}]]></content:encoded>" if content else "")
                + "</item>"
            )
        return (
            '<?xml version="1.0" encoding="utf-8"?><rss version="2.0" '
            'xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel>'
            f"<title>Soak feed {f}</title><link>https://feed{f}.example/</link>"
            f"<description>d</description>{''.join(items)}</channel></rss>"
        ).encode()


def serve(world: World) -> None:
    """The feed server: prints its port, serves until killed. /__day?d=N sets the day."""
    state = {"day": 0}

    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"

        def log_message(self, *args: Any) -> None:
            pass

        def do_GET(self) -> None:
            parts = urlsplit(self.path)
            if parts.path == "/__day":
                state["day"] = int(parse_qs(parts.query)["d"][0])
                return self._send(200, b"ok", {})
            day = state["day"]
            name = parts.path.rsplit("/", 1)[-1]
            if not name.endswith(".xml") or not name[:-4].isdigit():
                return self._send(404, b"no", {})
            f = int(name[:-4])
            gone, moved = world.gone_from(f), world.moved_from(f)
            if gone is not None and day >= gone:
                return self._send(410, b"gone", {})
            if moved is not None and day >= moved and not parts.path.startswith("/moved/"):
                return self._send(301, b"", {"Location": f"/moved/{f}.xml"})
            body = world.body(f, day)
            etag = '"' + hashlib.blake2b(body, digest_size=8).hexdigest() + '"'
            if self.headers.get("If-None-Match") == etag:
                return self._send(304, b"", {"ETag": etag})
            self._send(200, body, {"ETag": etag, "Content-Type": "application/rss+xml"})

        def _send(self, status: int, body: bytes, headers: dict[str, str]) -> None:
            self.send_response(status)
            for key, value in headers.items():
                self.send_header(key, value)
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    server.daemon_threads = True
    print(json.dumps({"port": server.server_address[1]}), flush=True)
    server.serve_forever()


# -- measuring ------------------------------------------------------------------------------


def _rss(pid: int) -> int:
    try:
        return int(Path(f"/proc/{pid}/statm").read_text().split()[1]) * os.sysconf("SC_PAGE_SIZE")
    except (OSError, ValueError, IndexError):
        return 0


class TreeSampler:
    """The peak resident size of this process and its descendants, sampled every 50 ms
    while running (the forkserver and the workers are descendants)."""

    def __init__(self) -> None:
        self.peak = 0
        self._running = False
        self._thread: threading.Thread | None = None

    def __enter__(self) -> TreeSampler:
        self._running = True
        self._thread = threading.Thread(target=self._sample, daemon=True)
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._running = False
        if self._thread is not None:
            self._thread.join()

    def _sample(self) -> None:
        me = os.getpid()
        while self._running:
            pids = [p for p in process_tree(me) if p != _SERVER_PID[0]]
            self.peak = max(self.peak, sum(_rss(p) for p in pids))
            time.sleep(0.05)


_SERVER_PID = [0]


def open_fds() -> int:
    return len(os.listdir("/proc/self/fd"))


@dataclass
class Month:
    """What one simulated month measured."""

    number: int
    walls: list[float] = field(default_factory=list)
    cpus: list[float] = field(default_factory=list)
    peak_rss: int = 0
    fds: int = 0
    size: int = 0
    articles: int = 0
    remembered: int = 0
    pruned: int = 0
    new: int = 0


# -- the year -------------------------------------------------------------------------------


def books_open(path: Path) -> sqlite3.Connection:
    """The soak's own bookkeeping (its file, not its memory)."""
    books = sqlite3.connect(path, isolation_level=None)
    books.executescript(
        """
        PRAGMA journal_mode = WAL;
        PRAGMA synchronous = OFF;
        CREATE TABLE IF NOT EXISTS seen (
            key TEXT PRIMARY KEY, first_day INTEGER, gone_day INTEGER, back_day INTEGER
        ) WITHOUT ROWID;
        CREATE TABLE IF NOT EXISTS today (key TEXT PRIMARY KEY) WITHOUT ROWID;
        CREATE TABLE IF NOT EXISTS starred (id INTEGER PRIMARY KEY, key TEXT, day INTEGER);
        """
    )
    return books


def keep_books(books: sqlite3.Connection, cache: Path, day: int) -> tuple[int, int]:
    """Record which keys the cache holds today: new ones, ones gone (a prune), ones back
    after they went (a resurrection). Returns (resurrected so far, starred missing)."""
    db = sqlite3.connect(f"file:{cache}?mode=ro", uri=True)
    try:
        keys = [(f"{url}|{key}",) for url, key in db.execute(
            "SELECT coalesce(m.url, f.url), a.key FROM articles a JOIN feeds f ON f.id = a.feed_id"
            " LEFT JOIN (SELECT feed_id, min(url) AS url FROM feed_moves GROUP BY feed_id) m"
            " ON m.feed_id = a.feed_id"
        )]  # fmt: skip
        starred_now = {int(i) for (i,) in db.execute("SELECT id FROM articles WHERE starred = 1")}
    finally:
        db.close()
    books.execute("BEGIN")
    books.execute("DELETE FROM today")
    books.executemany("INSERT OR IGNORE INTO today (key) VALUES (?)", keys)
    books.execute("INSERT OR IGNORE INTO seen (key, first_day) SELECT key, ? FROM today", (day,))
    books.execute(
        "UPDATE seen SET back_day = ? WHERE gone_day IS NOT NULL AND back_day IS NULL"
        " AND key IN (SELECT key FROM today)",
        (day,),
    )
    books.execute(
        "UPDATE seen SET gone_day = ? WHERE gone_day IS NULL AND key NOT IN (SELECT key FROM today)",
        (day,),
    )
    books.execute("COMMIT")
    back = books.execute("SELECT count(*) FROM seen WHERE back_day IS NOT NULL").fetchone()[0]
    wanted = {int(i) for (i,) in books.execute("SELECT id FROM starred")}
    return int(back), len(wanted - starred_now)


def play_reader(
    store: Any, cache: Path, books: sqlite3.Connection, now: datetime, day: int
) -> None:
    """Read what arrived before today but every 20th article; star one a day (marks through
    the Store, as the reader makes them; what to mark found on a read-only connection)."""
    cutoff = int((now - timedelta(hours=12)).timestamp())
    db = sqlite3.connect(f"file:{cache}?mode=ro", uri=True)
    try:
        ids = [
            int(i)
            for (i,) in db.execute(
                "SELECT id FROM articles WHERE read = 0 AND fetched_at < ? AND id % 20 != 0",
                (cutoff,),
            )
        ]
        row = db.execute(
            "SELECT id, key FROM articles WHERE starred = 0 AND feed_id = ?"
            " ORDER BY id DESC LIMIT 1",
            (1 + day % 50,),
        ).fetchone()
    finally:
        db.close()
    store.set_read(ids)
    if row is not None:
        store.set_starred([int(row[0])])
        books.execute("INSERT INTO starred (id, key, day) VALUES (?, ?, ?)", (row[0], row[1], day))


def run(args: argparse.Namespace) -> int:
    from ekreader.config import Config, config_from_dict
    from ekreader.core.refresh import Refresher
    from ekreader.core.store import Store

    world = World(args.feeds, args.per_day, args.days, args.seed)
    server = subprocess.Popen(
        [sys.executable, __file__, "serve", f"--feeds={args.feeds}", f"--per-day={args.per_day}",
         f"--days={args.days}", f"--seed={args.seed}"],
        stdout=subprocess.PIPE,
        text=True,
    )  # fmt: skip
    _SERVER_PID[0] = server.pid
    try:
        assert server.stdout is not None
        port = json.loads(server.stdout.readline())["port"]
        base = f"http://127.0.0.1:{port}"
        config: Config = config_from_dict(
            {"fetch": {"full_text": "never", "timeout": 60}, "general": {"first_run_feeds": False}}
        )
        work = Path(args.work or tempfile.mkdtemp(prefix="ek-soak-"))
        work.mkdir(parents=True, exist_ok=True)
        cache = work / "ekreader.sqlite3"
        for suffix in ("", "-wal", "-shm"):
            Path(f"{cache}{suffix}").unlink(missing_ok=True)
        books_path = work / "books.sqlite3"
        books_path.unlink(missing_ok=True)
        books = books_open(books_path)
        store = Store.open(cache)  # the "reader": open all year
        for f in range(args.feeds):
            store.add_feed(f"{base}/feeds/{f}.xml", f"Soak feed {f}")
        months: list[Month] = []
        resurrected = starred_lost = 0
        heading(args, world)
        days_csv = args.csv.open("w", encoding="utf-8") if args.csv else None
        if days_csv:
            days_csv.write("day,refresh_s,cpu_s,peak_mb,new,pruned,load\n")
        for day in range(args.days):
            if day % 30 == 0:
                months.append(Month(len(months) + 1))
            month = months[-1]
            urlopen(f"{base}/__day?d={day}").read()
            now = START + timedelta(days=day)
            cpu = time.process_time()
            started = time.perf_counter()
            with TreeSampler() as sampler:
                summary = asyncio.run(
                    Refresher(cache, config, feeds_only=True, clock=lambda now=now: now).run()
                )
            month.walls.append(time.perf_counter() - started)
            month.cpus.append(time.process_time() - cpu)
            month.peak_rss = max(month.peak_rss, sampler.peak)
            month.pruned += summary.pruned
            month.new += summary.new
            if days_csv:
                days_csv.write(
                    f"{day + 1},{month.walls[-1]:.3f},{month.cpus[-1]:.3f},"
                    f"{sampler.peak / 1e6:.0f},{summary.new},{summary.pruned},"
                    f"{os.getloadavg()[0]:.2f}\n"
                )
                days_csv.flush()
            play_reader(store, cache, books, now, day)
            resurrected, starred_lost = keep_books(books, cache, day)
            month.fds = max(month.fds, open_fds())
            if day % 30 == 29 or day == args.days - 1:
                month.size = store.file_bytes()
                month.articles = store.count()
                month.remembered = store.remembered_count()
                row(month, months[-2] if len(months) > 1 else None)
                log(
                    f"month {month.number}: day {day + 1}, {month.articles:,} articles,"
                    f" {month.size / 1e6:.0f} MB, refresh {statistics.median(month.walls):.1f} s,"
                    f" resurrected {resurrected}, starred lost {starred_lost}"
                )
        store.close()
        if days_csv:
            days_csv.close()
        print(f"resurrected articles: {resurrected}; starred articles lost: {starred_lost}")
        return 0 if resurrected == 0 and starred_lost == 0 else 1
    finally:
        server.kill()
        server.wait()


def heading(args: argparse.Namespace, world: World) -> None:
    """What is run, then the table's header (its rows follow month by month)."""
    gone = sum(1 for f in range(world.feeds) if world.gone_from(f) is not None)
    moved = sum(1 for f in range(world.feeds) if world.moved_from(f) is not None)
    print(
        f"bench/soak.py: {args.days} simulated days, {args.feeds} feeds (~{args.per_day} new"
        f" items a feed a day; {gone} gone and {moved} moved during the year), [cache]"
        f" defaults (read 90 days, unread 365), full text off; load average"
        f" {os.getloadavg()[0]:.1f} at the start"
    )
    header = (
        f"{'month':>5} {'articles':>9} {'remembered':>10} {'cache MB':>9} {'Δ size':>7}"
        f" {'refresh s':>9} {'Δ time':>7} {'CPU s':>6} {'peak MB':>8} {'Δ RSS':>6}"
        f" {'fds':>4} {'new':>7} {'pruned':>7} {'load':>5}"
    )
    print(header)
    print("-" * len(header), flush=True)


def row(m: Month, previous: Month | None) -> None:
    """One month's row, printed when the month is over (a run cut short keeps its table):
    the refresh's median wall and CPU time, the month's peak, and the change from the
    month before."""

    def change(now: float, then: float | None) -> str:
        return "" if not then else f"{(now - then) / then * 100:+.0f}%"

    wall = statistics.median(m.walls)
    before = statistics.median(previous.walls) if previous else None
    print(
        f"{m.number:>5} {m.articles:>9,} {m.remembered:>10,} {m.size / 1e6:>9.1f}"
        f" {change(m.size, previous.size if previous else None):>7}"
        f" {wall:>9.2f} {change(wall, before):>7}"
        f" {statistics.median(m.cpus):>6.2f} {m.peak_rss / 1e6:>8.0f}"
        f" {change(m.peak_rss, previous.peak_rss if previous else None):>6}"
        f" {m.fds:>4} {m.new:>7,} {m.pruned:>7,} {os.getloadavg()[0]:>5.1f}",
        flush=True,
    )


def log(text: str) -> None:
    sys.stderr.write(f"[{time.strftime('%H:%M:%S')}] {text}\n")
    sys.stderr.flush()


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("mode", nargs="?", default="run", choices=("run", "serve"))
    ap.add_argument("--days", type=int, default=365)
    ap.add_argument("--feeds", type=int, default=200)
    ap.add_argument("--per-day", type=int, default=30, help="new items a feed a day (average)")
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--work", help="directory for the cache (default: a new temporary one)")
    ap.add_argument("--csv", type=Path, help="also write one line a simulated day here")
    args = ap.parse_args()
    world = World(args.feeds, args.per_day, args.days, args.seed)
    if args.mode == "serve":
        serve(world)
        return 0
    return run(args)


if __name__ == "__main__":
    raise SystemExit(main())
