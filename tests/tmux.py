"""A real terminal for end-to-end tests: a private tmux server (its own socket, no user
config) with one session, driven with send-keys and read with capture-pane."""

from __future__ import annotations

import os
import re
import subprocess
import time
import uuid
from collections.abc import Callable

WIDTH, HEIGHT = 120, 36
_EXITED = re.compile(r"^\[exited (\d+)\]$", re.M)


class Tmux:
    """One tmux server of our own, so concurrent tests and the user's tmux never meet."""

    def __init__(self, prefix: str = "ek") -> None:
        self.socket = f"{prefix}-{os.getpid()}-{uuid.uuid4().hex[:8]}"
        self.session = "ek"

    def run(self, *args: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            ["tmux", "-L", self.socket, "-f", "/dev/null", *args],
            capture_output=True,
            text=True,
            timeout=10,
            check=False,
        )

    def start(self, command: str, *, obey_escapes: bool = False) -> None:
        """Run `command` in a WIDTH x HEIGHT pane that stays after it exits. With
        `obey_escapes`, tmux acts on window titles and OSC 52 (into its paste buffers),
        so a sequence that got through would show. The options are set before the
        session starts, in one tmux invocation (respawning a pane races with the exit
        status of a program that ends at once)."""
        chain = ["start-server", ";", "set-option", "-g", "remain-on-exit", "on"]
        if obey_escapes:
            chain += [";", "set-option", "-g", "set-clipboard", "on"]
            chain += [";", "set-option", "-g", "allow-rename", "on"]
        chain += [";", "new-session", "-d", "-s", self.session, "-x", str(WIDTH), "-y", str(HEIGHT)]
        # The shell prints the exit status: tmux's own #{pane_dead_status} is sometimes
        # never filled in (seen with tmux 3.3a under load).
        self.run(*chain, f"{command}; printf '\\n[exited %d]\\n' $?")

    def screen(self, *, history: bool = False) -> str:
        """The pane's text, wrapped lines joined; with `history`, the scrollback too."""
        extra = ("-S", "-") if history else ()
        return self.run("capture-pane", "-p", "-J", *extra, "-t", self.session).stdout

    def keys(self, *keys: str) -> None:
        for key in keys:
            self.run("send-keys", "-t", self.session, key)

    def info(self, fmt: str) -> str:
        return self.run("display-message", "-p", "-t", self.session, fmt).stdout.strip()

    def buffers(self) -> str:
        return self.run("list-buffers", "-F", "#{buffer_sample}").stdout

    def wait(
        self,
        predicate: Callable[[str], bool],
        what: str,
        timeout: float = 30,
        *,
        history: bool = False,
    ) -> str:
        deadline = time.monotonic() + timeout
        while True:
            text = self.screen(history=history)
            if predicate(text):
                return text
            if time.monotonic() > deadline:
                raise AssertionError(f"timed out waiting for {what}; screen:\n{text}")
            time.sleep(0.05)

    def changed(self, before: str, what: str, timeout: float = 30) -> str:
        """Wait for the screen to differ from `before`, then for it to stop changing (a
        capture in the middle of a repaint would show half of each screen)."""
        current = self.wait(lambda s: s != before, what, timeout)
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            time.sleep(0.15)
            again = self.screen()
            if again == current:
                break
            current = again
        return current

    def wait_for(self, needle: str, timeout: float = 30) -> str:
        return self.wait(lambda text: needle in text, repr(needle), timeout)

    def wait_dead(self, timeout: float = 15) -> int:
        """Wait for the program to exit; its exit status."""
        text = self.wait(
            lambda s: _EXITED.search(s) is not None, "the program to exit", timeout, history=True
        )
        match = _EXITED.search(text)
        assert match is not None
        return int(match.group(1))

    def close(self) -> None:
        self.run("kill-server")
