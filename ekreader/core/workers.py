"""Work in processes of their own, each job under a budget of CPU time and memory.

A page of one giant table or of every word in its own <span> costs the extractor tens of
CPU-seconds and half a gigabyte (bench/heavy_pages.py); the worst of ~1 100 real article
pages costs 0.63 s and 50 MB. So a page's extraction runs in a worker process of a
`WorkerPool`, under a `Budget`:

- time: the worker's RLIMIT_CPU is set, for each job, to the CPU time it has used plus
  the budget; past it the kernel stops the worker (SIGXCPU), wherever it is (inside lxml
  too, which a Python-level timer could not interrupt);
- memory: its RLIMIT_DATA (Linux: heap and private anonymous mappings) is set to what it
  holds plus the budget, so an allocation beyond fails (MemoryError) and the worker,
  whose heap is then in doubt, answers and retires;
- waiting: the pool stops a worker that has not answered after `wall_seconds` (a job
  blocked without using CPU).

A job over budget raises `OverBudget` in its caller, with the reason as its message
("over the time budget (5 CPU-s)"); the worker is replaced by a new one on the next job,
and the other jobs go on. Workers start on first use (through the forkserver), stop
after `idle_stop` seconds without work, and run at a lower priority when asked. A worker
whose memory stayed high after a job (`recycle_mb`) retires, so nothing keeps hundreds
of MB at rest.

No Textual here: the refresh and the reader's `F` share this through core/page.py.
"""

from __future__ import annotations

import contextlib
import math
import os
import signal
import threading
import time
from collections import deque
from collections.abc import Callable
from concurrent.futures import CancelledError, Executor, Future
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, ParamSpec, TypeVar

if TYPE_CHECKING:
    from multiprocessing.connection import Connection
    from multiprocessing.context import BaseContext
    from multiprocessing.process import BaseProcess

P = ParamSpec("P")
T = TypeVar("T")

PAGE_CPU_SECONDS = 5.0
"""Default time budget of one page: 8x the costliest of 1 120 real pages (0.63 CPU-s;
99 % take under 0.32 s), while the heavy test pages take 5 to 86 s."""
PAGE_MEMORY_MB = 160
"""Default memory budget of one page (growth over the worker's size when it started the
job): 3x the most a real page took (50 MB; 99 % under 42 MB); the heavy test pages take
150 to 530 MB."""
POLL_SECONDS = 0.05
"""How often the pool looks at a busy worker's memory (it grows ~100 MB/s at most on the
heavy test pages: a few MB past the budget before it is stopped)."""
WALL_SECONDS = 120.0
"""Seconds a worker may take to answer, CPU or not, before it is stopped."""
IDLE_STOP = 60.0
"""Seconds without work after which a pool's worker processes stop."""
RECYCLE_MB = 64
"""A worker that holds this much more memory after a job than when it started retires."""

_MB = 1024 * 1024
_PAGE = os.sysconf("SC_PAGE_SIZE") if hasattr(os, "sysconf") else 4096


@dataclass(frozen=True, slots=True)
class Budget:
    """What one job may use; None: no limit of that kind."""

    cpu_seconds: float | None = PAGE_CPU_SECONDS
    """CPU time (user + system) of the worker during the job."""
    memory_mb: int | None = PAGE_MEMORY_MB
    """Memory (resident, in MB) the worker may hold during the job, its own included."""
    wall_seconds: float | None = WALL_SECONDS
    """Seconds until the answer, whatever the worker does."""

    def time_reason(self) -> str:
        """Why a job that ran out of CPU time was stopped."""
        return f"over the time budget ({self.cpu_seconds:g} CPU-s)"

    def memory_reason(self) -> str:
        """Why a job that ran out of memory was stopped."""
        return f"over the memory budget ({self.memory_mb} MB)"

    def wall_reason(self) -> str:
        """Why a job that took too long was stopped."""
        return f"took longer than {self.wall_seconds:g} s; stopped"


NO_BUDGET = Budget(None, None, None)
"""A job without limits (it still runs in a worker process)."""


class OverBudget(Exception):
    """A job went over its budget; the message says which one ("over the time budget
    (5 CPU-s)"). Its worker was stopped and is replaced."""


class WorkerLost(Exception):
    """The worker process stopped before it answered (killed from outside, crashed, or
    the pool was terminated); the message says how."""


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
        budget: Budget = Budget(),
        idle_stop: float | None = IDLE_STOP,
        niceness: int = 0,
        recycle_mb: int | None = RECYCLE_MB,
        before_start: Callable[[], None] | None = None,
        context: BaseContext | None = None,
    ) -> None:
        if workers < 1:
            raise ValueError("a pool needs at least one worker")
        self.budget = budget
        """The budget of `submit`'s jobs."""
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
        return self._context


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
                raise WorkerLost("the workers were stopped")
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
        limit = None if budget.memory_mb is None else budget.memory_mb * _MB
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
            return WorkerLost("the workers were stopped")
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
    with contextlib.suppress(ValueError):
        process.close()


# -- in the worker process -----------------------------------------------------------------


def serve(conn: Connection, parent_pid: int, niceness: int, recycle_mb: int | None) -> None:
    """A worker's life: take (fn, args, kwargs, cpu, memory) jobs from `conn`, run each
    under its limits, answer ("ok", result | "error", exception | "memory", None, retire)."""
    _guard(parent_pid, niceness)
    start = _data_bytes()
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
        restore = _limit(cpu, memory)
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
            now = _data_bytes()
            retire = retire or (now is not None and now - start > recycle_mb * _MB)
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


def _limit(cpu: float | None, memory_mb: int | None) -> Callable[[], None]:
    """Set this process's limits for one job; returns what puts them back."""
    import resource

    saved: list[tuple[int, tuple[int, int]]] = []

    def lower(kind: int, soft: int) -> None:
        old = resource.getrlimit(kind)
        hard = old[1]
        if hard != resource.RLIM_INFINITY:
            soft = min(soft, hard)
        try:
            resource.setrlimit(kind, (soft, hard))
        except (ValueError, OSError):
            return
        saved.append((kind, old))

    if cpu is not None:
        usage = resource.getrusage(resource.RUSAGE_SELF)
        lower(resource.RLIMIT_CPU, math.ceil(usage.ru_utime + usage.ru_stime + cpu))
    if memory_mb is not None and (held := _data_bytes()) is not None:
        # A backstop only: the pool stops a worker whose memory passes the budget (it
        # watches); this refuses a burst too fast to be seen, at twice the budget.
        lower(resource.RLIMIT_DATA, held + 2 * memory_mb * _MB)

    def restore() -> None:
        while saved:
            kind, old = saved.pop()
            with contextlib.suppress(ValueError, OSError):
                resource.setrlimit(kind, old)

    return restore


def rss_bytes(pid: int) -> int | None:
    """The resident memory of a process (/proc/PID/statm), or None where /proc does not
    tell (not Linux) or the process is gone."""
    try:
        with open(f"/proc/{pid}/statm", "rb") as statm:
            return int(statm.read().split()[1]) * _PAGE
    except (OSError, ValueError, IndexError):
        return None


def _data_bytes() -> int | None:
    """The process's data size (VmData: heap and private writable mappings, what
    RLIMIT_DATA limits), or None where /proc does not tell."""
    try:
        with open("/proc/self/status", "rb") as status:
            for line in status:
                if line.startswith(b"VmData:"):
                    return int(line.split()[1]) * 1024
    except (OSError, ValueError, IndexError):
        return None
    return None


def cancelled(exc: BaseException) -> bool:
    """Whether a job's exception means it never ran or was stopped with the pool."""
    return isinstance(exc, CancelledError) or (
        isinstance(exc, WorkerLost) and str(exc) == "the workers were stopped"
    )


__all__ = [
    "IDLE_STOP",
    "NO_BUDGET",
    "PAGE_CPU_SECONDS",
    "PAGE_MEMORY_MB",
    "Budget",
    "OverBudget",
    "WorkerLost",
    "WorkerPool",
]
