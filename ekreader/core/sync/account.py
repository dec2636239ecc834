"""The sync account of the configuration: its client (with the password from
password_command or the config), and the changes to subscriptions that go to it."""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

from ekreader.config import Config, SyncConfig
from ekreader.core.store import Store
from ekreader.core.sync.engine import Progress, Syncer, background
from ekreader.core.sync.greader import GReaderClient
from ekreader.core.sync.secret import password_file_warning, run_password_command
from ekreader.models import SyncSummary


def password_source(settings: SyncConfig, *, interactive: bool) -> Callable[[], str]:
    """Where the client gets the password when it first logs in."""
    if settings.password_command is not None:
        command = settings.password_command
        return lambda: run_password_command(command, interactive=interactive)
    password = settings.password or ""
    return lambda: password


LOGIN_FILE = "sync-login"
"""Beside the cache: the server's address, the user name and the Auth token of the last
login, readable by its owner only. A sync that finds the server still taking the token
needs no login, so a cron job's sync neither runs password_command (which may ask for a
passphrase) nor makes the server check a password; the password itself is never kept."""


@contextmanager
def open_client(
    config: Config, *, interactive: bool = True, folder: Path | None = None
) -> Iterator[GReaderClient]:
    """A client for the [sync] account (which must be set). With `folder` (the cache's),
    it first tries the login remembered there and remembers the one it ends with."""
    settings = config.sync
    assert settings is not None
    known = remembered_login(folder, settings) if folder is not None else None
    with GReaderClient(
        settings.url,
        settings.username,
        password_source(settings, interactive=interactive),
        connect_timeout=config.fetch.connect_timeout,
        timeout=max(config.fetch.timeout, 60.0),
        headers=settings.headers(),
        auth=known,
    ) as client:
        try:
            yield client
        finally:
            if folder is not None and client.auth != known:
                remember_login(folder, settings, client.auth)


def remembered_login(folder: Path, settings: SyncConfig) -> str | None:
    """The Auth token remembered in `folder` for this server and user, or None."""
    try:
        lines = (folder / LOGIN_FILE).read_text(encoding="utf-8").splitlines()
    except (OSError, UnicodeError):
        return None
    if len(lines) == 3 and lines[:2] == [settings.url, settings.username] and lines[2]:
        return lines[2]
    return None


def remember_login(folder: Path, settings: SyncConfig, auth: str | None) -> None:
    """Remember a login's Auth token in `folder` (None: forget it). A file that cannot be
    written only costs the next sync a login."""
    path = folder / LOGIN_FILE
    try:
        if auth is None or "\n" in auth:
            path.unlink(missing_ok=True)
            return
        temp = path.with_name(f"{LOGIN_FILE}.{os.getpid()}.tmp")
        descriptor = os.open(temp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        with os.fdopen(descriptor, "w", encoding="utf-8") as handle:
            handle.write(f"{settings.url}\n{settings.username}\n{auth}\n")
        os.replace(temp, path)
    except OSError:
        return


def config_warning(config: Config, config_file: Path) -> str | None:
    """The warning for a password in a config file others can read, or None."""
    if config.sync is None or config.sync.password is None:
        return None
    return password_file_warning(config_file)


def sync(
    db_path: Path,
    config: Config,
    *,
    progress: Progress | None = None,
    interactive: bool = True,
    client: GReaderClient | None = None,
) -> SyncSummary:
    """One sync of the cache with the [sync] account; raises SyncError (or SecretError)."""
    if client is not None:
        return Syncer(db_path, config, client, progress=progress).run()
    with open_client(config, interactive=interactive, folder=db_path.parent) as own:
        return Syncer(db_path, config, own, progress=progress).run()


async def sync_in_background(
    db_path: Path, config: Config, *, progress: Progress | None = None, interactive: bool = False
) -> SyncSummary:
    """sync() on a daemon thread, awaited: a refresh cancelled on quit leaves it behind
    (a sync is safe to abandon at any point) instead of waiting for a slow server."""
    import asyncio

    return await asyncio.wrap_future(
        background(lambda: sync(db_path, config, progress=progress, interactive=interactive))
    )


def subscribe(
    client: GReaderClient, url: str, *, title: str | None = None, folder: str | None = None
) -> str:
    """Subscribe on the server (it fetches the feed) with a title and folder of the
    user's own; returns its stream id. The cache learns of it at the next sync."""
    stream = client.subscribe(url)
    if folder:
        client.move(stream, folder)
    if title:
        client.rename(stream, title)
    return stream


def unsubscribe(db_path: Path, client: GReaderClient, feed_id: int, url: str) -> None:
    """Unsubscribe on the server (nothing to do when it never had the feed)."""
    with Store.open(db_path) as store:
        stream = store.stream_of(feed_id)
    if stream is None:
        stream = next((s.id for s in client.subscriptions() if s.url == url), None)
    if stream is not None:
        client.unsubscribe(stream)
