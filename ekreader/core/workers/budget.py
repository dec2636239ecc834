"""What one job in a worker process may use: the `Budget`, the errors of a job over it,
and the limits a worker sets on itself for each job (RLIMIT_CPU, RLIMIT_DATA).

The defaults come from bench/heavy_pages.py: the costliest of 1 120 real article pages
took 0.63 CPU-s and 50 MB of growth; the generated heavy pages 1.2 to 86 CPU-s and 150 to
530 MB (bench/RESULTS.md)."""

from __future__ import annotations

import contextlib
import math
import os
from collections.abc import Callable
from dataclasses import dataclass

PAGE_CPU_SECONDS = 5.0
"""Default time budget of one page: 8x the costliest of 1 120 real pages (0.63 CPU-s;
99 % take under 0.32 s), room for a machine 4x slower; the heavy test pages take 1.2 to
86 s."""
PAGE_MEMORY_MB = 128
"""Default memory budget of one page: the most a worker may hold while extracting it. A
worker holds ~45 MB with the extractor loaded, so ~83 MB of growth: 1.7x the most a real
page took (50 MB; 99 % under 42 MB); the heavy test pages grow by 150 to 530 MB. Two
workers at their budget, the refresh's own process (~35 MB, and pages waiting for a
worker) and the forkserver stay under 400 MB (bench/heavy_feed.py)."""
WALL_SECONDS = 120.0
"""Seconds a worker may take to answer, CPU or not, before it is stopped."""

MB = 1024 * 1024
PAGE_SIZE = os.sysconf("SC_PAGE_SIZE") if hasattr(os, "sysconf") else 4096


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


STOPPED = "the workers were stopped"
"""WorkerLost's message for a job whose pool was terminated under it."""


def limit(cpu: float | None, memory_mb: int | None) -> Callable[[], None]:
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
    if memory_mb is not None and (held := data_bytes()) is not None:
        # A backstop only: the pool stops a worker whose memory passes the budget (it
        # watches); this refuses a burst too fast to be seen, at twice the budget.
        lower(resource.RLIMIT_DATA, held + 2 * memory_mb * MB)

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
            return int(statm.read().split()[1]) * PAGE_SIZE
    except (OSError, ValueError, IndexError):
        return None


def data_bytes() -> int | None:
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


__all__ = [
    "NO_BUDGET",
    "PAGE_CPU_SECONDS",
    "PAGE_MEMORY_MB",
    "STOPPED",
    "Budget",
    "OverBudget",
    "WorkerLost",
    "data_bytes",
    "limit",
    "rss_bytes",
]
