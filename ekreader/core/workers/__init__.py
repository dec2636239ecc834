"""Work in processes of their own, each job under a budget of CPU time and memory: the
heavy steps of a refresh (parsing feeds, extracting pages) and the reader's `F`.

A page of one giant table, or with every word in its own <span>, costs the extractor tens
of CPU-seconds and half a gigabyte; the worst of 1 120 real article pages 0.63 s and
50 MB (bench/heavy_pages.py). So a page is extracted in a worker of a `WorkerPool` under
a `Budget` (budget.py: the defaults and why); past it the caller gets `OverBudget` with
the reason ("over the time budget (5 CPU-s)"), the worker is replaced and the next job
goes on. `pool.py` runs the workers and watches them; `process.py` is the worker's side.
"""

from __future__ import annotations

from ekreader.core.workers.budget import (
    NO_BUDGET,
    PAGE_CPU_SECONDS,
    PAGE_MEMORY_MB,
    STOPPED,
    Budget,
    OverBudget,
    WorkerLost,
    rss_bytes,
)
from ekreader.core.workers.pool import IDLE_STOP, WorkerPool
from ekreader.core.workers.process import worker_store

__all__ = [
    "IDLE_STOP",
    "NO_BUDGET",
    "PAGE_CPU_SECONDS",
    "PAGE_MEMORY_MB",
    "STOPPED",
    "Budget",
    "OverBudget",
    "WorkerLost",
    "WorkerPool",
    "rss_bytes",
    "worker_store",
]
