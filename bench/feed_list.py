"""What the reader's feed list costs to re-read at 100 000 articles: the feeds with their
unread counts, the views' counts, and each saved search's unread count (the reader does
it after every refresh batch, at most every 0.5 s, and after marks), with 0, 1 and 5
saved searches (issue 11's five shapes, each `is:unread` as a view counts it).

    /work/venv/bin/python bench/feed_list.py                 # builds a cache of 200 x 500 items
    /work/venv/bin/python bench/feed_list.py --cache FILE    # an existing cache of bench data

Progress goes to stderr, the table to stdout.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path
from types import SimpleNamespace
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from common import find_ekreader
from query import SHAPES, build, data_clock

SEARCH_SETS = {
    "no saved search": (),
    "1 saved search": SHAPES[:1],
    "5 saved searches": SHAPES[:5],
}


def measure(database: Path, repeat: int) -> dict[str, tuple[list[float], list[float]]]:
    """Wall and CPU seconds of one re-read of the feed list, per set of saved searches."""
    from ekreader.config import config_from_dict
    from ekreader.core.store import Store
    from ekreader.models import HeadlineQuery
    from ekreader.ui.searching import feed_list_views

    found: dict[str, tuple[list[float], list[float]]] = {}
    with Store.open(database, clock=data_clock) as store:
        for label, shapes in SEARCH_SETS.items():
            searches = {f"s{i}": shape.text for i, shape in enumerate(shapes)}
            app: Any = SimpleNamespace(store=store, config=config_from_dict({"searches": searches}))
            walls, cpus = found.setdefault(label, ([], []))
            for _ in range(repeat):
                wall, cpu = time.perf_counter(), time.process_time()
                # As HeadlinesScreen.refresh_feeds: feeds, view counts, then the views.
                feeds = store.feeds()
                store.count(HeadlineQuery(breaking=True, unread=True))
                store.count(HeadlineQuery(starred=True))
                feed_list_views(app, feeds)
                walls.append(time.perf_counter() - wall)
                cpus.append(time.process_time() - cpu)
    return found


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--cache", type=Path, help="an existing cache of bench data")
    ap.add_argument("--feeds", type=int, default=200)
    ap.add_argument("--items", type=int, default=500)
    ap.add_argument("--repeat", type=int, default=9)
    args = ap.parse_args()
    ekreader = find_ekreader(None)
    if ekreader is None and args.cache is None:
        sys.stderr.write("ekreader is not installed (pip install -e .)\n")
        return 2
    with tempfile.TemporaryDirectory(prefix="ekreader-feedlist-") as tmp:
        if args.cache is None:
            assert ekreader is not None
            sys.stderr.write(f"building a cache of {args.feeds} x {args.items} items\n")
            database = build(Path(tmp), ekreader, args.feeds, args.items).database
        else:
            database = args.cache
        figures = measure(database, args.repeat)
        print("| feed list re-read | median (ms) | CPU median (ms) |")
        print("|---|---|---|")
        for label, (walls, cpus) in figures.items():
            wall, cpu = statistics.median(walls) * 1000, statistics.median(cpus) * 1000
            print(f"| {label} | {wall:.1f} | {cpu:.1f} |")
        load = ", ".join(f"{x:.1f}" for x in os.getloadavg())
        print(f"\nLoad average while measuring: {load}.")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
