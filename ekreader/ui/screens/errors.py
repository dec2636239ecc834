"""What failed, with the reason: feeds whose last refresh failed, and per feed the
article pages that failed to download (the `E` dialog)."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import ClassVar

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import VerticalScroll
from textual.screen import ModalScreen
from textual.widgets import Static

from ekreader.core.store import Store
from ekreader.models import FailedPage, Feed
from ekreader.ui.text import safe, shown

PAGES_PER_FEED = 10
"""Failed pages listed per feed (the count says how many more; `feeds --json` has all)."""


@dataclass(frozen=True)
class Failures:
    """What the dialog lists."""

    feeds: list[Feed]
    """Feeds whose last refresh failed."""
    pages: list[FailedPage] = field(default_factory=list)
    """Articles whose page failed, by feed, at most PAGES_PER_FEED of each."""
    page_counts: dict[int, int] = field(default_factory=dict)
    """How many pages failed per feed id (all of them, not only those listed)."""
    titles: dict[int, str] = field(default_factory=dict)
    """Feed titles by id, in the feed list's order."""


def failures_in(store: Store) -> Failures:
    """What failed, as the cache tells it now."""
    from ekreader.ui.widgets.feed_list import feed_failed

    feeds = store.feeds(counts=False)
    return Failures(
        [f for f in feeds if feed_failed(f)],
        store.failed_pages(per_feed=PAGES_PER_FEED),
        store.failed_page_counts(),
        {f.id: f.display_title for f in feeds},
    )


def errors_text(feeds: list[Feed], reorder_rtl: bool = True) -> Text:
    """One entry per failing feed: title, URL, status and error."""
    text = Text(end="")
    if not feeds:
        text.append("Every feed refreshed without error.", "bold")
        return text
    for feed in feeds:
        text.append("! ", "bold red")
        text.append(shown(feed.display_title, reorder_rtl), "bold")
        text.append("\n  ")
        text.append(safe(feed.url), "dim")
        text.append("\n  ")
        error = feed.last_error or "gone"
        said = error.startswith(f"HTTP {feed.last_status}")
        status = f"HTTP {feed.last_status}: " if feed.last_status and not said else ""
        text.append(status + shown(error, reorder_rtl))
        if feed.last_fetched:
            text.append(f"\n  last tried {feed.last_fetched.astimezone():%Y-%m-%d %H:%M}", "dim")
        text.append("\n\n")
    return text


def pages_text(failures: Failures, reorder_rtl: bool = True) -> Text:
    """Per feed, the articles whose page failed: title, reason, attempts."""
    text = Text(end="")
    by_feed: dict[int, list[FailedPage]] = {feed_id: [] for feed_id in failures.titles}
    for page in failures.pages:
        by_feed.setdefault(page.feed_id, []).append(page)
    for feed_id, pages in by_feed.items():  # in the feed list's order
        if not pages:
            continue
        title = failures.titles.get(feed_id, f"feed {feed_id}")
        text.append(shown(title, reorder_rtl), "bold")
        for page in pages:
            text.append("\n  • ")
            text.append(shown(page.title, reorder_rtl))
            text.append("\n    ")
            text.append(shown(page.error, reorder_rtl), "red")
            tries = f" · {page.attempts} attempts" if page.attempts != 1 else ""
            text.append(tries, "dim")
        more = failures.page_counts.get(feed_id, len(pages)) - len(pages)
        if more > 0:
            text.append(f"\n  … and {more} more (ekreader feeds --json lists them all)", "dim")
        text.append("\n\n")
    return text


class ErrorsScreen(ModalScreen[None]):
    """The error view: failing feeds, then the article pages that failed."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape,q,E", "close", "Close", id="errors_close"),
    ]

    def __init__(self, failures: Failures, *, reorder_rtl: bool = True) -> None:
        super().__init__()
        self.failures = failures
        self.reorder_rtl = reorder_rtl

    def compose(self) -> ComposeResult:
        failures = self.failures
        with VerticalScroll(id="errors-box"):
            yield Static(Text(f"Feeds that failed ({len(failures.feeds)})\n", "bold"))
            yield Static(errors_text(failures.feeds, self.reorder_rtl))
            if failures.pages:
                count = sum(failures.page_counts.values()) or len(failures.pages)
                yield Static(Text(f"Article pages that failed ({count})\n", "bold"))
                yield Static(pages_text(failures, self.reorder_rtl), id="failed-pages")

    def action_close(self) -> None:
        self.dismiss(None)
