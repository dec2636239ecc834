"""Subscribing: find the feed a URL means (the URL itself, or a feed its page announces),
subscribe to it, and store what that one download brought — never fetched twice."""

from __future__ import annotations

import asyncio
import hashlib
from dataclasses import dataclass
from pathlib import Path

from ekreader.config import Config
from ekreader.core.fetch.client import Fetcher, Response
from ekreader.core.ingest import FeedJob, parse_job, rules_for
from ekreader.core.store import Store
from ekreader.models import Feed, FetchRecord

MAX_FEED_LINKS = 8
"""How many of the feeds a web page announces are tried (at once)."""


class SubscribeError(Exception):
    """The URL is no feed and its page announces none that works; the message says why."""


@dataclass(frozen=True, slots=True)
class Found:
    """The feed a URL leads to, as downloaded."""

    url: str
    """The feed's address (where a permanent redirect moved it, if one did)."""
    title: str | None
    response: Response


@dataclass(frozen=True, slots=True)
class Subscribed:
    """What subscribing did."""

    feed: Feed
    created: bool
    """False when the feed was subscribed already (nothing else was changed)."""
    new: int
    """Articles stored from the feed's first download."""
    found: Found


async def find_feed(fetcher: Fetcher, url: str) -> Found:
    """The feed at `url`: itself when it is a feed, else the best-ranked feed its page
    announces that is one. Raises SubscribeError with the reason when neither works."""
    from ekreader.core.parse.discover import find_feed_links
    from ekreader.core.parse.feed import parse_feed

    response = await fetcher.get(url)
    if not response.ok:
        raise SubscribeError(f"{url}: {response.error or 'no content'}; not subscribed")
    parsed = await asyncio.to_thread(parse_feed, response.body, response.headers, url)
    if parsed.format and (parsed.entries or parsed.error is None):
        return Found(response.permanent_url or url, parsed.title, response)
    candidates = find_feed_links(response.body, response.final_url or url)

    async def probe(candidate: str) -> Found | None:
        answer = await fetcher.get(candidate)
        if not answer.ok:
            return None
        found = await asyncio.to_thread(parse_feed, answer.body, answer.headers, candidate)
        return (
            Found(answer.permanent_url or candidate, found.title, answer) if found.format else None
        )

    # All at once: one after another, a page announcing many dead feeds would cost one
    # timeout each. The best-ranked candidate that is a feed wins.
    for result in await asyncio.gather(*map(probe, candidates[:MAX_FEED_LINKS])):
        if result is not None:
            return result
    raise SubscribeError(f"{url}: {parsed.error or 'not a feed'}, and the page links to no feed")


def subscribe(
    db_path: Path, config: Config, url: str, title: str | None = None, folder: str | None = None
) -> Subscribed:
    """Subscribe to the feed `url` leads to (in `folder`, when given), and store the
    articles of the download that found it (parsed, decided and stored as a refresh
    would). Raises SubscribeError."""

    async def find() -> Found:
        async with Fetcher(config.fetch) as fetcher:
            return await find_feed(fetcher, url)

    found = asyncio.run(find())
    with Store.open(db_path) as store:
        feed, created = store.add_feed(found.url, title=title, folder=folder)
    if not created:
        return Subscribed(feed, False, 0, found)
    response = found.response
    job = FeedJob(
        db_path=db_path,
        feed_id=feed.id,
        url=feed.url,
        base_url=response.final_url or found.url,
        body=response.body,
        headers=dict(response.headers),
        spec=rules_for(config, feed.url),
        record=FetchRecord(
            status=response.status,
            etag=response.headers.get("etag"),
            last_modified=response.headers.get("last-modified"),
        ),
        digest=hashlib.blake2b(response.body, digest_size=16).hexdigest(),
        cache_connection=False,
        filters=config.filters,
    )
    result = parse_job(job)
    return Subscribed(feed, True, result.new, found)
