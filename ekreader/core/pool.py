"""Worker processes for the heavy steps (parsing feeds, extracting pages): the process
pool, how a worker starts (Ctrl-C ignored, gone with its parent) and the one cache
connection each worker keeps from job to job."""

from __future__ import annotations

import contextlib
import os
import time
from collections.abc import Iterator
from concurrent.futures import Executor, ProcessPoolExecutor, ThreadPoolExecutor
from pathlib import Path

from ekreader.core.store import Store

WORKER_AUTOCHECKPOINT_PAGES = 16_000
"""About 64 MB of WAL between checkpoints during a refresh (SQLite's default: 4 MB)."""

_WORKER_STORES: dict[Path, Store] = {}
"""In a pool process: its one connection per cache, reused from job to job. Module state
on purpose: a worker process runs one job after another and opening the cache (and
registering its functions) for each would cost more than many a job; the process is
the connection's owner and it goes with the process."""


@contextlib.contextmanager
def worker_store(db_path: Path, cache: bool) -> Iterator[Store]:
    """The cache for one job of a worker: the worker's kept connection when `cache` (in
    pool processes), else one opened and closed for the job (in threads)."""
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


def process_pool(workers: int | None) -> Executor:
    """A pool of worker processes on the machine's cores (at most 4), started through
    the forkserver; a thread when there is one core."""
    import multiprocessing

    count = workers or min(4, os.cpu_count() or 1)
    if count <= 1:
        return ThreadPoolExecutor(max_workers=1)
    return ProcessPoolExecutor(
        max_workers=count,
        mp_context=multiprocessing.get_context("forkserver"),
        initializer=init_worker,
        initargs=(os.getpid(),),
    )


def init_worker(main_pid: int) -> None:
    """In pool workers: ignore Ctrl-C (it reaches the whole process group, but only the
    main process handles it; the workers would each print a KeyboardInterrupt traceback),
    and exit when the main process is gone. A worker holds both ends of its task queue,
    so after a SIGKILL of `ekreader fetch` it would wait for work forever, and keep the
    forkserver and the resource tracker alive with it."""
    import multiprocessing
    import signal
    import threading

    signal.signal(signal.SIGINT, signal.SIG_IGN)
    parent = multiprocessing.parent_process()

    def watch() -> None:
        if parent is not None:
            parent.join()  # returns when the main process is gone (its sentinel closes)
        else:  # pragma: no cover - not started by multiprocessing
            while _alive(main_pid):
                time.sleep(0.5)
        os._exit(0)

    threading.Thread(target=watch, name="ekreader-orphan-watch", daemon=True).start()


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except OSError:  # alive, but not ours to signal
        return True
    return True
