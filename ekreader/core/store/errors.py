"""Failures of the cache file as one line each: what is wrong and what to do about it."""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path


class StoreError(Exception):
    """The cache cannot be opened or used; the message says which file and what to do."""


def is_busy(exc: Exception) -> bool:
    """Whether an error says another connection holds the cache locked."""
    text = str(exc).lower()
    return "database is locked" in text or "database is busy" in text or "is busy" in text


USER_ACTIONABLE = frozenset({"readonly", "busy", "full", "cantopen"})
"""Kinds of failure the user can mend (permissions, a lock, a full disk): raised as
StoreError with advice, never as a traceback."""


def kind(exc: sqlite3.Error) -> str:
    """The kind of an SQLite error: "readonly", "busy", "full", "cantopen", "corrupt" or ""."""
    name = (getattr(exc, "sqlite_errorname", "") or "").upper()
    text = str(exc).lower()
    if name.startswith("SQLITE_READONLY") or "readonly database" in text:
        return "readonly"
    if name.startswith(("SQLITE_BUSY", "SQLITE_LOCKED")) or "database is locked" in text:
        return "busy"
    if name.startswith("SQLITE_FULL") or "database or disk is full" in text:
        return "full"
    if name.startswith("SQLITE_CANTOPEN") or "unable to open database file" in text:
        return "cantopen"
    if name.startswith(("SQLITE_CORRUPT", "SQLITE_NOTADB")):
        return "corrupt"
    return ""


def cache_error(path: Path, exc: sqlite3.Error, *, damaged: bool = False) -> str:
    """One line for a failure of the cache file: what is wrong and what to do about it.

    Only a cache that is really damaged is called so: the advice for that (move it
    aside) would throw away a sound cache that is merely read-only or locked."""
    what = kind(exc)
    where = path.parent
    if path.is_dir():
        return (
            f"{path}: is a directory, not the cache file. Move it aside "
            f"(mv '{path}' '{path}.old') and run ekreader again."
        )
    if path.exists() and not os.access(path, os.R_OK):
        return f"{path}: cannot read the cache (permission denied). Fix it: chmod u+rw '{path}'"
    if what == "readonly" or (what == "cantopen" and not os.access(where, os.W_OK | os.X_OK)):
        return (
            f"{path}: cannot write the cache ({exc}). ekreader writes the file and, beside "
            f"it, {path.name}-wal and {path.name}-shm: check the permissions of the file "
            f"and of {where} (chmod u+rw), or whether that file system is read-only."
        )
    if what == "busy":
        return f"{path}: the cache is busy: another program keeps it locked ({exc}); try again"
    if what == "full":
        return f"{path}: the disk is full ({exc}); free some space and try again"
    if what == "corrupt" or (damaged and what != "cantopen"):
        return _damaged_message(path, exc)
    return f"{path}: cannot open the cache: {exc}"


def _damaged_message(path: Path, exc: Exception) -> str:
    return (
        f"{path}: the cache is damaged or is not an ekreader database ({exc}). "
        f"Move it aside (mv '{path}' '{path}.broken'), then re-subscribe with "
        "'ekreader import FILE' (an OPML export) or 'ekreader add URL' and run 'ekreader fetch'."
    )
