"""The status line: what the list shows, refresh progress, failures."""

from __future__ import annotations

from rich.text import Text
from textual.widgets import Static

from ekreader.ui.text import shown

SEPARATOR = " · "


class StatusBar(Static):
    """One line of status: the left part says where you are, the right part what runs.
    Each part is shown in its own direction (ui/text.py `shown`)."""

    DEFAULT_CSS = """
    StatusBar { height: 1; }
    """

    def __init__(self, id: str | None = None, *, reorder_rtl: bool = True) -> None:
        super().__init__(id=id)
        self.reorder_rtl = reorder_rtl
        """Put right-to-left text in display order ([ui] bidi = "reorder")."""
        self.where = ""
        self.activity = ""
        self.problem = False

    def set_where(self, *parts: str, separator: str = SEPARATOR) -> None:
        """Where you are, e.g. the feed, the author and why it is breaking."""
        self.where = separator.join(shown(p, self.reorder_rtl) for p in parts if p)
        self._show()

    def set_activity(self, *parts: str, problem: bool = False) -> None:
        """What is running or last happened, e.g. "Refreshing 3/40"."""
        self.activity = SEPARATOR.join(shown(p, self.reorder_rtl) for p in parts if p)
        self.problem = problem
        self._show()

    def _show(self) -> None:
        width = self.size.width or 80
        right = self.activity
        left = self.where
        text = Text(" " + left, end="", no_wrap=True)
        room = width - text.cell_len - len(right) - 1
        if room < 1:
            text.truncate(max(width - len(right) - 2, 0))
            room = 1
        text.append(" " * room)
        text.append(right, "bold" if self.problem else "")
        self.update(text)

    def on_resize(self) -> None:
        self._show()
