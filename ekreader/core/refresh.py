"""Orchestration of a refresh: fetch -> parse -> decide -> store, then full-article pages.

The main process only does network I/O (one asyncio loop) and small bookkeeping writes.
Each changed feed body goes to a worker (a process pool on both cores, or a thread for
the first few) that parses, decides and stores it in one transaction on its own
connection; article pages likewise. So the heavy work (parsing, HTML to sections,
full-text indexing) is spread over both cores and never crosses a process boundary as
objects: only the body goes in and a small FeedResult comes back.
"""

from __future__ import annotations

import asyncio
import contextlib
import hashlib
import time
from collections.abc import Callable, Sequence
from concurrent.futures import Executor, ThreadPoolExecutor
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import TypeVar

from ekreader.config import Config
from ekreader.core import page
from ekreader.core.decide.schedule import server_wait
from ekreader.core.fetch.client import Fetcher
from ekreader.core.fetch.guard import PageGuard, Resolver
from ekreader.core.ingest import FeedJob, parse_job, rules_for
from ekreader.core.pool import process_pool
from ekreader.core.store import Store
from ekreader.models import (
    Feed,
    FeedResult,
    FetchRecord,
    PageJob,
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


INLINE_JOBS = 4
"""Parses and extractions run on a thread before a refresh starts its process pool."""


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
        resolver: Resolver | None = None,
    ) -> None:
        self.db_path = db_path
        self.resolver = resolver
        """How page links' host names resolve (the page guard's seam; None: the system's)."""
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

    def _executor(self) -> tuple[Executor, bool]:
        """Where the next parse or extraction runs, and whether that is the process pool.
        The first few run on a thread (a refresh of one or two changed feeds never pays
        for starting processes); once there is more work, a process pool takes it on
        both cores, starting while the downloads go on."""
        self._jobs += 1
        if self._pool is None and self._jobs > INLINE_JOBS:
            self._pool = process_pool(self.workers)
        if self._pool is not None:
            return self._pool, not isinstance(self._pool, ThreadPoolExecutor)
        if self._inline is None:
            self._inline = ThreadPoolExecutor(max_workers=1, thread_name_prefix="ekreader-parse")
        return self._inline, False

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
        if self._pool is not None:
            self._pool.shutdown(wait=False, cancel_futures=True)
        if self._inline is not None:
            self._inline.shutdown(wait=False, cancel_futures=True)
        if self._store is not None:
            store = self._store

            def finish() -> None:
                if self._jobs > INLINE_JOBS:
                    store.checkpoint()  # the pool's connections let the WAL grow
                store.close()

            await asyncio.get_running_loop().run_in_executor(self._writer, finish)
            self._store = None
        self._writer.shutdown(wait=True)

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
        wait = server_wait(response.headers, datetime.now(UTC))
        if response.error or response.gone:
            error = response.error or "HTTP 410 Gone"
            record = FetchRecord(
                status=response.status, error=error, gone=response.gone, not_before=wait
            )
            await self._write(lambda s: s.record_fetch(feed.id, record))
            return FeedResult(feed.url, ok=False, status=response.status, error=error)
        unchanged = FetchRecord(
            status=response.status,
            etag=response.headers.get("etag"),
            last_modified=response.headers.get("last-modified"),
            new_url=response.permanent_url,
            not_before=wait,
        )
        if response.not_modified:
            await self._write(lambda s: s.record_fetch(feed.id, unchanged))
            return FeedResult(feed.url, ok=True, status=304, not_modified=True)
        digest = hashlib.blake2b(response.body, digest_size=16).hexdigest()
        if digest == await self._write(lambda s: s.body_hash(feed.id)):
            await self._write(lambda s: s.record_fetch(feed.id, unchanged))
            return FeedResult(feed.url, ok=True, status=response.status, not_modified=True)
        executor, in_pool = self._executor()
        job = FeedJob(
            db_path=self.db_path,
            feed_id=feed.id,
            url=feed.url,
            base_url=response.final_url or feed.url,
            body=response.body,
            headers=dict(response.headers),
            spec=rules_for(self.config, feed.url, feed.former_urls),
            record=unchanged,
            digest=digest,
            cache_connection=in_pool,
        )
        return await asyncio.get_running_loop().run_in_executor(executor, parse_job, job)

    async def _refresh_pages(self) -> tuple[int, int]:
        retries = self.config.fetch.full_text_retries
        feed_ids = None if self.urls is None else [f.id for f in self._feeds]
        jobs = await self._write(lambda s: s.page_jobs(retries, feed_ids=feed_ids))
        if not jobs:
            return 0, 0
        ok = failed = 0
        settings = self.config.fetch
        guard = PageGuard(self.resolver)
        async with Fetcher(settings, per_host=settings.page_per_host) as fetcher:
            tasks = [asyncio.create_task(self._refresh_page(fetcher, guard, j)) for j in jobs]
            for done, task in enumerate(asyncio.as_completed(tasks), start=1):
                success = await task
                ok += success
                failed += not success
                if self.progress:
                    self.progress(ProgressEvent("pages", done, len(tasks)))
        return ok, failed

    async def _refresh_page(self, fetcher: Fetcher, guard: PageGuard, job: PageJob) -> bool:
        try:
            outcome = await page.download(fetcher, guard, job, self.config.fetch)
            if not isinstance(outcome, str):
                executor, in_pool = self._executor()
                error = await asyncio.get_running_loop().run_in_executor(
                    executor,
                    page.extract_and_save,
                    self.db_path,
                    job.article_id,
                    outcome.body,
                    dict(outcome.headers),
                    outcome.final_url or job.url,
                    in_pool,
                )
                return error is None
            error = outcome
        except Exception as exc:  # noqa: BLE001 - one broken page must not stop the others
            error = f"internal error: {type(exc).__name__}"
        await self._write(lambda s: s.page_failed(job.article_id, error))
        return False


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
