"""The article screen: the outline (table of contents) beside the text."""

from __future__ import annotations

import dataclasses
from typing import TYPE_CHECKING, ClassVar, cast

from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Horizontal
from textual.screen import Screen

from ekreader.models import Article
from ekreader.ui.messages import ArticleMarked, PageFetched, WatchListChanged
from ekreader.ui.screens.prompt import Prompt
from ekreader.ui.widgets.article_view import ArticleView
from ekreader.ui.widgets.key_bar import KeyBar
from ekreader.ui.widgets.outline import Outline
from ekreader.ui.widgets.status_bar import StatusBar

if TYPE_CHECKING:
    from ekreader.ui.app import ReaderApp

OUTLINE_MIN_WIDTH = 100
"""Below this many columns the outline starts hidden (toggle it with "t")."""


class ArticleScreen(Screen[None]):
    """One article; next/previous article without going back to the list."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding(
            "escape,q,h,backspace",
            "close",
            "Back",
            tooltip="Back to the headlines",
            id="close_article",
        ),
        Binding(
            "right_square_bracket",
            "next_section",
            "Next section",
            key_display="]",
            id="next_section",
        ),
        Binding(
            "left_square_bracket",
            "previous_section",
            "Prev section",
            key_display="[",
            id="previous_section",
        ),
        Binding(
            "t",
            "toggle_outline",
            "Outline",
            tooltip="Show, hide or focus the outline",
            id="toggle_outline",
        ),
        Binding("J,ctrl+down", "next_article", "Next article", key_display="J", id="next_article"),
        Binding(
            "K,ctrl+up",
            "previous_article",
            "Prev article",
            key_display="K",
            show=False,
            id="previous_article",
        ),
        Binding("slash", "find", "Find", tooltip="Search in this article", id="find"),
        Binding("n", "next_match", "Next match", show=False, id="next_match"),
        Binding("N", "previous_match", "Previous match", show=False, id="previous_match"),
        Binding(
            "o",
            "open_browser",
            "Browser",
            tooltip="Open the article in the web browser",
            id="article_open_browser",
        ),
        Binding("s", "toggle_star", "Star", show=False, id="article_toggle_star"),
        Binding("u", "toggle_read", "Read/unread", show=False, id="article_toggle_read"),
        Binding("F", "fetch_page", "Fetch full text", show=False, id="fetch_page"),
        Binding(
            "R",
            "other_report",
            "Other reports",
            show=False,
            tooltip="The next article of this story (other feeds' reports)",
            id="other_report",
        ),
        Binding(
            "D",
            "show_changes",
            "Changes",
            show=False,
            tooltip="What the latest change of this article changed",
            id="show_changes",
        ),
        *(
            Binding(str(d), f"link('{d}')", "Open link by number", show=False, id=f"open_link_{d}")
            for d in range(1, 10)
        ),
    ]

    def __init__(self, article: Article) -> None:
        super().__init__()
        self.article = article
        self._outline_wanted: bool | None = None
        self._outline_titles: list[tuple[str, int]] = []
        self._reports: tuple[int, ...] = ()
        """The articles of this article's story (itself included), newest first."""

    @property
    def reader(self) -> ReaderApp:
        """The app, typed."""
        return cast("ReaderApp", self.app)

    def compose(self) -> ComposeResult:
        app = self.reader
        with Horizontal(id="article-main"):
            yield Outline(id="outline")
            yield ArticleView(
                highlighter=app.highlighter,
                now=app.now,
                reorder_rtl=app.config.ui.bidi == "reorder",
                id="article",
            )
        yield StatusBar(id="article-status", reorder_rtl=app.config.ui.bidi == "reorder")
        yield KeyBar()

    @property
    def view(self) -> ArticleView:
        """The article text."""
        return self.query_one(ArticleView)

    @property
    def outline(self) -> Outline:
        """The table of contents."""
        return self.query_one(Outline)

    def on_mount(self) -> None:
        self.view.focus()
        self._place_outline()
        self.show_article(self.article)

    def on_resize(self) -> None:
        self._place_outline()

    def _place_outline(self) -> None:
        wide = self.size.width >= OUTLINE_MIN_WIDTH
        wanted = self._outline_wanted if self._outline_wanted is not None else wide
        self.outline.display = wanted

    def show_article(self, article: Article) -> None:
        """Show `article` (at its remembered place)."""
        self.article = article
        self._outline_titles = []
        story = article.headline.story
        if story not in self._reports:
            found = self.reader.store.stories(ids=[story], limit=1)
            self._reports = found[0].articles if found else ()
        self.view.show(article, article.scroll)
        self._status()

    # -- what the app tells ------------------------------------------------------------

    def on_article_marked(self, message: ArticleMarked) -> None:
        if message.article_id != self.article.id:
            return
        old = self.article.headline
        headline = dataclasses.replace(
            old,
            read=old.read if message.read is None else message.read,
            starred=old.starred if message.starred is None else message.starred,
        )
        self.article = dataclasses.replace(self.article, headline=headline)
        self._status()

    def on_watch_list_changed(self, message: WatchListChanged) -> None:
        self.view.highlighter = message.highlighter
        self.view.rebuild()

    def on_page_fetched(self, message: PageFetched) -> None:
        if message.error:
            self._status()  # "fetching the full article…" is over
            return
        if message.article_id == self.article.id:
            article = self.reader.store.article(message.article_id)
            if article is not None:
                self.show_article(dataclasses.replace(article, scroll=self.view.fraction))

    # -- what the widgets tell ---------------------------------------------------------

    def on_article_view_laid_out(self, event: ArticleView.LaidOut) -> None:
        event.stop()
        titles = [(entry.title, entry.level) for entry in self.view.outline]
        if titles != self._outline_titles:
            self._outline_titles = titles
            self.outline.set_entries(self.view.outline, self.reader.config.ui.bidi == "reorder")
        self.outline.show_section(self.view.section)

    def _status(self, extra: str = "") -> None:
        h = self.article.headline
        flags = []
        if h.starred:
            flags.append("★ starred")
        if not self.article.full_text and h.link:
            flags.append("feed text")
        others = len(self._reports) - 1
        if others > 0:
            flags.append(f"{others} other report{'s' * (others != 1)} (R)")
        if h.revised is not None:
            flags.append("updated (D)")
        status = self.query_one(StatusBar)
        outline = self.view.outline
        if len(outline) > 1:
            # Where you are, also when the outline is hidden (narrow terminals).
            index = min(self.view.section, len(outline) - 1)
            status.set_where(f"§ {index + 1}/{len(outline)}", outline[index].title, separator=" ")
        else:
            status.set_where(h.feed_title)
        status.set_activity(*flags, extra)

    def on_article_view_section_changed(self, event: ArticleView.SectionChanged) -> None:
        self.outline.show_section(event.index)
        self._status()

    def on_outline_section_chosen(self, event: Outline.SectionChosen) -> None:
        self.view.go_to_section(event.index)
        self.view.focus()

    def save_place(self) -> None:
        """Remember how far the article was read."""
        self.reader.reading.save_scroll(self.article.id, self.view.fraction)

    # -- actions -------------------------------------------------------------------------

    def action_close(self) -> None:
        if self.view.search:
            self.view.set_search("")
            self._status()
            return
        self.save_place()
        self.app.pop_screen()

    def action_next_section(self) -> None:
        if not self.view.next_section():
            self._status("last section")

    def action_previous_section(self) -> None:
        if not self.view.previous_section():
            self._status("first section")

    def action_toggle_outline(self) -> None:
        outline = self.outline
        if outline.display and not outline.has_focus:
            outline.focus()
            return
        self._outline_wanted = not outline.display
        outline.display = self._outline_wanted
        (outline if outline.display else self.view).focus()

    def action_next_article(self) -> None:
        self.save_place()
        if not self.reader.reading.step(+1):
            self._status("no next article")

    def action_previous_article(self) -> None:
        self.save_place()
        if not self.reader.reading.step(-1):
            self._status("no previous article")

    def action_find(self) -> None:
        def done(text: str | None) -> None:
            if text is None:
                return
            count = self.view.set_search(text)
            if not text.strip():
                self._status()
            elif count:
                self._status(
                    f"match 1 of {count}"
                    if self.view.current_match == 0
                    else f"match {self.view.current_match + 1} of {count}"
                )
            else:
                self._status(f"not found: {text.strip()}")

        self.app.push_screen(Prompt("Find in article:", self.view.search, "text…"), done)

    def _step(self, step: int) -> None:
        number, total = self.view.step_match(step)
        self._status(f"match {number} of {total}" if total else "no search (press /)")

    def action_next_match(self) -> None:
        self._step(+1)

    def action_previous_match(self) -> None:
        self._step(-1)

    def action_open_browser(self) -> None:
        self.reader.reading.open_link(self.article.headline.link)

    def action_toggle_star(self) -> None:
        self.reader.reading.set_starred(self.article.id, not self.article.headline.starred)

    def action_toggle_read(self) -> None:
        self.reader.reading.set_read(self.article.id, not self.article.headline.read)

    def action_fetch_page(self) -> None:
        from ekreader.ui.pagefetch import page_link

        link = page_link(self.article)
        if link is None:
            self._status("no web page to fetch for this article")
            return
        self._status("fetching the full article…")
        self.reader.pages.fetch(self.article.id, link, self.article.headline.feed_url)

    def action_other_report(self) -> None:
        reports = self._reports
        if len(reports) < 2:
            self._status("no other report of this story")
            return
        at = reports.index(self.article.id) if self.article.id in reports else -1
        self.save_place()
        self.reader.reading.open_article(reports[(at + 1) % len(reports)])

    def action_show_changes(self) -> None:
        revisions = self.reader.store.revisions(self.article.id)
        if not revisions:
            self._status("no earlier version")
            return
        from ekreader.ui.screens.changes import ChangesScreen

        self.app.push_screen(ChangesScreen(self.article, revisions[0]))

    def action_link(self, digit: str) -> None:
        links = self.article.document.links
        if not links:
            self._status("this article has no links")
            return
        if len(links) < 10:
            self._open_link_number(digit)
            return

        def done(text: str | None) -> None:
            if text:
                self._open_link_number(text)

        self.app.push_screen(
            Prompt(f"Open link number (1-{len(links)}):", digit, restrict=r"[0-9]*", select=False),
            done,
        )

    def _open_link_number(self, text: str) -> None:
        links = self.article.document.links
        try:
            number = int(text)
        except ValueError:
            return
        if not 1 <= number <= len(links):
            self._status(f"no link [{number}]")
            return
        self.reader.reading.open_link(links[number - 1].url)
