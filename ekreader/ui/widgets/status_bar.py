"""The status line: what the list shows, refresh progress, failures."""

from __future__ import annotations

from rich.text import Text
from textual.widgets import Static

from ekreader.ui.text import safe


class StatusBar(Static):
    """One line of status: the left part says where you are, the right part what runs."""

    DEFAULT_CSS = """
    StatusBar { height: 1; }
    """

    def __init__(self, id: str | None = None) -> None:
        super().__init__(id=id)
        self.where = ""
        self.activity = ""
        self.problem = False

    def set_where(self, text: str) -> None:
        """What the list shows, e.g. "Breaking · 12 articles"."""
        self.where = text
        self._show()

    def set_activity(self, text: str, problem: bool = False) -> None:
        """What is running or last happened, e.g. "Refreshing 3/40"."""
        self.activity = text
        self.problem = problem
        self._show()

    def _show(self) -> None:
        width = self.size.width or 80
        right = safe(self.activity)
        left = safe(self.where)
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
