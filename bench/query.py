"""Issue 11's figures: five shapes of query (a bare word, two words, a phrase, a field plus
words, `is:unread since:2d`) at 100 000 articles, each counted and its first page listed
as the reader's search does it, through the Store; and `ekreader headlines --search` of
each, the whole command. bench/run.py measures the same in its section 3.

    /work/venv/bin/python bench/query.py                   # builds a cache of 200 x 500 items
    /work/venv/bin/python bench/query.py --cache FILE      # an existing cache of bench data

The cache holds bench/feedserver.py's data, whose dates end at its fixed EPOCH: the Store
is given that moment as its clock (the clock seam), so `since:2d` means the data's last
two days. The command uses the real clock, so its `since:` is written as that date.
Progress goes to stderr, the table to stdout.
"""

from __future__ import annotations

import argparse
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from common import EkreaderHome, feed_server, find_ekreader
from feedserver import EPOCH


@dataclass(frozen=True)
class Shape:
    """A query of the bench and what it stands for."""

    text: str
    kind: str
    target: bool = True
    """The issue's ≤ 50 ms applies (its five shapes)."""

    def for_command(self) -> str:
        """The query as the command (with the real clock) must say it."""
        two_days_back = datetime.fromtimestamp(EPOCH, UTC) - timedelta(days=2)
        return self.text.replace("since:2d", f"since:{two_days_back:%Y-%m-%d}")


SHAPES = (
    Shape("council", "a bare word"),
    Shape("harbour strike", "two words"),
    Shape('"harbour strike"', "a phrase"),
    Shape("title:council strike", "a field plus words"),
    Shape("is:unread since:2d", "state and time"),
    Shape('feed:"daily 001" council', "feed: plus a word", target=False),
    Shape("(council OR harbour) -strike", "OR and NOT", target=False),
    Shape("greve", "folded accent (grève)", target=False),
)


@dataclass
class Figures:
    """Seconds of each sample (wall; and CPU of this process)."""

    wall: list[float] = field(default_factory=list)
    cpu: list[float] = field(default_factory=list)
    hits: int = 0
    rows: int = 0


def data_clock() -> datetime:
    """The bench data's now (feedserver.EPOCH), in UTC."""
    return datetime.fromtimestamp(EPOCH, UTC)


def measure_store(database: Path, repeat: int, page: int = 200) -> dict[str, Figures]:
    """Each shape as the reader's search runs it: count, then the first page."""
    from ekreader.core.store import Store
    from ekreader.models import HeadlineQuery

    found: dict[str, Figures] = {}
    with Store.open(database, clock=data_clock) as store:
        for shape in SHAPES:
            query = HeadlineQuery(query=shape.text)
            figures = found[shape.text] = Figures()
            for _ in range(repeat):
                # Each sample as a new search: nothing the Store remembered of the last
                # one (how the words cut, how many matches the index has) is reused.
                store._lister._matches.clear()
                store._lister._found._key = None
                store._lister._matcher._cuts.clear()
                wall, cpu = time.perf_counter(), time.process_time()
                figures.hits = store.count(query)
                figures.rows = len(store.headlines(query, limit=page))
                figures.wall.append(time.perf_counter() - wall)
                figures.cpu.append(time.process_time() - cpu)
    return found


def measure_command(ekreader: str, env: dict[str, str], repeat: int) -> dict[str, Figures]:
    """`ekreader headlines --search Q --json --limit 50`, the whole command."""
    found: dict[str, Figures] = {}
    for shape in SHAPES:
        figures = found[shape.text] = Figures()
        cmd = [ekreader, "headlines", "--search", shape.for_command(), "--json", "--limit", "50"]
        for _ in range(repeat):
            before = resource.getrusage(resource.RUSAGE_CHILDREN)
            wall = time.perf_counter()
            run = subprocess.run(cmd, env=env, capture_output=True, text=True, check=False)
            figures.wall.append(time.perf_counter() - wall)
            after = resource.getrusage(resource.RUSAGE_CHILDREN)
            figures.cpu.append(after.ru_utime + after.ru_stime - before.ru_utime - before.ru_stime)
            if run.returncode != 0:
                raise RuntimeError(f"{' '.join(cmd[1:])}: exit {run.returncode}: {run.stderr}")
    return found


def ms(values: list[float]) -> str:
    return f"{statistics.median(values) * 1000:.1f}" if values else "—"


def table(store: dict[str, Figures], command: dict[str, Figures] | None, load: str) -> str:
    lines = [
        "| query | shape | hits | count + first page, median (ms) | CPU (ms) | ≤ 50 ms |"
        + (" `headlines --search` (ms) |" if command else ""),
        "|---|---|---|---|---|---|" + ("---|" if command else ""),
    ]
    for shape in SHAPES:
        s = store[shape.text]
        ok = statistics.median(s.wall) <= 0.05 if s.wall else None
        verdict = ("met" if ok else "MISSED") if shape.target else ""
        row = (
            f"| `{shape.text}` | {shape.kind} | {s.hits:,} | {ms(s.wall)} | {ms(s.cpu)} |"
            f" {verdict} |"
        )
        if command:
            row += f" {ms(command[shape.text].wall)} |"
        lines.append(row)
    lines.append("")
    lines.append(f"Load average while measuring: {load}.")
    return "\n".join(lines)


def build(work: Path, ekreader: str, feeds: int, items: int) -> EkreaderHome:
    """A cache of bench data filled by `ekreader fetch --feeds-only`."""
    with feed_server(work / "site", feeds=feeds, items=items, origins=20) as server:
        home = EkreaderHome(ekreader, work / "home")
        home.write_config("[general]\nrefresh_on_start = false\nfirst_run_feeds = false\n")
        home.subscribe(server.opml)
        run = home.fetch()
        if run.returncode != 0:
            raise RuntimeError(f"ekreader fetch: {run.stderr}")
    return home


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--cache", type=Path, help="an existing cache of bench data")
    ap.add_argument("--feeds", type=int, default=200)
    ap.add_argument("--items", type=int, default=500)
    ap.add_argument("--repeat", type=int, default=9, help="Store queries per shape (9)")
    ap.add_argument("--cli-repeat", type=int, default=3, help="commands per shape (3)")
    ap.add_argument("--ekreader", help="the ekreader command (default: beside this python)")
    args = ap.parse_args()
    ekreader = find_ekreader(args.ekreader)
    if ekreader is None:
        sys.stderr.write("ekreader is not installed (pip install -e .)\n")
        return 2
    with tempfile.TemporaryDirectory(prefix="ekreader-query-") as tmp:
        work = Path(tmp)
        if args.cache is None:
            sys.stderr.write(f"building a cache of {args.feeds} x {args.items} items\n")
            home = build(work, ekreader, args.feeds, args.items)
            database, env = home.database, home.env
        else:
            database = args.cache
            env = dict(os.environ)
            env["XDG_DATA_HOME"] = str(database.parent.parent)
            env["XDG_CONFIG_HOME"] = str(work / "config")
        started = time.perf_counter()
        from ekreader.core.store import Store

        Store.open(database).close()  # an upgrade, if the cache needs one, is not timed below
        sys.stderr.write(f"opened in {time.perf_counter() - started:.1f} s\n")
        store = measure_store(database, args.repeat)
        command = measure_command(ekreader, env, args.cli_repeat) if args.cli_repeat else None
        load = ", ".join(f"{x:.1f}" for x in os.getloadavg())
        print(table(store, command, load))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
