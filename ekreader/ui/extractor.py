"""One article page's extraction in a separate process, so `F` never loads the reader.

Extraction (lxml and trafilatura) is pure CPU and holds the GIL: a pathological page
takes seconds, and in a thread of the UI process it competes with the event loop for
the GIL and keeps the whole process busy (bench/ui_fetch_page.py). Here it runs in the
one worker of a core.workers.WorkerPool, under the page budget the refresh uses, at a
lower priority, started on first use through the forkserver and stopped when idle or
when the app exits; only the page's bytes go in and a picklable Document (or an error
string) comes back. No Textual in this module: the worker process imports it.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from concurrent.futures import CancelledError
from typing import TYPE_CHECKING

from ekreader.core.workers import Budget, OverBudget, WorkerLost, WorkerPool

if TYPE_CHECKING:
    from ekreader.models import Document

IDLE_STOP = 60.0
"""Seconds without an extraction after which the process stops: after a big page it may
hold over a hundred MB. The next `F` starts another (while its page downloads)."""

NICENESS = 10
"""The page process yields the CPU to the UI (and the rest of the machine)."""

WARM_PAGE = b"<html><body><article><h1>Warm</h1><p>Warming up.</p></article></body></html>"
"""A tiny page extracted as the process starts, so it imports the extractor while the
real page downloads."""
WARM_URL = "http://127.0.0.1/"

CLOSING = "the reader is closing"


_Answer = tuple[int, "Document | str"]
"""What the worker sends back: its process id and core.page.extract's outcome."""


class PageExtractor:
    """Runs `core.page.extract` in one worker process under `budget`, started on first
    use, stopped when idle for `idle_stop` seconds and by `close`.

    `extract` blocks its calling thread (a worker thread, never the UI's event loop) until
    the result is back. Thread-safe; a process over budget, dead or stuck is replaced by
    the next call.
    """

    def __init__(
        self,
        *,
        budget: Budget | None = None,
        idle_stop: float = IDLE_STOP,
        before_start: Callable[[], None] | None = None,
    ) -> None:
        self._pool = WorkerPool(
            1,
            budget=budget or Budget(),
            idle_stop=idle_stop,
            niceness=NICENESS,
            before_start=before_start,
        )
        self.last_pid: int | None = None
        """The process id that ran the last extraction (tests compare it with ours)."""

    @property
    def budget(self) -> Budget:
        """What one page's extraction may use."""
        return self._pool.budget

    @property
    def in_flight(self) -> int:
        """Extractions under way (submitted and not answered yet), the warm-up included."""
        return self._pool.in_flight

    def start(self) -> None:
        """Start the process (when not running) so that it imports the extractor, e.g.
        while the page downloads. Never raises."""
        if self._pool.closed or self._pool.worker_pids():
            return
        try:
            self._pool.submit(_extract, WARM_PAGE, {"content-type": "text/html"}, WARM_URL)
        except (RuntimeError, OSError):
            return

    def extract(self, body: bytes, headers: dict[str, str], url: str) -> Document | str:
        """The page's Document, or a one-line reason why there is none; raises
        OverBudget for a page over its budget (its process is replaced)."""
        try:
            future = self._pool.submit(_extract, body, headers, url)
        except RuntimeError:  # shut down: the app is quitting
            return CLOSING
        try:
            pid, outcome = future.result()
        except OverBudget:
            raise
        except WorkerLost as exc:
            return CLOSING if self._pool.closed else str(exc)
        except CancelledError:
            return CLOSING if self._pool.closed else "extraction cancelled"
        self.last_pid = pid
        return outcome

    def worker_pids(self) -> list[int]:
        """The ids of the running worker processes (none before the first use)."""
        return self._pool.worker_pids()

    def close(self) -> None:
        """Stop the process now, even in the middle of a page (its caller gets an error
        string at once), and refuse new work."""
        self._pool.terminate()


def _extract(body: bytes, headers: dict[str, str], url: str) -> _Answer:
    """Runs in the worker: the extraction, and which process ran it."""
    from ekreader.core.page import extract

    return os.getpid(), extract(body, headers, url)


__all__ = ["PageExtractor"]
