"""Shared fixtures: a local feed server, an isolated ekreader home, a hermetic environment,
a real FreshRSS (the sync server: skipped when ../shared or php is absent)."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.freshrss import FreshRSS, FreshUser
from tests.helpers import FAST_FETCH, EkHome, hermetic_environ, make_env
from tests.server import Blackhole, FeedServer

DATA = Path(__file__).parent / "data"
FEEDS = DATA / "feeds"


@pytest.fixture(autouse=True)
def _no_proxies(monkeypatch: pytest.MonkeyPatch) -> None:
    """In-process httpx clients must reach 127.0.0.1 directly, never through a proxy."""
    clean = hermetic_environ()
    for name in list(os.environ):
        if name not in clean:
            monkeypatch.delenv(name)
    monkeypatch.setenv("NO_PROXY", clean["NO_PROXY"])
    monkeypatch.setenv("no_proxy", clean["no_proxy"])


@pytest.fixture
def feed_server() -> Iterator[FeedServer]:
    """A FeedServer on 127.0.0.1, closed after the test."""
    with FeedServer() as server:
        yield server


@pytest.fixture
def blackhole() -> Iterator[Blackhole]:
    """A 127.0.0.1 port where connection attempts go unanswered."""
    with Blackhole() as hole:
        yield hole


@pytest.fixture
def ek_env(tmp_path: Path) -> dict[str, str]:
    """Environment for the ekreader command with XDG_* dirs under tmp_path, no proxies."""
    return make_env(tmp_path / "home")


@pytest.fixture
def ek(ek_env: dict[str, str], tmp_path: Path) -> EkHome:
    """An isolated home with a fast-failing fetch config (short timeouts, no pages)."""
    home = EkHome(tmp_path / "home", ek_env)
    home.config(FAST_FETCH)
    return home


@pytest.fixture(scope="session")
def freshrss(tmp_path_factory: pytest.TempPathFactory) -> Iterator[FreshRSS]:
    """FreshRSS installed in a temp dir and served on 127.0.0.1 for the whole session (one
    per xdist worker); skips the test when ../shared/servers or php is absent."""
    server = FreshRSS.from_shared(tmp_path_factory.mktemp("freshrss"))
    if server is None:
        pytest.skip("FreshRSS needs ../shared/servers/freshrss-*.tar.gz and php")
    server.install().start()
    try:
        yield server
    finally:
        server.close()


@pytest.fixture
def fresh_user(freshrss: FreshRSS) -> FreshUser:
    """A new FreshRSS account with no subscriptions (the server is up)."""
    freshrss.start()  # a test that stopped it and failed before starting it again
    return freshrss.create_user()
