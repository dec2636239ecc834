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
import os
import re
import time
from collections.abc import Callable, Iterator, Sequence
from concurrent.futures import Executor, ProcessPoolExecutor, ThreadPoolExecutor
from dataclasses import dataclass, replace
from pathlib import Path
from typing import TypeVar

from ekreader.config import Config
from ekreader.core.decide.entries import RulesSpec, decide
from ekreader.core.fetch.client import PAGE_ACCEPT, Fetcher, is_internal
from ekreader.core.store import FetchRecord, PageJob, Store
from ekreader.models import (
    Document,
    Feed,
    FeedResult,
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


@dataclass(frozen=True, slots=True)
class FeedJob:
    """A downloaded feed body, and what a worker needs to parse, decide and store it."""

    db_path: Path
    feed_id: int
    url: str
    base_url: str
    body: bytes
    headers: dict[str, str]
    spec: RulesSpec
    record: FetchRecord
    """The fetch record of an unchanged feed (status, validators, permanent URL)."""
    digest: str
    cache_connection: bool = True
    """Keep the worker's connection open for the next job (in pool processes)."""


def parse_job(job: FeedJob) -> FeedResult:
    """Parse, decide and store one feed body in one transaction (runs in a worker)."""
    from ekreader.core.parse.feed import parse_feed

    parsed = parse_feed(job.body, job.headers, job.base_url)
    decisions = decide(parsed, job.spec)
    failed = parsed.error is not None and not parsed.entries
    # A body that failed to parse is not remembered (no validators, no hash), so the
    # next refresh downloads and parses it again.
    record = replace(
        job.record if not failed else FetchRecord(status=job.record.status),
        error=parsed.error,
        title=parsed.title,
        site_url=parsed.site_url,
        body_hash=None if failed else job.digest,
        new_url=job.record.new_url,
    )
    with _worker_store(job.db_path, job.cache_connection) as store:
        outcome = store.store_entries(job.feed_id, decisions, fetch=record)
    return FeedResult(
        job.url,
        ok=not failed,
        status=job.record.status,
        error=parsed.error,
        new=len(outcome.new_ids),
        updated=outcome.updated,
        new_breaking=outcome.new_breaking,
    )


def page_job(
    db_path: Path,
    article_id: int,
    body: bytes,
    headers: dict[str, str],
    url: str,
    cache_connection: bool = True,
) -> bool:
    """Extract one article page and store it, or record why not (runs in a worker)."""
    outcome = extract_job(body, headers, url)
    with _worker_store(db_path, cache_connection) as store:
        if isinstance(outcome, str):
            store.page_failed(article_id, outcome)
            return False
        store.save_page(article_id, outcome)
        return True


_WORKER_STORES: dict[Path, Store] = {}
"""In a pool process: its one connection per cache, reused from job to job."""

WORKER_AUTOCHECKPOINT_PAGES = 16_000
"""About 64 MB of WAL between checkpoints during a refresh (SQLite's default: 4 MB)."""


@contextlib.contextmanager
def _worker_store(db_path: Path, cache: bool) -> Iterator[Store]:
    if not cache:
        with Store.open(db_path) as store:
            yield store
        return
    cached = _WORKER_STORES.get(db_path)
    if cached is None:
        cached = _WORKER_STORES[db_path] = Store.open(db_path)
        # Checkpoint rarely while a refresh writes; the refresh checkpoints at its end.
        cached.set_autocheckpoint(WORKER_AUTOCHECKPOINT_PAGES)
    yield cached


def extract_job(body: bytes, headers: dict[str, str], url: str) -> Document | str:
    """Extract one article page (runs in a worker process); a string is an error."""
    from ekreader.core.extract.article import extract_article, is_html

    content_type = headers.get("content-type")
    if not is_html(content_type, body[:1024]):
        return f"not an HTML page ({(content_type or 'unknown type').split(';')[0].strip()})"
    try:
        document = extract_article(body, url, charset=_charset(content_type))
    except Exception as exc:  # noqa: BLE001 - one broken page must not stop the others
        return f"extraction failed: {type(exc).__name__}"
    if not document.sections:
        return "no article text found on the page"
    return document


def _charset(content_type: str | None) -> str | None:
    match = re.search(r"charset\s*=\s*[\"']?([\w.:-]+)", content_type or "", re.I)
    return match.group(1) if match else None


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
        initializer=init_worker,
        initargs=(os.getpid(),),
    )


def init_worker(main_pid: int) -> None:
    """In pool workers: ignore Ctrl-C (it reaches the whole process group, but only the
    main process handles it; the workers would each print a KeyboardInterrupt traceback),
    and exit when the main process is gone. A worker holds both ends of its task queue,
    so after a SIGKILL of `ekreader fetch` it would wait for work forever, and keep the
    forkserver and the resource tracker alive with it."""
    import multiprocessing
    import signal
    import threading

    signal.signal(signal.SIGINT, signal.SIG_IGN)
    parent = multiprocessing.parent_process()

    def watch() -> None:
        if parent is not None:
            parent.join()  # returns when the main process is gone (its sentinel closes)
        else:  # pragma: no cover - not started by multiprocessing
            while _alive(main_pid):
                time.sleep(0.5)
        os._exit(0)

    threading.Thread(target=watch, name="ekreader-orphan-watch", daemon=True).start()


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except OSError:  # alive, but not ours to signal
        return True
    return True


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

    def _executor(self) -> tuple[Executor, bool]:
        """Where the next parse or extraction runs, and whether that is the process pool.
        The first few run on a thread (a refresh of one or two changed feeds never pays
        for starting processes); once there is more work, a process pool takes it on
        both cores, starting while the downloads go on."""
        self._jobs += 1
        if self._pool is None and self._jobs > INLINE_JOBS:
            self._pool = _pool(self.workers)
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
        executor, in_pool = self._executor()
        job = FeedJob(
            db_path=self.db_path,
            feed_id=feed.id,
            url=feed.url,
            base_url=response.final_url or feed.url,
            body=response.body,
            headers=dict(response.headers),
            spec=RulesSpec.for_feed(self.config, feed.url, feed.former_urls),
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
        if is_internal(job.url) and not is_internal(job.feed_url):
            # A feed from the internet must not make us request hosts on this machine or
            # its network (routers, admin pages, cloud metadata services).
            error = "refused: the link points into a local or private network"
            await self._write(lambda s: s.page_failed(job.article_id, error))
            return False
        try:
            response = await fetcher.get(
                job.url, max_bytes=self.config.fetch.max_page_bytes, accept=PAGE_ACCEPT
            )
            if response.ok:
                executor, in_pool = self._executor()
                return await asyncio.get_running_loop().run_in_executor(
                    executor,
                    page_job,
                    self.db_path,
                    job.article_id,
                    response.body,
                    dict(response.headers),
                    response.final_url or job.url,
                    in_pool,
                )
            error = response.error or f"HTTP {response.status}"
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
