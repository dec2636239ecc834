"""What the latest change of an article changed: its earlier version against the current
one, removed words struck through in red, added words in green."""

from __future__ import annotations

from typing import ClassVar

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import VerticalScroll
from textual.screen import ModalScreen
from textual.widgets import Static

from ekreader.core.text.diff import Piece, version_diff
from ekreader.models import Article, Revision
from ekreader.ui.text import safe

STYLES = {"same": "", "removed": "strike red", "added": "bold green"}
"""How each kind of piece is shown."""


def diff_text(pieces: list[Piece]) -> Text:
    """Pieces as plain Text (never markup), removed and added words styled."""
    text = Text(end="")
    for piece in pieces:
        lines = piece.text.split("\n")
        text.append("\n".join(safe(line) for line in lines), STYLES[piece.kind])
    return text


class ChangesScreen(ModalScreen[None]):
    """The word diff of an article's latest revision."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape,q,D", "dismiss", "Close", id="close_changes"),
    ]

    DEFAULT_CSS = """
    ChangesScreen { align: center middle; }
    ChangesScreen > VerticalScroll {
        width: 90%; height: 90%; border: round $accent; background: $surface; padding: 0 1;
    }
    ChangesScreen .changes--head { color: $text-muted; margin-bottom: 1; }
    ChangesScreen .changes--title { text-style: bold; margin-bottom: 1; }
    """

    def __init__(self, article: Article, before: Revision) -> None:
        super().__init__()
        self.article = article
        self.before = before

    def compose(self) -> ComposeResult:
        title, text = version_diff(
            self.before.title,
            self.before.sections,
            self.article.headline.title,
            self.article.document.sections,
        )
        seen = self.before.seen_at.astimezone().strftime("%Y-%m-%d %H:%M")
        revised = self.article.headline.revised
        now_seen = revised.astimezone().strftime("%Y-%m-%d %H:%M") if revised else "now"
        head = Text(f"Changes: the version of {seen} against the one of {now_seen}  ", end="")
        head.append("removed", STYLES["removed"])
        head.append(" · ")
        head.append("added", STYLES["added"])
        with VerticalScroll(id="changes"):
            yield Static(head, classes="changes--head")
            yield Static(diff_text(title), classes="changes--title")
            yield Static(diff_text(text), id="changes-text")

    def on_mount(self) -> None:
        self.query_one(VerticalScroll).focus()
