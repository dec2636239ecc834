"""The keyword watch list editor: one keyword per line, /regex/ for a pattern (the app
saves the result with ekreader.configfile)."""

from __future__ import annotations

import re
from typing import ClassVar

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Horizontal, Vertical
from textual.screen import ModalScreen
from textual.widgets import Button, Label, Static, TextArea

from ekreader.core.text.highlight import BadPattern, Highlighter
from ekreader.ui.bidi import has_rtl
from ekreader.ui.text import shown


def parse_watch_list(text: str) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """Lines -> (keywords, patterns). A line written /like this/ is a regular expression.
    Raises BadPattern for a regular expression that does not compile."""
    keywords: list[str] = []
    patterns: list[str] = []
    for raw in text.splitlines():
        line = raw.strip()
        if not line:
            continue
        if len(line) > 2 and line.startswith("/") and line.endswith("/"):
            pattern = line[1:-1]
            try:
                re.compile(pattern)
            except re.error as exc:
                raise BadPattern(f"bad regular expression {pattern!r}: {exc}") from None
            patterns.append(pattern)
        elif line not in keywords:
            keywords.append(line)
    return tuple(keywords), tuple(patterns)


def format_watch_list(keywords: tuple[str, ...], patterns: tuple[str, ...]) -> str:
    """The editor's text for a watch list."""
    return "\n".join([*keywords, *(f"/{p}/" for p in patterns)])


class WatchListScreen(ModalScreen[tuple[tuple[str, ...], tuple[str, ...]] | None]):
    """Edit the watch list: one keyword per line, /regex/ for a pattern."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape", "cancel", "Cancel", id="watch_cancel"),
        Binding("ctrl+s", "save", "Save", id="watch_save"),
    ]

    def __init__(
        self, keywords: tuple[str, ...], patterns: tuple[str, ...], *, reorder_rtl: bool = True
    ) -> None:
        super().__init__()
        self.keywords = keywords
        self.patterns = patterns
        self.reorder_rtl = reorder_rtl
        """Show right-to-left lines in display order below the editor (an editor cannot
        reorder the text it edits)."""

    def compose(self) -> ComposeResult:
        with Vertical(id="watch-box"):
            yield Label(
                "Watch list: one keyword per line (whole words, any case or accents); "
                "/regex/ for a pattern. Ctrl+S saves, Escape cancels.",
                markup=False,
            )
            yield TextArea(format_watch_list(self.keywords, self.patterns), id="watch-text")
            yield Static(id="watch-rtl", markup=False)
            yield Label("", id="watch-error", markup=False)
            with Horizontal(id="watch-buttons"):
                yield Button("Save", id="watch-save", variant="primary")
                yield Button("Cancel", id="watch-cancel")

    def on_mount(self) -> None:
        self.query_one(TextArea).focus()
        self._show_rtl()

    def on_text_area_changed(self, event: TextArea.Changed) -> None:
        event.stop()
        self._show_rtl()

    def _show_rtl(self) -> None:
        """The lines holding right-to-left text as they read (the editor shows them in
        the order they are stored, which reads backwards)."""
        rtl = [
            line.strip()
            for line in self.query_one(TextArea).text.splitlines()
            if self.reorder_rtl and has_rtl(line)
        ]
        preview = self.query_one("#watch-rtl", Static)
        preview.display = bool(rtl)
        preview.update(
            Text("Right-to-left lines read: " + "  ·  ".join(shown(line) for line in rtl), end="")
        )

    def action_save(self) -> None:
        text = self.query_one(TextArea).text
        try:
            keywords, patterns = parse_watch_list(text)
            Highlighter.build(keywords, patterns)
        except BadPattern as exc:
            self.query_one("#watch-error", Label).update(str(exc))
            return
        self.dismiss((keywords, patterns))

    def action_cancel(self) -> None:
        self.dismiss(None)

    def on_button_pressed(self, event: Button.Pressed) -> None:
        event.stop()
        if event.button.id == "watch-save":
            self.action_save()
        else:
            self.action_cancel()
