"""Shared fixtures: a local feed server, an isolated ekreader home, a hermetic environment."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest

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
