"""The sync password: from [sync] password_command (run without a shell) or password.

The password is returned to the caller and nowhere else: never logged, never put in an
error message, never passed to another program's arguments or environment.
"""

from __future__ import annotations

import shlex
import stat
import subprocess
from pathlib import Path

from ekreader.core.text.sanitize import clean_line

COMMAND_TIMEOUT = 120.0
"""Seconds a password command may take (a password manager may ask for a passphrase)."""


class SecretError(Exception):
    """The password could not be had; the message says why (and never holds it)."""


def run_password_command(command: str, *, interactive: bool = True) -> str:
    """The first line a password command prints. It runs without a shell (its words are
    split as a shell would, with shlex); with `interactive` it shares the terminal, so a
    password manager can ask for a passphrase, else its input is empty and its error
    output is kept for the message."""
    try:
        argv = shlex.split(command)
    except ValueError as exc:
        raise SecretError(f"[sync] password_command: cannot split it into words: {exc}") from None
    if not argv:
        raise SecretError("[sync] password_command is empty")
    name = clean_line(argv[0])
    try:
        result = subprocess.run(
            argv,
            stdin=None if interactive else subprocess.DEVNULL,
            stdout=subprocess.PIPE,
            stderr=None if interactive else subprocess.PIPE,
            timeout=COMMAND_TIMEOUT,
            check=False,
            shell=False,
        )
    except FileNotFoundError:
        raise SecretError(f"[sync] password_command: {name!r} not found") from None
    except PermissionError:
        raise SecretError(
            f"[sync] password_command: {name!r} cannot be run (permission denied)"
        ) from None
    except OSError as exc:
        raise SecretError(
            f"[sync] password_command: {name!r} cannot be run: {exc.strerror}"
        ) from None
    except subprocess.TimeoutExpired:
        raise SecretError(
            f"[sync] password_command: {name!r} did not finish in {COMMAND_TIMEOUT:g} s"
        ) from None
    if result.returncode != 0:
        detail = ""
        if result.stderr:
            lines = result.stderr.decode("utf-8", "replace").strip().splitlines()
            detail = f": {clean_line(lines[-1])[:200]}" if lines else ""
        raise SecretError(
            f"[sync] password_command: {name!r} failed (exit status {result.returncode}){detail}"
        )
    lines = result.stdout.decode("utf-8", "replace").splitlines()
    password = lines[0].rstrip("\r\n") if lines else ""
    if not password:
        raise SecretError(f"[sync] password_command: {name!r} printed no password")
    return password


def readable_by_others(path: Path) -> bool:
    """Whether users other than the owner may read the file (group or world read bits)."""
    try:
        mode = path.stat().st_mode
    except OSError:
        return False
    return bool(mode & (stat.S_IRGRP | stat.S_IROTH))


def password_file_warning(path: Path) -> str | None:
    """The warning for a config file that holds a password others may read, or None."""
    if not readable_by_others(path):
        return None
    return (
        f"warning: {path} holds the sync password and other users can read it; "
        f"chmod 600 '{path}', or use [sync] password_command instead"
    )
