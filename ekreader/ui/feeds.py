"""Managing feeds in the reader: add (a feed or a web page, with discovery), remove (asks
first), rename, move to a folder. The dialogs ask; a worker thread makes the change through
core/subscriptions.py (the command line's path: on the sync server first in sync mode), so
the reader never waits on the network; FeedChangeFinished tells how it went."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from ekreader.models import Feed
from ekreader.ui.messages import ActivityChanged, FeedChangeFinished
from ekreader.ui.screens.add_feed import AddFeedDialog, AddRequest
from ekreader.ui.screens.confirm import Confirm
from ekreader.ui.screens.prompt import Prompt
from ekreader.ui.text import shown

if TYPE_CHECKING:
    from ekreader.core.subscriptions import Added
    from ekreader.ui.app import ReaderApp


class FeedManager:
    """What the headlines screen asks of the app about subscriptions (`app.feeds`)."""

    def __init__(self, app: ReaderApp) -> None:
        self.app = app
        self.failed: tuple[AddRequest, str] | None = None
        """The last add that failed and why: the next add dialog offers it to correct."""
        self.running = 0
        """Changes still running in workers."""

    def _name(self, feed: Feed) -> str:
        return shown(feed.display_title, self.app.config.ui.bidi == "reorder")

    def folders(self) -> list[str]:
        """The folders of the subscriptions, by name."""
        names = {f.folder for f in self.app.store.feeds(counts=False) if f.folder}
        return sorted(names, key=str.casefold)

    # -- the dialogs ---------------------------------------------------------------------

    def ask_add(self) -> None:
        """Ask for a feed to add (the last one that failed filled in, with the reason)."""
        previous, error = self.failed or (None, None)
        self.app.push_screen(AddFeedDialog(self.folders(), previous, error), self._add_answered)

    def _add_answered(self, request: AddRequest | None) -> None:
        if request is not None:
            self.add(request)

    def ask_remove(self, feed: Feed) -> None:
        """Ask before removing `feed` with its cached articles."""
        total = _count(self.app, feed)
        where = " on the sync server and here" if self.app.config.sync is not None else ""
        question = (
            f"Remove {self._name(feed)}{where}? Its {total} cached "
            f"article{'s go' if total != 1 else ' goes'} too, starred ones included."
        )

        def answered(yes: bool | None) -> None:
            if yes:
                self.remove(feed)

        self.app.push_screen(Confirm(question), answered)

    def ask_rename(self, feed: Feed) -> None:
        """Ask for a title of the user's own for `feed`."""

        def answered(title: str | None) -> None:
            if title is not None and title.strip() != feed.display_title:
                self.rename(feed, title)

        self.app.push_screen(
            Prompt(
                f"Title of {self._name(feed)} (empty: the feed's own):",
                feed.display_title if feed.title else "",
                "the feed's own title",
            ),
            answered,
        )

    def ask_move(self, feed: Feed) -> None:
        """Ask for the folder to put `feed` in."""

        def answered(folder: str | None) -> None:
            if folder is not None and (folder.strip() or None) != feed.folder:
                self.move(feed, folder)

        self.app.push_screen(
            Prompt(
                f"Folder of {self._name(feed)} (empty: none; Right takes a suggestion):",
                feed.folder or "",
                "a folder's name",
                suggestions=self.folders(),
            ),
            answered,
        )

    # -- the changes, in workers -----------------------------------------------------------

    def add(self, request: AddRequest) -> None:
        """Add the feed `request` names, in the background."""
        from ekreader.core.subscriptions import add

        app = self.app
        self.failed = None

        def change() -> FeedChangeFinished:
            done = add(
                app.paths.database,
                app.config,
                request.url,
                title=request.title,
                folder=request.folder,
            )
            return FeedChangeFinished("add", _added_text(done), feed_id=_feed_id(done))

        self._run(f"Adding {request.url}…", change, request)

    def remove(self, feed: Feed) -> None:
        """Remove `feed` (and its articles), in the background."""
        from ekreader.core.subscriptions import remove

        app = self.app
        name = self._name(feed)

        def change() -> FeedChangeFinished:
            remove(app.paths.database, app.config, feed.url)
            return FeedChangeFinished("remove", f"Removed {name}.")

        self._run(f"Removing {name}…", change)

    def rename(self, feed: Feed, title: str) -> None:
        """Give `feed` a title of the user's own (blank: its own), in the background."""
        from ekreader.core.subscriptions import rename

        app = self.app

        def change() -> FeedChangeFinished:
            renamed = rename(app.paths.database, app.config, feed.url, title)
            return FeedChangeFinished(
                "rename", f"Renamed to {self._name(renamed)}.", feed_id=renamed.id
            )

        self._run(f"Renaming {self._name(feed)}…", change)

    def move(self, feed: Feed, folder: str) -> None:
        """Put `feed` in `folder` (blank: none), in the background."""
        from ekreader.core.subscriptions import move

        app = self.app
        name = self._name(feed)

        def change() -> FeedChangeFinished:
            moved = move(app.paths.database, app.config, feed.url, folder)
            where = f"to {shown(moved.folder)}" if moved.folder else "out of its folder"
            return FeedChangeFinished("move", f"Moved {name} {where}.", feed_id=moved.id)

        self._run(f"Moving {name}…", change)

    def _run(
        self,
        activity: str,
        change: Callable[[], FeedChangeFinished],
        request: AddRequest | None = None,
    ) -> None:
        app = self.app
        self.running += 1
        app.main.post_message(ActivityChanged(shown(activity)))

        def work() -> None:
            from ekreader.core.subscriptions import ChangeError

            try:
                message = change()
            except ChangeError as exc:
                message = FeedChangeFinished("", "", error=str(exc), request=request)
            except Exception as exc:  # noqa: BLE001 - said in the status line, never a crash
                message = FeedChangeFinished(
                    "", "", error=f"{type(exc).__name__}: {exc}", request=request
                )
            app.post_message(message)

        app.run_worker(work, name="feeds", group="feeds", thread=True, exit_on_error=False)

    # -- on the app's event loop -----------------------------------------------------------

    def finished(self, message: FeedChangeFinished) -> None:
        """A change ended: say how, show the lists as they are now."""
        app = self.app
        self.running -= 1
        if message.error is not None:
            error = shown(message.error)
            if message.request is not None:
                self.failed = (message.request, error)
            again = " (+ to correct it)" if message.request is not None else ""
            app.main.post_message(ActivityChanged(f"{error}{again}", problem=True))
            app.notify(error, title="Not changed", severity="error", markup=False, timeout=10)
            return
        app.main.post_message(ActivityChanged(message.text))
        app.notify(message.text, markup=False, timeout=5)
        app.main.feeds_changed(message.action, message.feed_id)


def _count(app: ReaderApp, feed: Feed) -> int:
    from ekreader.models import HeadlineQuery

    return app.store.count(HeadlineQuery(feed_id=feed.id))


def _feed_id(done: Added) -> int | None:
    return done.feed.id if done.feed is not None else None


def _added_text(done: Added) -> str:
    name = shown(done.name)
    if not done.created:
        return f"Already subscribed to {name}."
    count = done.articles
    where = f" on {shown(done.server)}" if done.server else ""
    found = f" (found on {shown(done.asked)})" if done.url != done.asked else ""
    return f"Added {name}{where}{found}: {count} article{'s' * (count != 1)}."


__all__ = ["FeedManager"]
