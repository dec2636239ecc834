"""The article outline (table of contents): one entry per section, the current one highlighted."""

from __future__ import annotations

from typing import ClassVar

from rich.text import Text
from textual.binding import Binding, BindingType
from textual.message import Message
from textual.widgets import OptionList
from textual.widgets.option_list import Option

from ekreader.ui.text import safe, shown, truncate
from ekreader.ui.widgets.article_view import OutlineEntry


class Outline(OptionList):
    """Sections of the open article; choosing one scrolls the article there."""

    DEFAULT_CSS = """
    Outline { width: 32; }
    """

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("down,j", "cursor_down", "Down", show=False, id="outline_down"),
        Binding("up,k", "cursor_up", "Up", show=False, id="outline_up"),
    ]

    class SectionChosen(Message):
        """The reader chose a section in the outline."""

        def __init__(self, index: int) -> None:
            self.index = index
            super().__init__()

    def set_entries(self, entries: list[OutlineEntry], reorder_rtl: bool = True) -> None:
        """Show these sections."""
        width = max((self.scrollable_content_region.width or 30) - 1, 10)
        options = []
        for index, entry in enumerate(entries):
            indent = "  " * max(entry.level - 2, 0) if index else ""
            title = shown(truncate(safe(entry.title), width - len(indent)), reorder_rtl)
            options.append(Option(Text(indent + title, no_wrap=True, end=""), id=str(index)))
        with self.prevent(OptionList.OptionHighlighted):
            self.set_options(options)
            if options:
                self.highlighted = 0

    def show_section(self, index: int) -> None:
        """Highlight the section being read (without choosing it)."""
        if 0 <= index < self.option_count:
            with self.prevent(OptionList.OptionHighlighted):
                self.highlighted = index

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        self.post_message(self.SectionChosen(event.option_index))

    def on_option_list_option_highlighted(self, event: OptionList.OptionHighlighted) -> None:
        event.stop()
