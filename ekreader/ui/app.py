"""The reader application (placeholder until the reader issue lands)."""

from __future__ import annotations

from ekreader.config import Config
from ekreader.paths import Paths


def run_app(paths: Paths, config: Config) -> int:
    """Launch the reader UI; returns the exit status."""
    from textual.app import App

    App().run()
    return 0
