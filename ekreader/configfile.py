"""Settings written back into config.toml (the reader's theme, watch list and saved
searches): tomlkit, so the user's comments and layout survive, and the file is replaced
atomically. Reading the file is config.py's part; nothing here imports the UI."""

from __future__ import annotations

import os
import tempfile
from collections.abc import Mapping
from pathlib import Path


class ConfigFileError(Exception):
    """config.toml was not changed; the message names the file and the reason."""


def update_config(path: Path, table: str, values: Mapping[str, object]) -> None:
    """Set `values` in the [table] of the TOML file at `path`, keeping everything else of
    the file (comments included) as it was; the file and the table are created when
    missing. Replaces the file atomically. Raises ConfigFileError."""
    import tomlkit

    try:
        original = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        original = ""
    except (OSError, UnicodeDecodeError) as exc:
        raise ConfigFileError(f"{path}: cannot read: {exc}") from None
    try:
        document = tomlkit.parse(original)
    except Exception as exc:  # noqa: BLE001 - tomlkit raises several kinds
        raise ConfigFileError(f"{path}: not valid TOML, not changed: {exc}") from None
    section = document.get(table)
    if section is None:
        section = tomlkit.table()
        document[table] = section
    elif not isinstance(section, dict):
        raise ConfigFileError(f"{path}: [{table}] is not a table, not changed")
    for key, value in values.items():
        section[key] = value
    _write_atomically(path, tomlkit.dumps(document))


def _write_atomically(path: Path, text: str) -> None:
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, temp = tempfile.mkstemp(prefix=".config.", suffix=".toml", dir=path.parent)
        try:
            with os.fdopen(fd, "w", encoding="utf-8") as handle:
                handle.write(text)
            if path.exists():
                os.chmod(temp, path.stat().st_mode & 0o7777)
            os.replace(temp, path)
        except BaseException:
            Path(temp).unlink(missing_ok=True)
            raise
    except OSError as exc:
        raise ConfigFileError(f"{path}: cannot write: {exc.strerror or exc}") from None


def save_theme(path: Path, theme: str) -> None:
    """Write [general] theme into config.toml. Raises ConfigFileError."""
    update_config(path, "general", {"theme": theme})


def save_watch_list(path: Path, keywords: tuple[str, ...], patterns: tuple[str, ...]) -> None:
    """Write [highlight] keywords and patterns into config.toml. Raises ConfigFileError."""
    update_config(path, "highlight", {"keywords": _array(keywords), "patterns": _array(patterns)})


def save_search(path: Path, name: str, query: str) -> None:
    """Write `name = query` into [searches] of config.toml (replacing a search of that
    name, keeping the others in their order). Raises ConfigFileError."""
    update_config(path, "searches", {name: query})


def _array(values: tuple[str, ...]) -> object:
    """A TOML array of strings, one per line when long."""
    import tomlkit

    array = tomlkit.array()
    array.extend(values)
    if len(values) > 3:
        array.multiline(True)
    return array


__all__ = ["ConfigFileError", "save_search", "save_theme", "save_watch_list", "update_config"]
