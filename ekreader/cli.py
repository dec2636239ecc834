"""The headless commands: add, remove, feeds, import, export, fetch, headlines, read, mark."""

from __future__ import annotations

import asyncio
import dataclasses
import json
import sys
from collections.abc import Callable, Sequence
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, Literal, TextIO

from ekreader.config import Config
from ekreader.core.store import HeadlineQuery, Store
from ekreader.core.text.sanitize import clean_block, clean_line, clean_text
from ekreader.models import Article, Feed, Headline, RefreshSummary
from ekreader.paths import Paths


class CommandError(Exception):
    """A command failed in a way the user can act on; exit status 1."""


def _open(paths: Paths) -> Store:
    return Store.open(paths.database)


def _existing(paths: Paths) -> Store | None:
    """The cache if there is one: commands that only read never create files."""
    return Store.open(paths.database) if paths.database.exists() else None


def _print(text: str, file: TextIO | None = None) -> None:
    print(clean_text(text), file=file or sys.stdout)


# -- subscriptions ----------------------------------------------------------------------


def cmd_add(paths: Paths, config: Config, url: str, title: str | None) -> int:
    """Subscribe to a feed, or to the feed a web page links to."""
    from ekreader.core.fetch.client import FetchError, check_url

    try:
        url = check_url(url)
    except FetchError as exc:
        raise CommandError(str(exc)) from None
    feed_url, feed_title = asyncio.run(_resolve_feed(config, url))
    with _open(paths) as store:
        feed, created = store.add_feed(feed_url, title=title)
    if not created:
        _print(f"already subscribed: {feed_url}")
        return 0
    summary = asyncio.run(_refresh(paths, config, urls=[feed.url], feeds_only=True))
    name = title or feed_title or feed_url
    new = summary.new
    via = f" (found on {url})" if feed_url != url else ""
    _print(f"subscribed to {name}: {feed_url}{via}; {new} article{'s' * (new != 1)}")
    return 0


MAX_FEED_LINKS = 8
"""How many of the feeds a web page announces `add` tries (at once)."""


async def _resolve_feed(config: Config, url: str) -> tuple[str, str | None]:
    """The feed URL for `url`: itself when it is a feed, else the first feed its page
    announces. Raises CommandError with the reason when neither works."""
    from ekreader.core.fetch.client import Fetcher
    from ekreader.core.parse.discover import find_feed_links
    from ekreader.core.parse.feed import parse_feed

    async with Fetcher(config.fetch) as fetcher:
        response = await fetcher.get(url)
        if not response.ok:
            raise CommandError(f"{url}: {response.error or 'no content'}; not subscribed")
        parsed = await asyncio.to_thread(parse_feed, response.body, response.headers, url)
        if parsed.format and (parsed.entries or parsed.error is None):
            return response.permanent_url or url, parsed.title
        candidates = find_feed_links(response.body, response.final_url or url)

        async def probe(candidate: str) -> tuple[str, str | None] | None:
            answer = await fetcher.get(candidate)
            if not answer.ok:
                return None
            found = await asyncio.to_thread(parse_feed, answer.body, answer.headers, candidate)
            return (candidate, found.title) if found.format else None

        # All at once: one after another, a page announcing many dead feeds would cost
        # one timeout each. The best-ranked candidate that is a feed wins.
        for result in await asyncio.gather(*map(probe, candidates[:MAX_FEED_LINKS])):
            if result is not None:
                return result
    raise CommandError(f"{url}: {parsed.error or 'not a feed'}, and the page links to no feed")


def cmd_remove(paths: Paths, url: str) -> int:
    """Unsubscribe (the feed's cached articles go too). A feed a permanent redirect moved
    is found by its former address too."""
    with _open(paths) as store:
        feed = store.feed_by_url(url, former=True)
        if feed is None or not store.remove_feed(feed.url):
            raise CommandError(f"not subscribed: {url}")
    _print(f"removed {url}" + (f" (moved to {feed.url})" if feed.url != url else ""))
    return 0


def _feed_json(feed: Feed) -> dict[str, Any]:
    return {
        "url": feed.url,
        "title": feed.title,
        "site_url": feed.site_url,
        "folder": feed.folder,
        "last_status": feed.last_status,
        "last_error": feed.last_error,
        "last_fetched": _iso(feed.last_fetched),
        "gone": feed.gone,
        "unread": feed.unread,
        "articles": feed.total,
        "former_urls": list(feed.former_urls),
    }


def cmd_feeds(paths: Paths, as_json: bool) -> int:
    """List subscriptions with their last status."""
    store = _existing(paths)
    feeds = store.feeds() if store else []
    if store:
        store.close()
    if as_json:
        _dump([_feed_json(f) for f in feeds])
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
        if feed.last_error:
            line += f"\n{'':13}{feed.last_error}"
        _print(line)
    return 0


def cmd_import(paths: Paths, file: str) -> int:
    """Subscribe to every feed of an OPML file."""
    from ekreader.core.fetch.client import lower_scheme
    from ekreader.core.parse.opml import OpmlError, read_opml

    path = Path(file)
    try:
        data = sys.stdin.buffer.read() if file == "-" else path.read_bytes()
    except OSError as exc:
        raise CommandError(f"cannot read {file}: {exc.strerror or exc}") from None
    try:
        outlines = read_opml(data)
    except OpmlError as exc:
        raise CommandError(f"{file}: {exc}") from None
    added = 0
    skipped: list[str] = []
    with _open(paths) as store:
        for outline in outlines:
            url = lower_scheme(outline.url)
            if not url.startswith(("http://", "https://")):
                skipped.append(outline.url)
                continue
            _, created = store.add_feed(url, outline.title, outline.folder)
            added += created
    for url in skipped:
        _print(f"ekreader: skipped {url!r}: not an http(s) URL", file=sys.stderr)
    existing = len(outlines) - added - len(skipped)
    _print(f"imported {added} feed{'s' * (added != 1)} from {file} ({existing} already subscribed)")
    return 0


def cmd_export(paths: Paths) -> int:
    """Print the subscriptions as OPML."""
    from ekreader.core.parse.opml import write_opml

    store = _existing(paths)
    feeds = [f for f in store.feeds() if not f.is_local] if store else []
    if store:
        store.close()
    sys.stdout.write(clean_text(write_opml(feeds)))
    return 0


# -- fetching ---------------------------------------------------------------------------


async def _refresh(
    paths: Paths,
    config: Config,
    *,
    urls: list[str] | None = None,
    feeds_only: bool = False,
    progress: Callable[[Any], None] | None = None,
) -> RefreshSummary:
    from ekreader.core.refresh import refresh

    return await refresh(
        paths.database, config, feeds_only=feeds_only, urls=urls, progress=progress
    )


class _ProgressBar:
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
        self.stream.write("\r\x1b[K")
        self.stream.flush()


def cmd_fetch(paths: Paths, config: Config, feeds_only: bool) -> int:
    """Refresh every feed (and article pages): exit 1 only when every feed failed."""
    if not paths.database.exists():
        _print(
            "0 feeds: nothing to fetch (subscribe with 'ekreader add URL' or 'ekreader import FILE')"
        )
        return 0
    bar = _ProgressBar(sys.stderr) if sys.stderr.isatty() else None
    try:
        summary = asyncio.run(_refresh(paths, config, feeds_only=feeds_only, progress=bar))
    finally:
        if bar:
            bar.clear()
    for result in sorted(summary.results, key=lambda r: r.url):
        if result.error:
            kind = "error" if not result.ok else "warning"
            _print(f"ekreader: {kind}: {result.url}: {result.error}", file=sys.stderr)
    feeds = len(summary.results)
    line = (
        f"{feeds} feed{'s' * (feeds != 1)}: {summary.ok} ok, {summary.failed} failed; "
        f"{summary.new} new article{'s' * (summary.new != 1)}"
    )
    if summary.new_breaking:
        line += f" ({len(summary.new_breaking)} breaking)"
    if not feeds_only:
        line += f"; {summary.pages_fetched} full text{'s' * (summary.pages_fetched != 1)}"
        if summary.pages_failed:
            line += f" ({summary.pages_failed} failed)"
    line += f" in {summary.seconds:.1f} s"
    _print(line)
    return 1 if feeds and summary.ok == 0 else 0


# -- reading ----------------------------------------------------------------------------


def _iso(value: datetime | None) -> str | None:
    return value.astimezone(UTC).isoformat().replace("+00:00", "Z") if value else None


def headline_json(h: Headline) -> dict[str, Any]:
    """A headline as the CLI contract's JSON object."""
    return {
        "id": h.id,
        "feed_title": h.feed_title,
        "feed_url": h.feed_url,
        "title": h.title,
        "link": h.link,
        "author": h.author,
        "published": _iso(h.published),
        "breaking": h.breaking,
        "breaking_reason": h.breaking_reason,
        "read": h.read,
        "starred": h.starred,
    }


def article_json(article: Article) -> dict[str, Any]:
    """An article as `read --json` prints it: the headline plus summary and sections."""
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
        "updated": _iso(article.updated),
        "fetched_at": _iso(article.fetched_at),
    }


def _dump(value: Any) -> None:
    sys.stdout.write(json.dumps(_clean_json(value), ensure_ascii=False, indent=2) + "\n")


def _clean_json(value: Any) -> Any:
    if isinstance(value, str):
        return clean_text(value)
    if isinstance(value, list):
        return [_clean_json(v) for v in value]
    if isinstance(value, dict):
        return {k: _clean_json(v) for k, v in value.items()}
    return value


def age(moment: datetime, now: datetime | None = None) -> str:
    """A short relative age: "now", "5m", "3h", "2d", "7w", else the date."""
    seconds = ((now or datetime.now(UTC)) - moment).total_seconds()
    if seconds < 60:
        return "now"
    for unit, size in (("m", 60), ("h", 3600), ("d", 86400), ("w", 604800)):
        next_size = {"m": 3600, "h": 86400, "d": 604800, "w": 8 * 604800}[unit]
        if seconds < next_size:
            return f"{int(seconds // size)}{unit}"
    return moment.astimezone().strftime("%Y-%m-%d")


def cmd_headlines(
    paths: Paths,
    *,
    as_json: bool,
    breaking: bool,
    unread: bool,
    feed: str | None,
    search: str | None,
    limit: int,
) -> int:
    """List headlines, newest first."""
    store = _existing(paths)
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
            query = HeadlineQuery(feed_url=feed, breaking=breaking, unread=unread, search=search)
            headlines = store.headlines(query, limit=limit)
    if as_json:
        _dump([headline_json(h) for h in headlines])
        return 0
    for h in headlines:
        flag = "BREAKING " if h.breaking else ""
        mark = " " if h.read else "*"
        _print(f"{h.id:>7} {mark} {age(h.sort_time):>5}  {flag}{h.title}  — {h.feed_title}")
    return 0


def cmd_read(paths: Paths, article_id: int, as_json: bool, *, mark_read: bool = False) -> int:
    """Print one article as readable text or JSON (and mark it read, if asked)."""
    store = _existing(paths)
    article = None
    if store is not None:
        with store:
            article = store.article(article_id)
            if article is not None and mark_read and not article.headline.read:
                # Before printing, so the output shows the state the cache now holds.
                store.set_read([article_id])
                headline = dataclasses.replace(article.headline, read=True)
                article = dataclasses.replace(article, headline=headline)
    if article is None:
        raise CommandError(f"no article with id {article_id} (see 'ekreader headlines')")
    if as_json:
        _dump(article_json(article))
        return 0
    _print(render_article(article))
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


# -- marking ------------------------------------------------------------------------------


MarkHow = Literal["read", "unread", "star", "unstar"]
"""What `mark` does to its articles."""

_MARK_WORDS: dict[str, tuple[str, str]] = {
    "read": ("marked {} read", "read"),
    "unread": ("marked {} unread", "unread"),
    "star": ("starred {}", "starred"),
    "unstar": ("unstarred {}", "unstarred"),
}
"""How `mark` words its summary line: the verb phrase, and the state for "(2 already …)"."""

_SHOWN_IDS = 5
"""How many unknown ids an error message lists before "and N more"."""


def _shown(text: str, width: int = 40) -> str:
    """Some text as an error message quotes it: escaped (repr) and kept short."""
    return repr(text if len(text) <= width else text[:width] + "…")


def parse_article_id(text: str) -> int:
    """An article id from the command line or standard input; ValueError saying why not."""
    try:
        return int(text)
    except ValueError:  # not a number, or one of more than 4300 digits
        raise ValueError(f"an article id is a number, got {_shown(text)}") from None


def _stdin_ids() -> list[int]:
    """The article ids on standard input, one a line (blank lines skipped)."""
    try:
        data = sys.stdin.buffer.read() if sys.stdin is not None else b""
    except OSError as exc:
        raise CommandError(f"cannot read standard input: {exc.strerror or exc}") from None
    ids: list[int] = []
    for number, line in enumerate(data.decode("utf-8", "replace").splitlines(), 1):
        if line.strip():
            try:
                ids.append(parse_article_id(line))
            except ValueError as exc:
                raise CommandError(f"standard input, line {number}: {exc}") from None
    return ids


def cmd_mark(
    paths: Paths, given: Sequence[int | str], how: MarkHow, *, as_json: bool = False
) -> int:
    """Mark articles read, unread, starred or unstarred: all of them, or none when any
    id is unknown. "-" among `given` stands for the ids on standard input."""
    ids: list[int] = []
    read_stdin = False
    for item in given:
        if isinstance(item, int):
            ids.append(item)
        elif not read_stdin:  # "-" twice reads standard input once
            ids += _stdin_ids()
            read_stdin = True
    ids = list(dict.fromkeys(ids))  # each once, in the order given
    changed: list[int] = []
    if ids:
        store = _existing(paths)
        if store is None:
            raise CommandError(_unknown_ids(ids))
        with store:
            changed = _mark(store, ids, how)
    if as_json:
        _dump(changed)
        return 0
    phrase, state = _MARK_WORDS[how]
    count = len(changed)
    line = phrase.format(f"{count} article{'s' * (count != 1)}")
    if len(ids) > count:
        line += f" ({len(ids) - count} already {state})"
    _print(line)
    return 0


def _mark(store: Store, ids: list[int], how: MarkHow) -> list[int]:
    """Check every id, then mark them all; returns the ids whose state changed."""
    current: dict[int, bool] = {}
    unknown: list[int] = []
    for article_id in ids:
        article = store.article(article_id)
        if article is None:
            unknown.append(article_id)
        elif how in ("read", "unread"):
            current[article_id] = article.headline.read
        else:
            current[article_id] = article.headline.starred
    if unknown:  # before any change: the cache stays as it was
        raise CommandError(_unknown_ids(unknown))
    target = how in ("read", "star")
    # Every id, not only those that looked different: the reader UI may have changed one
    # since, and writing the wanted state again does no harm.
    if how in ("read", "unread"):
        store.set_read(ids, target)  # one transaction
    else:
        store.set_starred(ids, target)  # one transaction
    return [i for i in ids if current[i] != target]


def _unknown_ids(unknown: Sequence[int]) -> str:
    shown = [_shown_id(i) for i in unknown[:_SHOWN_IDS]]
    if len(unknown) > _SHOWN_IDS:
        shown.append(f"and {len(unknown) - _SHOWN_IDS} more")
    ids = "id" if len(unknown) == 1 else "ids"
    return f"no article with {ids} {', '.join(shown)}; nothing marked (see 'ekreader headlines')"


def _shown_id(article_id: int) -> str:
    """An id as a message shows it: one far beyond any real id (thousands of digits) cut."""
    text = str(article_id)
    return text if len(text) <= 24 else text[:24] + "…"
