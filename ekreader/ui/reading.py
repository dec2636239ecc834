"""Reading articles: opening one (marking it read), stepping to the next or previous,
read and star marks, how far one was read, and its links handed to the browser."""

from __future__ import annotations

import dataclasses
from typing import TYPE_CHECKING

from ekreader.core.text.sanitize import clean_line
from ekreader.ui.messages import ArticleMarked
from ekreader.ui.screens.article import ArticleScreen

if TYPE_CHECKING:
    from ekreader.ui.app import ReaderApp


class Reading:
    """What the screens ask of the app about articles (`app.reading`)."""

    def __init__(self, app: ReaderApp) -> None:
        self.app = app

    def open_article(self, article_id: int) -> None:
        """Show an article (marking it read, when so configured)."""
        app = self.app
        article = app.store.article(article_id)
        if article is None:
            app.notify("That article is no longer in the cache.", severity="warning")
            return
        if app.config.ui.mark_read_on_open and not article.headline.read:
            app.store.set_read([article_id])
            article = dataclasses.replace(
                article, headline=dataclasses.replace(article.headline, read=True)
            )
            self._marked(article_id, read=True)
        screen = app.article_screen()
        if screen is not None:
            screen.show_article(article)
        elif app.is_screen_installed("article"):
            # The article screen is kept once made: opening the next article then only
            # lays out text, it composes no widgets.
            installed = app.get_screen("article")
            assert isinstance(installed, ArticleScreen)
            installed.show_article(article)
            app.push_screen("article")
        else:
            app.install_screen(ArticleScreen(article), "article")
            app.push_screen("article")

    def step(self, step: int) -> bool:
        """Open the next (+1) or previous (-1) article of the headline list."""
        headline = self.app.main.step_headline(step)
        if headline is None:
            return False
        self.open_article(headline.id)
        return True

    def set_read(self, article_id: int, read: bool) -> None:
        """Mark one article read or unread."""
        self.app.store.set_read([article_id], read)
        self._marked(article_id, read=read)

    def set_starred(self, article_id: int, starred: bool) -> None:
        """Star or unstar one article."""
        self.app.store.set_starred([article_id], starred)
        self._marked(article_id, starred=starred)

    def _marked(
        self, article_id: int, read: bool | None = None, starred: bool | None = None
    ) -> None:
        self.app.tell_screens(lambda: ArticleMarked(article_id, read, starred))
        self.app.schedule_reload()

    def save_scroll(self, article_id: int, fraction: float) -> None:
        """Remember how far an article was read."""
        self.app.store.set_scroll(article_id, round(fraction, 4))

    def open_link(self, url: str | None) -> None:
        """Open a web link in the browser ([ui] browser or the system's, never a shell);
        when none opens, say so, copy the link to the clipboard (OSC 52) and show it."""
        app = self.app
        if not url or not url.startswith(("http://", "https://")):
            app.notify("No web link to open.", severity="warning")
            return
        from ekreader.ui import desktop

        app.opened_urls.append(url)
        problem = desktop.open_in_browser(url, app.config.ui.browser)
        if problem is None:
            app.notify(clean_line(url), title="Opened in the browser", markup=False, timeout=3)
            return
        app.copy_to_clipboard(url)
        app.notify(
            f"{problem}. The link is copied to the clipboard:\n{clean_line(url)}",
            title="Not opened in a browser",
            severity="warning",
            markup=False,
            timeout=15,
        )
