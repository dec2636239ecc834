"""UI fixtures: an isolated home with a built cache, a frozen clock, no browser, no network."""

from __future__ import annotations

import time
import webbrowser
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from ekreader.config import config_from_dict
from ekreader.paths import Paths
from ekreader.ui.app import ReaderApp
from tests.ui.factory import NOW, sample_store


@pytest.fixture(autouse=True)
def _utc(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """Local time is UTC, so dates in the article header are the same everywhere."""
    monkeypatch.setenv("TZ", "UTC")
    time.tzset()
    yield
    monkeypatch.undo()
    time.tzset()


@pytest.fixture(autouse=True)
def _no_browser(monkeypatch: pytest.MonkeyPatch) -> None:
    """The system's browser is a stand-in that opens nothing and says it did (the app
    records every link in opened_urls)."""
    monkeypatch.setattr(webbrowser, "open", lambda url, *args, **kwargs: True)


@pytest.fixture
def paths(tmp_path: Path) -> Paths:
    """XDG-like directories under tmp_path."""
    return Paths(tmp_path / "config", tmp_path / "data", tmp_path / "cache")


MakeApp = Callable[..., ReaderApp]


@pytest.fixture
def make_app(paths: Paths) -> Iterator[MakeApp]:
    """Build a ReaderApp over the sample cache (or `store`), refresh off unless asked."""
    stores = []

    def make(
        config: dict | None = None,
        *,
        store=None,
        refresh: bool = False,
        now=lambda: NOW,
        resolver=None,
    ) -> ReaderApp:
        # No schedule unless a test asks for one: a refresh it started would change the screen.
        data = {
            "general": {
                "refresh_on_start": refresh,
                "first_run_feeds": False,
                "refresh_interval": 0,
            }
        }
        for key, value in (config or {}).items():
            if isinstance(value, dict):
                data.setdefault(key, {}).update(value)
            else:  # [[filters]]: a list of tables
                data[key] = value
        cfg = config_from_dict(data)
        if store is None:
            store = sample_store(paths.database)
        stores.append(store)
        return ReaderApp(paths, cfg, store, now=now, resolver=resolver)

    yield make
    for store in stores:
        store.close()


def screen_text(app: ReaderApp) -> str:
    """What the terminal would show, as plain text."""
    strips = app.screen._compositor.render_strips()
    return "\n".join("".join(segment.text for segment in strip) for strip in strips)
