"""One article page's extraction in a separate process, so `F` never loads the reader.

Extraction (lxml and trafilatura) is pure CPU and holds the GIL: a pathological page
takes seconds, and in a thread of the UI process it competes with the event loop for
the GIL and keeps the whole process busy (bench/ui_fetch_page.py). Here it runs in one
worker process at a lower priority, started on first use through the forkserver and
stopped when idle or when the app exits; only the page's bytes go in and a picklable
Document (or an error string) comes back. No Textual in this module: the worker process
imports it.
"""

from __future__ import annotations

import contextlib
import os
import threading
from collections.abc import Callable
from concurrent.futures import BrokenExecutor, CancelledError, Future, ProcessPoolExecutor
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ekreader.models import Document

EXTRACT_TIMEOUT = 120.0
"""Seconds one extraction may take before its process is stopped (a runaway page must
not hold the next `F` back forever)."""

IDLE_STOP = 60.0
"""Seconds without an extraction after which the process stops: after a big page it may
hold hundreds of MB. The next `F` starts another (while its page downloads)."""

NICENESS = 10
"""The page process yields the CPU to the UI (and the rest of the machine)."""

WARM_PAGE = b"<html><body><article><h1>Warm</h1><p>Warming up.</p></article></body></html>"
"""A tiny page extracted as the process starts, so it imports the extractor while the
real page downloads."""
WARM_URL = "http://127.0.0.1/"


_Answer = tuple[int, "Document | str"]
"""What the worker sends back: its process id and core.page.extract's outcome."""


class PageExtractor:
    """Runs `core.page.extract` in one worker process, started on first use, stopped when idle
    for `idle_stop` seconds and by `close`.

    `extract` blocks its calling thread (a worker thread, never the UI's event loop) until
    the result is back. Thread-safe; a dead or stuck process is replaced by the next call.
    """

    def __init__(
        self,
        *,
        timeout: float = EXTRACT_TIMEOUT,
        idle_stop: float = IDLE_STOP,
        before_start: Callable[[], None] | None = None,
    ) -> None:
        self.timeout = timeout
        """Seconds one extraction may take."""
        self.idle_stop = idle_stop
        """Seconds without work after which the process stops."""
        self._before_start = before_start
        self._lock = threading.Lock()
        self._pool: ProcessPoolExecutor | None = None
        self._closed = False
        self._in_flight = 0
        self._idle_timer: threading.Timer | None = None
        self.last_pid: int | None = None
        """The process id that ran the last extraction (tests compare it with ours)."""

    @property
    def in_flight(self) -> int:
        """Extractions under way (submitted and not answered yet)."""
        return self._in_flight

    def _pool_locked(self) -> ProcessPoolExecutor:
        """The pool (the caller holds the lock); a new one starts its process and warms
        it up at once."""
        if self._closed:
            raise RuntimeError("the reader is closing")
        if self._pool is None:
            import multiprocessing

            if self._before_start is not None:
                self._before_start()
            pool = ProcessPoolExecutor(
                max_workers=1,
                mp_context=multiprocessing.get_context("forkserver"),
                initializer=_init_process,
                initargs=(os.getpid(),),
            )
            pool.submit(_extract, WARM_PAGE, {"content-type": "text/html"}, WARM_URL)
            self._pool = pool
        return self._pool

    def start(self) -> None:
        """Start the process (when not running) so that it imports the extractor, e.g.
        while the page downloads. Never raises."""
        with self._lock, contextlib.suppress(RuntimeError, BrokenExecutor, OSError):
            self._pool_locked()

    def _acquire(self) -> ProcessPoolExecutor:
        with self._lock:
            pool = self._pool_locked()
            self._in_flight += 1  # the idle stop leaves this pool alone from now on
            if self._idle_timer is not None:
                self._idle_timer.cancel()
                self._idle_timer = None
            return pool

    def _release(self, pool: ProcessPoolExecutor) -> None:
        with self._lock:
            self._in_flight -= 1
            if self._in_flight or self._closed or self._pool is not pool:
                return
            timer = threading.Timer(self.idle_stop, self._stop_if_idle, (pool,))
            timer.daemon = True
            self._idle_timer = timer
            timer.start()

    def _stop_if_idle(self, pool: ProcessPoolExecutor) -> None:
        with self._lock:
            if self._pool is not pool or self._in_flight:
                return
            self._pool = None
        _stop(pool)

    def extract(self, body: bytes, headers: dict[str, str], url: str) -> Document | str:
        """The page's Document, or a one-line reason why there is none."""
        future: Future[_Answer] | None = None
        for _attempt in (1, 2):  # once more with a new process if the old one died idle
            try:
                pool = self._acquire()
            except (RuntimeError, OSError) as exc:  # closed, or no process to be had
                return str(exc) or type(exc).__name__
            try:
                future = pool.submit(_extract, body, headers, url)
            except BrokenExecutor:
                self._discard(pool)
                self._release(pool)
                continue
            except RuntimeError:  # shut down under us: the app is quitting
                self._release(pool)
                return "the reader is closing"
            break
        if future is None:
            return "the extraction process could not start"
        try:
            pid, outcome = future.result(timeout=self.timeout)
        except TimeoutError:
            self._discard(pool)
            return f"extraction took longer than {self.timeout:g} s; stopped"
        except CancelledError:
            return "extraction cancelled"
        except BrokenExecutor:
            self._discard(pool)
            return "the extraction process stopped"
        finally:
            self._release(pool)
        self.last_pid = pid
        return outcome

    def worker_pids(self) -> list[int]:
        """The ids of the running worker processes (none before the first use)."""
        with self._lock:
            pool = self._pool
        if pool is None:
            return []
        return list((pool._processes or {}).keys())

    def _discard(self, pool: ProcessPoolExecutor) -> None:
        with self._lock:
            if self._pool is pool:
                self._pool = None
        _stop(pool)

    def close(self) -> None:
        """Stop the process now, even in the middle of a page (its caller gets an error
        string at once), and refuse new work."""
        with self._lock:
            self._closed = True
            pool, self._pool = self._pool, None
            if self._idle_timer is not None:
                self._idle_timer.cancel()
                self._idle_timer = None
        if pool is not None:
            _stop(pool)


def _stop(pool: ProcessPoolExecutor) -> None:
    """Shut a pool down without waiting: its processes are terminated, so a long
    extraction neither delays the app's exit nor the interpreter's (which joins the
    pool's manager thread); the pending futures fail with BrokenProcessPool."""
    # ProcessPoolExecutor has no public way to stop a busy worker before Python 3.14
    # (terminate_workers); its process table is documented in typeshed.
    processes = list((pool._processes or {}).values())
    pool.shutdown(wait=False, cancel_futures=True)
    for process in processes:
        if process.is_alive():
            process.terminate()


def _init_process(main_pid: int) -> None:
    """In the worker: ignore Ctrl-C and exit when the reader is gone (as the refresh's
    pool workers do), and run at a lower priority than the UI."""
    from ekreader.core.pool import init_worker

    init_worker(main_pid)
    with contextlib.suppress(OSError):
        os.nice(NICENESS)


def _extract(body: bytes, headers: dict[str, str], url: str) -> _Answer:
    """Runs in the worker: the extraction, and which process ran it."""
    from ekreader.core.page import extract

    return os.getpid(), extract(body, headers, url)


__all__ = ["EXTRACT_TIMEOUT", "PageExtractor"]
