"""A one-line prompt (search, link number) as a small modal screen."""

from __future__ import annotations

from typing import ClassVar

from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.widgets import Input, Label


class Prompt(ModalScreen[str | None]):
    """Ask for one line of text; dismisses with it, or None on Escape."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape", "cancel", "Cancel", id="prompt_cancel"),
    ]

    def __init__(
        self, label: str, value: str = "", placeholder: str = "", restrict: str | None = None
    ) -> None:
        super().__init__()
        self.label = label
        self.value = value
        self.placeholder = placeholder
        self.restrict = restrict

    def compose(self) -> ComposeResult:
        with Vertical(id="prompt-box"):
            yield Label(self.label, markup=False)
            yield Input(self.value, placeholder=self.placeholder, restrict=self.restrict)

    def on_mount(self) -> None:
        self.query_one(Input).cursor_position = len(self.value)

    def on_input_submitted(self, event: Input.Submitted) -> None:
        event.stop()
        self.dismiss(event.value)

    def action_cancel(self) -> None:
        self.dismiss(None)
