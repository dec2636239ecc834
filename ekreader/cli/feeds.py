"""Subscription commands: add, remove, rename, move, feeds, import, export (the changes
go through core/subscriptions.py, as the reader's do)."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from ekreader.cli.common import (
    CommandError,
    Context,
    check_filters,
    dump,
    existing_store,
    filtered_store,
    iso,
    open_store,
    opml_outlines,
    out,
    utf8,
)
from ekreader.cli.sync import warn_about_password
from ekreader.core.text.sanitize import clean_text
from ekreader.models import FailedPage, Feed


def register(sub: Any) -> None:
    """Add the subscription commands to the command line."""
    add = sub.add_parser("add", help="subscribe to a feed (or a page that links to one)")
    add.add_argument("url", metavar="URL", type=utf8)
    add.add_argument("--title", metavar="T", type=utf8, help="your own title for the feed")
    add.add_argument("--folder", metavar="F", type=utf8, help="the folder to put it in")
    add.set_defaults(run=cmd_add)

    remove = sub.add_parser("remove", help="unsubscribe (its cached articles go too)")
    remove.add_argument("url", metavar="URL", type=utf8)
    remove.set_defaults(run=cmd_remove)

    rename = sub.add_parser("rename", help="give a feed your own title ('' for its own)")
    rename.add_argument("url", metavar="URL", type=utf8)
    rename.add_argument("title", metavar="TITLE", type=utf8)
    rename.set_defaults(run=cmd_rename)

    move = sub.add_parser("move", help="put a feed in a folder ('' for none)")
    move.add_argument("url", metavar="URL", type=utf8)
    move.add_argument("folder", metavar="FOLDER", type=utf8)
    move.set_defaults(run=cmd_move)

    feeds = sub.add_parser("feeds", help="subscriptions with their last status")
    feeds.add_argument("--json", action="store_true", help="print JSON")
    feeds.set_defaults(run=cmd_feeds)

    imp = sub.add_parser("import", help="subscribe to the feeds of an OPML file")
    imp.add_argument("file", metavar="FILE", help="OPML file ('-' for standard input)")
    imp.set_defaults(run=cmd_import)

    export = sub.add_parser("export", help="print the subscriptions as OPML")
    export.set_defaults(run=cmd_export)


def cmd_add(ctx: Context, args: argparse.Namespace) -> int:
    """Subscribe to a feed, or to the feed a web page links to (in sync mode: on the
    server, which a sync then brings here)."""
    from ekreader.core.subscriptions import add

    if ctx.config.sync is None:
        with open_store(ctx.paths) as store:
            check_filters(store, ctx)  # the first download is filtered as it is stored
    else:
        warn_about_password(ctx)
    with changing():
        done = add(
            ctx.paths.database,
            ctx.config,
            args.url,
            title=args.title,
            folder=args.folder,
            interactive=sys.stdin.isatty(),
        )
    if not done.created:
        out(f"already subscribed: {done.url}")
        return 0
    via = f" (found on {done.asked})" if done.url != done.asked else ""
    where = f" on {done.server}" if done.server else ""
    count = done.articles
    out(f"subscribed to {done.name}: {done.url}{via}{where}; {count} article{'s' * (count != 1)}")
    return 0


def cmd_remove(ctx: Context, args: argparse.Namespace) -> int:
    """Unsubscribe (the feed's cached articles go too). A feed a permanent redirect moved
    is found by its former address too. In sync mode on the server first."""
    from ekreader.core.subscriptions import remove

    url = args.url
    _warn(ctx)
    with changing():
        feed = remove(ctx.paths.database, ctx.config, url, interactive=sys.stdin.isatty())
    out(f"removed {url}" + (f" (moved to {feed.url})" if feed.url != url else ""))
    return 0


def cmd_rename(ctx: Context, args: argparse.Namespace) -> int:
    """Give a feed a title of your own ('' for its own title again); in sync mode on the
    server too."""
    from ekreader.core.subscriptions import rename

    _warn(ctx)
    with changing():
        feed = rename(
            ctx.paths.database, ctx.config, args.url, args.title, interactive=sys.stdin.isatty()
        )
    out(f"renamed {feed.url}: {feed.display_title}")
    return 0


def cmd_move(ctx: Context, args: argparse.Namespace) -> int:
    """Put a feed in a folder ('' for none); in sync mode on the server too."""
    from ekreader.core.subscriptions import move

    _warn(ctx)
    with changing():
        feed = move(
            ctx.paths.database, ctx.config, args.url, args.folder, interactive=sys.stdin.isatty()
        )
    out(f"moved {feed.url} " + (f"to {feed.folder}" if feed.folder else "out of its folder"))
    return 0


def _warn(ctx: Context) -> None:
    if ctx.config.sync is not None:
        warn_about_password(ctx)


@contextmanager
def changing() -> Iterator[None]:
    """A change to the subscriptions; its ChangeError becomes the command's error."""
    from ekreader.core.subscriptions import ChangeError

    try:
        yield
    except ChangeError as exc:
        raise CommandError(str(exc)) from None


def feed_json(feed: Feed, failed: list[FailedPage] | None = None) -> dict[str, Any]:
    """A feed as `feeds --json` prints it (with its articles whose page failed)."""
    return {
        "url": feed.url,
        "title": feed.title,
        "site_url": feed.site_url,
        "folder": feed.folder,
        "last_status": feed.last_status,
        "last_error": feed.last_error,
        "last_fetched": iso(feed.last_fetched),
        "gone": feed.gone,
        "unread": feed.unread,
        "articles": feed.total,
        "former_urls": list(feed.former_urls),
        "failed_pages": [
            {"id": p.id, "title": p.title, "link": p.link, "error": p.error, "attempts": p.attempts}
            for p in failed or ()
        ],
        "hidden": feed.hidden,
        "all_hidden": feed.hidden > 0 and feed.total == 0,
    }


def cmd_feeds(ctx: Context, args: argparse.Namespace) -> int:
    """List subscriptions with their last status."""
    store = filtered_store(ctx)
    feeds = store.feeds() if store else []
    failed: dict[int, list[FailedPage]] = {}
    if store:
        for page in store.failed_pages():
            failed.setdefault(page.feed_id, []).append(page)
        store.close()
    if args.json:
        dump([feed_json(f, failed.get(f.id)) for f in feeds])
        return 0
    for feed in feeds:
        if feed.gone:
            status = "gone"
        elif feed.last_error and feed.last_status not in (200, 304):
            status = "error"
        elif feed.last_fetched is None:
            status = "new"
        else:
            status = "ok"
        line = f"{status:<6} {feed.unread:>5}/{feed.total:<5} {feed.display_title}  <{feed.url}>"
        if feed.hidden:
            line += f"  ({feed.hidden} hidden{' - all of them' if not feed.total else ''})"
        if feed.last_error:
            line += f"\n{'':13}{feed.last_error}"
        pages = failed.get(feed.id, [])
        if pages:
            count = f"{len(pages)} article page{'s' * (len(pages) != 1)}"
            line += f"\n{'':13}{count} failed (latest: {pages[0].error})"
        out(line)
    return 0


def cmd_import(ctx: Context, args: argparse.Namespace) -> int:
    """Subscribe to every feed of an OPML file (in sync mode: on the server)."""
    if ctx.config.sync is not None:
        from ekreader.cli.sync import import_on_server

        return import_on_server(ctx, args)
    from ekreader.core.fetch.client import lower_scheme

    file: str = args.file
    outlines = opml_outlines(file)
    added = 0
    skipped: list[str] = []
    with open_store(ctx.paths) as store:
        for outline in outlines:
            url = lower_scheme(outline.url)
            if not url.startswith(("http://", "https://")):
                skipped.append(outline.url)
                continue
            _, created = store.add_feed(url, outline.title, outline.folder)
            added += created
    for url in skipped:
        out(f"ekreader: skipped {url!r}: not an http(s) URL", file=sys.stderr)
    existing = len(outlines) - added - len(skipped)
    out(f"imported {added} feed{'s' * (added != 1)} from {file} ({existing} already subscribed)")
    return 0


def cmd_export(ctx: Context, args: argparse.Namespace) -> int:
    """Print the subscriptions as OPML."""
    from ekreader.core.parse.opml import write_opml

    store = existing_store(ctx.paths)
    feeds = [f for f in store.feeds() if not f.is_local] if store else []
    if store:
        store.close()
    sys.stdout.write(clean_text(write_opml(feeds)))
    return 0
