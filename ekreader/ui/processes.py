"""Starting multiprocessing's helper processes from inside a running Textual app."""

from __future__ import annotations

import sys


def start_process_helpers() -> None:
    """Start multiprocessing's resource tracker and forkserver with the real stderr.

    While an App runs, Textual replaces sys.stderr with an object whose fileno() is -1;
    the resource tracker hands that to its child and fails ("bad value(s) in
    fds_to_keep"), which would fail every feed of the refresh's parse pool (and the
    page process of `F`).
    """
    from multiprocessing import forkserver, resource_tracker

    real = sys.__stderr__
    if real is None:
        return
    saved = sys.stderr
    sys.stderr = real
    try:
        resource_tracker.ensure_running()
        forkserver.ensure_running()
    finally:
        sys.stderr = saved


__all__ = ["start_process_helpers"]
