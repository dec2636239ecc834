"""Where ekreader's refresh spends its time: a py-spy profile of the real command (all
processes: the main one, the forkserver, the parse workers) and a stage-by-stage timing of
the same feeds in this process.

    /work/venv/bin/python bench/profile_refresh.py [--feeds 200 --items 50 --origins 20]

Needs py-spy for part 1 (`pip install py-spy`; skipped when absent) and, optionally,
feedparser-rs for the comparison in part 2.
"""

from __future__ import annotations

import argparse
import gzip
import pickle
import shutil
import sqlite3
import statistics
import sys
import tempfile
import time
import urllib.request
from collections import Counter, defaultdict
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from ekreader.core.ingest import rules_for, store_entries

sys.path.insert(0, str(Path(__file__).resolve().parent))

from common import EkreaderHome, clean_env, feed_server, find_ekreader, run_timed

# -- part 1: py-spy over the real command ------------------------------------------------------

# (category, any of these substrings in the stack), first match wins, per role.
WORKER_RULES: list[tuple[str, tuple[str, ...]]] = [
    ("imports in the worker", ("_find_and_load",)),
    ("pickling the result", ("_sendback_result", "_ForkingPickler.dumps", "Queue.put")),
    ("parse: well-formedness check (expat)", ("_check_well_formed",)),
    ("parse: feedparser-rs", ("_parse_fast (ekreader/core/parse/feed.py",)),
    ("parse: feedparser (slow path)", ("feedparser/",)),
    ("parse: _entry (html_to_text, clean_line)", ("_entry (ekreader/core/parse/feed.py",)),
    ("decide: html_to_document of content", ("html_to_document",)),
    ("decide: breaking rules", ("classify",)),
    ("waiting for work", ("Queue.get", "recv_bytes")),
]
MAIN_RULES: list[tuple[str, tuple[str, ...]]] = [
    ("start-up imports", ("_find_and_load",)),
    ("process pool start (forkserver, workers)", ("forkserver.py", "_adjust_process_count")),
    ("store_entries: entry_hash", ("entry_hash",)),
    ("store_entries: SQLite (rows + FTS triggers, commit)", ("store_entries",)),
    ("other store calls (record_fetch, body_hash, open)", ("ekreader/core/store/",)),
    ("HTTP: httpx/httpcore/h11", ("httpx/", "httpcore/", "h11/", "anyio/")),
    ("sending bodies to the workers (queue feeder)", ("Queue._feed", "_ForkingPickler.dumps")),
    ("receiving + unpickling results", ("_ExecutorManagerThread", "multiprocessing/connection")),
    ("hashing bodies (blake2b)", ("blake2b",)),
    ("asyncio event loop", ("asyncio/",)),
    ("summary / CLI", ("ekreader/cli/",)),
]


def classify(frames: Sequence[str], rules: list[tuple[str, tuple[str, ...]]]) -> str:
    joined = ";".join(frames)
    for name, needles in rules:
        if any(n in joined for n in needles):
            return name
    return "other"


def _role(processes: list[str], thread: str, joined: str) -> str:
    if "_process_worker" in joined:
        return "parse workers (all)"
    if len(processes) > 1 or "forkserver" in joined:
        return "forkserver"
    if "MainThread" in thread:
        return "main process: event-loop thread"
    if "ekreader-store" in thread:
        return "main process: store writer thread"
    return "main process: other threads (pool manager, ...)"


def analyse_raw(path: Path, rate: int, wall: float) -> str:
    """Group py-spy's raw (collapsed) stacks by process/thread role and category.

    Samples are of threads that were not idle; threads of one process share the GIL, so a
    thread waiting for it may be counted as busy too."""
    by_role: dict[str, Counter[str]] = defaultdict(Counter)
    leaves: dict[str, Counter[str]] = defaultdict(Counter)
    for line in path.read_text(errors="replace").splitlines():
        stack, _, count_text = line.rpartition(" ")
        if not count_text.isdigit():
            continue
        count = int(count_text)
        parts = stack.split(";")
        processes = [p for p in parts if p.startswith("process ")]
        thread = next((p for p in parts if p.startswith("thread (")), "")
        frames = [p for p in parts if not p.startswith(("process ", "thread ("))]
        joined = ";".join(frames)
        role = _role(processes, thread, joined)
        rules = (
            WORKER_RULES
            if role.startswith("parse")
            else MAIN_RULES
            if role.startswith("main")
            else [("preloading modules", ("_find_and_load",))]
        )
        by_role[role][classify(frames, rules)] += count
        if frames:
            leaf = frames[-1].split(" (")[0]
            where = frames[-1].rsplit(" (", 1)[-1].split(":")[0]
            leaves[role][f"{leaf} ({where})"] += count
    out = []
    for role in sorted(by_role):
        total = sum(by_role[role].values())
        out.append(f"{role}: busy {total / rate:.2f} s ({100 * total / rate / wall:.0f} % of wall)")
        for name, n in by_role[role].most_common():
            if n / rate >= 0.01:
                out.append(f"    {n / rate:6.2f} s  {100 * n / total:5.1f} %  {name}")
        out.append("    hottest functions (self):")
        for name, n in leaves[role].most_common(6):
            out.append(f"    {n / rate:6.2f} s  {name[:90]}")
    return "\n".join(out)


def profile_command(args: argparse.Namespace, opml: Path, work: Path) -> str:
    py_spy = shutil.which("py-spy") or str(Path(sys.executable).parent / "py-spy")
    if not Path(py_spy).exists():
        return "py-spy not found (pip install py-spy): part 1 skipped"
    home = EkreaderHome(args.ekreader, work / "profiled")
    home.subscribe(opml)
    out = []
    for phase in ("cold", "warm"):
        raw = work / f"pyspy-{phase}.txt"
        cmd = [py_spy, "record", "--subprocesses", "--threads", "--rate", str(args.rate)]
        cmd += ["--format", "raw"]
        cmd += ["-o", str(raw), "--", args.ekreader, "fetch", "--feeds-only"]
        run = run_timed(cmd, clean_env(home.home), home.home)
        said = [x for x in run.stdout.splitlines() if " feeds: " in x] or ["?"]
        out.append(f"{phase} refresh under py-spy ({run.wall:.2f} s wall): {said[-1]}")
        out.append(analyse_raw(raw, args.rate, run.wall))
        if args.keep_profiles:
            kept = Path(args.keep_profiles) / raw.name
            shutil.copy(raw, kept)
            out.append(f"(raw profile kept in {kept})")
        out.append("")
    return "\n".join(out)


# -- part 2: the stages, timed in this process --------------------------------------------------


def download(urls: Sequence[str]) -> list[tuple[str, bytes, dict[str, str]]]:
    bodies = []
    for url in urls:
        request = urllib.request.Request(url, headers={"Accept-Encoding": "gzip"})
        with urllib.request.urlopen(request, timeout=30) as response:
            data = response.read()
            headers = {k.lower(): v for k, v in response.headers.items()}
        if headers.get("content-encoding") == "gzip":
            data = gzip.decompress(data)
        bodies.append((url, data, headers))
    return bodies


def clock(fn: Callable[..., Any], *args: Any, **kwargs: Any) -> tuple[float, Any]:
    """CPU seconds of this process (robust to a busy machine) and the result."""
    started = time.process_time()
    value = fn(*args, **kwargs)
    return time.process_time() - started, value


def stages(bodies: list[tuple[str, bytes, dict[str, str]]], work: Path) -> str:
    from ekreader.config import Config
    from ekreader.core.decide.entries import decide
    from ekreader.core.decide.upsert import entry_hash
    from ekreader.core.parse import feed as parse_mod
    from ekreader.core.text.htmltext import html_to_document

    config = Config()
    entries = 0
    fast_feeds = same = 0
    differ: Counter[str] = Counter()
    t: dict[str, float] = defaultdict(float)
    results = []
    for url, body, headers in bodies:
        spec = rules_for(config, url)
        dt, parsed = clock(parse_mod.parse_feed, body, headers, url)
        t["parse_feed (as refresh calls it)"] += dt
        dt, slow = clock(parse_mod.parse_feed, body, headers, url, fast=False)
        t["  parse_feed(fast=False): feedparser"] += dt
        fast_feeds += parse_mod._parse_fast(body, headers.get("content-type", ""), url) is not None
        same += slow == parsed
        differ.update(_differences(parsed, slow))
        dt, decisions = clock(decide, parsed, spec)
        t["decide (rules + html_to_document)"] += dt
        dt, _ = clock(
            lambda es: [html_to_document(e.content, e.link) for e in es if e.content],
            parsed.entries,
        )
        t["  of which html_to_document"] += dt
        dt, blob = clock(pickle.dumps, (parsed, decisions))
        t["pickle the result (worker)"] += dt
        t["pickled bytes"] += len(blob)
        dt, _ = clock(pickle.loads, blob)
        t["unpickle the result (main)"] += dt
        dt, _ = clock(lambda ds: [entry_hash(d.entry) for d in ds], decisions)
        t["entry_hash (main, in store_entries)"] += dt
        entries += len(parsed.entries)
        results.append((url, decisions))
    out = [
        f"{len(bodies)} feeds, {entries} entries; CPU time of each stage, one feed after"
        f" another in this process (feedparser-rs fast path taken for {fast_feeds} feeds;"
        f" fast and feedparser paths gave the same ParsedFeed for {same})"
        + (
            ": fields that differ, in how many feeds: "
            + ", ".join(f"{k} {v}" for k, v in differ.most_common())
            if differ
            else ""
        )
        + ":"
    ]
    for name, value in t.items():
        if name == "pickled bytes":
            out.append(f"    {value / 1e6:8.1f} MB   pickled results, worker -> main")
        else:
            out.append(f"    {value:8.2f} s   {value / entries * 1000:6.3f} ms/entry  {name}")
    out.append("")
    out.append(store_variants(results, entries, work))
    return "\n".join(out)


def _differences(a: Any, b: Any) -> set[str]:
    """Names of the ParsedFeed / ParsedEntry fields where two parses differ."""
    found = {f for f in ("title", "site_url", "error", "format") if getattr(a, f) != getattr(b, f)}
    if len(a.entries) != len(b.entries):
        found.add("number of entries")
    for x, y in zip(a.entries, b.entries, strict=False):
        found |= {f"entry.{k}" for k in x.__dataclass_fields__ if getattr(x, k) != getattr(y, k)}
    return found


def store_variants(results: list[tuple[str, Any]], entries: int, work: Path) -> str:
    """store_entries for every feed: as refresh does it, and variants (bench-only schema
    tweaks on a scratch database) that show what the FTS index and commits cost."""
    from ekreader.core.store import Store
    from ekreader.models import FetchRecord

    def run(
        key: str, name: str, *, fts: str = "keep", batch: int = 1, pragma: str = ""
    ) -> tuple[str, float, float, int]:
        path = work / f"store-{key}.sqlite3"
        store = Store.open(path)
        db = store._db.sql  # bench only: schema tweaks on a scratch database
        if pragma:
            db.execute(pragma)
        if fts == "none":
            # a plain table takes the store's own index writes (it indexes, no trigger)
            db.execute("DROP TABLE articles_fts")
            db.execute("CREATE TABLE articles_fts (articles_fts, title, summary, fulltext)")
        ids = [store.add_feed(url)[0].id for url, _ in results]
        cpu, wall = time.process_time(), time.perf_counter()
        for start in range(0, len(results), batch):
            chunk = list(zip(ids, results, strict=True))[start : start + batch]
            with store.transaction():
                for feed_id, (_, decisions) in chunk:
                    store_entries(store, feed_id, decisions, fetch=FetchRecord(status=200))
        store.close()  # its final checkpoint counts too
        cpu, wall = time.process_time() - cpu, time.perf_counter() - wall
        size = sum(p.stat().st_size for p in work.glob(path.name + "*"))
        return name, cpu, wall, size

    rows = [
        run("now", "now: one transaction per feed, FTS5 indexed by the store"),
        run("b20", "batched: 20 feeds per transaction", batch=20),
        run("b-all", "batched: all feeds in one transaction", batch=len(results)),
        run(
            "ckpt",
            "one transaction per feed, wal_autocheckpoint=0 (one checkpoint at close)",
            pragma="PRAGMA wal_autocheckpoint = 0",
        ),
        run("nofts", "no FTS index at all (lower bound)", fts="none"),
    ]
    out = [
        "SQLite: store_entries for every feed, then close (CPU and wall of this process;"
        " database size after):"
    ]
    for name, cpu, wall, size in rows:
        out.append(
            f"    {cpu:6.2f} s CPU {wall:6.2f} s wall {cpu / entries * 1000:6.3f} ms/entry"
            f"  {size / 1e6:6.1f} MB  {name}"
        )
    out.append(composition(work / "store-now.sqlite3", entries))
    store = Store.open(work / "store-now.sqlite3")
    feed_ids = [f.id for f in store.feeds()]
    cpu, wall = time.process_time(), time.perf_counter()
    for feed_id in feed_ids:
        store.record_fetch(feed_id, FetchRecord(status=304))
    cpu, wall = time.process_time() - cpu, time.perf_counter() - wall
    store.close()
    out.append(
        f"    {cpu:6.2f} s CPU {wall:6.2f} s wall  record_fetch for {len(feed_ids)} feeds,"
        " one transaction each (the warm refresh's writes)"
    )
    return "\n".join(out)


def composition(path: Path, entries: int) -> str:
    """What the cache holds: column bytes and, where SQLite has dbstat, bytes per table."""
    db = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        cols = db.execute(
            "SELECT sum(length(title)), sum(length(summary)), sum(length(content)),"
            " sum(length(fulltext)), sum(length(links)) FROM articles"
        ).fetchone()
        names = ("title", "summary", "content (feed HTML)", "fulltext (sections)", "links")
        parts = ", ".join(
            f"{n} {(v or 0) / entries:.0f} B" for n, v in zip(names, cols, strict=True)
        )
        text = f"    per article, in characters: {parts}"
        try:
            rows = db.execute(
                "SELECT name, sum(pgsize) FROM dbstat GROUP BY name ORDER BY 2 DESC LIMIT 8"
            ).fetchall()
        except sqlite3.Error:
            return text + " (no dbstat in this SQLite for a per-table split)"
        total = sum(r[1] for r in rows) or 1
        text += "\n    bytes per table: " + ", ".join(
            f"{name} {size / 1e6:.1f} MB ({100 * size / total:.0f} %)" for name, size in rows
        )
        return text
    finally:
        db.close()


def pool_startup() -> str:
    """Time to the first result of a forkserver pool, as refresh.py creates it."""
    from ekreader.core.page import extract as extract_job
    from ekreader.core.workers import WorkerPool

    times = []
    for _ in range(3):
        started = time.perf_counter()
        pool = WorkerPool(2)
        body = b"<html><body><p>A short page.</p></body></html>"
        futures = [pool.submit(extract_job, body, {}, "http://x/") for _ in range(2)]
        for f in futures:
            f.result()
        times.append(time.perf_counter() - started)
        pool.shutdown()
    return (
        f"process pool (forkserver, 2 workers) to its first extracted pages: "
        f"{statistics.median(times) * 1000:.0f} ms (median of 3)"
    )


def startup(exe: str, work: Path) -> str:
    home = work / "empty"
    home.mkdir(exist_ok=True)
    env = clean_env(home)
    walls = [run_timed([exe, "fetch", "--feeds-only"], env, home).wall for _ in range(5)]
    py = [
        run_timed(
            [sys.executable, "-c", "import ekreader.core.refresh, ekreader.core.store, httpx"],
            env,
            home,
        ).wall
        for _ in range(5)
    ]
    bare = [run_timed([sys.executable, "-c", "pass"], env, home).wall for _ in range(5)]
    return (
        f"start-up: `ekreader fetch` on an empty home {statistics.median(walls) * 1000:.0f} ms;"
        f" python -c pass {statistics.median(bare) * 1000:.0f} ms; importing the refresh path"
        f" (refresh, store, httpx) {statistics.median(py) * 1000:.0f} ms"
    )


def main(argv: Sequence[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--feeds", type=int, default=200)
    ap.add_argument("--items", type=int, default=50)
    ap.add_argument("--origins", type=int, default=20)
    ap.add_argument("--rate", type=int, default=250, help="py-spy samples per second")
    ap.add_argument(
        "--local-links", action="store_true", help="links inside the feeds on 127.0.0.1"
    )
    ap.add_argument("--ekreader", help="the ekreader command (default: beside this python)")
    ap.add_argument("--keep-profiles", metavar="DIR", help="copy py-spy's raw output here")
    args = ap.parse_args(argv)
    args.ekreader = find_ekreader(args.ekreader)
    if not args.ekreader:
        print("ekreader not found: pip install -e .", file=sys.stderr)
        return 2
    work = Path(tempfile.mkdtemp(prefix="ekreader-profile-"))
    try:
        with feed_server(
            work / "site",
            feeds=args.feeds,
            items=args.items,
            origins=args.origins,
            public_links=not args.local_links,
        ) as server:
            print("== 1. py-spy over `ekreader fetch --feeds-only`, 0 ms latency ==\n")
            print(profile_command(args, server.opml, work))
            print("== 2. the same feeds, stage by stage, in one process ==\n")
            print(stages(download(server.urls), work))
            print()
            print(pool_startup())
            print(startup(args.ekreader, work))
    finally:
        shutil.rmtree(work, ignore_errors=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
