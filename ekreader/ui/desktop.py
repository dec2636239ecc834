"""The reader's reach outside the terminal: the web browser and desktop notifications
(notify-send), always with an argument list, never through a shell."""

from __future__ import annotations

import contextlib
import shlex
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


def browser_argv(command: str, url: str) -> list[str]:
    """The argument list of a browser command ([ui] browser): each "%u" is the link, which
    is appended when the command has none. The link stays one argument, whatever it holds."""
    argv = shlex.split(command)
    if not any("%u" in arg for arg in argv):
        return [*argv, url]
    return [arg.replace("%u", url) for arg in argv]


def open_in_browser(url: str, command: str = "") -> str | None:
    """Open `url` with `command` ([ui] browser) or else the system's default browser.
    None when a browser was started, else why not (one line)."""
    if command.strip():
        argv = browser_argv(command, url)
        try:
            subprocess.Popen(
                argv,
                stdin=subprocess.DEVNULL,
                stdout=subprocess.DEVNULL,
                stderr=subprocess.DEVNULL,
                start_new_session=True,  # not stopped by the terminal's Ctrl+C, outlives us
            )
        except (OSError, ValueError) as exc:
            return clean_line(f"cannot run {argv[0]}: {getattr(exc, 'strerror', None) or exc}")
        return None
    import webbrowser

    try:
        opened = webbrowser.open(url)
    except webbrowser.Error as exc:
        return clean_line(f"the browser failed: {exc}")
    return None if opened else "no web browser was found (set [ui] browser)"


__all__ = ["browser_argv", "desktop_notify", "open_in_browser"]
