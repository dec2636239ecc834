"""Orchestration of a refresh: fetch -> parse -> decide -> store, then full-article pages.

Network I/O runs on one asyncio loop; parsing and extraction run in a process pool
(both cores, and never on the loop); SQLite writes run on one writer thread with their
own connection, one transaction per feed.
"""

from __future__ import annotations

import asyncio
import contextlib
import hashlib
import os
import time
from collections.abc import Callable, Sequence
from concurrent.futures import Executor, ProcessPoolExecutor, ThreadPoolExecutor
from dataclasses import dataclass, replace
from pathlib import Path
from typing import TypeVar

from ekreader.config import Config
from ekreader.core.decide import RulesSpec, decide
from ekreader.core.fetch import PAGE_ACCEPT, Fetcher, Response
from ekreader.core.store import FetchRecord, PageJob, Store
from ekreader.models import (
    Document,
    EntryDecision,
    Feed,
    FeedResult,
    ParsedFeed,
    RefreshSummary,
)

Progress = Callable[["ProgressEvent"], None]
T = TypeVar("T")


@dataclass(frozen=True, slots=True)
class ProgressEvent:
    """Sent as each feed or page finishes: `done` of `total` in the current `phase`."""

    phase: str
    """"feeds" or "pages"."""
    done: int
    total: int
    result: FeedResult | None = None


def parse_job(
    body: bytes, headers: dict[str, str], url: str, spec: RulesSpec
) -> tuple[ParsedFeed, tuple[EntryDecision, ...]]:
    """Parse and decide one feed body (runs in a worker process)."""
    from ekreader.core.parse import parse_feed

    parsed = parse_feed(body, headers, url)
    return parsed, decide(parsed, spec)


def extract_job(body: bytes, headers: dict[str, str], url: str) -> Document | str:
    """Extract one article page (runs in a worker process); a string is an error."""
    from ekreader.core.extract import extract_article, is_html

    content_type = headers.get("content-type")
    if not is_html(content_type, body[:1024]):
        return f"not an HTML page ({(content_type or 'unknown type').split(';')[0].strip()})"
    try:
        document = extract_article(body, url)
    except Exception as exc:  # noqa: BLE001 - one broken page must not stop the others
        return f"extraction failed: {type(exc).__name__}"
    if not document.sections:
        return "no article text found on the page"
    return document


INLINE_JOBS = 4
"""Parses and extractions run on a thread before a refresh starts its process pool."""


def _pool(workers: int | None) -> Executor:
    import multiprocessing

    count = workers or min(4, os.cpu_count() or 1)
    if count <= 1:
        return ThreadPoolExecutor(max_workers=1)
    return ProcessPoolExecutor(
        max_workers=count,
        mp_context=multiprocessing.get_context("forkserver"),
        initializer=_ignore_sigint,
    )


def _ignore_sigint() -> None:
    """In pool workers: Ctrl-C reaches the whole process group, but only the main
    process handles it (the workers would each print a KeyboardInterrupt traceback)."""
    import signal

    signal.signal(signal.SIGINT, signal.SIG_IGN)


class Refresher:
    """One refresh run against one cache. `await Refresher(...).run()`."""

    def __init__(
        self,
        db_path: Path,
        config: Config,
        *,
        feeds_only: bool = False,
        urls: Sequence[str] | None = None,
        progress: Progress | None = None,
        workers: int | None = None,
    ) -> None:
        self.db_path = db_path
        self.config = config
        self.feeds_only = feeds_only
        self.urls = set(urls) if urls is not None else None
        self.progress = progress
        self.workers = workers
        self._writer = ThreadPoolExecutor(max_workers=1, thread_name_prefix="ekreader-store")
        self._store: Store | None = None
        self._pool: Executor | None = None
        self._inline: ThreadPoolExecutor | None = None
        self._jobs = 0
        self._feeds: list[Feed] = []

    async def _write(self, fn: Callable[[Store], T]) -> T:
        def call() -> T:
            if self._store is None:
                self._store = Store.open(self.db_path)
            return fn(self._store)

        return await asyncio.get_running_loop().run_in_executor(self._writer, call)

    def _executor(self) -> Executor:
        """Where the next parse or extraction runs. The first few run on a thread (a
        refresh of one or two changed feeds never pays for starting processes); once
        there is more work, a process pool takes it on both cores, starting while the
        downloads go on."""
        self._jobs += 1
        if self._pool is None and self._jobs > INLINE_JOBS:
            self._pool = _pool(self.workers)
        if self._pool is not None:
            return self._pool
        if self._inline is None:
            self._inline = ThreadPoolExecutor(max_workers=1, thread_name_prefix="ekreader-parse")
        return self._inline

    async def run(self) -> RefreshSummary:
        """Refresh the feeds, then download pending article pages (unless feeds_only)."""
        started = time.monotonic()
        try:
            # A read-only cache reads fine: fail here, once, not for every feed.
            await self._write(lambda s: s.check_writable())
            feeds = await self._write(lambda s: s.feeds())
            feeds = [
                f
                for f in feeds
                if not f.is_local and not f.gone and (self.urls is None or f.url in self.urls)
            ]
            self._feeds = feeds
            results = await self._refresh_feeds(feeds)
            pages_ok = pages_failed = 0
            if not self.feeds_only:
                pages_ok, pages_failed = await self._refresh_pages()
        finally:
            await self._close()
        return RefreshSummary(tuple(results), pages_ok, pages_failed, time.monotonic() - started)

    async def _close(self) -> None:
        if self._store is not None:
            store = self._store
            await asyncio.get_running_loop().run_in_executor(self._writer, store.close)
            self._store = None
        self._writer.shutdown(wait=True)
        if self._pool is not None:
            self._pool.shutdown(wait=False, cancel_futures=True)
        if self._inline is not None:
            self._inline.shutdown(wait=False, cancel_futures=True)

    async def _refresh_feeds(self, feeds: list[Feed]) -> list[FeedResult]:
        results: list[FeedResult] = []
        async with Fetcher(self.config.fetch) as fetcher:
            tasks = [asyncio.create_task(self._refresh_feed(fetcher, f)) for f in feeds]
            for done, task in enumerate(asyncio.as_completed(tasks), start=1):
                result = await task
                results.append(result)
                if self.progress:
                    self.progress(ProgressEvent("feeds", done, len(tasks), result))
        return results

    async def _refresh_feed(self, fetcher: Fetcher, feed: Feed) -> FeedResult:
        try:
            return await self._refresh_feed_unguarded(fetcher, feed)
        except Exception as exc:  # noqa: BLE001 - one bad feed never breaks the others
            message = f"internal error: {type(exc).__name__}: {exc}"
            with contextlib.suppress(Exception):  # the result below reports it anyway
                record = FetchRecord(error=message)
                await self._write(lambda s: s.record_fetch(feed.id, record))
            return FeedResult(feed.url, ok=False, error=message)

    async def _refresh_feed_unguarded(self, fetcher: Fetcher, feed: Feed) -> FeedResult:
        response = await fetcher.get(feed.url, etag=feed.etag, last_modified=feed.last_modified)
        if response.error or response.gone:
            error = response.error or "HTTP 410 Gone"
            record = FetchRecord(status=response.status, error=error, gone=response.gone)
            await self._write(lambda s: s.record_fetch(feed.id, record))
            return FeedResult(feed.url, ok=False, status=response.status, error=error)
        unchanged = FetchRecord(
            status=response.status,
            etag=response.headers.get("etag"),
            last_modified=response.headers.get("last-modified"),
            new_url=response.permanent_url,
        )
        if response.not_modified:
            await self._write(lambda s: s.record_fetch(feed.id, unchanged))
            return FeedResult(feed.url, ok=True, status=304, not_modified=True)
        digest = hashlib.blake2b(response.body, digest_size=16).hexdigest()
        if digest == await self._write(lambda s: s.body_hash(feed.id)):
            await self._write(lambda s: s.record_fetch(feed.id, unchanged))
            return FeedResult(feed.url, ok=True, status=response.status, not_modified=True)
        parsed, decisions = await self._parse(response, feed.url)
        failed = parsed.error is not None and not parsed.entries
        # A body that failed to parse is not remembered (no validators, no hash), so the
        # next refresh downloads and parses it again.
        record = replace(
            unchanged if not failed else FetchRecord(status=response.status),
            error=parsed.error,
            title=parsed.title,
            site_url=parsed.site_url,
            body_hash=None if failed else digest,
            new_url=response.permanent_url,
        )
        outcome = await self._write(lambda s: s.store_entries(feed.id, decisions, fetch=record))
        return FeedResult(
            feed.url,
            ok=not failed,
            status=response.status,
            error=parsed.error,
            new=len(outcome.new_ids),
            updated=outcome.updated,
            new_breaking=outcome.new_breaking,
        )

    async def _parse(
        self, response: Response, url: str
    ) -> tuple[ParsedFeed, tuple[EntryDecision, ...]]:
        spec = RulesSpec.for_feed(self.config, url)
        headers = dict(response.headers)
        return await asyncio.get_running_loop().run_in_executor(
            self._executor(), parse_job, response.body, headers, response.final_url or url, spec
        )

    async def _refresh_pages(self) -> tuple[int, int]:
        retries = self.config.fetch.full_text_retries
        feed_ids = None if self.urls is None else [f.id for f in self._feeds]
        jobs = await self._write(lambda s: s.page_jobs(retries, feed_ids=feed_ids))
        if not jobs:
            return 0, 0
        ok = failed = 0
        settings = self.config.fetch
        async with Fetcher(settings, per_host=settings.page_per_host) as fetcher:
            tasks = [asyncio.create_task(self._refresh_page(fetcher, job)) for job in jobs]
            for done, task in enumerate(asyncio.as_completed(tasks), start=1):
                success = await task
                ok += success
                failed += not success
                if self.progress:
                    self.progress(ProgressEvent("pages", done, len(tasks)))
        return ok, failed

    async def _refresh_page(self, fetcher: Fetcher, job: PageJob) -> bool:
        try:
            response = await fetcher.get(
                job.url, max_bytes=self.config.fetch.max_page_bytes, accept=PAGE_ACCEPT
            )
            if not response.ok:
                outcome: Document | str = response.error or f"HTTP {response.status}"
            else:
                outcome = await asyncio.get_running_loop().run_in_executor(
                    self._executor(),
                    extract_job,
                    response.body,
                    dict(response.headers),
                    response.final_url or job.url,
                )
        except Exception as exc:  # noqa: BLE001 - one broken page must not stop the others
            outcome = f"internal error: {type(exc).__name__}"
        if isinstance(outcome, str):
            error = outcome
            await self._write(lambda s: s.page_failed(job.article_id, error))
            return False
        document = outcome
        await self._write(lambda s: s.save_page(job.article_id, document))
        return True


async def refresh(
    db_path: Path,
    config: Config,
    *,
    feeds_only: bool = False,
    urls: Sequence[str] | None = None,
    progress: Progress | None = None,
) -> RefreshSummary:
    """Refresh every subscribed feed (or only `urls`) in the cache at `db_path`."""
    return await Refresher(
        db_path, config, feeds_only=feeds_only, urls=urls, progress=progress
    ).run()
