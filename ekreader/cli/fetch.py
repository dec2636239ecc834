"""The fetch command: refresh every feed, then download full articles."""

from __future__ import annotations

import argparse
import asyncio
import sys
from typing import Any, TextIO

from ekreader.cli.common import Context, filtered_store, out


def register(sub: Any) -> None:
    """Add the fetch command to the command line."""
    fetch = sub.add_parser(
        "fetch",
        help="refresh everything",
        description="Refresh every feed, then download full articles. Exit status 0 when at "
        "least one feed succeeded (or there are none), 1 when every feed failed.",
    )
    fetch.add_argument("--feeds-only", action="store_true", help="do not download article pages")
    fetch.set_defaults(run=cmd_fetch)


class ProgressBar:
    """A one-line progress bar on a terminal (stderr)."""

    def __init__(self, stream: TextIO) -> None:
        self.stream = stream

    def __call__(self, event: Any) -> None:
        width = 30
        filled = width * event.done // max(event.total, 1)
        bar = "#" * filled + "-" * (width - filled)
        self.stream.write(f"\r\x1b[K[{bar}] {event.done}/{event.total} {event.phase}")
        self.stream.flush()

    def clear(self) -> None:
        """Erase the bar's line."""
        self.stream.write("\r\x1b[K")
        self.stream.flush()


def cmd_fetch(ctx: Context, args: argparse.Namespace) -> int:
    """Refresh every feed (and article pages): exit 1 only when every feed failed."""
    from ekreader.core.refresh import refresh

    feeds_only: bool = args.feeds_only
    if not ctx.paths.database.exists() and ctx.config.sync is None:
        out(
            "0 feeds: nothing to fetch (subscribe with 'ekreader add URL' or 'ekreader import FILE')"
        )
        return 0
    store = filtered_store(ctx)  # a filter the cache cannot answer stops it here, once
    if store is not None:
        store.close()
    if ctx.config.sync is not None:
        from ekreader.cli.sync import warn_about_password

        warn_about_password(ctx)
    bar = ProgressBar(sys.stderr) if sys.stderr.isatty() else None
    try:
        summary = asyncio.run(
            refresh(
                ctx.paths.database,
                ctx.config,
                feeds_only=feeds_only,
                progress=bar,
                interactive=sys.stdin.isatty(),
            )
        )
    finally:
        if bar:
            bar.clear()
    for result in sorted(summary.results, key=lambda r: r.url):
        if result.error:
            kind = "error" if not result.ok else "warning"
            # In sync mode the message names the server already.
            where = "" if ctx.config.sync is not None else f"{result.url}: "
            out(f"ekreader: {kind}: {where}{result.error}", file=sys.stderr)
    feeds = len(summary.results)
    if summary.sync is not None:
        from ekreader.cli.sync import summary_line

        line = summary_line(summary.sync).rsplit(" in ", 1)[0]
    elif ctx.config.sync is not None:
        line = f"not synced with {ctx.config.sync.url}"
    else:
        line = (
            f"{feeds} feed{'s' * (feeds != 1)}: {summary.ok} ok, {summary.failed} failed; "
            f"{summary.new} new article{'s' * (summary.new != 1)}"
        )
        if summary.new_breaking:
            line += f" ({len(summary.new_breaking)} breaking)"
    if not feeds_only:
        line += f"; {summary.pages_fetched} full text{'s' * (summary.pages_fetched != 1)}"
        notes = [f"{summary.pages_failed} failed"] if summary.pages_failed else []
        if summary.pages_left:
            notes.append(f"{summary.pages_left} left for the next fetch")
        if notes:
            line += f" ({'; '.join(notes)})"
    if summary.pruned:
        line += f"; {summary.pruned} old article{'s' * (summary.pruned != 1)} removed"
    line += f" in {summary.seconds:.1f} s"
    if summary.prune_error:
        out(f"ekreader: warning: prune: {summary.prune_error}", file=sys.stderr)
    out(line)
    return 1 if feeds and summary.ok == 0 else 0
