"""A real terminal for end-to-end tests: a private tmux server (its own socket, no user
config) with one session, driven with send-keys and read with capture-pane."""

from __future__ import annotations

import os
import subprocess
import time
import uuid
from collections.abc import Callable

WIDTH, HEIGHT = 120, 36


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
        so a sequence that got through would show."""
        self.run("new-session", "-d", "-s", self.session, "-x", str(WIDTH), "-y", str(HEIGHT), "sh")
        options = [("-g", "remain-on-exit", "on")]
        if obey_escapes:
            options += [("-s", "set-clipboard", "on"), ("-g", "allow-rename", "on")]
        for option in options:
            self.run("set-option", *option)
        self.run("respawn-pane", "-k", "-t", self.session, command)

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

    def wait_for(self, needle: str, timeout: float = 30) -> str:
        return self.wait(lambda text: needle in text, repr(needle), timeout)

    def wait_dead(self, timeout: float = 15) -> int:
        """Wait for the program to exit; its exit status."""
        deadline = time.monotonic() + timeout
        while self.info("#{pane_dead}") != "1":
            if time.monotonic() > deadline:
                raise AssertionError(f"the program did not exit; screen:\n{self.screen()}")
            time.sleep(0.05)
        return int(self.info("#{pane_dead_status}") or -1)

    def close(self) -> None:
        self.run("kill-server")
