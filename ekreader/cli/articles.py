"""Reading commands: headlines (a list, newest first) and read (one article)."""

from __future__ import annotations

import argparse
import dataclasses
from collections.abc import Sequence
from datetime import UTC, datetime
from typing import Any

from ekreader.cli.common import (
    CommandError,
    Context,
    article_id,
    dump,
    existing_store,
    filtered_store,
    iso,
    out,
    positive,
    query_text,
    usage_error,
    utf8,
)
from ekreader.config import SavedSearch
from ekreader.core.query import QueryError
from ekreader.core.text.age import age
from ekreader.core.text.sanitize import clean_block, clean_line
from ekreader.models import Article, Headline, HeadlineQuery, Revision


def register(sub: Any) -> None:
    """Add the reading commands to the command line."""
    heads = sub.add_parser("headlines", help="list headlines, newest first")
    heads.add_argument("--json", action="store_true", help="print JSON")
    heads.add_argument("--breaking", action="store_true", help="only breaking news")
    heads.add_argument("--unread", action="store_true", help="only unread articles")
    heads.add_argument("--feed", metavar="URL", type=utf8, help="only this feed")
    heads.add_argument(
        "--search",
        metavar="QUERY",
        type=query_text,
        help='search: words, "phrases", OR, -word, title: author: feed: folder: is: since:'
        " (README: Searching)",
    )
    heads.add_argument(
        "--saved", metavar="NAME", type=utf8, help="a saved search of config.toml [searches]"
    )
    heads.add_argument(
        "--hidden", action="store_true", help="the articles filters hid (and only those)"
    )
    heads.add_argument(
        "--limit", metavar="N", type=positive, default=100, help="at most N (default 100)"
    )
    heads.set_defaults(run=cmd_headlines)

    read = sub.add_parser("read", help="one article as readable text, or JSON")
    read.add_argument("id", metavar="ID", type=article_id)
    read.add_argument("--json", action="store_true", help="print JSON")
    read.add_argument("--mark-read", action="store_true", help="mark the article read")
    read.set_defaults(run=cmd_read)


def headline_json(h: Headline) -> dict[str, Any]:
    """A headline as the CLI contract's JSON object."""
    return {
        "id": h.id,
        "feed_title": h.feed_title,
        "feed_url": h.feed_url,
        "title": h.title,
        "link": h.link,
        "author": h.author,
        "published": iso(h.published),
        "breaking": h.breaking,
        "breaking_reason": h.breaking_reason,
        "read": h.read,
        "starred": h.starred,
        "story": h.story,
        "revised_at": iso(h.revised),
        "also_in": list(h.also_in),
        "copy_of": h.copy_of,
    }


def revision_json(revision: Revision) -> dict[str, Any]:
    """An earlier version of an article as `read --json` lists it."""
    return {
        "seen_at": iso(revision.seen_at),
        "title": revision.title,
        "summary": revision.summary,
        "sections": [{"heading": s.heading, "text": s.text} for s in revision.sections],
    }


def article_json(article: Article, revisions: Sequence[Revision] = ()) -> dict[str, Any]:
    """An article as `read --json` prints it: the headline plus summary and sections, and
    its earlier versions (the latest first)."""
    doc = article.document
    return {
        **headline_json(article.headline),
        "summary": article.summary,
        "sections": [{"heading": s.heading, "text": s.text} for s in doc.sections],
        "links": [
            {"number": link.number, "url": link.url, "text": link.text} for link in doc.links
        ],
        "dateline": doc.dateline,
        "full_text": article.full_text,
        "updated": iso(article.updated),
        "fetched_at": iso(article.fetched_at),
        "page_error": article.page_error,
        "revisions": [revision_json(r) for r in revisions],
    }


def cmd_headlines(ctx: Context, args: argparse.Namespace) -> int:
    """List headlines, newest first."""
    feed: str | None = args.feed
    saved = _saved(ctx, args.saved)
    store = filtered_store(ctx)
    headlines: list[Headline] = []
    if store is None:
        if feed is not None:
            raise CommandError(f"not subscribed: {feed}")
    else:
        with store:
            if feed is not None:
                subscribed = store.feed_by_url(feed, former=True)  # moved by a 301: its new URL
                if subscribed is None:
                    raise CommandError(f"not subscribed: {feed}")
                feed = subscribed.url
            if saved is not None:
                try:
                    store.compile(saved.query)
                except QueryError as exc:
                    where = f'{ctx.paths.config_file}: [searches] "{saved.name}"'
                    raise CommandError(f"{where}: {exc}") from None
            if args.search is not None:
                try:
                    store.compile(args.search)
                except QueryError as exc:
                    return usage_error(args, f"argument --search: {exc}")
            # Both: the saved search AND the search (AND binds loosest, so "(saved) q" is it).
            texts = [t for t in (saved.query if saved else None, args.search) if t is not None]
            text = f"({texts[0]}) {texts[1]}" if len(texts) == 2 else next(iter(texts), None)
            query = HeadlineQuery(
                feed_url=feed,
                breaking=args.breaking,
                unread=args.unread,
                query=text,
                hidden=args.hidden,
            )
            headlines = store.headlines(query, limit=args.limit)
    if args.json:
        dump([headline_json(h) for h in headlines])
        return 0
    now = datetime.now(UTC)
    for h in headlines:
        flag = "BREAKING " if h.breaking else ""
        mark = " " if h.read else "*"
        out(f"{h.id:>7} {mark} {age(h.sort_time, now, None):>5}  {flag}{h.title}  — {h.feed_title}")
    return 0


def _saved(ctx: Context, name: str | None) -> SavedSearch | None:
    """The saved search called `name` (None for None); CommandError naming the saved ones
    when there is no such search."""
    if name is None:
        return None
    found = ctx.config.search(name)
    if found is None:
        names = ", ".join(repr(s.name) for s in ctx.config.searches)
        choices = f"saved: {names}" if names else "it has no [searches]"
        raise CommandError(f"no saved search {name!r} in {ctx.paths.config_file} ({choices})")
    return found


def cmd_read(ctx: Context, args: argparse.Namespace) -> int:
    """Print one article as readable text or JSON (and mark it read, if asked)."""
    wanted: int = args.id
    store = existing_store(ctx.paths)
    article = None
    revisions: list[Revision] = []
    if store is not None:
        with store:
            article = store.article(wanted)
            if article is not None and args.json:
                revisions = store.revisions(wanted)
            if article is not None and args.mark_read and not article.headline.read:
                # Before printing, so the output shows the state the cache now holds.
                store.set_read([wanted])
                headline = dataclasses.replace(article.headline, read=True)
                article = dataclasses.replace(article, headline=headline)
    if article is None:
        raise CommandError(f"no article with id {wanted} (see 'ekreader headlines')")
    if args.json:
        dump(article_json(article, revisions))
        return 0
    out(render_article(article))
    return 0


def render_article(article: Article) -> str:
    """An article as plain text for a terminal or a pipe."""
    h = article.headline
    doc = article.document
    lines = [clean_line(h.title), "=" * min(len(clean_line(h.title)), 78)]
    meta = [h.feed_title]
    if h.author:
        meta.append(h.author)
    if h.published:
        meta.append(h.published.astimezone().strftime("%Y-%m-%d %H:%M"))
    lines.append(" · ".join(meta))
    if h.breaking:
        lines.append(f"BREAKING ({h.breaking_reason})")
    if doc.dateline:
        lines.append(doc.dateline)
    if h.link:
        lines.append(h.link)
    for section in doc.sections:
        lines.append("")
        heading = clean_line(section.heading)
        if heading:
            rule = "-" if section.level <= 2 else "~"  # "~" under subsections (level 3, 4)
            lines += [heading, rule * min(len(heading), 78)]
            if section.text:
                lines.append("")
        if section.text:
            lines.append(clean_block(section.text))
    if doc.links:
        lines += ["", "Links:"]
        lines += [f"[{link.number}] {link.url}" for link in doc.links]
    return "\n".join(lines)
