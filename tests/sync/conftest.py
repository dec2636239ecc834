"""Fixtures for the sync tests: one real FreshRSS per test session (per xdist worker),
and a fresh account on it for each test. Skipped when ../shared or php is absent."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from tests.freshrss import FreshRSS, FreshUser


@pytest.fixture(scope="session")
def freshrss(tmp_path_factory: pytest.TempPathFactory) -> Iterator[FreshRSS]:
    """FreshRSS installed in a temp dir and served on 127.0.0.1 for the whole session."""
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
