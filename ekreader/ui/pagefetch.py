"""`F`: one article's web page, downloaded in a worker thread, extracted in the page
process (ui/extractor.py, never in the UI process) and stored; PageFetched tells the app
how it ended."""

from __future__ import annotations

import asyncio
from functools import partial
from typing import TYPE_CHECKING

from ekreader.core.store import Store
from ekreader.ui.extractor import PageExtractor
from ekreader.ui.messages import PageFetched
from ekreader.ui.processes import start_process_helpers

if TYPE_CHECKING:
    from ekreader.core.fetch.client import Response
    from ekreader.ui.app import ReaderApp


class PageFetch:
    """Fetches article pages for `app` (its config and cache as they are at each `F`)."""

    def __init__(self, app: ReaderApp) -> None:
        self.app = app
        self.extractor = PageExtractor(before_start=start_process_helpers)
        """Where `F` extracts a page: a process of its own, started on the first `F`."""

    def fetch_page(self, article_id: int, url: str) -> None:
        """Download one article's web page in a worker thread, extract it in the page
        process (never in the UI process) and store it; PageFetched reports the end."""
        self.app.run_worker(
            partial(self._fetch_page, article_id, url),
            name="page",
            group="page",
            thread=True,
            exit_on_error=False,
        )

    def _fetch_page(self, article_id: int, url: str) -> None:
        try:
            error = self._fetch_page_blocking(article_id, url)
        except Exception as exc:  # noqa: BLE001 - reported, never a crash
            error = f"{type(exc).__name__}: {exc}"
        self.app.post_message(PageFetched(article_id, error))

    def _fetch_page_blocking(self, article_id: int, url: str) -> str | None:
        """On a worker thread: download, extract in the page process, store. Returns the
        reason for failing, or None."""
        self.extractor.start()  # the process imports the extractor meanwhile
        response = asyncio.run(self._download_page(url))
        if not response.ok:
            return response.error or f"HTTP {response.status}"
        outcome = self.extractor.extract(
            response.body, dict(response.headers), response.final_url or url
        )
        if isinstance(outcome, str):
            return outcome
        store = Store.open(self.app.paths.database)
        try:
            store.save_page(article_id, outcome)
        finally:
            store.close()
        return None

    async def _download_page(self, url: str) -> Response:
        from ekreader.core.fetch.client import PAGE_ACCEPT, Fetcher

        settings = self.app.config.fetch
        async with Fetcher(settings, per_host=settings.page_per_host) as fetcher:
            return await fetcher.get(url, max_bytes=settings.max_page_bytes, accept=PAGE_ACCEPT)

    def close(self) -> None:
        """Stop the page process at once, even mid-page: the worker thread waiting for it
        gets an error and ends, so nothing holds the exit back."""
        self.extractor.close()


__all__ = ["PageFetch"]
