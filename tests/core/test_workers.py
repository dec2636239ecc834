"""WorkerPool (core/workers/) with real worker processes: budgets of CPU time, memory
and waiting; a worker over budget is replaced and the next job goes on."""

from __future__ import annotations

import os
import re
import signal
import time
from concurrent.futures import CancelledError, Future
from typing import Any

import pytest

from ekreader.core.page import extract as extract_job
from ekreader.core.workers import (
    NO_BUDGET,
    Budget,
    OverBudget,
    WorkerLost,
    WorkerPool,
    rss_bytes,
)
from ekreader.models import Document
from tests.data.pages.heavy import NORMAL_MARK, page_bytes

HTML = {"content-type": "text/html; charset=utf-8"}
URL = "http://127.0.0.1/page.html"

_HOARD: list[bytearray] = []


# -- jobs (module level: they are pickled to the workers by name) ---------------------------


def whoami() -> int:
    return os.getpid()


def spin_python(seconds: float) -> int:
    """Burn CPU in Python code."""
    end = time.process_time() + seconds
    n = 0
    while time.process_time() < end:
        n += 1
    return n


def spin_in_c() -> object:
    """Burn CPU inside one C call that never returns to Python (catastrophic regex
    backtracking): no Python-level timer could stop it."""
    return re.fullmatch(r"(a+)+b", "a" * 64)


def grow(step_mb: int, total_mb: int) -> int:
    """Allocate (and touch) memory step by step, slowly enough to be watched."""
    held = []
    for _ in range(total_mb // step_mb):
        held.append(bytearray(step_mb * 1024 * 1024))
        time.sleep(0.005)
    return len(held)


def burst(mb: int) -> int:
    """One allocation of `mb` at once (too fast to be watched)."""
    return len(bytearray(mb * 1024 * 1024))


def reserve(mb: int) -> int:
    """Map `mb` of private memory without touching it (resident: nothing)."""
    import mmap

    with mmap.mmap(-1, mb * 1024 * 1024, flags=mmap.MAP_PRIVATE | mmap.MAP_ANONYMOUS) as m:
        return len(m)


def hoard(mb: int) -> int:
    """Keep `mb` allocated after the job (in a module global of the worker)."""
    _HOARD.append(bytearray(mb * 1024 * 1024))
    return os.getpid()


def nap(seconds: float) -> int:
    time.sleep(seconds)
    return os.getpid()


def fail() -> None:
    raise ValueError("a job's own error")


def unpicklable_answer() -> Any:
    return lambda: None


# -- fixtures -------------------------------------------------------------------------------


@pytest.fixture
def pool() -> Any:
    pools: list[WorkerPool] = []

    def make(workers: int = 1, **kwargs: Any) -> WorkerPool:
        made = WorkerPool(workers, **kwargs)
        pools.append(made)
        return made

    yield make
    for made in pools:
        made.terminate()


def _wait_until(check: Any, timeout: float = 10.0) -> None:
    deadline = time.monotonic() + timeout
    while not check():
        assert time.monotonic() < deadline, "timed out"
        time.sleep(0.02)


# -- tests ----------------------------------------------------------------------------------


def test_runs_jobs_in_a_worker_process_and_reuses_it(pool: Any) -> None:
    workers = pool(1, budget=Budget(cpu_seconds=5))
    first = workers.submit(whoami).result(timeout=30)
    assert first != os.getpid()
    assert workers.submit(whoami).result(timeout=30) == first
    assert workers.worker_pids() == [first]
    assert workers.started == 1
    assert workers.replaced == 0


def test_a_jobs_exception_reaches_the_caller_and_the_worker_stays(pool: Any) -> None:
    workers = pool(1)
    pid = workers.submit(whoami).result(timeout=30)
    with pytest.raises(ValueError, match="a job's own error"):
        workers.submit(fail).result(timeout=30)
    with pytest.raises(RuntimeError, match="could not be sent back"):
        workers.submit(unpicklable_answer).result(timeout=30)
    assert workers.submit(whoami).result(timeout=30) == pid


def test_over_the_time_budget_in_python_code(pool: Any) -> None:
    workers = pool(1, budget=Budget(cpu_seconds=1, memory_mb=None))
    pid = workers.submit(whoami).result(timeout=30)
    with pytest.raises(OverBudget, match=re.escape("over the time budget (1 CPU-s)")):
        workers.submit(spin_python, 30).result(timeout=60)
    assert workers.replaced == 1
    # the next job goes on, in a new worker
    assert workers.submit(whoami).result(timeout=30) not in (pid, os.getpid())


def test_over_the_time_budget_inside_one_c_call(pool: Any) -> None:
    workers = pool(1, budget=Budget(cpu_seconds=1, memory_mb=None))
    started = time.monotonic()
    with pytest.raises(OverBudget, match="over the time budget"):
        workers.submit(spin_in_c).result(timeout=60)
    assert time.monotonic() - started < 45  # the regex alone would run for ages
    assert workers.submit(spin_python, 0.1).result(timeout=30) > 0


def test_time_budget_is_per_job_not_per_worker(pool: Any) -> None:
    # Three jobs of 0.6 CPU-s each in one worker: 1.8 s in all, each under 1.5 s.
    workers = pool(1, budget=Budget(cpu_seconds=1.5, memory_mb=None))
    pids = {workers.submit(whoami).result(30)}
    for _ in range(3):
        workers.submit(spin_python, 0.6).result(timeout=60)
    assert workers.replaced == 0
    assert {workers.submit(whoami).result(30)} == pids


def test_over_the_memory_budget_growing(pool: Any) -> None:
    workers = pool(1, budget=Budget(cpu_seconds=30, memory_mb=150))
    pid = workers.submit(whoami).result(timeout=30)
    with pytest.raises(OverBudget, match=re.escape("over the memory budget (150 MB)")):
        # 250 MB: past the budget, short of the data limit (held + twice the budget), so
        # it is the pool's watch that stops it
        workers.submit(grow, 4, 250).result(timeout=60)
    assert workers.replaced == 1
    assert workers.submit(whoami).result(timeout=30) != pid


def test_over_the_memory_budget_in_one_burst(pool: Any) -> None:
    # Faster than any watch: the worker's data limit refuses it (MemoryError), the
    # worker answers and retires.
    workers = pool(1, budget=Budget(cpu_seconds=30, memory_mb=100))
    pid = workers.submit(whoami).result(timeout=30)
    with pytest.raises(OverBudget, match=re.escape("over the memory budget (100 MB)")):
        workers.submit(burst, 2000).result(timeout=60)
    assert workers.submit(whoami).result(timeout=30) != pid


def test_the_data_limit_refuses_what_the_watch_cannot_see(pool: Any) -> None:
    # Reserved but untouched memory is not resident, so only the worker's data limit
    # (held + twice the budget) stops it.
    workers = pool(1, budget=Budget(cpu_seconds=30, memory_mb=100))
    with pytest.raises(OSError, match="Cannot allocate memory"):
        workers.submit(reserve, 4000).result(timeout=60)
    assert workers.submit_budgeted(NO_BUDGET, reserve, 4000).result(timeout=60) > 0


def test_took_too_long_without_using_cpu(pool: Any) -> None:
    workers = pool(1, budget=Budget(cpu_seconds=5, memory_mb=None, wall_seconds=0.5))
    with pytest.raises(OverBudget, match=re.escape("took longer than 0.5 s; stopped")):
        workers.submit(nap, 30).result(timeout=30)
    assert workers.submit(whoami).result(timeout=30) > 0


def test_submit_budgeted_overrides_the_pools_budget(pool: Any) -> None:
    workers = pool(1, budget=Budget(cpu_seconds=0.5, memory_mb=None, wall_seconds=0.2))
    assert workers.submit_budgeted(NO_BUDGET, nap, 0.5).result(timeout=30) > 0
    with pytest.raises(OverBudget, match=re.escape("took longer than 0.2 s")):
        workers.submit(nap, 0.5).result(timeout=30)


def test_a_worker_killed_from_outside_is_lost_and_replaced(pool: Any) -> None:
    workers = pool(1, budget=Budget(cpu_seconds=30, memory_mb=None))
    pid = workers.submit(whoami).result(timeout=30)
    future = workers.submit(nap, 30)
    _wait_until(lambda: future.running())
    time.sleep(0.2)
    os.kill(pid, signal.SIGKILL)
    with pytest.raises(WorkerLost, match=r"stopped \(SIGKILL\)"):
        future.result(timeout=30)
    assert workers.submit(whoami).result(timeout=30) not in (pid, os.getpid())


def test_a_worker_holding_memory_after_a_job_retires(pool: Any) -> None:
    workers = pool(1, budget=Budget(cpu_seconds=30, memory_mb=None), recycle_mb=50)
    small = workers.submit(hoard, 10).result(timeout=30)
    assert workers.submit(whoami).result(timeout=30) == small  # 10 MB kept: stays
    big = workers.submit(hoard, 80).result(timeout=30)
    assert big == small
    assert workers.submit(whoami).result(timeout=30) != big  # 90 MB kept: retired


def test_workers_stop_when_idle_and_start_again(pool: Any) -> None:
    workers = pool(2, idle_stop=0.3)
    first = {workers.submit(nap, 0.2).result(timeout=30) for _ in range(1)}
    _wait_until(lambda: workers.worker_pids() == [], timeout=10)
    for pid in first:
        _wait_until(lambda pid=pid: rss_bytes(pid) is None, timeout=10)  # really gone
    assert workers.submit(whoami).result(timeout=30) not in first


def test_one_job_over_budget_leaves_the_others_alone(pool: Any) -> None:
    workers = pool(2, budget=Budget(cpu_seconds=1, memory_mb=None))
    heavy = workers.submit(spin_python, 30)
    light = [workers.submit(spin_python, 0.05) for _ in range(6)]
    assert all(f.result(timeout=60) > 0 for f in light)
    with pytest.raises(OverBudget):
        heavy.result(timeout=60)
    assert workers.replaced == 1


def test_terminate_stops_running_jobs_and_cancels_queued_ones(pool: Any) -> None:
    workers = pool(1, budget=NO_BUDGET)
    pid = workers.submit(whoami).result(timeout=30)
    running = workers.submit(nap, 60)
    queued: Future[int] = workers.submit(nap, 60)
    _wait_until(lambda: running.running())
    started = time.monotonic()
    workers.terminate()
    with pytest.raises(WorkerLost, match="the workers were stopped"):
        running.result(timeout=10)
    with pytest.raises(CancelledError):
        queued.result(timeout=10)
    assert time.monotonic() - started < 10
    _wait_until(lambda: rss_bytes(pid) is None)
    with pytest.raises(RuntimeError, match="after shutdown"):
        workers.submit(whoami)


def test_shutdown_waits_for_the_running_job(pool: Any) -> None:
    workers = pool(1, budget=NO_BUDGET)
    future = workers.submit(nap, 0.5)
    workers.shutdown(wait=True)
    assert future.result(timeout=0) > 0
    assert workers.worker_pids() == []


# -- real pages -----------------------------------------------------------------------------


def test_heavy_pages_over_budget_and_a_normal_page_after_them(pool: Any) -> None:
    workers = pool(1, budget=Budget(cpu_seconds=2, memory_mb=140))
    heavy = workers.submit(extract_job, page_bytes("one-paragraph"), HTML, URL)
    many = workers.submit(extract_job, page_bytes("many-tables"), HTML, URL)
    normal = workers.submit(extract_job, page_bytes("normal"), HTML, URL)
    for future in (heavy, many):
        with pytest.raises(OverBudget, match=r"over the (memory|time) budget"):
            future.result(timeout=120)
    document = normal.result(timeout=60)
    assert isinstance(document, Document)
    assert NORMAL_MARK in document.text
    assert workers.replaced == 2


def core_limit() -> tuple[int, int]:
    import resource

    return resource.getrlimit(resource.RLIMIT_CORE)


def test_a_worker_stopped_for_cpu_leaves_no_core_file(pool: Any) -> None:
    # SIGXCPU's default action dumps core: the workers allow no core file at all.
    workers = pool(1)
    assert workers.submit(core_limit).result(timeout=30) == (0, 0)
