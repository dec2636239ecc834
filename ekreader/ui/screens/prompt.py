"""A one-line prompt (search, link number, a name, a feed's title or folder) as a small
modal screen; it can check what is typed as it is typed (a search's query) and say what is
wrong below the line, and offer completions (a folder's name)."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import ClassVar

from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.suggester import SuggestFromList
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
        check: Callable[[str], str | None] | None = None,
        suggestions: Sequence[str] = (),
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
        self.check = check
        """What is wrong with a text (shown under it while typing; Enter then keeps the
        prompt open), or None when it is fine."""
        self.suggestions = list(suggestions)
        """Completions offered as one types (a folder's name); the Right arrow takes one."""

    def compose(self) -> ComposeResult:
        with Vertical(id="prompt-box"):
            yield Label(self.label, markup=False)
            yield Input(
                self.value,
                placeholder=self.placeholder,
                restrict=self.restrict,
                suggester=(
                    SuggestFromList(self.suggestions, case_sensitive=False)
                    if self.suggestions
                    else None
                ),
            )
            yield Label("", id="prompt-problem", markup=False)

    def on_mount(self) -> None:
        field = self.query_one(Input)
        field.focus()
        if self.select:
            field.select_all()
        else:
            field.cursor_position = len(self.value)

    def problem(self, text: str) -> str | None:
        """What the check finds wrong with `text` (None: nothing, or no check)."""
        return None if self.check is None else self.check(text)

    def on_input_changed(self, event: Input.Changed) -> None:
        event.stop()
        self._show_problem(self.problem(event.value))

    def _show_problem(self, problem: str | None) -> None:
        label = self.query_one("#prompt-problem", Label)
        label.update(problem or "")
        label.display = problem is not None

    def on_input_submitted(self, event: Input.Submitted) -> None:
        event.stop()
        problem = self.problem(event.value)
        if problem is not None:
            self._show_problem(problem)
            return
        self.dismiss(event.value)

    def action_cancel(self) -> None:
        self.dismiss(None)
