"""The add-a-feed dialog: an address (a feed, or a web page that links to one), and an
optional title and folder of the user's own."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import ClassVar

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.suggester import SuggestFromList
from textual.widgets import Input, Label

from ekreader.ui.text import safe


@dataclass(frozen=True, slots=True)
class AddRequest:
    """What the dialog asks to add."""

    url: str
    title: str | None = None
    folder: str | None = None


def with_scheme(text: str) -> str:
    """An address as typed, "https://" put before it when it has no scheme
    ("example.org/news" -> "https://example.org/news")."""
    text = text.strip()
    return text if "://" in text or not text else f"https://{text}"


class AddFeedDialog(ModalScreen[AddRequest | None]):
    """Ask for a feed to add; dismisses with an AddRequest (Enter in any field), or None
    (Escape). `previous` and `error` show a request that failed, to correct it."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape", "cancel", "Cancel", id="add_feed_cancel"),
    ]

    def __init__(
        self,
        folders: Sequence[str] = (),
        previous: AddRequest | None = None,
        error: str | None = None,
    ) -> None:
        super().__init__()
        self.folders = list(folders)
        self.previous = previous or AddRequest("")
        self.error = error

    def compose(self) -> ComposeResult:
        previous = self.previous
        with Vertical(id="add-feed-box"):
            yield Label("Add a feed: its address, or a web page that links to one")
            yield Input(previous.url, placeholder="https://…", id="add-url")
            yield Label("Title (empty: the feed's own)", classes="add-feed-label")
            yield Input(previous.title or "", placeholder="the feed's own", id="add-title")
            yield Label("Folder (empty: none)", classes="add-feed-label")
            yield Input(
                previous.folder or "",
                placeholder=", ".join(self.folders[:3]) or "none",
                suggester=SuggestFromList(self.folders, case_sensitive=False),
                id="add-folder",
            )
            yield Label(Text(safe(self.error)), id="add-feed-error")
            yield Label("Enter: add    Tab: next field    Escape: cancel", classes="confirm-keys")

    def on_mount(self) -> None:
        self.query_one("#add-feed-error", Label).display = bool(self.error)
        field = self.query_one("#add-url", Input)
        field.focus()
        field.select_all()

    def on_input_submitted(self, event: Input.Submitted) -> None:
        event.stop()
        url = with_scheme(self.query_one("#add-url", Input).value)
        if not url:
            self.show_error("Give the feed's address, or a web page's.")
            self.query_one("#add-url", Input).focus()
            return
        title = self.query_one("#add-title", Input).value.strip() or None
        folder = self.query_one("#add-folder", Input).value.strip() or None
        self.dismiss(AddRequest(url, title, folder))

    def show_error(self, text: str) -> None:
        """Say what is wrong, in plain text, above the keys."""
        label = self.query_one("#add-feed-error", Label)
        label.update(Text(safe(text)))
        label.display = True

    def action_cancel(self) -> None:
        self.dismiss(None)
