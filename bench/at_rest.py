"""The reader at rest after a refresh: the memory of its whole process tree (the reader,
the forkserver and resource tracker, the workers) from the end of a refresh over the
next minute and more, at 10 000 and 100 000 cached articles (issue 15: <= 120 MB within a
minute).

    .venv/bin/python bench/at_rest.py [--sizes 10000,100000] [--wait 75]

Each size: the start-up cache of bench/startup.py (100 feeds that no longer answer),
plus 40 feeds x 25 items of bench/feedserver.py on 127.0.0.1 with full_text = "always"
(so the refresh parses, and extracts 1 000 pages in its workers). The reader starts in a
tmux pane with refresh_on_start; once the status line says "Updated", the resident sizes
of the tree are sampled every second. Progress on stderr, the table on stdout.
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

BENCH = Path(__file__).resolve().parent
sys.path.insert(0, str(BENCH))

import startup  # noqa: E402
from common import feed_server, find_ekreader, process_tree  # noqa: E402
from heavy_feed import _rss  # noqa: E402

CONFIG = """[general]
refresh_on_start = true
first_run_feeds = false

[fetch]
full_text = "always"
"""
TARGET_MB = 120.0


def log(text: str) -> None:
    sys.stderr.write(f"[{time.strftime('%H:%M:%S')}] {text}\n")
    sys.stderr.flush()


def tree_mb(pid: int) -> tuple[float, dict[int, float]]:
    """The summed resident size of `pid` and its descendants, and each one's."""
    sizes = {p: _rss(p) / 1e6 for p in process_tree(pid)}
    return sum(sizes.values()), sizes


def _name(pid: int) -> str:
    try:
        args = Path(f"/proc/{pid}/cmdline").read_bytes().split(b"\0")
    except OSError:
        return "?"
    text = " ".join(a.decode(errors="replace") for a in args if a)
    if "forkserver" in text:
        return "forkserver" if "main(" in text and text.count("forkserver") else text[:40]
    if "resource_tracker" in text:
        return "resource tracker"
    if "ekreader" in text:
        return "reader"
    return text[:40]


def one_size(exe: str, n: int, wait: float, opml: Path, work: Path) -> list[str]:
    """Launch the reader on a cache of `n` (+ the served feeds), measure, quit."""
    root, env = startup.home_for(n)
    home = work / f"home-{n}"
    if home.exists():
        shutil.rmtree(home)
    shutil.copytree(root, home)
    env = {
        **env,
        "XDG_CONFIG_HOME": str(home / "config"),
        "XDG_DATA_HOME": str(home / "data"),
        "XDG_CACHE_HOME": str(home / "cache"),
    }
    (home / "config" / "ekreader" / "config.toml").write_text(CONFIG, encoding="utf-8")
    subprocess.run([exe, "import", str(opml)], env=env, check=True, capture_output=True)
    log(f"{n:,} articles: launching the reader (refresh on start)")
    rows: list[str] = []
    with startup.launched(
        [exe], startup.ekreader_env(env), lambda text: "Updated " in text, timeout=600
    ) as launch:
        end, per = tree_mb(launch.pid)
        peak = end
        rows.append(f"{n:>7,}  refresh done ({launch.paint:.0f} s)  {end:6.0f} MB  " + _who(per))
        started = time.monotonic()
        marks = [10.0, 30.0, 60.0, wait]
        while marks:
            time.sleep(1.0)
            total, per = tree_mb(launch.pid)
            peak = max(peak, total)
            elapsed = time.monotonic() - started
            if elapsed >= marks[0]:
                marks.pop(0)
                verdict = "met" if total <= TARGET_MB else "NOT met"
                mark = f"+{elapsed:.0f} s"
                rows.append(
                    f"{n:>7,}  {mark:>17}  {total:6.0f} MB  "
                    + _who(per)
                    + (f"  (≤ {TARGET_MB:g} MB: {verdict})" if elapsed >= 59 else "")
                )
        rows.append(f"{n:>7,}  {'peak after refresh':>17}  {peak:6.0f} MB")
    return rows


def _who(per: dict[int, float]) -> str:
    return ", ".join(f"{_name(pid)} {mb:.0f}" for pid, mb in sorted(per.items()))


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--sizes", default="10000,100000")
    ap.add_argument("--wait", type=float, default=75.0, help="seconds to watch after the refresh")
    ap.add_argument("--ekreader", help="the ekreader command (default: beside this python)")
    args = ap.parse_args()
    exe = find_ekreader(args.ekreader)
    if exe is None or shutil.which("tmux") is None:
        print("needs the ekreader command and tmux", file=sys.stderr)
        return 1
    load = os.getloadavg()[0]
    rows: list[str] = []
    with tempfile.TemporaryDirectory(prefix="ek-at-rest-") as tmp:
        work = Path(tmp)
        with feed_server(work / "server", feeds=40, items=25, origins=4) as server:
            for n in (int(s) for s in args.sizes.split(",")):
                rows += one_size(exe, n, args.wait, server.opml, work)
    print(f"reader at rest after a refresh (process tree, resident MB); load {load:.1f} before,")
    print(f"{os.getloadavg()[0]:.1f} after")
    print(f"{'cached':>7}  {'when':>17}  {'tree':>9}  processes (MB)")
    print("\n".join(rows))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
