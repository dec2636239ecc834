"""Every key binding, as the keymap has them, grouped by where they apply."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import ClassVar

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import VerticalScroll
from textual.screen import ModalScreen
from textual.widgets import Static

from ekreader.ui.text import safe


def effective_keys(binding: Binding, keymap: Mapping[str, str]) -> str:
    """The keys that trigger `binding`, after the user's keymap."""
    from textual.keys import format_key

    keys = keymap.get(binding.id, binding.key) if binding.id else binding.key
    return ", ".join(format_key(k.strip()) for k in keys.split(",") if k.strip())


def binding_rows(
    groups: Iterable[tuple[str, Iterable[BindingType]]], keymap: Mapping[str, str]
) -> Text:
    """The help text: one heading per group, one line per binding."""
    text = Text(end="")
    for title, bindings in groups:
        text.append(f"{title}\n", "bold underline")
        for item in bindings:
            binding = item if isinstance(item, Binding) else Binding(*item)
            if not binding.description:
                continue
            keys = effective_keys(binding, keymap)
            text.append(f"  {safe(keys):<24}", "bold")
            text.append(f"{safe(binding.description)}")
            if binding.id:
                text.append(f"  ({binding.id})", "dim")
            text.append("\n")
        text.append("\n")
    return text


class HelpScreen(ModalScreen[None]):
    """The list of every binding."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape,q,question_mark", "close", "Close", id="help_close"),
    ]

    def __init__(self, text: Text) -> None:
        super().__init__()
        self.text = text

    def compose(self) -> ComposeResult:
        with VerticalScroll(id="help-box"):
            yield Static(
                Text("Keys (remap them in config.toml [keys], by the id in brackets)\n", "bold")
            )
            yield Static(self.text)

    def action_close(self) -> None:
        self.dismiss(None)
