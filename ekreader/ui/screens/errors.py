"""Feeds whose last refresh failed, with the reason (the per-feed error view)."""

from __future__ import annotations

from typing import ClassVar

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import VerticalScroll
from textual.screen import ModalScreen
from textual.widgets import Static

from ekreader.models import Feed
from ekreader.ui.text import safe, shown


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
        status = f"HTTP {feed.last_status}: " if feed.last_status else ""
        text.append(status + shown(feed.last_error or "gone", reorder_rtl))
        if feed.last_fetched:
            text.append(f"\n  last tried {feed.last_fetched.astimezone():%Y-%m-%d %H:%M}", "dim")
        text.append("\n\n")
    return text


class ErrorsScreen(ModalScreen[None]):
    """The per-feed error view."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape,q,E", "close", "Close", id="errors_close"),
    ]

    def __init__(self, feeds: list[Feed], *, reorder_rtl: bool = True) -> None:
        super().__init__()
        self.feeds = feeds
        self.reorder_rtl = reorder_rtl

    def compose(self) -> ComposeResult:
        with VerticalScroll(id="errors-box"):
            count = len(self.feeds)
            yield Static(Text(f"Feeds that failed ({count})\n", "bold"))
            yield Static(errors_text(self.feeds, self.reorder_rtl))

    def action_close(self) -> None:
        self.dismiss(None)
