"""What the cache's bytes are: bench/run.py's cache of 10 000 articles (200 feeds x 50 items
of feedserver.py, `ekreader fetch --feeds-only`, full text off), its pages summed per table
and index with SQLite's dbstat, and the columns of the articles table.

    /work/venv/bin/python bench/cache_size.py                # builds the cache (about 10 s)
    /work/venv/bin/python bench/cache_size.py --cache FILE   # an existing cache

Sizes do not depend on the machine's load. Progress goes to stderr, the table to stdout.
"""

from __future__ import annotations

import argparse
import sqlite3
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from common import EkreaderHome, feed_server, find_ekreader

GROUPS = (
    ("articles (table)", lambda name: name == "articles"),
    ("search index (FTS5)", lambda name: name.startswith("articles_fts")),
    ("stories, its index", lambda name: name.startswith("stories")),
    ("indexes of articles", lambda name: name.startswith(("articles_", "sqlite_autoindex_art"))),
    ("everything else", lambda name: True),
)
"""Each table or index counts in the first group it matches."""


def build(work: Path, ekreader: str, feeds: int, items: int) -> Path:
    """A cache filled as bench/run.py fills its start-up cache of feeds x items."""
    with feed_server(
        work / "site", feeds=feeds, items=items, origins=20, public_links=True
    ) as server:
        home = EkreaderHome(ekreader, work / "home")
        home.write_config("[general]\nrefresh_on_start = false\nfirst_run_feeds = false\n")
        home.subscribe(server.opml)
        run = home.fetch()
        if run.returncode != 0:
            raise SystemExit(f"ekreader fetch failed: {run.stderr.strip()[-300:]}")
    return home.database


def report(path: Path) -> str:
    """The breakdown of the cache at `path`, as text."""
    db = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        n = int(db.execute("SELECT count(*) FROM articles").fetchone()[0])
        page = int(db.execute("PRAGMA page_size").fetchone()[0])
        total = int(db.execute("PRAGMA page_count").fetchone()[0]) * page
        rows = db.execute(
            "SELECT name, sum(pgsize), sum(unused) FROM dbstat GROUP BY name"
        ).fetchall()
        columns = [r[1] for r in db.execute("PRAGMA table_info(articles)")]
        stored = {
            c: int(
                db.execute(f"SELECT total(length(CAST({c} AS BLOB))) FROM articles").fetchone()[0]
            )
            for c in columns
        }
    finally:
        db.close()
    lines = [
        f"{path}: {n:,} articles, pages of {page // 1024} KB",
        f"{'':36}{'MB':>8}{'unused':>9}   per 1 000 articles",
    ]
    left = dict((name, (size, unused)) for name, size, unused in rows)
    for label, belongs in GROUPS:
        mine = [name for name in sorted(left) if belongs(name)]
        size = sum(left[name][0] for name in mine)
        unused = sum(left[name][1] for name in mine)
        lines.append(
            f"{label:36}{size / 1e6:8.2f}{unused / 1e6:9.2f}   {size / n * 1000 / 1e6:.3f}"
        )
        if label == "articles (table)":
            for column, nbytes in sorted(stored.items(), key=lambda kv: -kv[1])[:8]:
                lines.append(f"  {column:34}{nbytes / 1e6:8.2f}")
        for name in mine:
            if len(mine) > 1 and left[name][0] >= 100_000:
                lines.append(f"  {name:34}{left[name][0] / 1e6:8.2f}{left[name][1] / 1e6:9.2f}")
            del left[name]
    lines.append(f"{'whole file':36}{total / 1e6:8.2f}{'':9}   {total / n * 1000 / 1e6:.3f}")
    return "\n".join(lines)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--cache", type=Path, help="an existing cache (default: build one)")
    ap.add_argument("--feeds", type=int, default=200)
    ap.add_argument("--items", type=int, default=50)
    ap.add_argument("--ekreader", help="the ekreader command (default: beside this python)")
    args = ap.parse_args()
    if args.cache:
        print(report(args.cache))
        return 0
    ekreader = find_ekreader(args.ekreader)
    if ekreader is None:
        print("ekreader is not installed (pip install -e .)", file=sys.stderr)
        return 2
    with tempfile.TemporaryDirectory(prefix="ekreader-size-") as work:
        print(f"building {args.feeds} x {args.items} ...", file=sys.stderr)
        print(report(build(Path(work), ekreader, args.feeds, args.items)))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
