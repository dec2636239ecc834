"""How much `F` (fetch one article's full text) stalls the reader UI while a heavy page is
extracted.

    /work/venv/bin/python bench/ui_fetch_page.py                  # 3.5 MB page, 3 runs
    /work/venv/bin/python bench/ui_fetch_page.py --mb 4 --depth 60 --runs 5

Builds a big invented HTML page (nested divs around paragraphs, headings every 20
blocks; our own words), serves it from a stdlib HTTP server on 127.0.0.1, opens an
article of a throwaway cache in `ReaderApp.run_test` (Pilot, 120×36), presses `F` and,
until the page is stored, keeps the UI busy and measures:

- heartbeat gap: the longest time between two ticks of a 10 ms interval timer in the
  app, minus 10 ms (the worst time the event loop could do nothing), from F until the
  full text is on screen; the gap in which the app lays the new text out is given
  apart ("showing the full text": the UI's own work, not the download or extraction);
- key latency: a key event handed to the driver until every widget of the screen has
  processed it (what Pilot's `press` waits for before its idle check);
- `pilot.press` and `pilot.pause()`: whole calls, as a test sees them (both also wait for
  the process's CPU to go idle, up to 1 s, so work of any thread of the UI process
  counts, even when it does not block the event loop);
- CPU seconds of the UI process from F to the end, and how much of it was outside the
  event loop's thread (the download and, before the page process, the extraction);
- then F once more and, one second into it, quit: the time until the app (and the
  asyncio loop that ran it, which waits for worker threads) is gone.

On a shared 2-core machine the heartbeat figures include the other processes' load:
run the "before" and "after" versions back to back.

Each run prints its figures; the last lines give the median over runs of each maximum.
To measure another version, put its copy first on PYTHONPATH (the header names the
ekreader it imported):

    git archive HEAD~3 ekreader | tar -x -C /tmp/before
    PYTHONPATH=/tmp/before /work/venv/bin/python bench/ui_fetch_page.py
"""

from __future__ import annotations

import argparse
import asyncio
import itertools
import random
import statistics
import sys
import tempfile
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
if str(REPO) not in sys.path:
    sys.path.append(str(REPO))  # after PYTHONPATH, so a copy of ekreader/ there wins

WORDS = [
    *("storm", "council", "harbour", "election", "market", "bridge", "river", "school"),
    *("rail", "power", "court", "minister", "flood", "festival", "museum", "police"),
    *("strike", "budget", "ferry", "tunnel", "winter", "engineers", "span", "steel"),
]
TICK = 0.01
"""Seconds between two heartbeats."""
IDLE_SECONDS = 3.0
"""Seconds of the same key load before F, for the machine's noise floor."""
STALL = 0.05
"""A heartbeat gap longer than this is counted as a stall."""


def heavy_page(megabytes: float, depth: int, seed: int = 7) -> bytes:
    """An invented article page of about `megabytes` MB: every paragraph sits `depth`
    divs deep (deep nesting is what makes extraction slow), a heading every 20."""
    rnd = random.Random(seed)
    target = int(megabytes * 1_000_000)
    parts = [
        "<!doctype html><html><head><meta charset='utf-8'><title>A very long report</title>"
        "</head><body><article><h1>A very long report</h1>"
    ]
    size = 0
    block = 0
    while size < target:
        block += 1
        words = " ".join(rnd.choice(WORDS) for _ in range(40))
        heading = f"<h2>Part {block // 20}</h2>" if block % 20 == 0 else ""
        chunk = (
            heading
            + "<div class='wrap'>" * depth
            + f"<p>{words.capitalize()}. <a href='/n/{block}'>more {block}</a>"
            + f" <b>{words[:30]}</b></p>"
            + "</div>" * depth
        )
        parts.append(chunk)
        size += len(chunk)
    parts.append("</article></body></html>")
    return "".join(parts).encode()


@contextmanager
def serve(body: bytes) -> Iterator[str]:
    """Serve `body` as text/html at /page.html on 127.0.0.1; yields its URL."""

    class Handler(BaseHTTPRequestHandler):
        def log_message(self, format: str, *args: object) -> None:
            pass

        def do_GET(self) -> None:
            self.send_response(200)
            self.send_header("Content-Type", "text/html; charset=utf-8")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}/page.html"
    finally:
        server.shutdown()
        server.server_close()


@dataclass
class Run:
    """The figures of one F."""

    seconds: float = 0.0
    """F to the article shown with its full text."""
    gaps: list[float] = field(default_factory=list)
    """Heartbeat gaps until the full text is shown (download and extraction)."""
    show: float = 0.0
    """The gap in which the app laid out the full text (the UI's own work)."""
    keys: list[float] = field(default_factory=list)
    presses: list[float] = field(default_factory=list)
    pauses: list[float] = field(default_factory=list)
    sections: int = 0
    cpu: float = 0.0
    """CPU seconds of the UI process (all its threads) from F to the end of the fetch."""
    loop_cpu: float = 0.0
    """Of those, the event loop's thread (where the bench's own key presses are handled)."""
    quit_at: float = 0.0
    """When the app was told to quit (one second into a second F)."""
    quit: float = 0.0
    """From then until the app and its event loop were gone."""
    idle: Run | None = None
    """The same measures for IDLE_SECONDS before F (no fetch running)."""


def _table(runs: list[Run]) -> None:
    """Idle beside "while F runs": each figure is the median over `runs` (of one value
    per run: its maximum, or its median)."""

    def figure(pick: Callable[[Run], float]) -> float:
        return statistics.median(pick(r) for r in runs)

    def worst(values: Callable[[Run], list[float]]) -> Callable[[Run], float]:
        return lambda r: max(values(r), default=0.0) * 1000

    def middle(values: Callable[[Run], list[float]]) -> Callable[[Run], float]:
        return lambda r: statistics.median(values(r) or [0.0]) * 1000

    def stalled(r: Run) -> float:
        seconds = IDLE_SECONDS if r.idle is None else r.seconds
        return sum(g for g in r.gaps if g > STALL) / seconds * 100

    def idle(r: Run) -> Run:
        assert r.idle is not None
        return r.idle

    rows: list[tuple[str, Callable[[Run], float], str]] = [
        ("heartbeat gap, worst", worst(lambda r: r.gaps), "ms"),
        (f"time in gaps over {STALL * 1000:.0f} ms", stalled, "%"),
        ("key latency, worst", worst(lambda r: r.keys), "ms"),
        ("key latency, median", middle(lambda r: r.keys), "ms"),
        ("pilot.press, worst", worst(lambda r: r.presses), "ms"),
        ("pilot.pause(), worst", worst(lambda r: r.pauses), "ms"),
    ]
    print(f"  {'':28} {'idle, no F':>12} {'while F runs':>14}")
    for label, pick, unit in rows:
        before = figure(lambda r, pick=pick: pick(idle(r)))  # type: ignore[misc]
        during = figure(pick)
        print(f"  {label:28} {before:9.1f} {unit:<2} {during:11.1f} {unit:<2}")
    print(f"  {'showing the full text':28} {'':12} {figure(lambda r: r.show) * 1000:11.1f} ms")


async def one_run(url: str, home: Path, megabytes: float) -> Run:
    """Open the article in a fresh app over a fresh cache, press F, measure until done."""
    from textual import events

    from ekreader.config import config_from_dict
    from ekreader.core.store import Store
    from ekreader.paths import Paths
    from ekreader.ui.app import ReaderApp
    from ekreader.ui.screens.article import ArticleScreen
    from tests.ui.factory import LONG_SECTIONS, Item, add_feed

    paths = Paths(home / "config", home / "data", home / "cache")
    paths.data_dir.mkdir(parents=True, exist_ok=True)
    store = Store.open(paths.database)
    add_feed(
        store,
        "http://127.0.0.1:9/bench.xml",
        "Bench",
        [Item(f"Story {i}", i, sections=LONG_SECTIONS, link=url) for i in range(30)],
    )
    config = config_from_dict({"general": {"refresh_on_start": False, "first_run_feeds": False}})
    app = ReaderApp(paths, config, store)
    idle = Run()
    run = Run(idle=idle)
    try:
        async with app.run_test(size=(120, 36)) as pilot:
            await pilot.pause()
            await pilot.press("enter")
            await pilot.pause()
            screen = app.screen
            assert isinstance(screen, ArticleScreen), "the article did not open"
            beats: list[float] = []
            shown: list[int] = []  # the index of the first beat after the full text showed

            def beat() -> None:
                beats.append(time.perf_counter())
                if not shown and app.screen is screen and screen.article.full_text:
                    shown.append(len(beats) - 1)

            await asyncio.sleep(0.2)
            app.set_interval(TICK, beat)
            driver = app._driver
            assert driver is not None

            def fetching() -> bool:
                return any(w.group == "page" and not w.is_finished for w in app.workers)

            async def key(name: str) -> float:
                started = time.perf_counter()
                driver.send_message(events.Key(name, name))
                for _ in range(3):  # the app forwards it to the screen, that to the focus
                    await pilot._wait_for_screen()
                return time.perf_counter() - started

            async def sample(running: Callable[[], bool], into: Run) -> None:
                """Ten key latencies 20 ms apart, then one pilot.press and pilot.pause()
                (not side by side: Pilot's idle check would wait for the key load)."""
                step = 0
                while running():
                    step += 1
                    name = "j" if step % 2 else "k"
                    if step % 11:
                        into.keys.append(await key(name))
                        await asyncio.sleep(0.02)
                        continue
                    t = time.perf_counter()
                    await pilot.press(name)
                    into.presses.append(time.perf_counter() - t)
                    t = time.perf_counter()
                    await pilot.pause()
                    into.pauses.append(time.perf_counter() - t)

            # The same load without F first: the noise floor of this machine.
            until = time.perf_counter() + IDLE_SECONDS
            await sample(lambda: time.perf_counter() < until, idle)
            idle.gaps = [b - a - TICK for a, b in itertools.pairwise(beats)]
            beats.clear()
            started = time.perf_counter()
            cpu, loop_cpu = time.process_time(), time.thread_time()
            await key("F")
            while not fetching():
                await asyncio.sleep(0.001)
                if time.perf_counter() - started > 5:
                    raise RuntimeError("F started no page fetch")
            await asyncio.wait_for(sample(fetching, run), 120)
            run.seconds = time.perf_counter() - started
            run.cpu = time.process_time() - cpu
            run.loop_cpu = time.thread_time() - loop_cpu
            await pilot.pause()
            gaps = [b - a - TICK for a, b in itertools.pairwise(beats)]
            cut = shown[0] - 1 if shown else len(gaps)
            run.gaps, run.show = gaps[:cut], gaps[cut] if cut < len(gaps) else 0.0
            article = store.article(screen.article.id)
            notes = [f"{n.title}: {n.message}" for n in app._notifications]
            if article is None or not article.full_text:
                raise RuntimeError(f"the page was not stored: {notes}")
            run.sections = len(screen.article.document.sections)
            # F once more, and quit one second into it.
            await key("F")
            while not fetching():
                await asyncio.sleep(0.001)
            await asyncio.sleep(1.0)
            run.quit_at = time.perf_counter()
            app.exit()
    finally:
        store.close()
    return run


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else "")
    parser.add_argument("--mb", type=float, default=3.5, help="page size in MB (3.5)")
    parser.add_argument("--depth", type=int, default=60, help="divs around each paragraph (60)")
    parser.add_argument("--runs", type=int, default=3, help="fresh app per run (3)")
    args = parser.parse_args(argv)

    import ekreader
    from ekreader.core.page import extract as extract_job

    body = heavy_page(args.mb, args.depth)
    started = time.perf_counter()
    extract_job(body, {"content-type": "text/html; charset=utf-8"}, "http://127.0.0.1/page.html")
    alone = time.perf_counter() - started
    print(f"ekreader from {Path(ekreader.__file__).parent}")
    print(
        f"page: {len(body) / 1e6:.2f} MB, divs {args.depth} deep; "
        f"extract_job alone (this process): {alone:.2f} s"
    )
    runs: list[Run] = []
    with serve(body) as url:
        for number in range(1, args.runs + 1):
            with tempfile.TemporaryDirectory(prefix="ekreader-bench-") as home:
                run = asyncio.run(one_run(url, Path(home), args.mb))
                run.quit = time.perf_counter() - run.quit_at
            runs.append(run)
            print(
                f"run {number}: F to full text {run.seconds:.2f} s ({run.sections} sections); "
                f"UI process CPU meanwhile {run.cpu:.2f} s, of which outside the event loop "
                f"thread {run.cpu - run.loop_cpu:.2f} s; quit 1 s into another F: "
                f"{run.quit:.2f} s"
            )
            _table([run])
    print(f"median over {len(runs)} runs:")
    _table(runs)
    print(
        f"  F to full text {statistics.median(r.seconds for r in runs):.2f} s; UI process CPU "
        "outside the event loop thread "
        f"{statistics.median(r.cpu - r.loop_cpu for r in runs):.2f} s; quit 1 s into "
        f"another F: {statistics.median(r.quit for r in runs):.2f} s"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
