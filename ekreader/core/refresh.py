"""Orchestration of a refresh: fetch -> parse -> decide -> store, then full-article pages.

The main process only does network I/O (one asyncio loop) and small bookkeeping writes.
Each changed feed body goes to a worker (worker processes on both cores, or a thread for
the first few) that parses, decides and stores it in one transaction on its own
connection; article pages always go to a worker process, each under the page budget
([fetch] page_cpu_seconds, page_memory_mb: core/workers). So the heavy work (parsing,
HTML to sections, full-text indexing) is spread over both cores, never crosses a process
boundary as objects (only the body goes in and a small result comes back), and a page
too heavy to extract costs its budget and no more.

In sync mode ([sync] set) the server fetched the feeds: one sync (core/sync) takes the
place of the feed downloads, and the pages follow as always.
"""

from __future__ import annotations

import asyncio
import contextlib
import hashlib
import os
import time
from collections.abc import AsyncIterator, Callable, Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import replace
from datetime import UTC, datetime
from pathlib import Path
from typing import TypeVar

from ekreader.config import Config
from ekreader.core import page
from ekreader.core.clustering import PassOutcome, cluster_new
from ekreader.core.decide.schedule import server_wait
from ekreader.core.fetch.client import Fetcher
from ekreader.core.fetch.guard import PageGuard, Resolver
from ekreader.core.ingest import FeedJob, parse_job, rules_for
from ekreader.core.prune import prune_if_due
from ekreader.core.store import Store, StoreError
from ekreader.core.workers import NO_BUDGET, OverBudget, WorkerPool
from ekreader.models import (
    Feed,
    FeedResult,
    FetchRecord,
    PageJob,
    ProgressEvent,
    RefreshSummary,
    SyncSummary,
)

Progress = Callable[["ProgressEvent"], None]
T = TypeVar("T")


INLINE_JOBS = 4
"""Feed bodies parsed on a thread before a refresh starts its worker processes (pages
always go to a worker: an extraction needs its budget, and the extractor's hundreds of
MB of imports and memory stay out of the caller's process, which may be the reader)."""


HELD_PAGE_BYTES = 8_000_000
"""Pages downloading or waiting for a worker hold about this much of the refresh's memory
at most (one page more when a single page is larger): downloads outrun extraction."""


FIRST_ESTIMATE = 256_000
"""What a page counts for until the first page's size is known."""
FIRST_WAVE = 4
"""Downloads started before any page's size is known: at FIRST_ESTIMATE each, a feed's
pages would all start at once whatever their size (ten heavy pages of 3-5 MB held 65 MB
of the refresh's memory at once, bench/heavy_feed.py)."""


class PageRoom:
    """Room for page bodies in the refresh's process: a page starts downloading only while
    the pages held (downloading, waiting for a worker, in extraction) stay under `limit`
    bytes, or when none is held. A download counts at the average size of the pages so
    far until its own size is known; before any is known, FIRST_WAVE start at most."""

    def __init__(self, limit: int) -> None:
        self.limit = limit
        self._held = 0
        self._holds = 0
        self._sizes = 0
        self._count = 0
        self._changed = asyncio.Condition()
        self.peak = 0
        """The most bytes held at once."""

    def _estimate(self) -> int:
        return self._sizes // self._count if self._count else FIRST_ESTIMATE

    @contextlib.asynccontextmanager
    async def held(self) -> AsyncIterator[PageRoom.Hold]:
        """Wait for room, hold it (for the estimate, then the page's size: Hold.resize)
        until the block ends."""
        async with self._changed:
            await self._changed.wait_for(self._room_for_one)
            hold = PageRoom.Hold(self, self._estimate())
            self._held += hold.size
            self._holds += 1
            self.peak = max(self.peak, self._held)
        try:
            yield hold
        finally:
            async with self._changed:
                self._held -= hold.size
                self._holds -= 1
                if not hold.known:  # a failed download: its size counts as known (none)
                    self._count += 1
                self._changed.notify_all()

    def _room_for_one(self) -> bool:
        if self._holds == 0:
            return True
        if not self._count and self._holds >= FIRST_WAVE:
            return False
        return self._held + self._estimate() < self.limit

    class Hold:
        """The room one page holds."""

        def __init__(self, room: PageRoom, size: int) -> None:
            self.room = room
            self.size = size
            self.known = False

        async def resize(self, size: int) -> None:
            """The page's real size, now that it is downloaded."""
            room = self.room
            async with room._changed:
                room._held += size - self.size
                room._sizes += size
                room._count += 1
                self.size = size
                self.known = True
                room.peak = max(room.peak, room._held)
                room._changed.notify_all()


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
        clock: Callable[[], datetime] | None = None,
        interactive: bool = False,
    ) -> None:
        self.db_path = db_path
        self.interactive = interactive
        """In sync mode: a password_command may ask on the terminal (the CLI, not the UI)."""
        self.now = clock or _utc_now
        """The refresh's clock (a seam: bench/soak.py lives through a year in an hour):
        when articles arrive, the daily prune, a server's Retry-After."""
        self.resolver = resolver
        """How page links' host names resolve (the page guard's seam; None: the system's)."""
        self.config = config
        self.feeds_only = feeds_only
        self.urls = set(urls) if urls is not None else None
        self.progress = progress
        self.workers = workers
        self._writer = ThreadPoolExecutor(max_workers=1, thread_name_prefix="ekreader-store")
        self._store: Store | None = None
        self._pool: WorkerPool | None = None
        self._inline: ThreadPoolExecutor | None = None
        self._jobs = 0
        self._feeds: list[Feed] = []
        self._room = PageRoom(HELD_PAGE_BYTES)

    async def _write(self, fn: Callable[[Store], T]) -> T:
        def call() -> T:
            if self._store is None:
                self._store = Store.open(self.db_path)
            return fn(self._store)

        return await asyncio.get_running_loop().run_in_executor(self._writer, call)

    def _workers(self) -> WorkerPool:
        """The refresh's worker processes (on the machine's cores, at most 4), started
        on first use; each page's extraction runs there under the page budget."""
        if self._pool is None:
            count = self.workers or min(4, os.cpu_count() or 1)
            self._pool = WorkerPool(count, budget=page.page_budget(self.config.fetch))
        return self._pool

    async def _parse(self, job: FeedJob) -> FeedResult:
        """Parse, decide and store a feed body: the first few on a thread (a refresh of
        one or two changed feeds never pays for starting processes), the rest in the
        worker processes, started while the downloads go on."""
        self._jobs += 1
        if self._pool is None and self._jobs <= INLINE_JOBS:
            if self._inline is None:
                self._inline = ThreadPoolExecutor(
                    max_workers=1, thread_name_prefix="ekreader-parse"
                )
            return await asyncio.get_running_loop().run_in_executor(
                self._inline, parse_job, replace(job, cache_connection=False)
            )
        future = self._workers().submit_budgeted(NO_BUDGET, parse_job, job)
        return await asyncio.wrap_future(future)

    async def run(self) -> RefreshSummary:
        """Refresh the feeds, then download pending article pages (unless feeds_only)."""
        started = time.monotonic()
        try:
            # A read-only cache reads fine: fail here, once, not for every feed.
            await self._write(lambda s: s.check_writable())
            # Filters changed since the last time: what is cached first, then the arrivals.
            await self._write(lambda s: s.sync_filters(self.config.filters))
            feeds = await self._write(lambda s: s.feeds())
            feeds = [
                f
                for f in feeds
                if not f.is_local and not f.gone and (self.urls is None or f.url in self.urls)
            ]
            self._feeds = feeds
            synced = None
            if self.config.sync is not None:  # the server fetched the feeds: sync instead
                results, synced = await self._sync()
            else:
                results = await self._refresh_feeds(feeds)
            stories = await self._cluster()
            pages_ok = pages_failed = pages_left = 0
            if not self.feeds_only:
                pages_ok, pages_failed, pages_left = await self._refresh_pages()
            pruned, prune_error = await self._prune()
        finally:
            await self._close()
            give_back_memory()
        return RefreshSummary(
            tuple(results),
            pages_ok,
            pages_failed,
            time.monotonic() - started,
            pruned,
            prune_error,
            clustered=stories.clustered + stories.copies if stories else 0,
            clustering_seconds=stories.seconds if stories else 0.0,
            sync=synced,
            pages_left=pages_left,
        )

    async def _cluster(self) -> PassOutcome | None:
        """The clustering pass over what the feeds brought (core/clustering.py). A pass
        that fails leaves the articles unclustered: the next refresh's pass takes them."""
        try:
            return await self._write(lambda s: cluster_new(s, self.now()))
        except Exception:  # noqa: BLE001 - stories are never worth a failed refresh
            return None

    async def _prune(self) -> tuple[int, str | None]:
        """The refresh's own prune ([cache]), at most once a day; the workers stop first
        (their connections would keep an older cache from being made shrinkable). A
        failure is reported, and the refresh's outcome stands."""
        loop = asyncio.get_running_loop()
        if self._pool is not None:
            await loop.run_in_executor(None, self._pool.shutdown)
        try:
            report = await self._write(lambda s: prune_if_due(s, self.config.cache, self.now()))
        except Exception as exc:  # noqa: BLE001 - the refresh itself succeeded
            return 0, str(exc) if isinstance(exc, StoreError) else f"{type(exc).__name__}: {exc}"
        return (len(report.removed) if report is not None else 0), None

    async def _sync(self) -> tuple[list[FeedResult], SyncSummary | None]:
        """One sync with the [sync] server (core/sync), reported as the one "feed" of this
        refresh: its new articles, or why the server could not be used."""
        from ekreader.core.sync.account import sync_in_background
        from ekreader.core.sync.secret import SecretError
        from ekreader.core.sync.session import SyncError

        assert self.config.sync is not None
        url = self.config.sync.url
        summary: SyncSummary | None = None
        try:
            summary = await sync_in_background(
                self.db_path, self.config, progress=self.progress, interactive=self.interactive
            )
            result = FeedResult(
                url,
                ok=True,
                status=200,
                new=summary.new_articles,
                new_breaking=summary.new_breaking,
            )
        except (SyncError, SecretError) as exc:
            result = FeedResult(url, ok=False, error=str(exc))
        if self.progress:
            self.progress(ProgressEvent("feeds", 1, 1, result))
        return [result], summary

    async def _close(self) -> None:
        if self._pool is not None:
            self._pool.shutdown(wait=False, cancel_futures=True)
        if self._inline is not None:
            self._inline.shutdown(wait=False, cancel_futures=True)
        if self._store is not None:
            store = self._store

            def finish() -> None:
                if self._pool is not None:
                    store.checkpoint()  # the workers' connections let the WAL grow
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
        wait = server_wait(response.headers, self.now())
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
            now=self.now(),
            filters=self.config.filters,
            keep_revisions=self.config.general.keep_revisions,
        )
        return await self._parse(job)

    async def _refresh_pages(self) -> tuple[int, int, int]:
        """Download and extract the pages waiting, at most PAGES_PER_FETCH of them: how
        many were saved, failed, and are left for the next fetch."""
        retries = self.config.fetch.full_text_retries
        feed_ids = None if self.urls is None else [f.id for f in self._feeds]
        jobs, waiting = await self._write(
            lambda s: (s.page_jobs(retries, feed_ids=feed_ids), s.pages_waiting(retries, feed_ids))
        )
        if not jobs:
            return 0, 0, 0
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
        return ok, failed, waiting - len(jobs)

    async def _refresh_page(self, fetcher: Fetcher, guard: PageGuard, job: PageJob) -> bool:
        retry = True
        try:
            async with self._room.held() as hold:
                outcome = await page.download(fetcher, guard, job, self.config.fetch)
                if not isinstance(outcome, str):
                    await hold.resize(len(outcome.body))
                    future = self._workers().submit(
                        page.extract_and_save,
                        self.db_path,
                        job.article_id,
                        outcome.body,
                        dict(outcome.headers),
                        outcome.final_url or job.url,
                    )
                    del outcome  # the page's bytes go with the job, not kept here
                    error = await asyncio.wrap_future(future)
                    return error is None
            error = outcome
        except OverBudget as exc:  # the page keeps its feed summary, marked with why
            error, retry = str(exc), False
        except Exception as exc:  # noqa: BLE001 - one broken page must not stop the others
            error = f"internal error: {type(exc).__name__}: {exc}"
        await self._write(lambda s: s.page_failed(job.article_id, error, retry=retry))
        return False


def _utc_now() -> datetime:
    return datetime.now(UTC)


def give_back_memory() -> None:
    """Return the heap's free memory to the system (glibc keeps what a refresh freed: page
    bodies, responses; ~10 MB of the reader's resident size at rest). Nothing elsewhere."""
    import ctypes
    import sys

    if not sys.platform.startswith("linux"):
        return
    try:
        ctypes.CDLL(None).malloc_trim(0)
    except (OSError, AttributeError):  # not glibc (musl has no malloc_trim)
        return


async def refresh(
    db_path: Path,
    config: Config,
    *,
    feeds_only: bool = False,
    urls: Sequence[str] | None = None,
    progress: Progress | None = None,
    interactive: bool = False,
) -> RefreshSummary:
    """Refresh every subscribed feed (or only `urls`) in the cache at `db_path`; in sync
    mode, sync with the server instead (see Refresher._sync)."""
    return await Refresher(
        db_path,
        config,
        feeds_only=feeds_only,
        urls=urls,
        progress=progress,
        interactive=interactive,
    ).run()
