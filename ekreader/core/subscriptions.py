"""Changing subscriptions (add, remove, rename, move to a folder): in the cache, or in sync
mode on the [sync] server first, then here. The one path of the command line and the
reader: each raises ChangeError with a one-line reason."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from ekreader.config import Config
from ekreader.core.store import Store
from ekreader.models import Feed, HeadlineQuery

if TYPE_CHECKING:
    from ekreader.core.sync.greader import GReaderClient


class ChangeError(Exception):
    """A change to the subscriptions failed; the message says why in one line (the URL,
    the server's address)."""


@dataclass(frozen=True, slots=True)
class Added:
    """What adding a feed did."""

    asked: str
    """The URL asked for (a feed, or a page announcing one)."""
    feed: Feed | None
    """The subscription (None when a sync server took it but did not list it yet)."""
    created: bool
    """False when it was subscribed already."""
    name: str
    """What to call it: the title given, else the feed's, else its address."""
    articles: int
    """Articles stored from its first download (in sync mode: the server's)."""
    server: str | None = None
    """The sync server it was added on, in sync mode."""

    @property
    def url(self) -> str:
        """The feed's address (where discovery or a permanent redirect led)."""
        return self.feed.url if self.feed is not None else self.asked


def add(
    db_path: Path,
    config: Config,
    url: str,
    *,
    title: str | None = None,
    folder: str | None = None,
    interactive: bool = False,
) -> Added:
    """Subscribe to the feed `url` leads to (the URL itself, or a feed its page announces)
    and store its first articles; in sync mode the server subscribes and a sync brings it.
    `interactive`: a password command may ask on the terminal."""
    from ekreader.core.fetch.client import FetchError, check_url

    try:
        url = check_url(url)
    except FetchError as exc:
        raise ChangeError(str(exc)) from None
    if config.sync is not None:
        return _add_on_server(db_path, config, url, title, folder, interactive)
    from ekreader.core.subscribe import SubscribeError, subscribe

    try:
        done = subscribe(db_path, config, url, title, folder)
    except (FetchError, SubscribeError) as exc:
        raise ChangeError(str(exc)) from None
    name = title or done.found.title or done.feed.url
    return Added(url, done.feed, done.created, name, done.new)


def _add_on_server(
    db_path: Path,
    config: Config,
    url: str,
    title: str | None,
    folder: str | None,
    interactive: bool,
) -> Added:
    from ekreader.core.sync.account import subscribe, sync

    with Store.open(db_path) as store:
        known = store.feed_by_url(url, former=True)
    if known is not None:
        return Added(url, known, False, known.display_title, 0)
    with _server(db_path, config, interactive) as client:
        stream = subscribe(client, url, title=title, folder=folder)
        summary = sync(db_path, config, client=client)
    with Store.open(db_path) as store:
        feed = store.feed_by_url(store.url_of_stream(stream) or url)
        count = store.count(HeadlineQuery(feed_id=feed.id)) if feed else 0
    name = title or (feed.display_title if feed else url)
    return Added(url, feed, True, name, count, summary.server)


def remove(db_path: Path, config: Config, url: str, *, interactive: bool = False) -> Feed:
    """Unsubscribe from the feed at `url` (or one a permanent redirect moved from there),
    its cached articles going too; in sync mode on the server first. Returns the feed."""
    feed = _feed(db_path, url)
    if config.sync is not None:
        from ekreader.core.sync.account import unsubscribe

        with _server(db_path, config, interactive) as client:
            unsubscribe(db_path, client, feed.id, feed.url)
    with Store.open(db_path) as store:
        store.remove_feed(feed.url)
    return feed


def rename(
    db_path: Path, config: Config, url: str, title: str | None, *, interactive: bool = False
) -> Feed:
    """Give the feed at `url` a title of the user's own (None or blank: its own title
    again); in sync mode the server's subscription is renamed. Returns the feed renamed."""
    feed = _feed(db_path, url)
    title = " ".join((title or "").split()) or None

    def on_server(client: GReaderClient, stream: str) -> None:
        if title is None:
            raise ChangeError(f"{client.url}: a feed on the sync server keeps a title; give one")
        client.rename(stream, title)

    synced = _change_on_server(db_path, config, feed, interactive, on_server)
    with Store.open(db_path) as store:
        store.rename_feed(feed.id, title, as_server=synced)
        return store.feed_by_id(feed.id) or feed


def move(
    db_path: Path, config: Config, url: str, folder: str | None, *, interactive: bool = False
) -> Feed:
    """Put the feed at `url` in `folder` (None or blank: in none); in sync mode the
    server's subscription moves too. Returns the feed moved."""
    feed = _feed(db_path, url)
    folder = " ".join((folder or "").split()) or None
    _change_on_server(
        db_path,
        config,
        feed,
        interactive,
        lambda client, stream: client.move(stream, folder, feed.folder),
    )
    with Store.open(db_path) as store:
        store.move_feed(feed.id, folder)
        return store.feed_by_id(feed.id) or feed


def _feed(db_path: Path, url: str) -> Feed:
    with Store.open(db_path) as store:
        feed = store.feed_by_url(url, former=True)
    if feed is None:
        raise ChangeError(f"not subscribed: {url}")
    return feed


def _change_on_server(
    db_path: Path,
    config: Config,
    feed: Feed,
    interactive: bool,
    change: Callable[[GReaderClient, str], None],
) -> bool:
    """In sync mode, make `change` to the feed's subscription on the server. False when
    there is no server or it does not have the feed yet (the next sync sends the feed
    with its title and folder from here)."""
    if config.sync is None:
        return False
    with _server(db_path, config, interactive) as client:
        with Store.open(db_path) as store:
            stream = store.stream_of(feed.id)
        if stream is None:
            stream = next((s.id for s in client.subscriptions() if s.url == feed.url), None)
        if stream is None:
            return False
        change(client, stream)
    return True


@contextmanager
def _server(db_path: Path, config: Config, interactive: bool) -> Iterator[GReaderClient]:
    """The [sync] account's client (with the login remembered beside the cache, as the
    sync's); its failures become ChangeError naming the server."""
    from ekreader.core.sync.account import open_client
    from ekreader.core.sync.secret import SecretError
    from ekreader.core.sync.session import SyncError

    try:
        with open_client(config, interactive=interactive, folder=db_path.parent) as client:
            yield client
    except (SyncError, SecretError) as exc:
        raise ChangeError(str(exc)) from None


__all__ = ["Added", "ChangeError", "add", "move", "remove", "rename"]
