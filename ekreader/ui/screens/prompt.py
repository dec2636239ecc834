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
        self,
        label: str,
        value: str = "",
        placeholder: str = "",
        restrict: str | None = None,
        *,
        select: bool = True,
    ) -> None:
        super().__init__()
        self.label = label
        self.value = value
        """The text the prompt starts with."""
        self.placeholder = placeholder
        self.restrict = restrict
        self.select = select
        """Start with `value` selected, so that typing replaces it (an old query); else
        the cursor is after it and typing goes on (a link number's first digit)."""

    def compose(self) -> ComposeResult:
        with Vertical(id="prompt-box"):
            yield Label(self.label, markup=False)
            yield Input(self.value, placeholder=self.placeholder, restrict=self.restrict)

    def on_mount(self) -> None:
        field = self.query_one(Input)
        field.focus()
        if self.select:
            field.select_all()
        else:
            field.cursor_position = len(self.value)

    def on_input_submitted(self, event: Input.Submitted) -> None:
        event.stop()
        self.dismiss(event.value)

    def action_cancel(self) -> None:
        self.dismiss(None)
