"""A feed of the ten heavy pages (tests/data/pages/heavy.py) and a normal one: how long
`ekreader fetch` takes to download and extract them, how much memory its whole process
tree holds at its peak, and what each article got.

    .venv/bin/python bench/heavy_feed.py [--repeat 3] [--ekreader PATH]

The pages are served from 127.0.0.1 (tests/server.py). Each run is a fresh home: `add`,
then the timed `fetch` (the feed and its eleven pages, full_text = "always"). The tree's
memory is the sum of the resident sizes of the command and all its descendants (the
forkserver, the workers), sampled every 20 ms; its CPU is theirs, all reaped (Linux).
bench/run.py prints the same row.
"""

from __future__ import annotations

import argparse
import os
import sqlite3
import subprocess
import sys
import tempfile
import threading
import time
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from email.utils import format_datetime
from html import escape
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(REPO / "bench"))

from common import (  # noqa: E402
    EkreaderHome,
    _children,
    _reap_orphans,
    become_subreaper,
    find_ekreader,
    median,
    process_tree,
)

from ekreader.core.text.packed import unpack  # noqa: E402
from tests.data.pages.heavy import HEAVY, NORMAL, NORMAL_MARK, page_bytes  # noqa: E402
from tests.server import FeedServer  # noqa: E402

CONFIG = '[fetch]\nfull_text = "always"\ntimeout = 60\n'
TARGET_WALL = 15.0
TARGET_TREE_MB = 400.0


@dataclass(frozen=True)
class HeavyRun:
    """One timed `ekreader fetch` of the heavy feed."""

    wall: float
    cpu: float
    tree_peak_mb: float
    """The largest sum of the tree's resident sizes (shared pages counted in each)."""
    main_peak_mb: float
    tree_pss_mb: float
    """The largest sum of the tree's proportional sizes (shared pages counted once)."""
    outcomes: dict[str, str]
    """Page name -> "ok (N chars)" or the page error stored."""
    returncode: int

    @property
    def normal_ok(self) -> bool:
        return self.outcomes.get(NORMAL, "").startswith("ok")


def serve_feed(server: FeedServer) -> str:
    """Add the pages and their feed to `server`; returns the feed's URL."""
    names = [*HEAVY, NORMAL]
    now = datetime(2026, 1, 5, 12, 0, tzinfo=UTC)
    items = []
    for n, name in enumerate(names):
        path = f"/pages/{name}.html"
        server.add(path, page_bytes(name), content_type="text/html; charset=utf-8")
        items.append(
            f"<item><title>{escape(name)}</title><link>{server.url(path)}</link>"
            f"<guid>{escape(name)}</guid><description>A teaser of {escape(name)}.</description>"
            f"<pubDate>{format_datetime(now - timedelta(minutes=n))}</pubDate></item>"
        )
    feed = (
        '<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel>'
        "<title>Heavy pages</title><link>http://127.0.0.1/</link><description>d</description>"
        + "".join(items)
        + "</channel></rss>"
    ).encode()
    server.add("/heavy.xml", feed)
    return server.url("/heavy.xml")


def _pss(pid: int) -> int:
    """Proportional set size (shared pages divided among the processes sharing them)."""
    try:
        for line in Path(f"/proc/{pid}/smaps_rollup").read_text().splitlines():
            if line.startswith("Pss:"):
                return int(line.split()[1]) * 1024
    except (OSError, ValueError, IndexError):
        return 0
    return 0


def _rss(pid: int) -> int:
    try:
        return int(Path(f"/proc/{pid}/statm").read_text().split()[1]) * os.sysconf("SC_PAGE_SIZE")
    except (OSError, ValueError, IndexError):
        return 0


def run_once(exe: str, work: Path, url: str) -> HeavyRun:
    """A fresh home subscribed to the feed, then one timed `ekreader fetch`."""
    home = EkreaderHome(exe, work / "home")
    home.write_config(CONFIG)
    subprocess.run([exe, "add", url], env=home.env, check=True, capture_output=True)
    import resource

    keep = _children()
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    started = time.perf_counter()
    process = subprocess.Popen(
        [exe, "fetch"], env=home.env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE
    )
    peak = [0, 0, 0]
    done = threading.Event()

    def sample() -> None:
        while not done.is_set():
            pids = process_tree(process.pid)
            peak[0] = max(peak[0], sum(_rss(p) for p in pids))
            peak[1] = max(peak[1], _rss(process.pid))
            peak[2] = max(peak[2], sum(_pss(p) for p in pids))
            time.sleep(0.02)

    sampler = threading.Thread(target=sample, daemon=True)
    sampler.start()
    _, status, _usage = os.wait4(process.pid, 0)
    wall = time.perf_counter() - started
    done.set()
    sampler.join()
    _reap_orphans(keep)
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    outcomes: dict[str, str] = {}
    db = sqlite3.connect(f"file:{home.database}?mode=ro", uri=True)
    try:
        for title, status_, error, stored, source in db.execute(
            "SELECT title, page_status, page_error, fulltext, text_source FROM articles"
        ):
            text = unpack(stored)  # sections are stored packed (core/text/packed.py)
            if source == "page":
                marked = NORMAL_MARK in (text or "") if title == NORMAL else True
                outcomes[title] = f"ok ({len(text or ''):,} chars{'' if marked else ', WRONG'})"
            else:
                outcomes[title] = f"{status_}: {error}"
    finally:
        db.close()
    return HeavyRun(
        wall,
        cpu,
        peak[0] / 1e6,
        peak[1] / 1e6,
        peak[2] / 1e6,
        outcomes,
        os.waitstatus_to_exitcode(status),
    )


def measure(exe: str, repeat: int) -> list[HeavyRun]:
    """`repeat` runs against one local server."""
    become_subreaper()
    runs: list[HeavyRun] = []
    with FeedServer() as server, tempfile.TemporaryDirectory(prefix="ek-heavy-feed-") as tmp:
        url = serve_feed(server)
        for _ in range(repeat):
            runs.append(run_once(exe, Path(tmp), url))
    return runs


def summary(runs: list[HeavyRun]) -> str:
    """The bench row's figures: median wall, CPU and tree peak; the normal page's fate."""
    wall = median([r.wall for r in runs]) or 0.0
    cpu = median([r.cpu for r in runs]) or 0.0
    tree = median([r.tree_peak_mb for r in runs]) or 0.0
    pss = median([r.tree_pss_mb for r in runs]) or 0.0
    normal = all(r.normal_ok for r in runs)
    return (
        f"{wall:.1f} s wall (target ≤ {TARGET_WALL:g} s), {cpu:.1f} CPU-s, process tree peak"
        f" {tree:.0f} MB RSS / {pss:.0f} MB PSS (target ≤ {TARGET_TREE_MB:g} MB), normal page"
        f" {'stored in every run' if normal else 'MISSING in a run'}"
    )


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--repeat", type=int, default=3)
    ap.add_argument("--ekreader", help="the ekreader command (default: beside this python)")
    args = ap.parse_args()
    exe = find_ekreader(args.ekreader)
    if exe is None:
        print("ekreader not found", file=sys.stderr)
        return 1
    load = os.getloadavg()[0]
    runs = measure(exe, args.repeat)
    for n, run in enumerate(runs, start=1):
        print(
            f"run {n}: {run.wall:.1f} s wall, {run.cpu:.1f} CPU-s, tree peak"
            f" {run.tree_peak_mb:.0f} MB RSS, {run.tree_pss_mb:.0f} MB PSS (main"
            f" {run.main_peak_mb:.0f} MB), exit {run.returncode}"
        )
    for name, outcome in sorted(runs[-1].outcomes.items()):
        print(f"  {name:16} {outcome}")
    print(summary(runs))
    print(f"load average {load:.2f} before, {os.getloadavg()[0]:.2f} after")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
