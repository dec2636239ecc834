"""Shared benchmark plumbing: the feed server as a subprocess, timed runs of real commands
(wall clock and CPU of the whole process tree), and isolated homes for ekreader and newsboat."""

from __future__ import annotations

import json
import os
import resource
import shutil
import sqlite3
import statistics
import subprocess
import sys
import time
import urllib.request
from collections.abc import Iterator, Sequence
from contextlib import contextmanager, suppress
from dataclasses import dataclass, field
from pathlib import Path

BENCH = Path(__file__).resolve().parent
REPO = BENCH.parent


# -- the feed server --------------------------------------------------------------------------


@dataclass
class FeedServer:
    """A running `bench/feedserver.py` process."""

    process: subprocess.Popen[str]
    info: dict[str, object]
    opml: Path
    urls_file: Path

    @property
    def control(self) -> str:
        return str(self.info["control"])

    @property
    def urls(self) -> list[str]:
        return [str(u) for u in self.info["urls"]]  # type: ignore[attr-defined]

    def _get(self, path: str) -> dict[str, object]:
        with urllib.request.urlopen(self.control + path, timeout=10) as response:
            return json.loads(response.read())  # type: ignore[no-any-return]

    def set_latency(self, ms: float, connect_ms: float | None = None) -> None:
        extra = "" if connect_ms is None else f"&connect_ms={connect_ms:g}"
        self._get(f"/__control?latency_ms={ms:g}{extra}")

    def reset_stats(self) -> None:
        self._get("/__stats?reset=1")

    def stats(self, client: str) -> dict[str, int]:
        """Counters of one client (by User-Agent word) since the last reset."""
        clients = self._get("/__stats")["clients"]
        assert isinstance(clients, dict)
        return {k: int(v) for k, v in clients.get(client, {}).items()}


@contextmanager
def feed_server(
    workdir: Path,
    *,
    feeds: int,
    items: int,
    origins: int,
    latency_ms: float = 0,
    seed: int = 1,
    public_links: bool = False,
) -> Iterator[FeedServer]:
    """Start the feed server in its own process (its own core time, its own GIL)."""
    workdir.mkdir(parents=True, exist_ok=True)
    opml, urls = workdir / "feeds.opml", workdir / "urls"
    cmd = [
        sys.executable,
        str(BENCH / "feedserver.py"),
        f"--feeds={feeds}",
        f"--items={items}",
        f"--origins={origins}",
        f"--latency={latency_ms:g}",
        f"--seed={seed}",
        f"--opml={opml}",
        f"--urls={urls}",
        *(["--public-links"] if public_links else []),
    ]
    process = subprocess.Popen(cmd, stdout=subprocess.PIPE, text=True)
    try:
        assert process.stdout is not None
        line = process.stdout.readline()
        if not line:
            raise RuntimeError("the feed server did not start")
        yield FeedServer(process, json.loads(line), opml, urls)
    finally:
        process.terminate()
        try:
            process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()


# -- timed runs -------------------------------------------------------------------------------


@dataclass(frozen=True)
class Run:
    """One timed command."""

    wall: float
    """Seconds from fork to exit."""
    cpu: float
    """User + system seconds of the process tree."""
    max_rss_mb: float
    """Peak resident memory of the main process."""
    returncode: int
    stdout: str
    stderr: str


def become_subreaper() -> bool:
    """Linux: adopt our orphaned grandchildren (e.g. the workers a forkserver starts and the
    forkserver itself), so their CPU time reaches RUSAGE_CHILDREN when we reap them."""
    if not sys.platform.startswith("linux"):
        return False
    import ctypes

    try:
        libc = ctypes.CDLL(None, use_errno=True)
        return int(libc.prctl(36, 1, 0, 0, 0)) == 0  # PR_SET_CHILD_SUBREAPER
    except (OSError, AttributeError):
        return False


def _children() -> set[int]:
    """Our child processes, from /proc (Linux)."""
    me = str(os.getpid())
    found: set[int] = set()
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = stat.read_text().rsplit(")", 1)[1].split()
        except (OSError, IndexError):
            continue
        if fields[1] == me:
            found.add(int(stat.parent.name))
    return found


def process_tree(root: int) -> list[int]:
    """`root` and its descendants, from /proc (Linux)."""
    parents: dict[int, list[int]] = {}
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = stat.read_text().rsplit(")", 1)[1].split()
        except (OSError, IndexError):
            continue
        parents.setdefault(int(fields[1]), []).append(int(stat.parent.name))
    found, todo = [], [root]
    while todo:
        pid = todo.pop()
        found.append(pid)
        todo.extend(parents.get(pid, ()))
    return found


def _reap_orphans(keep: set[int], wait: float = 3.0) -> None:
    """Reap the processes adopted while a command ran (all children but `keep`), waiting
    a little for them to finish."""
    deadline = time.monotonic() + wait
    while True:
        adopted = _children() - keep
        for pid in adopted:
            with suppress(ChildProcessError):
                os.waitpid(pid, os.WNOHANG)
        if not adopted or time.monotonic() > deadline:
            return
        time.sleep(0.01)


def run_timed(
    cmd: Sequence[str],
    env: dict[str, str],
    cwd: Path,
    timeout: float = 600,
) -> Run:
    """Run `cmd` and measure it: wall clock to the exit of the process, CPU of the whole
    tree (with `become_subreaper()`, adopted grandchildren count too)."""
    linux = sys.platform.startswith("linux")
    keep = _children() if linux else set()
    out, err = cwd / ".stdout", cwd / ".stderr"
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    with out.open("wb") as fo, err.open("wb") as fe:
        started = time.perf_counter()
        process = subprocess.Popen(
            cmd, env=env, cwd=cwd, stdout=fo, stderr=fe, stdin=subprocess.DEVNULL
        )
        deadline = started + timeout
        while True:
            pid, status, usage = os.wait4(process.pid, os.WNOHANG)
            if pid:
                break
            if time.perf_counter() > deadline:
                process.kill()
                pid, status, usage = os.wait4(process.pid, 0)
                break
            time.sleep(0.002)
        wall = time.perf_counter() - started
        process.returncode = os.waitstatus_to_exitcode(status)
    if linux:
        _reap_orphans(keep)
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    return Run(
        wall=wall,
        cpu=cpu,
        max_rss_mb=usage.ru_maxrss / 1024,
        returncode=process.returncode,
        stdout=out.read_text(errors="replace"),
        stderr=err.read_text(errors="replace"),
    )


def clean_env(home: Path) -> dict[str, str]:
    """The caller's environment with HOME and the XDG dirs moved under `home`."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("XDG_")}
    env.update(
        HOME=str(home),
        XDG_CONFIG_HOME=str(home / "config"),
        XDG_DATA_HOME=str(home / "data"),
        XDG_CACHE_HOME=str(home / "cache"),
        LC_ALL=env.get("LC_ALL", "C.UTF-8"),
    )
    return env


def files_size(paths: Sequence[Path]) -> int:
    """Bytes of the files that exist among `paths`."""
    return sum(p.stat().st_size for p in paths if p.exists())


def count_rows(db: Path, table: str) -> int:
    """Rows of `table` in the SQLite file `db` (opened read-only)."""
    connection = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
    try:
        return int(connection.execute(f"SELECT count(*) FROM {table}").fetchone()[0])
    finally:
        connection.close()


# -- the tools --------------------------------------------------------------------------------


def find_ekreader(explicit: str | None = None) -> str | None:
    """The installed console script: next to this interpreter, else on PATH."""
    if explicit:
        return explicit
    beside = Path(sys.executable).parent / "ekreader"
    return str(beside) if beside.exists() else shutil.which("ekreader")


@dataclass
class EkreaderHome:
    """A throwaway XDG home with the bench feeds imported."""

    exe: str
    home: Path
    env: dict[str, str] = field(init=False)

    def __post_init__(self) -> None:
        if self.home.exists():
            shutil.rmtree(self.home)
        self.home.mkdir(parents=True)
        self.env = clean_env(self.home)

    @property
    def database(self) -> Path:
        return self.home / "data" / "ekreader" / "ekreader.sqlite3"

    def write_config(self, text: str) -> None:
        path = self.home / "config" / "ekreader" / "config.toml"
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")

    def subscribe(self, opml: Path) -> None:
        run = run_timed([self.exe, "import", str(opml)], self.env, self.home)
        if run.returncode != 0:
            raise RuntimeError(f"ekreader import failed: {run.stderr.strip()}")

    def fetch(self) -> Run:
        return run_timed([self.exe, "fetch", "--feeds-only"], self.env, self.home)

    def cache_bytes(self) -> int:
        db = self.database
        return files_size([db, db.with_name(db.name + "-wal"), db.with_name(db.name + "-shm")])

    def articles(self) -> int:
        return count_rows(self.database, "articles")


@dataclass
class NewsboatHome:
    """A throwaway newsboat setup: urls file, config, cache file, HOME and XDG dirs."""

    exe: str
    home: Path
    urls: Sequence[str]
    config: str = ""
    env: dict[str, str] = field(init=False)

    def __post_init__(self) -> None:
        if self.home.exists():
            shutil.rmtree(self.home)
        self.home.mkdir(parents=True)
        self.env = clean_env(self.home)
        (self.home / "urls").write_text("".join(u + "\n" for u in self.urls), encoding="utf-8")
        (self.home / "config").write_text(self.config, encoding="utf-8")

    @property
    def cache(self) -> Path:
        return self.home / "cache.db"

    def reload(self) -> Run:
        h = self.home
        cmd = [self.exe, "-x", "reload", "-u", str(h / "urls"), "-c", str(self.cache)]
        return run_timed([*cmd, "-C", str(h / "config")], self.env, h)

    def cache_bytes(self) -> int:
        return files_size([self.cache, self.cache.with_name("cache.db-journal")])

    def articles(self) -> int:
        return count_rows(self.cache, "rss_item")


# -- the machine ------------------------------------------------------------------------------


def _busy_seconds() -> float | None:
    """CPU-seconds the whole machine has been busy (Linux /proc/stat), else None."""
    try:
        fields = Path("/proc/stat").read_text().splitlines()[0].split()[1:]
    except (OSError, IndexError):
        return None
    ticks = [int(x) for x in fields]
    idle = ticks[3] + (ticks[4] if len(ticks) > 4 else 0)  # idle + iowait
    return (sum(ticks[:8]) - idle) / os.sysconf("SC_CLK_TCK")


def _own_seconds() -> float:
    own = resource.getrusage(resource.RUSAGE_SELF)
    kids = resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime + kids.ru_utime + kids.ru_stime


def _pid_seconds(pid: int) -> float:
    """CPU-seconds used so far by one live process (Linux), 0 when unknown."""
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    except (OSError, IndexError):
        return 0.0
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


class Interference:
    """CPU that processes outside the measurement took during it: the machine's busy time
    minus the measured command's tree, the feed server and this script."""

    def __init__(self, server_pid: int | None = None) -> None:
        self.server_pid = server_pid
        self.mark()

    def mark(self) -> None:
        self.start = time.monotonic()
        self.busy = _busy_seconds()
        self.own = _own_seconds()
        self.server = _pid_seconds(self.server_pid) if self.server_pid else 0.0

    def cores(self) -> float | None:
        """Average number of cores others kept busy since `mark()`."""
        busy = _busy_seconds()
        elapsed = time.monotonic() - self.start
        if busy is None or self.busy is None or elapsed <= 0:
            return None
        server = _pid_seconds(self.server_pid) if self.server_pid else 0.0
        ours = (_own_seconds() - self.own) + (server - self.server)
        return max(0.0, (busy - self.busy) - ours) / elapsed

    def wait_quiet(self, limit: float, max_wait: float, window: float = 1.0) -> float | None:
        """Wait (up to `max_wait` s) for a `window` in which others use < `limit` cores;
        returns the last reading."""
        deadline = time.monotonic() + max_wait
        while True:
            self.mark()
            time.sleep(window)
            cores = self.cores()
            if cores is None or cores < limit or time.monotonic() >= deadline:
                return cores


class OtherLoad:
    """How much CPU other processes (not this bench or its children) took meanwhile: the
    machine is shared, and a busy neighbour slows whichever tool runs at that moment."""

    def __init__(self) -> None:
        self.start = time.monotonic()
        self.busy = _busy_seconds()
        self.own = _own_seconds()

    def report(self) -> str:
        busy = _busy_seconds()
        if busy is None or self.busy is None:
            return "other load: unknown (no /proc/stat)"
        elapsed = time.monotonic() - self.start
        others = max(0.0, (busy - self.busy) - (_own_seconds() - self.own))
        share = others / (elapsed * (os.cpu_count() or 1))
        return (
            f"other processes used {others:.0f} CPU-s during the bench"
            f" ({100 * share:.0f} % of the machine; load average now"
            f" {os.getloadavg()[0]:.1f})"
        )


# -- numbers ----------------------------------------------------------------------------------


def median(values: Sequence[float]) -> float | None:
    return statistics.median(values) if values else None


def fmt_s(value: float | None, n: int = 0) -> str:
    """Seconds for the table (with the sample count when it is not the usual)."""
    if value is None:
        return "—"
    text = f"{value:.2f} s" if value < 10 else f"{value:.1f} s"
    return text + (f" (n={n})" if n else "")
