"""The sync command, and import when [sync] is set (it goes to the server; add, remove,
rename and move go there through core/subscriptions.py, fetch syncs through
core/refresh.py)."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import TYPE_CHECKING, Any

from ekreader.cli.common import CommandError, Context, dump, opml_outlines, out
from ekreader.models import SyncSummary

if TYPE_CHECKING:
    from ekreader.core.sync.greader import GReaderClient


def register(sub: Any) -> None:
    """Add the sync command to the command line."""
    sync = sub.add_parser(
        "sync",
        help="sync with the feed server of [sync] (see README, Sync)",
        description="Send the marks made here to the [sync] server, then take its "
        "subscriptions, read and starred states and new articles. Exit status 1, naming the "
        "server, when it cannot be reached, refuses the login or answers something unexpected.",
    )
    sync.add_argument("--json", action="store_true", help="print the counts as JSON")
    sync.set_defaults(run=cmd_sync)


def warn_about_password(ctx: Context) -> None:
    """Say so when config.toml holds the password and other users can read it."""
    from ekreader.core.sync.account import config_warning

    warning = config_warning(ctx.config, ctx.paths.config_file)
    if warning:
        out(f"ekreader: {warning}", file=sys.stderr)


@contextmanager
def server(ctx: Context) -> Iterator[GReaderClient]:
    """The [sync] account's client; its failures become CommandError naming the server."""
    from ekreader.core.sync.account import open_client
    from ekreader.core.sync.secret import SecretError
    from ekreader.core.sync.session import SyncError

    warn_about_password(ctx)
    try:
        folder = ctx.paths.database.parent
        with open_client(ctx.config, interactive=sys.stdin.isatty(), folder=folder) as client:
            yield client
    except (SyncError, SecretError) as exc:
        raise CommandError(str(exc)) from None


def sync_now(
    ctx: Context, client: GReaderClient, progress: Callable[[Any], None] | None = None
) -> SyncSummary:
    """One sync with an open client."""
    from ekreader.core.sync.account import sync

    return sync(ctx.paths.database, ctx.config, client=client, progress=progress)


def summary_json(summary: SyncSummary) -> dict[str, Any]:
    """`sync --json`: counts of what one sync did."""
    return {
        "server": summary.server,
        "new_articles": summary.new_articles,
        "new_breaking": len(summary.new_breaking),
        "state_up": summary.state_up,
        "state_down": summary.state_down,
        "feeds": summary.feeds,
        "feeds_added": summary.feeds_added,
        "feeds_removed": summary.feeds_removed,
        "feeds_sent": summary.feeds_up,
        "seconds": round(summary.seconds, 3),
    }


def summary_line(summary: SyncSummary) -> str:
    """The one line `sync` prints."""
    new, feeds = summary.new_articles, summary.feeds
    line = f"synced with {summary.server}: {new} new article{'s' * (new != 1)}"
    if summary.new_breaking:
        line += f" ({len(summary.new_breaking)} breaking)"
    line += (
        f"; {summary.state_up} mark{'s' * (summary.state_up != 1)} sent, "
        f"{summary.state_down} changed by the server; {feeds} feed{'s' * (feeds != 1)}"
    )
    changes = [
        f"{count} {word}"
        for count, word in (
            (summary.feeds_added, "added"),
            (summary.feeds_removed, "removed"),
            (summary.feeds_up, "sent"),
        )
        if count
    ]
    if changes:
        line += f" ({', '.join(changes)})"
    return line + f" in {summary.seconds:.1f} s"


def cmd_sync(ctx: Context, args: argparse.Namespace) -> int:
    """Sync with the [sync] server: exit 1 naming it when it cannot be used."""
    from ekreader.cli.fetch import ProgressBar

    if ctx.config.sync is None:
        raise CommandError(
            f"no [sync] table in {ctx.paths.config_file}: set url, username and "
            "password_command there (see README, Sync)"
        )
    bar = ProgressBar(sys.stderr) if sys.stderr.isatty() else None
    try:
        with server(ctx) as client:
            summary = sync_now(ctx, client, bar)
    finally:
        if bar:
            bar.clear()
    for reason in summary.skipped:
        out(f"ekreader: warning: {reason}", file=sys.stderr)
    if args.json:
        dump(summary_json(summary))
    else:
        out(summary_line(summary))
    return 0


def import_on_server(ctx: Context, args: argparse.Namespace) -> int:
    """`import` in sync mode: subscribe on the server to each feed, in its folder."""
    from ekreader.core.fetch.client import lower_scheme
    from ekreader.core.sync.account import subscribe
    from ekreader.core.sync.session import BadAnswer

    file: str = args.file
    outlines = opml_outlines(file)
    added = 0
    skipped: list[str] = []
    with server(ctx) as client:
        have = {s.url for s in client.subscriptions()}
        for outline in outlines:
            url = lower_scheme(outline.url)
            if not url.startswith(("http://", "https://")):
                skipped.append(f"skipped {outline.url!r}: not an http(s) URL")
                continue
            if url in have:
                continue
            try:
                subscribe(client, url, title=outline.title, folder=outline.folder)
            except BadAnswer as exc:  # the server could not fetch this one: go on
                skipped.append(f"skipped {url}: {exc}")
                continue
            have.add(url)
            added += 1
        sync_now(ctx, client)
    for reason in skipped:
        out(f"ekreader: {reason}", file=sys.stderr)
    existing = len(outlines) - added - len(skipped)
    out(f"imported {added} feed{'s' * (added != 1)} from {file} ({existing} already subscribed)")
    return 0
