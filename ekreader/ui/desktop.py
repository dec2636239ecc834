"""The reader's reach outside the terminal: desktop notifications (notify-send), always
with an argument list, never through a shell."""

from __future__ import annotations

import contextlib
import subprocess

from ekreader.core.text.sanitize import clean_line


def desktop_notify(title: str, body: str) -> None:
    """A desktop notification through notify-send (argument list, no shell); silent when
    notify-send is missing."""
    with contextlib.suppress(OSError):
        subprocess.Popen(
            ["notify-send", "--app-name=ekreader", "--", clean_line(title), clean_line(body)],
            stdin=subprocess.DEVNULL,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )


__all__ = ["desktop_notify"]
