"""The one path of an article's web page, for the refresh and for the reader's `F`:
a guarded download (never into a private network from a public feed, redirect hops
included), then extraction and saving in a worker, or the reason it failed."""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from pathlib import Path

from ekreader.config import FetchConfig
from ekreader.core.fetch.client import PAGE_ACCEPT, Fetcher, Response
from ekreader.core.fetch.guard import PageGuard, Resolver
from ekreader.core.store import Store
from ekreader.core.text.charset import content_type_charset
from ekreader.core.workers import Budget, OverBudget, worker_store
from ekreader.models import Document, PageJob


async def download(
    fetcher: Fetcher, guard: PageGuard, job: PageJob, settings: FetchConfig
) -> Response | str:
    """Download an article's page: the response, or why not (a refused link, a network
    error, an HTTP status)."""
    refused = await guard.refusal(job.url, job.feed_url)
    if refused:
        return refused
    response = await fetcher.get(
        job.url,
        max_bytes=settings.max_page_bytes,
        accept=PAGE_ACCEPT,
        guard=guard.for_feed(job.feed_url),
    )
    if not response.ok:
        return response.error or f"HTTP {response.status}"
    return response


def page_budget(settings: FetchConfig) -> Budget:
    """What one page's extraction may use ([fetch] page_cpu_seconds, page_memory_mb)."""
    return Budget(settings.page_cpu_seconds, settings.page_memory_mb)


def extract(body: bytes, headers: dict[str, str], url: str) -> Document | str:
    """Extract one article page (in a worker process); a string is the reason it failed."""
    from ekreader.core.extract.article import extract_article, is_html

    content_type = headers.get("content-type")
    if not is_html(content_type, body[:1024]):
        return f"not an HTML page ({(content_type or 'unknown type').split(';')[0].strip()})"
    try:
        document = extract_article(body, url, charset=content_type_charset(content_type))
    except Exception as exc:  # noqa: BLE001 - one broken page must not stop the others
        return f"extraction failed: {type(exc).__name__}"
    if not document.sections:
        return "no article text found on the page"
    return document


def extract_and_save(
    db_path: Path,
    article_id: int,
    body: bytes,
    headers: dict[str, str],
    url: str,
    cache_connection: bool = True,
) -> str | None:
    """Extract one article page and save it, or record why not (in a worker process, so
    only the page's bytes cross the process boundary). Returns the reason it failed."""
    outcome = extract(body, headers, url)
    with worker_store(db_path, cache_connection) as store:
        if isinstance(outcome, str):
            store.page_failed(article_id, outcome)
            return outcome
        store.save_page(article_id, outcome)
        return None


__all__ = [
    "Extractor",
    "Resolver",
    "download",
    "extract",
    "extract_and_save",
    "fetch_one",
    "page_budget",
]

Extractor = Callable[[bytes, dict[str, str], str], "Document | str"]
"""Runs `extract` somewhere (the reader: in its page process) and returns its outcome;
raises OverBudget when the page went over its budget there."""


def fetch_one(
    db_path: Path,
    job: PageJob,
    settings: FetchConfig,
    *,
    extractor: Extractor = extract,
    resolver: Resolver | None = None,
) -> str | None:
    """The page path for one article, from a worker thread (the reader's `F`): the
    guarded download, extraction by `extractor`, then the save — or the reason it failed,
    recorded as a refresh records it. Returns that reason, or None."""

    async def get() -> Response | str:
        async with Fetcher(settings, per_host=settings.page_per_host) as fetcher:
            return await download(fetcher, PageGuard(resolver), job, settings)

    response = asyncio.run(get())
    retry = True
    try:
        outcome = (
            response
            if isinstance(response, str)
            else extractor(response.body, dict(response.headers), response.final_url or job.url)
        )
    except OverBudget as exc:  # the same page would cost the same again: not retried
        outcome, retry = str(exc), False
    with Store.open(db_path) as store:
        if isinstance(outcome, str):
            store.page_failed(job.article_id, outcome, retry=retry)
            return outcome
        store.save_page(job.article_id, outcome)
    return None
