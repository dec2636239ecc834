"""`F`: one article's web page through the page path the refresh takes (core/page.py: the
private-address guard, the download, the save), downloaded in a worker thread and
extracted in the page process (ui/extractor.py, never in the UI process); PageFetched
tells the app how it ended."""

from __future__ import annotations

from functools import partial
from typing import TYPE_CHECKING
from urllib.parse import urlsplit

from ekreader.core.text.sanitize import clean_line
from ekreader.core.workers import Budget
from ekreader.models import PageJob
from ekreader.ui.extractor import PageExtractor
from ekreader.ui.messages import PageFetched
from ekreader.ui.processes import start_process_helpers

if TYPE_CHECKING:
    from ekreader.models import Article
    from ekreader.ui.app import ReaderApp

NEVER_RESOLVES = ".invalid"
"""The top-level name reserved never to resolve (RFC 6761): invented articles link there."""


def page_link(article: Article) -> str | None:
    """The web page `F` fetches for `article`, or None when it has none to fetch: no
    http(s) link, a feed of the reader's own (the bundled demo, its stories invented), or a
    host under the name that never resolves (.invalid)."""
    link = article.headline.link
    if not link or not link.startswith(("http://", "https://")):
        return None
    if not article.headline.feed_url.startswith(("http://", "https://")):
        return None
    host = (urlsplit(link).hostname or "").rstrip(".")
    if not host or host.endswith(NEVER_RESOLVES) or host == NEVER_RESOLVES[1:]:
        return None
    return link


class PageFetch:
    """Fetches article pages for `app` (its config and cache as they are at each `F`)."""

    def __init__(self, app: ReaderApp) -> None:
        self.app = app
        settings = app.config.fetch
        self.extractor = PageExtractor(
            budget=Budget(settings.page_cpu_seconds, settings.page_memory_mb),
            before_start=start_process_helpers,
        )
        """Where `F` extracts a page: a process of its own, started on the first `F`."""

    def fetch(self, article_id: int, url: str, feed_url: str) -> None:
        """`F`: fetch one article's page in the background (see fetch_page)."""
        self.fetch_page(PageJob(article_id, url, 0, feed_url))

    def fetch_page(self, job: PageJob) -> None:
        """Fetch one article's page in a worker thread through the page path the refresh
        takes (core/page.py), extraction in the page process; PageFetched reports the end."""
        self.app.run_worker(
            partial(self._fetch_page, job),
            name="page",
            group="page",
            thread=True,
            exit_on_error=False,
        )

    def _fetch_page(self, job: PageJob) -> None:
        try:
            error = self._fetch_page_blocking(job)
        except Exception as exc:  # noqa: BLE001 - reported, never a crash
            error = f"{type(exc).__name__}: {exc}"
        self.app.post_message(PageFetched(job.article_id, error))

    def _fetch_page_blocking(self, job: PageJob) -> str | None:
        """On a worker thread: the guarded download, extraction in the page process, the
        save (or the failure recorded). Returns why it failed, or None."""
        from ekreader.core.page import fetch_one

        self.extractor.start()  # the process imports the extractor meanwhile
        return fetch_one(
            self.app.paths.database,
            job,
            self.app.config.fetch,
            extractor=self.extractor.extract,
            resolver=self.app.resolver,
        )

    def fetched(self, message: PageFetched) -> None:
        """A fetch ended: say how, and tell the screens (the article shown re-reads it)."""
        app = self.app
        if message.error:
            app.notify(
                clean_line(message.error),
                title="Full article not fetched",
                severity="warning",
                markup=False,
            )
        else:
            app.notify("Full article fetched.", timeout=3)
        app.tell_screens(lambda: PageFetched(message.article_id, message.error))

    def close(self) -> None:
        """Stop the page process at once, even mid-page: the worker thread waiting for it
        gets an error and ends, so nothing holds the exit back."""
        self.extractor.close()


__all__ = ["PageFetch"]
