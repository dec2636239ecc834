"""The headline list: a virtual, line-API list that pages rows from the store on demand.

Only the rows on screen are ever rendered, and only the pages of `PAGE` headlines
around them are ever loaded, so 100 000 cached articles cost what 40 do. `count()`
gives the virtual height.
"""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Callable
from dataclasses import replace
from datetime import datetime
from typing import ClassVar

from rich.style import Style
from rich.text import Text
from textual import events
from textual.binding import Binding, BindingType
from textual.geometry import Size
from textual.reactive import var
from textual.scroll_view import ScrollView
from textual.strip import Strip

from ekreader.core.store import Store
from ekreader.core.text.age import age
from ekreader.core.text.highlight import Highlighter
from ekreader.models import Headline, HeadlineQuery
from ekreader.ui import bidi
from ekreader.ui.messages import HeadlineChosen, HeadlineHighlighted
from ekreader.ui.text import safe, shown, styled, truncate

PAGE = 200
"""Headlines fetched per store query."""
MAX_PAGES = 16
"""Pages kept in memory (least recently used are dropped)."""


class HeadlineList(ScrollView, can_focus=True):
    """Headlines of one query, newest first, with a cursor."""

    DEFAULT_CSS = """
    HeadlineList {
        overflow-x: hidden;
        overflow-y: auto;
        scrollbar-size-vertical: 1;
    }
    """

    COMPONENT_CLASSES: ClassVar[set[str]] = {
        "headlines--cursor",
        "headlines--cursor-blurred",
        "headlines--unread",
        "headlines--read",
        "headlines--age",
        "headlines--source",
        "headlines--breaking",
        "headlines--updated",
        "headlines--star",
        "headlines--highlight",
        "headlines--empty",
    }

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("down,j", "cursor_down", "Down", show=False, id="cursor_down"),
        Binding("up,k", "cursor_up", "Up", show=False, id="cursor_up"),
        Binding("pagedown,ctrl+f", "page_down", "Page down", show=False, id="page_down"),
        Binding("pageup,ctrl+b", "page_up", "Page up", show=False, id="page_up"),
        Binding("home,g", "first", "First", show=False, id="first"),
        Binding("end,G", "last", "Last", show=False, id="last"),
        Binding("enter,l", "choose", "Read", tooltip="Read the selected article", id="open"),
    ]

    cursor: var[int] = var(0, always_update=True)
    """Index of the selected row."""

    def __init__(
        self,
        store: Store,
        query: HeadlineQuery,
        *,
        highlighter: Highlighter,
        now: Callable[[], datetime],
        bidi_reorder: bool = True,
        id: str | None = None,
    ) -> None:
        super().__init__(id=id)
        self.store = store
        self.headline_query = query
        self.highlighter = highlighter
        self.now = now
        self.bidi_reorder = bidi_reorder
        self._pages: OrderedDict[int, list[Headline]] = OrderedDict()
        self._count = 0
        self.empty_message = "No articles here."

    # -- data ----------------------------------------------------------------------------

    @property
    def count(self) -> int:
        """Rows in the list."""
        return self._count

    def on_mount(self) -> None:
        self.load(self.headline_query)

    def load(self, query: HeadlineQuery) -> None:
        """Show another query, cursor on its first row (an article that several feeds
        carry once: see HeadlineQuery.collapse)."""
        query = replace(query, collapse=True)
        self.headline_query = query
        self._pages.clear()
        self._count = self.store.count(query)
        self.virtual_size = Size(0, self._count)
        self.scroll_to(y=0, animate=False, immediate=True)
        self.cursor = 0
        self.refresh()

    def reload(self) -> None:
        """Re-read the query (new articles arrived): the selected article stays selected
        and stays on the same screen row."""
        selected = self.current
        screen_row = self.cursor - round(self.scroll_y)
        self._pages.clear()
        self._count = self.store.count(self.headline_query)
        self.virtual_size = Size(0, self._count)
        if selected is not None:
            position = self.store.headline_position(selected.id, self.headline_query)
            found = self.headline_at(position) if position >= 0 else None
            if found is not None and found.id == selected.id:
                height = max(self.scrollable_content_region.height, 1)
                at_top = round(self.scroll_y) == 0 and position < height
                # At the top of the list new headlines come into view above the
                # selection; scrolled down, the selection keeps its screen row.
                top = 0 if at_top else max(position - screen_row, 0)
                self.scroll_to(y=top, animate=False, immediate=True)
                self.set_reactive(HeadlineList.cursor, position)
                self.refresh()
                return
        self.cursor = min(self.cursor, max(self._count - 1, 0))
        self.refresh()

    def headline_at(self, row: int) -> Headline | None:
        """The headline on `row`, loading its page from the store when needed."""
        if row < 0 or row >= self._count:
            return None
        number, index = divmod(row, PAGE)
        page = self._pages.get(number)
        if page is None:
            page = self.store.headlines(self.headline_query, limit=PAGE, offset=number * PAGE)
            self._pages[number] = page
            while len(self._pages) > MAX_PAGES:
                self._pages.popitem(last=False)
        else:
            self._pages.move_to_end(number)
        return page[index] if index < len(page) else None

    @property
    def current(self) -> Headline | None:
        """The selected headline."""
        return self.headline_at(self.cursor)

    def update_headline(
        self, article_id: int, read: bool | None = None, starred: bool | None = None
    ) -> None:
        """Change a loaded headline's read/starred state in place (no re-query, so a row
        marked read in the Unread view stays until the next reload)."""
        for number, page in self._pages.items():
            for index, headline in enumerate(page):
                if headline.id == article_id:
                    page[index] = replace(
                        headline,
                        read=headline.read if read is None else read,
                        starred=headline.starred if starred is None else starred,
                    )
                    self.refresh_line(number * PAGE + index)

    # -- cursor --------------------------------------------------------------------------

    def watch_cursor(self, old: int, new: int) -> None:
        if self._count and not 0 <= new < self._count:
            self.cursor = min(max(new, 0), self._count - 1)
            return
        self.refresh_line(old)
        self.refresh_line(new)
        self._scroll_cursor_into_view()
        self.post_message(HeadlineHighlighted(self.current))

    def _scroll_cursor_into_view(self) -> None:
        height = max(self.scrollable_content_region.height, 1)
        top = round(self.scroll_y)
        if self.cursor < top:
            self.scroll_to(y=self.cursor, animate=False, immediate=True)
        elif self.cursor >= top + height:
            self.scroll_to(y=self.cursor - height + 1, animate=False, immediate=True)

    def action_cursor_down(self) -> None:
        if self.cursor < self._count - 1:
            self.cursor += 1

    def action_cursor_up(self) -> None:
        if self.cursor > 0:
            self.cursor -= 1

    def action_page_down(self) -> None:
        self.cursor = min(self.cursor + max(self.size.height - 1, 1), max(self._count - 1, 0))

    def action_page_up(self) -> None:
        self.cursor = max(self.cursor - max(self.size.height - 1, 1), 0)

    def action_first(self) -> None:
        self.cursor = 0

    def action_last(self) -> None:
        self.cursor = max(self._count - 1, 0)

    def action_choose(self) -> None:
        headline = self.current
        if headline is not None:
            self.post_message(HeadlineChosen(headline, self.cursor))

    def on_click(self, event: events.Click) -> None:
        row = round(self.scroll_y) + event.y
        if 0 <= row < self._count:
            if row == self.cursor or event.chain > 1:
                self.cursor = row
                self.action_choose()
            else:
                self.cursor = row

    def on_focus(self) -> None:
        self.refresh_line(self.cursor)

    def on_blur(self) -> None:
        self.refresh_line(self.cursor)

    # -- rendering -----------------------------------------------------------------------

    def render_line(self, y: int) -> Strip:
        width = self.scrollable_content_region.width
        row = round(self.scroll_y) + y
        base = self.rich_style
        if self._count == 0:
            if y == 1:
                style = self.get_component_rich_style("headlines--empty")
                message = Text("  " + safe(self.empty_message), style=style, end="")
                message.truncate(width)
                return self._strip(message, width, base)
            return Strip.blank(width, base)
        headline = self.headline_at(row)
        if headline is None:
            return Strip.blank(width, base)
        line = self.render_headline(headline, width)
        if row == self.cursor:
            name = "headlines--cursor" if self.has_focus else "headlines--cursor-blurred"
            line.stylize(self.get_component_rich_style(name))
        return self._strip(line, width, base)

    def _strip(self, line: Text, width: int, base: Style) -> Strip:
        segments = list(line.render(self.app.console))
        strip = Strip(segments, line.cell_len).crop_extend(0, width, None)
        return strip.apply_style(base) if base else strip

    def source_width(self, width: int) -> int:
        """Cells for the source column: wider terminals show more of the feed name."""
        if width < 70:
            return 0
        if width < 100:
            return 12
        if width < 140:
            return 18
        return 26

    def render_headline(self, h: Headline, width: int) -> Text:
        """One row: unread mark, star, age, source, BREAKING badge, "updated" (a feed or
        its page changed it since it arrived), title."""
        style = self.get_component_rich_style
        row = Text(
            end="", no_wrap=True, style=style("headlines--read" if h.read else "headlines--unread")
        )
        row.append(" ●" if not h.read else "  ", style("headlines--unread") if not h.read else "")
        row.append("★" if h.starred else " ", style("headlines--star"))
        row.append(f"{age(h.sort_time, self.now()):>5} ", style("headlines--age"))
        source_cells = self.source_width(width)
        if source_cells:
            source = shown(truncate(safe(h.feed_title), source_cells), self.bidi_reorder)
            source_text = Text(source, style=style("headlines--source"), end="")
            source_text.pad_right(source_cells - source_text.cell_len)
            row.append_text(source_text)
            row.append("  ")
        if h.breaking:
            row.append(" BREAKING ", style("headlines--breaking"))
            row.append(" ")
        if h.revised is not None:
            row.append("updated", style("headlines--updated"))
            row.append(" ")
        if h.also_in:
            row.append(f"+{len(h.also_in)}", style("headlines--age"))
            row.append(" ")
        room = max(width - row.cell_len, 1)
        title = safe(h.title)
        text = styled(title, self.highlighter.spans(title), style("headlines--highlight"))
        if text.cell_len > room:
            text.truncate(room, overflow="ellipsis")
        if self.bidi_reorder and bidi.has_rtl(text.plain):
            from ekreader.ui.text import reorder

            text = reorder(text, bidi.paragraph_is_rtl(text.plain))
        row.append_text(text)
        return row

    def refresh_rows(self) -> None:
        """Repaint every row (the watch list or the clock changed)."""
        self.refresh()
