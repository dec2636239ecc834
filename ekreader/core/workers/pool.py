"""WorkerPool: up to N worker processes, each job under a budget (core/workers/budget.py).

The pool sends a job (a function and its arguments, pickled) to a worker, waits for its
answer, and meanwhile enforces what the worker cannot: its resident memory (read from
/proc every POLL_SECONDS; past the budget the worker is killed) and the wall clock. The
worker limits its own CPU time per job (the kernel stops it with SIGXCPU, even inside a
C call). A job over budget raises OverBudget with the reason; its worker is replaced on
the next job, and the others go on. Workers start on first use (forkserver), stop after
`idle_stop` seconds without work, and retire when they keep memory after a job.
"""

from __future__ import annotations

import contextlib
import os
import signal
import threading
import time
from collections import deque
from collections.abc import Callable
from concurrent.futures import Executor, Future
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, ParamSpec, TypeVar

from ekreader.core.workers.budget import (
    MB,
    STOPPED,
    Budget,
    OverBudget,
    WorkerLost,
    rss_bytes,
)
from ekreader.core.workers.process import serve

if TYPE_CHECKING:
    from multiprocessing.connection import Connection
    from multiprocessing.context import BaseContext
    from multiprocessing.process import BaseProcess

P = ParamSpec("P")
T = TypeVar("T")

POLL_SECONDS = 0.05
"""How often the pool looks at a busy worker's memory (it grows ~100 MB/s at most on the
heavy test pages: a few MB past the budget before it is stopped)."""
IDLE_STOP = 60.0
"""Seconds without work after which a pool's worker processes stop."""
RECYCLE_MB = 64
"""A worker that holds this much more memory after a job than when it started retires."""


@dataclass(slots=True)
class _Job:
    future: Future[Any]
    fn: Callable[..., Any]
    args: tuple[Any, ...]
    kwargs: dict[str, Any]
    budget: Budget


class WorkerPool(Executor):
    """Up to `workers` processes running submitted functions, each call under a budget.

    `submit` (and so `loop.run_in_executor`) uses the pool's `budget`; `submit_budgeted`
    another. The function and its arguments are pickled to the worker and its result
    back. A job over budget fails with OverBudget; a worker that dies fails its job with
    WorkerLost; both are replaced for the next job. Thread-safe.
    """

    def __init__(
        self,
        workers: int = 1,
        *,
        budget: Budget | None = None,
        idle_stop: float | None = IDLE_STOP,
        niceness: int = 0,
        recycle_mb: int | None = RECYCLE_MB,
        before_start: Callable[[], None] | None = None,
        context: BaseContext | None = None,
    ) -> None:
        if workers < 1:
            raise ValueError("a pool needs at least one worker")
        self.budget = budget or Budget()
        """The budget of `submit`'s jobs (default: a page's, see budget.py)."""
        self.idle_stop = idle_stop
        """Seconds without work after which a worker stops (None: never)."""
        self.niceness = niceness
        """Added to the workers' nice value (they yield the CPU to the caller)."""
        self.recycle_mb = recycle_mb
        self._before_start = before_start
        self._context = context
        self._lock = threading.Lock()
        self._work = threading.Condition(self._lock)
        self._queue: deque[_Job] = deque()
        self._closed = False
        self._terminated = False
        self._in_flight = 0
        self._slots = [_Slot(self, n) for n in range(workers)]
        self._threads: list[threading.Thread] = []
        self.replaced = 0
        """Workers stopped for a budget or lost (each is replaced on the next job)."""
        self.started = 0
        """Worker processes started so far."""

    # -- the Executor interface ----------------------------------------------------------

    def submit(self, fn: Callable[P, T], /, *args: P.args, **kwargs: P.kwargs) -> Future[T]:
        """Run fn(*args, **kwargs) in a worker under the pool's budget."""
        return self.submit_budgeted(self.budget, fn, *args, **kwargs)

    def submit_budgeted(
        self, budget: Budget, fn: Callable[P, T], /, *args: P.args, **kwargs: P.kwargs
    ) -> Future[T]:
        """Run fn(*args, **kwargs) in a worker under `budget`."""
        future: Future[T] = Future()
        with self._lock:
            if self._closed:
                raise RuntimeError("cannot schedule new work after shutdown")
            self._queue.append(_Job(future, fn, args, dict(kwargs), budget))
            self._in_flight += 1
            self._ensure_threads()
            self._work.notify()
        future.add_done_callback(self._job_done)
        return future

    def _job_done(self, _future: Future[Any]) -> None:
        with self._lock:
            self._in_flight -= 1

    def shutdown(self, wait: bool = True, *, cancel_futures: bool = False) -> None:
        """No new work; with `cancel_futures` the queued jobs are cancelled; the workers
        finish their jobs and stop (waited for with `wait`)."""
        with self._lock:
            self._closed = True
            dropped = list(self._queue) if cancel_futures else []
            if cancel_futures:
                self._queue.clear()
            self._work.notify_all()
            threads = list(self._threads)
        for job in dropped:  # outside the lock: the futures' callbacks take it
            job.future.cancel()
        if wait:
            for thread in threads:
                thread.join()

    def terminate(self) -> None:
        """Stop at once: queued jobs are cancelled, running ones fail with WorkerLost,
        the worker processes are killed."""
        with self._lock:
            self._terminated = True
        self.shutdown(wait=False, cancel_futures=True)
        for slot in self._slots:
            slot.kill()

    # -- state -----------------------------------------------------------------------------

    @property
    def in_flight(self) -> int:
        """Jobs submitted and not answered yet."""
        return self._in_flight

    @property
    def closed(self) -> bool:
        """Whether the pool was shut down (it takes no new work)."""
        return self._closed

    def worker_pids(self) -> list[int]:
        """The process ids of the running workers."""
        return [pid for slot in self._slots if (pid := slot.pid) is not None]

    def start(self) -> None:
        """Start one worker process now, if none runs (e.g. while the first page
        downloads); the process imports a job's modules with its first job."""
        with self._lock:
            if self._closed:
                return
            self._ensure_threads()
        self._slots[0].ensure_process()

    # -- inside --------------------------------------------------------------------------

    def _ensure_threads(self) -> None:
        """Start the slot threads (the caller holds the lock)."""
        if self._threads:
            return
        for slot in self._slots:
            thread = threading.Thread(
                target=slot.loop, name=f"ekreader-worker-{slot.number}", daemon=True
            )
            self._threads.append(thread)
            thread.start()

    def _next(self, idle: Callable[[], None]) -> _Job | None:
        """The next job, or None once the pool is shut down; calls `idle` (without the
        lock) after idle_stop seconds without one."""
        stopped_idle = False
        with self._lock:
            while True:
                if self._queue:
                    return self._queue.popleft()
                if self._closed:
                    return None
                timeout = None if stopped_idle else self.idle_stop
                if not self._work.wait(timeout) and not self._queue and not self._closed:
                    self._lock.release()
                    try:
                        idle()
                    finally:
                        self._lock.acquire()
                    stopped_idle = True

    def _context_or_default(self) -> BaseContext:
        if self._context is None:
            import multiprocessing

            self._context = multiprocessing.get_context("forkserver")
            self._context.set_forkserver_preload([PRELOAD])
        return self._context


PRELOAD = "ekreader.core.workers.forkserver"
"""The fork server's first import: Ctrl-C ignored from the start (see that module)."""


class _Slot:
    """One worker of a pool: the thread that feeds it jobs, and its process (if any)."""

    def __init__(self, pool: WorkerPool, number: int) -> None:
        self.pool = pool
        self.number = number
        self._lock = threading.Lock()
        self._process: BaseProcess | None = None
        self._conn: Connection | None = None

    @property
    def pid(self) -> int | None:
        process = self._process
        return process.pid if process is not None and process.is_alive() else None

    def loop(self) -> None:
        """The slot's thread: take jobs until the pool shuts down, then stop."""
        try:
            while (job := self.pool._next(self.stop)) is not None:
                if not job.future.set_running_or_notify_cancel():
                    continue
                try:
                    result = self.run(job)
                except BaseException as exc:  # noqa: BLE001 - it goes to the caller
                    job.future.set_exception(exc)
                else:
                    job.future.set_result(result)
        finally:
            self.stop()

    def ensure_process(self) -> tuple[BaseProcess, Connection]:
        """The running worker process and its end of the pipe, started if needed."""
        with self._lock:
            if self._process is not None and self._conn is not None:
                return self._process, self._conn
            if self.pool._terminated:
                raise WorkerLost(STOPPED)
            if self.pool._before_start is not None:
                self.pool._before_start()
            context = self.pool._context_or_default()
            ours, theirs = context.Pipe(duplex=True)
            process = context.Process(  # type: ignore[attr-defined]
                target=serve,
                args=(theirs, os.getpid(), self.pool.niceness, self.pool.recycle_mb),
                name=f"ekreader-worker-{self.number}",
                daemon=True,
            )
            process.start()
            theirs.close()
            self._process, self._conn = process, ours
            self.pool.started += 1
            return process, ours

    def run(self, job: _Job) -> Any:
        """Send the job to the process, wait for its answer within the budget."""
        from multiprocessing.connection import wait

        process, conn = self.ensure_process()
        budget = job.budget
        message = (job.fn, job.args, job.kwargs, budget.cpu_seconds, budget.memory_mb)
        try:
            conn.send(message)
        except OSError:  # the process is gone: a new one, once
            self._discard(process)
            process, conn = self.ensure_process()
            conn.send(message)
        # The clock starts when the worker has the job (a new worker first starts up and
        # imports what the job needs, e.g. the extractor: not the job's time).
        deadline: float | None = None
        started = False
        limit = None if budget.memory_mb is None else budget.memory_mb * MB
        watch = limit is not None and process.pid is not None and rss_bytes(process.pid) is not None
        while True:
            timeout = None if deadline is None else max(0.0, deadline - time.monotonic())
            if watch:
                timeout = POLL_SECONDS if timeout is None else min(timeout, POLL_SECONDS)
            ready = wait([conn, process.sentinel], timeout)
            if conn in ready:
                try:
                    kind, value, retire = conn.recv()
                except (EOFError, OSError):
                    raise self._lost(process, budget) from None
                if kind == "started":
                    started = True
                    if budget.wall_seconds is not None:
                        deadline = time.monotonic() + budget.wall_seconds
                    continue
                if retire:
                    self._discard(process, graceful=True)
                if kind == "ok":
                    return value
                if kind == "memory":
                    self.pool.replaced += 1
                    raise OverBudget(budget.memory_reason())
                raise value
            if process.sentinel in ready:
                raise self._lost(process, budget)
            if started and watch and limit is not None and process.pid is not None:
                held = rss_bytes(process.pid)
                if held is not None and held > limit:
                    self._discard(process)
                    self.pool.replaced += 1
                    raise OverBudget(budget.memory_reason())
            if deadline is not None and time.monotonic() >= deadline:
                self._discard(process)
                self.pool.replaced += 1
                raise OverBudget(budget.wall_reason())

    def _lost(self, process: BaseProcess, budget: Budget) -> Exception:
        """The error for a worker that died in a job (it is discarded)."""
        process.join(1.0)
        code = process.exitcode
        self._discard(process)
        self.pool.replaced += 1
        if self.pool._terminated:
            return WorkerLost(STOPPED)
        if code == -signal.SIGXCPU and budget.cpu_seconds is not None:
            return OverBudget(budget.time_reason())
        if code is not None and code < 0:
            try:
                name = signal.Signals(-code).name
            except ValueError:
                name = f"signal {-code}"
            return WorkerLost(f"the worker process stopped ({name})")
        return WorkerLost(f"the worker process stopped (exit status {code})")

    def _discard(self, process: BaseProcess, *, graceful: bool = False) -> None:
        """Forget the process and make sure it ends."""
        with self._lock:
            if self._process is process:
                self._process = None
                if self._conn is not None:
                    self._conn.close()
                self._conn = None
        _end(process, graceful)

    def stop(self) -> None:
        """Stop the idle process (it finishes nothing: it has no job)."""
        with self._lock:
            process, conn = self._process, self._conn
            self._process = self._conn = None
        if process is None:
            return
        if conn is not None:
            with contextlib.suppress(OSError, ValueError):
                conn.send(None)
            conn.close()
        _end(process, graceful=True)

    def kill(self) -> None:
        """Kill the process now, busy or not (its job's caller gets WorkerLost)."""
        with self._lock:
            process = self._process
        if process is not None and process.is_alive():
            with contextlib.suppress(OSError):
                process.kill()


def _end(process: BaseProcess, graceful: bool) -> None:
    """Wait a moment for a process told to stop, then kill it."""
    if graceful:
        process.join(2.0)
    if process.is_alive():
        with contextlib.suppress(OSError):
            process.kill()
        process.join(5.0)
    # Not process.close(): at the interpreter's exit multiprocessing joins its children
    # from another thread, and a process closed meanwhile fails that join (a traceback
    # after Ctrl-C). Its descriptors close with the object.


__all__ = ["IDLE_STOP", "POLL_SECONDS", "WorkerPool"]
