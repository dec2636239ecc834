"""What each heavy page of tests/data/pages/heavy.py costs to extract, without any budget:
CPU-seconds and peak memory of `extract_article` in a fresh process per page (the figures
the budget defaults in ekreader/core/workers.py are chosen from).

    .venv/bin/python bench/heavy_pages.py [--repeat 2] [--timeout 300] [--only NAME ...]
    .venv/bin/python bench/heavy_pages.py --corpus      # real pages: the costliest ones

Each page runs in its own interpreter: it imports the extractor and extracts a small page
first (the baseline a worker has anyway), then the page; reported are the page's CPU time
(user + system), the peak RSS of the process and its growth over the baseline, and what
came out. The pages are generated into a temporary directory.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from tests.data.pages.heavy import PAGES, write_pages  # noqa: E402

CHILD = r"""
import json, resource, sys, time
from ekreader.core.extract.article import extract_article
def rss():
    with open("/proc/self/statm") as f:
        return int(f.read().split()[1]) * resource.getpagesize()
def vsz():
    with open("/proc/self/statm") as f:
        return int(f.read().split()[0]) * resource.getpagesize()
warm = b"<html><body><article><h1>Warm</h1><p>" + b"Warming up the extractor. " * 40 + b"</p></article></body></html>"
extract_article(warm, "http://127.0.0.1/")
body = open(sys.argv[1], "rb").read()
base_rss, base_vsz = rss(), vsz()
before = resource.getrusage(resource.RUSAGE_SELF)
wall = time.monotonic()
try:
    doc = extract_article(body, "http://127.0.0.1/page.html")
    outcome = f"{len(doc.sections)} sections, {len(doc.text):,} chars"
except Exception as exc:
    outcome = f"error: {type(exc).__name__}"
after = resource.getrusage(resource.RUSAGE_SELF)
print(json.dumps({
    "cpu": after.ru_utime - before.ru_utime + after.ru_stime - before.ru_stime,
    "wall": time.monotonic() - wall,
    "peak": after.ru_maxrss * 1024,
    "base": base_rss,
    "base_vsz": base_vsz,
    "end_vsz": vsz(),
    "outcome": outcome,
}))
"""


def measure(path: Path, timeout: float) -> dict[str, object]:
    """One extraction of the page at `path` in a fresh interpreter."""
    started = time.monotonic()
    try:
        done = subprocess.run(
            [sys.executable, "-c", CHILD, str(path)],
            capture_output=True,
            text=True,
            timeout=timeout,
            check=False,
            cwd=REPO,
        )
    except subprocess.TimeoutExpired:
        return {"outcome": f"over {timeout:g} s wall; stopped", "wall": time.monotonic() - started}
    if done.returncode != 0:
        return {"outcome": f"exit {done.returncode}: {done.stderr.strip()[-200:]}"}
    result: dict[str, object] = json.loads(done.stdout.strip().splitlines()[-1])
    return result


def corpus_figures(top: int) -> None:
    """The real pages of ../shared/corpus (both sets): each extracted in a child forked
    from one warmed-up process; the costliest by CPU and by memory growth, and the
    distribution (what a budget must leave alone)."""
    import resource

    from extraction import readability_pages, trafilatura_pages

    from ekreader.core.extract.article import extract_article

    extract_article(b"<html><body><p>" + b"Warm up. " * 40 + b"</p></body></html>", "http://x/")
    rows: list[tuple[float, int, str, int]] = []
    for page in [*readability_pages(None), *trafilatura_pages(None)]:
        read, write = os.pipe()
        pid = os.fork()
        if pid == 0:  # the child: one extraction, its figures down the pipe
            os.close(read)
            with open("/proc/self/statm") as f:
                base = int(f.read().split()[1]) * resource.getpagesize()
            before = resource.getrusage(resource.RUSAGE_SELF)
            with contextlib.suppress(Exception):  # the cost is what counts here
                extract_article(page.data, page.url)
            after = resource.getrusage(resource.RUSAGE_SELF)
            cpu = after.ru_utime - before.ru_utime + after.ru_stime - before.ru_stime
            os.write(write, json.dumps([cpu, after.ru_maxrss * 1024 - base]).encode())
            os._exit(0)
        os.close(write)
        with os.fdopen(read) as pipe:
            data = pipe.read()
        os.waitpid(pid, 0)
        if data:
            cpu, growth = json.loads(data)
            rows.append((cpu, growth, page.name, len(page.data)))
    cpus = sorted(r[0] for r in rows)
    growths = sorted(r[1] for r in rows)

    def pct(values: list[float] | list[int], q: float) -> float:
        return float(values[min(len(values) - 1, int(q * len(values)))])

    print(f"# {len(rows)} corpus pages (readability + trafilatura-eval), one fork each")
    for q in (0.5, 0.9, 0.99, 1.0):
        print(
            f"  p{q * 100:g}: CPU {pct(cpus, q):.3f} s, RSS growth {pct(growths, q) / 1e6:.0f} MB"
        )
    print("  costliest by CPU:")
    for cpu, growth, name, size in sorted(rows, reverse=True)[:top]:
        print(f"    {name:40} {size:>9,} bytes  {cpu:.2f} s  {growth / 1e6:.0f} MB")
    print("  costliest by memory:")
    for cpu, growth, name, size in sorted(rows, key=lambda r: -r[1])[:top]:
        print(f"    {name:40} {size:>9,} bytes  {cpu:.2f} s  {growth / 1e6:.0f} MB")


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--repeat", type=int, default=2, help="runs per page (the median is shown)")
    ap.add_argument("--timeout", type=float, default=300.0, help="wall seconds per run")
    ap.add_argument("--only", nargs="*", help="page names (default: all)")
    ap.add_argument("--corpus", action="store_true", help="the real pages of ../shared/corpus")
    args = ap.parse_args()
    if args.corpus:
        sys.path.insert(0, str(REPO / "bench"))
        print(f"# load average before: {os.getloadavg()[0]:.2f}", flush=True)
        corpus_figures(8)
        print(f"# load average after: {os.getloadavg()[0]:.2f}")
        return 0
    names = args.only or list(PAGES)
    print(f"# bench/heavy_pages.py, load average before: {os.getloadavg()[0]:.2f}", flush=True)
    header = f"{'page':16} {'bytes':>10} {'CPU s':>7} {'wall s':>7} {'peak RSS':>9} {'growth':>8}  outcome"
    print(header)
    print("-" * len(header))
    with tempfile.TemporaryDirectory(prefix="ek-heavy-") as tmp:
        paths = write_pages(Path(tmp), names)
        for name in names:
            runs = [measure(paths[name], args.timeout) for _ in range(args.repeat)]
            runs.sort(key=lambda r: float(r.get("cpu", 1e9)))  # type: ignore[arg-type]
            mid = runs[(len(runs) - 1) // 2]
            size = paths[name].stat().st_size
            if "cpu" not in mid:
                print(f"{name:16} {size:>10,} {'':>7} {'':>7} {'':>9} {'':>8}  {mid['outcome']}")
                continue
            cpu, wall = float(mid["cpu"]), float(mid["wall"])  # type: ignore[arg-type]
            peak, base = int(mid["peak"]), int(mid["base"])  # type: ignore[call-overload]
            cpus = "/".join(f"{float(r['cpu']):.1f}" for r in runs if "cpu" in r)  # type: ignore[arg-type]
            print(
                f"{name:16} {size:>10,} {cpu:>7.2f} {wall:>7.2f} {peak / 1e6:>6.0f} MB"
                f" {(peak - base) / 1e6:>5.0f} MB  {mid['outcome']} (CPU s of the runs: {cpus};"
                f" base RSS {base / 1e6:.0f} MB, VSZ {int(mid['base_vsz']) / 1e6:.0f}"  # type: ignore[call-overload]
                f" -> {int(mid['end_vsz']) / 1e6:.0f} MB)",  # type: ignore[call-overload]
                flush=True,
            )
    print(f"# load average after: {os.getloadavg()[0]:.2f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
