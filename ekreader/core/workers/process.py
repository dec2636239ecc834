"""The worker process's side of a WorkerPool: its loop (a job in, its answer out, each job
under its limits), how it starts (Ctrl-C ignored, no core file, nicer, gone with its
caller, libraries' logging kept off the terminal) and the one cache connection it keeps
from job to job."""

from __future__ import annotations

import contextlib
import os
import signal
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ekreader.core.workers.budget import MB, data_bytes, limit

if TYPE_CHECKING:
    from multiprocessing.connection import Connection

    from ekreader.core.store import Store

WORKER_AUTOCHECKPOINT_PAGES = 16_000
"""About 64 MB of WAL between checkpoints during a refresh (SQLite's default: 4 MB)."""

_WORKER_STORES: dict[Path, Store] = {}
"""In a worker process: its one connection per cache, reused from job to job. Module state
on purpose: a worker runs one job after another and opening the cache (and registering
its functions) for each would cost more than many a job; the process is the
connection's owner and it goes with the process."""


@contextlib.contextmanager
def worker_store(db_path: Path, cache: bool) -> Iterator[Store]:
    """The cache for one job of a worker: the worker's kept connection when `cache` (in
    worker processes), else one opened and closed for the job (in threads)."""
    from ekreader.core.store import Store

    if not cache:
        with Store.open(db_path) as store:
            yield store
        return
    cached = _WORKER_STORES.get(db_path)
    if cached is None:
        cached = _WORKER_STORES[db_path] = Store.open(db_path)
        # Checkpoint rarely while a refresh writes; the refresh checkpoints at its end.
        cached.set_autocheckpoint(WORKER_AUTOCHECKPOINT_PAGES)
    yield cached


def serve(conn: Connection, parent_pid: int, niceness: int, recycle_mb: int | None) -> None:
    """A worker's life: take (fn, args, kwargs, cpu, memory) jobs from `conn`, run each
    under its limits, answer ("ok", result | "error", exception | "memory", None, retire)."""
    _guard(parent_pid, niceness)
    start = data_bytes()
    import pickle

    while True:
        try:
            data = conn.recv_bytes()
        except (EOFError, OSError):
            return
        try:
            message = pickle.loads(data)  # noqa: S301 - from our own caller, through a pipe
        except Exception as exc:  # noqa: BLE001 - e.g. the job's module fails to import
            conn.send(("error", RuntimeError(f"the job could not be read: {exc!r}"), True))
            return
        if message is None:
            return
        fn, args, kwargs, cpu, memory = message
        conn.send(("started", None, False))
        retire = False
        restore = limit(cpu, memory)
        try:
            answer: tuple[str, Any] = ("ok", fn(*args, **kwargs))
        except MemoryError:
            restore()
            answer, retire = ("memory", None), True
        except BaseException as exc:  # noqa: BLE001 - it goes back to the caller
            answer = ("error", exc)
        finally:
            restore()
        if recycle_mb is not None and start is not None:
            now = data_bytes()
            retire = retire or (now is not None and now - start > recycle_mb * MB)
        try:
            conn.send((*answer, retire))
        except Exception as exc:  # noqa: BLE001 - an answer that does not pickle
            problem = RuntimeError(f"the answer could not be sent back: {type(exc).__name__}")
            conn.send(("error", problem, retire))
        if retire:
            return


def _guard(parent_pid: int, niceness: int) -> None:
    """Ignore Ctrl-C (it reaches the whole process group; the caller handles it), leave
    no core file when stopped for CPU time, run nicer, and exit when the caller is gone
    (a worker would otherwise wait for work forever after its caller was killed)."""
    import logging
    import multiprocessing
    import resource

    signal.signal(signal.SIGINT, signal.SIG_IGN)
    # Libraries log their failures on hostile pages (readability prints tracebacks):
    # never onto the caller's terminal, which may be the reader's screen.
    logging.getLogger().addHandler(logging.NullHandler())
    with contextlib.suppress(ValueError, OSError):
        resource.setrlimit(resource.RLIMIT_CORE, (0, 0))
    if niceness:
        with contextlib.suppress(OSError):
            os.nice(niceness)
    parent = multiprocessing.parent_process()

    def watch() -> None:
        if parent is not None:
            parent.join()
        else:  # pragma: no cover - not started by multiprocessing
            while _alive(parent_pid):
                time.sleep(0.5)
        os._exit(0)

    threading.Thread(target=watch, name="ekreader-orphan-watch", daemon=True).start()


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except OSError:
        return True
    return True
