"""Refresh benchmark: ekreader against newsboat on the same local feeds, in the same run.

    /work/venv/bin/python bench/refresh.py [--feeds 200 --items 50 --latency 0,200 --repeat 3]

Starts bench/feedserver.py (127.0.0.1), then for each latency and each repetition, in
rotating order: a cold refresh (empty cache) and a warm one (every feed answers 304) with
`ekreader fetch --feeds-only`, `newsboat -x reload` (its defaults) and `newsboat -x reload`
with `reload-threads 16`. Prints medians side by side. See bench/README.md.
"""

from __future__ import annotations

import argparse
import json
import re
import shutil
import sys
import tempfile
import time
from collections import defaultdict
from collections.abc import Callable, Sequence
from dataclasses import asdict, dataclass, field
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from common import (
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
)

EKREADER, NEWSBOAT, NEWSBOAT16 = "ekreader", "newsboat", "newsboat-16"
TOOLS = (EKREADER, NEWSBOAT, NEWSBOAT16)
NEWSBOAT_CONFIGS = {NEWSBOAT: "", NEWSBOAT16: "reload-threads 16\n"}
_IN_PROCESS = re.compile(r" in (\d+(?:\.\d+)?) s\s*$")


@dataclass
class Sample:
    """One timed refresh."""

    tool: str
    origins: int
    latency: float
    phase: str
    """"cold", "second" (newsboat only) or "warm"."""
    wall: float
    cpu: float
    in_process: float | None = None
    others: float | None = None
    """Cores that other processes kept busy during this run, on average."""
    requests: dict[str, int] = field(default_factory=dict)


@dataclass
class Results:
    """Everything measured, plus what went wrong."""

    samples: list[Sample] = field(default_factory=list)
    cache: dict[str, list[tuple[int, int]]] = field(default_factory=lambda: defaultdict(list))
    """tool -> [(bytes, articles)] after each cold refresh."""
    problems: list[str] = field(default_factory=list)

    def walls(self, tool: str, origins: int, latency: float, phase: str) -> list[float]:
        return [
            s.wall
            for s in self.samples
            if (s.tool, s.origins, s.latency, s.phase) == (tool, origins, latency, phase)
        ]

    def pick(
        self, tool: str, origins: int, latency: float, phase: str, attr: str = "wall"
    ) -> float | None:
        values = [
            getattr(s, attr)
            for s in self.samples
            if (s.tool, s.origins, s.latency, s.phase) == (tool, origins, latency, phase)
            and getattr(s, attr) is not None
        ]
        return median(values)


class Bench:
    """Runs the tools against one server (one origin layout)."""

    def __init__(
        self, server: FeedServer, work: Path, origins: int, args: argparse.Namespace
    ) -> None:
        self.server = server
        self.work = work
        self.origins = origins
        self.args = args
        self.feeds = args.feeds
        self.results: Results = args.results
        self.interference = Interference(server.process.pid)

    def check(self, sample: Sample, run: Run, expect: str) -> None:
        """Record a problem unless the run exited 0 and the server saw what it should."""
        where = f"{sample.tool} {sample.origins}o {sample.latency:g}ms {sample.phase}"
        if run.returncode != 0:
            self.results.problems.append(
                f"{where}: exit {run.returncode}: {run.stderr.strip()[-300:]}"
            )
        got = sample.requests.get(expect, 0)
        if got != self.feeds or sample.requests.get("requests", 0) != self.feeds:
            self.results.problems.append(
                f"{where}: server saw {sample.requests} (expected {self.feeds} x {expect})"
            )

    def timed(
        self, tool: str, latency: float, phase: str, expect: str, call: Callable[[], Run]
    ) -> Sample:
        client = "ekreader" if tool == EKREADER else "newsboat"
        self.server.reset_stats()
        if self.args.quiet_wait:
            self.interference.wait_quiet(0.25, self.args.quiet_wait, window=0.5)
        self.interference.mark()
        run = call()
        others = self.interference.cores()
        sample = Sample(tool, self.origins, latency, phase, run.wall, run.cpu, others=others)
        sample.requests = self.server.stats(client)
        if tool == EKREADER:
            match = _IN_PROCESS.search(run.stdout.strip())
            sample.in_process = float(match.group(1)) if match else None
        self.check(sample, run, expect)
        self.results.samples.append(sample)
        return sample

    def ekreader(self, latency: float, rep: int) -> None:
        home = EkreaderHome(self.args.ekreader, self.work / f"ek-{self.origins}-{latency:g}-{rep}")
        if self.args.ek_config:
            home.write_config(self.args.ek_config.replace("\\n", "\n") + "\n")
        home.subscribe(self.server.opml)
        self.timed(EKREADER, latency, "cold", "200", home.fetch)
        self.results.cache[EKREADER].append((home.cache_bytes(), home.articles()))
        self.timed(EKREADER, latency, "warm", "304", home.fetch)
        shutil.rmtree(home.home, ignore_errors=True)

    def newsboat(self, tool: str, latency: float, rep: int) -> None:
        home = NewsboatHome(
            self.args.newsboat,
            self.work / f"{tool}-{self.origins}-{latency:g}-{rep}",
            self.server.urls,
            NEWSBOAT_CONFIGS[tool],
        )
        self.timed(tool, latency, "cold", "200", home.reload)
        self.results.cache[tool].append((home.cache_bytes(), home.articles()))
        # newsboat 2.21 stores ETag/Last-Modified only when the feed is already in its
        # cache, so its second run downloads everything again; its third run is the warm
        # one. At a simulated latency, the second run is made at 0 ms to save time.
        if latency:
            self.set_latency(0)
            run = home.reload()
            self.set_latency(latency)
            if run.returncode != 0:
                self.results.problems.append(f"{tool}: second run failed: {run.stderr[-300:]}")
        else:
            self.timed(tool, latency, "second", "200", home.reload)
        self.timed(tool, latency, "warm", "304", home.reload)
        shutil.rmtree(home.home, ignore_errors=True)

    def set_latency(self, latency: float) -> None:
        """Per-request latency, and the per-connection one when simulating a network."""
        self.server.set_latency(latency, self.args.connect_latency if latency else 0)

    def run(self, tools: Sequence[str], latencies: Sequence[float]) -> None:
        for latency in latencies:
            self.set_latency(latency)
            for rep in range(self.args.repeat):
                order = list(tools[rep % len(tools) :]) + list(tools[: rep % len(tools)])
                for tool in order:
                    slow = tool == NEWSBOAT and latency >= 50
                    if slow and rep >= self.args.slow_repeat:
                        continue
                    started = time.monotonic()
                    if tool == EKREADER:
                        self.ekreader(latency, rep)
                    else:
                        self.newsboat(tool, latency, rep)
                    log(
                        f"  {self.origins:>2} origin(s) {latency:>4g} ms  #{rep + 1} {tool:<12}"
                        f" {time.monotonic() - started:5.1f} s"
                    )
            self.server.set_latency(0)


def warm_up(server: FeedServer, work: Path, args: argparse.Namespace, tools: Sequence[str]) -> None:
    """One untimed refresh of a few feeds per tool, so every tool starts with its program
    files in the OS page cache (no tool gets a warmer start than another)."""
    few = server.urls[:5]
    opml = work / "warmup.opml"
    opml.write_text(
        '<?xml version="1.0"?><opml version="2.0"><body>'
        + "".join(f'<outline type="rss" text="w" xmlUrl="{u}"/>' for u in few)
        + "</body></opml>\n",
        encoding="utf-8",
    )
    if EKREADER in tools:
        home = EkreaderHome(args.ekreader, work / "warmup-ek")
        home.subscribe(opml)
        home.fetch()
    if args.newsboat:
        NewsboatHome(args.newsboat, work / "warmup-nb", few).reload()


def log(text: str) -> None:
    sys.stderr.write(text + "\n")
    sys.stderr.flush()


# -- the report -----------------------------------------------------------------------------


NOISY = 0.25
"""Cores used by other processes during a run above which its figure is flagged."""


def noisy(res: Results, tool: str, origins: int, latency: float, phase: str) -> str:
    """ "*" when the median run of a figure shared the machine with busy neighbours."""
    others = [
        s.others
        for s in res.samples
        if (s.tool, s.origins, s.latency, s.phase) == (tool, origins, latency, phase)
        and s.others is not None
    ]
    value = median(others)
    return "*" if value is not None and value > NOISY else ""


def ratio(a: float | None, b: float | None) -> str:
    return f"{a / b:.2f}" if a is not None and b else "—"


def table(rows: list[list[str]], header: list[str]) -> str:
    widths = [max(len(r[i]) for r in [header, *rows]) for i in range(len(header))]
    line = "  ".join("-" * w for w in widths)
    out = ["  ".join(h.ljust(w) for h, w in zip(header, widths, strict=True)), line]
    for r in rows:
        if not any(r[1:]):
            out.append(r[0])
            continue
        out.append(
            "  ".join(
                c.ljust(w) if i == 0 else c.rjust(w)
                for i, (c, w) in enumerate(zip(r, widths, strict=True))
            )
        )
    return "\n".join(out)


def target(
    res: Results, origins: int, latency: float, phase: str, ek: float | None
) -> tuple[str, str]:
    """The issue's target for this figure, evaluated against this run's newsboat."""
    if ek is None:
        return "", ""
    nb = res.pick(NEWSBOAT, origins, latency, phase)
    nb16 = res.pick(NEWSBOAT16, origins, latency, phase)
    if latency >= 50 and phase == "cold":
        if nb16 is None:
            return "≤ 0.65 × nb-16", "?"
        goal = 0.65 * nb16
        return f"≤ 0.65 × nb-16 = {goal:.2f} s", "met" if ek <= goal else "MISSED"
    if latency >= 50:
        return "≤ 1.50 s", "met" if ek <= 1.5 else "MISSED"
    best = [v for v in (nb, nb16) if v is not None]
    if not best:
        return "", ""
    goal = min(best)
    return f"≤ newsboat's {goal:.2f} s", "met" if ek <= goal else "MISSED"


def report(res: Results, args: argparse.Namespace, layouts: Sequence[int], info: str) -> str:
    header = [
        "figure",
        "ekreader",
        "ek in-process",
        "newsboat",
        "newsboat 16 thr",
        "ek / nb-16",
        "target (issue 6)",
        "",
    ]
    rows: list[list[str]] = []
    for origins in layouts:
        label = (
            f"{origins} origins × {args.feeds // origins} feeds"
            if origins > 1
            else "1 origin (all feeds on one host:port)"
        )
        rows.append([f"— {label} —", *[""] * 7])
        for latency in args.latency:
            for phase in ("cold", "warm"):
                ek = res.pick(EKREADER, origins, latency, phase)
                inproc = res.pick(EKREADER, origins, latency, phase, "in_process")
                nb = res.pick(NEWSBOAT, origins, latency, phase)
                nb16 = res.pick(NEWSBOAT16, origins, latency, phase)
                n_nb = len(res.walls(NEWSBOAT, origins, latency, phase))
                goal, verdict = target(res, origins, latency, phase, ek)
                name = f"{latency:g} ms {phase}" + (" (all 304)" if phase == "warm" else "")
                flag = {t: noisy(res, t, origins, latency, phase) for t in TOOLS}
                rows.append(
                    [
                        name,
                        fmt_s(ek) + flag[EKREADER],
                        fmt_s(inproc),
                        fmt_s(nb, n_nb if n_nb and n_nb != args.repeat else 0) + flag[NEWSBOAT],
                        fmt_s(nb16) + flag[NEWSBOAT16],
                        ratio(ek, nb16),
                        goal,
                        verdict,
                    ]
                )
    for_cache: list[str] = ["cache per 1 000 articles"]
    for tool in TOOLS:
        entries = res.cache.get(tool, [])
        per = [b / a * 1000 for b, a in entries if a]
        value = median(per)
        cell = f"{value / 1e6:.2f} MB" if value is not None else "—"
        if tool == EKREADER:
            for_cache += [cell, ""]
        else:
            for_cache.append(cell)
    ek_c, nb_c = (
        median([b / a for b, a in res.cache.get(EKREADER, []) if a]),
        median([b / a for b, a in res.cache.get(NEWSBOAT16, []) if a]),
    )
    for_cache += [ratio(ek_c, nb_c), "reported", ""]
    rows.append(for_cache)

    out = [info, "", table(rows, header), ""]
    # CPU (the whole process tree, workers included) for the cold and warm runs at 0 ms.
    cpu_rows: list[list[str]] = []
    for origins in layouts[:1]:
        for latency in args.latency:
            for phase in ("cold", "warm"):
                cells = [f"{latency:g} ms {phase}, {origins} origins"]
                for tool in TOOLS:
                    v = res.pick(tool, origins, latency, phase, "cpu")
                    cells.append(f"{v:.2f} s" if v is not None else "—")
                cpu_rows.append(cells)
    out += ["CPU time, user + system, whole process tree (median):", ""]
    out += [table(cpu_rows, ["figure", "ekreader", "newsboat", "newsboat 16 thr"]), ""]
    seconds = [
        (o, lat, res.pick(t, o, lat, "second"), t)
        for o in layouts
        for lat in args.latency
        for t in (NEWSBOAT, NEWSBOAT16)
    ]
    notes = [
        "Notes:",
        "- Wall time: fork to exit of the real command, median of the repetitions;"
        " 'ek in-process' is the time ekreader reports itself (its refresh, after"
        " interpreter start and imports, 0.1 s resolution).",
        "- Cold: empty cache (ekreader: subscriptions imported from OPML first, untimed)."
        " Warm: the next refresh in which every feed answered 304 (checked on the server).",
        "- newsboat 2.21 stores ETag/Last-Modified only once a feed is in its cache, so"
        " its 2nd run downloads and parses everything again; its 3rd run is the warm one."
        + "".join(
            f" 2nd run {lat:g} ms, {o} origin(s), {t}: {fmt_s(v)}."
            for o, lat, v, t in seconds
            if v is not None
        ),
        f"- newsboat's default (1 reload thread) at >= 50 ms latency is run {args.slow_repeat}"
        " time(s) per latency (about 40 s a run), marked n=…; its figures do not depend on the"
        " origin layout, so the 1-origin layout runs only ekreader and newsboat 16 threads.",
        "- The same URLs in the same order go to every tool; tools rotate order each repetition.",
        f"- * = during the median run, other processes on this shared machine kept more than"
        f" {NOISY} cores busy (each run first waits up to --quiet-wait s for a quiet moment)."
        f" Others' load per tool (median cores):"
        + "".join(
            f" {t} {v:.2f};"
            for t in TOOLS
            if (
                v := median([x.others for x in res.samples if x.tool == t and x.others is not None])
            )
            is not None
        ),
    ]
    out += notes
    if res.problems:
        out += ["", "PROBLEMS (figures above may be invalid):", *[f"- {p}" for p in res.problems]]
    return "\n".join(out)


def main(argv: Sequence[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--feeds", type=int, default=200)
    ap.add_argument("--items", type=int, default=50)
    ap.add_argument(
        "--latency", default="0,200", help="comma-separated ms per request (default 0,200)"
    )
    ap.add_argument(
        "--connect-latency",
        type=float,
        default=0,
        help="with a latency: also this many ms once per new connection (handshakes;"
        " default 0, the issue's model of latency per request only)",
    )
    ap.add_argument("--repeat", type=int, default=3)
    ap.add_argument(
        "--slow-repeat",
        type=int,
        default=1,
        help="repetitions of newsboat's default (1 thread) at >= 50 ms latency (default 1)",
    )
    ap.add_argument("--origins", type=int, default=20, help="ports the feeds come from (20)")
    ap.add_argument(
        "--no-single-origin",
        action="store_true",
        help="skip the second layout with every feed on one origin",
    )
    ap.add_argument("--tools", default=",".join(TOOLS), help="subset of " + ",".join(TOOLS))
    ap.add_argument(
        "--quiet-wait",
        type=float,
        default=10,
        help="before each run, wait up to this many seconds for other processes to go quiet"
        " (default 10; 0 = never wait)",
    )
    ap.add_argument("--ekreader", help="the ekreader command (default: beside this python)")
    ap.add_argument(
        "--ek-config",
        metavar="TOML",
        help="config.toml for ekreader's runs, e.g. '[fetch]\\nconcurrency = 96' (to try settings)",
    )
    ap.add_argument(
        "--local-links",
        action="store_true",
        help="links inside the feeds on 127.0.0.1 instead of public-looking hosts (ekreader"
        " then parses every feed with feedparser: feedparser-rs blanks loopback links)",
    )
    ap.add_argument("--json", type=Path, help="also write every sample here as JSON")
    ap.add_argument("--keep", action="store_true", help="keep the work directory")
    args = ap.parse_args(argv)
    args.latency = [float(x) for x in str(args.latency).split(",") if x.strip()]
    tools = [t for t in args.tools.split(",") if t]
    args.ekreader = find_ekreader(args.ekreader)
    if EKREADER in tools and not args.ekreader:
        log("ekreader not found: pip install -e . (or pass --ekreader PATH)")
        return 2
    args.newsboat = shutil.which("newsboat")
    if not args.newsboat:
        log(
            "newsboat not found: its columns are skipped."
            " Install it with: sudo apt-get install -y newsboat"
        )
        tools = [t for t in tools if t == EKREADER]
    args.results = Results()
    subreaper = become_subreaper()
    layouts = [args.origins] + ([] if args.no_single_origin or args.origins == 1 else [1])
    work = Path(tempfile.mkdtemp(prefix="ekreader-bench-"))
    started = time.monotonic()
    load = OtherLoad()
    server_info: dict[str, object] = {}
    try:
        for origins in layouts:
            with feed_server(
                work / f"site-{origins}",
                feeds=args.feeds,
                items=args.items,
                origins=origins,
                public_links=not args.local_links,
            ) as server:
                server_info = server.info
                log(
                    f"feed server: {origins} origin(s), {args.feeds} feeds x {args.items} items,"
                    f" {int(server.info['feed_bytes']) / 1e6:.1f} MB"  # type: ignore[call-overload]
                    f" ({int(server.info['feed_gzip_bytes']) / 1e6:.1f} MB gzip)"  # type: ignore[call-overload]
                )
                layout_tools = (
                    tools if origins == args.origins else [t for t in tools if t != NEWSBOAT]
                )
                warm_up(server, work, args, layout_tools)
                Bench(server, work, origins, args).run(layout_tools, args.latency)
    finally:
        if not args.keep:
            shutil.rmtree(work, ignore_errors=True)
    import os
    import platform

    versions = f"ekreader: {args.ekreader}; newsboat: {args.newsboat or 'absent'}"
    if args.ek_config:
        versions += f"; ekreader config: {args.ek_config!r}"
    info = (
        f"Refresh of {args.feeds} feeds × {args.items} items "
        f"({int(server_info.get('feed_bytes', 0)) / 1e6:.1f} MB of feeds,"  # type: ignore[call-overload]
        f" served gzipped), latency per request: {', '.join(f'{x:g} ms' for x in args.latency)}"
        + (f" (+ {args.connect_latency:g} ms per new connection)" if args.connect_latency else "")
        + ";"
        f" median of {args.repeat}. {platform.python_implementation()} {platform.python_version()},"
        f" {os.cpu_count()} CPUs. {versions}."
        + ("" if subreaper else " (CPU times may miss grandchildren: no subreaper)")
        + f" Bench took {time.monotonic() - started:.0f} s; {load.report()}."
    )
    text = report(args.results, args, layouts, info)
    print(text)
    if args.json:
        args.json.write_text(
            json.dumps(
                {
                    "samples": [asdict(s) for s in args.results.samples],
                    "cache": args.results.cache,
                    "problems": args.results.problems,
                },
                indent=1,
            )
        )
    return 1 if args.results.problems else 0


if __name__ == "__main__":
    raise SystemExit(main())
