"""A one-line key bar: the screen's shown bindings as one Text (Textual's Footer builds a
widget per key and recomposes on every focus change, which costs start-up time)."""

from __future__ import annotations

from typing import ClassVar

from rich.text import Text
from textual import events
from textual.app import RenderResult
from textual.dom import DOMNode
from textual.screen import Screen
from textual.widget import Widget

FIRST = "help"
"""The action whose key leads the bar."""


class KeyBar(Widget):
    """Keys and what they do; clicking one runs its action."""

    DEFAULT_CSS = """
    KeyBar { height: 1; }
    """

    COMPONENT_CLASSES: ClassVar[set[str]] = {"keybar--key", "keybar--description"}

    def __init__(self, id: str | None = None) -> None:
        super().__init__(id=id)
        self._targets: list[tuple[int, int, str, DOMNode]] = []

    def on_mount(self) -> None:
        self.screen.bindings_updated_signal.subscribe(self, self._bindings_changed)

    def on_unmount(self) -> None:
        self.screen.bindings_updated_signal.unsubscribe(self)

    def _bindings_changed(self, screen: Screen[object]) -> None:
        if self.is_attached and screen is self.screen:
            self.refresh()

    def render(self) -> RenderResult:
        key_style = self.get_component_rich_style("keybar--key")
        text_style = self.get_component_rich_style("keybar--description")
        line = Text(end="", no_wrap=True, overflow="ellipsis")
        self._targets = []
        seen: set[str] = set()
        # `?` (every key) first: on a narrow terminal the end of the bar is cut off.
        active = sorted(
            self.screen.active_bindings.values(), key=lambda b: b.binding.action != FIRST
        )
        for node, binding, enabled, _tooltip in active:
            if not binding.show or not enabled or binding.action in seen:
                continue
            seen.add(binding.action)
            start = line.cell_len
            line.append(f" {self.app.get_key_display(binding)} ", key_style)
            line.append(f"{binding.description} ", text_style)
            self._targets.append((start, line.cell_len, binding.action, node))
        return line

    async def on_click(self, event: events.Click) -> None:
        for start, end, action, node in self._targets:
            if start <= event.x < end:
                event.stop()
                await self.app.run_action(action, node)
                return
