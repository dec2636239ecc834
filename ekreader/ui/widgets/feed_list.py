"""The feed list: virtual views (All, Breaking, Unread, Starred) and subscriptions with
unread counts; a feed whose last refresh failed is marked "!"."""

from __future__ import annotations

from dataclasses import dataclass
from typing import ClassVar

from rich.text import Text
from textual.binding import Binding, BindingType
from textual.widgets import OptionList
from textual.widgets.option_list import Option

from ekreader.models import Feed, HeadlineQuery
from ekreader.ui.messages import ViewChosen
from ekreader.ui.text import safe, shown, truncate


@dataclass(frozen=True)
class View:
    """One entry of the feed list."""

    key: str
    title: str
    query: HeadlineQuery


VIEWS: tuple[View, ...] = (
    View("all", "All", HeadlineQuery()),
    View("breaking", "Breaking", HeadlineQuery(breaking=True)),
    View("unread", "Unread", HeadlineQuery(unread=True)),
    View("starred", "Starred", HeadlineQuery(starred=True)),
)


def feed_failed(feed: Feed) -> bool:
    """True when the feed's last refresh failed."""
    return bool(feed.last_error) and (feed.gone or feed.last_status not in (200, 304))


class FeedList(OptionList):
    """Views and feeds; choosing one (moving onto it) shows its headlines."""

    DEFAULT_CSS = """
    FeedList { width: 30; }
    """

    COMPONENT_CLASSES: ClassVar[set[str]] = {
        "feeds--count",
        "feeds--error",
        "feeds--view",
    }

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("down,j", "cursor_down", "Down", show=False, id="feeds_down"),
        Binding("up,k", "cursor_up", "Up", show=False, id="feeds_up"),
    ]

    def __init__(self, id: str | None = None, *, reorder_rtl: bool = True) -> None:
        super().__init__(id=id)
        self.reorder_rtl = reorder_rtl
        """Put right-to-left names in display order ([ui] bidi = "reorder")."""
        self.feeds: list[Feed] = []
        self.views: dict[str, View] = {v.key: v for v in VIEWS}
        self.counts: dict[str, int] = {}
        self._built_width = 0

    def on_resize(self) -> None:
        width = max(self.scrollable_content_region.width, 12)
        if self.feeds and width != self._built_width:
            self.set_feeds(self.feeds, self.counts)

    def set_feeds(self, feeds: list[Feed], counts: dict[str, int]) -> None:
        """Show these feeds and view counts, keeping the highlighted entry."""
        current = self.current_key
        self.feeds = feeds
        self.counts = counts
        self.views = {v.key: v for v in VIEWS}
        for feed in feeds:
            self.views[f"feed:{feed.id}"] = View(
                f"feed:{feed.id}", feed.display_title, HeadlineQuery(feed_id=feed.id)
            )
        width = max(self.scrollable_content_region.width or 28, 12)
        self._built_width = width
        options: list[Option | None] = []
        for view in VIEWS:
            options.append(
                Option(
                    self._prompt(view.title, counts.get(view.key), width, None, True), id=view.key
                )
            )
        options.append(None)
        for feed in feeds:
            failed = feed_failed(feed)
            options.append(
                Option(
                    self._prompt(feed.display_title, feed.unread, width, failed, False),
                    id=f"feed:{feed.id}",
                )
            )
        with self.prevent(OptionList.OptionHighlighted):
            self.set_options(options)
            keys = [o.id for o in options if o is not None]
            if current is not None and current in keys:
                self.highlighted = self.get_option_index(current)
            elif self.option_count:
                self.highlighted = 0

    def _prompt(
        self, title: str, count: int | None, width: int, failed: bool | None, view: bool
    ) -> Text:
        style = self.get_component_rich_style
        number = "" if count is None else str(count)
        mark = "! " if failed else ""
        room = width - len(number) - len(mark) - 1
        name = shown(truncate(safe(title), room), self.reorder_rtl)
        text = Text(end="", no_wrap=True)
        if mark:
            text.append(mark, style("feeds--error"))
        text.append(name, style("feeds--view") if view else "")
        text.append(" " * max(width - text.cell_len - len(number), 1))
        text.append(number, style("feeds--count"))
        return text

    @property
    def current_key(self) -> str | None:
        """Key of the highlighted entry."""
        if self.highlighted is None:
            return None
        return self.get_option_at_index(self.highlighted).id

    def select_key(self, key: str) -> None:
        """Highlight the entry with `key` (which shows its headlines)."""
        try:
            self.highlighted = self.get_option_index(key)
        except Exception:  # noqa: BLE001 - an unknown key leaves the selection as it is
            return

    def on_option_list_option_highlighted(self, event: OptionList.OptionHighlighted) -> None:
        event.stop()
        view = self.views.get(event.option.id or "")
        if view is not None:
            self.post_message(ViewChosen(view.query, view.title))

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        self.screen.focus_next()
