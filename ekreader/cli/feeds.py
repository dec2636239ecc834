"""Subscription commands: add, remove, feeds, import, export."""

from __future__ import annotations

import argparse
import sys
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
from ekreader.core.text.sanitize import clean_text
from ekreader.models import FailedPage, Feed


def register(sub: Any) -> None:
    """Add the subscription commands to the command line."""
    add = sub.add_parser("add", help="subscribe to a feed (or a page that links to one)")
    add.add_argument("url", metavar="URL", type=utf8)
    add.add_argument("--title", metavar="T", type=utf8, help="your own title for the feed")
    add.set_defaults(run=cmd_add)

    remove = sub.add_parser("remove", help="unsubscribe (its cached articles go too)")
    remove.add_argument("url", metavar="URL", type=utf8)
    remove.set_defaults(run=cmd_remove)

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
    server, see cli/sync.py)."""
    if ctx.config.sync is not None:
        from ekreader.cli.sync import add_on_server

        return add_on_server(ctx, args)
    from ekreader.core.fetch.client import FetchError, check_url
    from ekreader.core.subscribe import SubscribeError, subscribe

    with open_store(ctx.paths) as store:
        check_filters(store, ctx)  # the first download is filtered as it is stored
    try:
        url = check_url(args.url)
        done = subscribe(ctx.paths.database, ctx.config, url, args.title)
    except (FetchError, SubscribeError) as exc:
        raise CommandError(str(exc)) from None
    feed_url = done.feed.url
    if not done.created:
        out(f"already subscribed: {feed_url}")
        return 0
    name = args.title or done.found.title or feed_url
    via = f" (found on {url})" if feed_url != url else ""
    out(f"subscribed to {name}: {feed_url}{via}; {done.new} article{'s' * (done.new != 1)}")
    return 0


def cmd_remove(ctx: Context, args: argparse.Namespace) -> int:
    """Unsubscribe (the feed's cached articles go too). A feed a permanent redirect moved
    is found by its former address too. In sync mode on the server first."""
    if ctx.config.sync is not None:
        from ekreader.cli.sync import remove_on_server

        return remove_on_server(ctx, args)
    url = args.url
    with open_store(ctx.paths) as store:
        feed = store.feed_by_url(url, former=True)
        if feed is None or not store.remove_feed(feed.url):
            raise CommandError(f"not subscribed: {url}")
    out(f"removed {url}" + (f" (moved to {feed.url})" if feed.url != url else ""))
    return 0


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
