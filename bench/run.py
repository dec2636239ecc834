"""Issue 6's figures in one command: ekreader beside newsboat on the same local feeds, in
the same run, with the ratio ekreader / newsboat and the issue's target for each figure.

    /work/venv/bin/python bench/run.py            # the full run (8-15 minutes)
    /work/venv/bin/python bench/run.py --quick    # smaller sizes, fewer repeats (2 minutes)

1. Refresh: cold and warm (all 304) of 200 feeds x 50 items at 0 and 200 ms per request
   (bench/refresh.py's runs: `ekreader fetch --feeds-only`, `newsboat -x reload` with its
   defaults and with `reload-threads 16`).
2. Start-up: launch to the first painted list and VmRSS once painted, at 10 000 and
   100 000 cached articles, both tools in a 120x36 tmux pane polled with capture-pane. The
   caches are each tool's own, filled by the tool itself from the same feed server
   (200 feeds x 50 and 200 feeds x 500 items).
3. Search across 100 000 articles: ekreader's Store with HeadlineQuery(search=...), the
   path of the UI's `/` and of `ekreader headlines --search`, and that command's wall
   time; in both UIs (tmux), Enter in the search prompt to the results on screen. Then
   issue 11's five shapes of query (bench/query.py: a word, two words, a phrase, a
   field plus words, `is:unread since:2d`), through the Store and the command.
4. Full articles: `ekreader fetch` with `full_text = "always"` downloading and extracting
   20 x 25 article pages from the feed server (pages per second, wall and CPU).
5. Cache size per 1 000 articles.

Everything talks to 127.0.0.1 only. Progress goes to stderr, the report to stdout.
"""

from __future__ import annotations

import argparse
import concurrent.futures
import hashlib
import json
import os
import platform
import shutil
import sqlite3
import subprocess
import sys
import tempfile
import time
import urllib.request
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import query as query_bench
import startup
from common import (
    REPO,
    EkreaderHome,
    FeedServer,
    Interference,
    NewsboatHome,
    OtherLoad,
    Run,
    become_subreaper,
    feed_server,
    find_ekreader,
    fmt_s,
    median,
    run_timed,
)
from refresh import (
    EKREADER,
    NEWSBOAT,
    NEWSBOAT16,
    TOOLS,
    Bench,
    Results,
    noisy,
    table,
    warm_up,
)

NOISY = 0.25
"""Cores other processes used during a measurement above which its figure is marked *."""
EK_UI_CONFIG = "[general]\nrefresh_on_start = false\nfirst_run_feeds = false\n"
"""The reader starts without refreshing (newsboat's default too: refresh-on-startup no)."""
PAGES_CONFIG = '[fetch]\nfull_text = "always"\n'


@dataclass(frozen=True)
class Query:
    text: str
    kind: str


QUERIES = (
    Query("council", "common word"),
    Query("breaking", "rare word"),
    Query("harbour strike", "two words"),
    Query("parl", "prefix"),
    Query("greve", "folded accent: grève"),
)


def log(text: str) -> None:
    sys.stderr.write(f"[{time.strftime('%H:%M:%S')}] {text}\n")
    sys.stderr.flush()


# -- measurements -----------------------------------------------------------------------------


@dataclass
class Measured:
    """Samples of one figure and how busy the machine was meanwhile."""

    values: list[float] = field(default_factory=list)
    others: list[float] = field(default_factory=list)

    def add(self, value: float, others: float | None) -> None:
        self.values.append(value)
        if others is not None:
            self.others.append(others)

    @property
    def median(self) -> float | None:
        return median(self.values)

    @property
    def flag(self) -> str:
        value = median(self.others)
        return "*" if value is not None and value > NOISY else ""


@dataclass
class Caches:
    """One size of cache for the start-up and search figures."""

    feeds: int
    items: int
    ek: EkreaderHome
    nb: NewsboatHome
    ek_build: Run
    nb_build: Run
    ek_title: str = ""
    """The newest headline: the first row of ekreader's list."""
    nb_title: str = ""
    """The first feed's title: the first row of newsboat's feed list."""

    @property
    def articles(self) -> int:
        return self.feeds * self.items


@dataclass
class Report:
    """Everything measured, keyed by figure name."""

    refresh: Results = field(default_factory=Results)
    figures: dict[str, Measured] = field(default_factory=dict)
    numbers: dict[str, float] = field(default_factory=dict)
    problems: list[str] = field(default_factory=list)

    def m(self, key: str) -> Measured:
        return self.figures.setdefault(key, Measured())


class Machine:
    """Load awareness for the measurements outside refresh.py: wait for a quiet moment,
    then measure how many cores others used (the machine's busy time minus ours, minus
    the measured program's and the tmux server's, which are not our children)."""

    def __init__(self, quiet_wait: float) -> None:
        self.quiet_wait = quiet_wait
        self.interference = Interference()
        self.extra: list[int] = []
        self.extra_start = 0.0

    def start(self, extra_pids: Sequence[int] = (), *, wait: bool = True) -> None:
        if wait and self.quiet_wait:
            self.interference.wait_quiet(NOISY, self.quiet_wait, window=0.5)
        self.interference.mark()
        self.extra = list(extra_pids)
        self.extra_start = sum(_pid_cpu(p) for p in self.extra)

    def others(self, measured_cpu: float = 0.0) -> float | None:
        """Cores others used since start(); `measured_cpu`: CPU of a process that is not
        our child (e.g. the program in the tmux pane)."""
        elapsed = time.monotonic() - self.interference.start
        cores = self.interference.cores()
        if cores is None or elapsed <= 0:
            return None
        extra = sum(_pid_cpu(p) for p in self.extra) - self.extra_start
        return max(0.0, cores - (extra + measured_cpu) / elapsed)


def _pid_cpu(pid: int) -> float:
    try:
        return startup.cpu_seconds(pid)
    except (OSError, IndexError):
        return 0.0


def _tmux_server_pid() -> list[int]:
    out = startup.tmux("display-message", "-p", "#{pid}").strip()
    return [int(out)] if out.isdigit() else []


# -- 1. refresh -------------------------------------------------------------------------------


def refresh_args(args: argparse.Namespace, report: Report) -> argparse.Namespace:
    """What refresh.py's Bench expects."""
    return argparse.Namespace(
        feeds=args.feeds,
        items=args.items,
        latency=args.latency,
        repeat=args.repeat,
        slow_repeat=1,
        quiet_wait=args.quiet_wait,
        connect_latency=0.0,
        ekreader=args.ekreader,
        newsboat=args.newsboat,
        ek_config=None,
        results=report.refresh,
    )


# -- 2. caches and start-up -------------------------------------------------------------------


def build_caches(server: FeedServer, work: Path, args: argparse.Namespace, items: int) -> Caches:
    """Each tool fills its own cache from the server (0 ms latency): ekreader with
    `fetch --feeds-only`, newsboat with `-x reload` (16 threads, to save time; its cache is
    the same with one). Then newsboat's config goes back to its defaults for the launches."""
    server.set_latency(0)
    n = len(server.urls) * items
    ek = EkreaderHome(args.ekreader, work / f"caches-{n}-ek")
    ek.write_config(EK_UI_CONFIG)
    ek.subscribe(server.opml)
    ek_run = ek.fetch()
    nb = NewsboatHome(args.newsboat, work / f"caches-{n}-nb", server.urls, "reload-threads 16\n")
    nb_run = nb.reload()
    (nb.home / "config").write_text("", encoding="utf-8")
    caches = Caches(len(server.urls), items, ek, nb, ek_run, nb_run)
    with sqlite3.connect(f"file:{ek.database}?mode=ro", uri=True) as db:
        row = db.execute(
            "SELECT title FROM articles ORDER BY sort_time DESC, id DESC LIMIT 1"
        ).fetchone()
        caches.ek_title = str(row[0] if row else "")
    with sqlite3.connect(f"file:{nb.cache}?mode=ro", uri=True) as db:
        row = db.execute(
            "SELECT title FROM rss_feed WHERE rssurl = ?", (server.urls[0],)
        ).fetchone()
        caches.nb_title = str(row[0] if row else "")
    log(
        f"  caches of {n:,}: ekreader {ek_run.wall:.1f} s ({ek.articles():,} articles),"
        f" newsboat 16 thr {nb_run.wall:.1f} s ({nb.articles():,} articles)"
    )
    return caches


def check_caches(caches: Caches, report: Report) -> None:
    n = caches.articles
    for tool, run, got in (
        ("ekreader fetch", caches.ek_build, caches.ek.articles()),
        ("newsboat reload", caches.nb_build, caches.nb.articles()),
    ):
        if run.returncode != 0 or got != n:
            report.problems.append(
                f"cache of {n:,}: {tool} exit {run.returncode}, {got:,} articles"
                f" (expected {n:,}): {run.stderr.strip()[-300:]}"
            )
    if not caches.ek_title or not caches.nb_title:
        report.problems.append(f"cache of {n:,}: no title to wait for on screen")


def ek_painted(caches: Caches) -> Callable[[str], bool]:
    wanted = caches.ek_title[:40]
    return lambda text: wanted in text


def nb_painted(caches: Caches) -> Callable[[str], bool]:
    wanted = caches.nb_title[:40]
    return lambda text: "Your feeds" in text and wanted in text


def nb_argv(home: NewsboatHome) -> list[str]:
    h = home.home
    return [home.exe, "-u", str(h / "urls"), "-c", str(home.cache), "-C", str(h / "config")]


def nb_env(home: NewsboatHome) -> dict[str, str]:
    return {"HOME": str(home.home), "TERM": "xterm-256color"}


def ek_env(home: EkreaderHome) -> dict[str, str]:
    env = {**startup.ekreader_env(home.env), "TERM": "xterm-256color"}
    if "PYTHONPATH" in home.env:
        env["PYTHONPATH"] = home.env["PYTHONPATH"]
    return env


def ui_search(
    launch: startup.Launch,
    tool: str,
    query: Query,
    timeout: float,
) -> tuple[float, int | None]:
    """In the running UI: '/', the words, then Enter: seconds from Enter to the results
    on screen, and the hits the screen reports."""
    session = launch.session
    prompt = "Search all cached articles" if tool == EKREADER else "Search for:"
    startup.tmux("send-keys", "-t", session, "/")
    startup.wait_for(session, lambda text: prompt in text, timeout=10)
    startup.tmux("send-keys", "-t", session, "-l", query.text)
    typed = f"Search for: {query.text}" if tool == NEWSBOAT else f"▊  {query.text}"
    startup.wait_for(session, lambda text: typed in text, timeout=10)
    if tool == EKREADER:
        header = f"Search: {query.text} · "

        def shown(text: str) -> bool:
            return header in text or "Nothing found." in text
    else:

        def shown(text: str) -> bool:
            return "Search results (" in text or "No results" in text

    started = time.perf_counter()
    startup.tmux("send-keys", "-t", session, "Enter")
    done = startup.wait_for(session, shown, timeout=timeout)
    text = startup.capture(session)
    hits: int | None = None
    if tool == EKREADER and header in text:
        tail = text.split(header, 1)[1].split(" ", 1)[0]
        hits = int(tail) if tail.isdigit() else None
    elif "Search results (" in text:
        tail = text.split("Search results (", 1)[1].split(" ", 1)[0]
        hits = int(tail) if tail.isdigit() else None
    elif "No results" in text:
        hits = 0
    # Back to the first screen.
    if tool == EKREADER:
        startup.tmux("send-keys", "-t", session, "Escape")
        startup.wait_for(session, lambda text: "Search: " not in text, timeout=10)
    else:
        if hits:
            startup.tmux("send-keys", "-t", session, "q")
        startup.wait_for(session, lambda text: "Your feeds" in text, timeout=10)
    return done - started, hits


def startup_figures(
    caches: Caches, args: argparse.Namespace, report: Report, machine: Machine, search: bool
) -> None:
    """Launches of both tools, alternating; the first of each untimed (page cache)."""
    n = caches.articles
    ek_argv, nb = [args.ekreader], caches.nb
    timeout = 60.0 if n <= 20_000 else 300.0
    tools = [
        (EKREADER, ek_argv, ek_env(caches.ek), ek_painted(caches), ("q",)),
        (NEWSBOAT, nb_argv(nb), nb_env(nb), nb_painted(caches), ("q",)),
    ]
    for rep in range(args.launches + 1):
        order = tools if rep % 2 == 0 else tools[::-1]
        for tool, argv, env, painted, keys in order:
            started = time.monotonic()
            try:
                machine.start(_tmux_server_pid())
                with startup.launched(
                    argv, env, painted, timeout=timeout, quit_keys=keys
                ) as launch:
                    others = machine.others(launch.cpu)
                    time.sleep(1.0)
                    rss = max(launch.rss, startup.rss_mb(launch.pid))
                    if rep == 0:
                        continue  # warm-up launch: program files into the page cache
                    report.m(f"paint {tool} {n}").add(launch.paint, others)
                    report.m(f"rss {tool} {n}").add(rss, others)
                    report.m(f"paint-cpu {tool} {n}").add(launch.cpu, others)
                    if tool == NEWSBOAT:
                        t = nb_headlines(launch)
                        report.m(f"nb-enter {n}").add(t, None)
                    if search and rep <= args.ui_search_launches:
                        for query in QUERIES:
                            machine.start(_tmux_server_pid(), wait=False)
                            cpu0 = _pid_cpu(launch.pid)
                            seconds, hits = ui_search(launch, tool, query, timeout)
                            others = machine.others(_pid_cpu(launch.pid) - cpu0)
                            report.m(f"ui-search {tool} {query.text}").add(seconds, others)
                            if hits is not None:
                                report.numbers[f"ui-hits {tool} {query.text}"] = hits
            except (TimeoutError, RuntimeError) as exc:
                report.problems.append(f"{tool} launch at {n:,}: {str(exc)[:400]}")
            log(f"  {n:>7,} articles  launch {rep}  {tool:<9} {time.monotonic() - started:5.1f} s")


def nb_headlines(launch: startup.Launch) -> float:
    """newsboat's first screen is the feed list: Enter on the first feed to its headline
    list (seconds from Enter), then back."""
    session = launch.session
    started = time.perf_counter()
    startup.tmux("send-keys", "-t", session, "Enter")
    done = startup.wait_for(session, lambda text: "Articles in feed" in text, timeout=30)
    startup.tmux("send-keys", "-t", session, "q")
    startup.wait_for(session, lambda text: "Your feeds" in text, timeout=30)
    return done - started


# -- 3. search through the Store ----------------------------------------------------------------


def store_search(
    caches: Caches, args: argparse.Namespace, report: Report, machine: Machine
) -> None:
    """HeadlineQuery(search=...) through the Store, as the UI does it (count, then the first
    page of the virtual list) and as `headlines --search --limit 50` does it; then the
    command itself."""
    from ekreader.core.store import Store
    from ekreader.models import HeadlineQuery
    from ekreader.ui.widgets.headline_list import PAGE

    store = Store.open(caches.ek.database)
    try:
        for query in QUERIES:
            q = HeadlineQuery(search=query.text)
            report.numbers[f"hits {query.text}"] = store.count(q)
            for rep in range(args.search_repeat):
                machine.start(wait=rep == 0)
                t0 = time.perf_counter()
                store.count(q)
                rows = store.headlines(q, limit=PAGE)
                t1 = time.perf_counter()
                store.headlines(q, limit=50)
                t2 = time.perf_counter()
                others = machine.others()
                report.m(f"store-ui {query.text}").add(t1 - t0, others)
                report.m(f"store-50 {query.text}").add(t2 - t1, others)
            if not rows:
                report.problems.append(f"search {query.text!r}: no hits")
    finally:
        store.close()
    # Issue 11's five shapes of query (bench/query.py), the Store given the data's clock.
    for rep in range(args.search_repeat):
        machine.start(wait=rep == 0)
        shapes = query_bench.measure_store(caches.ek.database, 1)
        others = machine.others()
        for text, figures in shapes.items():
            report.numbers[f"shape-hits {text}"] = figures.hits
            report.m(f"shape {text}").add(figures.wall[0], others)
            report.m(f"shape-cpu {text}").add(figures.cpu[0], others)
    machine.start()
    for text, figures in query_bench.measure_command(
        args.ekreader, caches.ek.env, args.cli_repeat
    ).items():
        for wall in figures.wall:
            report.m(f"shape-cli {text}").add(wall, None)
    for query in QUERIES:
        cmd = [args.ekreader, "headlines", "--search", query.text, "--json", "--limit", "50"]
        for rep in range(args.cli_repeat):
            machine.start(wait=rep == 0)
            run = run_timed(cmd, caches.ek.env, caches.ek.home)
            others = machine.others()
            report.m(f"cli {query.text}").add(run.wall, others)
            if run.returncode != 0 or not json.loads(run.stdout or "[]"):
                report.problems.append(
                    f"`{' '.join(cmd[1:])}`: exit {run.returncode}, {run.stderr.strip()[-200:]}"
                )


# -- 4. full articles ---------------------------------------------------------------------------


def pages_figures(work: Path, args: argparse.Namespace, report: Report, machine: Machine) -> None:
    """`ekreader fetch` downloading and extracting every article page (full_text always),
    after an untimed `fetch --feeds-only`: the timed run's feeds all answer 304."""
    feeds, items = args.pages
    with feed_server(
        work / "site-pages", feeds=feeds, items=items, origins=min(feeds, 20), public_links=False
    ) as server:
        # Render every page on the server first: its lazy rendering is not ekreader's time.
        bases = [u.rsplit("/feeds/", 1)[0] for u in server.urls]
        urls = [f"{bases[f]}/articles/{f}/{i}.html" for f in range(feeds) for i in range(items)]
        with concurrent.futures.ThreadPoolExecutor(8) as pool:
            list(pool.map(lambda u: urllib.request.urlopen(u, timeout=30).read(), urls))
        machine.interference.server_pid = server.process.pid
        try:
            for rep in range(args.pages_repeat):
                home = EkreaderHome(args.ekreader, work / f"pages-{rep}")
                home.write_config(PAGES_CONFIG)
                home.subscribe(server.opml)
                home.fetch()
                server.reset_stats()
                machine.start()
                run = run_timed([args.ekreader, "fetch"], home.env, home.home)
                others = machine.others()
                with sqlite3.connect(f"file:{home.database}?mode=ro", uri=True) as db:
                    done = db.execute(
                        "SELECT count(*) FROM articles WHERE text_source = 'page'"
                    ).fetchone()[0]
                stats = server.stats("ekreader")
                if run.returncode != 0 or done != feeds * items:
                    report.problems.append(
                        f"pages run {rep + 1}: exit {run.returncode}, {done} pages extracted"
                        f" of {feeds * items}; server saw {stats}; {run.stdout.strip()[-200:]}"
                    )
                report.m("pages wall").add(done / run.wall, others)
                report.m("pages cpu").add(done / run.cpu if run.cpu else 0.0, others)
                report.m("pages seconds").add(run.wall, others)
                report.m("pages cpu seconds").add(run.cpu, others)
                log(f"  pages run {rep + 1}: {done} pages in {run.wall:.2f} s, CPU {run.cpu:.2f} s")
                shutil.rmtree(home.home, ignore_errors=True)
        finally:
            machine.interference.server_pid = None


# -- the report ---------------------------------------------------------------------------------


def ratio(a: float | None, b: float | None) -> str:
    return f"{a / b:.2f}" if a is not None and b else "—"


def verdict(ok: bool | None) -> str:
    return "" if ok is None else ("met" if ok else "MISSED")


def fmt_ms(value: float | None) -> str:
    return "—" if value is None else f"{value * 1000:.0f} ms" if value < 10 else f"{value:.1f} s"


def fmt_paint(value: float | None) -> str:
    return "—" if value is None else f"{value * 1000:.0f} ms" if value < 1 else f"{value:.2f} s"


def fmt_mb(size: float | None) -> str:
    return "—" if not size else f"{size / 1e6:.2f} MB"


def refresh_rows(report: Report, args: argparse.Namespace) -> list[list[str]]:
    res, origins = report.refresh, args.origins
    rows: list[list[str]] = []
    n = args.feeds * args.items
    rows.append(
        [
            f"— 1. refresh, {args.feeds} feeds × {args.items} items ({n:,} articles),"
            f" {origins} origins; wall time, median of {args.repeat} —",
            *[""] * 7,
        ]
    )
    for latency in args.latency:
        for phase in ("cold", "warm"):
            ek = res.pick(EKREADER, origins, latency, phase)
            nb = res.pick(NEWSBOAT, origins, latency, phase)
            nb16 = res.pick(NEWSBOAT16, origins, latency, phase)
            n_nb = len(res.walls(NEWSBOAT, origins, latency, phase))
            flag = {t: noisy(res, t, origins, latency, phase) for t in TOOLS}
            if latency >= 50 and phase == "cold":
                goal_value = 0.65 * nb16 if nb16 else None
                goal = "≤ 0.65 × nb-16" + (f" = {fmt_s(goal_value)}" if goal_value else "")
            elif latency >= 50:
                goal_value, goal = 1.5, "≤ 1.50 s"
            else:
                best = [v for v in (nb, nb16) if v is not None]
                goal_value = min(best) if best else None
                goal = f"≤ newsboat's best {fmt_s(goal_value)}"
            rows.append(
                [
                    f"{latency:g} ms {phase}" + (" (all 304)" if phase == "warm" else ""),
                    fmt_s(ek) + flag[EKREADER],
                    fmt_s(nb, n_nb if n_nb and n_nb != args.repeat else 0) + flag[NEWSBOAT],
                    fmt_s(nb16) + flag[NEWSBOAT16],
                    ratio(ek, nb),
                    ratio(ek, nb16),
                    goal,
                    verdict(None if ek is None or goal_value is None else ek <= goal_value),
                ]
            )
    return rows


def startup_rows(report: Report, sizes: Sequence[Caches], launches: int) -> list[list[str]]:
    rows: list[list[str]] = [
        [
            f"— 2. start-up, 120×36 tmux pane; median of {launches} launch(es) after 1 untimed —",
            *[""] * 7,
        ]
    ]
    largest = sizes[-1].articles if sizes else 0
    for caches in sizes:
        n = caches.articles
        ek, nb = report.m(f"paint {EKREADER} {n}"), report.m(f"paint {NEWSBOAT} {n}")
        big = n >= 100_000 or n == largest
        ok = None if ek.median is None or n < 100_000 else ek.median <= 0.5
        rows.append(
            [
                f"first paint, {n:,} articles",
                fmt_paint(ek.median) + ek.flag,
                fmt_paint(nb.median) + nb.flag,
                "",
                ratio(ek.median, nb.median),
                "",
                "≤ 0.50 s" if n >= 100_000 else ("" if not big else "(≤ 0.50 s at 100 000)"),
                verdict(ok),
            ]
        )
    for caches in sizes:
        n = caches.articles
        ek, nb = report.m(f"rss {EKREADER} {n}"), report.m(f"rss {NEWSBOAT} {n}")
        ok = None if ek.median is None or n < 100_000 else ek.median <= 150
        rows.append(
            [
                f"memory (VmRSS) once painted, {n:,}",
                (f"{ek.median:.0f} MB" if ek.median else "—") + ek.flag,
                (f"{nb.median:.0f} MB" if nb.median else "—") + nb.flag,
                "",
                ratio(ek.median, nb.median),
                "",
                "≤ 150 MB" if n >= 100_000 else "",
                verdict(ok),
            ]
        )
    for caches in sizes:
        n = caches.articles
        ek, nb = report.m(f"paint-cpu {EKREADER} {n}"), report.m(f"paint-cpu {NEWSBOAT} {n}")
        rows.append(
            [
                f"CPU used until painted, {n:,}",
                fmt_paint(ek.median),
                fmt_paint(nb.median),
                "",
                ratio(ek.median, nb.median),
                "",
                "",
                "",
            ]
        )
    return rows


def search_rows(report: Report, caches: Caches | None, args: argparse.Namespace) -> list[list[str]]:
    if caches is None:
        return []
    n = caches.articles
    rows: list[list[str]] = [
        [f"— 3. search across {n:,} articles (hits ekreader / newsboat) —", *[""] * 7]
    ]
    for q in QUERIES:
        hits = report.numbers.get(f"hits {q.text}")
        ui = report.m(f"store-ui {q.text}")
        rows.append(
            [
                f"Store, UI path: {q.text!r} ({q.kind}; {hits or 0:,.0f} hits)",
                fmt_ms(ui.median) + ui.flag,
                "n/a",
                "",
                "",
                "",
                "≤ 50 ms",
                verdict(None if ui.median is None else ui.median <= 0.05),
            ]
        )
    for shape in query_bench.SHAPES:
        m, cpu = report.m(f"shape {shape.text}"), report.m(f"shape-cpu {shape.text}")
        hits = report.numbers.get(f"shape-hits {shape.text}")
        rows.append(
            [
                f"Store, query {shape.text} ({shape.kind}; {hits or 0:,.0f} hits;"
                f" CPU {fmt_ms(cpu.median)})",
                fmt_ms(m.median) + m.flag,
                "n/a",
                "",
                "",
                "",
                "≤ 50 ms" if shape.target else "",
                verdict(None if m.median is None or not shape.target else m.median <= 0.05),
            ]
        )
    for shape in query_bench.SHAPES:
        m = report.m(f"shape-cli {shape.text}")
        label = f"`ekreader headlines --search '{shape.for_command()}' --json --limit 50`"
        rows.append([label, fmt_ms(m.median), "n/a", *[""] * 5])
    for key, label in (
        ("store-50", "Store, headlines --limit 50: {!r}"),
        ("cli", "`ekreader headlines --search {!r} --json --limit 50`"),
    ):
        for q in QUERIES:
            m = report.m(f"{key} {q.text}")
            rows.append([label.format(q.text), fmt_ms(m.median) + m.flag, "n/a", *[""] * 5])
    for q in QUERIES:
        ek, nb = (
            report.m(f"ui-search {EKREADER} {q.text}"),
            report.m(f"ui-search {NEWSBOAT} {q.text}"),
        )
        ek_hits = report.numbers.get(f"ui-hits {EKREADER} {q.text}")
        nb_hits = report.numbers.get(f"ui-hits {NEWSBOAT} {q.text}")
        both = "/".join("?" if h is None else f"{h:,.0f}" for h in (ek_hits, nb_hits))
        rows.append(
            [
                f"in the UI (tmux): {q.text!r} ({both} hits)",
                fmt_ms(ek.median) + ek.flag,
                fmt_ms(nb.median) + nb.flag,
                "",
                ratio(ek.median, nb.median),
                "",
                "",
                "",
            ]
        )
    return rows


def pages_rows(report: Report, args: argparse.Namespace) -> list[list[str]]:
    feeds, items = args.pages
    wall, cpu = report.m("pages wall"), report.m("pages cpu")
    seconds = report.m("pages seconds")
    return [
        [
            f"— 4. full articles: `ekreader fetch`, {feeds * items} pages"
            f" ({feeds} feeds × {items}),"
            f" median of {args.pages_repeat} —",
            *[""] * 7,
        ],
        [
            "pages downloaded + extracted per second (wall)",
            (f"{wall.median:.0f}/s" if wall.median else "—") + wall.flag,
            "n/a",
            "",
            "",
            "",
            "reported",
            "",
        ],
        [
            "pages per CPU-second (whole process tree)",
            f"{cpu.median:.0f}/s" if cpu.median else "—",
            "n/a",
            "",
            "",
            "",
            "reported",
            "",
        ],
        ["command wall time", fmt_s(seconds.median) + seconds.flag, "n/a", "", "", "", "", ""],
    ]


def cache_rows(
    report: Report, sizes: Sequence[Caches], args: argparse.Namespace
) -> list[list[str]]:
    rows: list[list[str]] = [["— 5. cache size per 1 000 articles —", *[""] * 7]]
    per = {
        tool: median([b / a * 1000 for b, a in report.refresh.cache.get(tool, []) if a])
        for tool in TOOLS
    }
    n = args.feeds * args.items
    rows.append(
        [
            f"after the cold refresh ({n:,} articles)",
            fmt_mb(per[EKREADER]),
            fmt_mb(per[NEWSBOAT]),
            fmt_mb(per[NEWSBOAT16]),
            ratio(per[EKREADER], per[NEWSBOAT]),
            ratio(per[EKREADER], per[NEWSBOAT16]),
            "reported",
            "",
        ]
    )
    for caches in sizes:
        ek = caches.ek.cache_bytes() / max(caches.ek.articles(), 1) * 1000
        nb = caches.nb.cache_bytes() / max(caches.nb.articles(), 1) * 1000
        rows.append(
            [
                f"start-up cache of {caches.articles:,} ({caches.feeds} × {caches.items})",
                f"{ek / 1e6:.2f} MB",
                f"{nb / 1e6:.2f} MB",
                "",
                ratio(ek, nb),
                "",
                "reported",
                "",
            ]
        )
    return rows


def git_state() -> str:
    """The ekreader code measured: the commit, and a digest of uncommitted changes under
    ekreader/ (the checkout is shared: the code can change while the bench runs)."""

    def git(*a: str) -> str:
        return subprocess.run(
            ["git", "-C", str(REPO), *a], capture_output=True, text=True, check=False
        ).stdout.strip()

    diff = git("diff", "HEAD", "--", "ekreader")
    digest = hashlib.blake2b(diff.encode(), digest_size=4).hexdigest()
    return git("rev-parse", "--short", "HEAD") + (
        f" + uncommitted changes in ekreader/ (diff {digest})" if diff else ""
    )


def snapshot_code(work: Path) -> str:
    """Copy ekreader/ as it is now and make every ekreader this bench starts (and this
    process) import that copy: the checkout is shared, and a commit landing mid-run would
    otherwise mix versions. Returns the state copied (git_state)."""
    state = git_state()
    code = work / "code"
    shutil.copytree(
        REPO / "ekreader", code / "ekreader", ignore=shutil.ignore_patterns("__pycache__")
    )
    os.environ["PYTHONPATH"] = os.pathsep.join(
        [str(code), *[p for p in os.environ.get("PYTHONPATH", "").split(os.pathsep) if p]]
    )
    sys.path.insert(0, str(code))
    if any(name == "ekreader" or name.startswith("ekreader.") for name in sys.modules):
        raise RuntimeError("ekreader was imported before the snapshot")
    return state


def render(report: Report, args: argparse.Namespace, sizes: Sequence[Caches], header: str) -> str:
    rows = refresh_rows(report, args) if args.do_refresh else []
    rows += startup_rows(report, sizes, args.launches)
    rows += search_rows(report, sizes[-1] if sizes else None, args)
    if args.do_pages:
        rows += pages_rows(report, args)
    rows += cache_rows(report, sizes, args)
    head = [
        "figure",
        "ekreader",
        "newsboat",
        "newsboat 16 thr",
        "ek / nb",
        "ek / nb-16",
        "target (issue 6)",
        "",
    ]
    res = report.refresh
    cpu_line = ""
    if args.do_refresh and 0.0 in args.latency:
        cells = []
        for phase in ("cold", "warm"):
            v = [res.pick(t, args.origins, 0.0, phase, "cpu") for t in TOOLS]
            cells.append(
                f"{phase}: "
                + ", ".join(
                    f"{t} {x:.2f} s" for t, x in zip(TOOLS, v, strict=True) if x is not None
                )
            )
        cpu_line = (
            "- Refresh CPU at 0 ms (user+system, whole process tree, median): "
            + "; ".join(cells)
            + "."
        )
    second = [
        f"{t} {fmt_s(second_run)}"
        for t in (NEWSBOAT, NEWSBOAT16)
        if (second_run := res.pick(t, args.origins, 0.0, "second")) is not None
    ]
    nb_enter = [
        f"{c.articles:,}: {fmt_ms(report.m(f'nb-enter {c.articles}').median)}" for c in sizes
    ]
    notes = [
        "Notes:",
        "- Wall time from fork to exit of the real command; medians. * = during the median"
        f" sample other processes on this shared machine kept more than {NOISY} cores busy"
        " (each sample first waits up to --quiet-wait s for a quiet moment): compare such"
        " figures with the same run's other column, not with quiet-machine figures.",
        "- 1. Same feeds, same URLs in the same order for every tool (bench/refresh.py:"
        " feeds served gzipped from 20 ports, links inside them on public-looking hosts);"
        " warm = the next refresh in which the server answered 304 to every feed; newsboat"
        " 2.21 stores validators only for feeds already cached, so its warm run is its 3rd"
        f" (its 2nd at 0 ms: {', '.join(second) or '—'}). newsboat's default (1 reload"
        " thread) runs once at 200 ms (about 40 s a run)." + (f"\n{cpu_line}" if cpu_line else ""),
        "- 2. Each tool's own cache, filled by the tool from the same feed server (ekreader"
        " `fetch --feeds-only`, newsboat `-x reload`); launch = Enter in a waiting tmux pane"
        " to the first capture-pane (5 ms polling) showing the list: ekreader's headline list"
        " with the newest headline in its first row; newsboat's first screen, its feed list"
        " (it loads every cached article before painting it). ekreader with refresh_on_start"
        " off, newsboat with its defaults (no refresh on start either). Memory: the larger of"
        " VmRSS at first paint and 1 s later. CPU: the program's user+system time when"
        " painted. newsboat from its feed list, Enter on the first feed to its headlines:"
        f" {'; '.join(nb_enter)}.",
        "- 3. Store, UI path = what the UI's `/` does: count(query) and the first page"
        " (200 rows) of the virtual list, in this process on a warm page cache, median of"
        f" {args.search_repeat}; the issue's ≤ 50 ms applies here. `headlines --search`:"
        f" the whole command (interpreter start included), median of {args.cli_repeat}."
        " newsboat has no headless search (no -x command searches), hence n/a; 'in the UI'"
        " times both programs from Enter in the search prompt to the results on screen"
        f" (tmux), in {args.ui_search_launches} of the launches at that size."
        " They search differently: ekreader every word (the last as"
        " a prefix) in title, summary and article text through FTS5 with accents folded;"
        " newsboat a substring (LIKE) of title and content, without folding, so hit counts"
        " differ.",
        '- 4. `ekreader fetch` with full_text = "always" after an untimed'
        " `fetch --feeds-only`: the timed run gets 304 for every feed, then downloads and"
        " extracts every article page (feed server on 127.0.0.1, 0 ms, pages pre-rendered,"
        " links on the local server); interpreter start included. newsboat does not download"
        " article pages: n/a.",
        "- 5. Database files after the refresh (ekreader: .sqlite3 + -wal + -shm; newsboat:"
        " cache.db) divided by the articles they hold. ekreader keeps an FTS5 index with"
        " word positions and stories, and the article text once, as sections (zlib-packed"
        " when long); `bench/cache_size.py` says what the bytes are.",
    ]
    out = [header, "", table(rows, head), "", *[n for n in notes if n]]
    if report.problems or report.refresh.problems:
        out += ["", "PROBLEMS (the figures above may be invalid):"]
        out += [f"- {p}" for p in [*report.refresh.problems, *report.problems]]
    return "\n".join(out)


# -- main ---------------------------------------------------------------------------------------


def size_pair(text: str) -> tuple[int, int]:
    feeds, _, items = text.lower().partition("x")
    return int(feeds), int(items)


def main(argv: Sequence[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--quick", action="store_true", help="smaller sizes, fewer repeats")
    ap.add_argument("--feeds", type=int, help="refresh: feeds (200; quick 50)")
    ap.add_argument("--items", type=int, help="refresh: items per feed (50; quick 20)")
    ap.add_argument("--latency", default="0,200", help="refresh: ms per request (0,200)")
    ap.add_argument("--repeat", type=int, help="refresh repetitions (3; quick 1)")
    ap.add_argument("--origins", type=int, default=20, help="refresh: ports (20)")
    ap.add_argument(
        "--sizes",
        help="start-up caches as FEEDSxITEMS, comma-separated (200x50,200x500; quick 200x50);"
        " the last one is searched",
    )
    ap.add_argument("--launches", type=int, help="timed launches per tool and size (5; quick 2)")
    ap.add_argument(
        "--ui-search-launches",
        type=int,
        help="launches (at the largest size) that also search in the UI (3; quick 1)",
    )
    ap.add_argument("--search-repeat", type=int, help="Store queries per search (9; quick 3)")
    ap.add_argument("--cli-repeat", type=int, help="runs of `headlines --search` (3; quick 1)")
    ap.add_argument("--pages", help="full articles: FEEDSxITEMS (20x25; quick 5x10)")
    ap.add_argument("--pages-repeat", type=int, help="runs of the page fetch (3; quick 1)")
    ap.add_argument("--skip", default="", help="comma-separated: refresh, pages")
    ap.add_argument(
        "--quiet-wait",
        type=float,
        default=3,
        help="before each sample wait up to this many seconds for other processes to go"
        " quiet (3; 0 = never)",
    )
    ap.add_argument("--ekreader", help="the ekreader command (default: beside this python)")
    ap.add_argument("--keep", action="store_true", help="keep the work directory")
    args = ap.parse_args(argv)
    quick = args.quick

    def pick(value: object, full: object, small: object) -> object:
        return value if value is not None else (small if quick else full)

    args.feeds = pick(args.feeds, 200, 50)
    args.items = pick(args.items, 50, 20)
    args.repeat = pick(args.repeat, 3, 1)
    args.launches = pick(args.launches, 5, 2)
    args.ui_search_launches = pick(args.ui_search_launches, 3, 1)
    args.search_repeat = pick(args.search_repeat, 9, 3)
    args.cli_repeat = pick(args.cli_repeat, 3, 1)
    args.pages_repeat = pick(args.pages_repeat, 3, 1)
    args.sizes = [
        size_pair(s) for s in str(pick(args.sizes, "200x50,200x500", "200x50")).split(",")
    ]
    args.pages = size_pair(str(pick(args.pages, "20x25", "5x10")))
    args.latency = [float(x) for x in str(args.latency).split(",") if x.strip()]
    skip = {s.strip() for s in args.skip.split(",") if s.strip()}
    args.do_refresh, args.do_pages = "refresh" not in skip, "pages" not in skip

    args.ekreader = find_ekreader(args.ekreader)
    args.newsboat = shutil.which("newsboat")
    missing = [
        name
        for name, found in (
            ("ekreader (pip install -e .)", args.ekreader),
            ("newsboat (apt-get install -y newsboat)", args.newsboat),
            ("tmux (apt-get install -y tmux)", shutil.which("tmux")),
        )
        if not found
    ]
    if missing:
        log("missing: " + "; ".join(missing))
        return 2

    report = Report()
    subreaper = become_subreaper()
    machine = Machine(args.quiet_wait)
    work = Path(tempfile.mkdtemp(prefix="ekreader-run-"))
    started = time.monotonic()
    load = OtherLoad()
    sizes: list[Caches] = []
    refresh_size = (args.feeds, args.items)
    try:
        code_before = snapshot_code(work)
        # 1. Refresh, and (same server) the start-up caches of that size.
        if args.do_refresh or refresh_size in args.sizes:
            with feed_server(
                work / "site-refresh",
                feeds=args.feeds,
                items=args.items,
                origins=args.origins,
                public_links=True,
            ) as server:
                log(f"1. refresh: {args.feeds} feeds × {args.items} items")
                if args.do_refresh:
                    rargs = refresh_args(args, report)
                    warm_up(server, work, rargs, TOOLS)
                    Bench(server, work, args.origins, rargs).run(TOOLS, args.latency)
                if refresh_size in args.sizes:
                    sizes.append(build_caches(server, work, args, args.items))
        for feeds, items in args.sizes:
            if (feeds, items) == refresh_size:
                continue
            log(f"building caches: {feeds} feeds × {items} items")
            with feed_server(
                work / f"site-{feeds}x{items}",
                feeds=feeds,
                items=items,
                origins=args.origins,
                public_links=True,
            ) as server:
                sizes.append(build_caches(server, work, args, items))
        sizes.sort(key=lambda c: c.articles)
        # 2. Start-up (and, at the largest size, search in both UIs).
        for caches in sizes:
            check_caches(caches, report)
            log(f"2. start-up at {caches.articles:,} articles")
            startup_figures(caches, args, report, machine, search=caches is sizes[-1])
        # 3. Search through the Store and the command.
        if sizes:
            log(f"3. search across {sizes[-1].articles:,} articles")
            store_search(sizes[-1], args, report, machine)
        # 4. Full articles.
        if args.do_pages:
            log("4. full-article fetch")
            pages_figures(work, args, report, machine)
        cpu = os.cpu_count()
        header = (
            f"ekreader vs newsboat, bench/run.py{' --quick' if quick else ''},"
            f" {datetime.now(UTC).strftime('%Y-%m-%d %H:%M UTC')}."
            f" {platform.python_implementation()} {platform.python_version()}, {cpu} CPUs,"
            f" ekreader {code_before} (copied at the start; {args.ekreader}),"
            f" {newsboat_version(args.newsboat)}."
            f" Bench took {time.monotonic() - started:.0f} s; {load.report()}."
            + ("" if subreaper else " (CPU times may miss grandchildren: no subreaper)")
            + (
                " --quick: smaller sizes than the issue's, so its targets do not apply to"
                " these figures (a smoke test; the full run is the measurement)."
                if quick
                else ""
            )
        )
        code_after = git_state()
        if code_after != code_before:
            header += (
                f" The checkout moved on during the run (now {code_after}); every figure is of"
                f" the copy of ekreader/ taken at the start ({code_before})."
            )
        print(render(report, args, sizes, header))
    finally:
        if args.keep:
            log(f"work directory kept: {work}")
        else:
            shutil.rmtree(work, ignore_errors=True)
    return 1 if report.problems or report.refresh.problems else 0


def newsboat_version(exe: str) -> str:
    out = subprocess.run([exe, "--version"], capture_output=True, text=True, check=False).stdout
    return out.splitlines()[0].split(" - ")[0] if out else "newsboat ?"


if __name__ == "__main__":
    raise SystemExit(main())
