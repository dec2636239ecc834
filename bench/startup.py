"""Reader start-up benchmark: launch to first painted headline list, resident memory, and
key-to-screen latency of a cursor move and of opening an article, measured from outside
(tmux capture-pane polling) at 10 000 and 100 000 cached articles.

    python bench/startup.py                 # 10k and 100k, 5 launches each
    python bench/startup.py --sizes 1000 --runs 3

The caches are built with the Store API (one transaction per feed) into bench/out/ and
reused by later runs. Nothing touches the network: refresh_on_start is off.
"""

from __future__ import annotations

import argparse
import os
import shlex
import shutil
import statistics
import subprocess
import sys
import time
from collections.abc import Callable, Iterator, Mapping, Sequence
from contextlib import contextmanager, suppress
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
if str(REPO) not in sys.path:
    sys.path.append(str(REPO))  # after PYTHONPATH: bench/run.py points that at a snapshot

OUT = REPO / "bench" / "out"
WIDTH, HEIGHT = 120, 36
POLL = 0.005
"""Seconds between two captures (each is a tmux client process: polling harder steals
CPU from the reader on a 2-core machine)."""
FEEDS = 100
WORDS = [
    "storm",
    "council",
    "harbour",
    "election",
    "market",
    "bridge",
    "river",
    "school",
    "rail",
    "power",
    "court",
    "minister",
    "flood",
    "festival",
    "museum",
    "police",
    "strike",
    "budget",
    "vaccine",
    "ferry",
]


def newest_title(n: int) -> str:
    """Title of the newest article of a cache of n (what the first paint must show)."""
    return f"Headline {n - 1:06d}"


def build_cache(path: Path, n: int) -> None:
    """A cache of n articles in FEEDS feeds, newest last, with summaries for FTS."""
    if path.exists():
        return
    from ekreader.core.ingest import store_entries
    from ekreader.core.store import Store
    from ekreader.models import EntryDecision, FetchRecord, ParsedEntry

    path.parent.mkdir(parents=True, exist_ok=True)
    temp = path.with_suffix(".tmp")
    for suffix in ("", "-wal", "-shm"):
        Path(f"{temp}{suffix}").unlink(missing_ok=True)
    started = time.perf_counter()
    store = Store.open(temp)
    now = datetime.now(UTC)
    per_feed = n // FEEDS
    for f in range(FEEDS):
        feed, _ = store.add_feed(f"http://127.0.0.1:9/feed{f}.xml", f"Bench feed {f:03d}")
        decisions = []
        for j in range(per_feed):
            i = j * FEEDS + f  # interleave feeds in time
            words = " ".join(WORDS[(i + k) % len(WORDS)] for k in range(40))
            entry = ParsedEntry(
                key=f"{f}-{j}",
                guid=f"{f}-{j}",
                title=f"Headline {i:06d}: {WORDS[i % len(WORDS)]} news from feed {f}",
                link=f"http://127.0.0.1:9/a/{i}",
                author=None,
                published=now - timedelta(minutes=n - i),
                updated=None,
                summary=f"Summary {i}. {words}.",
                content=None,
            )
            reason = "bench" if i % 50 == 0 else None
            decisions.append(EntryDecision(entry, reason, None, wants_page=False))
        store_entries(store, feed.id, decisions, fetch=FetchRecord(status=200))
    store.close()
    os.replace(temp, path)
    print(f"  built {n:,} articles in {time.perf_counter() - started:.1f} s -> {path}")


def home_for(n: int) -> tuple[Path, dict[str, str]]:
    """An XDG home whose cache is the benchmark cache of n articles."""
    root = OUT / f"startup-home-{n}"
    data = root / "data" / "ekreader"
    config = root / "config" / "ekreader"
    data.mkdir(parents=True, exist_ok=True)
    config.mkdir(parents=True, exist_ok=True)
    (config / "config.toml").write_text(
        "[general]\nrefresh_on_start = false\nfirst_run_feeds = false\n", encoding="utf-8"
    )
    from ekreader.core.store.schema import SCHEMA_VERSION

    cache = OUT / f"startup-{n}-v{SCHEMA_VERSION}.sqlite3"
    build_cache(cache, n)
    target = data / "ekreader.sqlite3"
    if not target.exists() or target.stat().st_size != cache.stat().st_size:
        shutil.copyfile(cache, target)
    env = {k: v for k, v in os.environ.items() if not k.lower().endswith("_proxy")}
    env.update(
        XDG_CONFIG_HOME=str(root / "config"),
        XDG_DATA_HOME=str(root / "data"),
        XDG_CACHE_HOME=str(root / "cache"),
        TERM="xterm-256color",
    )
    return root, env


def tmux(*args: str) -> str:
    return subprocess.run(["tmux", *args], capture_output=True, text=True, check=False).stdout


def capture(session: str, escapes: bool = False) -> str:
    return tmux("capture-pane", "-p", *(["-e"] if escapes else []), "-t", session)


def wait_for(
    session: str, predicate: Callable[[str], bool], timeout: float = 20.0, escapes: bool = False
) -> float:
    """Poll the pane until predicate(text) holds; returns the time it did."""
    deadline = time.perf_counter() + timeout
    while True:
        text = capture(session, escapes)
        now = time.perf_counter()
        if predicate(text):
            return now
        if now > deadline:
            raise TimeoutError(f"screen never matched; last screen:\n{text}")
        time.sleep(POLL)


def cpu_seconds(pid: int) -> float:
    """User + system CPU time the process has used (independent of other load)."""
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def rss_mb(pid: int) -> float:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return float("nan")


@dataclass
class Launch:
    """A program started in a detached tmux pane, measured from outside."""

    session: str
    pid: int
    """The program's PID (the pane's shell execs it)."""
    paint: float
    """Seconds from the Enter that starts it to the first capture that shows `painted`."""
    cpu: float
    """Its user + system CPU seconds at that moment."""
    rss: float
    """Its VmRSS in MB at that moment."""


def running(pid: int) -> bool:
    """Whether `pid` still runs. A zombie does not: when this process is a child subreaper
    (bench/run.py), a program whose tmux server exited first is re-parented here and
    stays a zombie until reaped, so reap it."""
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except (OSError, IndexError):
        return False
    if state == "Z":
        with suppress(ChildProcessError):
            os.waitpid(pid, os.WNOHANG)
        return False
    return True


def quit_program(launch: Launch, keys: Sequence[str], wait: float = 10.0) -> None:
    """Send `keys` (e.g. "q") and wait for the program to exit."""
    for key in keys:
        tmux("send-keys", "-t", launch.session, key)
        time.sleep(0.05)
    deadline = time.monotonic() + wait
    while running(launch.pid) and time.monotonic() < deadline:
        time.sleep(0.02)


@contextmanager
def launched(
    argv: Sequence[str],
    env: Mapping[str, str],
    painted: Callable[[str], bool],
    *,
    timeout: float = 20.0,
    quit_keys: Sequence[str] = ("q",),
) -> Iterator[Launch]:
    """Start `argv` in a WIDTH x HEIGHT tmux pane with `env` (only these variables are set
    on top of tmux's own environment), wait until the screen satisfies `painted`, yield
    the measurements; on exit send `quit_keys`, wait for the exit, close the session."""
    session = f"ekbench{os.getpid()}"
    tmux("kill-session", "-t", session)
    assignments = " ".join(shlex.quote(f"{k}={v}") for k, v in env.items())
    # The pane's shell waits for a line on stdin, then becomes the program: the clock
    # starts at that Enter, so tmux's own start-up is not counted.
    launcher = f"read go; exec env {assignments} {shlex.join(argv)}"
    command_line = ["tmux", "new-session", "-d", "-s", session, "-x", str(WIDTH), "-y"]
    command_line += [str(HEIGHT), "sh", "-c", launcher]
    for attempt in range(3):  # a tmux server that is just exiting refuses once
        if subprocess.run(command_line, capture_output=True, check=False).returncode == 0:
            break
        time.sleep(0.2 * (attempt + 1))
    else:
        raise RuntimeError("tmux new-session failed three times")
    launch: Launch | None = None
    try:
        wait_for(session, lambda text: True)
        pid = int(tmux("display-message", "-p", "-t", session, "#{pane_pid}").strip())
        time.sleep(0.2)
        started = time.perf_counter()
        tmux("send-keys", "-t", session, "Enter")
        done = wait_for(session, painted, timeout=timeout)
        launch = Launch(session, pid, done - started, cpu_seconds(pid), rss_mb(pid))
        yield launch
    finally:
        if launch is not None:
            quit_program(launch, quit_keys)
        tmux("kill-session", "-t", session)


def ekreader_env(env: Mapping[str, str]) -> dict[str, str]:
    """The variables an ekreader launch needs from `env` (its XDG home and TERM)."""
    return {k: v for k, v in env.items() if k.startswith("XDG_") or k == "TERM"}


def one_launch(
    n: int, env: dict[str, str], command: str, title: str | None = None
) -> dict[str, float]:
    """First paint (the newest headline, `title`, on screen), RSS and CPU then; then a
    cursor move and opening the second headline (only for startup.py's own caches)."""
    wanted = title or newest_title(n)
    with launched([command], ekreader_env(env), lambda text: wanted in text) as launch:
        figures = {"paint": launch.paint, "cpu": launch.cpu, "rss": launch.rss}
        if title is not None:
            return figures
        session = launch.session
        # Cursor move: the highlighted row's colours move one line down.
        before = capture(session, escapes=True)
        t0 = time.perf_counter()
        tmux("send-keys", "-t", session, "Down")
        moved = wait_for(session, lambda text: text != before, escapes=True)
        # Opening an article: its title becomes the first line of the screen.
        second = f"Headline {n - 2:06d}"
        t1 = time.perf_counter()
        tmux("send-keys", "-t", session, "Enter")
        opened = wait_for(session, lambda text: text.lstrip().startswith(second))
        figures.update(move=moved - t0, open=opened - t1, rss_after=rss_mb(launch.pid))
        return figures


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[10_000, 100_000])
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    if shutil.which("tmux") is None:
        print("tmux is required (apt-get install tmux)")
        return 2
    command = str(Path(sys.executable).with_name("ekreader"))
    if not Path(command).exists():
        print(f"the ekreader console script is not installed next to {sys.executable}")
        return 2
    print(f"ekreader start-up, {WIDTH}x{HEIGHT} tmux pane, {args.runs} launches per size")
    print(
        f"{'articles':>9} {'first paint':>20} {'CPU':>7} {'RSS':>7} {'cursor move':>17}"
        f" {'open article':>17} {'RSS after':>10}"
    )
    for n in args.sizes:
        _, env = home_for(n)
        one_launch(n, env, command)  # warm the page cache: every figure is a warm start
        runs = [one_launch(n, env, command) for _ in range(args.runs)]

        def ms(key: str, runs: list[dict[str, float]] = runs) -> str:
            values = [r[key] * 1000 for r in runs]
            return f"{statistics.median(values):.0f} ms (min {min(values):.0f})"

        def ms_cpu(runs: list[dict[str, float]]) -> str:
            return f"{min(r['cpu'] for r in runs) * 1000:.0f} ms"

        def mb(key: str, runs: list[dict[str, float]] = runs) -> float:
            return statistics.median(r[key] for r in runs)

        print(
            f"{n:>9,} {ms('paint'):>20} {ms_cpu(runs):>7} {mb('rss'):>4.0f} MB {ms('move'):>17}"
            f" {ms('open'):>17} {mb('rss_after'):>7.0f} MB"
        )
    print(
        f"medians (and best) of {args.runs}; times include tmux's own redraw and the"
        f" {POLL * 1000:.0f} ms polling step; other load on the machine shows in the medians;"
        " CPU: the reader's own user+system time when painted (least of the runs)"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
