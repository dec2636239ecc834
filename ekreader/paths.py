"""Where ekreader keeps its files: platformdirs locations, so the XDG_* variables move them."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

APP_NAME = "ekreader"


@dataclass(frozen=True, slots=True)
class Paths:
    """The directories and files ekreader uses. Nothing is created until it is needed."""

    config_dir: Path
    data_dir: Path
    cache_dir: Path

    @property
    def config_file(self) -> Path:
        """The optional TOML configuration."""
        return self.config_dir / "config.toml"

    @property
    def database(self) -> Path:
        """The SQLite article cache. It lives in the data dir: it holds what users keep."""
        return self.data_dir / "ekreader.sqlite3"

    @classmethod
    def default(cls) -> Paths:
        """The platform's locations (XDG on Linux)."""
        import platformdirs

        return cls(
            config_dir=Path(platformdirs.user_config_dir(APP_NAME, appauthor=False)),
            data_dir=Path(platformdirs.user_data_dir(APP_NAME, appauthor=False)),
            cache_dir=Path(platformdirs.user_cache_dir(APP_NAME, appauthor=False)),
        )
