"""The feed list: virtual views (All, Breaking, Unread, Starred, and Hidden while filters
hide something), the saved searches of [searches] with their unread counts, then the
subscriptions with unread counts, grouped in their folders (collapsible, with the unread
count of everything under them); a feed whose last refresh failed is marked "!"."""

from __future__ import annotations

from dataclasses import dataclass
from typing import ClassVar

from rich.style import Style
from rich.text import Text
from textual.binding import Binding, BindingType
from textual.widgets import OptionList
from textual.widgets.option_list import Option

from ekreader.models import Feed, HeadlineQuery
from ekreader.ui.messages import FoldersFolded, ViewChosen
from ekreader.ui.text import safe, shown, truncate
from ekreader.ui.widgets.folders import Row, ancestors, folder_key, tree_rows


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
"""The views always shown, first."""
HIDDEN = View("hidden", "Hidden", HeadlineQuery(hidden=True))
"""What filters hid: listed after the views while there is something hidden (or a
filter that hides), so nothing is silently lost; its count is every hidden article."""


def saved_key(name: str) -> str:
    """The feed list's key of a saved search."""
    return f"saved:{name}"


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
        "feeds--folder",
        "feeds--hidden",
        "feeds--search",
        "feeds--view",
    }

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("down,j", "cursor_down", "Down", show=False, id="feeds_down"),
        Binding("up,k", "cursor_up", "Up", show=False, id="feeds_up"),
        Binding(
            "space",
            "toggle_folder",
            "Fold/unfold folder",
            show=False,
            tooltip="Collapse or expand the folder (Enter on its row too)",
            id="toggle_folder",
        ),
    ]

    def __init__(self, id: str | None = None, *, reorder_rtl: bool = True) -> None:
        super().__init__(id=id)
        self.reorder_rtl = reorder_rtl
        """Put right-to-left names in display order ([ui] bidi = "reorder")."""
        self.feeds: list[Feed] = []
        self.views: dict[str, View] = {v.key: v for v in (*VIEWS, HIDDEN)}
        self.counts: dict[str, int] = {}
        self.extra: tuple[View, ...] = ()
        """Views listed between the fixed views and the feeds (Hidden, saved searches)."""
        self.collapsed: set[str] = set()
        """Paths of the folders whose contents are hidden."""
        self.rows: list[Row] = []
        """The folder and feed rows shown below the views."""
        self._built_width = 0

    def on_resize(self) -> None:
        width = max(self.scrollable_content_region.width, 12)
        if self.feeds and width != self._built_width:
            self.set_feeds(self.feeds, self.counts)

    def set_feeds(
        self,
        feeds: list[Feed],
        counts: dict[str, int],
        *,
        extra: tuple[View, ...] | None = None,
        select: str | None = None,
    ) -> None:
        """Show these feeds and view counts (and the `extra` views: HIDDEN, saved
        searches; None keeps those shown), keeping the highlighted entry (or highlighting
        `select`, without posting ViewChosen for it)."""
        current = select or self.current_key
        self.feeds = feeds
        self.counts = counts
        if extra is not None:
            self.extra = extra
        self.views = {v.key: v for v in (*VIEWS, HIDDEN, *self.extra)}
        for feed in feeds:
            self.views[f"feed:{feed.id}"] = View(
                f"feed:{feed.id}", feed.display_title, HeadlineQuery(feed_id=feed.id)
            )
        folders = {path for feed in feeds for path in ancestors(feed.folder)}
        for path in folders:
            self.views[folder_key(path)] = View(folder_key(path), path, HeadlineQuery(folder=path))
        self.collapsed &= folders
        self.rows = tree_rows(feeds, self.collapsed)
        width = max(self.scrollable_content_region.width or 28, 12)
        self._built_width = width
        options: list[Option | None] = []
        for view in VIEWS:
            options.append(
                Option(self._view_prompt(view.title, counts.get(view.key), width), id=view.key)
            )
        hidden = [v for v in self.extra if v.key == HIDDEN.key]
        saved = [v for v in self.extra if v.key != HIDDEN.key]
        options += [Option(self._extra_prompt(v, counts, width), id=v.key) for v in hidden]
        if saved:
            options.append(None)
            options += [Option(self._extra_prompt(v, counts, width), id=v.key) for v in saved]
        options.append(None)
        options += [Option(self._row_prompt(row, width), id=row.key) for row in self.rows]
        with self.prevent(OptionList.OptionHighlighted):
            self.set_options(options)
            keys = [o.id for o in options if o is not None]
            if current is not None and current in keys:
                self.highlighted = self.get_option_index(current)
            elif self.option_count:
                self.highlighted = 0

    def _view_prompt(self, title: str, count: int | None, width: int) -> Text:
        return self._prompt("", title, count, width, self.get_component_rich_style("feeds--view"))

    def _extra_prompt(self, view: View, counts: dict[str, int], width: int) -> Text:
        kind = "feeds--hidden" if view.key == HIDDEN.key else "feeds--search"
        style = self.get_component_rich_style(kind)
        return self._prompt("", view.title, counts.get(view.key), width, style)

    def _row_prompt(self, row: Row, width: int) -> Text:
        indent = "  " * row.depth
        if row.feed is None:  # a folder
            mark = "▸ " if row.collapsed else "▾ "
            return self._prompt(
                indent + mark,
                row.title,
                row.unread,
                width,
                self.get_component_rich_style("feeds--folder"),
            )
        if feed_failed(row.feed):
            return self._prompt(indent, row.title, row.unread, width, "", error="! ")
        return self._prompt(indent, row.title, row.unread, width, "")

    def _prompt(
        self,
        lead: str,
        title: str,
        count: int | None,
        width: int,
        style: Style | str,
        *,
        error: str = "",
    ) -> Text:
        number = "" if count is None else str(count)
        room = width - len(number) - len(lead) - len(error) - 1
        name = shown(truncate(safe(title), room), self.reorder_rtl)
        text = Text(end="", no_wrap=True)
        text.append(lead, style)
        if error:
            text.append(error, self.get_component_rich_style("feeds--error"))
        text.append(name, style)
        text.append(" " * max(width - text.cell_len - len(number), 1))
        text.append(number, self.get_component_rich_style("feeds--count"))
        return text

    @property
    def current_key(self) -> str | None:
        """Key of the highlighted entry."""
        if self.highlighted is None:
            return None
        return self.get_option_at_index(self.highlighted).id

    def select_key(self, key: str) -> None:
        """Highlight the entry with `key` (which shows its headlines), opening the
        folders a feed is in."""
        row = next((r for r in self.rows if r.key == key), None)
        if row is None and key.startswith("feed:"):
            feed = next((f for f in self.feeds if f"feed:{f.id}" == key), None)
            if feed is not None and self.collapsed & set(ancestors(feed.folder)):
                self.collapsed -= set(ancestors(feed.folder))
                self.set_feeds(self.feeds, self.counts)
                self._folds_changed()
        try:
            self.highlighted = self.get_option_index(key)
        except Exception:  # noqa: BLE001 - an unknown key leaves the selection as it is
            return

    def _folds_changed(self) -> None:
        """Tell the screen which folders are folded now (it remembers them)."""
        self.post_message(FoldersFolded(frozenset(self.collapsed)))

    def action_toggle_folder(self) -> None:
        """Collapse or expand the folder highlighted, or the one the highlighted feed is in."""
        row = next((r for r in self.rows if r.key == self.current_key), None)
        if row is None or row.folder is None:
            return
        if row.feed is not None:  # a feed: fold its folder, and show it
            key = folder_key(row.folder)
            self.collapsed.add(row.folder)
            self.set_feeds(self.feeds, self.counts, select=key)
            self.post_message(ViewChosen(self.views[key].query, self.views[key].title))
            self._folds_changed()
            return
        self.collapsed ^= {row.folder}
        self.set_feeds(self.feeds, self.counts)
        self._folds_changed()

    def on_option_list_option_highlighted(self, event: OptionList.OptionHighlighted) -> None:
        event.stop()
        view = self.views.get(event.option.id or "")
        if view is not None:
            self.post_message(ViewChosen(view.query, view.title))

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        if (event.option.id or "").startswith("folder:"):
            self.action_toggle_folder()
        else:
            self.screen.focus_next()
